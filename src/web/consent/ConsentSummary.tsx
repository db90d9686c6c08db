import { Loading, Notice } from '../components/Notice.tsx';
import { formatDateTime } from '../format.ts';
import { useConsent } from './use-consent.ts';
import './consent.css';

/** For the therapist: what the client has agreed to under the current document version. */
export function ConsentSummary({ clientId, clientName }: { clientId: string; clientName: string }) {
  const consent = useConsent(clientId);
  return (
    <section className="card" aria-labelledby="consent-summary-heading">
      <h2 id="consent-summary-heading">Consent</h2>
      {consent.loading && !consent.data ? <Loading label="Loading consent…" /> : null}
      {consent.error ? <Notice tone="error">{consent.error}</Notice> : null}
      {consent.data ? (
        consent.data.state.current ? (
          <>
            <p className="muted">
              Signed version {consent.data.state.current.documentVersion} on {formatDateTime(consent.data.state.current.signedAt)}. Only {clientName} can change
              this.
            </p>
            <ul className="consent-list" aria-label={`What ${clientName} has agreed to`}>
              {consent.data.doc.scopes.map((s) => (
                <li key={s.id}>
                  <span>{s.title}</span>
                  <span className={`tag${consent.data!.state.current!.scopes.includes(s.id) ? ' tag--completed' : ''}`}>
                    {consent.data!.state.current!.scopes.includes(s.id) ? 'Agreed' : 'Not agreed'}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Notice tone="info">
            {clientName} has not signed the current consent document (version {consent.data.state.documentVersion}) yet. Features that need consent, such as
            making pictures, insights and music, are paused until they do.
          </Notice>
        )
      ) : null}
    </section>
  );
}
