/** Everything recorded for a client during a session's time (or linked to it): what a note draft restates. */
import type { SessionFacts } from '../../domain/notes/index.ts';
import type { ClientRecord, Store, TherapySessionRecord } from '../../store/index.ts';
import { iso } from '../dto.ts';

export async function sessionFacts(store: Store, client: ClientRecord, s: TherapySessionRecord, now: Date): Promise<SessionFacts> {
  const from = (s.startedAt ?? new Date(s.scheduledAt.getTime() - 30 * 60_000)).getTime();
  const to = (s.endedAt ?? now).getTime();
  const inside = (d: Date) => d.getTime() >= from && d.getTime() <= to;
  const [arts, checkins, measures, reflections, homework] = await Promise.all([
    store.artworks.listForClient(client.id),
    store.clinical.checkins(client.id),
    store.clinical.measures(client.id),
    store.clinical.reflections(client.id),
    store.homework.listForClient(client.id),
  ]);
  const alerts = (await store.clinical.alertsForTherapist(client.therapistId, true)).filter((a) => a.clientId === client.id && inside(a.createdAt));
  const prevTotal = new Map<string, number>();
  const measureFacts: SessionFacts['measures'] = [];
  for (const m of measures) {
    const prev = prevTotal.get(m.measure);
    if (inside(m.createdAt))
      measureFacts.push({ measure: m.measure, total: m.total, band: m.band, change: prev === undefined ? null : m.total - prev, safetyFlag: m.safetyFlag });
    prevTotal.set(m.measure, m.total);
  }
  return {
    clientName: client.displayName,
    sessionTitle: s.title,
    startedAt: s.startedAt ? iso(s.startedAt) : null,
    endedAt: s.endedAt ? iso(s.endedAt) : null,
    works: arts
      .filter((a) => a.sessionId === s.id || inside(a.createdAt))
      .reverse()
      .map((a) => ({ title: a.title, kind: a.kind, prompt: typeof a.params.prompt === 'string' ? a.params.prompt : undefined })),
    moods: checkins
      .filter((c) => inside(c.createdAt))
      .reverse()
      .map((c) => ({ moment: c.moment, activity: c.activity, valence: c.valence, arousal: c.arousal, distress: c.distress })),
    measures: measureFacts,
    reflections: reflections
      .filter((r) => inside(r.createdAt))
      .reverse()
      .map((r) => ({ text: r.text, question: r.question ?? null })),
    alerts: alerts.map((a) => ({ level: a.level, source: a.source, reasons: a.reasons })),
    homework: homework
      .filter((h) => inside(h.createdAt) || (h.completedAt !== null && inside(h.completedAt)))
      .map((h) => ({ title: h.directive.title, status: h.status })),
  };
}
