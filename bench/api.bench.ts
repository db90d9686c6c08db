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
 *
 * `npm run bench api -- --pg` instead: a throwaway PostgreSQL cluster (initdb + pg_ctl, as
 * test/setup/postgres.ts starts one, but with fsync on: an audit entry must be durable), two
 * `hearth serve` processes on one database, and autocannon against each node at once (10
 * connections each); the figure is the sum, beside bare Fastify from the same run. CPU per
 * request is given for the two nodes together and for PostgreSQL's processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
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

/** CPU ms so far of the processes `pids` (Linux /proc; 0 for one that is gone). */
function cpuMsOf(pids: number[]): number {
  const tick = 1000 / 100; // USER_HZ
  let ms = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ms += (Number(f[11]) + Number(f[12])) * tick;
    } catch {
      /* gone */
    }
  }
  return ms;
}

/** The processes named `postgres` (the cluster's server processes). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
}

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

/** A throwaway cluster in a temporary folder on its own port, as test/setup/postgres.ts makes one (fsync left on). */
async function startCluster(root: string): Promise<{ url: string; stop: () => void }> {
  const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
  const initdb = which('initdb');
  const pgCtl = which('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('--pg needs initdb and pg_ctl on PATH');
  const dataDir = join(root, 'pgdata');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
  if (asRoot) {
    chmodSync(root, 0o755);
    chownSync(root, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  }
  run(initdb, ['-D', dataDir, '-U', 'hearth', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  run(pgCtl, ['-D', dataDir, '-l', join(root, 'log.txt'), '-w', '-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100`, 'start']);
  return { url: `postgres://hearth@127.0.0.1:${port}/postgres`, stop: () => void run(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']) };
}

/** `hearth serve` as its own process on `databaseUrl`; resolves once /api/health answers. */
async function startNode(databaseUrl: string, dataDir: string): Promise<{ base: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const bin = join(import.meta.dirname, '..', 'bin', 'hearth.js');
  const p = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HEARTH_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => p.on('exit', () => r()));
  for (let i = 0; ; i++) {
    if (p.exitCode !== null) throw new Error(`hearth serve exited ${p.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 6000) throw new Error('hearth serve did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    base,
    pid: p.pid!,
    stop: async () => {
      p.kill('SIGTERM');
      await exited;
    },
  };
}

/** Two nodes on one PostgreSQL, driven at once; the audited read's summed req/s beside bare Fastify. */
async function benchTwoNodes(): Promise<{ figures: Record<string, unknown>; note: string }> {
  const root = mkdtempSync(join(tmpdir(), 'hearth-bench-pg-'));
  const bare = Fastify({ logger: false });
  bare.get('/', () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const cluster = await startCluster(root);
  const nodes: Awaited<ReturnType<typeof startNode>>[] = [];
  try {
    const dataDir = join(root, 'data');
    nodes.push(await startNode(cluster.url, dataDir)); // the first migrates the database
    nodes.push(await startNode(cluster.url, dataDir));
    const a = nodes[0]!.base;
    const setup = await fetch(`${a}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: a },
      body: JSON.stringify({ email: 'bench@clinic.test', displayName: 'Bench Therapist', password: PASSWORD }),
    });
    const cookie = /hearth_session=([^;]+)/.exec(setup.headers.get('set-cookie') ?? '')?.[1];
    const me = await json(setup);
    if (!cookie) throw new Error('no session cookie from setup');
    const client = await json(
      await fetch(`${a}/api/clients`, {
        method: 'POST',
        headers: { cookie: `hearth_session=${cookie}`, origin: a, 'content-type': 'application/json', 'x-csrf-token': String(me.csrfToken) },
        body: JSON.stringify({ displayName: 'Bench Client' }),
      }),
    );
    const targets = nodes.map((n) => ({ url: `${n.base}/api/clients/${String(client.id)}`, headers: { cookie: `hearth_session=${cookie}`, origin: n.base } }));
    const figures: Record<string, unknown> = { bareFastify: await median({ url: bareUrl }) };
    await Promise.all(targets.map((t) => reqPerSec(t, 1))); // warm-up
    const runs: { rps: number; p99: number; errors: number; nodeCpuMs: number; pgCpuMs: number; perNode: number[] }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const pids = nodes.map((n) => n.pid);
      const pgPids = postgresPids();
      const n0 = cpuMsOf(pids);
      const p0 = cpuMsOf(pgPids);
      const each = await Promise.all(targets.map((t) => reqPerSec(t)));
      const total = each.reduce((n, r) => n + r.rps * SECONDS, 0);
      const pgNow = postgresPids();
      runs.push({
        rps: each.reduce((n, r) => n + r.rps, 0),
        p99: Math.max(...each.map((r) => r.p99)),
        errors: each.reduce((n, r) => n + r.errors, 0),
        nodeCpuMs: (cpuMsOf(pids) - n0) / Math.max(1, total),
        // Backends that began during the run count from zero (the pools keep theirs open).
        pgCpuMs: (cpuMsOf(pgNow) - p0) / Math.max(1, total),
        perNode: each.map((r) => round(r.rps, 0)),
      });
    }
    runs.sort((x, y) => x.rps - y.rps);
    const mid = runs[Math.floor(runs.length / 2)]!;
    figures.auditedReadTwoNodesPostgres = {
      median: round(mid.rps, 0),
      min: round(runs[0]!.rps, 0),
      max: round(runs[runs.length - 1]!.rps, 0),
      unit: 'req/s',
      runs: RUNS,
      perNode: mid.perNode,
      p99Ms: mid.p99,
      /** Both app nodes' CPU per request (ms). */
      nodeCpuMsPerRequest: round(mid.nodeCpuMs, 3),
      /** PostgreSQL's processes' CPU per request (ms). */
      postgresCpuMsPerRequest: round(mid.pgCpuMs, 3),
      errors: runs.reduce((n, r) => n + r.errors, 0),
    };
    return {
      figures,
      note: `two hearth serve nodes on one PostgreSQL 15 (fsync on), ${RUNS} × ${SECONDS} s autocannon runs, 10 connections per node; load average ${loadavg()[0]!.toFixed(1)}`,
    };
  } finally {
    await Promise.allSettled(nodes.map((n) => n.stop()));
    await bare.close();
    try {
      cluster.stop();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

export default async function bench() {
  if (process.argv.includes('--pg')) return benchTwoNodes();
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
