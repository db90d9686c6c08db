import type { ClientVault } from './crypto/vault.ts';
import type { Db, Queryable } from './db.ts';

export type ArtworkKind = 'sketch' | 'upload' | 'generated' | 'inpainted';
/**
 * Where a work stands (migration 050): `gallery` — in the client's gallery; `draft` — made in the
 * studio and not kept yet (listed in the studio only); `process` — the history of a kept work
 * (the drawing it was made from): in its version tree and replay, not a gallery item of its own.
 */
export type ArtworkState = 'gallery' | 'draft' | 'process';
/** Which works a listing returns: the gallery, everything kept (gallery + process), or all (with drafts). */
export type ArtworkListing = 'gallery' | 'kept' | 'all';
const LISTING_STATES: Record<ArtworkListing, readonly ArtworkState[]> = {
  gallery: ['gallery'],
  kept: ['gallery', 'process'],
  all: ['gallery', 'process', 'draft'],
};

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
  state: ArtworkState;
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
  words_sealed: string | null;
  studio_state: ArtworkState;
}

/** What `create`/`insertSealed` take: a record without its deletion time; the state defaults to `gallery`. */
export type NewArtworkRow = Omit<ArtworkRecord, 'deletedAt' | 'state'> & { state?: ArtworkState };

/** An artwork's title and parameters (prompts are the client's words): sealed with their key. */
type Words = Pick<ArtworkRecord, 'title' | 'params'>;
const wordsPurpose = (id: string): string => `artwork-words:${id}`;

const plainFromRow = (r: Row): ArtworkRecord => ({
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
  state: r.studio_state ?? 'gallery',
  createdAt: new Date(r.created_at),
  deletedAt: r.deleted_at ? new Date(r.deleted_at) : null,
});

export class ArtworksRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  private async fromRow(r: Row): Promise<ArtworkRecord> {
    const rec = plainFromRow(r);
    if (!r.words_sealed) return rec;
    const words = await this.vault.openJson<Words>(r.client_id, wordsPurpose(r.id), r.words_sealed);
    return { ...rec, title: words.title, params: words.params };
  }

  private rows(rows: Row[]): Promise<ArtworkRecord[]> {
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  /** Seal first (outside any transaction: it may create the client's key), then insert. */
  async create(a: NewArtworkRow, q: Queryable = this.db): Promise<ArtworkRecord> {
    const sealed = await this.sealWords(a.clientId, a.id, { title: a.title, params: a.params });
    return this.insertSealed(a, sealed, q);
  }

  /** The sealed title and parameters for `create` inside a transaction (`insertSealed`). */
  sealWords(clientId: string, id: string, words: Words): Promise<string> {
    return this.vault.sealJson(clientId, wordsPurpose(id), words);
  }

  async insertSealed(a: NewArtworkRow, sealed: string, q: Queryable = this.db): Promise<ArtworkRecord> {
    const rows = await q.query<Row>(
      `INSERT INTO artworks (id, client_id, created_by, parent_id, session_id, kind, title, blob_key, thumb_key, mime, width, height, bytes, backend, params, seed, created_at, words_sealed, studio_state)
       VALUES ($1,$2,$3,$4,$5,$6,'',$7,$8,$9,$10,$11,$12,$13,'{}'::jsonb,$14,$15,$16,$17) RETURNING *`,
      [
        a.id,
        a.clientId,
        a.createdBy,
        a.parentId,
        a.sessionId,
        a.kind,
        a.blobKey,
        a.thumbKey,
        a.mime,
        a.width,
        a.height,
        a.bytes,
        a.backend,
        a.seed,
        a.createdAt,
        sealed,
        a.state ?? 'gallery',
      ],
    );
    return plainFromRow({ ...rows[0]!, title: a.title, params: a.params });
  }

  /** Seals titles and parameters written before they were sealed (run once when the store opens). */
  async sealLegacy(): Promise<number> {
    const rows = await this.db.query<Row>('SELECT * FROM artworks WHERE words_sealed IS NULL');
    for (const r of rows) {
      const sealed = await this.sealWords(r.client_id, r.id, { title: r.title, params: r.params ?? {} });
      await this.db.query(`UPDATE artworks SET words_sealed = $2, title = '', params = '{}'::jsonb WHERE id = $1`, [r.id, sealed]);
    }
    return rows.length;
  }

  async byId(id: string): Promise<ArtworkRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM artworks WHERE id = $1 AND deleted_at IS NULL', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  /** A client's works, newest first: the gallery by default (drafts and a kept work's history are not gallery items). */
  async listForClient(clientId: string, which: ArtworkListing = 'gallery'): Promise<ArtworkRecord[]> {
    const rows = await this.db.query<Row>(
      'SELECT * FROM artworks WHERE client_id = $1 AND deleted_at IS NULL AND studio_state = ANY($2::text[]) ORDER BY created_at DESC, id',
      [clientId, [...LISTING_STATES[which]]],
    );
    return this.rows(rows);
  }

  /** The client's works in one state outside the gallery (`draft`, `process`), newest first. */
  async inStateForClient(clientId: string, state: Exclude<ArtworkState, 'gallery'>): Promise<ArtworkRecord[]> {
    const rows = await this.db.query<Row>(
      'SELECT * FROM artworks WHERE client_id = $1 AND deleted_at IS NULL AND studio_state = $2 ORDER BY created_at DESC, id',
      [clientId, state],
    );
    return this.rows(rows);
  }

  /** Moves works between gallery, draft and process (the title and words are unchanged). */
  async setState(ids: readonly string[], state: ArtworkState, q: Queryable = this.db): Promise<void> {
    if (ids.length === 0) return;
    await q.query('UPDATE artworks SET studio_state = $2 WHERE id = ANY($1::uuid[])', [[...ids], state]);
  }

  /** The ancestors of an artwork, nearest first (its parent, the parent's parent, … the root). */
  async ancestors(id: string): Promise<ArtworkRecord[]> {
    const rows = await this.db.query<Row & { depth: number }>(
      `WITH RECURSIVE up AS (
         SELECT a.*, 0 AS depth FROM artworks a WHERE a.id = (SELECT parent_id FROM artworks WHERE id = $1)
         UNION ALL SELECT a.*, up.depth + 1 FROM artworks a JOIN up ON a.id = up.parent_id WHERE up.depth < 1000
       ) SELECT * FROM up ORDER BY depth`,
      [id],
    );
    return this.rows(rows);
  }

  /** For each of these artworks, the nearest one in its lineage (itself or an ancestor) with recorded strokes. */
  async strokeSources(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<{ start: string; source: string }>(
      `WITH RECURSIVE up AS (
         SELECT id AS start, id, parent_id, 0 AS depth FROM artworks WHERE id = ANY($1::uuid[])
         UNION ALL SELECT up.start, a.id, a.parent_id, up.depth + 1 FROM artworks a JOIN up ON a.id = up.parent_id WHERE up.depth < 1000
       )
       SELECT DISTINCT ON (up.start) up.start, up.id AS source FROM up JOIN artwork_strokes s ON s.artwork_id = up.id ORDER BY up.start, up.depth`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.start, r.source]));
  }

  /** The whole lineage of an artwork: its root and every descendant (the version tree). */
  async lineage(id: string): Promise<{ rootId: string; artworks: ArtworkRecord[] }> {
    const root = await this.db.query<{ id: string }>(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM artworks WHERE id = $1
         UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM artworks a JOIN up ON a.id = up.parent_id
       ) SELECT id FROM up ORDER BY depth DESC LIMIT 1`,
      [id],
    );
    const rootId = root[0]?.id ?? id;
    const rows = await this.db.query<Row>(
      `WITH RECURSIVE down AS (
         SELECT * FROM artworks WHERE id = $1
         UNION ALL SELECT a.* FROM artworks a JOIN down ON a.parent_id = down.id
       ) SELECT * FROM down WHERE deleted_at IS NULL ORDER BY created_at, id`,
      [rootId],
    );
    return { rootId, artworks: await this.rows(rows) };
  }

  /** Stores a drawing's strokes sealed with the client's key. */
  async saveStrokes(art: Pick<ArtworkRecord, 'id' | 'clientId'>, version: number, document: unknown, at: Date): Promise<void> {
    const sealed = await this.vault.sealJson(art.clientId, `strokes:${art.id}`, document);
    await this.db.query('INSERT INTO artwork_strokes (artwork_id, version, sealed, created_at) VALUES ($1,$2,$3,$4)', [art.id, version, sealed, at]);
  }

  async strokes(art: Pick<ArtworkRecord, 'id' | 'clientId'>): Promise<unknown> {
    const rows = await this.db.query<{ sealed: string }>('SELECT sealed FROM artwork_strokes WHERE artwork_id = $1', [art.id]);
    return rows[0] ? this.vault.openJson(art.clientId, `strokes:${art.id}`, rows[0].sealed) : undefined;
  }

  /** Which of these artworks have recorded strokes. */
  async withStrokes(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.query<{ artwork_id: string }>('SELECT artwork_id FROM artwork_strokes WHERE artwork_id = ANY($1::uuid[])', [[...ids]]);
    return new Set(rows.map((r) => r.artwork_id));
  }

  async saveFeatures(art: Pick<ArtworkRecord, 'id' | 'clientId'>, vector: Record<string, number>, detail: unknown, at: Date): Promise<void> {
    const sealed = await this.vault.sealJson(art.clientId, `features:${art.id}`, detail);
    await this.db.query(
      'INSERT INTO artwork_features (artwork_id, client_id, vector, detail_sealed, computed_at) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (artwork_id) DO UPDATE SET vector = EXCLUDED.vector, detail_sealed = EXCLUDED.detail_sealed, computed_at = EXCLUDED.computed_at',
      [art.id, art.clientId, vector, sealed, at],
    );
  }

  /** Feature vectors of a client's works, by artwork id. */
  async featureVectors(clientId: string): Promise<Map<string, Record<string, number>>> {
    const rows = await this.db.query<{ artwork_id: string; vector: Record<string, number> }>(
      'SELECT artwork_id, vector FROM artwork_features WHERE client_id = $1',
      [clientId],
    );
    return new Map(rows.map((r) => [r.artwork_id, r.vector]));
  }

  async featureDetail(art: Pick<ArtworkRecord, 'id' | 'clientId'>): Promise<unknown> {
    const rows = await this.db.query<{ detail_sealed: string }>('SELECT detail_sealed FROM artwork_features WHERE artwork_id = $1', [art.id]);
    return rows[0] ? this.vault.openJson(art.clientId, `features:${art.id}`, rows[0].detail_sealed) : undefined;
  }

  async countForClient(clientId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM artworks WHERE client_id = $1 AND deleted_at IS NULL AND studio_state = 'gallery'`,
      [clientId],
    );
    return rows[0]?.n ?? 0;
  }

  async updateTitle(id: string, title: string): Promise<ArtworkRecord> {
    const current = await this.byId(id);
    if (!current) throw new Error(`artwork ${id} not found`);
    const sealed = await this.sealWords(current.clientId, id, { title, params: current.params });
    const rows = await this.db.query<Row>(`UPDATE artworks SET words_sealed = $2, title = '', params = '{}'::jsonb WHERE id = $1 RETURNING *`, [id, sealed]);
    return this.fromRow(rows[0]!);
  }

  /** Moves a work to the bin; the files stay until the client record is erased. */
  async softDelete(id: string, at: Date): Promise<void> {
    await this.db.query('UPDATE artworks SET deleted_at = $2 WHERE id = $1', [id, at]);
  }

  /** Keeps a work: it joins the gallery with this title, and the drafts it came from become its history. */
  async keep(id: string, title: string, draftAncestors: readonly string[]): Promise<ArtworkRecord> {
    const current = await this.byId(id);
    if (!current) throw new Error(`artwork ${id} not found`);
    const sealed = await this.sealWords(current.clientId, id, { title, params: current.params });
    const row = await this.db.transaction(async (tx) => {
      await this.setState(draftAncestors, 'process', tx);
      const rows = await tx.query<Row>(
        `UPDATE artworks SET words_sealed = $2, title = '', params = '{}'::jsonb, studio_state = 'gallery' WHERE id = $1 RETURNING *`,
        [id, sealed],
      );
      return rows[0]!;
    });
    // Opened outside the transaction: the vault reads the client's key on its own connection.
    return this.fromRow(row);
  }

  /** Lets go of drafts (the bin: files stay until the client record is erased). */
  async discard(ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`UPDATE artworks SET deleted_at = $2 WHERE id = ANY($1::uuid[]) AND studio_state = 'draft'`, [[...ids], at]);
  }
}
