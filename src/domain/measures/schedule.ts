/**
 * When a scheduled PHQ-9 or GAD-7 is due. Pure: the caller passes the clock's `now`.
 *
 * A schedule starts counting when it is set: answers given before then do not count, so the
 * first questionnaire is due at once (interval schedules) or for the current session.
 *
 * - Interval schedules (weekly, every two weeks, monthly) are due from the schedule's start until
 *   answered, then one interval after the latest response; they count as overdue three days
 *   after falling due.
 * - "Every session" opens a window one day before each (not cancelled) session: the measure is
 *   due until it is answered inside the window of the latest session whose window has opened,
 *   and overdue once that session is completed without an answer.
 */
export const MEASURE_FREQUENCIES = ['every_session', 'weekly', 'every_two_weeks', 'monthly', 'off'] as const;
export type MeasureFrequency = (typeof MEASURE_FREQUENCIES)[number];

const DAY_MS = 86_400_000;
const INTERVAL_DAYS: Record<'weekly' | 'every_two_weeks' | 'monthly', number> = { weekly: 7, every_two_weeks: 14, monthly: 30 };
/** How long before a session its questionnaire can be answered. */
export const SESSION_WINDOW_MS = DAY_MS;
/** How long after falling due an interval questionnaire counts as overdue. */
export const OVERDUE_AFTER_MS = 3 * DAY_MS;

export interface ScheduleInput {
  frequency: MeasureFrequency;
  /** When the therapist set this schedule. */
  startsAt: Date;
  /** The client's latest response to this measure, if any (ignored if before `startsAt`). */
  lastResponseAt: Date | null;
  /** The client's sessions (any order); cancelled ones are ignored. */
  sessions: readonly { scheduledAt: Date; status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled' }[];
  now: Date;
}

export interface DueStatus {
  due: boolean;
  overdue: boolean;
  /** When it falls (or fell) due next; null when nothing is planned. */
  nextDueAt: Date | null;
}

export function measureDue(input: ScheduleInput): DueStatus {
  const { frequency, now } = input;
  const lastResponseAt = input.lastResponseAt && input.lastResponseAt.getTime() >= input.startsAt.getTime() ? input.lastResponseAt : null;
  switch (frequency) {
    case 'off':
      return { due: false, overdue: false, nextDueAt: null };
    case 'weekly':
    case 'every_two_weeks':
    case 'monthly': {
      const nextDueAt = lastResponseAt ? new Date(lastResponseAt.getTime() + INTERVAL_DAYS[frequency] * DAY_MS) : input.startsAt;
      const due = now.getTime() >= nextDueAt.getTime();
      return { due, overdue: due && now.getTime() >= nextDueAt.getTime() + OVERDUE_AFTER_MS, nextDueAt };
    }
    case 'every_session': {
      const sessions = input.sessions.filter((s) => s.status !== 'cancelled').sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
      const opens = (s: { scheduledAt: Date }) => s.scheduledAt.getTime() - SESSION_WINDOW_MS;
      const opened = sessions.filter((s) => opens(s) <= now.getTime());
      const current = opened.at(-1);
      const upcoming = sessions.find((s) => opens(s) > now.getTime());
      const nextWindow = upcoming ? new Date(opens(upcoming)) : null;
      if (!current) return { due: false, overdue: false, nextDueAt: nextWindow };
      const answered = lastResponseAt !== null && lastResponseAt.getTime() >= opens(current);
      if (answered) return { due: false, overdue: false, nextDueAt: nextWindow };
      return { due: true, overdue: current.status === 'completed', nextDueAt: new Date(opens(current)) };
    }
  }
}
