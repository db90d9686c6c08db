import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { daysFrom, isShown, remindersApi } from './reminders-api.ts';
import type { ReminderDto } from './reminders-api.ts';
import './reminders.css';

/**
 * The client's due session reminders on their home ("Your session is tomorrow at 10:00"), in their
 * language and the browser's time zone. Showing one tells the therapist it was seen; the client may
 * dismiss it. Hearth never sends these anywhere else.
 */
export function ClientReminders({ clientId }: { clientId: string }) {
  const { t, locale } = useT();
  const list = useLoad(() => remindersApi.forClient(clientId), [clientId]);
  const [error, setError] = useState<string | null>(null);
  const marked = useRef(new Set<string>());
  const shown = (list.data ?? []).filter(isShown);
  // One reminder per session: the nearest one due.
  const bySession = [...new Map(shown.map((r) => [r.sessionId, r])).values()];

  useEffect(() => {
    for (const r of bySession) {
      if (r.seenAt !== null || marked.current.has(r.id)) continue;
      marked.current.add(r.id);
      remindersApi.mark(clientId, r.id, 'seen').catch(() => marked.current.delete(r.id));
    }
  });

  if (bySession.length === 0) return error ? <Notice tone="error">{error}</Notice> : null;

  const text = (r: ReminderDto): string => {
    const at = new Date(r.scheduledAt);
    const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
    const days = daysFrom(new Date(), at);
    const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
    return t('reminders:client.text', { day: days === 0 ? 'today' : days === 1 ? 'tomorrow' : 'other', time, date });
  };
  const dismiss = async (r: ReminderDto) => {
    setError(null);
    try {
      await remindersApi.mark(clientId, r.id, 'dismissed');
      list.set((old) => (old ?? []).map((x) => (x.sessionId === r.sessionId && x.due ? { ...x, dismissedAt: new Date().toISOString() } : x)));
      for (const x of shown) if (x.sessionId === r.sessionId && x.id !== r.id) void remindersApi.mark(clientId, x.id, 'dismissed').catch(() => undefined);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="reminders" role="status" aria-label={t('reminders:client.label', { count: bySession.length })}>
      {bySession.map((r) => (
        <div className="reminders__item" key={r.id}>
          <span className="reminders__badge" aria-hidden="true">
            {t('reminders:client.badge')}
          </span>
          <p className="reminders__text">{text(r)}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void dismiss(r)}
            aria-label={t('reminders:client.dismissLabel', { text: text(r) })}
          >
            {t('reminders:client.dismiss')}
          </button>
        </div>
      ))}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
