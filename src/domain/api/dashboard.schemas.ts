/**
 * The therapist's home in one response: sessions in a time window (the day or week the browser
 * shows, in its own time zone), the to-do list across the caseload and the clients to search.
 */
import { z } from 'zod';
import { MeasureId, TherapySession } from './schemas.ts';

/** Longest window one request may ask for (a month view plus a little). */
export const DASHBOARD_MAX_DAYS = 42;

export const DashboardQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: 'Give both from and to, or neither.' })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) > Date.parse(q.from), { message: '"to" must be after "from".' })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= DASHBOARD_MAX_DAYS * 86_400_000, {
    message: `The window may be at most ${DASHBOARD_MAX_DAYS} days.`,
  });

export const DashboardSession = TherapySession.extend({ clientName: z.string() });

export const DashboardTodo = z.object({
  /** Drafts waiting for a signature, oldest first. */
  notes: z.array(
    z.object({
      noteId: z.uuid(),
      clientId: z.uuid(),
      clientName: z.string(),
      sessionId: z.uuid().nullable(),
      format: z.enum(['SOAP', 'DAP', 'BIRP']),
      createdAt: z.string(),
    }),
  ),
  /** Scheduled questionnaires that are due now (overdue ones first). */
  measures: z.array(
    z.object({ clientId: z.uuid(), clientName: z.string(), measure: MeasureId, title: z.string(), overdue: z.boolean(), dueSince: z.string().nullable() }),
  ),
  /** Homework the client finished after their last completed session: not yet talked through. */
  homework: z.array(z.object({ homeworkId: z.uuid(), clientId: z.uuid(), clientName: z.string(), title: z.string(), completedAt: z.string() })),
  /** Crisis alerts nobody has acknowledged yet, urgent first. */
  alerts: z.array(z.object({ alertId: z.uuid(), clientId: z.uuid(), clientName: z.string(), level: z.enum(['concern', 'urgent']), createdAt: z.string() })),
});

export const Dashboard = z.object({
  from: z.string(),
  to: z.string(),
  sessions: z.array(DashboardSession),
  todo: DashboardTodo,
  /** Active clients for the search box, with their next scheduled session. */
  clients: z.array(
    z.object({ id: z.uuid(), displayName: z.string(), pronouns: z.string().nullable(), hasAccount: z.boolean(), nextSessionAt: z.string().nullable() }),
  ),
});
