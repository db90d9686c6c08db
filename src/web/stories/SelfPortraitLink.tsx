import { Link } from '../components/Link.tsx';
import { useT } from '../i18n.tsx';

/** From the insights: where the client's self-portraits are compared, features side by side. */
export function SelfPortraitLink({ clientId }: { clientId: string }) {
  const { t } = useT();
  return (
    <p>
      <Link to={`/clients/${clientId}/stories/then-now`}>{t('stories:features.compareLink')}</Link>
    </p>
  );
}
