/** Typed calls for session reminders, built on the shared API client (CSRF and errors handled there). */
import { data, http } from '../api/http.ts';
import type { Reply } from '../api/types.ts';

export type ReminderDto = Reply<'/api/clients/{id}/reminders', 'get'>['reminders'][number];

export const remindersApi = {
  forClient: (clientId: string) => data(http.GET('/api/clients/{id}/reminders', { params: { path: { id: clientId } } })).then((r) => r.reminders),
  forSession: (sessionId: string) => data(http.GET('/api/sessions/{id}/reminders', { params: { path: { id: sessionId } } })).then((r) => r.reminders),
  mark: (clientId: string, reminderId: string, state: 'seen' | 'dismissed') =>
    data(http.POST('/api/clients/{id}/reminders/{reminderId}', { params: { path: { id: clientId, reminderId } }, body: { state } })),
};

/** Whether the client's home shows it: due now and not dismissed. */
export const isShown = (r: ReminderDto): boolean => r.due && r.dismissedAt === null;

/** The calendar day of `at` relative to `now` in the browser's time zone: 0 today, 1 tomorrow. */
export function daysFrom(now: Date, at: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(at) - day(now)) / 86_400_000);
}
