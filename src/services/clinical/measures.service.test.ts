/**
 * PCL-5 and WHO-5 through the services with a real PGlite store: scheduled, answered, scored and
 * banded from the registry, with change in the right direction, plan targets that read the
 * measure's direction, and note drafts that name them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuiltinTextBackend } from '../../backends/index.ts';
import type { Actor } from '../../domain/index.ts';
import { openStore } from '../../store/index.ts';
import { pgliteTemplate } from '../../../test/helpers/pglite-template.ts';
import type { ClientRecord, Store, TherapySessionRecord } from '../../store/index.ts';
import { HttpError } from '../errors.ts';
import { draftNote } from '../notes/notes.service.ts';
import { createPlan, updatePlan } from '../plans/plans.service.ts';
import { listMeasures, measureDefinitions, measureSchedule, setMeasureSchedule, submitMeasure } from './measures.service.ts';

let store: Store;
let now = new Date('2026-05-04T09:00:00Z');
const clock = () => now;
let deps: { store: Store; clock: () => Date };
let therapist: Actor;
let clientActor: Actor;
let client: ClientRecord;
let session: TherapySessionRecord;

beforeAll(async () => {
  store = await openStore({ clock, pgliteTemplate: await pgliteTemplate() });
  deps = { store, clock };
  const t = await store.users.create({ id: randomUUID(), role: 'therapist', email: 't@clinic.test', displayName: 'Tess', passwordHash: 'x', createdAt: now });
  const c = await store.users.create({ id: randomUUID(), role: 'client', email: 'c@home.test', displayName: 'Cory', passwordHash: 'x', createdAt: now });
  client = await store.clients.create({ id: randomUUID(), therapistId: t.id, displayName: 'Cory', pronouns: null, goals: '', createdAt: now });
  await store.clients.linkUser(client.id, c.id, now);
  client = (await store.clients.byId(client.id))!;
  therapist = { userId: t.id, role: 'therapist', displayName: 'Tess', email: t.email, clientId: null };
  clientActor = { userId: c.id, role: 'client', displayName: 'Cory', email: c.email, clientId: client.id };
  session = await store.therapySessions.create({
    id: randomUUID(),
    clientId: client.id,
    therapistId: t.id,
    kind: 'individual',
    title: 'Week 3',
    scheduledAt: now,
    createdAt: now,
  });
  await store.therapySessions.update(session.id, { status: 'in_progress' }, now);
  session = (await store.therapySessions.byId(session.id))!;
}, 180_000);
afterAll(() => store.close());

describe('PCL-5 and WHO-5 as registered measures', () => {
  it('are offered with their items, scales, ranges and direction', () => {
    const defs = measureDefinitions();
    const pcl5 = defs.find((d) => d.id === 'pcl5')!;
    const who5 = defs.find((d) => d.id === 'who5')!;
    expect(pcl5).toMatchObject({ name: 'PCL-5', maxTotal: 80, better: 'lower', multiplier: 1, safetyItem: null });
    expect(pcl5.items).toHaveLength(20);
    expect(pcl5.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect(who5).toMatchObject({ name: 'WHO-5', maxTotal: 100, better: 'higher', multiplier: 4 });
    expect(who5.bands.find((b) => b.id === 'very-low')!.severity).toBeGreaterThan(who5.bands.find((b) => b.id === 'above-cutoff')!.severity);
  });

  it('are scheduled, fall due, and clear when answered by the client', async () => {
    await setMeasureSchedule(deps, therapist, { client }, { measure: 'who5', frequency: 'weekly' });
    await setMeasureSchedule(deps, therapist, { client }, { measure: 'pcl5', frequency: 'monthly' });
    const due = (await measureSchedule(deps, clientActor, { client })).schedules.filter((s) => s.due).map((s) => s.title);
    expect(due.sort()).toEqual(['PCL-5', 'WHO-5']);
    now = new Date(now.getTime() + 60_000);
    const who = await submitMeasure(deps, clientActor, { client }, { measure: 'who5', answers: [3, 3, 3, 2, 2] });
    expect(who.response).toMatchObject({
      measure: 'who5',
      total: 52,
      maxTotal: 100,
      band: 'Above the poor-wellbeing cut-off',
      change: null,
      safetyFlag: false,
    });
    expect(who.crisis).toBeNull();
    now = new Date(now.getTime() + 60_000);
    const pcl = await submitMeasure(deps, clientActor, { client }, { measure: 'pcl5', answers: [3, 3, 2, 2, 3, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1, 0, 3, 3, 2, 3] });
    expect(pcl.response).toMatchObject({ total: 42, maxTotal: 80, band: 'Above the provisional cut-off' });
    expect((await measureSchedule(deps, clientActor, { client })).schedules.filter((s) => s.due)).toEqual([]);
  });

  it('reports change in each measure’s own direction', async () => {
    now = new Date(now.getTime() + 7 * 86_400_000);
    const worse = await submitMeasure(deps, clientActor, { client }, { measure: 'who5', answers: [2, 2, 1, 1, 1] });
    expect(worse.response).toMatchObject({
      total: 28,
      band: 'Very low wellbeing (28 or less)',
      change: { from: 52, change: -24, threshold: 10, outcome: 'reliable-deterioration' },
    });
    now = new Date(now.getTime() + 60_000);
    const better = await submitMeasure(deps, clientActor, { client }, { measure: 'pcl5', answers: Array(20).fill(1) });
    expect(better.response.change).toMatchObject({ from: 42, change: -22, outcome: 'reliable-improvement' });
    expect((await listMeasures(deps, therapist, { client })).map((m) => m.measure)).toEqual(['who5', 'pcl5', 'who5', 'pcl5']);
  });

  it('refuses answers off the measure’s scale with a clear reason', async () => {
    await expect(submitMeasure(deps, clientActor, { client }, { measure: 'pcl5', answers: Array(20).fill(5) })).rejects.toThrow(
      /PCL-5 item 1 must be a whole number from 0 to 4/,
    );
    await expect(submitMeasure(deps, clientActor, { client }, { measure: 'who5', answers: [5, 5, 5, 5] })).rejects.toBeInstanceOf(HttpError);
  });

  it('takes plan targets in the measure’s direction and tracks them', async () => {
    const content = {
      problems: [],
      interventions: [],
      goals: [
        {
          id: 'g1',
          text: 'Feel more like myself',
          objectives: [
            { id: 'o1', text: 'WHO-5 above 50', target: { measure: 'who5' as const, above: 50, by: '2026-12-31' } },
            { id: 'o2', text: 'PCL-5 below 31', target: { measure: 'pcl5' as const, below: 31, by: '2026-12-31' } },
          ],
        },
      ],
    };
    const plan = await createPlan(deps, therapist, { client }, { ...content, shared: true });
    expect(plan.progress).toEqual([
      expect.objectContaining({ measure: 'who5', direction: 'above', target: 50, first: 52, latest: 28, status: 'not_yet' }),
      expect.objectContaining({ measure: 'pcl5', direction: 'below', target: 31, first: 42, latest: 20, status: 'met' }),
    ]);
    const wrongWay = {
      ...content,
      goals: [{ ...content.goals[0]!, objectives: [{ id: 'o1', text: 'WHO-5 below 50', target: { measure: 'who5' as const, below: 50, by: '2026-12-31' } }] }],
    };
    await expect(updatePlan(deps, therapist, { client, plan: (await store.plans.byId(plan.id))! }, { content: wrongWay })).rejects.toThrow(
      /higher scores are better/,
    );
    const outOfRange = {
      ...content,
      goals: [{ ...content.goals[0]!, objectives: [{ id: 'o1', text: 'GAD-7 below 40', target: { measure: 'gad7' as const, below: 40, by: '2026-12-31' } }] }],
    };
    await expect(createPlan(deps, therapist, { client }, { ...outOfRange, shared: false })).rejects.toThrow(/GAD-7 totals run from 0 to 21/);
  });

  it('are named in the session note draft', async () => {
    const note = await draftNote({ ...deps, textBackend: createBuiltinTextBackend() }, therapist, { client, session }, { format: 'SOAP' });
    const objective = note.sections.find((s) => s.key === 'objective')!.text;
    expect(objective).toMatch(/WHO-5: 28 \(Very low wellbeing \(28 or less\)\), -24 since the previous response\./);
    expect(objective).toMatch(/PCL-5: 20 \(Below the provisional cut-off\), -22 since the previous response\./);
  });
});
