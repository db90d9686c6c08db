/**
 * Two app nodes on one PostgreSQL database and one shared blob folder, as a clinic runs them
 * behind a load balancer: a job accepted by node A is followed and cancelled through node B
 * (pg-boss carries it; its state is in the database), and a live-canvas stroke drawn through A
 * reaches a therapist watching through B (LISTEN/NOTIFY).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startJobWorker } from '../../src/services/jobs/job-worker.ts';
import { buildApp } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import { addClient, Agent, createHarness, setupTherapist } from '../helpers/harness.ts';
import type { Harness } from '../helpers/harness.ts';
import { freshDatabase } from '../helpers/pg.ts';

const pgUrl = inject('pgUrl');

/** The same signed-in person, talking to another node. */
function onNode(h: Harness, who: Agent): Agent {
  const a = h.anon();
  a.cookie = who.cookie;
  a.csrf = who.csrf;
  a.userId = who.userId;
  a.clientId = who.clientId;
  return a;
}

/** Reads Server-Sent Events until `until` holds (or the stream ends). */
async function readEvents(res: Response, until: (events: { event: string; data: unknown }[]) => boolean) {
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  const events: { event: string; data: unknown }[] = [];
  let buf = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let cut;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const chunk = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(chunk)?.[1];
      const data = /^data: (.*)$/m.exec(chunk)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

const stroke = (id: string, i: number) => ({
  id,
  tool: 'pen',
  color: '#223344',
  size: 4,
  opacity: 1,
  points: [
    { x: 10 + i, y: 10, t: i * 100, pressure: 0.5 },
    { x: 40 + i, y: 30, t: i * 100 + 50, pressure: 0.6 },
  ],
});

describe.skipIf(!pgUrl)('two app nodes on one PostgreSQL', () => {
  let dir: string;
  let a: Harness;
  let b: Harness;
  let therapistA: Agent;
  let clientA: Agent;
  let clientId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-two-nodes-'));
    const databaseUrl = await freshDatabase(pgUrl!);
    a = await createHarness({}, { databaseUrl, dataDir: dir });
    b = await createHarness({}, { databaseUrl, dataDir: dir });
    therapistA = await setupTherapist(a);
    ({ clientId, client: clientA } = await addClient(a, therapistA, 'Robin', 'robin@home.test'));
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a job accepted by node A is followed and cancelled through node B, and nothing is saved', async () => {
    const clientB = onNode(b, clientA);
    const before = await a.store.artworks.countForClient(clientId);
    const res = await clientA.post(`/api/clients/${clientId}/generate`, {
      prompt: 'a wide calm sea under stars',
      width: 2048,
      height: 2048,
      count: 4,
      async: true,
    });
    expect(res.statusCode).toBe(202);
    const { jobId } = res.json() as { jobId: string };
    // B sees the job A accepted, and its progress as whichever node runs it reports it.
    let seen = (await clientB.get(`/api/clients/${clientId}/jobs/${jobId}`)).json() as { state: string; progress: number };
    expect(['queued', 'running']).toContain(seen.state);
    await expect
      .poll(async () => (seen = (await clientB.get(`/api/clients/${clientId}/jobs/${jobId}`)).json()).progress, { timeout: 60_000, interval: 200 })
      .toBeGreaterThan(0);
    expect(seen.state).toBe('running');
    expect(seen.progress).toBeLessThan(1);
    // Another client's agent cannot see it through either node.
    const cancel = await clientB.post(`/api/clients/${clientId}/jobs/${jobId}/cancel`);
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ state: 'cancelled' });
    // A agrees, the job stays cancelled, and the worker that ran it stopped without saving anything.
    expect((await clientA.get(`/api/clients/${clientId}/jobs/${jobId}`)).json()).toMatchObject({ state: 'cancelled', artworkIds: [] });
    await expect
      .poll(() => a.store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE state = 'running'").then((r) => r[0]!.n), { timeout: 30_000 })
      .toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await clientB.get(`/api/clients/${clientId}/jobs/${jobId}`)).json()).toMatchObject({ state: 'cancelled', artworkIds: [] });
    expect(await b.store.artworks.countForClient(clientId)).toBe(before);
    // Its sealed input is gone from the row.
    const [row] = await b.store.db.query<{ input_sealed: string | null }>('SELECT input_sealed FROM jobs WHERE id = $1', [jobId]);
    expect(row!.input_sealed).toBeNull();
  }, 120_000);

  it('a job accepted by node B finishes, and node A serves what it made', async () => {
    const clientB = onNode(b, clientA);
    const res = await clientB.post(`/api/clients/${clientId}/generate`, { prompt: 'a small boat', width: 64, height: 64, count: 2, seed: 3, async: true });
    const { jobId } = res.json() as { jobId: string };
    let done: { state: string; artworkIds: string[] } = { state: 'queued', artworkIds: [] };
    await expect
      .poll(async () => (done = (await clientA.get(`/api/clients/${clientId}/jobs/${jobId}`)).json()).state, { timeout: 60_000, interval: 200 })
      .toBe('done');
    expect(done.artworkIds).toHaveLength(2);
    for (const id of done.artworkIds) expect((await clientA.get(`/api/artworks/${id}/image`)).statusCode).toBe(200);
  }, 120_000);

  it('a live-canvas stroke drawn through node A reaches the therapist watching through node B', async () => {
    const url = `/api/clients/${clientId}/live-canvas`;
    const session = (await therapistA.post(`/api/clients/${clientId}/sessions`, { title: 'Drawing together', scheduledAt: a.now().toISOString() })).json();
    expect((await therapistA.patch(`/api/sessions/${session.id}`, { status: 'in_progress' })).statusCode).toBe(200);
    const addressB = await b.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await fetch(`${addressB}${url}`, { headers: { accept: 'text/event-stream', cookie: `hearth_session=${therapistA.cookie}` } });
    expect(stream.status).toBe(200);
    const reading = readEvents(stream, (ev) => ev.some((e) => e.event === 'strokes'));
    // A long stroke list is larger than one NOTIFY (8000 bytes): it arrives in parts, whole.
    const many = Array.from({ length: 120 }, (_, i) => stroke(`s${i}`, i));
    const batch = (strokes: unknown[], replace: boolean) => ({
      drawingId: 'd1',
      replace,
      strokes: { version: 2, width: 200, height: 100, background: '#ffffff', strokes },
    });
    expect((await clientA.post(url, batch(many, true))).json().live).toBe(true);
    expect((await clientA.post(url, batch([stroke('last', 121)], false))).json().live).toBe(true);
    const events = await reading;
    const drawing = events.find((e) => e.event === 'drawing')!.data as { strokes: { id: string }[] };
    expect(drawing.strokes.map((s) => s.id)).toEqual(many.map((s) => s.id));
    expect((events.find((e) => e.event === 'strokes')!.data as { strokes: { id: string }[] }).strokes.map((s) => s.id)).toEqual(['last']);
    // B's snapshot agrees with what A was sent.
    const snap = (await onNode(b, therapistA).get(`${url}?once=true`)).json() as { drawing: { strokes: unknown[] } };
    expect(snap.drawing.strokes).toHaveLength(121);
  }, 120_000);
});

describe.skipIf(!pgUrl)('an app node that only accepts jobs, and a `hearth worker`', () => {
  it('leaves the job to the worker process, which makes it; progress and result are read through the node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-worker-'));
    const url = await freshDatabase(pgUrl!);
    const store = await openStore({ databaseUrl: url, dataDir: dir });
    // As `hearth serve` with HEARTH_RUN_JOBS=0.
    const built = await buildApp({ store, databaseUrl: url, runJobs: false, config: { logLevel: false, loginAttemptsPerMinute: 1000 } });
    const h = { ...built, store, anon: () => new Agent(built), now: () => new Date(), advance: () => undefined, close: () => built.app.close() } as Harness;
    const workerStore = await openStore({ databaseUrl: url, dataDir: dir });
    try {
      const t = await setupTherapist(h);
      const { clientId, client } = await addClient(h, t, 'Robin', 'robin@home.test');
      const res = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a lantern', width: 64, height: 64, count: 1, async: true });
      expect(res.statusCode).toBe(202);
      const { jobId } = res.json() as { jobId: string };
      // Nobody runs it yet.
      await new Promise((r) => setTimeout(r, 1500));
      expect((await client.get(`/api/clients/${clientId}/jobs/${jobId}`)).json()).toMatchObject({ state: 'queued' });
      const worker = await startJobWorker({ store: workerStore, databaseUrl: url, threads: 1 });
      try {
        let job: { state: string; artworkIds: string[] } = { state: 'queued', artworkIds: [] };
        await expect
          .poll(async () => (job = (await client.get(`/api/clients/${clientId}/jobs/${jobId}`)).json()).state, { timeout: 60_000, interval: 200 })
          .toBe('done');
        expect(job.artworkIds).toHaveLength(1);
        expect((await client.get(`/api/artworks/${job.artworkIds[0]}/image`)).statusCode).toBe(200);
      } finally {
        await worker.close();
      }
    } finally {
      await built.app.close();
      await Promise.all([store.close(), workerStore.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
