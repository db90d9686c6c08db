import { randomUUID } from 'node:crypto';
import type { Checkin, MeasureResult,
  Reflection} from '../../domain/api/schemas.ts';
import {
  AlertQuery, CheckinBody, CheckinCreated, CheckinList, IdParams, MeasureBody, MeasureCreated, MeasureDefinitions, MeasureList, ReflectionBody, ReflectionCreated, ReflectionList,
} from '../../domain/api/schemas.ts';
import { DEFAULT_CRISIS_RESOURCES } from '../../domain/crisis-resources.ts';
import { AcknowledgeAlertBody, AcknowledgedAlert, AcknowledgedAlertList, AlertCount, MeasureSchedule, MeasureScheduleBody } from '../../domain/api/workspace.schemas.ts';
import { GAD7, MeasureAnswerError, PHQ9, measureDue, reliableChange, scoreMeasure } from '../../domain/measures/index.ts';
import { alertReasons, screenText } from '../../engines/safety/index.ts';
import type { z } from 'zod';
import type { AlertRecord, CheckinRecord, ClientRecord, MeasureResponseRecord, ReflectionRecord, Store } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

type Notice = z.infer<typeof CheckinCreated>['crisis'];

/**
 * Screens a client's words; a positive screen raises an alert for the therapist and returns the
 * notice the client must see at once. Runs for every free-text entry.
 */
export async function screenAndAlert(store: Store, client: ClientRecord, source: AlertRecord['source'], sourceId: string, text: string, at: Date): Promise<Notice> {
  const result = screenText(text);
  if (result.level === 'none') return null;
  await store.clinical.addAlert({ id: randomUUID(), clientId: client.id, source, sourceId, level: result.level, categories: [...result.categories], reasons: alertReasons(result), createdAt: at });
  return { level: result.level, ...DEFAULT_CRISIS_RESOURCES, contacts: [...DEFAULT_CRISIS_RESOURCES.contacts] };
}

const checkinDto = (c: CheckinRecord): z.infer<typeof Checkin> => ({ id: c.id, moment: c.moment, activity: c.activity, valence: c.valence, arousal: c.arousal, distress: c.distress, note: c.note, createdAt: iso(c.createdAt) });
export const reflectionDto = (r: ReflectionRecord, client: ClientRecord): z.infer<typeof Reflection> => ({ id: r.id, artworkId: r.artworkId, text: r.text, createdAt: iso(r.createdAt), byClient: r.createdBy === client.userId });

function measureDtos(all: MeasureResponseRecord[]): z.infer<typeof MeasureResult>[] {
  const previous = new Map<string, MeasureResponseRecord>();
  return all.map((m) => {
    const prev = previous.get(m.measure);
    previous.set(m.measure, m);
    const rc = prev ? reliableChange(m.measure, prev.total, m.total) : null;
    return {
      id: m.id, measure: m.measure, total: m.total, maxTotal: m.measure === 'phq9' ? 27 : 21, band: m.band, answers: m.answers, safetyFlag: m.safetyFlag, createdAt: iso(m.createdAt),
      change: rc ? { from: rc.before, change: rc.change, threshold: rc.threshold, outcome: rc.outcome } : null,
    };
  });
}

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };

/** Check-ins, PHQ-9/GAD-7, reflections — each client entry screened — and the therapist's alerts. */
export function clinicalRoutes(app: App, { store, clock }: Deps): void {
  app.post('/api/clients/:id/checkins', { config: { access: CT, audit: 'checkin.create' }, schema: { tags: ['clinical'], summary: 'Mood check-in (valence/arousal and 0–10 distress), note screened for crisis language', params: IdParams, body: CheckinBody, response: { 201: CheckinCreated } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    if (req.body.homeworkId) {
      const hw = await store.homework.byId(req.body.homeworkId);
      if (!hw || hw.clientId !== client.id) throw new HttpError('invalid_request', 'That homework does not belong to this client.');
    }
    const rec: CheckinRecord = { id: randomUUID(), homeworkId: req.body.homeworkId ?? null, clientId: client.id, createdBy: req.actor!.userId, moment: req.body.moment, activity: req.body.activity ?? null, valence: req.body.valence, arousal: req.body.arousal, distress: req.body.distress, note: req.body.note || null, createdAt: clock() };
    await store.clinical.addCheckin(rec);
    req.auditNote.targetId = rec.id;
    const crisis = rec.note ? await screenAndAlert(store, client, 'checkin', rec.id, rec.note, rec.createdAt) : null;
    return reply.status(201).send({ checkin: checkinDto(rec), crisis });
  });

  app.get('/api/clients/:id/checkins', { config: { access: CT, audit: 'checkin.list' }, schema: { tags: ['clinical'], summary: 'Check-ins, newest first', params: IdParams, response: { 200: CheckinList } } }, async (req) => ({
    checkins: (await store.clinical.checkins(requireSubject(req.subject).client.id)).map(checkinDto),
  }));

  app.get('/api/measures', { config: { access: { roles: ['therapist', 'client'] } }, schema: { tags: ['clinical'], summary: 'PHQ-9 and GAD-7: items, options, bands', response: { 200: MeasureDefinitions } } }, async () => ({
    measures: [PHQ9, GAD7].map((m) => ({ id: m.id, title: m.title, instructions: m.stem, items: m.items.map((i) => i.text), options: m.options.map((o) => ({ value: o.value, label: o.label })), bands: m.bands.map((b) => ({ min: b.min, max: b.max, label: b.label })) })),
  }));

  app.post('/api/clients/:id/measures', { config: { access: CT, audit: 'measure.create' }, schema: { tags: ['clinical'], summary: 'Submit a PHQ-9 or GAD-7; scored, banded, PHQ-9 item 9 raises an alert', params: IdParams, body: MeasureBody, response: { 201: MeasureCreated } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    let score;
    try {
      score = scoreMeasure(req.body.measure, req.body.answers);
    } catch (e) {
      if (e instanceof MeasureAnswerError) throw new HttpError('invalid_request', e.message);
      throw e;
    }
    const rec: MeasureResponseRecord = { id: randomUUID(), clientId: client.id, createdBy: req.actor!.userId, measure: req.body.measure, answers: [...score.answers], total: score.total, band: score.band.label, safetyFlag: score.safetyFlag, createdAt: clock() };
    await store.clinical.addMeasure(rec);
    req.auditNote.targetId = rec.id;
    let crisis: Notice = null;
    if (score.safetyFlag) {
      await store.clinical.addAlert({ id: randomUUID(), clientId: client.id, source: 'measure', sourceId: rec.id, level: 'urgent', categories: ['suicide'], reasons: [score.safetyReason ?? 'PHQ-9 item 9 answered above 0.'], createdAt: rec.createdAt });
      crisis = { level: 'urgent', ...DEFAULT_CRISIS_RESOURCES, contacts: [...DEFAULT_CRISIS_RESOURCES.contacts] };
    }
    const all = measureDtos(await store.clinical.measures(client.id));
    return reply.status(201).send({ response: all.find((m) => m.id === rec.id)!, crisis });
  });

  app.get('/api/clients/:id/measures', { config: { access: CT, audit: 'measure.list' }, schema: { tags: ['clinical'], summary: 'PHQ-9/GAD-7 history, oldest first, with change from the previous response', params: IdParams, response: { 200: MeasureList } } }, async (req) => ({
    responses: measureDtos(await store.clinical.measures(requireSubject(req.subject).client.id)),
  }));

  app.post('/api/clients/:id/reflections', { config: { access: CT, audit: 'reflection.create' }, schema: { tags: ['clinical'], summary: 'Write a reflection (optionally on an artwork); screened for crisis language', params: IdParams, body: ReflectionBody, response: { 201: ReflectionCreated } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    if (req.body.artworkId) {
      const art = await store.artworks.byId(req.body.artworkId);
      if (!art || art.clientId !== client.id) throw new HttpError('invalid_request', 'That artwork is not in this client’s gallery.');
    }
    const rec: ReflectionRecord = { id: randomUUID(), clientId: client.id, createdBy: req.actor!.userId, artworkId: req.body.artworkId ?? null, text: req.body.text, createdAt: clock() };
    await store.clinical.addReflection(rec);
    req.auditNote.targetId = rec.id;
    const crisis = await screenAndAlert(store, client, 'reflection', rec.id, rec.text, rec.createdAt);
    return reply.status(201).send({ reflection: reflectionDto(rec, client), crisis });
  });

  app.get('/api/clients/:id/reflections', { config: { access: CT, audit: 'reflection.list' }, schema: { tags: ['clinical'], summary: 'Reflections, newest first', params: IdParams, response: { 200: ReflectionList } } }, async (req) => {
    const client = requireSubject(req.subject).client;
    return { reflections: (await store.clinical.reflections(client.id)).map((r) => reflectionDto(r, client)) };
  });

  const alertDto = async (a: AlertRecord, names: Map<string, string>): Promise<z.infer<typeof AcknowledgedAlert>> => {
    if (!names.has(a.clientId)) names.set(a.clientId, (await store.clients.byId(a.clientId))?.displayName ?? '');
    return { id: a.id, clientId: a.clientId, clientName: names.get(a.clientId)!, source: a.source, level: a.level, categories: a.categories, reasons: a.reasons, createdAt: iso(a.createdAt), acknowledgedAt: a.acknowledgedAt ? iso(a.acknowledgedAt) : null, acknowledgedNote: a.acknowledgedNote };
  };

  app.get('/api/alerts', { config: { access: { roles: ['therapist'] }, audit: 'alert.list' }, schema: { tags: ['clinical'], summary: 'Crisis alerts across my caseload (open first)', querystring: AlertQuery, response: { 200: AcknowledgedAlertList } } }, async (req) => {
    const alerts = await store.clinical.alertsForTherapist(req.actor!.userId, req.query.all === 'true');
    req.auditNote.detail = { clientIds: [...new Set(alerts.map((a) => a.clientId))] };
    const names = new Map<string, string>();
    return { alerts: await Promise.all(alerts.map((a) => alertDto(a, names))) };
  });

  // The header badge polls this: counts only, no client data, so it is not audited (opening the list is).
  app.get('/api/alerts/count', { config: { access: { roles: ['therapist'] } }, schema: { tags: ['clinical'], summary: 'How many alerts are open (for the header badge; not audited)', response: { 200: AlertCount } } }, async (req) =>
    store.clinical.openAlertCount(req.actor!.userId),
  );

  app.post('/api/alerts/:id/acknowledge', { config: { access: { roles: ['therapist'], scope: 'alert', param: 'id' }, audit: 'alert.acknowledge' }, schema: { tags: ['clinical'], summary: 'Mark an alert as seen and acted on, with a note of what was done', params: IdParams, body: AcknowledgeAlertBody, response: { 200: AcknowledgedAlert } } }, async (req) => {
    const alert = requireSubject(req.subject).alert!;
    if (alert.acknowledgedAt) throw new HttpError('conflict', 'This alert was already acknowledged.');
    await store.clinical.acknowledgeAlert(alert.id, req.actor!.userId, clock(), req.body?.note || null);
    return alertDto((await store.clinical.alertById(alert.id))!, new Map());
  });

  const schedule = async (clientId: string): Promise<z.infer<typeof MeasureSchedule>> => {
    const [set, responses, sessions] = await Promise.all([store.workspace.schedules(clientId), store.clinical.measures(clientId), store.therapySessions.listForClient(clientId)]);
    const now = clock();
    return {
      schedules: [PHQ9, GAD7].map((m) => {
        const s = set.find((x) => x.measure === m.id);
        const last = responses.filter((r) => r.measure === m.id).at(-1)?.createdAt ?? null;
        const due = s ? measureDue({ frequency: s.frequency, startsAt: s.startsAt, lastResponseAt: last, sessions, now }) : { due: false, overdue: false, nextDueAt: null };
        return { measure: m.id, title: m.id === 'phq9' ? 'PHQ-9' : 'GAD-7', frequency: s?.frequency ?? 'off', due: due.due, overdue: due.overdue, nextDueAt: due.nextDueAt ? iso(due.nextDueAt) : null, lastAnsweredAt: last ? iso(last) : null };
      }),
    };
  };

  app.get('/api/clients/:id/measure-schedule', { config: { access: CT, audit: 'measure.schedule.read' }, schema: { tags: ['clinical'], summary: 'PHQ-9/GAD-7 schedule: how often, whether one is due or overdue, when next', params: IdParams, response: { 200: MeasureSchedule } } }, async (req) =>
    schedule(requireSubject(req.subject).client.id),
  );

  app.put('/api/clients/:id/measure-schedule', { config: { access: { ...CT, roles: ['therapist'] }, audit: 'measure.schedule' }, schema: { tags: ['clinical'], summary: 'Schedule PHQ-9 or GAD-7 (every session, weekly, every two weeks, monthly, or off)', params: IdParams, body: MeasureScheduleBody, response: { 200: MeasureSchedule } } }, async (req) => {
    const client = requireSubject(req.subject).client;
    await store.workspace.setSchedule({ clientId: client.id, measure: req.body.measure, frequency: req.body.frequency, startsAt: clock(), updatedBy: req.actor!.userId });
    return schedule(client.id);
  });
}
