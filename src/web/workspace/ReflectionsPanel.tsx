import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { workspaceApi } from './workspace-api.ts';

/** The client's reflections in their own words, newest first. */
export function ReflectionsPanel({ client }: { client: Client }) {
  const list = useLoad(() => workspaceApi.reflections(client.id), [client.id]);
  if (list.loading && !list.data) return <Loading label="Loading reflections…" />;
  if (list.error || !list.data) return <Notice tone="error">{list.error ?? 'Reflections could not be loaded.'}</Notice>;

  return (
    <div className="stack">
      <h3>Reflections</h3>
      <p className="muted">What {client.displayName} wrote, in their own words. Words that suggested risk also raised a safety alert.</p>
      {list.data.length === 0 ? (
        <p className="muted">No reflections yet.</p>
      ) : (
        <ul className="ws-list">
          {list.data.map((r) => (
            <li key={r.id} className="ws-list__item ws-list__item--stacked">
              <blockquote className="ws-quote">{r.text}</blockquote>
              <span className="muted">
                {formatWhen(r.createdAt)}
                {r.byClient ? '' : ' · written in session'}
                {r.artworkId ? (
                  <>
                    {' · '}
                    <Link to={`/artworks/${r.artworkId}`}>about a work</Link>
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
