/** Session reminders shown to the client inside Hearth (issue 18). */
import { z } from 'zod';

/** Minutes before a session that a reminder becomes due (5 min … 14 days); at most 4 per session. */
export const ReminderMinutes = z.array(z.number().int().min(5).max(20160)).max(4);
/** What Hearth sets when the therapist says nothing: the day before and an hour before. */
export const DEFAULT_REMINDER_MINUTES: readonly number[] = [1440, 60];

export const SessionReminder = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  minutesBefore: z.number().int(),
  /** The session's current time (ISO); moving the session moves the reminder. */
  scheduledAt: z.string(),
  dueAt: z.string(),
  /** Due now: past `dueAt`, the session still scheduled and not begun. */
  due: z.boolean(),
  /** False once the session is cancelled, started or past: the reminder no longer shows. */
  active: z.boolean(),
  seenAt: z.string().nullable(),
  dismissedAt: z.string().nullable(),
});
export type SessionReminder = z.infer<typeof SessionReminder>;
export const SessionReminderList = z.object({ reminders: z.array(SessionReminder) });
export const ReminderParams = z.object({ id: z.uuid(), reminderId: z.uuid() });
export const ReminderMarkBody = z.object({ state: z.enum(['seen', 'dismissed']) });
