import type { SessionStatus } from '../domain/index.ts';
import type { Db } from './db.ts';

/** One reminder of a session, with the session's current time and status joined in. */
export interface SessionReminderRecord {
  id: string;
  sessionId: string;
  clientId: string;
  /** How long before the session the reminder becomes due, in minutes (5 … 20160). */
  minutesBefore: number;
  createdAt: Date;
  seenAt: Date | null;
  dismissedAt: Date | null;
  /** The session's current time; the reminder is due at `scheduledAt - minutesBefore`. */
  scheduledAt: Date;
  sessionStatus: SessionStatus;
}

interface Row {
  id: string;
  session_id: string;
  client_id: string;
  minutes_before: number;
  created_at: Date;
  seen_at: Date | null;
  dismissed_at: Date | null;
  scheduled_at: Date;
  status: SessionStatus;
}

const d = (v: Date | null): Date | null => (v ? new Date(v) : null);
const fromRow = (r: Row): SessionReminderRecord => ({
  id: r.id,
  sessionId: r.session_id,
  clientId: r.client_id,
  minutesBefore: Number(r.minutes_before),
  createdAt: new Date(r.created_at),
  seenAt: d(r.seen_at),
  dismissedAt: d(r.dismissed_at),
  scheduledAt: new Date(r.scheduled_at),
  sessionStatus: r.status,
});

const SELECT = `SELECT r.*, s.scheduled_at, s.status FROM session_reminders r JOIN therapy_sessions s ON s.id = r.session_id`;

/** Session reminders (migration 041). Due times are never stored: they follow the session. */
export class RemindersRepository {
  constructor(private readonly db: Db) {}

  /** Replaces the session's reminders with one per `minutesBefore` (an empty list turns them off). */
  async replaceForSession(session: { id: string; clientId: string }, minutesBefore: readonly number[], ids: () => string, at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM session_reminders WHERE session_id = $1', [session.id]);
      for (const m of [...new Set(minutesBefore)]) {
        await tx.query('INSERT INTO session_reminders (id, session_id, client_id, minutes_before, created_at) VALUES ($1,$2,$3,$4,$5)', [
          ids(),
          session.id,
          session.clientId,
          m,
          at,
        ]);
      }
    });
  }

  /** After a session moves: the client has not seen the new time yet. */
  async resetForSession(sessionId: string): Promise<void> {
    await this.db.query('UPDATE session_reminders SET seen_at = NULL, dismissed_at = NULL WHERE session_id = $1', [sessionId]);
  }

  async listForSession(sessionId: string): Promise<SessionReminderRecord[]> {
    return (await this.db.query<Row>(`${SELECT} WHERE r.session_id = $1 ORDER BY r.minutes_before DESC`, [sessionId])).map(fromRow);
  }

  /** Every reminder of the client's sessions, soonest session first. */
  async listForClient(clientId: string): Promise<SessionReminderRecord[]> {
    return (await this.db.query<Row>(`${SELECT} WHERE r.client_id = $1 ORDER BY s.scheduled_at, r.minutes_before DESC`, [clientId])).map(fromRow);
  }

  async byId(id: string): Promise<SessionReminderRecord | undefined> {
    const rows = await this.db.query<Row>(`${SELECT} WHERE r.id = $1`, [id]);
    return rows[0] && fromRow(rows[0]);
  }

  /** Marks seen (first time only) and, if asked, dismissed. */
  async mark(id: string, state: 'seen' | 'dismissed', at: Date): Promise<void> {
    await this.db.query(
      `UPDATE session_reminders SET seen_at = COALESCE(seen_at, $2), dismissed_at = CASE WHEN $3 THEN COALESCE(dismissed_at, $2) ELSE dismissed_at END WHERE id = $1`,
      [id, at, state === 'dismissed'],
    );
  }
}
