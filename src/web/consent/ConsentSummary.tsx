import { Loading, Notice } from '../components/Notice.tsx';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useConsent } from './use-consent.ts';
import './consent.css';

/** For the therapist: what the client has agreed to under the current document version. */
export function ConsentSummary({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useT();
  const consent = useConsent(clientId);
  return (
    <section className="card" aria-labelledby="consent-summary-heading">
      <h2 id="consent-summary-heading">{t('consent:summary.heading')}</h2>
      {consent.loading && !consent.data ? <Loading label={t('consent:summary.loading')} /> : null}
      {consent.error ? <Notice tone="error">{consent.error}</Notice> : null}
      {consent.data ? (
        consent.data.state.current ? (
          <>
            <p className="muted">
              {t('consent:summary.signed', {
                version: consent.data.state.current.documentVersion,
                when: formatDateTime(consent.data.state.current.signedAt),
                name: clientName,
              })}
            </p>
            <ul className="consent-list" aria-label={t('consent:summary.listLabel', { name: clientName })}>
              {consent.data.doc.scopes.map((s) => (
                <li key={s.id}>
                  <span>{s.title}</span>
                  <span className={`tag${consent.data!.state.current!.scopes.includes(s.id) ? ' tag--completed' : ''}`}>
                    {consent.data!.state.current!.scopes.includes(s.id) ? t('consent:summary.agreed') : t('consent:summary.notAgreed')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Notice tone="info">{t('consent:summary.notSigned', { name: clientName, version: consent.data.state.documentVersion })}</Notice>
        )
      ) : null}
    </section>
  );
}
