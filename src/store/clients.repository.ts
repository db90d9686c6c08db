import type { Db, Queryable } from './db.ts';

export interface ClientRecord {
  id: string;
  therapistId: string;
  userId: string | null;
  displayName: string;
  pronouns: string | null;
  goals: string;
  status: 'active' | 'archived';
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: string;
  therapist_id: string;
  user_id: string | null;
  display_name: string;
  pronouns: string | null;
  goals: string;
  status: 'active' | 'archived';
  created_at: Date;
  updated_at: Date;
}

const fromRow = (r: Row): ClientRecord => ({
  id: r.id,
  therapistId: r.therapist_id,
  userId: r.user_id,
  displayName: r.display_name,
  pronouns: r.pronouns,
  goals: r.goals,
  status: r.status,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export type ClientPatch = Partial<Pick<ClientRecord, 'displayName' | 'pronouns' | 'goals' | 'status'>>;

export class ClientsRepository {
  constructor(private readonly db: Db) {}

  async create(c: Omit<ClientRecord, 'userId' | 'status' | 'updatedAt'>): Promise<ClientRecord> {
    const rows = await this.db.query<Row>(
      `INSERT INTO clients (id, therapist_id, display_name, pronouns, goals, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$6) RETURNING *`,
      [c.id, c.therapistId, c.displayName, c.pronouns, c.goals, c.createdAt],
    );
    return fromRow(rows[0]!);
  }

  async byId(id: string): Promise<ClientRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM clients WHERE id = $1', [id]);
    return rows[0] && fromRow(rows[0]);
  }

  async byUserId(userId: string): Promise<ClientRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM clients WHERE user_id = $1', [userId]);
    return rows[0] && fromRow(rows[0]);
  }

  async listForTherapist(therapistId: string, includeArchived = false): Promise<ClientRecord[]> {
    const rows = await this.db.query<Row>(
      `SELECT * FROM clients WHERE therapist_id = $1 ${includeArchived ? '' : "AND status = 'active'"} ORDER BY lower(display_name)`,
      [therapistId],
    );
    return rows.map(fromRow);
  }

  async update(id: string, patch: ClientPatch, at: Date): Promise<ClientRecord> {
    const rows = await this.db.query<Row>(
      `UPDATE clients SET
         display_name = COALESCE($2, display_name),
         pronouns = CASE WHEN $3::boolean THEN $4 ELSE pronouns END,
         goals = COALESCE($5, goals),
         status = COALESCE($6, status),
         updated_at = $7
       WHERE id = $1 RETURNING *`,
      [id, patch.displayName ?? null, patch.pronouns !== undefined, patch.pronouns ?? null, patch.goals ?? null, patch.status ?? null, at],
    );
    return fromRow(rows[0]!);
  }

  /**
   * Erases a client: destroys their data key (crypto-shredding), then deletes their record and
   * everything that cascades from it, and their login. Returns the blob keys to delete.
   */
  async erase(id: string, destroyKey: (q: Queryable) => Promise<void>): Promise<string[]> {
    return this.db.transaction(async (tx) => {
      // Every file the client owns: artworks with their thumbnails, and music recordings.
      const files = await tx.query<{ blob_key: string; thumb_key: string | null }>(
        'SELECT blob_key, thumb_key FROM artworks WHERE client_id = $1 UNION ALL SELECT blob_key, NULL FROM music_samples WHERE client_id = $1',
        [id],
      );
      const user = await tx.query<{ user_id: string | null }>('SELECT user_id FROM clients WHERE id = $1', [id]);
      await destroyKey(tx);
      await tx.query('UPDATE artworks SET parent_id = NULL WHERE client_id = $1', [id]);
      await tx.query('DELETE FROM clients WHERE id = $1', [id]);
      const userId = user[0]?.user_id;
      if (userId) await tx.query('DELETE FROM users WHERE id = $1', [userId]);
      return files.flatMap((f) => (f.thumb_key ? [f.blob_key, f.thumb_key] : [f.blob_key]));
    });
  }

  async linkUser(id: string, userId: string, at: Date, q: Queryable = this.db): Promise<void> {
    await q.query('UPDATE clients SET user_id = $2, updated_at = $3 WHERE id = $1', [id, userId, at]);
  }
}
