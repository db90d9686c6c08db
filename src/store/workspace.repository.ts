import type { Directive } from '../domain/directives/index.ts';
import type { MeasureFrequency, MeasureId } from '../domain/measures/index.ts';
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
  created_at: Date;
}

/**
 * The therapist workspace's own rows: therapists' directives, measure schedules and the
 * directives planned for a session. None of it is client free text, so nothing here is sealed.
 */
export class WorkspaceRepository {
  constructor(private readonly db: Db) {}

  private ownFromRow(r: OwnDirectiveRow): OwnDirectiveRecord {
    return { directive: r.body, therapistId: r.therapist_id, basedOn: r.based_on, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at) };
  }

  async createDirective(therapistId: string, directive: Directive, basedOn: string | null, at: Date): Promise<OwnDirectiveRecord> {
    const rows = await this.db.query<OwnDirectiveRow>(
      'INSERT INTO therapist_directives (id, therapist_id, body, based_on, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$5) RETURNING *',
      [directive.id, therapistId, directive, basedOn, at],
    );
    return this.ownFromRow(rows[0]!);
  }

  async updateDirective(id: string, directive: Directive, at: Date): Promise<OwnDirectiveRecord> {
    const rows = await this.db.query<OwnDirectiveRow>('UPDATE therapist_directives SET body = $2, updated_at = $3 WHERE id = $1 RETURNING *', [id, directive, at]);
    return this.ownFromRow(rows[0]!);
  }

  async directiveById(id: string): Promise<OwnDirectiveRecord | undefined> {
    const rows = await this.db.query<OwnDirectiveRow>('SELECT * FROM therapist_directives WHERE id = $1', [id]);
    return rows[0] && this.ownFromRow(rows[0]);
  }

  /** A therapist's own directives, oldest first (the order they wrote them). */
  async directivesOf(therapistId: string): Promise<OwnDirectiveRecord[]> {
    const rows = await this.db.query<OwnDirectiveRow>('SELECT * FROM therapist_directives WHERE therapist_id = $1 ORDER BY created_at, id', [therapistId]);
    return rows.map((r) => this.ownFromRow(r));
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
    const rows = await this.db.query<SessionDirectiveRow>('SELECT * FROM session_directives WHERE session_id = $1 ORDER BY created_at, directive_id', [sessionId]);
    return rows.map((r) => ({ sessionId, directiveId: r.directive_id, title: r.snapshot.title, mode: r.snapshot.mode, createdAt: new Date(r.created_at) }));
  }

  /** Attaches a directive to a session (attaching it again changes nothing). */
  async attachToSession(sessionId: string, directive: Pick<Directive, 'id' | 'title' | 'mode'>, by: string, at: Date): Promise<void> {
    await this.db.query(
      'INSERT INTO session_directives (session_id, directive_id, snapshot, created_by, created_at) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (session_id, directive_id) DO NOTHING',
      [sessionId, directive.id, { title: directive.title, mode: directive.mode }, by, at],
    );
  }

  async detachFromSession(sessionId: string, directiveId: string): Promise<boolean> {
    const rows = await this.db.query<{ directive_id: string }>('DELETE FROM session_directives WHERE session_id = $1 AND directive_id = $2 RETURNING directive_id', [sessionId, directiveId]);
    return rows.length > 0;
  }
}
