import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

/** One chapter of a series: a work (or none, when it went to the bin), a title, the client's words and optional music. */
export interface SeriesChapterRecord {
  id: string;
  artworkId: string | null;
  musicId: string | null;
  title: string;
  words: string;
}

/** A series (storybook) of a client's works, its chapters in order. */
export interface SeriesRecord {
  id: string;
  clientId: string;
  createdBy: string;
  title: string;
  description: string;
  /** The piece that plays through the slideshow unless a chapter names its own. */
  musicId: string | null;
  chapters: SeriesChapterRecord[];
  createdAt: Date;
  updatedAt: Date;
}

/** A tag from the fixed list (migration 045). */
export type ArtworkTag = 'self_portrait';

interface SeriesRow {
  id: string;
  client_id: string;
  created_by: string;
  words_sealed: string;
  music_id: string | null;
  created_at: Date;
  updated_at: Date;
}

interface ChapterRow {
  id: string;
  series_id: string;
  position: number;
  artwork_id: string | null;
  music_id: string | null;
  words_sealed: string;
}

const seriesPurpose = (id: string): string => `series:${id}`;
const chapterPurpose = (id: string): string => `series-chapter:${id}`;

/** Series, their chapters, artwork tags and the series attached to session notes. Words are sealed with the client's key. */
export class SeriesRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  /** Inserts or replaces a series with its chapters (sealed first, then one transaction). */
  async save(s: SeriesRecord): Promise<void> {
    const sealed = await this.vault.sealJson(s.clientId, seriesPurpose(s.id), { title: s.title, description: s.description });
    const chapters = await Promise.all(
      s.chapters.map(async (c) => ({ c, sealed: await this.vault.sealJson(s.clientId, chapterPurpose(c.id), { title: c.title, words: c.words }) })),
    );
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO series (id, client_id, created_by, words_sealed, music_id, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (id) DO UPDATE SET words_sealed = EXCLUDED.words_sealed, music_id = EXCLUDED.music_id, updated_at = EXCLUDED.updated_at`,
        [s.id, s.clientId, s.createdBy, sealed, s.musicId, s.createdAt, s.updatedAt],
      );
      await tx.query('DELETE FROM series_chapters WHERE series_id = $1', [s.id]);
      for (const [i, { c, sealed: words }] of chapters.entries()) {
        await tx.query('INSERT INTO series_chapters (id, series_id, position, artwork_id, music_id, words_sealed) VALUES ($1,$2,$3,$4,$5,$6)', [
          c.id,
          s.id,
          i,
          c.artworkId,
          c.musicId,
          words,
        ]);
      }
    });
  }

  private async fromRows(r: SeriesRow, chapters: ChapterRow[]): Promise<SeriesRecord> {
    const words = await this.vault.openJson<{ title: string; description: string }>(r.client_id, seriesPurpose(r.id), r.words_sealed);
    return {
      id: r.id,
      clientId: r.client_id,
      createdBy: r.created_by,
      title: words.title,
      description: words.description,
      musicId: r.music_id,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      chapters: await Promise.all(
        chapters
          .filter((c) => c.series_id === r.id)
          .sort((a, b) => a.position - b.position)
          .map(async (c) => {
            const w = await this.vault.openJson<{ title: string; words: string }>(r.client_id, chapterPurpose(c.id), c.words_sealed);
            return { id: c.id, artworkId: c.artwork_id, musicId: c.music_id, title: w.title, words: w.words };
          }),
      ),
    };
  }

  /** A client's series, oldest first. */
  async listForClient(clientId: string): Promise<SeriesRecord[]> {
    const rows = await this.db.query<SeriesRow>('SELECT * FROM series WHERE client_id = $1 ORDER BY created_at, id', [clientId]);
    if (rows.length === 0) return [];
    const chapters = await this.db.query<ChapterRow>(
      'SELECT c.* FROM series_chapters c JOIN series s ON s.id = c.series_id WHERE s.client_id = $1 ORDER BY c.series_id, c.position',
      [clientId],
    );
    return Promise.all(rows.map((r) => this.fromRows(r, chapters)));
  }

  async byId(id: string): Promise<SeriesRecord | undefined> {
    const rows = await this.db.query<SeriesRow>('SELECT * FROM series WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return undefined;
    const chapters = await this.db.query<ChapterRow>('SELECT * FROM series_chapters WHERE series_id = $1 ORDER BY position', [id]);
    return this.fromRows(row, chapters);
  }

  async delete(id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM series WHERE id = $1 RETURNING id', [id])).length > 0;
  }

  /** Ids of a client's works carrying `tag` (works in the bin included; callers filter). */
  async taggedArtworks(clientId: string, tag: ArtworkTag): Promise<string[]> {
    const rows = await this.db.query<{ artwork_id: string }>(
      'SELECT t.artwork_id FROM artwork_tags t JOIN artworks a ON a.id = t.artwork_id WHERE a.client_id = $1 AND t.tag = $2 ORDER BY a.created_at, a.id',
      [clientId, tag],
    );
    return rows.map((r) => r.artwork_id);
  }

  async setTag(artworkId: string, tag: ArtworkTag, on: boolean, at: Date): Promise<void> {
    if (on) await this.db.query('INSERT INTO artwork_tags (artwork_id, tag, created_at) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING', [artworkId, tag, at]);
    else await this.db.query('DELETE FROM artwork_tags WHERE artwork_id = $1 AND tag = $2', [artworkId, tag]);
  }

  /** The series attached to a note, in the order they were attached. */
  async forNote(noteId: string): Promise<string[]> {
    const rows = await this.db.query<{ series_id: string }>('SELECT series_id FROM note_series WHERE note_id = $1 ORDER BY created_at, series_id', [noteId]);
    return rows.map((r) => r.series_id);
  }

  /** Replaces the series attached to a note. */
  async setForNote(noteId: string, seriesIds: readonly string[], at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM note_series WHERE note_id = $1', [noteId]);
      for (const [i, id] of seriesIds.entries()) {
        await tx.query('INSERT INTO note_series (note_id, series_id, created_at) VALUES ($1,$2,$3)', [noteId, id, new Date(at.getTime() + i)]);
      }
    });
  }
}
