/**
 * The per-process cache of who each session belongs to (store/principals.ts) must never let a
 * session outlive a change: signing out, a password change, deactivation, archiving a client and
 * a raw write to the accounts table are each refused on the very next request, with the cache warm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addClient, addTherapist, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await setupTherapist(h);
});
afterAll(() => h.close());

/** The same session, held by a second agent (so it keeps the cookie after the first is told to forget it). */
function copyOf(a: Agent): Agent {
  const b = h.anon();
  b.cookie = a.cookie;
  b.csrf = a.csrf;
  return b;
}

/** Asks twice and checks the second answer came from the cache (so a refusal afterwards is the invalidation's doing). */
async function warm(a: Agent): Promise<void> {
  expect((await a.get('/api/auth/me')).statusCode).toBe(200);
  const hits = h.store.principals.hits;
  expect((await a.get('/api/auth/me')).statusCode).toBe(200);
  expect(h.store.principals.hits).toBe(hits + 1);
}

describe('cached sessions end at once', () => {
  it('signing out', async () => {
    const t = await login(h, 'ana@clinic.test');
    const old = copyOf(t);
    await warm(old);
    expect((await t.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a password change ends the other sessions', async () => {
    const here = await login(h, 'ana@clinic.test');
    const elsewhere = await login(h, 'ana@clinic.test');
    await warm(elsewhere);
    await warm(here);
    const changed = await here.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'amber meadow kettle 77' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).statusCode).toBe(401);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    // Back to the shared test password for the other tests.
    expect((await here.post('/api/account/password', { currentPassword: 'amber meadow kettle 77', newPassword: PASSWORD })).statusCode).toBe(200);
  });

  it('deactivating a therapist', async () => {
    const ben = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
    await warm(ben);
    const ownerNow = await login(h, 'ana@clinic.test');
    expect((await ownerNow.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    const done = await ownerNow.post(`/api/practice/staff/${ben.userId}/deactivate`);
    expect(done.statusCode, done.body).toBe(200);
    expect((await ben.get('/api/clients')).statusCode).toBe(401);
  });

  it('archiving a client pauses their account', async () => {
    const therapist = await login(h, 'ana@clinic.test');
    const { clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
    await warm(client);
    expect((await therapist.del(`/api/clients/${clientId}`)).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a raw write to the account (as another tool would make) is seen on the next request', async () => {
    const t = await login(h, 'ana@clinic.test');
    await warm(t);
    await h.store.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [t.userId!]);
    expect((await t.get('/api/auth/me')).statusCode).toBe(401);
    await h.store.db.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [t.userId!]);
    expect((await t.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('does not keep a read that raced with a write', async () => {
    const t = await login(h, 'ana@clinic.test');
    const id = (await h.store.db.query<{ id: string }>('SELECT id FROM auth_sessions ORDER BY created_at DESC LIMIT 1'))[0]!.id;
    h.store.principals.invalidate();
    const reading = h.store.principals.bySessionId(id);
    h.store.principals.invalidate(); // a write lands while the read is under way
    expect((await reading)?.session.id).toBe(id);
    const misses = h.store.principals.misses;
    await h.store.principals.bySessionId(id);
    expect(h.store.principals.misses).toBe(misses + 1);
    expect((await t.get('/api/auth/me')).statusCode).toBe(200);
  });
});
