import type { Db } from './db.ts';

export type ArtworkKind = 'sketch' | 'upload' | 'generated' | 'inpainted';

export interface ArtworkRecord {
  id: string;
  clientId: string;
  createdBy: string;
  parentId: string | null;
  sessionId: string | null;
  kind: ArtworkKind;
  title: string;
  blobKey: string;
  thumbKey: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  backend: string | null;
  params: Record<string, unknown>;
  seed: number | null;
  createdAt: Date;
  deletedAt: Date | null;
}

interface Row {
  id: string;
  client_id: string;
  created_by: string;
  parent_id: string | null;
  session_id: string | null;
  kind: ArtworkKind;
  title: string;
  blob_key: string;
  thumb_key: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  backend: string | null;
  params: Record<string, unknown>;
  seed: number | null;
  created_at: Date;
  deleted_at: Date | null;
}

const fromRow = (r: Row): ArtworkRecord => ({
  id: r.id,
  clientId: r.client_id,
  createdBy: r.created_by,
  parentId: r.parent_id,
  sessionId: r.session_id,
  kind: r.kind,
  title: r.title,
  blobKey: r.blob_key,
  thumbKey: r.thumb_key,
  mime: r.mime,
  width: r.width,
  height: r.height,
  bytes: r.bytes,
  backend: r.backend,
  params: r.params ?? {},
  seed: r.seed === null ? null : Number(r.seed),
  createdAt: new Date(r.created_at),
  deletedAt: r.deleted_at ? new Date(r.deleted_at) : null,
});

export class ArtworksRepository {
  constructor(private readonly db: Db) {}

  async create(a: Omit<ArtworkRecord, 'deletedAt'>): Promise<ArtworkRecord> {
    const rows = await this.db.query<Row>(
      `INSERT INTO artworks (id, client_id, created_by, parent_id, session_id, kind, title, blob_key, thumb_key, mime, width, height, bytes, backend, params, seed, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) RETURNING *`,
      [a.id, a.clientId, a.createdBy, a.parentId, a.sessionId, a.kind, a.title, a.blobKey, a.thumbKey, a.mime, a.width, a.height, a.bytes, a.backend, a.params, a.seed, a.createdAt],
    );
    return fromRow(rows[0]!);
  }

  async byId(id: string): Promise<ArtworkRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM artworks WHERE id = $1 AND deleted_at IS NULL', [id]);
    return rows[0] && fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<ArtworkRecord[]> {
    const rows = await this.db.query<Row>('SELECT * FROM artworks WHERE client_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id', [clientId]);
    return rows.map(fromRow);
  }

  async countForClient(clientId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM artworks WHERE client_id = $1 AND deleted_at IS NULL', [clientId]);
    return rows[0]?.n ?? 0;
  }

  async updateTitle(id: string, title: string): Promise<ArtworkRecord> {
    const rows = await this.db.query<Row>('UPDATE artworks SET title = $2 WHERE id = $1 RETURNING *', [id, title]);
    return fromRow(rows[0]!);
  }

  /** Moves a work to the bin; the files stay until the client record is erased. */
  async softDelete(id: string, at: Date): Promise<void> {
    await this.db.query('UPDATE artworks SET deleted_at = $2 WHERE id = $1', [id, at]);
  }
}
