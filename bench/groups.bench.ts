/**
 * The shared group canvas under load: a real `hearth serve` process, four members connected over
 * websockets on loopback, each drawing 20 points a second (a new stroke every 2 s) for
 * GROUPS_BENCH_SECONDS (default 20; the figure is 60). Reported: stroke-to-screen latency
 * (a point pushed by one member until it is in each other member's document; median and p95 over
 * every point and receiver), the server process's CPU time as a share of one core over the
 * drawing window (from /proc), and whether all four documents ended identical.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { beginStroke, strokesOf, visibleStrokes } from '../src/domain/groups/canvas-model.ts';
import { CanvasProvider } from '../src/domain/groups/canvas-provider.ts';
import type { SocketLike } from '../src/domain/groups/canvas-provider.ts';
import { round } from './measure.ts';
import type { Figure } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.GROUPS_BENCH_SECONDS ?? 20);
const MEMBERS = 4;
const POINTS_PER_SECOND = 20;
const POINTS_PER_STROKE = 40;
const PASSWORD = 'quiet river lantern 42';

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });

/** A cookie-keeping JSON client. */
function agent(base: string) {
  let cookie = '';
  let csrf = '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length) cookie = set.join('; ');
    const json = (await res.json()) as T & { csrfToken?: string };
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    if (json.csrfToken) csrf = json.csrfToken;
    return json;
  };
  return { call, cookie: () => cookie };
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
const figure = (v: number, unit: string, runs = 1): Figure => ({ median: round(v), min: round(v), max: round(v), unit, runs });

export default async function groupsBench(): Promise<{ figures: Record<string, Figure>; seconds: number; points: number; converged: boolean }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-bench-groups-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ['bin/hearth.js', 'serve', '--data', dataDir, '--port', String(port), '--quiet'], { cwd: ROOT, stdio: 'ignore' });
  const providers: CanvasProvider[] = [];
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 600) throw new Error('hearth serve did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const therapist = agent(base);
    await therapist.call('POST', '/api/setup', { email: 'ana@bench.test', displayName: 'Ana', password: PASSWORD });
    const members: { clientId: string; a: ReturnType<typeof agent> }[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const c = await therapist.call<{ id: string }>('POST', '/api/clients', { displayName: `Member ${i}` });
      const inv = await therapist.call<{ url: string }>('POST', `/api/clients/${c.id}/invites`);
      const a = agent(base);
      await a.call('POST', `/api/invites/by-token/${inv.url.split('/join/')[1]!}/accept`, { email: `m${i}@bench.test`, password: PASSWORD });
      const doc = await a.call<{ version: string }>('GET', '/api/consent/document');
      await a.call('POST', `/api/clients/${c.id}/consent`, { documentVersion: doc.version, scopes: ['builtin_ai', 'group'], signature: `Member ${i}` });
      members.push({ clientId: c.id, a });
    }
    const group = await therapist.call<{ id: string; members: { id: string }[] }>('POST', '/api/groups', {
      name: 'Bench',
      clientIds: members.map((m) => m.clientId),
    });
    const session = await therapist.call<{ id: string }>('POST', `/api/groups/${group.id}/sessions`, { scheduledAt: new Date().toISOString() });
    await therapist.call('PATCH', `/api/group-sessions/${session.id}`, { status: 'in_progress' });

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const docs: Y.Doc[] = [];
    for (const [i, m] of members.entries()) {
      const doc = new Y.Doc();
      const p = new CanvasProvider(doc, `ws://127.0.0.1:${port}/api/group-sessions/${session.id}/canvas/socket`, {
        createSocket: (url) => new WebSocket(url, { headers: { cookie: m.a.cookie(), origin: base } }) as unknown as SocketLike,
      });
      providers.push(p);
      docs.push(doc);
      strokesOf(doc).observeDeep((events, tr) => {
        if (tr.local) return;
        const now = performance.now();
        for (const e of events) {
          if (!(e.target instanceof Y.Array)) continue;
          const strokeId = e.path[0] as string;
          const inserted = e.changes.delta.reduce((n, d) => n + (Array.isArray(d.insert) ? d.insert.length : 0), 0);
          const len = e.target.length;
          for (let k = len - inserted + 2; k <= len; k += 2) {
            const t = sentAt.get(`${strokeId}:${k}`);
            if (t !== undefined) latencies.push(now - t);
          }
        }
      });
      void i;
    }
    for (;;) {
      if (providers.every((p) => p.synced)) break;
      await new Promise((r) => setTimeout(r, 20));
    }

    const cpu0 = cpuSeconds(proc.pid!);
    const t0 = performance.now();
    let points = 0;
    const timers = members.map((_, i) => {
      let stroke: Y.Array<number> | null = null;
      let id = '';
      let n = 0;
      const author = group.members[i]!.id;
      const doc = docs[i]!;
      return setInterval(() => {
        const x = 40 + ((n * 7 + i * 200) % 880);
        const y = 40 + ((n * 13 + i * 130) % 520);
        if (!stroke || n % POINTS_PER_STROKE === 0) {
          id = `m${i}-${n}`;
          stroke = beginStroke(doc, { id, author, color: '#224466', size: 4, x, y }, 'local');
          sentAt.set(`${id}:2`, performance.now());
        } else {
          const s = stroke;
          doc.transact(() => s.push([x, y]), 'points');
          sentAt.set(`${id}:${s.length}`, performance.now());
        }
        n++;
        points++;
      }, 1000 / POINTS_PER_SECOND);
    });
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    timers.forEach(clearInterval);
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(proc.pid!) - cpu0;
    // Let the last updates arrive, then compare the four documents.
    let converged = false;
    for (let i = 0; i < 100 && !converged; i++) {
      const views = docs.map((d) => JSON.stringify(visibleStrokes(d)));
      converged = views.every((v) => v === views[0]);
      if (!converged) await new Promise((r) => setTimeout(r, 50));
    }
    return {
      seconds: SECONDS,
      points,
      converged,
      figures: {
        latencyMedian: figure(median(latencies), 'ms', latencies.length),
        latencyP95: figure(quantile(latencies, 0.95), 'ms', latencies.length),
        serverCpu: figure((cpu / wall) * 100, '% of one core'),
        pointsPerSecond: figure(points / wall, 'points/s'),
      },
    };
  } finally {
    providers.forEach((p) => p.destroy());
    proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
