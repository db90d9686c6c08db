import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addClient, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import type { Harness } from '../../test/helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ idleTimeoutMs: 30 * 60_000, absoluteLifetimeMs: 8 * 60 * 60_000 });
});
afterAll(() => h.close());

describe('first run and sign-in', () => {
  it('asks for setup until the first therapist exists, then refuses a second setup', async () => {
    expect((await h.anon().get('/api/setup')).json()).toEqual({ needsSetup: true });
    const weak = await h.anon().post('/api/setup', { email: 'x@clinic.test', displayName: 'X', password: 'password123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/common/);
    const t = await setupTherapist(h);
    expect(t.csrf).toBeTruthy();
    expect((await h.anon().get('/api/setup')).json()).toEqual({ needsSetup: false });
    const again = await h.anon().post('/api/setup', { email: 'eve@clinic.test', displayName: 'Eve', password: PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(await h.store.users.byEmail('eve@clinic.test')).toBeUndefined();
  });

  it('sets an HttpOnly SameSite=Strict cookie, stores only a hash of it, and rotates it on login', async () => {
    const a = h.anon();
    const res = await a.post('/api/auth/login', { email: 'ANA@clinic.test ', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'hearth_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
    const first = a.cookie!;
    const rows = await h.store.db.query<{ id: string }>('SELECT id FROM auth_sessions');
    expect(rows.map((r) => r.id)).not.toContain(first);
    a.adopt(res);
    const again = await a.post('/api/auth/login', { email: 'ana@clinic.test', password: PASSWORD });
    expect(again.statusCode).toBe(200);
    expect(a.cookie).not.toBe(first);
    const old = h.anon();
    old.cookie = first;
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const wrong = await h.anon().post('/api/auth/login', { email: 'ana@clinic.test', password: 'not the password' });
    const unknown = await h.anon().post('/api/auth/login', { email: 'nobody@clinic.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('requires the CSRF token and a same-origin Origin on state-changing requests', async () => {
    const t = await login(h, 'ana@clinic.test');
    const noToken = await t.request({ method: 'POST', url: '/api/clients', json: { displayName: 'Nope' }, headers: { 'x-csrf-token': 'wrong' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const crossSite = await t.request({ method: 'POST', url: '/api/clients', json: { displayName: 'Nope' }, headers: { origin: 'https://evil.example' } });
    expect(crossSite.statusCode).toBe(403);
    const clients = await h.store.clients.listForTherapist(t.userId!);
    expect(clients.map((c) => c.displayName)).not.toContain('Nope');
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const t = await login(h, 'ana@clinic.test');
    h.advance(29 * 60_000);
    expect((await t.get('/api/auth/me')).statusCode).toBe(200);
    h.advance(31 * 60_000);
    expect((await t.get('/api/auth/me')).statusCode).toBe(401);

    const u = await login(h, 'ana@clinic.test');
    for (let i = 0; i < 17; i++) {
      h.advance(29 * 60_000); // active every 29 minutes...
      const r = await u.get('/api/auth/me');
      if (i < 16) expect(r.statusCode).toBe(200);
      else expect(r.statusCode).toBe(401); // ...but 8 hours is the most a session lives
    }
  });

  it("does not let a page's background checks keep an unattended session alive", async () => {
    const t = await login(h, 'ana@clinic.test');
    const poll = (url: string) => t.request({ method: 'GET', url, headers: { 'x-hearth-background': '1' } });
    // An open tab polls every few seconds; nobody touches it for 31 minutes.
    for (let i = 0; i < 31; i++) {
      h.advance(60_000);
      const r = await poll(i % 2 ? '/api/alerts/count' : '/api/auth/me');
      expect(r.statusCode, `minute ${i + 1}`).toBe(i < 29 ? 200 : 401);
    }
    // A real request in time keeps it going.
    const u = await login(h, 'ana@clinic.test');
    h.advance(20 * 60_000);
    expect((await u.get('/api/clients')).statusCode).toBe(200);
    h.advance(20 * 60_000);
    expect((await u.request({ method: 'GET', url: '/api/auth/me', headers: { 'x-hearth-background': '1' } })).statusCode).toBe(200);
  });

  it('logs out', async () => {
    const t = await login(h, 'ana@clinic.test');
    expect((await t.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await t.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('lets a client join once through an invite, and the link cannot be reused', async () => {
    const t = await login(h, 'ana@clinic.test');
    const { clientId, client } = await addClient(h, t, 'Robin', 'robin@home.test');
    const me = (await client.get('/api/auth/me')).json();
    expect(me).toMatchObject({ role: 'client', clientId });
    const inv = (await t.get(`/api/clients/${clientId}/invites`)).json().invites;
    expect(inv[0].status).toBe('used');
    const second = await t.post(`/api/clients/${clientId}/invites`);
    expect(second.statusCode).toBe(409);
  });

  it('refuses expired and revoked invites with a clear message', async () => {
    const t = await login(h, 'ana@clinic.test');
    const c = (await t.post('/api/clients', { displayName: 'Sam' })).json();
    const url1 = (await t.post(`/api/clients/${c.id}/invites`)).json().url as string;
    h.advance(8 * 24 * 60 * 60_000);
    const token1 = url1.split('/join/')[1]!;
    expect((await h.anon().get(`/api/invites/by-token/${token1}`)).json()).toMatchObject({ valid: false, reason: expect.stringMatching(/expired/) });
    const t2 = await login(h, 'ana@clinic.test');
    const inv2 = (await t2.post(`/api/clients/${c.id}/invites`)).json();
    expect((await t2.del(`/api/invites/${inv2.id}`)).statusCode).toBe(200);
    const accept = await h
      .anon()
      .post(`/api/invites/by-token/${(inv2.url as string).split('/join/')[1]}/accept`, { email: 'sam@home.test', password: PASSWORD });
    expect(accept.statusCode).toBe(410);
    expect(accept.json().error.message).toMatch(/withdrawn/);
    expect(await h.store.users.byEmail('sam@home.test')).toBeUndefined();
  });
});

describe('login rate limit', () => {
  it('slows down repeated attempts', async () => {
    const limited = await createHarness({ loginAttemptsPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.anon().post('/api/auth/login', { email: 'a@b.test', password: 'wrong password' })).statusCode);
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
