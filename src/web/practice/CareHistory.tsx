import { Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { practiceApi } from './practice-api.ts';

/** Transfers of this client's care between therapists, newest first (shown in the chart's record tab). */
export function CareHistory({ clientId }: { clientId: string }) {
  const { t } = useT();
  const history = useLoad(() => practiceApi.careHistory(clientId), [clientId]);
  if (history.loading && !history.data) return <Loading />;
  if (history.error) return <Notice tone="error">{history.error}</Notice>;
  if (!history.data || history.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="care-history-title">
      <h2 id="care-history-title">{t('practice:care.title')}</h2>
      <ol className="transfer-list">
        {history.data.map((x) => (
          <li key={x.id}>
            {t('practice:care.line', { from: x.fromName, to: x.toName, by: x.byName })}{' '}
            <time className="muted" dateTime={x.at}>
              {formatWhen(x.at)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
