/**
 * A real model-server adapter behind the studio: a client's work reaches an external server
 * only with that client's `external_ai` consent, and each artwork records the backend that made
 * it. The server is the protocol-faithful ComfyUI fake; its request log proves what left Hearth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startComfyUiFake } from '../../test/fakes/comfyui.fake.ts';
import type { ComfyUiFake } from '../../test/fakes/comfyui.fake.ts';
import { startOpenAiFake } from '../../test/fakes/openai.fake.ts';
import { addClient, addTherapist, Agent, createHarness, PASSWORD, setupTherapist, signConsent } from '../../test/helpers/harness.ts';
import type { Harness } from '../../test/helpers/harness.ts';
import { createImageBackend } from '../backends/index.ts';
import { pgliteTemplate } from '../../test/helpers/pglite-template.ts';
import { openStore } from '../store/index.ts';
import { buildApp } from './app.ts';

let fake: ComfyUiFake;
let h: Harness;
beforeAll(async () => {
  fake = await startComfyUiFake();
  const store = await openStore({ pgliteTemplate: await pgliteTemplate() });
  const built = await buildApp({
    store,
    config: { logLevel: false, loginAttemptsPerMinute: 1000 },
    imageBackend: createImageBackend({ kind: 'comfyui', url: fake.url, external: true }),
  });
  h = {
    ...built,
    store,
    advance: () => {},
    now: () => new Date(),
    anon: () => new Agent(built),
    close: async () => (await built.app.close(), await store.close()),
  } as Harness;
});
afterAll(async () => {
  await h.close();
  await fake.close();
});

describe('external image backend and consent', () => {
  let therapist: Agent;
  let client: Agent;
  let clientId = '';
  it('refuses a job without external_ai consent and sends nothing to the server', async () => {
    therapist = await setupTherapist(h);
    ({ client, clientId } = await addClient(h, therapist, 'Sam Client', 'sam@clinic.test'));
    const info = (await client.get('/api/studio')).json() as { backend: { id: string; external: boolean } };
    expect(info.backend).toMatchObject({ id: 'comfyui', external: true });
    const res = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a quiet harbour', width: 64, height: 64, seed: 3 });
    expect(res.statusCode).toBe(403);
    expect(fake.requests).toHaveLength(0);
  });

  it('with consent, the job goes to the server and the artwork records comfyui', async () => {
    await signConsent(client, clientId, ['builtin_ai', 'external_ai']);
    const res = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a quiet harbour', width: 64, height: 64, seed: 3, count: 2 });
    expect(res.statusCode).toBe(201);
    const arts = (res.json() as { artworks: { backend: string | null; width?: number }[] }).artworks;
    expect(arts.map((a) => a.backend)).toEqual(['comfyui', 'comfyui']);
    // One job per variation, each with the seed its artwork records.
    const graphs = fake.requests
      .filter((r) => r.path === '/prompt')
      .map((r) => (r.json as { prompt: Record<string, { inputs: Record<string, unknown> }> }).prompt);
    expect(graphs.map((g) => g['5']!.inputs.seed)).toEqual([3, 4]);
    expect(graphs.map((g) => g['4']!.inputs)).toEqual([
      { width: 64, height: 64, batch_size: 1 },
      { width: 64, height: 64, batch_size: 1 },
    ]);
  });
});

describe('note drafts from a configured text server (HEARTH_TEXT_URL / HEARTH_TEXT_MODEL)', () => {
  /** The chat fake rephrases every section the therapist does not write themselves. */
  const rephrase = (body: { messages?: { role: string; content: string }[] }): string => {
    const { draft } = JSON.parse(body.messages!.at(-1)!.content) as { draft: { key: string; text: string }[] };
    return JSON.stringify({
      sections: draft.map((s) => ({
        key: s.key,
        text: s.text.includes('[For the therapist to complete.]') ? s.text : `Worded by the clinic model: ${s.text}`,
      })),
    });
  };

  async function appWithTextServer(url: string): Promise<{ t: Harness; close(): Promise<void> }> {
    const saved = { url: process.env.HEARTH_TEXT_URL, model: process.env.HEARTH_TEXT_MODEL };
    process.env.HEARTH_TEXT_URL = url;
    process.env.HEARTH_TEXT_MODEL = 'llama3.1';
    try {
      const store = await openStore({ pgliteTemplate: await pgliteTemplate() });
      const built = await buildApp({ store, config: { logLevel: false, loginAttemptsPerMinute: 1000 } });
      const t = {
        ...built,
        store,
        advance: () => {},
        now: () => new Date(),
        anon: () => new Agent(built),
        close: async () => (await built.app.close(), await store.close()),
      } as Harness;
      return { t, close: t.close };
    } finally {
      for (const [k, v] of [
        ['HEARTH_TEXT_URL', saved.url],
        ['HEARTH_TEXT_MODEL', saved.model],
      ] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  async function draft(t: Harness): Promise<{ draftedBy: string; sections: { key: string; text: string }[] }> {
    const therapist = await setupTherapist(t);
    const { clientId } = await addClient(t, therapist, 'Noor Client', 'noor@clinic.test');
    const s = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: new Date().toISOString(), title: 'Harbour' })).json() as { id: string };
    const res = await therapist.post(`/api/sessions/${s.id}/notes`, { format: 'DAP' });
    expect(res.statusCode).toBe(201);
    return res.json() as { draftedBy: string; sections: { key: string; text: string }[] };
  }

  it('uses the server’s wording, keeping the therapist’s parts as placeholders', async () => {
    const chat = await startOpenAiFake({ chatReply: rephrase });
    const { t, close } = await appWithTextServer(chat.url);
    try {
      const note = await draft(t);
      expect(note.draftedBy).toBe('openai-text');
      const data = note.sections.find((x) => x.key === 'data')!;
      expect(data.text.startsWith('Worded by the clinic model: ')).toBe(true);
      expect(note.sections.find((x) => x.key === 'assessment')!.text).toContain('[For the therapist to complete.]');
      expect(chat.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(1);
    } finally {
      await close();
      await chat.close();
    }
  });

  it('falls back to the built-in draft when the server is down', async () => {
    const chat = await startOpenAiFake({ chatReply: rephrase });
    const url = chat.url;
    await chat.close(); // nothing listens there any more
    const { t, close } = await appWithTextServer(url);
    try {
      const note = await draft(t);
      expect(note.sections.length).toBe(3);
      expect(note.sections.some((x) => x.text.includes('Worded by the clinic model'))).toBe(false);
      expect(note.sections.find((x) => x.key === 'data')!.text.length).toBeGreaterThan(10);
    } finally {
      await close();
    }
  });
});

describe('studio requests that choose a configured model server (backendId, jobs)', () => {
  let t: Harness;
  let fast: ComfyUiFake;
  let slow: ComfyUiFake;
  let therapist: Agent;
  let client: Agent;
  let clientId = '';
  let other: { client: Agent; clientId: string };
  let fastId = '';
  let slowId = '';
  let downId = '';

  const addServer = async (label: string, url: string): Promise<string> => {
    await therapist.post('/api/auth/reauth', { password: PASSWORD });
    const res = await therapist.post('/api/backends', { kind: 'comfyui', label, url });
    expect(res.statusCode).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const prompts = (f: ComfyUiFake) => f.requests.filter((r) => r.path === '/prompt').length;
  /** Polls the job until it has ended (no time limit is asserted: the fake decides when). */
  const settled = async (agent: Agent, cid: string, jobId: string) => {
    for (;;) {
      const j = (await agent.get(`/api/clients/${cid}/jobs/${jobId}`)).json() as {
        state: string;
        progress: number;
        artworkIds: string[];
        error: { code: string; message: string; fallback?: string } | null;
      };
      if (!['queued', 'running'].includes(j.state)) return j;
      await new Promise((r) => setImmediate(r));
    }
  };

  beforeAll(async () => {
    [fast, slow] = await Promise.all([startComfyUiFake(), startComfyUiFake({ pauseAtStep: 25 })]);
    t = await createHarness();
    therapist = await setupTherapist(t);
    ({ client, clientId } = await addClient(t, therapist, 'Rae Client', 'rae@clinic.test'));
    other = await addClient(t, await addTherapist(t, 'ben@clinic.test', 'Ben Therapist'), 'Blair', 'blair@home.test', {
      consent: ['builtin_ai', 'external_ai'],
    });
    fastId = await addServer('Fast GPU', fast.url);
    slowId = await addServer('Slow GPU', slow.url);
    const gone = await startComfyUiFake();
    const goneUrl = gone.url;
    await gone.close();
    downId = await addServer('Switched-off GPU', goneUrl);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([fast.close(), slow.close()]);
  });

  it('lists the built-in engine first, then the saved servers, without addresses', async () => {
    const list = (await client.get('/api/studio/backends')).json() as { backends: { id: string; label: string; external: boolean }[] };
    expect(list.backends.map((b) => b.id)).toEqual(['builtin', fastId, slowId, downId]);
    expect(list.backends.slice(1).every((b) => b.external)).toBe(true);
    expect(JSON.stringify(list)).not.toContain('127.0.0.1');
  });

  it('without external_ai consent: 403 with a plain message and the built-in offer, nothing sent', async () => {
    const before = (await t.store.artworks.listForClient(clientId)).length;
    for (const body of [
      { prompt: 'a lighthouse', width: 64, height: 64, backendId: fastId },
      { prompt: 'a lighthouse', width: 64, height: 64, backendId: fastId, async: true },
    ]) {
      const res = await client.post(`/api/clients/${clientId}/generate`, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'consent_required',
        message: 'Rae Client has not agreed to using an outside model server. They can change this under My consent.',
        details: { fallback: 'builtin' },
      });
    }
    expect(prompts(fast)).toBe(0);
    expect(fast.requests).toHaveLength(0);
    expect((await t.store.artworks.listForClient(clientId)).length).toBe(before);
  });

  it('refuses an id that is not a saved server (only configured hosts are contacted)', async () => {
    await signConsent(client, clientId, ['builtin_ai', 'external_ai']);
    const res = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a lighthouse', width: 64, height: 64, backendId: crypto.randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('not configured');
    const bad = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a lighthouse', backendId: 'http://evil.example' });
    expect(bad.statusCode).toBe(400);
  });

  it('with consent, a synchronous request is made by the chosen server and the artwork says so', async () => {
    const res = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a lighthouse', width: 64, height: 64, seed: 5, backendId: fastId });
    expect(res.statusCode).toBe(201);
    expect((res.json() as { artworks: { backend: string }[] }).artworks.map((a) => a.backend)).toEqual(['comfyui']);
    expect(prompts(fast)).toBe(1);
    // The built-in engine still answers as before.
    const builtin = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a lighthouse', width: 64, height: 64, seed: 5 });
    expect((builtin.json() as { artworks: { backend: string }[] }).artworks[0]!.backend).toBe('builtin');
  });

  it('async: 202 with a job whose progress the client and their therapist can follow; others get 404', async () => {
    const res = await client.post(`/api/clients/${clientId}/generate`, {
      prompt: 'a harbour at dusk',
      width: 64,
      height: 64,
      seed: 9,
      count: 2,
      backendId: slowId,
      async: true,
    });
    expect(res.statusCode).toBe(202);
    const { jobId } = res.json() as { jobId: string };
    await slow.paused();
    let mid = (await client.get(`/api/clients/${clientId}/jobs/${jobId}`)).json() as { state: string; progress: number };
    for (let i = 0; mid.progress < 0.3 && i < 1000; i++) {
      await new Promise((r) => setImmediate(r)); // the websocket message may still be on its way
      mid = (await client.get(`/api/clients/${clientId}/jobs/${jobId}`)).json() as { state: string; progress: number };
    }
    expect(mid.state).toBe('running');
    expect(mid.progress).toBeGreaterThan(0.3);
    expect(mid.progress).toBeLessThan(0.9);
    expect((await therapist.get(`/api/clients/${clientId}/jobs/${jobId}`)).statusCode).toBe(200);
    expect((await other.client.get(`/api/clients/${clientId}/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/clients/${other.clientId}/jobs/${jobId}`)).statusCode).toBe(404);
    slow.release();
    const done = await settled(client, clientId, jobId);
    expect(done).toMatchObject({ state: 'done', progress: 1, error: null });
    expect(done.artworkIds).toHaveLength(2);
    for (const id of done.artworkIds) expect(((await client.get(`/api/artworks/${id}`)).json() as { backend: string }).backend).toBe('comfyui');
  });

  it('cancel stops the job, tells the server to stop, and saves nothing', async () => {
    const before = (await t.store.artworks.listForClient(clientId)).length;
    const { jobId } = (
      await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a long road', width: 64, height: 64, backendId: slowId, async: true })
    ).json() as { jobId: string };
    await slow.paused();
    expect((await other.client.post(`/api/clients/${clientId}/jobs/${jobId}/cancel`)).statusCode).toBe(404);
    const res = await client.post(`/api/clients/${clientId}/jobs/${jobId}/cancel`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'cancelled' });
    const after = await settled(client, clientId, jobId);
    expect(after).toMatchObject({ state: 'cancelled', artworkIds: [] });
    for (let i = 0; !slow.requests.some((r) => r.path === '/interrupt') && i < 1000; i++) await new Promise((r) => setImmediate(r));
    expect(slow.requests.some((r) => r.path === '/interrupt')).toBe(true);
    expect((await t.store.artworks.listForClient(clientId)).length).toBe(before);
  });

  it('a server that is down: 503 offering the built-in engine (sync), a failed job saying so (async)', async () => {
    const res = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a quiet field', width: 64, height: 64, backendId: downId });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toMatchObject({ code: 'unavailable', details: { fallback: 'builtin' } });
    expect(res.json().error.message).toMatch(/is not answering\. You can make the picture with Hearth's built-in engine instead\.$/);
    const { jobId } = (
      await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a quiet field', width: 64, height: 64, backendId: downId, async: true })
    ).json() as { jobId: string };
    const failed = await settled(client, clientId, jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'unavailable', fallback: 'builtin' });
  });
});
