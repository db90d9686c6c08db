/**
 * Envelope encryption of client data. Each client has their own AES-256 data key, wrapped by
 * the master key and stored in `client_keys`; client content (images, audio, strokes,
 * reflections, notes, measure answers) is sealed with it before it touches the disk.
 * Erasing a client destroys their key, so anything left anywhere stays unreadable.
 */
import { randomBytes } from 'node:crypto';
import type { BlobStore } from '../blob-store.ts';
import type { Db, Queryable } from '../db.ts';
import { open, seal } from './sealing.ts';

export class ClientKeyMissingError extends Error {
  override name = 'ClientKeyMissingError';
  constructor(clientId: string) {
    super(`No data key for client ${clientId}: the record was erased or the key is missing.`);
  }
}

const wrapAad = (clientId: string): string => `client-key:${clientId}`;
const dataAad = (clientId: string, purpose: string): string => `${clientId}:${purpose}`;

export class ClientVault {
  private readonly cache = new Map<string, Uint8Array>();
  constructor(
    private readonly db: Db,
    private master: Uint8Array,
    private readonly now: () => Date,
  ) {}

  /** The client's data key, created on first use. */
  async keyFor(clientId: string, create = true): Promise<Uint8Array> {
    const cached = this.cache.get(clientId);
    if (cached) return cached;
    let rows = await this.db.query<{ wrapped_key: string }>('SELECT wrapped_key FROM client_keys WHERE client_id = $1', [clientId]);
    if (rows.length === 0) {
      if (!create) throw new ClientKeyMissingError(clientId);
      const wrapped = Buffer.from(seal(this.master, randomBytes(32), wrapAad(clientId))).toString('base64');
      await this.db.query('INSERT INTO client_keys (client_id, wrapped_key, created_at) VALUES ($1, $2, $3) ON CONFLICT (client_id) DO NOTHING', [
        clientId,
        wrapped,
        this.now(),
      ]);
      rows = await this.db.query<{ wrapped_key: string }>('SELECT wrapped_key FROM client_keys WHERE client_id = $1', [clientId]);
    }
    const key = open(this.master, Buffer.from(rows[0]!.wrapped_key, 'base64'), wrapAad(clientId));
    this.cache.set(clientId, key);
    return key;
  }

  /** `purpose` names what the value is (e.g. `artworks/<id>.png`, `strokes`) and is authenticated with it. */
  async seal(clientId: string, purpose: string, plaintext: Uint8Array): Promise<Uint8Array> {
    return seal(await this.keyFor(clientId), plaintext, dataAad(clientId, purpose));
  }

  async open(clientId: string, purpose: string, sealed: Uint8Array): Promise<Uint8Array> {
    return open(await this.keyFor(clientId, false), sealed, dataAad(clientId, purpose));
  }

  async sealJson(clientId: string, purpose: string, value: unknown): Promise<string> {
    return Buffer.from(await this.seal(clientId, purpose, Buffer.from(JSON.stringify(value), 'utf8'))).toString('base64');
  }

  async openJson<T = unknown>(clientId: string, purpose: string, sealed: string): Promise<T> {
    return JSON.parse(Buffer.from(await this.open(clientId, purpose, Buffer.from(sealed, 'base64'))).toString('utf8')) as T;
  }

  /** Crypto-shredding: the key is gone from the database and from memory. */
  async destroy(clientId: string, q: Queryable = this.db): Promise<void> {
    this.cache.delete(clientId);
    await q.query('DELETE FROM client_keys WHERE client_id = $1', [clientId]);
  }

  /** Re-wraps every client key under a new master key, in one transaction (or in `tx`). Returns how many. */
  async rotateMaster(next: Uint8Array, outer?: Queryable): Promise<number> {
    const run = async (tx: Queryable): Promise<number> => {
      const rows = await tx.query<{ client_id: string; wrapped_key: string }>('SELECT client_id, wrapped_key FROM client_keys FOR UPDATE');
      for (const r of rows) {
        const key = open(this.master, Buffer.from(r.wrapped_key, 'base64'), wrapAad(r.client_id));
        const wrapped = Buffer.from(seal(next, key, wrapAad(r.client_id))).toString('base64');
        await tx.query('UPDATE client_keys SET wrapped_key = $2 WHERE client_id = $1', [r.client_id, wrapped]);
      }
      return rows.length;
    };
    const n = outer ? await run(outer) : await this.db.transaction(run);
    this.master = next;
    return n;
  }
}

/** Client files, sealed with the client's key on the way into the blob store. */
export class ClientFiles {
  constructor(
    private readonly blobs: BlobStore,
    private readonly vault: ClientVault,
  ) {}

  async put(clientId: string, key: string, bytes: Uint8Array): Promise<void> {
    await this.blobs.put(key, await this.vault.seal(clientId, key, bytes));
  }

  async get(clientId: string, key: string): Promise<Uint8Array | undefined> {
    const sealed = await this.blobs.get(key);
    return sealed && this.vault.open(clientId, key, sealed);
  }

  delete(key: string): Promise<void> {
    return this.blobs.delete(key);
  }
}
