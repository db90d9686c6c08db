/**
 * Check-ins, measure responses, reflections and alerts. Client words (notes, reflections,
 * alert reasons quoting them) and measure answers are sealed with the client's data key.
 */
import type { AlertSource } from '../domain/alert-sources.ts';
import type { MeasureId } from '../domain/measures/index.ts';
import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

export interface CheckinRecord {
  id: string;
  homeworkId?: string | null;
  clientId: string;
  createdBy: string;
  moment: 'before' | 'after' | 'standalone';
  activity: string | null;
  valence: number;
  arousal: number;
  distress: number;
  note: string | null;
  createdAt: Date;
}

export interface MeasureResponseRecord {
  id: string;
  clientId: string;
  createdBy: string;
  measure: MeasureId;
  answers: number[];
  total: number;
  band: string;
  safetyFlag: boolean;
  createdAt: Date;
}

export interface ReflectionRecord {
  id: string;
  /** The homework question it answers, if any. */
  question?: string | null;
  homeworkId?: string | null;
  clientId: string;
  createdBy: string;
  artworkId: string | null;
  text: string;
  createdAt: Date;
}

export interface AlertRecord {
  id: string;
  clientId: string;
  source: AlertSource;
  sourceId: string;
  level: 'concern' | 'urgent';
  categories: string[];
  reasons: string[];
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  /** What the therapist noted when acknowledging (sealed: it may quote the client). */
  acknowledgedNote: string | null;
}

/** The columns of each table, as both databases return them (timestamps as Date, real/smallint as number). */
interface CheckinRow {
  id: string;
  client_id: string;
  created_by: string;
  moment: CheckinRecord['moment'];
  activity: string | null;
  activity_sealed: string | null;
  homework_id: string | null;
  valence: number;
  arousal: number;
  distress: number;
  note_sealed: string | null;
  created_at: Date;
}

interface MeasureRow {
  id: string;
  client_id: string;
  created_by: string;
  measure: MeasureId;
  answers_sealed: string;
  total: number;
  band: string;
  safety_flag: boolean;
  created_at: Date;
}

interface ReflectionRow {
  id: string;
  client_id: string;
  created_by: string;
  artwork_id: string | null;
  homework_id: string | null;
  question: string | null;
  question_sealed: string | null;
  text_sealed: string;
  created_at: Date;
}

interface AlertRow {
  id: string;
  client_id: string;
  source: AlertSource;
  source_id: string;
  level: AlertRecord['level'];
  categories: string[];
  reasons_sealed: string;
  created_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  ack_note_sealed: string | null;
}

const activityPurpose = (checkinId: string): string => `checkin-activity:${checkinId}`;
const questionPurpose = (reflectionId: string): string => `reflection-question:${reflectionId}`;

export class ClinicalRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  /** Seals check-in activities and reflection questions an older version stored plain (run on open). Returns how many. */
  async sealLegacy(): Promise<number> {
    const checkins = await this.db.query<{ id: string; client_id: string; activity: string }>(
      'SELECT id, client_id, activity FROM checkins WHERE activity IS NOT NULL',
    );
    for (const r of checkins) {
      await this.db.query('UPDATE checkins SET activity_sealed = $2, activity = NULL WHERE id = $1', [
        r.id,
        await this.vault.sealJson(r.client_id, activityPurpose(r.id), r.activity),
      ]);
    }
    const reflections = await this.db.query<{ id: string; client_id: string; question: string }>(
      'SELECT id, client_id, question FROM reflections WHERE question IS NOT NULL',
    );
    for (const r of reflections) {
      await this.db.query('UPDATE reflections SET question_sealed = $2, question = NULL WHERE id = $1', [
        r.id,
        await this.vault.sealJson(r.client_id, questionPurpose(r.id), r.question),
      ]);
    }
    return checkins.length + reflections.length;
  }

  async addCheckin(c: CheckinRecord): Promise<void> {
    const note = c.note ? await this.vault.sealJson(c.clientId, `checkin:${c.id}`, c.note) : null;
    const activity = c.activity !== null ? await this.vault.sealJson(c.clientId, activityPurpose(c.id), c.activity) : null;
    await this.db.query(
      'INSERT INTO checkins (id, client_id, created_by, moment, activity, activity_sealed, valence, arousal, distress, note_sealed, created_at, homework_id) VALUES ($1,$2,$3,$4,NULL,$5,$6,$7,$8,$9,$10,$11)',
      [c.id, c.clientId, c.createdBy, c.moment, activity, c.valence, c.arousal, c.distress, note, c.createdAt, c.homeworkId ?? null],
    );
  }

  async checkins(clientId: string, limit = 500): Promise<CheckinRecord[]> {
    const rows = await this.db.query<CheckinRow>('SELECT * FROM checkins WHERE client_id = $1 ORDER BY created_at DESC LIMIT $2', [clientId, limit]);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        clientId,
        createdBy: r.created_by,
        moment: r.moment,
        activity: r.activity_sealed ? await this.vault.openJson<string>(clientId, activityPurpose(r.id), r.activity_sealed) : r.activity,
        homeworkId: r.homework_id,
        valence: r.valence,
        arousal: r.arousal,
        distress: r.distress,
        note: r.note_sealed ? await this.vault.openJson<string>(clientId, `checkin:${r.id}`, r.note_sealed) : null,
        createdAt: new Date(r.created_at),
      })),
    );
  }

  async addMeasure(m: MeasureResponseRecord): Promise<void> {
    const answers = await this.vault.sealJson(m.clientId, `measure:${m.id}`, m.answers);
    await this.db.query(
      'INSERT INTO measure_responses (id, client_id, created_by, measure, answers_sealed, total, band, safety_flag, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
      [m.id, m.clientId, m.createdBy, m.measure, answers, m.total, m.band, m.safetyFlag, m.createdAt],
    );
  }

  /** Oldest first, so trends read left to right. */
  /** A client's measure responses, oldest first (only those from `since` on, when given). */
  async measures(clientId: string, since?: Date): Promise<MeasureResponseRecord[]> {
    const rows = since
      ? await this.db.query<MeasureRow>('SELECT * FROM measure_responses WHERE client_id = $1 AND created_at >= $2 ORDER BY created_at, id', [clientId, since])
      : await this.db.query<MeasureRow>('SELECT * FROM measure_responses WHERE client_id = $1 ORDER BY created_at, id', [clientId]);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        clientId,
        createdBy: r.created_by,
        measure: r.measure,
        answers: await this.vault.openJson<number[]>(clientId, `measure:${r.id}`, r.answers_sealed),
        total: r.total,
        band: r.band,
        safetyFlag: r.safety_flag,
        createdAt: new Date(r.created_at),
      })),
    );
  }

  async addReflection(x: ReflectionRecord): Promise<void> {
    const text = await this.vault.sealJson(x.clientId, `reflection:${x.id}`, x.text);
    const question = x.question != null ? await this.vault.sealJson(x.clientId, questionPurpose(x.id), x.question) : null;
    await this.db.query(
      'INSERT INTO reflections (id, client_id, created_by, artwork_id, text_sealed, created_at, homework_id, question, question_sealed) VALUES ($1,$2,$3,$4,$5,$6,$7,NULL,$8)',
      [x.id, x.clientId, x.createdBy, x.artworkId, text, x.createdAt, x.homeworkId ?? null, question],
    );
  }

  async reflections(clientId: string): Promise<ReflectionRecord[]> {
    const rows = await this.db.query<ReflectionRow>('SELECT * FROM reflections WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        clientId,
        createdBy: r.created_by,
        artworkId: r.artwork_id,
        homeworkId: r.homework_id,
        question: r.question_sealed ? await this.vault.openJson<string>(clientId, questionPurpose(r.id), r.question_sealed) : r.question,
        text: await this.vault.openJson<string>(clientId, `reflection:${r.id}`, r.text_sealed),
        createdAt: new Date(r.created_at),
      })),
    );
  }

  async addAlert(a: Omit<AlertRecord, 'acknowledgedAt' | 'acknowledgedBy' | 'acknowledgedNote'>): Promise<void> {
    const reasons = await this.vault.sealJson(a.clientId, `alert:${a.id}`, a.reasons);
    await this.db.query(
      'INSERT INTO alerts (id, client_id, source, source_id, level, categories, reasons_sealed, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)',
      [a.id, a.clientId, a.source, a.sourceId, a.level, a.categories, reasons, a.createdAt],
    );
  }

  private async alertFromRow(r: AlertRow): Promise<AlertRecord> {
    const clientId = r.client_id;
    return {
      id: r.id,
      clientId,
      source: r.source,
      sourceId: r.source_id,
      level: r.level,
      categories: r.categories,
      reasons: await this.vault.openJson<string[]>(clientId, `alert:${r.id}`, r.reasons_sealed),
      createdAt: new Date(r.created_at),
      acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
      acknowledgedBy: r.acknowledged_by,
      acknowledgedNote: r.ack_note_sealed ? await this.vault.openJson<string>(clientId, `alert-ack:${r.id}`, r.ack_note_sealed) : null,
    };
  }

  async alertById(id: string): Promise<AlertRecord | undefined> {
    const rows = await this.db.query<AlertRow>('SELECT * FROM alerts WHERE id = $1', [id]);
    return rows[0] && this.alertFromRow(rows[0]);
  }

  /** A therapist's alerts across their caseload, open ones first, newest first. */
  async alertsForTherapist(therapistId: string, includeAcknowledged: boolean): Promise<AlertRecord[]> {
    const rows = await this.db.query<AlertRow>(
      `SELECT a.* FROM alerts a JOIN clients c ON c.id = a.client_id WHERE c.therapist_id = $1 ${includeAcknowledged ? '' : 'AND a.acknowledged_at IS NULL'}
       ORDER BY (a.acknowledged_at IS NULL) DESC, a.created_at DESC LIMIT 500`,
      [therapistId],
    );
    return Promise.all(rows.map((r) => this.alertFromRow(r)));
  }

  /** Level and time of a client's alerts from `since` on, newest first (plain columns: nothing is unsealed). */
  async alertLevelsSince(clientId: string, since: Date): Promise<{ level: AlertRecord['level']; createdAt: Date }[]> {
    const rows = await this.db.query<{ level: AlertRecord['level']; created_at: string | Date }>(
      'SELECT level, created_at FROM alerts WHERE client_id = $1 AND created_at >= $2 ORDER BY created_at DESC',
      [clientId, since],
    );
    return rows.map((r) => ({ level: r.level, createdAt: new Date(r.created_at) }));
  }

  /** Marks an alert seen and acted on, once; the first acknowledgement and its note are kept. */
  async acknowledgeAlert(id: string, by: string, at: Date, note: string | null = null): Promise<void> {
    const alert = await this.alertById(id);
    if (!alert || alert.acknowledgedAt) return;
    const sealed = note ? await this.vault.sealJson(alert.clientId, `alert-ack:${id}`, note) : null;
    await this.db.query('UPDATE alerts SET acknowledged_at = $2, acknowledged_by = $3, ack_note_sealed = $4 WHERE id = $1 AND acknowledged_at IS NULL', [
      id,
      at,
      by,
      sealed,
    ]);
  }

  /** How many open alerts a therapist's caseload has (for the header badge; no client data). */
  async openAlertCount(therapistId: string): Promise<{ open: number; urgent: number }> {
    const rows = await this.db.query<{ open: number | string; urgent: number | string }>(
      `SELECT count(*) AS open, count(*) FILTER (WHERE a.level = 'urgent') AS urgent FROM alerts a JOIN clients c ON c.id = a.client_id
       WHERE c.therapist_id = $1 AND a.acknowledged_at IS NULL`,
      [therapistId],
    );
    return { open: Number(rows[0]?.open ?? 0), urgent: Number(rows[0]?.urgent ?? 0) };
  }
}
