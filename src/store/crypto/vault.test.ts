import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientKeyMissingError, SealError, masterKeyPath, openStore, parseMasterKey } from '../index.ts';
import type { Store } from '../index.ts';

let dir: string;
let s: Store;
const now = new Date('2026-11-01T10:00:00Z');

async function newClient(): Promise<string> {
  const therapistId = randomUUID();
  await s.users.create({ id: therapistId, role: 'therapist', email: `${therapistId}@x.test`, displayName: 'T', passwordHash: 'h', createdAt: now });
  const c = await s.clients.create({ id: randomUUID(), therapistId, displayName: 'C', pronouns: null, goals: '', createdAt: now });
  return c.id;
}

function walk(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-vault-'));
  s = await openStore({ dataDir: dir });
});
afterAll(async () => {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('client vault (envelope encryption)', () => {
  it('creates an owner-only master key file on first run', () => {
    const st = statSync(masterKeyPath(dir));
    expect(st.mode & 0o777).toBe(0o600);
    expect(parseMasterKey(readFileSync(masterKeyPath(dir), 'utf8'), 'key')).toHaveLength(32);
    expect(() => parseMasterKey('c2hvcnQ=', 'HEARTH_MASTER_KEY')).toThrow(/32 bytes/);
  });

  it('seals client files so that nothing readable reaches the disk, and opens them again', async () => {
    const clientId = await newClient();
    const secret = Buffer.from('MY-SECRET-DRAWING-' + 'x'.repeat(100));
    await s.files.put(clientId, 'artworks/secret.png', secret);
    const raw = readFileSync(join(dir, 'blobs', 'artworks', 'secret.png'));
    expect(raw.includes('MY-SECRET-DRAWING')).toBe(false);
    expect(Buffer.from((await s.files.get(clientId, 'artworks/secret.png'))!).equals(secret)).toBe(true);
  });

  it('binds a sealed value to its client and its purpose', async () => {
    const a = await newClient();
    const b = await newClient();
    await s.vault.keyFor(b);
    const sealed = await s.vault.seal(a, 'note', Buffer.from('hello'));
    await expect(s.vault.open(b, 'note', sealed)).rejects.toThrow(SealError);
    await expect(s.vault.open(a, 'reflection', sealed)).rejects.toThrow(SealError);
    const tampered = new Uint8Array(sealed);
    tampered[20] = tampered[20]! ^ 1;
    await expect(s.vault.open(a, 'note', tampered)).rejects.toThrow(SealError);
    expect(Buffer.from(await s.vault.open(a, 'note', sealed)).toString()).toBe('hello');
  });

  it('stores strokes sealed in the database', async () => {
    const clientId = await newClient();
    const art = { id: randomUUID(), clientId };
    await s.artworks.create({
      ...art,
      createdBy: (await s.db.query<{ id: string }>('SELECT id FROM users LIMIT 1'))[0]!.id,
      parentId: null,
      sessionId: null,
      kind: 'sketch',
      title: '',
      blobKey: 'artworks/a.png',
      thumbKey: 'thumbs/a.webp',
      mime: 'image/png',
      width: 1,
      height: 1,
      bytes: 1,
      backend: null,
      params: {},
      seed: null,
      createdAt: now,
    });
    await s.artworks.saveStrokes(art, 2, { marker: 'STROKE-PLAINTEXT-MARKER' }, now);
    const row = (await s.db.query<{ sealed: string }>('SELECT sealed FROM artwork_strokes WHERE artwork_id = $1', [art.id]))[0]!;
    expect(row.sealed).not.toContain('STROKE-PLAINTEXT');
    expect(Buffer.from(row.sealed, 'base64').includes('STROKE-PLAINTEXT')).toBe(false);
    expect(await s.artworks.strokes(art)).toEqual({ marker: 'STROKE-PLAINTEXT-MARKER' });
  });

  it('crypto-shreds: once the key is destroyed nothing of that client can be decrypted', async () => {
    const clientId = await newClient();
    await s.files.put(clientId, 'artworks/gone.png', Buffer.from('soon unreadable'));
    await s.vault.destroy(clientId);
    await expect(s.files.get(clientId, 'artworks/gone.png')).rejects.toThrow(ClientKeyMissingError);
  });

  it('rotates the master key: every client key is re-wrapped and still opens its data', async () => {
    const clientId = await newClient();
    await s.files.put(clientId, 'artworks/keep.png', Buffer.from('kept across rotation'));
    const before = (await s.db.query<{ wrapped_key: string }>('SELECT wrapped_key FROM client_keys WHERE client_id = $1', [clientId]))[0]!.wrapped_key;
    const { randomBytes } = await import('node:crypto');
    const n = await s.vault.rotateMaster(new Uint8Array(randomBytes(32)));
    expect(n).toBeGreaterThanOrEqual(1);
    const after = (await s.db.query<{ wrapped_key: string }>('SELECT wrapped_key FROM client_keys WHERE client_id = $1', [clientId]))[0]!.wrapped_key;
    expect(after).not.toBe(before);
    expect(Buffer.from((await s.files.get(clientId, 'artworks/keep.png'))!).toString()).toBe('kept across rotation');
  });

  it('leaves no plaintext image bytes anywhere in the blob folder', async () => {
    for (const f of walk(join(dir, 'blobs'))) {
      const b = readFileSync(f);
      expect(b.subarray(0, 4).toString(), f).toBe('HRT1');
    }
  });
});
