/** The screening function against a real store: one alert per write, the notice, and the context it will hand the screen. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT_DOCUMENT } from '../../domain/consent.ts';
import { openStore } from '../../store/index.ts';
import type { ClientRecord, Store } from '../../store/index.ts';
import type { CrisisModel } from '../../backends/crisis-model.backend.ts';
import { screenClientText, screeningContext, settleModelScreens } from './screen-client-text.ts';

let store: Store;
let client: ClientRecord;
let now = new Date('2026-06-01T10:00:00Z');
const deps = () => ({ store, clock: () => now });

beforeAll(async () => {
  store = await openStore({ clock: () => now });
  const t = await store.users.create({ id: randomUUID(), role: 'therapist', email: 'th@clinic.test', displayName: 'Th', passwordHash: 'x', createdAt: now });
  client = await store.clients.create({ id: randomUUID(), therapistId: t.id, displayName: 'Kit', pronouns: null, goals: '', createdAt: now });
}, 180_000);
afterAll(() => store.close());

describe('screenClientText', () => {
  it('skips empty fields, returns null for ordinary words and stores nothing', async () => {
    expect(await screenClientText(deps(), client, 'music', randomUUID(), ['', null, undefined, '   ', 'a slow waltz for a rainy afternoon'])).toBeNull();
    expect((await screeningContext(deps(), client)).recentAlerts).toBe(0);
  });

  it('stores one alert for the record with every reason, and returns the notice', async () => {
    const id = randomUUID();
    const notice = await screenClientText(deps(), client, 'artwork', id, ['me on the bridge, ready to jump tonight', 'I want to die']);
    expect(notice).toMatchObject({ level: 'urgent', heading: expect.any(String) });
    expect(notice!.contacts.length).toBeGreaterThan(0);
    const alerts = (await store.clinical.alertsForTherapist(client.therapistId, true)).filter((a) => a.sourceId === id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ source: 'artwork', level: 'urgent' });
    expect(alerts[0]!.reasons.length).toBeGreaterThanOrEqual(1);
  });

  it('builds the context the screen weighs: recent safety-item answers and alerts, as the engine reads them', async () => {
    await store.clinical.addMeasure({
      id: randomUUID(),
      clientId: client.id,
      createdBy: client.therapistId,
      measure: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 2],
      total: 10,
      band: 'Moderate',
      safetyFlag: true,
      createdAt: now,
    });
    await store.clinical.addMeasure({
      id: randomUUID(),
      clientId: client.id,
      createdBy: client.therapistId,
      measure: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
      total: 8,
      band: 'Mild',
      safetyFlag: false,
      createdAt: now,
    });
    const ctx = await screeningContext(deps(), client);
    expect(ctx.recentSafetyAnswers).toEqual([{ measure: 'phq9', answer: 2, at: now }]);
    expect(ctx.recentAlerts).toBe(1);
    expect(ctx.engine).toEqual({ phq9Item9: 2, recentLevel: 'urgent', recentAlertDays: 0 });
    now = new Date(now.getTime() + 3 * 86_400_000);
    expect((await screeningContext(deps(), client)).engine.recentAlertDays).toBe(3);
    now = new Date(now.getTime() + 31 * 86_400_000);
    expect(await screeningContext(deps(), client)).toEqual({ recentSafetyAnswers: [], recentAlerts: 0, engine: {} });
  });

  it('the same words weigh more after PHQ-9 item 9 above 0, and the alert says why', async () => {
    const other = await store.clients.create({
      id: randomUUID(),
      therapistId: client.therapistId,
      displayName: 'Ash',
      pronouns: null,
      goals: '',
      createdAt: now,
    });
    const words = ['sometimes I wish I could just not wake up'];
    const before = await screenClientText(deps(), other, 'checkin', randomUUID(), words);
    await store.clinical.addMeasure({
      id: randomUUID(),
      clientId: other.id,
      createdBy: other.therapistId,
      measure: 'phq9',
      answers: [2, 2, 2, 2, 2, 2, 2, 2, 3],
      total: 19,
      band: 'Moderately severe',
      safetyFlag: true,
      createdAt: now,
    });
    const id = randomUUID();
    const after = await screenClientText(deps(), other, 'checkin', id, words);
    expect(before?.level).toBe('concern');
    expect(after?.level).toBe('urgent');
    const alert = (await store.clinical.alertsForTherapist(other.therapistId, true)).find((a) => a.sourceId === id)!;
    expect(alert.reasons.join(' ')).toMatch(/PHQ-9 item 9 was 3/);
  });
});

describe('screenClientText with a clinic crisis model', () => {
  const modelSaying = (level: 'none' | 'concern' | 'urgent', calls: string[]): CrisisModel => ({
    capabilities: { id: 'openai-crisis', label: 'test model', external: false },
    verdict: async (text) => {
      calls.push(text);
      return { level, category: 'suicide', reason: 'the model read a plan', model: 'test' };
    },
  });

  it('raises with a second alert only with external-AI consent, and never lowers', async () => {
    const c = await store.clients.create({ id: randomUUID(), therapistId: client.therapistId, displayName: 'Bo', pronouns: null, goals: '', createdAt: now });
    const calls: string[] = [];
    const withModel = { ...deps(), crisisModel: modelSaying('urgent', calls) };
    const quiet = 'a quiet blue lake at dawn'; // the screen reads none; the fake model reads urgent
    const id1 = randomUUID();
    await screenClientText(withModel, c, 'checkin', id1, [quiet]);
    await settleModelScreens();
    expect(calls).toEqual([]);
    expect((await store.clinical.alertsForTherapist(c.therapistId, true)).filter((a) => a.sourceId === id1)).toHaveLength(0);

    await store.consents.sign(c.id, DEFAULT_CONSENT_DOCUMENT.version, ['builtin_ai', 'external_ai'], 'Bo', c.therapistId, now);
    expect(await store.consents.has(c.id, 'external_ai')).toBe(true);
    const id2 = randomUUID();
    const notice = await screenClientText(withModel, c, 'checkin', id2, [quiet]);
    await settleModelScreens();
    expect(notice).toBeNull();
    expect(calls).toEqual([quiet]);
    const raised = (await store.clinical.alertsForTherapist(c.therapistId, true)).filter((a) => a.sourceId === id2);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.level).toBe('urgent');

    // A model that reads nothing never lowers what the screen found.
    const d = await store.clients.create({ id: randomUUID(), therapistId: client.therapistId, displayName: 'Di', pronouns: null, goals: '', createdAt: now });
    await store.consents.sign(d.id, DEFAULT_CONSENT_DOCUMENT.version, ['builtin_ai', 'external_ai'], 'Di', d.therapistId, now);
    const lower = { ...deps(), crisisModel: modelSaying('none', []) };
    const id3 = randomUUID();
    expect((await screenClientText(lower, d, 'checkin', id3, ['I want to die']))?.level).toBe('concern');
    await settleModelScreens();
    expect((await store.clinical.alertsForTherapist(d.therapistId, true)).filter((a) => a.sourceId === id3).map((a) => a.level)).toEqual(['concern']);
  });
});
