/**
 * The therapist's home: one read across their own caseload (never another therapist's), so the
 * day opens with one request. Sessions come from the window the browser shows; the to-do list
 * is what needs the therapist now, each item naming the record it links to.
 */
import type { z } from 'zod';
import type { Dashboard, DashboardQuery } from '../../domain/api/dashboard.schemas.ts';
import { measureSchedule } from '../clinical/measures.service.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { iso, sessionDto } from '../dto.ts';

type DashboardDto = z.infer<typeof Dashboard>;
const DAY_MS = 86_400_000;

/** With no window given: from the start of today (UTC) for seven days. */
function windowOf(now: Date, q: z.output<typeof DashboardQuery>): { from: Date; to: Date } {
  if (q.from && q.to) return { from: new Date(q.from), to: new Date(q.to) };
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { from, to: new Date(from.getTime() + 7 * DAY_MS) };
}

export async function therapistDashboard(deps: StoreDeps, actor: Actor, query: z.output<typeof DashboardQuery>): Promise<DashboardDto> {
  const { store, clock } = deps;
  const now = clock();
  const { from, to } = windowOf(now, query);
  const everyone = await store.clients.listForTherapist(actor.userId, true);
  const clients = everyone.filter((c) => c.status === 'active');
  const out: DashboardDto = { from: iso(from), to: iso(to), sessions: [], todo: { notes: [], measures: [], homework: [], alerts: [] }, clients: [] };

  for (const client of clients) {
    const clientName = client.displayName;
    const [sessions, notes, homework, schedule] = await Promise.all([
      store.therapySessions.listForClient(client.id),
      store.notes.listForClient(client.id),
      store.homework.listForClient(client.id),
      measureSchedule(deps, actor, { client }),
    ]);
    for (const s of sessions) {
      if (s.scheduledAt >= from && s.scheduledAt < to) out.sessions.push({ ...sessionDto(s), clientName });
    }
    const next = sessions.filter((s) => s.status === 'scheduled' && s.scheduledAt >= now).sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime())[0];
    out.clients.push({
      id: client.id,
      displayName: clientName,
      pronouns: client.pronouns,
      hasAccount: client.userId !== null,
      nextSessionAt: next ? iso(next.scheduledAt) : null,
    });

    for (const n of notes) {
      if (n.status === 'draft')
        out.todo.notes.push({ noteId: n.id, clientId: client.id, clientName, sessionId: n.sessionId, format: n.format, createdAt: iso(n.createdAt) });
    }
    for (const m of schedule.schedules) {
      if (m.due) out.todo.measures.push({ clientId: client.id, clientName, measure: m.measure, title: m.title, overdue: m.overdue, dueSince: m.nextDueAt });
    }
    // "To review" = finished since the last session that ended: it has not been talked through yet.
    const lastEnded = Math.max(0, ...sessions.filter((s) => s.status === 'completed').map((s) => (s.endedAt ?? s.scheduledAt).getTime()));
    for (const h of homework) {
      if (h.status === 'completed' && h.completedAt && h.completedAt.getTime() > lastEnded) {
        out.todo.homework.push({ homeworkId: h.id, clientId: client.id, clientName, title: h.directive.title, completedAt: iso(h.completedAt) });
      }
    }
  }

  // Alerts of archived clients stay on the list until someone acknowledges them.
  const names = new Map(everyone.map((c) => [c.id, c.displayName]));
  for (const a of await store.clinical.alertsForTherapist(actor.userId, false)) {
    const clientName = names.get(a.clientId);
    if (clientName !== undefined && !a.acknowledgedAt)
      out.todo.alerts.push({ alertId: a.id, clientId: a.clientId, clientName, level: a.level, createdAt: iso(a.createdAt) });
  }

  out.sessions.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  out.todo.notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  out.todo.measures.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueSince ?? '').localeCompare(b.dueSince ?? ''));
  out.todo.homework.sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  out.todo.alerts.sort((a, b) => Number(b.level === 'urgent') - Number(a.level === 'urgent') || a.createdAt.localeCompare(b.createdAt));
  out.clients.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return out;
}
