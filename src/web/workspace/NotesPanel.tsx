import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Client } from '../api/client.ts';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatDateTime } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { NoteFormat, NoteItem } from './workspace-api.ts';

const FORMATS: { id: NoteFormat; hint: string }[] = [
  { id: 'SOAP', hint: 'Subjective, Objective, Assessment, Plan' },
  { id: 'DAP', hint: 'Data, Assessment, Plan' },
  { id: 'BIRP', hint: 'Behaviour, Intervention, Response, Plan' },
];

/** Session notes: draft one from a session's facts, then edit, sign and amend it. */
export function NotesPanel({ client }: { client: Client }) {
  const data = useLoad(() => Promise.all([workspaceApi.notes(client.id), workspaceApi.sessions(client.id)]), [client.id]);
  const [sessionId, setSessionId] = useState('');
  const [format, setFormat] = useState<NoteFormat>('SOAP');
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (data.loading && !data.data) return <Loading label="Loading notes…" />;
  if (data.error || !data.data) return <Notice tone="error">{data.error ?? 'Notes could not be loaded.'}</Notice>;
  const [notes, sessions] = data.data;
  const usable = [...sessions].filter((s) => s.status !== 'cancelled').sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  const chosenSession = sessionId || usable[0]?.id || '';
  const sessionName = (id: string | null) => {
    const s = sessions.find((x) => x.id === id);
    return s ? `${s.title || 'Session'}, ${formatDateTime(s.scheduledAt)}` : 'No session';
  };

  const update = (n: NoteItem) => {
    const before = notes.find((x) => x.id === n.id);
    if (before?.status === 'draft' && n.status === 'signed') setStatus('The note is signed and locked. Corrections can be added as dated addenda.');
    else if (before && n.addenda.length > before.addenda.length) setStatus('Addendum added.');
    replace(n);
  };
  const replace = (n: NoteItem) =>
    data.set((old) => old && [old[0].some((x) => x.id === n.id) ? old[0].map((x) => (x.id === n.id ? n : x)) : [n, ...old[0]], old[1]]);

  const draft = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosenSession) return setError('Schedule a session first; a note is drafted from what happened in it.');
    setError(null);
    setBusy(true);
    try {
      const n = await workspaceApi.draftNote(chosenSession, format);
      replace(n);
      setOpenId(n.id);
      setStatus(`A ${format} draft was written from the session’s facts. Read it and complete it before signing.`);
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const open = notes.find((n) => n.id === openId);
  return (
    <div className="stack">
      <h3>Session notes</h3>
      <LiveStatus message={status} />
      <form className="form ws-subform" onSubmit={(e) => void draft(e)} noValidate aria-labelledby="draft-heading">
        <h4 id="draft-heading">Draft a note from a session</h4>
        {usable.length === 0 ? (
          <p className="muted">No sessions yet. Schedule one above; its facts (works, mood, questionnaires, the client’s words) fill the draft.</p>
        ) : (
          <div className="ws-filters">
            <div className="field">
              <label htmlFor="note-session">Session</label>
              <select id="note-session" className="ws-select" value={chosenSession} onChange={(e) => setSessionId(e.target.value)}>
                {usable.map((s) => (
                  <option key={s.id} value={s.id}>
                    {sessionName(s.id)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="ws-choice">
              <legend>Format</legend>
              {FORMATS.map((f) => (
                <label key={f.id} className="ws-pill" title={f.hint}>
                  <input type="radio" name="note-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
                  {f.id}
                  <span className="visually-hidden"> ({f.hint})</span>
                </label>
              ))}
            </fieldset>
          </div>
        )}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <button type="submit" className="button button--primary" disabled={busy || usable.length === 0}>
          {busy ? 'Drafting…' : 'Draft note'}
        </button>
      </form>
      {open ? <NoteEditor key={open.id} note={open} sessionName={sessionName(open.sessionId)} onChanged={update} onClose={() => setOpenId(null)} /> : null}
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul className="ws-list" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id} className="ws-list__item">
              <span className={`tag ${n.status === 'signed' ? 'tag--ok' : 'tag--waiting'}`}>{n.status === 'signed' ? 'Signed' : 'Draft'}</span>
              <span>
                <strong>{n.format}</strong> · {sessionName(n.sessionId)}
              </span>
              <span className="muted">{n.signedAt ? `Signed ${formatDateTime(n.signedAt)}` : `Updated ${formatDateTime(n.updatedAt)}`}</span>
              <button type="button" className="button button--quiet button--small ws-list__action" onClick={() => setOpenId(n.id)}>
                {n.status === 'signed' ? 'Read' : 'Edit'}
                <span className="visually-hidden">
                  {' '}
                  the {n.format} note for {sessionName(n.sessionId)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
