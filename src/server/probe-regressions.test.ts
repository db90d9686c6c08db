/**
 * Regressions from the outside probe (issue #17 item 7): an archived client's account is paused
 * (no sign-in, no posting, sessions end, restored with the record); every API answer says
 * `Cache-Control: no-store`; writes are refused unless the Origin matches scheme, host and port exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addClient, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';
import { sameOrigin } from './auth.ts';

let h: Harness;
let therapist: Agent;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
});
afterAll(() => h.close());

const count = async (table: string, clientId: string): Promise<number> =>
  (await h.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE client_id = $1`, [clientId]))[0]!.n;

describe('an archived client', () => {
  it('cannot sign in or post, their open sessions end, and restoring the record restores the account', async () => {
    const { clientId, client } = await addClient(h, therapist, 'Kit', 'kit@home.test');
    const second = await login(h, 'kit@home.test');
    expect((await client.post(`/api/clients/${clientId}/reflections`, { text: 'A calm walk by the river.' })).statusCode).toBe(201);

    expect((await therapist.del(`/api/clients/${clientId}`)).statusCode).toBe(200);
    const userId = client.userId!;
    expect(await h.store.authSessions.listForUser(userId)).toEqual([]);
    const before = await count('reflections', clientId);
    for (const agent of [client, second]) {
      const posted = await agent.post(`/api/clients/${clientId}/reflections`, { text: 'Still here?' });
      expect(posted.statusCode).toBe(401);
      expect((await agent.get(`/api/clients/${clientId}`)).statusCode).toBe(401);
    }
    expect(await count('reflections', clientId)).toBe(before);

    const refused = await h.anon().post('/api/auth/login', { email: 'kit@home.test', password: PASSWORD });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/paused/);
    expect(refused.cookies.find((c) => c.name === 'hearth_session' && c.value)).toBeUndefined();
    expect(await h.store.authSessions.listForUser(userId)).toEqual([]);
    // A wrong password still answers like any wrong password: archiving reveals nothing to a guesser.
    const wrong = await h.anon().post('/api/auth/login', { email: 'kit@home.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('bad_credentials');

    // Archiving through PATCH pauses the account the same way; restoring lets them back in.
    expect((await therapist.patch(`/api/clients/${clientId}`, { status: 'active' })).statusCode).toBe(200);
    const back = await login(h, 'kit@home.test');
    expect((await back.get(`/api/clients/${clientId}`)).statusCode).toBe(200);
    expect((await therapist.patch(`/api/clients/${clientId}`, { status: 'archived' })).statusCode).toBe(200);
    expect((await back.post(`/api/clients/${clientId}/reflections`, { text: 'After archiving.' })).statusCode).toBe(401);
  });

  it('cannot be joined through a pending invite while archived', async () => {
    const id = (await therapist.post('/api/clients', { displayName: 'Lee' })).json().id as string;
    const token = ((await therapist.post(`/api/clients/${id}/invites`)).json().url as string).split('/join/')[1]!;
    expect((await therapist.del(`/api/clients/${id}`)).statusCode).toBe(200);
    expect((await h.anon().get(`/api/invites/by-token/${token}`)).json().valid).toBe(false);
    const users = await h.store.users.list();
    const joined = await h.anon().post(`/api/invites/by-token/${token}/accept`, { email: 'lee@home.test', password: PASSWORD });
    expect(joined.statusCode).toBe(410);
    expect((await h.store.users.list()).length).toBe(users.length);
  });
});

describe('caching', () => {
  it('marks every API answer no-store: reads, writes, files, errors and the signed-out', async () => {
    const { clientId, client } = await addClient(h, therapist, 'Noor', 'noor@home.test');
    const { pngDrawing } = await import('../../test/helpers/harness.ts');
    const art = (await client.upload(clientId, await pngDrawing())).json().id as string;
    const answers = [
      await therapist.get('/api/clients'),
      await therapist.get(`/api/clients/${clientId}`),
      await client.get(`/api/clients/${clientId}/checkins`),
      await client.post(`/api/clients/${clientId}/checkins`, { moment: 'before', valence: 0.1, arousal: 0, distress: 3 }),
      await client.get(`/api/artworks/${art}/image`),
      await client.get(`/api/artworks/${art}/thumb`),
      await therapist.get(`/api/clients/${clientId}/audit`),
      await h.anon().get('/api/clients'),
      await h.anon().get('/api/health'),
      await therapist.get('/api/no/such/route'),
      await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: 'not a date' }),
    ];
    for (const res of answers) expect(res.headers['cache-control'], `${res.statusCode} ${res.body.slice(0, 60)}`).toBe('no-store');
  });
});

describe('the Origin of a write', () => {
  it('must match scheme, host and port exactly', async () => {
    const host = 'localhost:80';
    const post = (origin?: string) =>
      therapist.request({
        method: 'POST',
        url: '/api/clients',
        json: { displayName: 'Origin test' },
        headers: { host, ...(origin !== undefined ? { origin } : {}) },
      });
    const refusedOrigins = [
      'https://localhost:80',
      'https://localhost',
      'http://localhost:8080',
      'http://evil.localhost:80',
      'http://localhost.evil.test',
      'null',
      'file://',
      'not a url',
      'ws://localhost:80',
    ];
    const before = (await h.store.clients.listForTherapist(therapist.userId!, true)).length;
    for (const origin of refusedOrigins) {
      const res = await post(origin);
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().error.code, origin).toBe('csrf_failed');
    }
    expect((await h.store.clients.listForTherapist(therapist.userId!, true)).length).toBe(before);
    expect((await post('http://localhost')).statusCode).toBe(201); // port 80 is http's default: the same origin
    expect((await post('http://localhost:80')).statusCode).toBe(201);
    expect((await post()).statusCode).toBe(201); // no Origin (not a browser): the CSRF token still guards it
  });

  it('compares exact origins, normalising only default ports', () => {
    expect(sameOrigin('https://clinic.example', 'https://clinic.example:443')).toBe(true);
    expect(sameOrigin('http://clinic.example', 'https://clinic.example')).toBe(false);
    expect(sameOrigin('https://clinic.example:8443', 'https://clinic.example')).toBe(false);
    expect(sameOrigin('https://CLINIC.example', 'https://clinic.example')).toBe(true);
    expect(sameOrigin('https://clinic.example', undefined)).toBe(false);
  });

  it('uses the configured public origin behind a TLS proxy', async () => {
    const proxied = await createHarness({ publicOrigin: 'https://hearth.clinic.example' });
    try {
      const t = await setupTherapist(proxied);
      const write = (origin: string) =>
        t.request({ method: 'POST', url: '/api/clients', json: { displayName: 'Behind proxy' }, headers: { origin, host: 'hearth.clinic.example' } });
      expect((await write('http://hearth.clinic.example')).statusCode).toBe(403);
      expect((await write('https://hearth.clinic.example')).statusCode).toBe(201);
      const id = (await t.get('/api/clients')).json().clients[0].id as string;
      expect((await t.post(`/api/clients/${id}/invites`)).json().url).toMatch(/^https:\/\/hearth\.clinic\.example\/join\//);
    } finally {
      await proxied.close();
    }
  });
});
