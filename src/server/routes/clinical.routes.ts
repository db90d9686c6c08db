import {
  AlertQuery,
  CheckinBody,
  CheckinCreated,
  CheckinList,
  IdParams,
  MeasureBody,
  MeasureCreated,
  MeasureDefinitions,
  MeasureList,
  ReflectionBody,
  ReflectionCreated,
  ReflectionList,
} from '../../domain/api/schemas.ts';
import {
  AcknowledgeAlertBody,
  AcknowledgedAlert,
  AcknowledgedAlertList,
  AlertCount,
  MeasureSchedule,
  MeasureScheduleBody,
} from '../../domain/api/workspace.schemas.ts';
import { acknowledgeAlert, listAlerts, openAlertCount } from '../../services/clinical/alerts.service.ts';
import { createCheckin, listCheckins } from '../../services/clinical/checkins.service.ts';
import { listMeasures, measureDefinitions, measureSchedule, setMeasureSchedule, submitMeasure } from '../../services/clinical/measures.service.ts';
import { createReflection, listReflections } from '../../services/clinical/reflections.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };

/** Check-ins, measures, reflections — each client entry screened — and the therapist's alerts. */
export function clinicalRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/clients/:id/checkins',
    {
      config: { access: CT, audit: 'checkin.create' },
      schema: {
        tags: ['clinical'],
        summary: 'Mood check-in (valence/arousal and 0–10 distress), note screened for crisis language',
        params: IdParams,
        body: CheckinBody,
        response: { 201: CheckinCreated },
      },
    },
    async (req, reply) => {
      const out = await createCheckin(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.checkin.id;
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/clients/:id/checkins',
    {
      config: { access: CT, audit: 'checkin.list' },
      schema: { tags: ['clinical'], summary: 'Check-ins, newest first', params: IdParams, response: { 200: CheckinList } },
    },
    async (req) => ({
      checkins: await listCheckins(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.get(
    '/api/measures',
    {
      config: { access: { roles: ['therapist', 'client'] } },
      schema: {
        tags: ['clinical'],
        summary: 'Every measure Hearth offers (PHQ-9, GAD-7, PCL-5, WHO-5, …): items, options, bands',
        response: { 200: MeasureDefinitions },
      },
    },
    async () => ({
      measures: measureDefinitions(),
    }),
  );

  app.post(
    '/api/clients/:id/measures',
    {
      config: { access: CT, audit: 'measure.create' },
      schema: {
        tags: ['clinical'],
        summary: 'Submit a measure; scored and banded; a safety item (PHQ-9 item 9) above 0 raises an alert',
        params: IdParams,
        body: MeasureBody,
        response: { 201: MeasureCreated },
      },
    },
    async (req, reply) => {
      const out = await submitMeasure(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.response.id;
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/clients/:id/measures',
    {
      config: { access: CT, audit: 'measure.list' },
      schema: {
        tags: ['clinical'],
        summary: 'Measure history, oldest first, with change from the previous response',
        params: IdParams,
        response: { 200: MeasureList },
      },
    },
    async (req) => ({
      responses: await listMeasures(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.post(
    '/api/clients/:id/reflections',
    {
      config: { access: CT, audit: 'reflection.create' },
      schema: {
        tags: ['clinical'],
        summary: 'Write a reflection (optionally on an artwork); screened for crisis language',
        params: IdParams,
        body: ReflectionBody,
        response: { 201: ReflectionCreated },
      },
    },
    async (req, reply) => {
      const out = await createReflection(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.reflection.id;
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/clients/:id/reflections',
    {
      config: { access: CT, audit: 'reflection.list' },
      schema: { tags: ['clinical'], summary: 'Reflections, newest first', params: IdParams, response: { 200: ReflectionList } },
    },
    async (req) => ({
      reflections: await listReflections(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.get(
    '/api/alerts',
    {
      config: { access: { roles: ['therapist'] }, audit: 'alert.list' },
      schema: {
        tags: ['clinical'],
        summary: 'Crisis alerts across my caseload (open first)',
        querystring: AlertQuery,
        response: { 200: AcknowledgedAlertList },
      },
    },
    async (req) => {
      const alerts = await listAlerts(deps, requireActor(req.actor), { all: req.query.all === 'true' });
      req.auditNote.detail = { clientIds: [...new Set(alerts.map((a) => a.clientId))] };
      return { alerts };
    },
  );

  // The header badge polls this: counts only, no client data, so it is not audited (opening the list is).
  app.get(
    '/api/alerts/count',
    {
      config: { access: { roles: ['therapist'] } },
      schema: { tags: ['clinical'], summary: 'How many alerts are open (for the header badge; not audited)', response: { 200: AlertCount } },
    },
    async (req) => openAlertCount(deps, requireActor(req.actor)),
  );

  app.post(
    '/api/alerts/:id/acknowledge',
    {
      config: { access: { roles: ['therapist'], scope: 'alert', param: 'id' }, audit: 'alert.acknowledge' },
      schema: {
        tags: ['clinical'],
        summary: 'Mark an alert as seen and acted on, with a note of what was done',
        params: IdParams,
        body: AcknowledgeAlertBody,
        response: { 200: AcknowledgedAlert },
      },
    },
    async (req) => acknowledgeAlert(deps, requireActor(req.actor), subjectWith(req.subject, 'alert'), req.body),
  );

  app.get(
    '/api/clients/:id/measure-schedule',
    {
      config: { access: CT, audit: 'measure.schedule.read' },
      schema: {
        tags: ['clinical'],
        summary: 'Measure schedule: how often each is asked, whether one is due or overdue, when next',
        params: IdParams,
        response: { 200: MeasureSchedule },
      },
    },
    async (req) => measureSchedule(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.put(
    '/api/clients/:id/measure-schedule',
    {
      config: { access: { ...CT, roles: ['therapist'] }, audit: 'measure.schedule' },
      schema: {
        tags: ['clinical'],
        summary: 'Schedule a measure (every session, weekly, every two weeks, monthly, or off)',
        params: IdParams,
        body: MeasureScheduleBody,
        response: { 200: MeasureSchedule },
      },
    },
    async (req) => setMeasureSchedule(deps, requireActor(req.actor), requireSubject(req.subject), req.body),
  );
}
