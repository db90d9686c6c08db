import type { Directive } from '../domain/directives/index.ts';
import type { MeasureFrequency, MeasureId } from '../domain/measures/index.ts';
import type { KeyRing } from './crypto/key-ring.ts';
import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

/** A directive a therapist wrote (or duplicated from the catalogue); only its author sees it. */
export interface OwnDirectiveRecord {
  directive: Directive;
  therapistId: string;
  basedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeasureScheduleRecord {
  clientId: string;
  measure: MeasureId;
  frequency: MeasureFrequency;
  /** When the schedule was set: the first response is due from then. */
  startsAt: Date;
  updatedBy: string;
}

export interface SessionDirectiveRecord {
  sessionId: string;
  directiveId: string;
  title: string;
  mode: string;
  createdAt: Date;
}

interface OwnDirectiveRow {
  id: string;
  therapist_id: string;
  body: Directive;
  body_sealed: string | null;
  based_on: string | null;
  created_at: Date;
  updated_at: Date;
}

interface ScheduleRow {
  client_id: string;
  measure: MeasureId;
  frequency: MeasureFrequency;
  starts_at: Date;
  updated_by: string;
}

interface SessionDirectiveRow {
  session_id: string;
  directive_id: string;
  snapshot: { title: string; mode: string };
  snapshot_sealed: string | null;
  created_at: Date;
}

type SessionSnapshot = SessionDirectiveRow['snapshot'];
const ownAad = (id: string, therapistId: string): string => `therapist-directive:${therapistId}:${id}`;
const sessionPurpose = (sessionId: string, directiveId: string): string => `session-directive:${sessionId}:${directiveId}`;

/**
 * The therapist workspace's own rows: therapists' directives (sealed with the `therapist-words`
 * store key: a therapist may write one for a particular client), measure schedules and the
 * directives planned for a session (title sealed with the session's client's key).
 */
export class WorkspaceRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
    private readonly keys: KeyRing,
  ) {}

  private async clientOfSession(sessionId: string): Promise<string> {
    const rows = await this.db.query<{ client_id: string }>('SELECT client_id FROM therapy_sessions WHERE id = $1', [sessionId]);
    if (!rows[0]) throw new Error(`session ${sessionId} not found`);
    return rows[0].client_id;
  }

  /** Seals own directives and session directive titles an older version stored plain (run on open). Returns how many. */
  async sealLegacy(): Promise<number> {
    const own = await this.db.query<OwnDirectiveRow>('SELECT * FROM therapist_directives WHERE body_sealed IS NULL');
    for (const r of own) {
      await this.db.query(`UPDATE therapist_directives SET body_sealed = $2, body = '{}'::jsonb WHERE id = $1`, [
        r.id,
        await this.keys.sealJson('therapist-words', ownAad(r.id, r.therapist_id), r.body),
      ]);
    }
    const planned = await this.db.query<SessionDirectiveRow & { client_id: string }>(
      'SELECT d.*, s.client_id FROM session_directives d JOIN therapy_sessions s ON s.id = d.session_id WHERE d.snapshot_sealed IS NULL',
    );
    for (const r of planned) {
      await this.db.query(`UPDATE session_directives SET snapshot_sealed = $3, snapshot = '{}'::jsonb WHERE session_id = $1 AND directive_id = $2`, [
        r.session_id,
        r.directive_id,
        await this.vault.sealJson(r.client_id, sessionPurpose(r.session_id, r.directive_id), r.snapshot),
      ]);
    }
    return own.length + planned.length;
  }

  private async ownFromRow(r: OwnDirectiveRow): Promise<OwnDirectiveRecord> {
    const directive = r.body_sealed ? await this.keys.openJson<Directive>('therapist-words', ownAad(r.id, r.therapist_id), r.body_sealed) : r.body;
    return { directive, therapistId: r.therapist_id, basedOn: r.based_on, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at) };
  }

  async createDirective(therapistId: string, directive: Directive, basedOn: string | null, at: Date): Promise<OwnDirectiveRecord> {
    const sealed = await this.keys.sealJson('therapist-words', ownAad(directive.id, therapistId), directive);
    const rows = await this.db.query<OwnDirectiveRow>(
      `INSERT INTO therapist_directives (id, therapist_id, body, body_sealed, based_on, created_at, updated_at) VALUES ($1,$2,'{}'::jsonb,$3,$4,$5,$5) RETURNING *`,
      [directive.id, therapistId, sealed, basedOn, at],
    );
    return this.ownFromRow(rows[0]!);
  }

  async updateDirective(id: string, directive: Directive, at: Date): Promise<OwnDirectiveRecord> {
    const owner = await this.db.query<{ therapist_id: string }>('SELECT therapist_id FROM therapist_directives WHERE id = $1', [id]);
    if (!owner[0]) throw new Error(`directive ${id} not found`);
    const sealed = await this.keys.sealJson('therapist-words', ownAad(id, owner[0].therapist_id), directive);
    const rows = await this.db.query<OwnDirectiveRow>(
      `UPDATE therapist_directives SET body = '{}'::jsonb, body_sealed = $2, updated_at = $3 WHERE id = $1 RETURNING *`,
      [id, sealed, at],
    );
    return this.ownFromRow(rows[0]!);
  }

  async directiveById(id: string): Promise<OwnDirectiveRecord | undefined> {
    const rows = await this.db.query<OwnDirectiveRow>('SELECT * FROM therapist_directives WHERE id = $1', [id]);
    return rows[0] && this.ownFromRow(rows[0]);
  }

  /** A therapist's own directives, oldest first (the order they wrote them). */
  async directivesOf(therapistId: string): Promise<OwnDirectiveRecord[]> {
    const rows = await this.db.query<OwnDirectiveRow>('SELECT * FROM therapist_directives WHERE therapist_id = $1 ORDER BY created_at, id', [therapistId]);
    return Promise.all(rows.map((r) => this.ownFromRow(r)));
  }

  async schedules(clientId: string): Promise<MeasureScheduleRecord[]> {
    const rows = await this.db.query<ScheduleRow>('SELECT * FROM measure_schedules WHERE client_id = $1 ORDER BY measure', [clientId]);
    return rows.map((r) => ({ clientId, measure: r.measure, frequency: r.frequency, startsAt: new Date(r.starts_at), updatedBy: r.updated_by }));
  }

  /** Sets (or replaces) one measure's schedule; changing it starts counting afresh. */
  async setSchedule(s: MeasureScheduleRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO measure_schedules (client_id, measure, frequency, starts_at, updated_by) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (client_id, measure) DO UPDATE SET frequency = EXCLUDED.frequency, starts_at = EXCLUDED.starts_at, updated_by = EXCLUDED.updated_by`,
      [s.clientId, s.measure, s.frequency, s.startsAt, s.updatedBy],
    );
  }

  async sessionDirectives(sessionId: string): Promise<SessionDirectiveRecord[]> {
    const rows = await this.db.query<SessionDirectiveRow>('SELECT * FROM session_directives WHERE session_id = $1 ORDER BY created_at, directive_id', [
      sessionId,
    ]);
    if (rows.length === 0) return [];
    const clientId = await this.clientOfSession(sessionId);
    return Promise.all(
      rows.map(async (r) => {
        const snap = r.snapshot_sealed
          ? await this.vault.openJson<SessionSnapshot>(clientId, sessionPurpose(sessionId, r.directive_id), r.snapshot_sealed)
          : r.snapshot;
        return { sessionId, directiveId: r.directive_id, title: snap.title, mode: snap.mode, createdAt: new Date(r.created_at) };
      }),
    );
  }

  /** Attaches a directive to a session (attaching it again changes nothing). */
  async attachToSession(sessionId: string, directive: Pick<Directive, 'id' | 'title' | 'mode'>, by: string, at: Date): Promise<void> {
    const sealed = await this.vault.sealJson(await this.clientOfSession(sessionId), sessionPurpose(sessionId, directive.id), {
      title: directive.title,
      mode: directive.mode,
    } satisfies SessionSnapshot);
    await this.db.query(
      `INSERT INTO session_directives (session_id, directive_id, snapshot, snapshot_sealed, created_by, created_at) VALUES ($1,$2,'{}'::jsonb,$3,$4,$5) ON CONFLICT (session_id, directive_id) DO NOTHING`,
      [sessionId, directive.id, sealed, by, at],
    );
  }

  async detachFromSession(sessionId: string, directiveId: string): Promise<boolean> {
    const rows = await this.db.query<{ directive_id: string }>(
      'DELETE FROM session_directives WHERE session_id = $1 AND directive_id = $2 RETURNING directive_id',
      [sessionId, directiveId],
    );
    return rows.length > 0;
  }
}
