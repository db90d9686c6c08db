import { Link } from '../components/Link.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useT();
  return (
    <section className="card">
      <PageHeading title={t('pages:notFound.title')}>{t('pages:notFound.heading')}</PageHeading>
      <p>{message ?? t('pages:notFound.text')}</p>
      <p>
        <Link to="/" className="button button--secondary">
          {t('pages:notFound.start')}
        </Link>
      </p>
    </section>
  );
}
