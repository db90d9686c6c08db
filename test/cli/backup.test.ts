/**
 * `hearth backup` / `hearth restore` as processes: the round trip returns identical rows in
 * every table and identical files, the audit chain still verifies, the backup refuses to exist
 * without a passphrase, restore refuses tampered, truncated, wrongly keyed files and non-empty
 * folders, and a backup taken from a running server while uploads keep arriving is consistent.
 *
 * Each behaviour goes through a real `hearth` process once (backup, restore, export, a backup
 * through a running server's socket); the refusals and further restores of the same file run the
 * same CLI `main` in this process (runCliInProcess), which saves a Node start and the compiled
 * server's import per case.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { BACKUP_HEADER_BYTES, BackupSealer, ChunkedBackupReader, DEFAULT_KDF, sealBackup } from '../../src/store/backup-file.ts';
import { archiveSnapshot, takeSnapshot } from '../../src/store/backup.ts';
import { loadMasterKey, openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { newInstallation, ROOT, removeDir, startServer } from '../helpers/e2e.ts';
import { PASSWORD, addClient, createHarness, pngDrawing, setupTherapist } from '../helpers/harness.ts';
import { freshDatabase } from '../helpers/pg.ts';
import { runCliInProcess } from './process.ts';

const pgUrl = inject('pgUrl');

const run = promisify(execFile);
const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'hearth-bk-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach(removeDir));

const PASSPHRASE = 'correct horse battery staple 7';

async function hearth(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const e: NodeJS.ProcessEnv = { ...process.env, HEARTH_BACKUP_PASSPHRASE: PASSPHRASE, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete e[k];
  delete e.HEARTH_MASTER_KEY;
  if (env.HEARTH_MASTER_KEY) e.HEARTH_MASTER_KEY = env.HEARTH_MASTER_KEY;
  try {
    const r = await run(process.execPath, ['bin/hearth.js', ...args], { cwd: ROOT, env: e, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const x = err as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/** `hearth` with the same environment, run in this process; calls must not overlap. */
const hearthHere = (args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> =>
  runCliInProcess(args, { HEARTH_BACKUP_PASSPHRASE: PASSPHRASE, HEARTH_MASTER_KEY: undefined, ...env });

const walk = (d: string): string[] =>
  existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)])) : [];
/** Relative path → sha256 of every file under `<data>/blobs` (temporary files excluded). */
const blobHashes = (dataDir: string): Record<string, string> =>
  Object.fromEntries(
    walk(join(dataDir, 'blobs'))
      .filter((f) => !f.split('/').pop()!.startsWith('.tmp-'))
      .map((f) => [relative(join(dataDir, 'blobs'), f), createHash('sha256').update(readFileSync(f)).digest('hex')])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );

/** Every table's rows as sorted JSON text (schema_migrations: versions only, its timestamps are the restore's own). */
async function tableDump(store: Store): Promise<Record<string, string[]>> {
  const tables = await store.db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const out: Record<string, string[]> = {};
  for (const { table_name: t } of tables) {
    const sql = t === 'schema_migrations' ? 'SELECT version::text AS j FROM schema_migrations' : `SELECT row_to_json(x)::text AS j FROM "${t}" x`;
    out[t] = (await store.db.query<{ j: string }>(sql)).map((r) => r.j).sort();
  }
  return out;
}

/**
 * Every table of the original has the same rows after the restore. (Other work may add a
 * migration between backup and restore: the restored schema may then have more versions and new
 * tables, which must be empty.)
 */
function expectSameRows(after: Record<string, string[]>, before: Record<string, string[]>): void {
  for (const t of Object.keys(before)) {
    if (t === 'schema_migrations') expect(after[t], t).toEqual(expect.arrayContaining(before[t]!));
    else expect(after[t], t).toEqual(before[t]);
  }
  for (const t of Object.keys(after)) if (!(t in before)) expect(after[t], t).toEqual([]);
}

async function withStore<T>(dataDir: string, fn: (s: Store) => Promise<T>, databaseUrl?: string): Promise<T> {
  const s = await openStore({ dataDir, databaseUrl, command: 'backup test' });
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

/** Re-encrypts a backup's plain archive in 4 KiB chunks (many chunks from a small installation). */
async function resealInSmallChunks(path: string): Promise<Buffer> {
  const src = await ChunkedBackupReader.open(path, PASSPHRASE);
  const out: Buffer[] = [];
  try {
    const sealer = new BackupSealer(PASSPHRASE, async (b) => void out.push(Buffer.from(b)), DEFAULT_KDF, 4096);
    await src.readRange(0, src.plainLength, (p) => sealer.push(p));
    await sealer.end();
  } finally {
    await src.close();
  }
  return Buffer.concat(out);
}

describe('hearth backup / restore', () => {
  it('round-trips every row and file, keeps the audit chain intact, and refuses what it must', async () => {
    const data = newInstallation(temp());
    // A realistic installation: therapist, two clients, uploads, words, measures, a signed note, music.
    const h = await createHarness({}, { dataDir: data });
    const therapist = await setupTherapist(h);
    const { clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
    const other = await addClient(h, therapist, 'Kai', 'kai@home.test');
    for (let i = 0; i < 3; i++)
      expect((await client.upload(clientId, await pngDrawing(60 + i, 40, '#aa3366'), `p${i}.png`, 'image/png', { title: `Harbour ${i}` })).statusCode).toBe(
        201,
      );
    await other.client.upload(other.clientId, await pngDrawing(50, 50), 'k.png');
    await client.post(`/api/clients/${clientId}/reflections`, { text: 'The water was still; I could breathe.' });
    await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [2, 1, 1, 0, 1, 2, 1] });
    const session = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: '2026-11-30T09:00:00Z' })).json();
    const note = (await therapist.post(`/api/sessions/${session.id}/notes`, { format: 'DAP' })).json();
    await therapist.patch(`/api/notes/${note.id}`, {
      sections: [
        { key: 'data', label: 'Data', text: 'Drew.' },
        { key: 'assessment', label: 'Assessment', text: 'Calm.' },
        { key: 'plan', label: 'Plan', text: 'Weekly.' },
      ],
    });
    await therapist.post(`/api/notes/${note.id}/sign`);
    await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm piano', seconds: 30, seed: 4 });
    await therapist.post('/api/auth/reauth', { password: PASSWORD });
    await h.close();

    const out = join(temp(), 'hearth.backup');
    // No passphrase, no backup.
    const none = await hearthHere(['backup', '--out', out, '--data', data], { HEARTH_BACKUP_PASSPHRASE: undefined });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/passphrase is required/);
    expect(existsSync(out)).toBe(false);

    const made = await hearth(['backup', '--out', out, '--data', data]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/taken from the data folder/);
    expect(made.stdout).toMatch(/master key is NOT in this backup/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(out);
    // Encrypted: no client words, no PNG signature, no table names in the clear.
    for (const needle of ['The water was still', 'Robin', 'audit_log', 'client_keys']) expect(bytes.includes(Buffer.from(needle))).toBe(false);

    // Without the master key the restore refuses, and writes nothing.
    const target = join(temp(), 'restored');
    const wrongKeyFile = join(temp(), 'other.key');
    writeFileSync(wrongKeyFile, Buffer.alloc(32, 7).toString('base64'));
    const noKey = await hearthHere(['restore', out, '--data', target]);
    const wrongKey = await hearthHere(['restore', out, '--data', target, '--master-key-file', wrongKeyFile]);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr.trim().split('\n')).toHaveLength(1);
    expect(noKey.stderr).toMatch(/does not contain the master key/);
    expect(existsSync(target)).toBe(false);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/not the one this backup's data was sealed with/);

    const restored = await hearth(['restore', out, '--data', target, '--master-key-file', join(data, 'keys', 'master.key')]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Audit log intact: \d+ entries verified/);

    // Identical rows in every table, identical files, a verifying audit chain, and readable client data.
    const [before, after] = [await withStore(data, tableDump), await withStore(target, tableDump)];
    expectSameRows(after, before);
    expect(before.client_keys!.length).toBe(2);
    expect(before.audit_log!.length).toBeGreaterThan(10);
    expect(blobHashes(target)).toEqual(blobHashes(data));
    expect(Object.keys(blobHashes(data)).length).toBe(8);
    await withStore(target, async (s) => {
      expect(await s.audit.verify()).toEqual({ ok: true, entries: before.audit_log!.length });
      const arts = await s.artworks.listForClient(clientId);
      expect(arts).toHaveLength(3);
      const original = await withStore(data, async (o) => o.files.get(clientId, arts[0]!.blobKey));
      expect(Buffer.from((await s.files.get(clientId, arts[0]!.blobKey))!).equals(Buffer.from(original!))).toBe(true);
      expect((await s.clinical.reflections(clientId)).map((r) => r.text)).toContain('The water was still; I could breathe.');
      // New writes continue the sequences and the chain.
      await s.audit.append({ actorId: null, actorRole: null, action: 'test.after_restore', clientId: null });
      expect((await s.audit.verify()).ok).toBe(true);
    });

    // A non-empty folder is refused.
    const busy = await hearthHere(['restore', out, '--data', target, '--master-key-file', join(data, 'keys', 'master.key')]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/is not empty/);

    // Tampered, truncated, extended, wrong passphrase: each refused with one line, exit 1, nothing written.
    const cases: [string, Buffer, RegExp][] = [
      ['flipped byte', Buffer.from(bytes.map((b, i) => (i === Math.floor(bytes.length / 2) ? b ^ 1 : b))), /integrity check/],
      ['flipped header', Buffer.from(bytes.map((b, i) => (i === 60 ? b ^ 0x80 : b))), /truncated|extra bytes|integrity|altered/],
      ['truncated', bytes.subarray(0, bytes.length - 100), /truncated/],
      ['extended', Buffer.concat([bytes, Buffer.from('x')]), /integrity check|truncated|extra bytes/],
      ['not a backup', Buffer.from('hello, world'), /not a Hearth backup/],
    ];
    const wrong = await hearthHere(['restore', out, '--data', join(temp(), 'dest')], { HEARTH_BACKUP_PASSPHRASE: 'not the passphrase at all' });
    for (const [label, content, reason] of cases) {
      const f = join(temp(), `${label.replace(/ /g, '-')}.backup`);
      writeFileSync(f, content);
      const dest = join(temp(), 'dest');
      const r = await hearthHere(['restore', f, '--data', dest, '--master-key-file', join(data, 'keys', 'master.key')]);
      expect(r.code, label).toBe(1);
      expect(r.stderr.trim().split('\n'), label).toHaveLength(1);
      expect(r.stderr, label).toMatch(reason);
      expect(existsSync(dest), label).toBe(false);
    }
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/wrong passphrase/);

    // The same archive resealed in 4 KiB chunks: a reordered, dropped, or cut-off chunk is refused
    // before anything is written (one line, exit 1), and the intact resealed file still restores.
    const chunked = await resealInSmallChunks(out);
    const frame = 4096 + 16;
    const frames = Math.ceil((chunked.length - BACKUP_HEADER_BYTES) / frame);
    expect(frames).toBeGreaterThan(3);
    const at = (i: number) => chunked.subarray(BACKUP_HEADER_BYTES + i * frame, BACKUP_HEADER_BYTES + (i + 1) * frame);
    const head = chunked.subarray(0, BACKUP_HEADER_BYTES);
    const chunkCases: [string, Buffer, RegExp][] = [
      [
        'reordered',
        Buffer.concat([head, at(0), at(2), at(1), chunked.subarray(BACKUP_HEADER_BYTES + 3 * frame)]),
        /part 2 of \d+ was altered, reordered or damaged/,
      ],
      ['dropped', Buffer.concat([head, at(0), chunked.subarray(BACKUP_HEADER_BYTES + 2 * frame)]), /part 2 of \d+ was altered, reordered or damaged/],
      ['cut at a chunk boundary', chunked.subarray(0, BACKUP_HEADER_BYTES + (frames - 1) * frame), /truncated/],
    ];
    for (const [label, content, reason] of chunkCases) {
      const f = join(temp(), `${label.replace(/ /g, '-')}.backup`);
      writeFileSync(f, content);
      const dest = join(temp(), 'dest');
      const r = await hearthHere(['restore', f, '--data', dest, '--master-key-file', join(data, 'keys', 'master.key')]);
      expect(r.code, label).toBe(1);
      expect(r.stderr.trim().split('\n'), label).toHaveLength(1);
      expect(r.stderr, label).toMatch(reason);
      expect(existsSync(dest), label).toBe(false);
    }
    const resealed = join(temp(), 'resealed.backup');
    writeFileSync(resealed, chunked);
    const fromSmall = join(temp(), 'from-small');
    expect((await hearthHere(['restore', resealed, '--data', fromSmall, '--master-key-file', join(data, 'keys', 'master.key')])).code).toBe(0);
    expectSameRows(await withStore(fromSmall, tableDump), before);
    expect(blobHashes(fromSmall)).toEqual(blobHashes(data));

    // A version 1 backup (the whole archive sealed at once, as Hearth wrote it before) still restores.
    const v1 = join(temp(), 'v1.backup');
    writeFileSync(v1, await withStore(data, async (s) => sealBackup(archiveSnapshot(await takeSnapshot(s.db, s.blobs, loadMasterKey(data))), PASSPHRASE)));
    const fromV1 = join(temp(), 'from-v1');
    const r1 = await hearthHere(['restore', v1, '--data', fromV1, '--master-key-file', join(data, 'keys', 'master.key')]);
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    expectSameRows(await withStore(fromV1, tableDump), before);
    expect(blobHashes(fromV1)).toEqual(blobHashes(data));

    // --include-master-key: the backup restores on its own.
    const withKey = join(temp(), 'with-key.backup');
    expect((await hearthHere(['backup', '--out', withKey, '--data', data, '--include-master-key'])).code).toBe(0);
    const alone = join(temp(), 'alone');
    const r2 = await hearthHere(['restore', withKey, '--data', alone]);
    expect(r2.code).toBe(0);
    expect(readFileSync(join(alone, 'keys', 'master.key'), 'utf8')).toBe(readFileSync(join(data, 'keys', 'master.key'), 'utf8'));
    expect(statSync(join(alone, 'keys', 'master.key')).mode & 0o777).toBe(0o600);
    expectSameRows(await withStore(alone, tableDump), before);
  }, 600_000);

  it('takes a consistent backup from a running server while uploads keep arriving', async () => {
    const server = await startServer({ dataDir: newInstallation(temp()) });
    let stop = false;
    try {
      const setup = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@clinic.test', displayName: 'Ana', password: PASSWORD }),
      });
      const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await setup.json()) as { csrfToken: string };
      const headers = { cookie, 'x-csrf-token': csrfToken };
      const client = (await (
        await fetch(`${server.url}/api/clients`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ displayName: 'Robin' }),
        })
      ).json()) as { id: string };
      const png = Buffer.from(await pngDrawing(320, 240, '#336699'));
      let uploaded = 0;
      const uploader = async () => {
        while (!stop) {
          const form = new FormData();
          form.set('file', new Blob([png], { type: 'image/png' }), 'x.png');
          form.set('title', `Upload ${uploaded}`);
          const r = await fetch(`${server.url}/api/clients/${client.id}/artworks`, { method: 'POST', headers, body: form });
          if (r.status === 201) uploaded++;
          await fetch(`${server.url}/api/clients/${client.id}/reflections`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ text: `Reflection ${uploaded}` }),
          });
        }
      };
      const loops = [uploader(), uploader()];
      while (uploaded < 3) await new Promise((r) => setTimeout(r, 50));

      // `hearth export` needs the folder itself: while the server runs it points to the app instead.
      const busyExport = await hearthHere(['export', '--client', client.id, '--out', join(temp(), 'x.zip'), '--data', server.dataDir]);
      expect(busyExport.code).toBe(3);
      expect(busyExport.stderr).toMatch(/in use by another Hearth process/);

      // The folder is locked by the server; the backup goes through its control socket.
      expect(statSync(join(server.dataDir, 'control.sock')).mode & 0o777).toBe(0o600);
      const out = join(temp(), 'live.backup');
      const made = await hearth(['backup', '--out', out, '--data', server.dataDir, '--json']);
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      const report = JSON.parse(made.stdout) as { via: string; tables: Record<string, { rows: number }>; missingFiles: string[] };
      expect(report.via).toBe('running server');
      expect(report.missingFiles).toEqual([]);
      const during = uploaded;
      while (uploaded < during + 2) await new Promise((r) => setTimeout(r, 50));
      stop = true;
      await Promise.all(loops);
      expect(await server.stop('SIGTERM')).toBe(0);

      const target = join(temp(), 'restored');
      mkdirSync(target);
      const restored = await hearthHere(['restore', out, '--data', target, '--master-key-file', join(server.dataDir, 'keys', 'master.key')]);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      await withStore(target, async (s) => {
        expect((await s.audit.verify()).ok).toBe(true);
        const arts = await s.artworks.listForClient(client.id);
        expect(arts.length).toBe(report.tables.artworks!.rows);
        expect(arts.length).toBeGreaterThanOrEqual(3);
        // Every row's files are there and open with the client's key.
        for (const a of arts) {
          expect((await s.files.get(client.id, a.blobKey))!.length, a.id).toBeGreaterThan(0);
          expect((await s.files.get(client.id, a.thumbKey))!.length, a.id).toBeGreaterThan(0);
        }
        // Every upload the audit log recorded is in the snapshot (one point in time for all tables).
        const ids = new Set(arts.map((a) => a.id));
        const audited = (await s.audit.listForClient(client.id, 100_000)).filter((e) => e.action === 'artwork.upload');
        expect(audited.length).toBeGreaterThan(0);
        for (const e of audited) expect(ids.has(e.targetId!), e.targetId!).toBe(true);
      });
      // The server kept accepting uploads after the backup; those are not in it.
      const total = await withStore(server.dataDir, async (s) => (await s.artworks.listForClient(client.id)).length);
      expect(total).toBeGreaterThan(report.tables.artworks!.rows);
    } finally {
      stop = true;
      await server.stop('SIGTERM');
    }
  }, 600_000);

  it('hearth export writes the same ZIP as the app, with the stored originals, and audits it', async () => {
    const data = newInstallation(temp());
    const h = await createHarness({}, { dataDir: data });
    const therapist = await setupTherapist(h);
    const { clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
    await client.upload(clientId, await pngDrawing(70, 50, '#aa3366'), 'p.png', 'image/png', { title: 'Harbour' });
    await client.post(`/api/clients/${clientId}/measures`, { measure: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] });
    const sessionsBefore = (await h.store.db.query('SELECT id FROM auth_sessions')).length;
    await h.close();

    const out = join(temp(), 'robin.zip');
    const bad = await hearthHere(['export', '--client', 'nobody', '--out', out, '--data', data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--client must be a client id/);
    const r = await hearth(['export', '--client', clientId, '--out', out, '--data', data, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const records = JSON.parse(strFromU8(files['records.json']!)) as { artworks: { id: string; file: string }[]; measures: unknown[]; notes: unknown[] };
    expect(records.artworks).toHaveLength(1);
    expect(records.measures).toHaveLength(1);
    expect(Object.keys(files).filter((n) => n.startsWith('fhir/'))).toHaveLength(1);
    await withStore(data, async (s) => {
      const art = (await s.artworks.byId(records.artworks[0]!.id))!;
      expect(Buffer.from(files[records.artworks[0]!.file]!).equals(Buffer.from((await s.files.get(clientId, art.blobKey))!))).toBe(true);
      expect((await s.audit.listForClient(clientId, 10_000)).filter((e) => e.action === 'client.export')).toHaveLength(1);
      // The short-lived session it read with is gone again.
      expect((await s.db.query('SELECT id FROM auth_sessions')).length).toBe(sessionsBefore);
      expect((await s.audit.verify()).ok).toBe(true);
    });
  }, 120_000);

  it.skipIf(!pgUrl)(
    'round-trips a PostgreSQL installation (DATABASE_URL) the same way',
    async () => {
      const [source, dest] = [await freshDatabase(pgUrl!), await freshDatabase(pgUrl!)];
      const data = temp();
      const h = await createHarness({}, { dataDir: data, databaseUrl: source });
      const therapist = await setupTherapist(h);
      const { clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
      await client.upload(clientId, await pngDrawing(60, 40, '#aa3366'), 'p.png');
      await client.post(`/api/clients/${clientId}/reflections`, { text: 'Quiet water.' });
      await h.close();

      const out = join(temp(), 'pg.backup');
      const made = await hearth(['backup', '--out', out, '--data', data], { DATABASE_URL: source });
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      const target = join(temp(), 'restored');
      const restored = await hearthHere(['restore', out, '--data', target, '--master-key-file', join(data, 'keys', 'master.key')], { DATABASE_URL: dest });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expectSameRows(await withStore(target, tableDump, dest), await withStore(data, tableDump, source));
      expect(blobHashes(target)).toEqual(blobHashes(data));
      await withStore(target, async (s) => expect((await s.clinical.reflections(clientId)).map((r) => r.text)).toEqual(['Quiet water.']), dest);
      // A database that already holds data is refused.
      const againDir = join(temp(), 'again');
      const again = await hearthHere(['restore', out, '--data', againDir, '--master-key-file', join(data, 'keys', 'master.key')], { DATABASE_URL: dest });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already holds data/);
      expect(existsSync(againDir)).toBe(false); // no half-restored folder left behind
    },
    180_000,
  );
});
