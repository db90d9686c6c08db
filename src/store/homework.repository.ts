import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

export type HomeworkStatus = 'assigned' | 'in_progress' | 'completed' | 'cancelled';

export interface DirectiveSnapshot {
  title: string;
  mode: string;
  goal: string;
  instructions: string[];
  reflectionQuestions: string[];
}

export interface HomeworkRecord {
  id: string;
  clientId: string;
  therapistId: string;
  directiveId: string;
  directive: DirectiveSnapshot;
  note: string | null;
  dueAt: Date | null;
  status: HomeworkStatus;
  createdAt: Date;
  completedAt: Date | null;
}

interface Row {
  id: string;
  client_id: string;
  therapist_id: string;
  directive_id: string;
  directive_snapshot: DirectiveSnapshot;
  directive_sealed: string | null;
  note_sealed: string | null;
  due_at: Date | null;
  status: HomeworkStatus;
  created_at: Date;
  completed_at: Date | null;
}

const directivePurpose = (homeworkId: string): string => `homework-directive:${homeworkId}`;

/** Homework assignments; the directive as assigned and the therapist's personal note are sealed with the client's key. */
export class HomeworkRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  private async fromRow(r: Row): Promise<HomeworkRecord> {
    const clientId = r.client_id;
    return {
      id: r.id,
      clientId,
      therapistId: r.therapist_id,
      directiveId: r.directive_id,
      directive: r.directive_sealed ? await this.vault.openJson<DirectiveSnapshot>(clientId, directivePurpose(r.id), r.directive_sealed) : r.directive_snapshot,
      note: r.note_sealed ? await this.vault.openJson<string>(clientId, `homework:${r.id}`, r.note_sealed) : null,
      dueAt: r.due_at ? new Date(r.due_at) : null,
      status: r.status,
      createdAt: new Date(r.created_at),
      completedAt: r.completed_at ? new Date(r.completed_at) : null,
    };
  }

  async create(h: Omit<HomeworkRecord, 'status' | 'completedAt'>): Promise<HomeworkRecord> {
    const note = h.note ? await this.vault.sealJson(h.clientId, `homework:${h.id}`, h.note) : null;
    const directive = await this.vault.sealJson(h.clientId, directivePurpose(h.id), h.directive);
    const rows = await this.db.query<Row>(
      `INSERT INTO homework (id, client_id, therapist_id, directive_id, directive_snapshot, directive_sealed, note_sealed, due_at, created_at) VALUES ($1,$2,$3,$4,'{}'::jsonb,$5,$6,$7,$8) RETURNING *`,
      [h.id, h.clientId, h.therapistId, h.directiveId, directive, note, h.dueAt, h.createdAt],
    );
    return this.fromRow(rows[0]!);
  }

  /** Seals directive snapshots an older version stored plain (run when the store opens). Returns how many. */
  async sealLegacy(): Promise<number> {
    const rows = await this.db.query<Row>('SELECT * FROM homework WHERE directive_sealed IS NULL');
    for (const r of rows) {
      await this.db.query(`UPDATE homework SET directive_sealed = $2, directive_snapshot = '{}'::jsonb WHERE id = $1`, [
        r.id,
        await this.vault.sealJson(r.client_id, directivePurpose(r.id), r.directive_snapshot),
      ]);
    }
    return rows.length;
  }

  async byId(id: string): Promise<HomeworkRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM homework WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<HomeworkRecord[]> {
    const rows = await this.db.query<Row>('SELECT * FROM homework WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  /** Whether this directive has been assigned to this client as homework (ids only: nothing is opened). */
  async assigned(clientId: string, directiveId: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM homework WHERE client_id = $1 AND directive_id = $2 LIMIT 1', [clientId, directiveId])).length > 0;
  }

  async setStatus(id: string, status: HomeworkStatus, at: Date): Promise<HomeworkRecord> {
    const rows = await this.db.query<Row>(
      `UPDATE homework SET status = $2::text, completed_at = CASE WHEN $2::text = 'completed' THEN $3::timestamptz ELSE NULL END WHERE id = $1 RETURNING *`,
      [id, status, at],
    );
    return this.fromRow(rows[0]!);
  }

  /** Ids of what was made, written and felt for one homework. */
  async linked(id: string): Promise<{ artworkIds: string[]; reflectionIds: string[]; checkinIds: string[]; musicIds: string[] }> {
    const q = async (table: string) =>
      (await this.db.query<{ id: string }>(`SELECT id FROM ${table} WHERE homework_id = $1 ORDER BY created_at`, [id])).map((r) => r.id);
    return { artworkIds: await q('artworks'), reflectionIds: await q('reflections'), checkinIds: await q('checkins'), musicIds: await q('music_pieces') };
  }

  async link(table: 'artworks' | 'reflections' | 'checkins' | 'music_pieces', rowId: string, homeworkId: string): Promise<void> {
    await this.db.query(`UPDATE ${table} SET homework_id = $2 WHERE id = $1`, [rowId, homeworkId]);
  }
}
