/**
 * `npm run bench startup` — how long `hearth` takes to start, each figure the median of several
 * cold process starts beside a bare `node -e 0` measured in the same run (the floor on this
 * machine at that moment):
 *   - help: `hearth --help` (target ≤ 1 s);
 *   - generate: `hearth generate --prompt x --out …` — one 512² picture with the built-in engine (≤ 1.5 s);
 *   - serveReady: `hearth serve` on an existing data folder until `/api/health` first answers 200 (≤ 2 s).
 * The compiled build (dist/node) is brought up to date first and not timed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { round } from './measure.ts';

const RUNS = Number(process.env.HEARTH_BENCH_RUNS ?? 5);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEARTH = join(ROOT, 'bin', 'hearth.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const p = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve(performance.now() - t) : reject(new Error(`${args.join(' ')} exited ${code}: ${err.slice(0, 400)}`))));
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

/** Starts `hearth serve` and returns the ms until /api/health first answers 200 (then stops it and waits for it to exit). */
async function serveReady(dataDir: string): Promise<number> {
  const port = await freePort();
  const t = performance.now();
  const p = spawn(process.execPath, [HEARTH, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, HEARTH_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => p.on('exit', () => resolve()));
  try {
    for (;;) {
      if (p.exitCode !== null) throw new Error(`hearth serve exited ${p.exitCode}: ${err.slice(0, 400)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - t;
      if (performance.now() - t > 120_000) throw new Error('hearth serve did not become ready within 120 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    p.kill('SIGTERM');
    await exited;
  }
}

async function median(fn: () => Promise<number>): Promise<Record<string, number | string>> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await fn());
  times.sort((a, b) => a - b);
  return { median: round(times[Math.floor(times.length / 2)]!, 0), min: round(times[0]!, 0), max: round(times[times.length - 1]!, 0), unit: 'ms', runs: RUNS };
}

export default async function bench() {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-startup-'));
  const dataDir = join(dir, 'data');
  const out = join(dir, 'x.png');
  try {
    // Not timed: bring the build up to date, make the data folder, warm the file cache.
    await run([HEARTH, '--help']);
    await run([HEARTH, 'generate', '--prompt', 'x', '--out', out]);
    await serveReady(dataDir);
    const load = loadavg()[0]!;
    const figures = {
      nodeBare: await median(() => run(['-e', '0'])),
      help: await median(() => run([HEARTH, '--help'])),
      generate: await median(() => run([HEARTH, 'generate', '--prompt', 'x', '--out', out])),
      serveReady: await median(() => serveReady(dataDir)),
    };
    return { figures, note: `median of ${RUNS} process starts each; load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
