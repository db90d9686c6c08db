import { Link } from '../components/Link.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { storiesApi } from './stories-api.ts';

/** On a session note: the series the therapist attached to it, each a link to the series (nothing when none). */
export function NoteSeriesLinks({ noteId, clientId }: { noteId: string; clientId: string }) {
  const { t } = useT();
  const series = useLoad(() => storiesApi.noteSeries(noteId), [noteId]);
  if (!series.data || series.data.length === 0) return null;
  return (
    <section aria-label={t('stories:note.listLabel')} className="stack">
      <h4>{t('stories:note.listLabel')}</h4>
      <ul className="plain-list">
        {series.data.map((s) => (
          <li key={s.id}>
            <Link to={`/clients/${clientId}/stories/${s.id}`}>{s.title}</Link>{' '}
            <span className="muted">({t('stories:page.chapterCount', { count: s.chapters })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
