/**
 * Session reminders inside Hearth through the HTTP API on a real store: made with the session
 * (default the day before and an hour before), due by the clock (computed on read), seen and
 * dismissed by the client, seen-state visible to the therapist, moved with the session (and
 * unseen again), retired by cancelling; another client's reminder is not found; erased with the
 * client; in the record export.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

interface Reminder {
  id: string;
  sessionId: string;
  minutesBefore: number;
  scheduledAt: string;
  dueAt: string;
  due: boolean;
  active: boolean;
  seenAt: string | null;
  dismissedAt: string | null;
}

const HOUR = 3600_000;
let h: Harness;
let therapist: Agent;
let alex: { clientId: string; client: Agent };
let blair: { clientId: string; client: Agent };

const inHours = (n: number): string => new Date(h.now().getTime() + n * HOUR).toISOString();
const remindersOf = async (a: Agent, clientId: string): Promise<Reminder[]> => {
  const res = await a.get(`/api/clients/${clientId}/reminders`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().reminders as Reminder[];
};
const shown = (rs: Reminder[]): Reminder[] => rs.filter((r) => r.due && r.dismissedAt === null);

beforeAll(async () => {
  // Days pass in this file: sign-ins outlive them (their expiry is tested elsewhere).
  h = await createHarness({ idleTimeoutMs: 30 * 24 * HOUR, absoluteLifetimeMs: 30 * 24 * HOUR });
  therapist = await setupTherapist(h);
  alex = await addClient(h, therapist, 'Alex', 'alex@home.test');
  blair = await addClient(h, therapist, 'Blair', 'blair@home.test');
}, 120_000);
afterAll(() => h.close());

describe('session reminders', () => {
  it('go from created to due to seen to moved to cancelled', async () => {
    const created = await therapist.post(`/api/clients/${alex.clientId}/sessions`, { scheduledAt: inHours(48), title: 'Harbour drawing' });
    expect(created.statusCode, created.body).toBe(201);
    const sessionId = created.json().id as string;

    let rs = await remindersOf(alex.client, alex.clientId);
    expect(rs.map((r) => r.minutesBefore)).toEqual([1440, 60]);
    expect(rs.every((r) => r.active && !r.due && r.seenAt === null)).toBe(true);
    expect(Date.parse(rs[0]!.scheduledAt) - Date.parse(rs[0]!.dueAt)).toBe(24 * HOUR);

    // 25 h later the day-before reminder is due (nothing scheduled it: it is computed on read).
    h.advance(25 * HOUR);
    rs = await remindersOf(alex.client, alex.clientId);
    expect(shown(rs).map((r) => r.minutesBefore)).toEqual([1440]);
    const dayBefore = shown(rs)[0]!;

    const seen = await alex.client.post(`/api/clients/${alex.clientId}/reminders/${dayBefore.id}`, { state: 'seen' });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().seenAt).not.toBeNull();
    const bySession = (await therapist.get(`/api/sessions/${sessionId}/reminders`)).json().reminders as Reminder[];
    expect(bySession.find((r) => r.id === dayBefore.id)!.seenAt).toBe(seen.json().seenAt);
    expect(bySession.find((r) => r.minutesBefore === 60)!.seenAt).toBeNull();

    const dismissed = await alex.client.post(`/api/clients/${alex.clientId}/reminders/${dayBefore.id}`, { state: 'dismissed' });
    expect(dismissed.json()).toMatchObject({ seenAt: seen.json().seenAt });
    expect(dismissed.json().dismissedAt).not.toBeNull();
    expect(shown(await remindersOf(alex.client, alex.clientId))).toEqual([]);

    // Moving the session two days later moves its reminders and makes them news again.
    const newTime = inHours(47);
    const moved = await therapist.patch(`/api/sessions/${sessionId}`, { scheduledAt: newTime });
    expect(moved.statusCode, moved.body).toBe(200);
    rs = await remindersOf(alex.client, alex.clientId);
    expect(rs.every((r) => r.scheduledAt === new Date(newTime).toISOString() && r.seenAt === null && r.dismissedAt === null && !r.due)).toBe(true);
    h.advance(24 * HOUR);
    expect(shown(await remindersOf(alex.client, alex.clientId)).map((r) => r.minutesBefore)).toEqual([1440]);

    // Cancelling retires them: nothing shows, nothing is active.
    const cancelled = await therapist.patch(`/api/sessions/${sessionId}`, { status: 'cancelled' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    rs = await remindersOf(alex.client, alex.clientId);
    expect(rs.filter((r) => r.sessionId === sessionId).every((r) => !r.active && !r.due)).toBe(true);
  });

  it('follow the therapist’s choice: none, or their own times, and refuse bad ones changing nothing', async () => {
    const none = await therapist.post(`/api/clients/${alex.clientId}/sessions`, { scheduledAt: inHours(30), reminders: [] });
    expect((await therapist.get(`/api/sessions/${none.json().id}/reminders`)).json().reminders).toEqual([]);
    const own = await therapist.post(`/api/clients/${alex.clientId}/sessions`, { scheduledAt: inHours(30), reminders: [120] });
    const ownId = own.json().id as string;
    expect(((await therapist.get(`/api/sessions/${ownId}/reminders`)).json().reminders as Reminder[]).map((r) => r.minutesBefore)).toEqual([120]);
    const before = await therapist.get(`/api/sessions/${ownId}/reminders`);
    for (const bad of [[1], [60 * 24 * 30], [60, 120, 180, 240, 300], ['soon']]) {
      const res = await therapist.patch(`/api/sessions/${ownId}`, { reminders: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await therapist.get(`/api/sessions/${ownId}/reminders`)).body).toBe(before.body);
    const turnedOn = await therapist.patch(`/api/sessions/${ownId}`, { reminders: [1440, 30] });
    expect(turnedOn.statusCode).toBe(200);
    expect(((await therapist.get(`/api/sessions/${ownId}/reminders`)).json().reminders as Reminder[]).map((r) => r.minutesBefore)).toEqual([1440, 30]);
  });

  it('answer 404 for another client’s reminder and change nothing', async () => {
    await therapist.post(`/api/clients/${blair.clientId}/sessions`, { scheduledAt: inHours(2) });
    const blairs = shown(await remindersOf(blair.client, blair.clientId));
    expect(blairs.map((r) => r.minutesBefore)).toEqual([1440]);
    const theirs = blairs[0]!;
    // Alex names Blair's reminder under Alex's own record, then under Blair's.
    const underOwn = await alex.client.post(`/api/clients/${alex.clientId}/reminders/${theirs.id}`, { state: 'dismissed' });
    expect(underOwn.statusCode).toBe(404);
    const underTheirs = await alex.client.post(`/api/clients/${blair.clientId}/reminders/${theirs.id}`, { state: 'dismissed' });
    expect(underTheirs.statusCode).toBe(404);
    expect((await remindersOf(blair.client, blair.clientId)).find((r) => r.id === theirs.id)).toMatchObject({ seenAt: null, dismissedAt: null });
    // The therapist can read but not mark a client's reminder.
    expect((await therapist.post(`/api/clients/${blair.clientId}/reminders/${theirs.id}`, { state: 'seen' })).statusCode).toBe(403);
  });

  it('are in the record export and erased with the client', async () => {
    await alex.client.post('/api/auth/reauth', { password: PASSWORD });
    const exp = await alex.client.get(`/api/clients/${alex.clientId}/export`);
    expect(exp.statusCode, exp.body.slice(0, 200)).toBe(200);
    const records = JSON.parse(strFromU8(unzipSync(new Uint8Array(exp.rawPayload))['records.json']!)) as { reminders: Reminder[] };
    const pick = (rs: Reminder[]) =>
      rs.map((r) => ({ id: r.id, sessionId: r.sessionId, minutesBefore: r.minutesBefore, seenAt: r.seenAt, dismissedAt: r.dismissedAt }));
    expect(records.reminders.length).toBe(4); // two default ones, none, two of the therapist's own
    expect(pick(records.reminders)).toEqual(pick(await remindersOf(therapist, alex.clientId)));

    await therapist.post('/api/auth/reauth', { password: PASSWORD });
    const erased = await therapist.post(`/api/clients/${blair.clientId}/erase`, { confirmName: 'Blair' });
    expect(erased.statusCode, erased.body).toBe(200);
    const left = await h.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM session_reminders WHERE client_id = $1', [blair.clientId]);
    expect(left[0]!.n).toBe(0);
  });
});
