/**
 * Tamper-evident audit log: append-only, each entry chained to the previous by a keyed hash,
 * hash = HMAC-SHA256(audit key, prev_hash ‖ canonical JSON of the entry), the key wrapped by the
 * master key (`store_keys`). Altering, removing or reordering any entry breaks every hash after
 * it, and without the key nobody can recompute the chain after a change. Removal of the newest
 * entries is caught by comparing with signed checkpoints kept outside the database
 * (audit-checkpoints.ts): `verify(checkpoints)` checks that every checkpoint's head is still in
 * the chain, at its place, with its hash.
 */
import { createHash } from 'node:crypto';
import type { KeyRing } from './crypto/key-ring.ts';
import type { Db, Queryable, SqlParam } from './db.ts';
import type { AuditCheckpoint } from './audit-checkpoints.ts';

export interface AuditEntryInput {
  actorId: string | null;
  actorRole: string | null;
  /** Stable action name, e.g. `artwork.read`, `client.update`, `auth.login`. */
  action: string;
  clientId: string | null;
  targetType?: string | null;
  /** An id (never a client-chosen string: pass those through `pseudonym`). */
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditEntry extends Required<AuditEntryInput> {
  seq: number;
  at: Date;
  prevHash: string;
  hash: string;
}

/** The head of the chain: what a checkpoint signs. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export type AuditVerifyResult = { ok: true; entries: number; checkpoints?: number; warning?: string } | { ok: false; seq: number; reason: string };

export const GENESIS_HASH = '0'.repeat(64);
/** Chain version 2: keyed. Version 1 (plain sha256) exists only until the store first opens. */
const CHAIN = 2;
const UPGRADE_ACTION = 'audit.chain_upgraded';
const LOCK = 7340034;
/** At most this many entries in one group commit. */
const MAX_GROUP = 200;
/** Marks this repository's own appends (the store's write watch does not count them as changing the head behind its back). */
export const APPEND_MARK = '/* hearth:audit-append */';

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

function entryBody(e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return canonical({
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    clientId: e.clientId,
    targetType: e.targetType,
    targetId: e.targetId,
    detail: e.detail,
  });
}

/** The plain-sha256 hash of chain version 1, kept to check an old chain before it is upgraded. */
export function legacyAuditHash(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return createHash('sha256').update(prevHash).update(entryBody(e)).digest('hex');
}

interface AuditRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  client_id: string | null;
  target_type: string | null;
  target_id: string | null;
  detail: Record<string, unknown>;
  prev_hash: string;
  hash: string;
  chain: number;
}

const fromRow = (r: AuditRow): AuditEntry => ({
  seq: Number(r.seq),
  at: new Date(r.at),
  actorId: r.actor_id,
  actorRole: r.actor_role,
  action: r.action,
  clientId: r.client_id,
  targetType: r.target_type,
  targetId: r.target_id,
  detail: r.detail ?? {},
  prevHash: r.prev_hash,
  hash: r.hash,
});

export class AuditRepository {
  /** Entries this process appended (a store that appended writes a checkpoint when it closes). */
  appended = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly keys: KeyRing,
  ) {}

  /** The keyed hash of an entry after `prevHash`. */
  async hash(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash'>, q?: Queryable): Promise<string> {
    return this.keys.mac('audit-chain', prevHash + entryBody(e), q);
  }

  /**
   * A stable stand-in for a client-chosen string (a live drawing's id) that the audit log may
   * need to tell apart: 16 hex digits of a keyed hash, meaningless without the master key.
   */
  async pseudonym(value: string): Promise<string> {
    return (await this.keys.mac('audit-chain', `pseudonym:${value}`)).slice(0, 16);
  }

  private pending: { input: AuditEntryInput; resolve: (e: AuditEntry) => void; reject: (err: unknown) => void }[] = [];
  private draining = false;

  /**
   * Appends one entry and resolves once it is committed. Within a caller's transaction (`tx`) the
   * entry is written there. Otherwise appends are group-committed: while one transaction is
   * being written, the entries that arrive meanwhile wait and go together in the next one (one
   * lock, one head read, one insert), each still chained to the one before it and each caller
   * answered only after its own entry is durable. Serialised by an advisory lock so the chain
   * stays linear across nodes.
   */
  append(input: AuditEntryInput, tx?: Queryable): Promise<AuditEntry> {
    if (tx) {
      // The caller's transaction may still roll back: what this process knows of the head is dropped before and after.
      this.forgetHead();
      return this.appendAll(tx, [input])
        .then((e) => e[0]!)
        .finally(() => this.forgetHead());
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  /**
   * The chain's head as this process last wrote it — embedded database only, where this process
   * is the only writer (the data-folder lock): a group commit is then one INSERT (atomic on its
   * own) after it, with no head read and no explicit transaction. Should the head be stale after
   * all, the INSERT fails on the primary key (`seq`) and the group is written the careful way.
   * Dropped whenever audit_log is written otherwise (`forgetHead`).
   */
  private knownHead: AuditHead | null = null;
  private headGeneration = 0;

  /** Forgets the head this process knows (the log was written other than by a group commit, or may have been). */
  forgetHead(): void {
    this.knownHead = null;
    this.headGeneration++;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      // Let the requests already on their way join this group.
      await new Promise((r) => setImmediate(r));
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_GROUP);
        const inputs = batch.map((b) => b.input);
        const generation = this.headGeneration;
        const known = this.db.kind === 'pglite' ? this.knownHead : null;
        let entries: AuditEntry[] | undefined;
        if (known) entries = await this.appendAll(this.db, inputs, known).catch(() => (this.forgetHead(), undefined));
        try {
          entries ??= await this.db.transaction((q) => this.appendAll(q, inputs));
          if (this.db.kind === 'pglite' && generation === this.headGeneration) {
            const last = entries[entries.length - 1]!;
            this.knownHead = { seq: last.seq, hash: last.hash };
          }
          batch.forEach((b, i) => b.resolve(entries![i]!));
        } catch (err) {
          this.forgetHead();
          if (batch.length === 1) batch[0]!.reject(err);
          // One bad entry must not fail its neighbours: write them one by one.
          else
            for (const b of batch)
              await this.db
                .transaction((q) => this.appendAll(q, [b.input]))
                .then(
                  (e) => b.resolve(e[0]!),
                  (e: unknown) => b.reject(e),
                );
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /** Writes `inputs` in order after the current head, inside `q`'s transaction. */
  private async appendAll(q: Queryable, inputs: AuditEntryInput[], known?: AuditHead): Promise<AuditEntry[]> {
    // PGlite has one connection and runs one transaction at a time: the lock is for PostgreSQL's many.
    if (!known && this.db.kind !== 'pglite') await q.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
    const last = known ? [known] : await q.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    let prevHash = last[0]?.hash ?? GENESIS_HASH;
    let seq = Number(last[0]?.seq ?? 0);
    const out: AuditEntry[] = [];
    const params: SqlParam[] = [];
    const rows: string[] = [];
    for (const input of inputs) {
      seq++;
      // Millisecond precision: what PostgreSQL stores is exactly what we hashed.
      const at = new Date(Math.floor(this.now().getTime()));
      const entry = {
        seq,
        at,
        actorId: input.actorId,
        actorRole: input.actorRole,
        action: input.action,
        clientId: input.clientId,
        targetType: input.targetType ?? null,
        targetId: input.targetId ?? null,
        detail: input.detail ?? {},
      };
      const hash = await this.hash(prevHash, entry, q);
      const n = params.length;
      rows.push(`(${Array.from({ length: 12 }, (_, i) => `$${n + i + 1}`).join(',')})`);
      params.push(seq, at, entry.actorId, entry.actorRole, entry.action, entry.clientId, entry.targetType, entry.targetId, entry.detail, prevHash, hash, CHAIN);
      out.push({ ...entry, prevHash, hash });
      prevHash = hash;
    }
    await q.query(
      `${APPEND_MARK} INSERT INTO audit_log (seq, at, actor_id, actor_role, action, client_id, target_type, target_id, detail, prev_hash, hash, chain) VALUES ${rows.join(',')}`,
      params,
    );
    this.appended += out.length;
    return out;
  }

  async listForClient(clientId: string, limit = 200): Promise<AuditEntry[]> {
    const rows = await this.db.query<AuditRow>('SELECT * FROM audit_log WHERE client_id = $1 ORDER BY seq DESC LIMIT $2', [clientId, limit]);
    return rows.map(fromRow);
  }

  async count(): Promise<number> {
    const r = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    return r[0]?.n ?? 0;
  }

  /** The newest entry's number and hash, or null for an empty log. */
  async head(): Promise<AuditHead | null> {
    const r = await this.db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    return r[0] ? { seq: Number(r[0].seq), hash: r[0].hash } : null;
  }

  /**
   * Re-chains entries written under the plain-sha256 chain with the keyed hash, once, in one
   * transaction, and appends an `audit.chain_upgraded` entry saying how many entries were
   * upgraded, the old head and whether the old chain verified (the first broken entry if not).
   * Returns the marker's number, or null when there was nothing to upgrade. It runs only while no
   * audit key exists: old-chain entries that appear later stay, and `verify` reports them.
   */
  async upgradeChain(): Promise<number | null> {
    return this.db.transaction(async (q) => {
      await q.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
      const legacy = await q.query('SELECT 1 FROM audit_log WHERE chain <> $1 LIMIT 1', [CHAIN]);
      if (legacy.length === 0) return null;
      // Only a log that was never keyed is upgraded. Once the audit key exists, entries off the keyed
      // chain were put there by someone without the key: they stay, and `verify` reports them.
      if (await this.keys.has('audit-chain', q)) return null;
      const rows = (await q.query<AuditRow>('SELECT * FROM audit_log ORDER BY seq')).map(fromRow);
      let legacyPrev = GENESIS_HASH;
      let brokenAt: number | null = null;
      let prev = GENESIS_HASH;
      for (const [i, e] of rows.entries()) {
        if (brokenAt === null && (e.seq !== i + 1 || e.prevHash !== legacyPrev || legacyAuditHash(legacyPrev, e) !== e.hash)) brokenAt = e.seq;
        legacyPrev = e.hash;
        const hash = await this.hash(prev, e, q);
        await q.query('UPDATE audit_log SET prev_hash = $2, hash = $3, chain = $4 WHERE seq = $1', [e.seq, prev, hash, CHAIN]);
        prev = hash;
      }
      const marker = await this.append(
        {
          actorId: null,
          actorRole: 'system',
          action: UPGRADE_ACTION,
          clientId: null,
          detail: {
            from: 'sha256',
            to: 'hmac-sha256',
            upgradedEntries: rows.length,
            legacyHead: legacyPrev,
            legacyIntact: brokenAt === null,
            ...(brokenAt !== null ? { legacyBrokenAt: brokenAt } : {}),
          },
        },
        q,
      );
      return marker.seq;
    });
  }

  /**
   * Walks the whole chain, and checks it against `checkpoints` (already signature-checked):
   * every checkpoint's entry must still be there with the hash it had. Returns the first
   * problem, or ok with the number of entries checked.
   */
  async verify(checkpoints?: readonly AuditCheckpoint[]): Promise<AuditVerifyResult> {
    const pending = new Map<number, AuditCheckpoint[]>();
    for (const c of checkpoints ?? []) pending.set(c.seq, [...(pending.get(c.seq) ?? []), c]);
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    const pageSize = 5000;
    let after = 0;
    let checked = 0;
    for (;;) {
      const rows = await this.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [after, pageSize]);
      if (rows.length === 0) break;
      for (const row of rows) {
        const e = fromRow(row);
        if (e.seq !== expectedSeq) return { ok: false, seq: e.seq, reason: `entry ${expectedSeq} is missing (next is ${e.seq})` };
        if (Number(row.chain) !== CHAIN)
          return { ok: false, seq: e.seq, reason: 'the entry is not on the keyed chain (written or rewritten without the audit key)' };
        if (e.prevHash !== prev) return { ok: false, seq: e.seq, reason: 'the link to the previous entry is broken (removed or reordered)' };
        if ((await this.hash(prev, e)) !== e.hash) return { ok: false, seq: e.seq, reason: 'the entry was altered after it was written' };
        for (const c of pending.get(e.seq) ?? []) {
          if (c.head !== e.hash)
            return { ok: false, seq: e.seq, reason: `the entry differs from the signed checkpoint of ${c.at} (the log was rewritten up to here)` };
        }
        pending.delete(e.seq);
        prev = e.hash;
        expectedSeq++;
        checked++;
        after = e.seq;
      }
    }
    if (pending.size > 0) {
      const newest = [...pending.values()].flat().sort((a, b) => b.seq - a.seq)[0]!;
      return {
        ok: false,
        seq: checked + 1,
        reason: `entries ${checked + 1}–${newest.seq} were removed: the signed checkpoint of ${newest.at} recorded ${newest.count} entries, the log has ${checked}`,
      };
    }
    if (checkpoints === undefined) return { ok: true, entries: checked };
    if (checkpoints.length === 0 && checked > 0)
      return { ok: true, entries: checked, checkpoints: 0, warning: 'no signed checkpoint to compare with: removal of the newest entries cannot be ruled out' };
    return { ok: true, entries: checked, checkpoints: checkpoints.length };
  }
}
