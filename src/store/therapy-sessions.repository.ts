import type { SessionStatus } from '../domain/index.ts';
import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

export interface TherapySessionRecord {
  id: string;
  clientId: string;
  therapistId: string;
  kind: 'individual' | 'group';
  status: SessionStatus;
  title: string;
  scheduledAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  createdAt: Date;
}

interface Row {
  id: string;
  client_id: string;
  therapist_id: string;
  kind: 'individual' | 'group';
  status: SessionStatus;
  title: string;
  scheduled_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
  created_at: Date;
  title_sealed: string | null;
}

const titlePurpose = (id: string): string => `session-title:${id}`;

const d = (v: Date | null): Date | null => (v ? new Date(v) : null);
const fromRow = (r: Row): TherapySessionRecord => ({
  id: r.id,
  clientId: r.client_id,
  therapistId: r.therapist_id,
  kind: r.kind,
  status: r.status,
  title: r.title,
  scheduledAt: new Date(r.scheduled_at),
  startedAt: d(r.started_at),
  endedAt: d(r.ended_at),
  createdAt: new Date(r.created_at),
});

/** Session titles are sealed with the client's key; the plain column stays blank. */
export class TherapySessionsRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  private async open(r: Row): Promise<TherapySessionRecord> {
    const rec = fromRow(r);
    return r.title_sealed ? { ...rec, title: await this.vault.openJson<string>(r.client_id, titlePurpose(r.id), r.title_sealed) } : rec;
  }

  async create(s: Omit<TherapySessionRecord, 'status' | 'startedAt' | 'endedAt'>): Promise<TherapySessionRecord> {
    const sealed = await this.vault.sealJson(s.clientId, titlePurpose(s.id), s.title);
    const rows = await this.db.query<Row>(
      `INSERT INTO therapy_sessions (id, client_id, therapist_id, kind, title, title_sealed, scheduled_at, created_at) VALUES ($1,$2,$3,$4,'',$5,$6,$7) RETURNING *`,
      [s.id, s.clientId, s.therapistId, s.kind, sealed, s.scheduledAt, s.createdAt],
    );
    return this.open(rows[0]!);
  }

  async byId(id: string): Promise<TherapySessionRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM therapy_sessions WHERE id = $1', [id]);
    return rows[0] && this.open(rows[0]);
  }

  async listForClient(clientId: string): Promise<TherapySessionRecord[]> {
    const rows = await this.db.query<Row>('SELECT * FROM therapy_sessions WHERE client_id = $1 ORDER BY scheduled_at DESC', [clientId]);
    return Promise.all(rows.map((r) => this.open(r)));
  }

  /** Seals titles written before they were sealed (run once when the store opens). */
  async sealLegacy(): Promise<number> {
    const rows = await this.db.query<Row>('SELECT * FROM therapy_sessions WHERE title_sealed IS NULL');
    for (const r of rows) {
      await this.db.query(`UPDATE therapy_sessions SET title_sealed = $2, title = '' WHERE id = $1`, [
        r.id,
        await this.vault.sealJson(r.client_id, titlePurpose(r.id), r.title),
      ]);
    }
    return rows.length;
  }

  async update(id: string, patch: { status?: SessionStatus; title?: string; scheduledAt?: Date }, at: Date): Promise<TherapySessionRecord> {
    const current = patch.title !== undefined ? await this.byId(id) : undefined;
    const sealed = current ? await this.vault.sealJson(current.clientId, titlePurpose(id), patch.title) : null;
    const rows = await this.db.query<Row>(
      `UPDATE therapy_sessions SET
         status = COALESCE($2, status),
         title_sealed = COALESCE($3, title_sealed),
         scheduled_at = COALESCE($4, scheduled_at),
         started_at = CASE WHEN $2 = 'in_progress' AND started_at IS NULL THEN $5 ELSE started_at END,
         ended_at = CASE WHEN $2 IN ('completed', 'cancelled') AND ended_at IS NULL THEN $5 ELSE ended_at END
       WHERE id = $1 RETURNING *`,
      [id, patch.status ?? null, sealed, patch.scheduledAt ?? null, at],
    );
    return this.open(rows[0]!);
  }
}
