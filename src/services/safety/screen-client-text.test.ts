/** The screening function against a real store: one alert per write, the notice, and the context it will hand the screen. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.ts';
import type { ClientRecord, Store } from '../../store/index.ts';
import { screenClientText, screeningContext } from './screen-client-text.ts';

let store: Store;
let client: ClientRecord;
let now = new Date('2026-06-01T10:00:00Z');
const deps = () => ({ store, clock: () => now });

beforeAll(async () => {
  store = await openStore({ clock: () => now });
  const t = await store.users.create({ id: randomUUID(), role: 'therapist', email: 'th@clinic.test', displayName: 'Th', passwordHash: 'x', createdAt: now });
  client = await store.clients.create({ id: randomUUID(), therapistId: t.id, displayName: 'Kit', pronouns: null, goals: '', createdAt: now });
}, 60_000);
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

  it('builds the context the next screen will weigh: recent safety-item answers and alerts', async () => {
    await store.clinical.addMeasure({ id: randomUUID(), clientId: client.id, createdBy: client.therapistId, measure: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 2], total: 10, band: 'Moderate', safetyFlag: true, createdAt: now });
    await store.clinical.addMeasure({ id: randomUUID(), clientId: client.id, createdBy: client.therapistId, measure: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0], total: 8, band: 'Mild', safetyFlag: false, createdAt: now });
    const ctx = await screeningContext(deps(), client);
    expect(ctx.recentSafetyAnswers).toEqual([{ measure: 'phq9', answer: 2, at: now }]);
    expect(ctx.recentAlerts).toBe(1);
    now = new Date(now.getTime() + 15 * 86_400_000);
    expect(await screeningContext(deps(), client)).toEqual({ recentSafetyAnswers: [], recentAlerts: 0 });
  });
});
