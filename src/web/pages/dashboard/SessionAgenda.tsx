import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { Notice } from '../../components/Notice.tsx';
import { toLocalInput } from '../../format.ts';
import { useT } from '../../i18n.tsx';
import { startOfDay } from './calendar.ts';
import type { View } from './calendar.ts';
import type { DashboardSession } from './dashboard-api.ts';

const STATUS_KEY = {
  scheduled: 'daily:status.scheduled',
  in_progress: 'daily:status.in_progress',
  completed: 'daily:status.completed',
  cancelled: 'daily:status.cancelled',
} as const;

/** The sessions of the day, or of each day of the week, with move and cancel at hand. */
export function SessionAgenda({ view, from, sessions, onChanged }: { view: View; from: Date; sessions: DashboardSession[]; onChanged(message: string): void }) {
  const { t, locale } = useT();
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const days = view === 'day' ? [from] : Array.from({ length: 7 }, (_, i) => new Date(from.getFullYear(), from.getMonth(), from.getDate() + i));
  const today = startOfDay(new Date()).getTime();

  if (view === 'day' && sessions.length === 0) return <p className="muted dash__empty">{t('daily:agenda.emptyDay')}</p>;
  return (
    <div className="agenda">
      {days.map((d) => {
        const mine = sessions.filter((s) => startOfDay(new Date(s.scheduledAt)).getTime() === d.getTime());
        if (view === 'week' && mine.length === 0) return null;
        return (
          <div key={d.getTime()} className="agenda__day">
            {view === 'week' ? (
              <h3 className="agenda__date">
                {dayName.format(d)}
                {d.getTime() === today ? <span className="tag tag--ok">{t('daily:agenda.today')}</span> : null}
              </h3>
            ) : null}
            <ul className="agenda__list">
              {mine.map((s) => (
                <SessionRow key={s.id} session={s} onChanged={onChanged} />
              ))}
            </ul>
          </div>
        );
      })}
      {view === 'week' && sessions.length === 0 ? <p className="muted dash__empty">{t('daily:agenda.emptyWeek')}</p> : null}
    </div>
  );
}

function SessionRow({ session: s, onChanged }: { session: DashboardSession; onChanged(message: string): void }) {
  const { t, locale } = useT();
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(new Date(s.scheduledAt)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(s.scheduledAt));
  const full = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });

  const act = async (body: { status?: 'cancelled' | 'in_progress'; scheduledAt?: string }, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.updateSession(s.id, body);
      setMoving(false);
      onChanged(message);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const move = (e: FormEvent) => {
    e.preventDefault();
    const at = new Date(when);
    if (Number.isNaN(at.getTime())) return setError(t('daily:schedule.whenMissing'));
    void act({ scheduledAt: at.toISOString() }, t('daily:agenda.moved', { name: s.clientName, when: full.format(at) }));
  };

  const open = s.status === 'scheduled';
  return (
    <li className={`agenda__item agenda__item--${s.status}`}>
      <div className="agenda__line">
        <span className="agenda__time">{time}</span>
        <span className="agenda__who">
          <Link to={`/clients/${s.clientId}`}>{s.clientName}</Link>
          {s.title ? <span className="agenda__title"> · {s.title}</span> : null}
        </span>
        <span className={`tag ${s.status === 'cancelled' ? 'tag--muted' : s.status === 'completed' ? 'tag--ok' : 'tag--waiting'}`}>
          {t(STATUS_KEY[s.status])}
        </span>
      </div>
      {open || s.status === 'in_progress' ? (
        <div className="agenda__actions">
          {open ? (
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              onClick={() => void act({ status: 'in_progress' }, t('daily:agenda.started', { name: s.clientName }))}
            >
              {t('daily:agenda.start')}
            </button>
          ) : (
            <Link to={`/clients/${s.clientId}/notes`} className="button button--primary button--small">
              {t('daily:agenda.openNotes')}
            </Link>
          )}
          {open ? (
            <button type="button" className="button button--secondary button--small" aria-expanded={moving} onClick={() => setMoving((m) => !m)}>
              {t('daily:agenda.move')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={busy}
            onClick={() => void act({ status: 'cancelled' }, t('daily:agenda.cancelled', { name: s.clientName, when: full.format(new Date(s.scheduledAt)) }))}
          >
            {t('daily:agenda.cancel')}
          </button>
        </div>
      ) : null}
      {moving ? (
        <form className="form form--inline agenda__move" onSubmit={move} aria-label={t('daily:agenda.moveLabel', { name: s.clientName })}>
          <div className="field">
            <label htmlFor={`move-${s.id}`}>{t('daily:agenda.newTime')}</label>
            <input id={`move-${s.id}`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
          </div>
          <button type="submit" className="button button--secondary button--small" disabled={busy}>
            {t('daily:agenda.saveMove')}
          </button>
        </form>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </li>
  );
}
