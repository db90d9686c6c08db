import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { workspaceApi } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

/** The client's reflections in their own words, newest first. */
export function ReflectionsPanel({ client }: { client: Client }) {
  const { t } = useT();
  const list = useLoad(() => workspaceApi.reflections(client.id), [client.id]);
  if (list.loading && !list.data) return <Loading label={t('workspace:reflections.loading')} />;
  if (list.error || !list.data) return <Notice tone="error">{list.error ?? t('workspace:reflections.loadFailed')}</Notice>;

  return (
    <div className="stack">
      <h3>{t('workspace:reflections.heading')}</h3>
      <p className="muted">{t('workspace:reflections.lead', { name: client.displayName })}</p>
      {list.data.length === 0 ? (
        <p className="muted">{t('workspace:reflections.none')}</p>
      ) : (
        <ul className="ws-list">
          {list.data.map((r) => (
            <li key={r.id} className="ws-list__item ws-list__item--stacked">
              <blockquote className="ws-quote">{r.text}</blockquote>
              <span className="muted">
                {formatWhen(r.createdAt)}
                {r.byClient ? '' : ` · ${t('workspace:reflections.inSession')}`}
                {r.artworkId ? (
                  <>
                    {' · '}
                    <Link to={`/artworks/${r.artworkId}`}>{t('workspace:reflections.aboutWork')}</Link>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
