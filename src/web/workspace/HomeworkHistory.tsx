import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { homeworkStatusLabel, workspaceApi } from './workspace-api.ts';
import type { HistoryItem } from './workspace-api.ts';
import { i18n, useT } from '../i18n.tsx';

/** The compiled homework history: what was made, what the client wrote, how distress changed — ready for the next session. */
export function HomeworkHistory({ client }: { client: Client }) {
  const { t, locale } = useT();
  const items = useLoad(() => workspaceApi.homeworkHistory(client.id), [client.id]);
  if (items.loading && !items.data) return <Loading label={t('workspace:hwHistory.loading')} />;
  if (items.error || !items.data) return <Notice tone="error">{items.error ?? t('workspace:hwHistory.loadFailed')}</Notice>;
  const done = items.data.filter((i) => i.homework.status !== 'assigned' || i.reflections.length > 0 || i.artworks.length > 0 || i.music.length > 0);

  return (
    <section className="ws-history" aria-labelledby="hw-history-heading">
      <h4 id="hw-history-heading">{t('workspace:hwHistory.heading')}</h4>
      {done.length === 0 ? <p className="muted">{t('workspace:hwHistory.none', { name: client.displayName })}</p> : null}
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
                    <img src={a.thumbUrl} alt={a.title || t('pages:gallery.untitled')} className="ws-history__thumb" loading="lazy" />
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {i.music.length > 0 ? (
            <ul className="ws-history__music" aria-label={t('workspace:hwHistory.musicFor', { title: i.homework.title })}>
              {i.music.map((m) => (
                <li key={m.id}>
                  <Link to={`/clients/${client.id}/music`}>{t('workspace:hwHistory.music', { description: m.description })}</Link>{' '}
                  <span className="muted">
                    · {new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.round(m.seconds / 60) || 1)} ·{' '}
                    {formatDate(m.createdAt)}
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
    const how = distressChange < 0 ? 'eased' : distressChange > 0 ? 'rose' : 'same';
    return i18n.t('workspace:hwHistory.moodBoth', { before: before.distress, after: after.distress, how, by: Math.abs(distressChange) });
  }
  if (before) return i18n.t('workspace:hwHistory.moodBefore', { before: before.distress });
  return i18n.t('workspace:hwHistory.moodNone');
}
