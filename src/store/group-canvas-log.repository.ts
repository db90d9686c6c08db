/**
 * The shared canvas's stored updates as a log several app nodes write to (038's
 * `group_canvas_updates`): an append that says which row it made, a read of what came after a
 * row, and a compaction that replaces exactly the rows it merged (a row another node committed
 * meanwhile, even with a lower number, is kept).
 */
import type { Db } from './db.ts';

const bytes = (v: unknown): Uint8Array => (v instanceof Uint8Array ? v : new Uint8Array(v as ArrayBuffer));

export class GroupCanvasLog {
  constructor(private readonly db: Db) {}

  /** Appends one update; returns its row number. */
  async append(sessionId: string, update: Uint8Array, at: Date): Promise<number> {
    const [row] = await this.db.query<{ seq: number | string }>('INSERT INTO group_canvas_updates (session_id, update, at) VALUES ($1,$2,$3) RETURNING seq', [
      sessionId,
      update,
      at,
    ]);
    return Number(row!.seq);
  }

  /** The updates of a session with a row number above `afterSeq`, in order. */
  async after(sessionId: string, afterSeq: number): Promise<{ seq: number; update: Uint8Array }[]> {
    const rows = await this.db.query<{ seq: number | string; update: unknown }>(
      'SELECT seq, update FROM group_canvas_updates WHERE session_id = $1 AND seq > $2 ORDER BY seq',
      [sessionId, afterSeq],
    );
    return rows.map((r) => ({ seq: Number(r.seq), update: bytes(r.update) }));
  }

  /**
   * Replaces the rows `seqs` with one update made from them by `merge` (in one transaction, the
   * session's rows locked so two nodes do not compact the same rows twice). Returns the new row's
   * number, or null when another node had compacted some of them first (nothing changed).
   */
  async compact(sessionId: string, merge: (updates: Uint8Array[]) => Uint8Array, at: Date): Promise<{ seq: number; replaced: number[] } | null> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<{ seq: number | string; update: unknown }>(
        'SELECT seq, update FROM group_canvas_updates WHERE session_id = $1 ORDER BY seq FOR UPDATE',
        [sessionId],
      );
      if (rows.length <= 1) return null;
      const seqs = rows.map((r) => Number(r.seq));
      const merged = merge(rows.map((r) => bytes(r.update)));
      await tx.query('DELETE FROM group_canvas_updates WHERE session_id = $1 AND seq = ANY($2::bigint[])', [sessionId, seqs]);
      const [row] = await tx.query<{ seq: number | string }>('INSERT INTO group_canvas_updates (session_id, update, at) VALUES ($1,$2,$3) RETURNING seq', [
        sessionId,
        merged,
        at,
      ]);
      return { seq: Number(row!.seq), replaced: seqs };
    });
  }
}
