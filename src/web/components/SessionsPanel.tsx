import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api/client.ts';
import type { Client, TherapySession } from '../api/client.ts';
import { formatDateTime, toLocalInput } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { Field } from './Field.tsx';
import { LiveStatus, Loading, Notice } from './Notice.tsx';
import { i18n, useT } from '../i18n.tsx';
import { ReminderChoice, REMINDER_CHOICES } from '../reminders/ReminderChoice.tsx';
import { SessionReminders } from '../reminders/SessionReminders.tsx';

/** A session's status in the app's language. */
function sessionLabel(status: TherapySession['status']): string {
  const labels: Record<TherapySession['status'], string> = {
    scheduled: i18n.t('daily:status.scheduled'),
    in_progress: i18n.t('daily:status.in_progress'),
    completed: i18n.t('daily:status.completed'),
    cancelled: i18n.t('daily:status.cancelled'),
  };
  return labels[status];
}

type Move = 'start' | 'cancel' | 'complete' | 'reschedule';
const MOVES: Record<TherapySession['status'], { to: TherapySession['status']; label: Move; tone: string }[]> = {
  scheduled: [
    { to: 'in_progress', label: 'start', tone: 'button--primary' },
    { to: 'cancelled', label: 'cancel', tone: 'button--quiet' },
  ],
  in_progress: [
    { to: 'completed', label: 'complete', tone: 'button--primary' },
    { to: 'cancelled', label: 'cancel', tone: 'button--quiet' },
  ],
  completed: [],
  cancelled: [{ to: 'scheduled', label: 'reschedule', tone: 'button--secondary' }],
};

/** Schedule a session; start, complete or cancel it. */
export function SessionsPanel({ client }: { client: Client }) {
  const { t } = useT();
  const moveWord: Record<Move, string> = {
    start: t('pages:sessions.start'),
    cancel: t('common:cancel'),
    complete: t('pages:sessions.complete'),
    reschedule: t('pages:sessions.reschedule'),
  };
  const sessions = useLoad(() => api.sessions(client.id), [client.id]);
  const [when, setWhen] = useState(() => defaultTime());
  const [title, setTitle] = useState('');
  const [reminders, setReminders] = useState<number[]>([...REMINDER_CHOICES]);
  const [whenError, setWhenError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const schedule = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const at = when ? new Date(when) : null;
    if (!at || Number.isNaN(at.getTime())) return setWhenError(t('pages:sessions.whenMissing'));
    setWhenError(null);
    setBusy(true);
    try {
      const s = await api.createSession(client.id, { scheduledAt: at.toISOString(), reminders, ...(title.trim() ? { title: title.trim() } : {}) });
      sessions.set((old) => [s, ...(old ?? [])]);
      setTitle('');
      setStatus(t('pages:sessions.scheduledFor', { when: formatDateTime(s.scheduledAt) }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const move = async (s: TherapySession, to: TherapySession['status']) => {
    setError(null);
    try {
      const updated = await api.updateSession(s.id, { status: to });
      sessions.set((old) => old?.map((x) => (x.id === s.id ? updated : x)));
      setStatus(t('pages:sessions.nowIs', { when: formatDateTime(s.scheduledAt), status: sessionLabel(updated.status).toLowerCase() }));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const list = [...(sessions.data ?? [])].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  return (
    <div className="stack">
      <h2>{t('pages:sessions.heading')}</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <LiveStatus message={status} />
      {client.status === 'active' ? (
        <form className="form form--inline" onSubmit={(e) => void schedule(e)} noValidate aria-label={t('daily:schedule.label')}>
          <Field
            label={t('daily:schedule.when')}
            type="datetime-local"
            name="scheduledAt"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            error={whenError}
            required
          />
          <Field
            label={t('daily:schedule.title')}
            name="title"
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            placeholder={t('daily:schedule.titleHint')}
          />
          <ReminderChoice value={reminders} onChange={setReminders} />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t('daily:schedule.busy') : t('pages:sessions.schedule')}
          </button>
        </form>
      ) : null}
      {sessions.loading && !sessions.data ? <Loading label={t('pages:sessions.loading')} /> : null}
      {sessions.error ? <Notice tone="error">{sessions.error}</Notice> : null}
      {sessions.data && list.length === 0 ? <p className="muted">{t('pages:sessions.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="session-list" aria-label={t('pages:sessions.heading')}>
          {list.map((s) => (
            <li key={s.id} className="session-list__item">
              <div>
                <p className="session-list__title">{s.title || t('workspace:notes.session')}</p>
                <p className="muted">{formatDateTime(s.scheduledAt)}</p>
                {s.status === 'scheduled' ? <SessionReminders sessionId={s.id} scheduledAt={s.scheduledAt} /> : null}
              </div>
              <span className={`tag tag--${s.status}`}>{sessionLabel(s.status)}</span>
              <div className="actions actions--tight">
                {/* Keyed by position, so focus stays on the same button as Start becomes Complete. */}
                {MOVES[s.status].map((m, i) => (
                  <button key={i} type="button" className={`button button--small ${m.tone}`} onClick={() => void move(s, m.to)}>
                    {moveWord[m.label]}
                    <span className="visually-hidden"> {t('pages:sessions.which', { when: formatDateTime(s.scheduledAt) })}</span>
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Next full hour tomorrow: a sensible starting value. */
function defaultTime(): string {
  const d = new Date(Date.now() + 86_400_000);
  d.setMinutes(0, 0, 0);
  return toLocalInput(d);
}
