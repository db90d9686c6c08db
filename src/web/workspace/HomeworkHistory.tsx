import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { homeworkStatusLabel, workspaceApi } from './workspace-api.ts';
import type { HistoryItem } from './workspace-api.ts';

/** The compiled homework history: what was made, what the client wrote, how distress changed — ready for the next session. */
export function HomeworkHistory({ client }: { client: Client }) {
  const items = useLoad(() => workspaceApi.homeworkHistory(client.id), [client.id]);
  if (items.loading && !items.data) return <Loading label="Compiling the homework history…" />;
  if (items.error || !items.data) return <Notice tone="error">{items.error ?? 'The homework history could not be loaded.'}</Notice>;
  const done = items.data.filter((i) => i.homework.status !== 'assigned' || i.reflections.length > 0 || i.artworks.length > 0 || i.music.length > 0);

  return (
    <section className="ws-history" aria-labelledby="hw-history-heading">
      <h4 id="hw-history-heading">Homework history</h4>
      {done.length === 0 ? <p className="muted">Nothing started yet. What {client.displayName} makes and writes for homework gathers here.</p> : null}
      {done.map((i) => (
        <article key={i.homework.id} className="ws-history__item" aria-label={i.homework.title}>
          <p className="ws-history__title">
            <strong>{i.homework.title}</strong>{' '}
            <span className="muted">
              · {homeworkStatusLabel(i.homework.status)}
              {i.homework.completedAt ? ` ${formatDate(i.homework.completedAt)}` : ''}
            </span>
          </p>
          <p>{moodLine(i)}</p>
          {i.artworks.length > 0 ? (
            <ul className="ws-history__works">
              {i.artworks.map((a) => (
                <li key={a.id}>
                  <Link to={`/artworks/${a.id}`}>
                    <img src={a.thumbUrl} alt={a.title || 'Untitled work'} className="ws-history__thumb" loading="lazy" />
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {i.music.length > 0 ? (
            <ul className="ws-history__music" aria-label={`Music made for ${i.homework.title}`}>
              {i.music.map((m) => (
                <li key={m.id}>
                  <Link to={`/clients/${client.id}/music`}>Music: “{m.description}”</Link>{' '}
                  <span className="muted">
                    · {Math.round(m.seconds / 60) || 1} min · {formatDate(m.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {i.reflections.map((r) => (
            <div key={r.id} className="ws-history__answer">
              {r.question ? <p className="muted">{r.question}</p> : null}
              <blockquote className="ws-quote">{r.text}</blockquote>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}

function moodLine(i: HistoryItem): string {
  const { before, after, distressChange } = i.mood;
  if (before && after && distressChange !== null) {
    const how = distressChange < 0 ? `eased by ${-distressChange}` : distressChange > 0 ? `rose by ${distressChange}` : 'stayed the same';
    return `Distress ${before.distress} before, ${after.distress} after (${how}).`;
  }
  if (before) return `Distress ${before.distress} before; no check-in after.`;
  return 'No mood check-in with this homework.';
}
