/**
 * Tamper-evident audit log: append-only, each entry chained to the previous by
 * hash = sha256(prev_hash + canonical JSON of the entry). Altering, removing or reordering any
 * entry breaks every hash after it, which `verifyAuditChain` reports.
 */
import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db.ts';

export interface AuditEntryInput {
  actorId: string | null;
  actorRole: string | null;
  /** Stable action name, e.g. `artwork.read`, `client.update`, `auth.login`. */
  action: string;
  clientId: string | null;
  targetType?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditEntry extends Required<AuditEntryInput> {
  seq: number;
  at: Date;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

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

export function auditHash(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  const body = canonical({
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
  return createHash('sha256').update(prevHash).update(body).digest('hex');
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
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** Appends one entry. Serialised by an advisory lock so the chain stays linear across nodes. */
  async append(input: AuditEntryInput, tx?: Queryable): Promise<AuditEntry> {
    const run = async (q: Queryable): Promise<AuditEntry> => {
      await q.query('SELECT pg_advisory_xact_lock(7340034)');
      const last = await q.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
      const prevHash = last[0]?.hash ?? GENESIS_HASH;
      const seq = Number(last[0]?.seq ?? 0) + 1;
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
      const hash = auditHash(prevHash, entry);
      await q.query(
        `INSERT INTO audit_log (seq, at, actor_id, actor_role, action, client_id, target_type, target_id, detail, prev_hash, hash)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
        [seq, at, entry.actorId, entry.actorRole, entry.action, entry.clientId, entry.targetType, entry.targetId, entry.detail, prevHash, hash],
      );
      return { ...entry, prevHash, hash };
    };
    return tx ? run(tx) : this.db.transaction(run);
  }

  async listForClient(clientId: string, limit = 200): Promise<AuditEntry[]> {
    const rows = await this.db.query<AuditRow>('SELECT * FROM audit_log WHERE client_id = $1 ORDER BY seq DESC LIMIT $2', [clientId, limit]);
    return rows.map(fromRow);
  }

  async count(): Promise<number> {
    const r = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    return r[0]?.n ?? 0;
  }

  /** Walks the whole chain; returns the first broken entry, or ok with the number checked. */
  async verify(): Promise<{ ok: true; entries: number } | { ok: false; seq: number; reason: string }> {
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
        if (e.prevHash !== prev) return { ok: false, seq: e.seq, reason: 'the link to the previous entry is broken (removed or reordered)' };
        if (auditHash(prev, e) !== e.hash) return { ok: false, seq: e.seq, reason: 'the entry was altered after it was written' };
        prev = e.hash;
        expectedSeq++;
        checked++;
        after = e.seq;
      }
    }
    return { ok: true, entries: checked };
  }
}
