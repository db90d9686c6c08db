/**
 * Backup with a big data folder: peak memory (max RSS) of `hearth backup` and `hearth restore`,
 * and how `/api/health` answers on a running server while it backs up (p50/p99/max of sequential
 * probes), for this checkout and, with --before DIR, another checkout (e.g. /work/main) on the
 * same folder. The folder: one real installation (therapist, client, one upload) whose artwork
 * row is cloned --files times, each clone naming its own file of --mb-per-file random bytes.
 *
 *   npx tsx bench/backup-memory.ts --files 500 --mb-per-file 1 [--before /work/main]
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { addClient, createHarness, pngDrawing, setupTherapist } from '../test/helpers/harness.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { files: { type: 'string' }, 'mb-per-file': { type: 'string' }, before: { type: 'string' } } });
const FILES = Number(values.files ?? 500);
const MB = Number(values['mb-per-file'] ?? 1);
const PASS = 'bench passphrase 12345';
const here = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'hearth-bk-bench-'));

async function seed(dataDir: string): Promise<void> {
  const h = await createHarness({}, { dataDir });
  const therapist = await setupTherapist(h);
  const { clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
  await client.upload(clientId, await pngDrawing(64, 64), 'p.png');
  const [art] = await h.store.db.query<{ id: string; blob_key: string }>('SELECT id, blob_key FROM artworks LIMIT 1');
  for (let i = 0; i < FILES; i++) {
    const key = art!.blob_key.replace(/[^/]+$/, `bench-${i}.bin`);
    await h.store.blobs.put(key, randomBytes(MB * 1024 * 1024));
    await h.store.db.query(
      `INSERT INTO artworks SELECT (json_populate_record(NULL::artworks, (row_to_json(a)::jsonb || jsonb_build_object('id', $2::text, 'blob_key', $3::text))::json)).* FROM artworks a WHERE id = $1`,
      [art!.id, randomUUID(), key],
    );
  }
  await h.close();
}

async function timed(root: string, args: string[]): Promise<{ ms: number; maxRssMb: number }> {
  const t = performance.now();
  const r = await run('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, 'bin/hearth.js', ...args], {
    cwd: root,
    env: { ...process.env, HEARTH_BACKUP_PASSPHRASE: PASS },
    maxBuffer: 1 << 24,
  });
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)![1]);
  return { ms: Math.round(performance.now() - t), maxRssMb: Math.round(kb / 1024) };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function underServer(root: string, dataDir: string, out: string) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(process.execPath, ['bin/hearth.js', 'serve', '--data', dataDir, '--port', String(port), '--quiet'], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/api/health`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up */
    }
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const probe = async (until: () => boolean) => {
    const lat: number[] = [];
    while (!until()) {
      const t = performance.now();
      await (await fetch(url)).arrayBuffer();
      lat.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 10));
    }
    return lat;
  };
  const t0 = Date.now();
  const idle = await probe(() => Date.now() - t0 > 2000);
  const hwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))![1]) / 1024;
  const rssBefore = hwm();
  let done = false;
  const backup = timed(root, ['backup', '--out', out, '--data', dataDir]).finally(() => (done = true));
  const during = await probe(() => done);
  const b = await backup;
  const serverPeak = hwm();
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  const f = (xs: number[]) => ({ n: xs.length, p50: Math.round(pct(xs, 50)), p99: Math.round(pct(xs, 99)), max: Math.round(Math.max(...xs)) });
  return {
    backupMs: b.ms,
    cliMaxRssMb: b.maxRssMb,
    serverPeakRssMb: Math.round(serverPeak),
    serverRssBeforeMb: Math.round(rssBefore),
    healthIdle: f(idle),
    healthDuring: f(during),
  };
}

async function measure(label: string, root: string, dataDir: string) {
  const out = join(work, `${label}.backup`);
  const offline = await timed(root, ['backup', '--out', out, '--data', dataDir]);
  const bytes = statSync(out).size;
  const restoreDir = join(work, `${label}-restored`);
  const restore = await timed(root, ['restore', out, '--data', restoreDir, '--master-key-file', join(dataDir, 'keys', 'master.key')]);
  rmSync(restoreDir, { recursive: true, force: true });
  rmSync(out);
  const live = await underServer(root, dataDir, join(work, `${label}-live.backup`));
  rmSync(join(work, `${label}-live.backup`), { force: true });
  return { label, backupBytes: bytes, backup: offline, restore, live };
}

const dataDir = join(work, 'data');
const t = performance.now();
await seed(dataDir);
const seeded = Math.round(performance.now() - t);
const results = [];
if (values.before) results.push(await measure('before', resolve(values.before), dataDir));
results.push(await measure('after', here, dataDir));
console.log(JSON.stringify({ files: FILES, mbPerFile: MB, seedMs: seeded, results }, null, 2));
rmSync(work, { recursive: true, force: true });
