import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { accountApi } from '../account/account-api.ts';
import type { Security } from '../account/account-api.ts';
import { PasswordSection } from '../account/PasswordSection.tsx';
import { LanguageSection } from '../account/LanguageSection.tsx';
import { PracticeSection } from '../account/PracticeSection.tsx';
import { useT } from '../i18n.tsx';
import { SessionsSection } from '../account/SessionsSection.tsx';
import { TwoFactorSection } from '../account/TwoFactorSection.tsx';
import '../account/account.css';

/** Account and security: two-step sign-in, recovery codes, sessions, password, practice setting. */
export function AccountPage({ onSecurityChanged }: { onSecurityChanged?(s: Security): void }) {
  const { t } = useT();
  const [security, setSecurity] = useState<Security | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const s = await accountApi.security();
      setSecurity(s);
      onSecurityChanged?.(s);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [onSecurityChanged]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="stack">
      <PageHeading title={t('account:page.title')} lead={t('account:page.lead')}>
        {t('account:page.title')}
      </PageHeading>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!security ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          {security.mustEnrolTwoFactor ? <Notice tone="info">{t('account:page.mustEnrol')}</Notice> : null}
          <section className="account-section" aria-labelledby="two-step-title">
            <h2 id="two-step-title">{t('account:page.twoStep')}</h2>
            <TwoFactorSection security={security} onChanged={() => void load()} />
          </section>
          {security.mustEnrolTwoFactor ? null : (
            <>
              <section className="account-section" aria-labelledby="language-title">
                <h2 id="language-title">{t('common:language')}</h2>
                <LanguageSection />
              </section>
              <section className="account-section" aria-labelledby="sessions-title">
                <h2 id="sessions-title">{t('account:page.sessions')}</h2>
                <SessionsSection security={security} onChanged={() => void load()} />
              </section>
              <section className="account-section" aria-labelledby="password-title">
                <h2 id="password-title">{t('account:page.password')}</h2>
                <PasswordSection onChanged={() => void load()} />
              </section>
              {security.mayChangePracticeSetting ? (
                <section className="account-section" aria-labelledby="practice-title">
                  <h2 id="practice-title">{t('account:page.practice')}</h2>
                  <PracticeSection security={security} onChanged={() => void load()} />
                </section>
              ) : null}
            </>
          )}
        </>
      )}
    </div>
  );
}
