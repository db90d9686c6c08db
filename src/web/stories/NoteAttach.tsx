import { useState } from 'react';
import { byId, messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { LiveStatus, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { storiesApi } from './stories-api.ts';

/** For the therapist: attach this series to one of the client's draft session notes. */
export function NoteAttach({ clientId, seriesId }: { clientId: string; seriesId: string }) {
  const { t } = useT();
  const notes = useLoad(() => data(http.GET('/api/clients/{id}/notes', byId(clientId))).then((r) => r.notes.filter((n) => n.status === 'draft')), [clientId]);
  const [noteId, setNoteId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attach = async () => {
    setError(null);
    try {
      const now = await storiesApi.noteSeries(noteId);
      const ids = [...new Set([...now.map((s) => s.id), seriesId])];
      await storiesApi.setNoteSeries(noteId, ids);
      setStatus(t('stories:note.attached'));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const drafts = notes.data ?? [];
  return (
    <section className="card" aria-labelledby="note-attach-heading">
      <h2 id="note-attach-heading">{t('stories:note.heading')}</h2>
      {notes.data && drafts.length === 0 ? <p className="muted">{t('stories:note.noDrafts')}</p> : null}
      {drafts.length > 0 ? (
        <div className="form form--inline">
          <label className="field story-field">
            <span>{t('stories:note.label')}</span>
            <select value={noteId} onChange={(e) => setNoteId(e.target.value)}>
              <option value="">{t('stories:note.choose')}</option>
              {drafts.map((n) => (
                <option key={n.id} value={n.id}>
                  {t('stories:note.option', { format: n.format, date: formatDate(n.createdAt) })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--secondary" disabled={!noteId} onClick={() => void attach()}>
            {t('stories:note.attach')}
          </button>
        </div>
      ) : null}
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
