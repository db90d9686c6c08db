import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startA1111Fake } from '../../../test/fakes/a1111.fake.ts';
import type { A1111Fake } from '../../../test/fakes/a1111.fake.ts';
import { addAdmin, addClient, addTherapist, createHarness, PASSWORD, setupTherapist } from '../../../test/helpers/harness.ts';
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
    expect((await therapist.post(`/api/backends/${created.id}/test`)).json()).toEqual({
      ok: false,
      message: `The image server at ${url} is not answering. Check that it is running, or use the built-in engine instead.`,
    });
  });

  it('keeps the model file names with the server (validated; the showcase’s by default) and uses them', async () => {
    type Info = { id: string; label: string; files: Record<string, string | null> };
    const list = async () => ((await therapist.get('/api/backends')).json() as { backends: Info[] }).backends;
    // The A1111 server added above runs the showcase's sketch adapter and the loaded checkpoint.
    expect((await list()).find((b) => b.id === id)!.files).toEqual({ adapter: 't2i-adapter_diffusers_xl_sketch', inpaintCheckpoint: null });
    const comfy = await therapist.post('/api/backends', {
      kind: 'comfyui',
      label: 'Comfy',
      url: 'http://gpu.lan:8188',
      files: { adapter: 'SDXL/my-sketch.safetensors' },
    });
    expect(comfy.statusCode).toBe(201);
    expect(comfy.json().files).toEqual({ adapter: 'SDXL/my-sketch.safetensors', inpaintCheckpoint: 'sd_xl_base_1.0_inpainting_0.1.safetensors' });
    const [row] = await h.store.db.query<{ model_files: unknown }>('SELECT model_files FROM image_backends WHERE id = $1', [comfy.json().id]);
    expect(row!.model_files).toEqual({ adapter: 'SDXL/my-sketch.safetensors' });
    // Bad names, unknown fields and kinds without model files are refused; nothing is stored.
    const before = (await list()).length;
    for (const body of [
      { kind: 'comfyui', files: { adapter: '../../etc/passwd' } },
      { kind: 'comfyui', files: { inpaintCheckpoint: 'two\nlines' } },
      { kind: 'comfyui', files: { adapter: '/abs/path.safetensors' } },
      { kind: 'comfyui', files: { lora: 'x.safetensors' } },
      { kind: 'openai', files: { adapter: 'x' } },
    ]) {
      const res = await therapist.post('/api/backends', { label: 'Bad', url: 'http://gpu.lan:8188', ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await list()).toHaveLength(before);
    // The names reach the server: test connection asks for the configured ones.
    const named = await therapist.post('/api/backends', {
      kind: 'a1111',
      label: 'Named',
      url: fake.url,
      user: 'gpu',
      password: 'hunter22',
      model: 'sd_xl_base_1.0',
      files: { inpaintCheckpoint: 'kandinsky-2-2-inpaint' },
    });
    expect(named.statusCode).toBe(201);
    const tested = (await therapist.post(`/api/backends/${named.json().id}/test`)).json() as { ok: boolean; message: string };
    expect(tested.ok).toBe(false);
    expect(tested.message).toMatch(/sd_xl_base_1\.0|kandinsky-2-2-inpaint/);
    for (const b of await list())
      if (b.label === 'Comfy' || b.label === 'Named') expect((await therapist.del(`/api/backends/${b.id}`)).statusCode).toBeLessThan(300);
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

  it('belong to their owner: others neither see, test nor remove them; practice-wide ones are read-only to all but the practice owner (issue #17 item 5)', async () => {
    const ben = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
    const admin = await addAdmin(h);
    const { client: kim, clientId: kimId } = await addClient(h, therapist, 'Kim Two', 'kim2@home.test', { consent: ['builtin_ai', 'external_ai'] });
    const { client: blair } = await addClient(h, ben, 'Blair', 'blair@home.test');
    for (const a of [therapist, ben, admin]) expect((await a.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    const add = async (a: Agent, label: string, extra: Record<string, unknown> = {}) =>
      a.post('/api/backends', { kind: 'comfyui', label, url: 'http://127.0.0.1:9', ...extra });
    const bens = (await add(ben, 'Ben private GPU')).json() as { id: string };
    const anas = (await add(therapist, 'Ana private GPU')).json() as { id: string };
    const shared = await add(therapist, 'Practice GPU', { practiceWide: true });
    expect(shared.json()).toMatchObject({ practiceWide: true, editable: true });
    const sharedId = shared.json().id as string;

    // Only the practice owner (or an operator) may offer a server to everyone.
    const count = async () => (await h.store.backends.list()).length;
    const before = await count();
    const refused = await add(ben, 'Ben for all', { practiceWide: true });
    expect(refused.statusCode).toBe(403);
    expect(await count()).toBe(before);

    type Listed = { backends: { id: string; label: string; practiceWide: boolean; editable: boolean }[]; canAddPracticeWide: boolean };
    const list = async (a: Agent) => (await a.get('/api/backends')).json() as Listed;
    const benList = await list(ben);
    expect(benList.canAddPracticeWide).toBe(false);
    expect(benList.backends.map((b) => [b.label, b.practiceWide, b.editable])).toEqual([
      ['Ben private GPU', false, true],
      ['Practice GPU', true, false],
    ]);
    expect(JSON.stringify(benList)).not.toContain('Ana private GPU');
    const anaList = await list(therapist);
    expect(anaList.canAddPracticeWide).toBe(true);
    expect(anaList.backends.map((b) => b.label)).toEqual(expect.arrayContaining(['Ana private GPU', 'Practice GPU']));
    expect(anaList.backends.map((b) => b.label)).not.toContain('Ben private GPU');
    expect((await list(admin)).backends.map((b) => b.label)).toEqual(expect.arrayContaining(['Ben private GPU', 'Ana private GPU', 'Practice GPU']));

    // Another therapist's server answers exactly like one that does not exist.
    const missing = await ben.post(`/api/backends/${crypto.randomUUID()}/test`);
    const foreign = await ben.post(`/api/backends/${anas.id}/test`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await ben.del(`/api/backends/${anas.id}`)).statusCode).toBe(404);
    expect((await therapist.del(`/api/backends/${bens.id}`)).statusCode).toBe(404);
    expect((await therapist.post(`/api/backends/${bens.id}/test`)).statusCode).toBe(404);
    // Practice-wide: others test it, but cannot remove it.
    expect((await ben.post(`/api/backends/${sharedId}/test`)).statusCode).toBe(200);
    expect((await ben.del(`/api/backends/${sharedId}`)).statusCode).toBe(403);
    expect(await count()).toBe(before);

    // Clients see only what their own therapist may use, and no one else's labels.
    const studio = async (a: Agent) => (await a.get('/api/studio/backends')).json() as { backends: { id: string; label: string }[] };
    const kimSees = await studio(kim);
    expect(kimSees.backends.map((b) => b.id)).toEqual(expect.arrayContaining(['builtin', anas.id, sharedId]));
    expect(kimSees.backends.map((b) => b.id)).not.toContain(bens.id);
    const blairSees = await studio(blair);
    expect(blairSees.backends.map((b) => b.id)).toEqual(['builtin', bens.id, sharedId]);
    expect(JSON.stringify(blairSees)).not.toContain('Ana private GPU');
    expect(JSON.stringify(kimSees)).not.toContain('Ben private GPU');
    expect((await studio(ben)).backends.map((b) => b.id)).toEqual(['builtin', bens.id, sharedId]);

    // Nor can a client's picture be sent to another therapist's server by naming its id.
    const artworks = (await h.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM artworks WHERE client_id = $1', [kimId]))[0]!.n;
    const sent = await kim.post(`/api/clients/${kimId}/generate`, { prompt: 'a quiet lake', width: 64, height: 64, seed: 1, backendId: bens.id });
    expect(sent.statusCode).toBe(400);
    expect(sent.json().error.message).toMatch(/not configured/);
    expect((await h.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM artworks WHERE client_id = $1', [kimId]))[0]!.n).toBe(artworks);

    // The owner and an operator may remove it.
    expect((await admin.del(`/api/backends/${bens.id}`)).statusCode).toBe(200);
    expect((await therapist.del(`/api/backends/${sharedId}`)).statusCode).toBe(200);
  });
});
