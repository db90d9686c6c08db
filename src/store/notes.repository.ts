import type { ClientVault } from './crypto/vault.ts';
import type { Db, Queryable } from './db.ts';

export interface NoteSectionRecord {
  key: string;
  label: string;
  text: string;
}

export interface AddendumRecord {
  id: string;
  authorId: string;
  text: string;
  contentHash: string;
  createdAt: Date;
}

export interface NoteRecord {
  id: string;
  clientId: string;
  sessionId: string | null;
  therapistId: string;
  format: 'SOAP' | 'DAP' | 'BIRP';
  status: 'draft' | 'signed';
  sections: NoteSectionRecord[];
  draftedBy: string;
  contentHash: string | null;
  signedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  addenda: AddendumRecord[];
}

interface NoteRow {
  id: string;
  client_id: string;
  session_id: string | null;
  therapist_id: string;
  format: NoteRecord['format'];
  status: NoteRecord['status'];
  content_sealed: string;
  drafted_by: string;
  content_hash: string | null;
  signed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface AddendumRow {
  id: string;
  author_id: string;
  content_sealed: string;
  content_hash: string;
  created_at: Date;
}

/** Session notes; their content is sealed with the client's key. */
export class NotesRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  async create(n: Omit<NoteRecord, 'status' | 'contentHash' | 'signedAt' | 'addenda' | 'updatedAt'>): Promise<void> {
    const sealed = await this.vault.sealJson(n.clientId, `note:${n.id}`, n.sections);
    await this.db.query(
      'INSERT INTO notes (id, client_id, session_id, therapist_id, format, content_sealed, drafted_by, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$8)',
      [n.id, n.clientId, n.sessionId, n.therapistId, n.format, sealed, n.draftedBy, n.createdAt],
    );
  }

  private async fromRow(r: NoteRow): Promise<NoteRecord> {
    const clientId = r.client_id;
    const id = r.id;
    const add = await this.db.query<AddendumRow>('SELECT * FROM note_addenda WHERE note_id = $1 ORDER BY created_at, id', [id]);
    return {
      id,
      clientId,
      sessionId: r.session_id,
      therapistId: r.therapist_id,
      format: r.format,
      status: r.status,
      sections: await this.vault.openJson(clientId, `note:${id}`, r.content_sealed),
      draftedBy: r.drafted_by,
      contentHash: r.content_hash,
      signedAt: r.signed_at ? new Date(r.signed_at) : null,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      addenda: await Promise.all(
        add.map(async (a) => ({
          id: a.id,
          authorId: a.author_id,
          contentHash: a.content_hash,
          createdAt: new Date(a.created_at),
          text: await this.vault.openJson<string>(clientId, `addendum:${a.id}`, a.content_sealed),
        })),
      ),
    };
  }

  async byId(id: string): Promise<NoteRecord | undefined> {
    const rows = await this.db.query<NoteRow>('SELECT * FROM notes WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<NoteRecord[]> {
    const rows = await this.db.query<NoteRow>('SELECT * FROM notes WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  /** Changes a draft; returns false if the note is signed (locked). */
  async updateDraft(note: NoteRecord, sections: NoteSectionRecord[], at: Date): Promise<boolean> {
    const sealed = await this.vault.sealJson(note.clientId, `note:${note.id}`, sections);
    const rows = await this.db.query("UPDATE notes SET content_sealed = $2, updated_at = $3 WHERE id = $1 AND status = 'draft' RETURNING id", [
      note.id,
      sealed,
      at,
    ]);
    return rows.length === 1;
  }

  async sign(id: string, hash: string, at: Date, q: Queryable = this.db): Promise<boolean> {
    const rows = await q.query(
      "UPDATE notes SET status = 'signed', content_hash = $2, signed_at = $3, updated_at = $3 WHERE id = $1 AND status = 'draft' RETURNING id",
      [id, hash, at],
    );
    return rows.length === 1;
  }

  async addAddendum(note: NoteRecord, a: AddendumRecord): Promise<void> {
    const sealed = await this.vault.sealJson(note.clientId, `addendum:${a.id}`, a.text);
    await this.db.query('INSERT INTO note_addenda (id, note_id, author_id, content_sealed, content_hash, created_at) VALUES ($1,$2,$3,$4,$5,$6)', [
      a.id,
      note.id,
      a.authorId,
      sealed,
      a.contentHash,
      a.createdAt,
    ]);
  }
}
