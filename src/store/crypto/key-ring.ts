/**
 * Store-wide keys, made at random on first use and kept in `store_keys` wrapped by the master key
 * (the same envelope as client data keys): rotating the master key re-wraps them, so email
 * lookup hashes, sealed identities and the audit chain stay valid. Someone holding the database
 * but not the master key can neither compute an email's lookup hash, nor open an identity, nor
 * recompute an audit hash, nor sign a checkpoint.
 */
import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Db, Queryable } from '../db.ts';
import { open, seal } from './sealing.ts';

/** What each key is for; the name is authenticated with the wrapped key. */
export type StoreKeyName = 'email-lookup' | 'identity' | 'therapist-words' | 'audit-chain' | 'audit-signing';

const aad = (name: string): string => `store-key:${name}`;

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Base64 of the raw 32-byte Ed25519 public key: names the key in each checkpoint. */
  publicKeyId: string;
}

export class KeyRing {
  private readonly cache = new Map<string, Uint8Array>();
  constructor(
    private readonly db: Db,
    private master: Uint8Array,
    private readonly now: () => Date,
  ) {}

  /** The named key, created on first use (concurrent creators agree on the first one written). */
  async key(name: StoreKeyName, q: Queryable = this.db): Promise<Uint8Array> {
    const cached = this.cache.get(name);
    if (cached) return cached;
    let rows = await q.query<{ wrapped_key: string }>('SELECT wrapped_key FROM store_keys WHERE name = $1', [name]);
    if (rows.length === 0) {
      const fresh = name === 'audit-signing' ? generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }) : randomBytes(32);
      const wrapped = Buffer.from(seal(this.master, fresh, aad(name))).toString('base64');
      await q.query('INSERT INTO store_keys (name, wrapped_key, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [name, wrapped, this.now()]);
      rows = await q.query<{ wrapped_key: string }>('SELECT wrapped_key FROM store_keys WHERE name = $1', [name]);
    }
    const key = open(this.master, Buffer.from(rows[0]!.wrapped_key, 'base64'), aad(name));
    this.cache.set(name, key);
    return key;
  }

  /** Whether the named key exists yet (nothing is created). */
  async has(name: StoreKeyName, q: Queryable = this.db): Promise<boolean> {
    if (this.cache.has(name)) return true;
    return (await q.query('SELECT 1 FROM store_keys WHERE name = $1', [name])).length > 0;
  }

  /** HMAC-SHA256 of `value` under the named key, hex. */
  async mac(name: StoreKeyName, value: string | Uint8Array, q?: Queryable): Promise<string> {
    return createHmac('sha256', await this.key(name, q))
      .update(value)
      .digest('hex');
  }

  /** Seals JSON under the named key, bound to `aad` (what the value is and whose); base64. */
  async sealJson(name: StoreKeyName, aadText: string, value: unknown, q?: Queryable): Promise<string> {
    return Buffer.from(seal(await this.key(name, q), Buffer.from(JSON.stringify(value), 'utf8'), aadText)).toString('base64');
  }

  async openJson<T = unknown>(name: StoreKeyName, aadText: string, sealed: string): Promise<T> {
    return JSON.parse(Buffer.from(open(await this.key(name), Buffer.from(sealed, 'base64'), aadText)).toString('utf8')) as T;
  }

  /** The Ed25519 key that signs audit checkpoints. */
  async signingKey(q?: Queryable): Promise<SigningKey> {
    const der = Buffer.from(await this.key('audit-signing', q));
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(privateKey);
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return { privateKey, publicKey, publicKeyId: raw.toString('base64') };
  }

  /** Forgets keys read so far (after a restore loaded other keys into the table). */
  forget(): void {
    this.cache.clear();
  }

  /** Re-wraps every store key under a new master key, inside `tx`. Returns how many. */
  async rotateMaster(next: Uint8Array, tx: Queryable): Promise<number> {
    const rows = await tx.query<{ name: string; wrapped_key: string }>('SELECT name, wrapped_key FROM store_keys FOR UPDATE');
    for (const r of rows) {
      const key = open(this.master, Buffer.from(r.wrapped_key, 'base64'), aad(r.name));
      await tx.query('UPDATE store_keys SET wrapped_key = $2 WHERE name = $1', [r.name, Buffer.from(seal(next, key, aad(r.name))).toString('base64')]);
    }
    this.master = next;
    return rows.length;
  }
}
