import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startA1111Fake } from '../../../test/fakes/a1111.fake.ts';
import type { A1111Fake } from '../../../test/fakes/a1111.fake.ts';
import { addClient, createHarness, PASSWORD, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let fake: A1111Fake;
beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  fake = await startA1111Fake({ auth: { user: 'gpu', password: 'hunter22' } });
});
afterAll(async () => {
  await h.close();
  await fake.close();
});

describe('/api/backends', () => {
  let id = '';
  it('adds a server with sealed, write-only credentials', async () => {
    expect((await therapist.post('/api/backends', { kind: 'a1111', label: 'GPU', url: fake.url })).statusCode).toBe(403); // password first
    expect((await therapist.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    const res = await therapist.post('/api/backends', { kind: 'a1111', label: 'Studio GPU', url: `${fake.url}/`, user: 'gpu', password: 'hunter22' });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { id: string; url: string; hasCredentials: boolean };
    expect(body).toMatchObject({ url: fake.url, hasCredentials: true });
    expect(res.body).not.toContain('hunter22');
    id = body.id;
    const [row] = await h.store.db.query<{ secrets_sealed: string; url: string }>('SELECT secrets_sealed, url FROM image_backends WHERE id = $1', [id]);
    expect(Buffer.from(row!.secrets_sealed, 'base64').toString('latin1')).not.toContain('hunter22');
    const list = (await therapist.get('/api/backends')).json() as { backends: { id: string }[] };
    expect(list.backends.map((b) => b.id)).toEqual([id]);
    expect(JSON.stringify(list)).not.toContain('hunter22');
  });

  it('refuses addresses with credentials or other schemes, and stores nothing', async () => {
    const bad = async (url: string, pattern: RegExp): Promise<void> => {
      const res = await therapist.post('/api/backends', { kind: 'comfyui', label: 'X', url });
      expect(res.statusCode).toBe(400);
      expect(res.body).toMatch(pattern);
    };
    await bad('http://me:pw@gpu.lan:8188', /own fields/);
    await bad('ftp://gpu.lan', /http:\/\/ or https:\/\//);
    await bad('not a url', /http:\/\/ or https:\/\//);
    expect(((await therapist.get('/api/backends')).json() as { backends: unknown[] }).backends).toHaveLength(1);
  });

  it('test connection talks only to the saved server, with the opened credentials', async () => {
    const res = await therapist.post(`/api/backends/${id}/test`);
    expect(res.json()).toEqual({ ok: true, message: `AUTOMATIC1111 at ${fake.url} is ready (1 model).` });
    expect(fake.requests.map((r) => r.headers.authorization)).toContain(`Basic ${Buffer.from('gpu:hunter22').toString('base64')}`);
    const stopped = await startA1111Fake();
    const url = stopped.url;
    await stopped.close();
    const created = (await therapist.post('/api/backends', { kind: 'a1111', label: 'Off', url })).json() as { id: string };
    expect((await therapist.post(`/api/backends/${created.id}/test`)).json()).toEqual({ ok: false, message: `The image server at ${url} is not answering. Check that it is running, or use the built-in engine instead.` });
  });

  it('clients cannot see or change servers; unknown ids are 404; delete removes', async () => {
    const { client, clientId } = await addClient(h, therapist, 'Kim', 'kim@clinic.test');
    expect(clientId).toBeTruthy();
    expect((await client.get('/api/backends')).statusCode).toBe(403);
    expect((await client.post(`/api/backends/${id}/test`)).statusCode).toBe(403);
    expect((await therapist.post(`/api/backends/${crypto.randomUUID()}/test`)).statusCode).toBe(404);
    expect((await therapist.del(`/api/backends/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await therapist.del(`/api/backends/${id}`)).statusCode).toBe(200);
    expect((await therapist.post(`/api/backends/${id}/test`)).statusCode).toBe(404);
  });
});
