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

type R = Record<string, unknown>;

/** Homework assignments; the therapist's personal note is sealed with the client's key. */
export class HomeworkRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  private async fromRow(r: R): Promise<HomeworkRecord> {
    const clientId = r.client_id as string;
    return {
      id: r.id as string,
      clientId,
      therapistId: r.therapist_id as string,
      directiveId: r.directive_id as string,
      directive: r.directive_snapshot as DirectiveSnapshot,
      note: r.note_sealed ? await this.vault.openJson<string>(clientId, `homework:${r.id as string}`, r.note_sealed as string) : null,
      dueAt: r.due_at ? new Date(r.due_at as Date) : null,
      status: r.status as HomeworkStatus,
      createdAt: new Date(r.created_at as Date),
      completedAt: r.completed_at ? new Date(r.completed_at as Date) : null,
    };
  }

  async create(h: Omit<HomeworkRecord, 'status' | 'completedAt'>): Promise<HomeworkRecord> {
    const note = h.note ? await this.vault.sealJson(h.clientId, `homework:${h.id}`, h.note) : null;
    const rows = await this.db.query<R>(
      'INSERT INTO homework (id, client_id, therapist_id, directive_id, directive_snapshot, note_sealed, due_at, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *',
      [h.id, h.clientId, h.therapistId, h.directiveId, h.directive as unknown as Record<string, unknown>, note, h.dueAt, h.createdAt],
    );
    return this.fromRow(rows[0]!);
  }

  async byId(id: string): Promise<HomeworkRecord | undefined> {
    const rows = await this.db.query<R>('SELECT * FROM homework WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<HomeworkRecord[]> {
    const rows = await this.db.query<R>('SELECT * FROM homework WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  async setStatus(id: string, status: HomeworkStatus, at: Date): Promise<HomeworkRecord> {
    const rows = await this.db.query<R>(
      `UPDATE homework SET status = $2::text, completed_at = CASE WHEN $2::text = 'completed' THEN $3::timestamptz ELSE NULL END WHERE id = $1 RETURNING *`,
      [id, status, at],
    );
    return this.fromRow(rows[0]!);
  }

  /** Ids of what was made, written and felt for one homework. */
  async linked(id: string): Promise<{ artworkIds: string[]; reflectionIds: string[]; checkinIds: string[]; musicIds: string[] }> {
    const q = async (table: string) => (await this.db.query<{ id: string }>(`SELECT id FROM ${table} WHERE homework_id = $1 ORDER BY created_at`, [id])).map((r) => r.id);
    return { artworkIds: await q('artworks'), reflectionIds: await q('reflections'), checkinIds: await q('checkins'), musicIds: await q('music_pieces') };
  }

  async link(table: 'artworks' | 'reflections' | 'checkins' | 'music_pieces', rowId: string, homeworkId: string): Promise<void> {
    await this.db.query(`UPDATE ${table} SET homework_id = $2 WHERE id = $1`, [rowId, homeworkId]);
  }
}
