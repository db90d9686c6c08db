import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

/** What a support is: a social story, a visual schedule or a set of emotion cards. */
export type SupportKind = 'story' | 'schedule' | 'cards';

/** A picture of an item: a symbol from the shape library named by a word, or one of the client's works. */
export type SupportPicture = { symbol: string } | { artworkId: string };

/** One panel, step or card: its picture, its sentence or label (or feeling word) and, on a card, what helps. */
export interface SupportItemRecord {
  picture: SupportPicture | null;
  text: string;
  helps: string;
}

/** The sealed part of a support. */
export interface SupportContent {
  title: string;
  /** Schedules: two steps (first/then) or a daily routine with tick-off. */
  scheduleMode: 'first_then' | 'routine';
  options: { largePrint: boolean; highContrast: boolean; symbolOnly: boolean };
  items: SupportItemRecord[];
}

/** A visual support the therapist prepared for a client. */
export interface SupportRecord extends SupportContent {
  id: string;
  clientId: string;
  createdBy: string;
  kind: SupportKind;
  createdAt: Date;
  updatedAt: Date;
}

interface SupportRow {
  id: string;
  client_id: string;
  created_by: string;
  kind: SupportKind;
  content_sealed: string;
  created_at: Date;
  updated_at: Date;
}

const purpose = (id: string): string => `support:${id}`;

/** Visual supports (sealed with the client's key) and the ticks on their schedules. */
export class SupportsRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  /** Inserts or replaces a support. */
  async save(s: SupportRecord): Promise<void> {
    const content: SupportContent = { title: s.title, scheduleMode: s.scheduleMode, options: s.options, items: s.items };
    const sealed = await this.vault.sealJson(s.clientId, purpose(s.id), content);
    await this.db.query(
      `INSERT INTO visual_supports (id, client_id, created_by, kind, content_sealed, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, content_sealed = EXCLUDED.content_sealed, updated_at = EXCLUDED.updated_at`,
      [s.id, s.clientId, s.createdBy, s.kind, sealed, s.createdAt, s.updatedAt],
    );
  }

  private async fromRow(r: SupportRow): Promise<SupportRecord> {
    const c = await this.vault.openJson<SupportContent>(r.client_id, purpose(r.id), r.content_sealed);
    return {
      id: r.id,
      clientId: r.client_id,
      createdBy: r.created_by,
      kind: r.kind,
      title: c.title,
      scheduleMode: c.scheduleMode,
      options: c.options,
      items: c.items,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
    };
  }

  /** A client's supports, oldest first. */
  async listForClient(clientId: string): Promise<SupportRecord[]> {
    const rows = await this.db.query<SupportRow>('SELECT * FROM visual_supports WHERE client_id = $1 ORDER BY created_at, id', [clientId]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  async byId(id: string): Promise<SupportRecord | undefined> {
    const row = (await this.db.query<SupportRow>('SELECT * FROM visual_supports WHERE id = $1', [id]))[0];
    return row ? this.fromRow(row) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM visual_supports WHERE id = $1 RETURNING id', [id])).length > 0;
  }

  /** Ticked steps of a schedule per day (YYYY-MM-DD), the most recent `days` days that have any. */
  async ticks(supportId: string, days = 14): Promise<{ day: string; steps: number[] }[]> {
    const rows = await this.db.query<{ day: string; steps: number[] }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, array_agg(step ORDER BY step) AS steps FROM visual_support_ticks
       WHERE support_id = $1 GROUP BY day ORDER BY day DESC LIMIT $2`,
      [supportId, days],
    );
    return rows.map((r) => ({ day: r.day, steps: r.steps.map(Number) }));
  }

  /** Replaces the ticked steps of one day. */
  async setTicks(supportId: string, day: string, steps: readonly number[], at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM visual_support_ticks WHERE support_id = $1 AND day = $2', [supportId, day]);
      for (const s of steps)
        await tx.query('INSERT INTO visual_support_ticks (support_id, day, step, ticked_at) VALUES ($1,$2,$3,$4)', [supportId, day, s, at]);
    });
  }

  /** The traditions a client chose (ids), empty when none. */
  async traditions(clientId: string): Promise<string[]> {
    const row = (await this.db.query<{ content_sealed: string }>('SELECT content_sealed FROM client_traditions WHERE client_id = $1', [clientId]))[0];
    return row ? (await this.vault.openJson<{ ids: string[] }>(clientId, `traditions:${clientId}`, row.content_sealed)).ids : [];
  }

  async setTraditions(clientId: string, ids: readonly string[], at: Date): Promise<void> {
    const sealed = await this.vault.sealJson(clientId, `traditions:${clientId}`, { ids: [...ids] });
    await this.db.query(
      `INSERT INTO client_traditions (client_id, content_sealed, updated_at) VALUES ($1,$2,$3)
       ON CONFLICT (client_id) DO UPDATE SET content_sealed = EXCLUDED.content_sealed, updated_at = EXCLUDED.updated_at`,
      [clientId, sealed, at],
    );
  }
}
