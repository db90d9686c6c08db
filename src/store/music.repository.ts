import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

export interface MusicPieceRecord {
  id: string;
  clientId: string;
  createdBy: string;
  /** The engine's MusicPlan, stored whole (sealed) so the piece renders again byte for byte. */
  plan: Record<string, unknown> & { key: string; mode: string; bpm: number; instruments: string[]; description: string };
  seconds: number;
  seed: number;
  sampleRate: number;
  /** The client's recording this piece continues, if any. */
  sampleId: string | null;
  createdAt: Date;
}

/** A client's uploaded recording, with what the analyser measured in it. */
export interface MusicSampleRecord {
  id: string;
  clientId: string;
  createdBy: string;
  blobKey: string;
  seconds: number;
  sampleRate: number;
  channels: number;
  bpm: number;
  key: string;
  mode: string;
  lufs: number;
  createdAt: Date;
}

export interface Mood {
  valence: number;
  arousal: number;
  distress: number;
}

export interface MusicListenRecord {
  id: string;
  pieceId: string;
  clientId: string;
  createdBy: string;
  before: Mood;
  after: Mood;
  secondsListened: number;
  /** The steered playback this listening followed, if the client steered it. */
  steeringId?: string | null;
  createdAt: Date;
}

/** One steering command and the moment of the piece (seconds of audio) it took effect at. */
export interface SteerEntry {
  atSeconds: number;
  command: string;
  /** When it was asked (ISO). */
  at: string;
}

/** A steered playback of a piece: every command the listener gave, in order. */
export interface MusicSteeringRecord {
  id: string;
  pieceId: string;
  clientId: string;
  createdBy: string;
  log: SteerEntry[];
  startedAt: Date;
  updatedAt: Date;
}

interface SteeringRow {
  id: string;
  piece_id: string;
  client_id: string;
  created_by: string;
  log_sealed: string;
  started_at: Date;
  updated_at: Date;
}

interface PieceRow {
  id: string;
  client_id: string;
  created_by: string;
  plan_sealed: string;
  seconds: number;
  /** bigint: a number from PostgreSQL (see db.ts), possibly a BigInt from PGlite. */
  seed: number | bigint;
  sample_rate: number;
  sample_id: string | null;
  created_at: Date;
}

interface SampleRow {
  id: string;
  client_id: string;
  created_by: string;
  blob_key: string;
  seconds: number;
  sample_rate: number;
  channels: number;
  bpm: number;
  key: string;
  mode: string;
  lufs: number;
  created_at: Date;
}

interface ListenRow {
  id: string;
  piece_id: string;
  created_by: string;
  before_valence: number;
  before_arousal: number;
  before_distress: number;
  after_valence: number;
  after_arousal: number;
  after_distress: number;
  seconds_listened: number;
  steering_id: string | null;
  created_at: Date;
  bpm: number;
  mode: string;
  instruments: string[];
}

const sampleFromRow = (r: SampleRow): MusicSampleRecord => ({
  id: r.id,
  clientId: r.client_id,
  createdBy: r.created_by,
  blobKey: r.blob_key,
  seconds: r.seconds,
  sampleRate: r.sample_rate,
  channels: r.channels,
  bpm: r.bpm,
  key: r.key,
  mode: r.mode,
  lufs: r.lufs,
  createdAt: new Date(r.created_at),
});

export class MusicRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  async create(p: MusicPieceRecord): Promise<void> {
    const sealed = await this.vault.sealJson(p.clientId, `music:${p.id}`, p.plan);
    await this.db.query(
      'INSERT INTO music_pieces (id, client_id, created_by, plan_sealed, key, mode, bpm, instruments, seconds, seed, sample_rate, sample_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)',
      [
        p.id,
        p.clientId,
        p.createdBy,
        sealed,
        p.plan.key,
        p.plan.mode,
        p.plan.bpm,
        p.plan.instruments,
        p.seconds,
        p.seed,
        p.sampleRate,
        p.sampleId,
        p.createdAt,
      ],
    );
  }

  private async fromRow(r: PieceRow): Promise<MusicPieceRecord> {
    const clientId = r.client_id;
    return {
      id: r.id,
      clientId,
      createdBy: r.created_by,
      plan: await this.vault.openJson(clientId, `music:${r.id}`, r.plan_sealed),
      seconds: r.seconds,
      seed: Number(r.seed),
      sampleRate: r.sample_rate,
      sampleId: r.sample_id,
      createdAt: new Date(r.created_at),
    };
  }

  async createSample(s: MusicSampleRecord): Promise<void> {
    await this.db.query(
      'INSERT INTO music_samples (id, client_id, created_by, blob_key, seconds, sample_rate, channels, bpm, key, mode, lufs, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)',
      [s.id, s.clientId, s.createdBy, s.blobKey, s.seconds, s.sampleRate, s.channels, s.bpm, s.key, s.mode, s.lufs, s.createdAt],
    );
  }

  async sampleById(id: string): Promise<MusicSampleRecord | undefined> {
    const rows = await this.db.query<SampleRow>('SELECT * FROM music_samples WHERE id = $1', [id]);
    return rows[0] && sampleFromRow(rows[0]);
  }

  async samplesForClient(clientId: string): Promise<MusicSampleRecord[]> {
    const rows = await this.db.query<SampleRow>('SELECT * FROM music_samples WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return rows.map(sampleFromRow);
  }

  async byId(id: string): Promise<MusicPieceRecord | undefined> {
    const rows = await this.db.query<PieceRow>('SELECT * FROM music_pieces WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async listForClient(clientId: string): Promise<MusicPieceRecord[]> {
    const rows = await this.db.query<PieceRow>('SELECT * FROM music_pieces WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  async addListen(l: MusicListenRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO music_listens (id, piece_id, client_id, created_by, before_valence, before_arousal, before_distress, after_valence, after_arousal, after_distress, seconds_listened, created_at, steering_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
      [
        l.id,
        l.pieceId,
        l.clientId,
        l.createdBy,
        l.before.valence,
        l.before.arousal,
        l.before.distress,
        l.after.valence,
        l.after.arousal,
        l.after.distress,
        l.secondsListened,
        l.createdAt,
        l.steeringId ?? null,
      ],
    );
  }

  /** Every listening of this client, oldest first, with the piece's musical parameters. */
  async listensForClient(clientId: string): Promise<(MusicListenRecord & { bpm: number; mode: string; instruments: string[] })[]> {
    const rows = await this.db.query<ListenRow>(
      'SELECT l.*, p.bpm, p.mode, p.instruments FROM music_listens l JOIN music_pieces p ON p.id = l.piece_id WHERE l.client_id = $1 ORDER BY l.created_at, l.id',
      [clientId],
    );
    return rows.map((r) => ({
      id: r.id,
      pieceId: r.piece_id,
      clientId,
      createdBy: r.created_by,
      before: { valence: r.before_valence, arousal: r.before_arousal, distress: r.before_distress },
      after: { valence: r.after_valence, arousal: r.after_arousal, distress: r.after_distress },
      secondsListened: r.seconds_listened,
      steeringId: r.steering_id,
      createdAt: new Date(r.created_at),
      bpm: r.bpm,
      mode: r.mode,
      instruments: r.instruments,
    }));
  }

  private async steeringFromRow(r: SteeringRow): Promise<MusicSteeringRecord> {
    return {
      id: r.id,
      pieceId: r.piece_id,
      clientId: r.client_id,
      createdBy: r.created_by,
      log: await this.vault.openJson<SteerEntry[]>(r.client_id, `music-steering:${r.id}`, r.log_sealed),
      startedAt: new Date(r.started_at),
      updatedAt: new Date(r.updated_at),
    };
  }

  /** Starts the record of a steered playback (its log sealed with the client's key). */
  async createSteering(s: MusicSteeringRecord): Promise<void> {
    const sealed = await this.vault.sealJson(s.clientId, `music-steering:${s.id}`, s.log);
    await this.db.query(
      'INSERT INTO music_steering (id, piece_id, client_id, created_by, log_sealed, steers, started_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)',
      [s.id, s.pieceId, s.clientId, s.createdBy, sealed, s.log.length, s.startedAt, s.updatedAt],
    );
  }

  /** Replaces the log of a steered playback (sealed again as a whole). */
  async saveSteeringLog(id: string, clientId: string, log: readonly SteerEntry[], at: Date): Promise<void> {
    const sealed = await this.vault.sealJson(clientId, `music-steering:${id}`, log);
    await this.db.query('UPDATE music_steering SET log_sealed = $2, steers = $3, updated_at = $4 WHERE id = $1', [id, sealed, log.length, at]);
  }

  async steeringById(id: string): Promise<MusicSteeringRecord | undefined> {
    const rows = await this.db.query<SteeringRow>('SELECT * FROM music_steering WHERE id = $1', [id]);
    return rows[0] && this.steeringFromRow(rows[0]);
  }

  /** Every steered playback of this client that has at least one command, oldest first. */
  async steeringForClient(clientId: string): Promise<MusicSteeringRecord[]> {
    const rows = await this.db.query<SteeringRow>('SELECT * FROM music_steering WHERE client_id = $1 AND steers > 0 ORDER BY started_at, id', [clientId]);
    return Promise.all(rows.map((r) => this.steeringFromRow(r)));
  }
}
