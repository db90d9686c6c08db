import { Link } from '../components/Link.tsx';
import { useT } from '../i18n.tsx';
import { useConsent } from './use-consent.ts';
import './consent.css';

/** On the client's home: a calm note when they have not signed the current consent document. */
export function ConsentBanner({ clientId }: { clientId: string }) {
  const { t } = useT();
  const consent = useConsent(clientId);
  const state = consent.data?.state;
  if (!state || state.current) return null;
  const signedBefore = state.history.some((e) => e.kind === 'sign');
  return (
    <section className="card card--soft" aria-labelledby="consent-banner-heading">
      <h2 id="consent-banner-heading">{signedBefore ? t('consent:banner.updated') : t('consent:banner.look')}</h2>
      <p>{signedBefore ? t('consent:banner.updatedText') : t('consent:banner.lookText')}</p>
      <p>
        <Link to="/consent" className="button button--primary">
          {t('consent:banner.go')}
        </Link>
      </p>
    </section>
  );
}
