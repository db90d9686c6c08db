/**
 * The erasure scan (issue #17, item 1): a client with a distinctive name, email and password
 * makes works, writes, checks in, signs consent, changes their password and draws live; the
 * therapist erases them; the server stops cleanly and starts again. Then every byte of every file
 * under the data folder — table heap and index files, WAL, the rest of the database folder,
 * blobs, the server's log, the audit checkpoints — is searched for the name, the email and both
 * Argon2 hashes the account ever had, in UTF-8, UTF-16LE and base64 (every alignment).
 * Before the erasure, the same scan must find the live Argon2 hash (the scan can see).
 */
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEST_CONSENT, PASSWORD, addClient, createHarness, pngDrawing, setupTherapist, signConsent } from '../../test/helpers/harness.ts';
import { openStore } from '../store/index.ts';

const NAME = 'Quillon Marrowby-Tesk';
const EMAIL = 'quillon.marrowby@tesk-mail.test';
const CLIENT_PASSWORD = 'Zephyr lattice orchard 9317';
const NEW_PASSWORD = 'Orchard zephyr lattice 4482';

const dir = mkdtempSync(join(tmpdir(), 'hearth-erase-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/** The byte patterns of `text`: UTF-8, UTF-16LE, and base64 of the UTF-8 at each of the three alignments (the stable part). */
export function forms(text: string): { form: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(text, 'utf8');
  const out = [
    { form: 'utf8', bytes: utf8 },
    { form: 'utf16le', bytes: Buffer.from(text, 'utf16le') },
  ];
  for (let k = 0; k < 3; k++) {
    const part = utf8.subarray(k);
    const whole = Math.floor(part.length / 3) * 4;
    out.push({ form: `base64+${k}`, bytes: Buffer.from(part.toString('base64').slice(0, whole), 'latin1') });
  }
  return out;
}

/** Which part of the data folder a file belongs to. */
function fileClass(path: string): string {
  const rel = relative(dir, path).split(/[/\\]/);
  if (rel[0] === 'db') {
    if (rel[1] === 'base' || rel[1] === 'global') return 'heap+index';
    if (rel[1] === 'pg_wal') return 'wal';
    return 'db-other';
  }
  if (rel[0] === 'blobs') return 'blobs';
  if (rel[0] === 'logs') return 'logs';
  return 'other';
}

function scan(needles: Record<string, string>): { hits: string[]; perClass: Record<string, number>; files: Record<string, number> } {
  const patterns = Object.entries(needles).flatMap(([what, text]) => forms(text).map((f) => ({ label: `${what}/${f.form}`, bytes: f.bytes })));
  const hits: string[] = [];
  const perClass: Record<string, number> = { 'heap+index': 0, wal: 0, 'db-other': 0, blobs: 0, logs: 0, other: 0 };
  const files: Record<string, number> = { 'heap+index': 0, wal: 0, 'db-other': 0, blobs: 0, logs: 0, other: 0 };
  for (const f of walk(dir)) {
    const b = readFileSync(f);
    const cls = fileClass(f);
    files[cls]!++;
    for (const p of patterns) {
      if (b.includes(p.bytes)) {
        hits.push(`${relative(dir, f)}: ${p.label}`);
        perClass[cls]!++;
      }
    }
  }
  return { hits, perClass, files };
}

describe('erasure scan of the data folder', () => {
  it('finds no name, email or password hash of an erased client anywhere on disk after a restart', async () => {
    mkdirSync(join(dir, 'logs'));
    const logPath = join(dir, 'logs', 'server.log');
    const openLog = (): WriteStream => createWriteStream(logPath, { flags: 'a' });
    let log = openLog();
    let h = await createHarness({ logLevel: 'info', logStream: log }, { dataDir: dir });
    const therapist = await setupTherapist(h);
    // Another client whose files stay: the blobs folder is scanned with content in it.
    const other = await addClient(h, therapist, 'Noor', 'noor@home.test');
    expect((await other.client.upload(other.clientId, await pngDrawing(32, 32, '#aa6633'))).statusCode).toBe(201);

    // The client joins with their own email and password, and signs consent with their name.
    const clientId = (await therapist.post('/api/clients', { displayName: NAME, pronouns: 'they/them', goals: `${NAME} wants to sleep` })).json().id as string;
    const token = ((await therapist.post(`/api/clients/${clientId}/invites`)).json() as { url: string }).url.split('/join/')[1]!;
    const client = h.anon();
    const joined = await client.post(`/api/invites/by-token/${token}/accept`, { email: EMAIL, password: CLIENT_PASSWORD });
    expect(joined.statusCode, joined.body).toBe(201);
    client.adopt(joined);
    await signConsent(client, clientId, DEFAULT_TEST_CONSENT, NAME);
    const userId = client.userId!;
    const hashes = [(await h.store.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId]))[0]!.password_hash];
    expect(hashes[0]).toMatch(/^\$argon2id\$/);

    // Their work and words, some of them naming themselves.
    expect((await client.upload(clientId, await pngDrawing(), 'me.png', 'image/png', { title: `${NAME} at the lake` })).statusCode).toBe(201);
    expect((await client.post(`/api/clients/${clientId}/reflections`, { text: `I am ${NAME} and I drew the lake` })).statusCode).toBe(201);
    expect(
      (
        await client.post(`/api/clients/${clientId}/checkins`, {
          moment: 'standalone',
          activity: NAME,
          valence: 0.1,
          arousal: 0,
          distress: 3,
          note: `${NAME} feels ok`,
        })
      ).statusCode,
    ).toBe(201);
    const session = (await therapist.post(`/api/clients/${clientId}/sessions`, { title: `Session with ${NAME}`, scheduledAt: h.now().toISOString() })).json();
    expect((await therapist.patch(`/api/sessions/${session.id}`, { status: 'in_progress' })).statusCode).toBe(200);
    const live = await client.post(`/api/clients/${clientId}/live-canvas`, {
      drawingId: NAME, // chosen by the client: the audit log must not keep it
      replace: true,
      strokes: {
        version: 2,
        width: 64,
        height: 48,
        background: '#ffffff',
        strokes: [
          {
            id: 'a',
            tool: 'pen',
            color: '#223344',
            size: 4,
            opacity: 1,
            points: [
              { x: 1, y: 1, t: 0, pressure: 0.5 },
              { x: 9, y: 9, t: 50, pressure: 0.5 },
            ],
          },
        ],
      },
    });
    expect(live.json()).toMatchObject({ live: true });
    const liveEntry = (await h.store.audit.listForClient(clientId)).find((e) => e.action === 'artwork.live')!;
    expect(liveEntry.detail).toMatchObject({ drawing: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(liveEntry)).not.toContain('Quillon');
    // Sign-ins (a failed one too), then a password change: the old hash lives on in a dead row version.
    expect((await h.anon().post('/api/auth/login', { email: EMAIL, password: 'not the password at all' })).statusCode).toBe(401);
    expect((await h.anon().post('/api/auth/login', { email: EMAIL.toUpperCase(), password: CLIENT_PASSWORD })).statusCode).toBe(200);
    expect((await client.post('/api/account/password', { currentPassword: CLIENT_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    hashes.push((await h.store.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId]))[0]!.password_hash);
    expect(hashes[1]).not.toBe(hashes[0]);
    const needles = { name: NAME, email: EMAIL, 'argon2-first': hashes[0]!, 'argon2-second': hashes[1]! };

    // The scan can see: the live hash is on disk before the erasure (and the name and email are not, sealed from the start).
    await h.store.db.exec('CHECKPOINT');
    const before = scan(needles);
    expect(before.hits.some((x) => x.includes('argon2-second/utf8'))).toBe(true);
    expect(before.hits.filter((x) => /^(?:.*): (name|email)\//.test(x) && !x.startsWith('db/pg_wal'))).toEqual([]);

    // Erase, stop cleanly, start again, stop.
    expect((await therapist.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    const erased = await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: NAME });
    expect(erased.statusCode, erased.body).toBe(200);
    await h.close();
    await new Promise<void>((r) => log.end(r));
    log = openLog();
    h = await createHarness({ logLevel: 'info', logStream: log }, { dataDir: dir });
    expect(await h.store.users.byEmail(EMAIL)).toBeUndefined();
    expect((await h.anon().post('/api/auth/login', { email: EMAIL, password: NEW_PASSWORD })).statusCode).toBe(401);
    await h.close();
    await new Promise<void>((r) => log.end(r));

    const after = scan(needles);
    console.log(
      `erasure scan: ${Object.values(after.files).reduce((a, b) => a + b, 0)} files ${JSON.stringify(after.files)}, hits per class ${JSON.stringify(after.perClass)}`,
    );
    expect(after.hits).toEqual([]);
    expect(readFileSync(logPath, 'utf8')).toMatch(/"statusCode":200/); // the log was written and scanned
    expect(after.files.wal).toBeGreaterThan(0);
    expect(after.files.blobs).toBeGreaterThan(0);
    expect(after.files['heap+index']).toBeGreaterThan(100);

    // The restarted store is healthy: audit chain and checkpoints verify.
    const s = await openStore({ dataDir: dir });
    try {
      expect(await s.verifyAudit()).toMatchObject({ ok: true, checkpoints: expect.any(Number) });
    } finally {
      await s.close();
    }
  }, 300_000);
});
