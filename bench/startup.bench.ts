/**
 * `npm run bench startup` — how long `hearth` takes to start, each figure the median of several
 * cold process starts beside a bare `node -e 0` measured in the same run (the floor on this
 * machine at that moment):
 *   - help: `hearth --help` (target ≤ 1 s);
 *   - generate: `hearth generate --prompt x --out …` — one 512² picture with the built-in engine (≤ 1.5 s);
 *   - serveReady: `hearth serve` on an existing data folder until `/api/health` first answers 200 (≤ 2 s).
 * The compiled build (dist/node) is brought up to date first and not timed. Beside each wall-clock
 * figure, `cpu` is the median CPU time (user + system, from /usr/bin/time when the machine has it)
 * of the same starts — less sensitive to the machine's load than the wall clock; for serveReady
 * it is the server's own CPU time until it answered (from /proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { round } from './measure.ts';

const RUNS = Number(process.env.HEARTH_BENCH_RUNS ?? 5);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEARTH = join(ROOT, 'bin', 'hearth.js');
const TIME = '/usr/bin/time';
const CPU_MARK = 'hearth-bench-cpu ';

interface Timed {
  ms: number;
  /** CPU time (user + system) in ms, when /usr/bin/time is there. */
  cpu?: number;
}

/** Spawns node with args, under /usr/bin/time when the machine has it (its line is taken off stderr). */
function spawnNode(args: string[], env: NodeJS.ProcessEnv) {
  const timed = existsSync(TIME);
  const p = timed
    ? spawn(TIME, ['-f', `${CPU_MARK}%U %S`, process.execPath, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const cpu = (): number | undefined => {
    const m = new RegExp(`${CPU_MARK}([\\d.]+) ([\\d.]+)`).exec(err);
    return m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
  };
  return { p, cpu, stderr: () => err.replaceAll(/hearth-bench-cpu .*\n?/g, '') };
}

/** CPU time (user + system, ms) a running process has used so far, from /proc (Linux; 100 ticks a second), else undefined. */
function procCpu(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const { p, cpu, stderr } = spawnNode(args, { ...process.env, ...env });
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 ? resolve({ ms: performance.now() - t, cpu: cpu() }) : reject(new Error(`${args.join(' ')} exited ${code}: ${stderr().slice(0, 400)}`)),
    );
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

/**
 * Starts `hearth serve` and returns the ms until /api/health first answers 200 (then stops it and
 * waits for it to exit; the CPU time is the whole process's).
 */
async function serveReady(dataDir: string): Promise<Timed> {
  const port = await freePort();
  const t = performance.now();
  // Not under /usr/bin/time: its CPU time, read from /proc when ready, is that of the start alone.
  const p = spawn(process.execPath, [HEARTH, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, HEARTH_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const stderr = () => err;
  let cpu: number | undefined;
  const closed = new Promise<void>((resolve) => p.on('close', () => resolve()));
  let ms: number | undefined;
  try {
    for (;;) {
      if (p.exitCode !== null) throw new Error(`hearth serve exited ${p.exitCode}: ${stderr().slice(0, 400)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        ms = performance.now() - t;
        cpu = procCpu(p.pid!);
        break;
      }
      if (performance.now() - t > 120_000) throw new Error('hearth serve did not become ready within 120 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    p.kill('SIGTERM');
    await closed;
  }
  return { ms, cpu };
}

const mid = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function median(fn: () => Promise<Timed>): Promise<Record<string, number | string>> {
  const runs: Timed[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await fn());
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const cpus = runs.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  return {
    median: round(mid(times), 0),
    min: round(times[0]!, 0),
    max: round(times[times.length - 1]!, 0),
    unit: 'ms',
    runs: RUNS,
    ...(cpus.length === RUNS ? { cpuMedian: round(mid(cpus), 0) } : {}),
  };
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
