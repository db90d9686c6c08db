import type { ClientVault } from './crypto/vault.ts';
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
  /** The client's works in the gallery, when the read that made this record counted them (`byId` with `withArtworkCount`). */
  artworkCount?: number;
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
  profile_sealed: string | null;
  artwork_count?: number;
}

/** The client's name, pronouns and goals: sealed with their own data key. */
type Profile = Pick<ClientRecord, 'displayName' | 'pronouns' | 'goals'>;
const PROFILE = 'client-profile';

export type ClientPatch = Partial<Pick<ClientRecord, 'displayName' | 'pronouns' | 'goals' | 'status'>>;

/** How many records (opened, with their work counts) `byId` keeps. */
const CACHED_RECORDS = 1000;

export class ClientsRepository {
  /**
   * Records read by `byId` with their counts, opened: a record's page and every access check on
   * it read the same row. Dropped whole whenever `clients` or `artworks` is written — by this
   * process (the store's write watch) or, on PostgreSQL, by another node (migration 032's
   * NOTIFY); on PostgreSQL nothing is kept while that listener is down. A read that raced with a
   * write is not kept. At most `CACHED_RECORDS`, the least recently used leave first.
   */
  private readonly cache = new Map<string, ClientRecord & { artworkCount: number }>();
  private generation = 0;
  private caching: boolean;

  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {
    this.caching = db.kind === 'pglite';
  }

  /** Drops the cached records (a client or their works changed). */
  forget(): void {
    this.generation++;
    this.cache.clear();
  }

  /** Turns the cache on or off (PostgreSQL: whether the change listener is connected). */
  setCaching(on: boolean): void {
    this.caching = on;
    this.forget();
  }

  private async fromRow(r: Row): Promise<ClientRecord> {
    const profile: Profile = r.profile_sealed
      ? await this.vault.openJson<Profile>(r.id, PROFILE, r.profile_sealed)
      : { displayName: r.display_name, pronouns: r.pronouns, goals: r.goals };
    return {
      id: r.id,
      therapistId: r.therapist_id,
      userId: r.user_id,
      ...profile,
      status: r.status,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      ...(r.artwork_count !== undefined ? { artworkCount: r.artwork_count } : {}),
    };
  }

  /** The row first (the data key belongs to it), then the sealed profile; plain columns stay blank. */
  async create(c: Omit<ClientRecord, 'userId' | 'status' | 'updatedAt'>): Promise<ClientRecord> {
    await this.db.query(`INSERT INTO clients (id, therapist_id, display_name, pronouns, goals, created_at, updated_at) VALUES ($1,$2,'',NULL,'',$3,$3)`, [
      c.id,
      c.therapistId,
      c.createdAt,
    ]);
    try {
      const sealed = await this.vault.sealJson(c.id, PROFILE, { displayName: c.displayName, pronouns: c.pronouns, goals: c.goals } satisfies Profile);
      const rows = await this.db.query<Row>('UPDATE clients SET profile_sealed = $2 WHERE id = $1 RETURNING *', [c.id, sealed]);
      return this.fromRow(rows[0]!);
    } catch (e) {
      await this.db.query('DELETE FROM client_keys WHERE client_id = $1', [c.id]);
      await this.db.query('DELETE FROM clients WHERE id = $1', [c.id]);
      throw e;
    }
  }

  /** With `withArtworkCount`, also counts the client's gallery works in the same query (as `ArtworksRepository.countForClient`), and may answer from memory. */
  async byId(id: string, opts: { withArtworkCount?: boolean } = {}): Promise<ClientRecord | undefined> {
    if (opts.withArtworkCount) {
      const hit = this.caching ? this.cache.get(id) : undefined;
      if (hit) {
        this.cache.delete(id);
        this.cache.set(id, hit);
        return { ...hit };
      }
    }
    const generation = this.generation;
    const rows = await this.db.query<Row>(
      opts.withArtworkCount
        ? `SELECT c.*, (SELECT count(*)::int FROM artworks a WHERE a.client_id = c.id AND a.deleted_at IS NULL AND a.studio_state = 'gallery') AS artwork_count
             FROM clients c WHERE c.id = $1`
        : 'SELECT * FROM clients WHERE id = $1',
      [id],
    );
    const record = rows[0] && (await this.fromRow(rows[0]));
    if (record?.artworkCount !== undefined && this.caching && generation === this.generation) {
      this.cache.set(id, { ...record, artworkCount: record.artworkCount });
      if (this.cache.size > CACHED_RECORDS) this.cache.delete(this.cache.keys().next().value!);
    }
    return record;
  }

  async byUserId(userId: string): Promise<ClientRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM clients WHERE user_id = $1', [userId]);
    return rows[0] && this.fromRow(rows[0]);
  }

  /** A therapist's clients by name (sorted here: names are sealed, so the database cannot). */
  async listForTherapist(therapistId: string, includeArchived = false): Promise<ClientRecord[]> {
    const rows = await this.db.query<Row>(`SELECT * FROM clients WHERE therapist_id = $1 ${includeArchived ? '' : "AND status = 'active'"}`, [therapistId]);
    const clients = await Promise.all(rows.map((r) => this.fromRow(r)));
    return clients.sort((a, b) => a.displayName.localeCompare(b.displayName, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  }

  async update(id: string, patch: ClientPatch, at: Date): Promise<ClientRecord> {
    const current = await this.byId(id);
    if (!current) throw new Error(`client ${id} not found`);
    const profile: Profile = {
      displayName: patch.displayName ?? current.displayName,
      pronouns: patch.pronouns !== undefined ? patch.pronouns : current.pronouns,
      goals: patch.goals ?? current.goals,
    };
    const sealed = await this.vault.sealJson(id, PROFILE, profile);
    const rows = await this.db.query<Row>(
      `UPDATE clients SET profile_sealed = $2, display_name = '', pronouns = NULL, goals = '', status = COALESCE($3, status), updated_at = $4 WHERE id = $1 RETURNING *`,
      [id, sealed, patch.status ?? null, at],
    );
    return this.fromRow(rows[0]!);
  }

  /** Seals profiles written before names were sealed (run once when the store opens). Returns how many. */
  async sealLegacy(): Promise<number> {
    const rows = await this.db.query<Row>('SELECT * FROM clients WHERE profile_sealed IS NULL');
    for (const r of rows) {
      const sealed = await this.vault.sealJson(r.id, PROFILE, { displayName: r.display_name, pronouns: r.pronouns, goals: r.goals } satisfies Profile);
      await this.db.query(`UPDATE clients SET profile_sealed = $2, display_name = '', pronouns = NULL, goals = '' WHERE id = $1`, [r.id, sealed]);
    }
    return rows.length;
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

  /** Whether the client account of this user may be used (its record exists and is not archived); plain columns only. */
  async accountActive(userId: string): Promise<boolean> {
    const rows = await this.db.query<{ status: string }>('SELECT status FROM clients WHERE user_id = $1', [userId]);
    return rows[0]?.status === 'active';
  }

  async linkUser(id: string, userId: string, at: Date, q: Queryable = this.db): Promise<void> {
    await q.query('UPDATE clients SET user_id = $2, updated_at = $3 WHERE id = $1', [id, userId, at]);
  }
}
