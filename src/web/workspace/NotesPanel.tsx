import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Client } from '../api/client.ts';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { NoteFormat, NoteItem } from './workspace-api.ts';

const FORMATS: NoteFormat[] = ['SOAP', 'DAP', 'BIRP'];

/** Session notes: draft one from a session's facts, then edit, sign and amend it. */
export function NotesPanel({ client }: { client: Client }) {
  const { t } = useT();
  const formatHint: Record<NoteFormat, string> = {
    SOAP: t('workspace:notes.hintSOAP'),
    DAP: t('workspace:notes.hintDAP'),
    BIRP: t('workspace:notes.hintBIRP'),
  };
  const data = useLoad(() => Promise.all([workspaceApi.notes(client.id), workspaceApi.sessions(client.id)]), [client.id]);
  const [sessionId, setSessionId] = useState('');
  const [format, setFormat] = useState<NoteFormat>('SOAP');
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (data.loading && !data.data) return <Loading label={t('workspace:notes.loading')} />;
  if (data.error || !data.data) return <Notice tone="error">{data.error ?? t('workspace:notes.loadFailed')}</Notice>;
  const [notes, sessions] = data.data;
  const usable = [...sessions].filter((s) => s.status !== 'cancelled').sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  const chosenSession = sessionId || usable[0]?.id || '';
  const sessionName = (id: string | null) => {
    const s = sessions.find((x) => x.id === id);
    return s
      ? t('workspace:notes.sessionName', { title: s.title || t('workspace:notes.session'), when: formatDateTime(s.scheduledAt) })
      : t('workspace:notes.noSession');
  };

  const update = (n: NoteItem) => {
    const before = notes.find((x) => x.id === n.id);
    if (before?.status === 'draft' && n.status === 'signed') setStatus(t('workspace:notes.signedStatus'));
    else if (before && n.addenda.length > before.addenda.length) setStatus(t('workspace:notes.addendumAdded'));
    replace(n);
  };
  const replace = (n: NoteItem) =>
    data.set((old) => old && [old[0].some((x) => x.id === n.id) ? old[0].map((x) => (x.id === n.id ? n : x)) : [n, ...old[0]], old[1]]);

  const draft = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosenSession) return setError(t('workspace:notes.needSession'));
    setError(null);
    setBusy(true);
    try {
      const n = await workspaceApi.draftNote(chosenSession, format);
      replace(n);
      setOpenId(n.id);
      setStatus(t('workspace:notes.drafted', { format }));
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const open = notes.find((n) => n.id === openId);
  return (
    <div className="stack">
      <h3>{t('workspace:notes.heading')}</h3>
      <LiveStatus message={status} />
      <form className="form ws-subform" onSubmit={(e) => void draft(e)} noValidate aria-labelledby="draft-heading">
        <h4 id="draft-heading">{t('workspace:notes.draftHeading')}</h4>
        {usable.length === 0 ? (
          <p className="muted">{t('workspace:notes.noSessions')}</p>
        ) : (
          <div className="ws-filters">
            <div className="field">
              <label htmlFor="note-session">{t('workspace:notes.session')}</label>
              <select id="note-session" className="ws-select" value={chosenSession} onChange={(e) => setSessionId(e.target.value)}>
                {usable.map((s) => (
                  <option key={s.id} value={s.id}>
                    {sessionName(s.id)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="ws-choice">
              <legend>{t('workspace:notes.format')}</legend>
              {FORMATS.map((f) => (
                <label key={f} className="ws-pill" title={formatHint[f]}>
                  <input type="radio" name="note-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                  {f}
                  <span className="visually-hidden"> ({formatHint[f]})</span>
                </label>
              ))}
            </fieldset>
          </div>
        )}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <button type="submit" className="button button--primary" disabled={busy || usable.length === 0}>
          {busy ? t('workspace:notes.drafting') : t('workspace:notes.draft')}
        </button>
      </form>
      {open ? <NoteEditor key={open.id} note={open} sessionName={sessionName(open.sessionId)} onChanged={update} onClose={() => setOpenId(null)} /> : null}
      {notes.length === 0 ? (
        <p className="muted">{t('workspace:notes.none')}</p>
      ) : (
        <ul className="ws-list" aria-label={t('workspace:notes.list')}>
          {notes.map((n) => (
            <li key={n.id} className="ws-list__item">
              <span className={`tag ${n.status === 'signed' ? 'tag--ok' : 'tag--waiting'}`}>
                {n.status === 'signed' ? t('workspace:notes.signed') : t('workspace:notes.draftTag')}
              </span>
              <span>
                <strong>{n.format}</strong> · {sessionName(n.sessionId)}
              </span>
              <span className="muted">
                {n.signedAt
                  ? t('workspace:notes.signedAt', { when: formatDateTime(n.signedAt) })
                  : t('workspace:notes.updatedAt', { when: formatDateTime(n.updatedAt) })}
              </span>
              <button type="button" className="button button--quiet button--small ws-list__action" onClick={() => setOpenId(n.id)}>
                {n.status === 'signed' ? t('workspace:notes.read') : t('workspace:notes.edit')}
                <span className="visually-hidden"> {t('workspace:notes.which', { format: n.format, session: sessionName(n.sessionId) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
