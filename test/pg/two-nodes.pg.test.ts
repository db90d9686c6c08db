/**
 * Two app nodes on one PostgreSQL database and one shared blob folder, as a clinic runs them
 * behind a load balancer: a job accepted by node A is followed and cancelled through node B
 * (pg-boss carries it; its state is in the database), a live-canvas stroke drawn through A
 * reaches a therapist watching through B (LISTEN/NOTIFY), and two members of a group drawing on
 * the shared canvas through different nodes end with the same document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { beginStroke, hiddenOf, strokesOf, visibleStrokes } from '../../src/domain/groups/canvas-model.ts';
import { CanvasProvider } from '../../src/domain/groups/canvas-provider.ts';
import type { SocketLike } from '../../src/domain/groups/canvas-provider.ts';
import { GroupCanvasHub } from '../../src/services/groups/canvas-hub.ts';
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

/** The node's address, listening from the first call on. */
const addresses = new Map<Harness, Promise<string>>();
function addressOf(h: Harness): Promise<string> {
  let p = addresses.get(h);
  if (!p) addresses.set(h, (p = h.app.listen({ port: 0, host: '127.0.0.1' })));
  return p;
}

const until = async (cond: () => boolean, ms = 15_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Opens a group session's canvas as `agent` through the node at `base`; resolves once synced. */
async function openCanvas(base: string, agent: Agent, sessionId: string) {
  const doc = new Y.Doc();
  const notices: string[] = [];
  const closed: number[] = [];
  const p = new CanvasProvider(doc, `${base.replace('http', 'ws')}/api/group-sessions/${sessionId}/canvas/socket`, {
    createSocket: (url) => new WebSocket(url, { headers: { cookie: `hearth_session=${agent.cookie}`, origin: base } }) as unknown as SocketLike,
    retryMs: 100,
    onNotice: (n) => notices.push(n.type),
    onStatus: (s, d) => {
      if (d && (s === 'closed' || s === 'offline')) closed.push(d.code);
    },
  });
  await until(() => p.synced).catch((e: unknown) => {
    throw new Error(`not synced (${p.status}, closed ${closed.join(',')}): ${String(e)}`);
  });
  return { doc, p, notices, closed };
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
    const addressB = await addressOf(b);
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

  it('a new crisis alert stored through node A is pushed to the therapist’s badge stream on node B, and its acknowledgement too', async () => {
    const addressB = await addressOf(b);
    const stream = await fetch(`${addressB}/api/alerts/events`, { headers: { accept: 'text/event-stream', cookie: `hearth_session=${therapistA.cookie}` } });
    expect(stream.status).toBe(200);
    const counts: { open: number }[] = [];
    const reading = readEvents(stream, (ev) => {
      counts.splice(0, counts.length, ...ev.filter((e) => e.event === 'count').map((e) => e.data as { open: number }));
      return counts.length >= 3;
    });
    // The first count is sent at once; wait for it so the stream is surely listening.
    await expect.poll(() => counts.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = counts[0]!.open;
    const wrote = await clientA.post(`/api/clients/${clientId}/reflections`, { text: 'I drew the sea. Honestly I have a plan to end my life this weekend.' });
    expect(wrote.statusCode).toBe(201);
    await expect.poll(() => counts.length, { timeout: 10_000 }).toBeGreaterThan(1);
    expect(counts[1]!.open).toBe(before + 1);
    const [alert] = (await therapistA.get('/api/alerts')).json().alerts as { id: string }[];
    expect((await therapistA.post(`/api/alerts/${alert!.id}/acknowledge`, { note: 'Called them.' })).statusCode).toBe(200);
    await reading;
    expect(counts[2]!.open).toBe(before);
  }, 180_000);

  it('a group canvas drawn on through node A and node B converges, presence crosses, a late node syncs from what is stored', async () => {
    const [baseA, baseB] = await Promise.all([addressOf(a), addressOf(b)]);
    const m1 = await addClient(a, therapistA, 'Ada', 'ada@home.test');
    const m2 = await addClient(a, therapistA, 'Bo', 'bo@home.test');
    const g = await therapistA.post('/api/groups', { name: 'Thursday', clientIds: [m1.clientId, m2.clientId] });
    expect(g.statusCode).toBe(201);
    const [id1, id2] = (g.json() as { members: { id: string }[] }).members.map((m) => m.id) as [string, string];
    const s = await therapistA.post(`/api/groups/${g.json().id}/sessions`, { title: 'Shared garden', scheduledAt: a.now().toISOString() });
    const sessionId = (s.json() as { id: string }).id;
    expect((await therapistA.patch(`/api/group-sessions/${sessionId}`, { status: 'in_progress' })).statusCode).toBe(200);

    // Member 1 draws through A before anyone is connected to B.
    const one = await openCanvas(baseA, m1.client, sessionId);
    beginStroke(one.doc, { id: 'early', author: id1, color: '#112233', size: 4, x: 10, y: 10 }, 'local');
    await expect.poll(() => a.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM group_canvas_updates').then((r) => r[0]!.n)).toBeGreaterThan(0);
    // Node B opens the room late: it starts from the stored rows.
    const two = await openCanvas(baseB, m2.client, sessionId);
    const therapistB = await openCanvas(baseB, therapistA, sessionId);
    expect(strokesOf(two.doc).has('early')).toBe(true);

    // Both draw at once, each through their own node, many small updates.
    const p1 = beginStroke(one.doc, { id: 'one', author: id1, color: '#aa0000', size: 4, x: 1, y: 1 }, 'local');
    const p2 = beginStroke(two.doc, { id: 'two', author: id2, color: '#00aa00', size: 6, x: 2, y: 2 }, 'local');
    for (let i = 0; i < 30; i++) {
      p1.push([i, i * 2]);
      p2.push([i * 3, i]);
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    const state = (d: Y.Doc) => JSON.stringify(visibleStrokes(d));
    await until(() => state(one.doc) === state(two.doc) && state(two.doc) === state(therapistB.doc) && strokesOf(one.doc).size === 3);
    expect(
      visibleStrokes(one.doc)
        .map((x) => x.id)
        .sort(),
    ).toEqual(['early', 'one', 'two']);
    expect((strokesOf(one.doc).get('two')!.get('points') as Y.Array<number>).length).toBe(2 + 60);

    // Presence crosses nodes: member 1 (on A) sees member 2's cursor (on B) under the server's name.
    two.p.awareness.setLocalStateField('cursor', { x: 33, y: 44 });
    await until(() => [...one.p.awareness.getStates().values()].some((st) => (st as { cursor?: { x: number } }).cursor?.x === 33));
    const seen = [...one.p.awareness.getStates().values()].find((st) => (st as { cursor?: { x: number } }).cursor?.x === 33) as { user: { author: string } };
    expect(seen.user.author).toBe(id2);

    // The therapist hides a stroke through node A's API: it vanishes on screens connected to B.
    expect((await therapistA.post(`/api/group-sessions/${sessionId}/moderation`, { hide: 'one' })).statusCode).toBe(200);
    await until(() => hiddenOf(two.doc).get('one') === true && hiddenOf(therapistB.doc).get('one') === true);

    // A third node compacts the stored rows (as a room does every 400 updates) while both rooms are open; drawing goes on.
    await new GroupCanvasHub(b.store, () => new Date()).compact(sessionId);
    const count = () =>
      b.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM group_canvas_updates WHERE session_id = $1', [sessionId]).then((r) => r[0]!.n);
    expect(await count()).toBe(1);
    p2.push([500, 500]);
    p1.push([600, 600]);
    await until(() => state(one.doc) === state(two.doc) && (strokesOf(one.doc).get('two')!.get('points') as Y.Array<number>).length === 64);
    expect(await count()).toBe(3);

    // What is stored, read on its own, is what every screen shows (stored once per update, nothing lost).
    const rows = await b.store.db.query<{ update: Uint8Array }>('SELECT update FROM group_canvas_updates WHERE session_id = $1 ORDER BY seq', [sessionId]);
    const stored = new Y.Doc();
    for (const r of rows) Y.applyUpdate(stored, new Uint8Array(r.update));
    expect(state(stored)).toBe(state(one.doc));
    expect(state(stored)).toBe(state(two.doc));

    // Ending the session through A closes the sockets on B too.
    expect((await therapistA.patch(`/api/group-sessions/${sessionId}`, { status: 'completed' })).statusCode).toBe(200);
    await until(() => two.notices.includes('ended') && two.closed.length > 0);
    for (const x of [one, two, therapistB]) x.p.destroy();
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
