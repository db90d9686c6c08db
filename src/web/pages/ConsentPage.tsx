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
import { useSession } from '../session.ts';
import '../consent/consent.css';

/**
 * My consent: what the client agrees to now (withdraw any of it at once, or agree to more by
 * signing again), the document itself, and every signature and withdrawal.
 */
export function ConsentPage({ clientId }: { clientId: string }) {
  const { me } = useSession();
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
      update(await consentApi.withdraw(clientId, [scope]), `Withdrawn: ${title}. This applies from now on.`);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const heading = (
    <PageHeading title="My consent" lead="What you agree to Hearth doing with your work. You can change it at any time; a change applies at once.">
      My consent
    </PageHeading>
  );
  if (consent.loading && !consent.data) {
    return (
      <>
        {heading}
        <Loading label="Loading your consent…" />
      </>
    );
  }
  if (consent.error || !consent.data) {
    return (
      <>
        {heading}
        <Notice tone="error">{consent.error ?? 'Your consent could not be loaded.'}</Notice>
      </>
    );
  }

  const { doc, state } = consent.data;
  const current = state.current;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">My space</Link> <span aria-hidden="true">›</span> <span aria-current="page">My consent</span>
      </nav>
      {heading}
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {current ? (
        <section className="card" aria-labelledby="now-heading">
          <h2 id="now-heading">What you agree to now</h2>
          <p className="muted">
            You signed version {current.documentVersion}. Withdrawing something stops the features that need it straight away; what you already made stays
            yours.
          </p>
          <ul className="consent-list">
            {doc.scopes.map((s) => {
              const on = current.scopes.includes(s.id);
              return (
                <li key={s.id}>
                  <span>
                    <strong>{s.title}</strong> — {on ? 'agreed' : 'not agreed'}
                  </span>
                  {on ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy !== null}
                      onClick={() => void withdraw(s.id, s.title)}
                      aria-label={`Withdraw: ${s.title}`}
                    >
                      {busy === s.id ? 'Withdrawing…' : 'Withdraw'}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <Notice tone="info">
          {state.history.some((e) => e.kind === 'sign')
            ? `The consent document has a new version (${doc.version}). Please read it and choose again what you agree to; until then, features that need consent are paused.`
            : 'You have not signed the consent document yet. Please read it and choose what you agree to; until then, features that need consent are paused.'}
        </Notice>
      )}
      <section className="card" aria-labelledby="sign-heading">
        <h2 id="sign-heading">{current ? 'Agree to more, or change your choices' : `Read and sign: ${doc.title}`}</h2>
        {current ? <p className="muted">Tick what you agree to and sign again with your name. Unticking here withdraws too.</p> : null}
        <ConsentForm
          key={formKey}
          clientId={clientId}
          doc={doc}
          initialScopes={lastAgreed(state)}
          suggestedName={me.displayName}
          hideDocument={current !== null}
          submitLabel={current ? 'Sign with these choices' : 'Sign'}
          onSigned={(s) => update(s, 'Thank you. Your choices are saved and apply from now on.')}
        />
      </section>
      {current ? (
        <section className="card" aria-labelledby="doc-heading">
          <h2 id="doc-heading">{doc.title}</h2>
          <ConsentDocumentView doc={doc} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ConsentHistory state={state} doc={doc} />
      </section>
    </>
  );
}
