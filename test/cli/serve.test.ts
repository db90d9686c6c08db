/** `hearth` as a process: start-up validation, the data folder lock, graceful shutdown, demo, audit verify. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { newInstallation, ROOT, removeDir, startServer } from '../helpers/e2e.ts';
import { pngDrawing } from '../helpers/harness.ts';
import { runCliInProcess } from './process.ts';

const run = promisify(execFile);
const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'hearth-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach(removeDir));

async function hearth(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['bin/hearth.js', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('hearth CLI', () => {
  it('lists every command in --help', async () => {
    const r = await hearth(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'demo', 'analyze', 'screen', 'audit', 'keys', 'admin']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  }, 120_000); // generous timeouts here: processes start slowly on a busy 2-core machine

  it('refuses bad settings at start-up with one clear line', async () => {
    const file = join(temp(), 'not-a-folder');
    writeFileSync(file, 'x');
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['serve', '--port', '70000'], {}, /--port must be between 1 and 65535, got 70000/],
      [['serve', '--port', 'eighty'], {}, /--port must be a port number/],
      [['serve'], { HEARTH_PORT: '-1' }, /HEARTH_PORT must be a port number/],
      [['serve', '--data', file], {}, /is a file, not a folder/],
      [['serve'], { DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:\/\//],
      [['serve', '--nope'], {}, /unknown option --nope; see hearth serve --help/],
      [['frobnicate'], {}, /unknown command "frobnicate"/],
    ];
    // The first and the last as real processes (bin/hearth.js turns main's code into the exit
    // status); the others through the same `main` in this process, one after another.
    const asProcess = new Set([0, cases.length - 1]);
    const spawned = await Promise.all(cases.map(([args, env], i) => (asProcess.has(i) ? hearth(args, env) : null)));
    const results: { code: number; stderr: string }[] = [];
    for (const [i, [args, env]] of cases.entries()) results.push(spawned[i] ?? (await runCliInProcess(args, env)));
    for (const [i, [args, , message]] of cases.entries()) {
      const r = results[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  }, 180_000);

  it('refuses a second serve or a demo on a folder in use, and frees it after SIGTERM with every write kept', async () => {
    // An unused installation (the run's template): what matters here is the lock and the stop, not a first start.
    const server = await startServer({ dataDir: newInstallation(temp()) });
    try {
      const second = await hearth(['serve', '--data', server.dataDir, '--port', '8093']);
      expect(second.code).toBe(3);
      expect(second.stderr).toMatch(/in use by another Hearth process \(pid \d+, "hearth serve"/);
      const demo = await hearth(['demo', '--data', server.dataDir]);
      expect(demo.code).toBe(3);

      // Set up, then start an upload and send SIGTERM while requests are in flight.
      const setup = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@clinic.test', displayName: 'Ana', password: 'quiet river lantern' }),
      });
      expect(setup.status).toBe(201);
      const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await setup.json()) as { csrfToken: string };
      const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
      const client = (await (await fetch(`${server.url}/api/clients`, { method: 'POST', headers, body: JSON.stringify({ displayName: 'Robin' }) })).json()) as {
        id: string;
      };
      const form = new FormData();
      form.set('file', new Blob([Buffer.from(await pngDrawing(400, 300))], { type: 'image/png' }), 'x.png');
      form.set('title', 'Last one before shutdown');
      const uploads = Array.from({ length: 5 }, () =>
        fetch(`${server.url}/api/clients/${client.id}/artworks`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: form }).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await new Promise((r) => setTimeout(r, 20));
      const exit = await server.stop('SIGTERM');
      const statuses = await Promise.all(uploads);
      expect(exit).toBe(0);
      expect(server.output()).toMatch(/All data is saved/);
      const accepted = statuses.filter((s) => s === 201).length;
      const store = await openStore({ dataDir: server.dataDir });
      try {
        // Every upload the server acknowledged is on disk, with its file.
        const works = await store.artworks.listForClient(client.id);
        expect(works.length).toBe(accepted);
        for (const w of works) expect(await store.blobs.exists(w.blobKey)).toBe(true);
        expect((await store.audit.verify()).ok).toBe(true);
        // The clean stop signed a checkpoint of the whole log, outside the database.
        const lines = readFileSync(join(server.dataDir, 'audit-checkpoints.jsonl'), 'utf8').trim().split('\n');
        expect((JSON.parse(lines.at(-1)!) as { count: number }).count).toBe(await store.audit.count());
        expect(await store.verifyAudit()).toMatchObject({ ok: true, checkpoints: lines.length });
      } finally {
        await store.close();
      }
    } finally {
      await server.stop('SIGKILL');
    }
  }, 300_000);

  it('signs audit checkpoints at start, on its interval and at stop, into the data folder and HEARTH_AUDIT_CHECKPOINT_PATH', async () => {
    const bad = await hearth(['serve', '--data', temp(), '--port', '1'], { HEARTH_AUDIT_CHECKPOINT_SECONDS: '5' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/HEARTH_AUDIT_CHECKPOINT_SECONDS must be a whole number of seconds from 10 to 3600, got "5"/);

    const dataDir = temp();
    const external = join(temp(), 'kept-elsewhere.jsonl');
    const env = { HEARTH_AUDIT_CHECKPOINT_SECONDS: '10', HEARTH_AUDIT_CHECKPOINT_PATH: external };
    const lines = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').filter(Boolean) : []);
    const server = await startServer({ dataDir, env });
    try {
      const setup = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@clinic.test', displayName: 'Ana', password: 'quiet river lantern' }),
      });
      expect(setup.status).toBe(201);
      // The log was empty at start; the timer signs the first checkpoint within one interval.
      const deadline = Date.now() + 60_000;
      while (lines(external).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
      expect(lines(external).length).toBeGreaterThanOrEqual(1);
      expect(await server.stop('SIGTERM')).toBe(0);
    } finally {
      await server.stop('SIGKILL');
    }
    const inFolder = lines(join(dataDir, 'audit-checkpoints.jsonl'));
    expect(inFolder).toEqual(lines(external)); // the same signed lines in both places
    expect(inFolder.length).toBeGreaterThanOrEqual(2); // periodic + shutdown
    const verified = await hearth(['audit', 'verify', '--data', dataDir, '--json'], env);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, checkpoints: inFolder.length * 2 });
  }, 300_000);

  it('creates the demo caseload once and prints the logins; audit verify reports tampering', async () => {
    // An unused installation (the run's template, no account yet): demo on an empty folder, its
    // first start included, is what test/cli/readme.test.ts runs (`npx hearth demo`).
    const dir = newInstallation(temp());
    const first = await hearth(['demo', '--data', dir, '--json']);
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as { created: boolean; logins: { role: string; email: string; password: string }[] };
    expect(out.created).toBe(true);
    expect(out.logins.filter((l) => l.role === 'client')).toHaveLength(2);
    const again = await hearth(['demo', '--data', dir]);
    expect(again.stdout).toMatch(/already exists/);
    expect(again.stdout).toMatch(/maya@demo\.hearth/);
    // It prints the exact command that serves this folder (not a bare `npm start`, which serves ./data).
    expect(again.stdout).toContain(`npm start -- --data ${dir}\n`);

    expect((await hearth(['audit', 'verify', '--data', dir])).stdout).toMatch(/intact: \d+ entries/);
    const oldKey = readFileSync(join(dir, 'keys', 'master.key'), 'utf8');
    const rotated = await hearth(['keys', 'rotate', '--data', dir, '--json']);
    expect(JSON.parse(rotated.stdout)).toMatchObject({ rotated: 2 });
    expect(readFileSync(join(dir, 'keys', 'master.key'), 'utf8')).not.toBe(oldKey);
    const store = await openStore({ dataDir: dir });
    const clients = await store.clients.listForTherapist((await store.users.byEmail('maya@demo.hearth'))!.id);
    expect(clients).toHaveLength(2);
    expect(await store.artworks.countForClient(clients[0]!.id)).toBeGreaterThan(0);
    // After rotation the sealed files still open (bytes 1-3 of a PNG spell "PNG").
    const art = (await store.artworks.listForClient(clients[0]!.id))[0]!;
    expect(
      Buffer.from((await store.files.get(art.clientId, art.blobKey))!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await store.db.query("UPDATE audit_log SET action = 'demo.tampered' WHERE seq = 1");
    await store.close();
    const broken = await hearth(['audit', 'verify', '--data', dir, '--json']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, seq: 1 });
  }, 400_000);
});
