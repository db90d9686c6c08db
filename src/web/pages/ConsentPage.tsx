import { useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { consentApi } from '../consent/consent-api.ts';
import type { ConsentScope, ConsentStateDto } from '../consent/consent-api.ts';
import { ConsentDocumentView } from '../consent/ConsentDocumentView.tsx';
import { ConsentForm } from '../consent/ConsentForm.tsx';
import { ConsentHistory } from '../consent/ConsentHistory.tsx';
import { lastAgreed, useConsent } from '../consent/use-consent.ts';
import { useT } from '../i18n.tsx';
import { useSession } from '../session.ts';
import '../consent/consent.css';

/**
 * My consent: what the client agrees to now (withdraw any of it at once, or agree to more by
 * signing again), the document itself, and every signature and withdrawal.
 */
export function ConsentPage({ clientId }: { clientId: string }) {
  const { me } = useSession();
  const { t } = useT();
  const consent = useConsent(clientId);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<ConsentScope | null>(null);
  const [formKey, setFormKey] = useState(0);

  const update = (state: ConsentStateDto, message: string) => {
    consent.set((old) => (old ? { ...old, state } : old));
    setFormKey((k) => k + 1);
    setStatus(message);
  };

  const withdraw = async (scope: ConsentScope, title: string) => {
    setError(null);
    setBusy(scope);
    try {
      update(await consentApi.withdraw(clientId, [scope]), t('consent:page.withdrawn', { title }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const heading = (
    <PageHeading title={t('consent:page.title')} lead={t('consent:page.lead')}>
      {t('consent:page.title')}
    </PageHeading>
  );
  if (consent.loading && !consent.data) {
    return (
      <>
        {heading}
        <Loading label={t('consent:page.loading')} />
      </>
    );
  }
  if (consent.error || !consent.data) {
    return (
      <>
        {heading}
        <Notice tone="error">{consent.error ?? t('consent:page.loadFailed')}</Notice>
      </>
    );
  }

  const { doc, state } = consent.data;
  const current = state.current;
  return (
    <>
      <nav aria-label={t('consent:page.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('daily:nav.mySpace')}</Link> <span aria-hidden="true">›</span> <span aria-current="page">{t('consent:page.title')}</span>
      </nav>
      {heading}
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {current ? (
        <section className="card" aria-labelledby="now-heading">
          <h2 id="now-heading">{t('consent:page.now')}</h2>
          <p className="muted">{t('consent:page.nowText', { version: current.documentVersion })}</p>
          <ul className="consent-list">
            {doc.scopes.map((s) => {
              const on = current.scopes.includes(s.id);
              return (
                <li key={s.id}>
                  <span>
                    <strong>{s.title}</strong> — {on ? t('consent:page.agreed') : t('consent:page.notAgreed')}
                  </span>
                  {on ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy !== null}
                      onClick={() => void withdraw(s.id, s.title)}
                      aria-label={t('consent:page.withdrawLabel', { title: s.title })}
                    >
                      {busy === s.id ? t('consent:page.withdrawing') : t('consent:page.withdraw')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <Notice tone="info">
          {state.history.some((e) => e.kind === 'sign') ? t('consent:page.newVersion', { version: doc.version }) : t('consent:page.notSigned')}
        </Notice>
      )}
      <section className="card" aria-labelledby="sign-heading">
        <h2 id="sign-heading">{current ? t('consent:page.change') : t('consent:page.readAndSign', { title: doc.title })}</h2>
        {current ? <p className="muted">{t('consent:page.changeHint')}</p> : null}
        <ConsentForm
          key={formKey}
          clientId={clientId}
          doc={doc}
          initialScopes={lastAgreed(state)}
          suggestedName={me.displayName}
          hideDocument={current !== null}
          submitLabel={current ? t('consent:page.signChoices') : t('consent:form.sign')}
          onSigned={(s) => update(s, t('consent:page.thanks'))}
        />
      </section>
      {current ? (
        <section className="card" aria-labelledby="doc-heading">
          <h2 id="doc-heading">{doc.title}</h2>
          <ConsentDocumentView doc={doc} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('consent:page.history')}</h2>
        <ConsentHistory state={state} doc={doc} />
      </section>
    </>
  );
}
