import { Link } from '../components/Link.tsx';
import { useConsent } from './use-consent.ts';
import './consent.css';

/** On the client's home: a calm note when they have not signed the current consent document. */
export function ConsentBanner({ clientId }: { clientId: string }) {
  const consent = useConsent(clientId);
  const state = consent.data?.state;
  if (!state || state.current) return null;
  const signedBefore = state.history.some((e) => e.kind === 'sign');
  return (
    <section className="card card--soft" aria-labelledby="consent-banner-heading">
      <h2 id="consent-banner-heading">{signedBefore ? 'The consent document has been updated' : 'Please look at your consent'}</h2>
      <p>
        {signedBefore
          ? 'Your clinic has published a new version. Some features, such as making pictures and music, wait until you have read it and chosen again what you agree to.'
          : 'Some features, such as making pictures and music, wait until you have read how Hearth uses your work and chosen what you agree to.'}
      </p>
      <p>
        <Link to="/consent" className="button button--primary">
          Go to My consent
        </Link>
      </p>
    </section>
  );
}
