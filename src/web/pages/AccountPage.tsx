import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { accountApi } from '../account/account-api.ts';
import type { Security } from '../account/account-api.ts';
import { PasswordSection } from '../account/PasswordSection.tsx';
import { PracticeSection } from '../account/PracticeSection.tsx';
import { SessionsSection } from '../account/SessionsSection.tsx';
import { TwoFactorSection } from '../account/TwoFactorSection.tsx';
import '../account/account.css';

/** Account and security: two-step sign-in, recovery codes, sessions, password, practice setting. */
export function AccountPage({ onSecurityChanged }: { onSecurityChanged?(s: Security): void }) {
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
      <PageHeading title="Account and security" lead="How you sign in, and where you are signed in.">
        Account and security
      </PageHeading>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!security ? (
        error ? null : <Loading />
      ) : (
        <>
          {security.mustEnrolTwoFactor ? (
            <Notice tone="info">Your practice asks therapists to use two-step sign-in. Please set it up now; the rest of Hearth opens once it is on.</Notice>
          ) : null}
          <section className="account-section" aria-labelledby="two-step-title">
            <h2 id="two-step-title">Two-step sign-in</h2>
            <TwoFactorSection security={security} onChanged={() => void load()} />
          </section>
          {security.mustEnrolTwoFactor ? null : (
            <>
              <section className="account-section" aria-labelledby="sessions-title">
                <h2 id="sessions-title">Where you are signed in</h2>
                <SessionsSection security={security} onChanged={() => void load()} />
              </section>
              <section className="account-section" aria-labelledby="password-title">
                <h2 id="password-title">Password</h2>
                <PasswordSection onChanged={() => void load()} />
              </section>
              {security.mayChangePracticeSetting ? (
                <section className="account-section" aria-labelledby="practice-title">
                  <h2 id="practice-title">Practice security</h2>
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
