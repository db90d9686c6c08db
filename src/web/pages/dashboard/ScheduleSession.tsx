import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { toLocalInput } from '../../format.ts';
import { useT } from '../../i18n.tsx';
import { ReminderChoice, REMINDER_CHOICES } from '../../reminders/ReminderChoice.tsx';
import type { Dashboard } from './dashboard-api.ts';

/** Schedule a session for any active client, starting from the day on screen at the next full hour. */
export function ScheduleSession({ clients, defaultDay, onScheduled }: { clients: Dashboard['clients']; defaultDay: Date; onScheduled(message: string): void }) {
  const { t, locale } = useT();
  const [clientId, setClientId] = useState('');
  const [when, setWhen] = useState(() => toLocalInput(nextSlot(defaultDay)));
  const [title, setTitle] = useState('');
  const [reminders, setReminders] = useState<number[]>([...REMINDER_CHOICES]);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (clients.length === 0) return null;

  const at = new Date(when);
  const whenOk = when !== '' && !Number.isNaN(at.getTime());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!clientId || !whenOk) return;
    setBusy(true);
    setError(null);
    try {
      await api.createSession(clientId, { scheduledAt: at.toISOString(), reminders, ...(title.trim() ? { title: title.trim() } : {}) });
      const name = clients.find((c) => c.id === clientId)?.displayName ?? '';
      setTitle('');
      setTried(false);
      onScheduled(
        t('daily:schedule.done', {
          name,
          when: new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(at),
        }),
      );
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="dash__schedule">
      <summary>{t('daily:schedule.open')}</summary>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('daily:schedule.label')}>
        <div className={`field${tried && !clientId ? ' field--invalid' : ''}`}>
          <label htmlFor="schedule-client">{t('daily:schedule.client')}</label>
          <select
            id="schedule-client"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            aria-invalid={tried && !clientId ? true : undefined}
            aria-describedby={tried && !clientId ? 'schedule-client-error' : undefined}
          >
            <option value="">{t('daily:schedule.choose')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
          </select>
          {tried && !clientId ? (
            <p className="field__error" id="schedule-client-error">
              {t('daily:schedule.clientMissing')}
            </p>
          ) : null}
        </div>
        <div className={`field${tried && !whenOk ? ' field--invalid' : ''}`}>
          <label htmlFor="schedule-when">{t('daily:schedule.when')}</label>
          <input
            id="schedule-when"
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-invalid={tried && !whenOk ? true : undefined}
          />
          {tried && !whenOk ? <p className="field__error">{t('daily:schedule.whenMissing')}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="schedule-title">{t('daily:schedule.title')}</label>
          <input
            id="schedule-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            autoComplete="off"
            placeholder={t('daily:schedule.titleHint')}
          />
        </div>
        <ReminderChoice value={reminders} onChange={setReminders} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('daily:schedule.busy') : t('daily:schedule.submit')}
        </button>
      </form>
    </details>
  );
}

/** The next full hour on `day` (today: after now; another day: 9:00). */
function nextSlot(day: Date): Date {
  const now = new Date();
  if (day.toDateString() !== now.toDateString()) return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours() + 1);
}
