import { AuditPanel } from '../components/AuditPanel.tsx';
import { Link } from '../components/Link.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { DownloadEverything } from '../export/DownloadEverything.tsx';
import { useT } from '../i18n.tsx';

/** The client's privacy: what they agreed to, a copy of everything, and who opened their record. */
export function PrivacyPage({ clientId }: { clientId: string }) {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('daily:privacy.title')} lead={t('daily:privacy.lead')}>
        {t('daily:privacy.title')}
      </PageHeading>
      <section className="card card--soft" aria-labelledby="privacy-consent">
        <h2 id="privacy-consent">{t('daily:privacy.consentHeading')}</h2>
        <p>{t('daily:privacy.consentText')}</p>
        <Link to="/consent" className="button button--secondary">
          {t('daily:privacy.consentLink')}
        </Link>
      </section>
      <DownloadEverything clientId={clientId} />
      <section className="card" aria-labelledby="audit-heading">
        <AuditPanel clientId={clientId} refreshKey={0} />
      </section>
    </>
  );
}
