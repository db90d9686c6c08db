/**
 * `npm run bench jobs` — is the server still answering while clients make big pictures?
 *
 * Starts `hearth serve` (the compiled build, as an operator runs it) on a fresh data folder, signs
 * up a therapist and four clients over HTTP, then has the four clients each ask for four 2048²
 * pictures at once while a probe asks `/api/health` every 25 ms, one of them downloads their whole
 * record (two 120 s pieces rendered into it), and the therapist reads a client's record (an
 * audited read) every 25 ms. Reports both probes' p50/p99/max with the server idle and under that
 * load, how long the pictures and the export took.
 *
 * Then one client downloads a 240 s music piece (rendered as it is sent) while the probe runs
 * again: `musicPlaying` is `/api/health` during that render. Then three clients each listen to a
 * steered 30 s piece at once and steer it three times: `steeredPlaying` is `/api/health` meanwhile,
 * `steerCommand` how long a command took to answer. HEARTH_BENCH_JOBS=music skips the pictures
 * (quicker, for the music figures alone).
 *
 * HEARTH_BENCH_BEFORE=/path/to/an/older/checkout runs the same load against that checkout's
 * `bin/hearth.js` too (e.g. `git archive <commit> | tar -x -C /tmp/before` with node_modules
 * linked), so the report carries before → after from one run on one machine.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './measure.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'quiet river lantern 42';
const CLIENTS = 4;
const SIZE = 2048;
const COUNT = 4;
/** Steered playbacks at once (the third phase). */
const STEERED = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * One request on its own connection (no keep-alive: a server whose event loop was blocked may
 * close an idle kept-alive socket just as the next request is sent on it).
 */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string; setCookie: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, setCookie: String(res.headers['set-cookie'] ?? '') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

class Session {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const headers: Record<string, string> = { origin: this.base };
    if (this.cookie) headers.cookie = `hearth_session=${this.cookie}`;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await send(this.base + path, method, headers, body === undefined ? undefined : JSON.stringify(body));
    const set = /hearth_session=([^;]*)/.exec(res.setCookie);
    if (set) this.cookie = set[1]!;
    const json = (res.text ? JSON.parse(res.text) : {}) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 200)}`);
    return { status: res.status, json };
  }
}

async function startServer(root: string, port: number, data: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin', 'hearth.js'), 'serve', '--port', String(port), '--data', data, '--quiet'], {
    env: { ...process.env, HEARTH_LOG_LEVEL: 'error', HEARTH_SOUNDBANK: 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`hearth serve exited: ${err}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`hearth serve did not start: ${err}`);
}

/**
 * Asks `path` (default /api/health) every `everyMs` until `stop` resolves; returns the latencies
 * (ms). With a session it is an authenticated, audited read as that user.
 */
async function probe(base: string, stop: Promise<unknown>, everyMs = 25, path = '/api/health', as?: Session): Promise<number[]> {
  let done = false;
  void stop.finally(() => (done = true));
  const times: number[] = [];
  const headers: Record<string, string> = as ? { cookie: `hearth_session=${as.cookie}` } : {};
  while (!done) {
    const t = performance.now();
    const r = await send(`${base}${path}`, 'GET', headers);
    if (r.status !== 200) throw new Error(`probe ${path}: ${r.status}`);
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return times;
}

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), max: round(s.at(-1) ?? 0), samples: s.length, unit: 'ms' };
}

async function run(root: string) {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'hearth-bench-jobs-'));
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(root, port, data);
  try {
    const therapist = new Session(base);
    await therapist.call('POST', '/api/setup', { email: 'ana@clinic.test', displayName: 'Ana Therapist', password: PASSWORD });
    const doc = (await therapist.call('GET', '/api/consent/document')).json as { version: string };
    const clients: { s: Session; id: string }[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const id = (await therapist.call('POST', '/api/clients', { displayName: `Client ${i + 1}` })).json.id as string;
      const url = (await therapist.call('POST', `/api/clients/${id}/invites`)).json.url as string;
      const s = new Session(base);
      await s.call('POST', `/api/invites/by-token/${url.split('/join/')[1]}/accept`, { email: `c${i}@home.test`, password: PASSWORD });
      await s.call('POST', `/api/clients/${id}/consent`, {
        documentVersion: doc.version,
        scopes: ['builtin_ai', 'insights', 'music'],
        signature: `Client ${i + 1}`,
      });
      clients.push({ s, id });
    }
    const musicOnly = process.env.HEARTH_BENCH_JOBS === 'music';
    const pictures = musicOnly ? undefined : await picturesUnderLoad(base, clients, therapist);
    return { ...pictures, ...(await musicUnderLoad(base, clients[0]!)), ...(await steeredUnderLoad(base, clients.slice(0, STEERED))) };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(data, { recursive: true, force: true });
  }
}

/** /api/health while one client's 240 s piece is rendered and downloaded (after a short warm-up piece). */
async function musicUnderLoad(base: string, c: { s: Session; id: string }) {
  const compose = async (seconds: number) =>
    (await c.s.call('POST', `/api/clients/${c.id}/music`, { prompt: 'slow calm piano and strings', seconds, sampleRate: 44100, seed: 7 })).json.id as string;
  const download = async (id: string) => {
    const res = await fetch(`${base}/api/music/${id}/audio`, { headers: { cookie: `hearth_session=${c.s.cookie}` } });
    if (!res.ok) throw new Error(`audio: ${res.status}`);
    return (await res.arrayBuffer()).byteLength;
  };
  await download(await compose(30));
  const id = await compose(240);
  const idle = await probe(base, new Promise((r) => setTimeout(r, 2000)));
  const t = performance.now();
  const playing = download(id);
  const busy = await probe(base, playing);
  const bytes = await playing;
  return { musicIdle: stats(idle), musicPlaying: stats(busy), musicRenderMs: round(performance.now() - t), musicBytes: bytes };
}

/**
 * /api/health while STEERED clients each listen to a steered playback of a 30 s piece (paced at
 * real time, read as the browser does) and steer it three times as it plays; also how long each
 * steer command took to answer.
 */
async function steeredUnderLoad(base: string, listeners: { s: Session; id: string }[]) {
  const started = await Promise.all(
    listeners.map(async (c, i) => {
      const piece = (await c.s.call('POST', `/api/clients/${c.id}/music`, { prompt: 'flowing piano at 96 bpm', seconds: 30, sampleRate: 44100, seed: 20 + i })).json;
      const steering = (await c.s.call('POST', `/api/music/${String(piece.id)}/steering`)).json;
      return { c, pieceId: String(piece.id), steeringId: String(steering.id), audioUrl: String(steering.audioUrl) };
    }),
  );
  const steerMs: number[] = [];
  const play = Promise.all(
    started.map(async ({ c, pieceId, steeringId, audioUrl }) => {
      const res = await fetch(base + audioUrl, { headers: { cookie: `hearth_session=${c.s.cookie}` } });
      if (!res.ok || !res.body) throw new Error(`steered audio: ${res.status}`);
      let got = 0;
      let next = 5;
      const steers: Promise<void>[] = [];
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        got += chunk.length;
        if (next <= 20 && got > 44 + next * 44100 * 4) {
          next += 7;
          const t = performance.now();
          steers.push(c.s.call('POST', `/api/music/${pieceId}/steering/${steeringId}`, { command: 'slower' }).then(() => void steerMs.push(performance.now() - t)));
        }
      }
      await Promise.all(steers);
      return got;
    }),
  );
  const busy = await probe(base, play);
  const bytes = await play;
  return { steeredPlaying: stats(busy), steerCommand: stats(steerMs), steeredStreams: listeners.length, steeredBytes: bytes.reduce((a, b) => a + b, 0) };
}

async function picturesUnderLoad(base: string, clients: { s: Session; id: string }[], therapist: Session) {
  {
    // Warm-up: one small picture per client (threads started, code compiled).
    await Promise.all(clients.map((c) => c.s.call('POST', `/api/clients/${c.id}/generate`, { prompt: 'a warm-up', width: 64, height: 64 })));
    const idle = await probe(base, new Promise((r) => setTimeout(r, 3000)));
    const started = performance.now();
    const perClient: number[] = [];
    const load = Promise.all(
      clients.map(async (c, i) => {
        const t = performance.now();
        await c.s.call('POST', `/api/clients/${c.id}/generate`, {
          prompt: `a wide calm sea under stars ${i}`,
          width: SIZE,
          height: SIZE,
          count: COUNT,
          seed: i,
        });
        perClient.push(performance.now() - t);
      }),
    );
    // Meanwhile one client downloads their whole record (ZIP + PDF, streamed, with two 120 s pieces
    // rendered into it), and the therapist
    // reads a client's record (an audited read) every 25 ms.
    const exporter = clients[CLIENTS - 1]!;
    for (const seed of [1, 2]) {
      await exporter.s.call('POST', `/api/clients/${exporter.id}/music`, { prompt: 'slow calm piano and strings', seconds: 120, sampleRate: 44100, seed });
    }
    await exporter.s.call('POST', '/api/auth/reauth', { password: PASSWORD }); // the full record asks for the password again
    const exportStarted = performance.now();
    const exported = fetch(`${base}/api/clients/${exporter.id}/export`, { headers: { cookie: `hearth_session=${exporter.s.cookie}` } }).then(async (r) => {
      if (!r.ok) throw new Error(`export: ${r.status} ${await r.text()}`);
      const bytes = (await r.arrayBuffer()).byteLength;
      return { bytes, ms: round(performance.now() - exportStarted) };
    });
    const all = Promise.all([load, exported]);
    const [busy, reads] = await Promise.all([probe(base, all), probe(base, all, 25, `/api/clients/${clients[0]!.id}`, therapist)]);
    const [, exportFigures] = await all;
    return {
      idle: stats(idle),
      underLoad: stats(busy),
      auditedReadUnderLoad: stats(reads),
      exportBytes: exportFigures.bytes,
      exportMs: exportFigures.ms,
      allPicturesMs: round(performance.now() - started),
      perClientMedianMs: round([...perClient].sort((a, b) => a - b)[Math.floor(perClient.length / 2)] ?? 0),
    };
  }
}

export default async function bench() {
  const before = process.env.HEARTH_BENCH_BEFORE;
  const figures: Record<string, unknown> = {};
  if (before) figures.before = await run(before);
  figures.after = await run(ROOT);
  return {
    load: `${CLIENTS} clients × ${COUNT} pictures of ${SIZE}² while one exports their record and the therapist reads a record every 25 ms, then one 240 s music piece downloaded`,
    figures,
  };
}
