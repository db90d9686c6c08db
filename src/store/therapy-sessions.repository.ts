import type { SessionStatus } from '../domain/index.ts';
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
}

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

export class TherapySessionsRepository {
  constructor(private readonly db: Db) {}

  async create(s: Omit<TherapySessionRecord, 'status' | 'startedAt' | 'endedAt'>): Promise<TherapySessionRecord> {
    const rows = await this.db.query<Row>(
      `INSERT INTO therapy_sessions (id, client_id, therapist_id, kind, title, scheduled_at, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING *`,
      [s.id, s.clientId, s.therapistId, s.kind, s.title, s.scheduledAt, s.createdAt],
    );
    return fromRow(rows[0]!);
  }

  async byId(id: string): Promise<TherapySessionRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM therapy_sessions WHERE id = $1', [id]);
    return rows[0] && fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<TherapySessionRecord[]> {
    const rows = await this.db.query<Row>('SELECT * FROM therapy_sessions WHERE client_id = $1 ORDER BY scheduled_at DESC', [clientId]);
    return rows.map(fromRow);
  }

  async update(id: string, patch: { status?: SessionStatus; title?: string; scheduledAt?: Date }, at: Date): Promise<TherapySessionRecord> {
    const rows = await this.db.query<Row>(
      `UPDATE therapy_sessions SET
         status = COALESCE($2, status),
         title = COALESCE($3, title),
         scheduled_at = COALESCE($4, scheduled_at),
         started_at = CASE WHEN $2 = 'in_progress' AND started_at IS NULL THEN $5 ELSE started_at END,
         ended_at = CASE WHEN $2 IN ('completed', 'cancelled') AND ended_at IS NULL THEN $5 ELSE ended_at END
       WHERE id = $1 RETURNING *`,
      [id, patch.status ?? null, patch.title ?? null, patch.scheduledAt ?? null, at],
    );
    return fromRow(rows[0]!);
  }
}
