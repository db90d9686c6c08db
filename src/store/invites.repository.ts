import type { Locale } from '../domain/index.ts';
import type { Db, Queryable } from './db.ts';

export interface InviteRecord {
  id: string;
  tokenHash: string;
  clientId: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  /** The language the new client starts in (040); null: their therapist's. */
  locale: Locale | null;
}

interface Row {
  id: string;
  token_hash: string;
  client_id: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  locale: Locale | null;
}

const d = (v: Date | null): Date | null => (v ? new Date(v) : null);
const fromRow = (r: Row): InviteRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  clientId: r.client_id,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
  usedAt: d(r.used_at),
  revokedAt: d(r.revoked_at),
  locale: r.locale ?? null,
});

/** Single-use invite links; only the sha256 of the token is stored. */
export class InvitesRepository {
  constructor(private readonly db: Db) {}

  async create(i: Omit<InviteRecord, 'usedAt' | 'revokedAt' | 'locale'> & { locale?: Locale | null }): Promise<InviteRecord> {
    const rows = await this.db.query<Row>(
      `INSERT INTO invites (id, token_hash, client_id, created_by, created_at, expires_at, locale) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING *`,
      [i.id, i.tokenHash, i.clientId, i.createdBy, i.createdAt, i.expiresAt, i.locale ?? null],
    );
    return fromRow(rows[0]!);
  }

  async byTokenHash(hash: string, q: Queryable = this.db): Promise<InviteRecord | undefined> {
    const rows = await q.query<Row>('SELECT * FROM invites WHERE token_hash = $1', [hash]);
    return rows[0] && fromRow(rows[0]);
  }

  async byId(id: string): Promise<InviteRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM invites WHERE id = $1', [id]);
    return rows[0] && fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<InviteRecord[]> {
    const rows = await this.db.query<Row>('SELECT * FROM invites WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return rows.map(fromRow);
  }

  /** Marks the invite used if it still is usable; false if someone else used it first. */
  async consume(id: string, at: Date, q: Queryable): Promise<boolean> {
    const rows = await q.query('UPDATE invites SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2 RETURNING id', [
      id,
      at,
    ]);
    return rows.length === 1;
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.db.query('UPDATE invites SET revoked_at = $2 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL', [id, at]);
  }
}
