import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { remindersApi } from './reminders-api.ts';
import type { ReminderDto } from './reminders-api.ts';

const stateOf = (r: ReminderDto): 'seen' | 'dismissed' | 'due' | 'waiting' =>
  r.dismissedAt !== null ? 'dismissed' : r.seenAt !== null ? 'seen' : r.due ? 'due' : 'waiting';

/** The therapist's view of one scheduled session's reminders: which the client has seen. */
export function SessionReminders({ sessionId, scheduledAt }: { sessionId: string; scheduledAt: string }) {
  const { t } = useT();
  // Reloaded when the session moves: the reminders follow it and are unseen again.
  const list = useLoad(() => remindersApi.forSession(sessionId), [sessionId, scheduledAt]);
  if (!list.data) return null;
  return (
    <p className="muted session-reminders">
      <span>{t('reminders:session.heading')}: </span>
      {list.data.length === 0
        ? t('reminders:session.none')
        : list.data.map((r) => t('reminders:session.item', { minutes: r.minutesBefore, state: stateOf(r) })).join(' · ')}
    </p>
  );
}
