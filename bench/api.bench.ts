/**
 * `npm run bench api` — request throughput of the real server on the embedded database (a data
 * folder on disk, as `npm start` runs), each figure beside a bare Fastify route measured in the
 * same run on the same machine (the ceiling for this machine at that moment):
 *   - bare: a Fastify route that returns a constant (another server in this process);
 *   - health: `/api/health`;
 *   - me: `/api/auth/me` (session lookup, no audit entry);
 *   - audited read: `GET /api/clients/:id` (session + access check + one audit-chain entry each).
 * Each figure is the median req/s of several autocannon runs (10 connections).
 * With `HEARTH_BENCH_PG=postgres://…` the audited read is measured on PostgreSQL as well.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { buildApp } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';
import { round } from './measure.ts';

const RUNS = Number(process.env.HEARTH_BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.HEARTH_BENCH_SECONDS ?? 4);
const PASSWORD = 'quiet river lantern 42';
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

interface Target {
  url: string;
  headers?: Record<string, string>;
}

/**
 * One autocannon run in a child process (so this process's CPU time is the server's alone):
 * requests per second, p99 latency, and the server's CPU milliseconds per request — the figure
 * that holds on a busy machine, where wall-clock throughput depends on what else runs.
 */
async function reqPerSec(t: Target, seconds = SECONDS): Promise<{ rps: number; p99: number; errors: number; cpuMs: number }> {
  const args = [AUTOCANNON, '-j', '-c', '10', '-d', String(seconds)];
  for (const [k, v] of Object.entries(t.headers ?? {})) args.push('-H', `${k}=${v}`);
  args.push(t.url);
  const cpu0 = process.cpuUsage();
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
  const cpu = process.cpuUsage(cpu0);
  const r = JSON.parse(out) as { requests: { average: number; total: number }; latency: { p99: number }; errors: number; non2xx: number };
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx, cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, r.requests.total) };
}

async function median(t: Target): Promise<Record<string, number | string>> {
  await reqPerSec(t, 1); // warm-up
  const runs: { rps: number; p99: number; errors: number; cpuMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await reqPerSec(t));
  runs.sort((a, b) => a.rps - b.rps);
  const mid = runs[Math.floor(runs.length / 2)]!;
  return {
    median: round(mid.rps, 0),
    min: round(runs[0]!.rps, 0),
    max: round(runs[runs.length - 1]!.rps, 0),
    unit: 'req/s',
    runs: RUNS,
    p99Ms: mid.p99,
    /** Server CPU per request (ms): 1000 / this is what one free core would serve. */
    cpuMsPerRequest: round(mid.cpuMs, 3),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

async function json(res: Response): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Starts Hearth on `storeOpts`, makes a therapist and one client, and returns the targets. */
async function startHearth(storeOpts: Parameters<typeof openStore>[0]) {
  const store = await openStore(storeOpts);
  const built = await buildApp({ store, config: { logLevel: false, loginAttemptsPerMinute: 100_000 } });
  const base = await built.app.listen({ port: 0, host: '127.0.0.1' });
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'bench@clinic.test', displayName: 'Bench Therapist', password: PASSWORD }),
  });
  const cookie = /hearth_session=([^;]+)/.exec(setup.headers.get('set-cookie') ?? '')?.[1];
  const me = await json(setup);
  if (!cookie) throw new Error('no session cookie from setup');
  const headers = { cookie: `hearth_session=${cookie}`, origin: base };
  const client = await json(
    await fetch(`${base}/api/clients`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': String(me.csrfToken) },
      body: JSON.stringify({ displayName: 'Bench Client' }),
    }),
  );
  return {
    base,
    headers,
    clientId: String(client.id),
    close: async () => {
      await built.app.close();
      await store.close();
    },
  };
}

export default async function bench() {
  const bare = Fastify({ logger: false });
  bare.get('/', () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-api-'));
  const figures: Record<string, unknown> = {};
  try {
    const h = await startHearth({ dataDir: dir, s3: null });
    try {
      figures.bareFastify = await median({ url: bareUrl });
      figures.health = await median({ url: `${h.base}/api/health` });
      figures.authMe = await median({ url: `${h.base}/api/auth/me`, headers: h.headers });
      figures.auditedRead = await median({ url: `${h.base}/api/clients/${h.clientId}`, headers: h.headers });
    } finally {
      await h.close();
    }
    const pg = process.env.HEARTH_BENCH_PG;
    if (pg) {
      const p = await startHearth({ databaseUrl: pg, dataDir: join(dir, 'pg'), s3: null });
      try {
        figures.auditedReadPostgres = await median({ url: `${p.base}/api/clients/${p.clientId}`, headers: p.headers });
      } finally {
        await p.close();
      }
    }
  } finally {
    await bare.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { figures, note: `${RUNS} × ${SECONDS} s autocannon runs, 10 connections; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}` };
}
