/**
 * The model servers a clinic has configured. The address is stored in the clear (it is shown
 * and is what outbound requests are limited to); user name, password and API key are sealed
 * with the master key, bound to the record's id, and opened only to talk to the server.
 */
import type { ModelFileKey, ModelServerKind } from '../domain/backend-kinds.ts';
import { open, seal } from './crypto/sealing.ts';
import type { Db, Queryable } from './db.ts';

/** A configurable model-server kind (the registry in src/domain/backend-kinds.ts). */
export type BackendKind = ModelServerKind;

export interface BackendSecrets {
  user?: string;
  password?: string;
  apiKey?: string;
}

export interface BackendRecord {
  id: string;
  kind: BackendKind;
  label: string;
  url: string;
  model: string | null;
  /** Model file names chosen for it (migration 051); a key left out means the kind's default. */
  modelFiles: Partial<Record<ModelFileKey, string>>;
  hasSecrets: boolean;
  createdBy: string | null;
  createdAt: Date;
  /** Who may see, test and remove it (null: saved before owners existed, or its owner is gone). */
  ownerId: string | null;
  /** Offered to every therapist of the practice (read-only to all but its owner and the practice owner). */
  practiceWide: boolean;
}

/** What `create` needs: the owner defaults to whoever adds it, practice-wide to no. */
export type NewBackend = Omit<BackendRecord, 'hasSecrets' | 'ownerId' | 'practiceWide' | 'modelFiles'> &
  Partial<Pick<BackendRecord, 'ownerId' | 'practiceWide' | 'modelFiles'>>;

interface Row {
  id: string;
  kind: BackendKind;
  label: string;
  url: string;
  model: string | null;
  model_files: Partial<Record<ModelFileKey, string>> | null;
  secrets_sealed: string | null;
  created_by: string | null;
  created_at: Date;
  owner_id: string | null;
  practice_wide: boolean;
}

const aad = (id: string): string => `hearth:backend-secrets:${id}`;
const toRecord = (r: Row): BackendRecord => ({
  id: r.id,
  kind: r.kind,
  label: r.label,
  url: r.url,
  model: r.model,
  modelFiles: r.model_files ?? {},
  hasSecrets: r.secrets_sealed !== null,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  ownerId: r.owner_id,
  practiceWide: r.practice_wide,
});

export class BackendsRepository {
  constructor(
    private readonly db: Db,
    private master: Uint8Array,
  ) {}

  async list(): Promise<BackendRecord[]> {
    return (await this.db.query<Row>('SELECT * FROM image_backends ORDER BY created_at, id')).map(toRecord);
  }

  async byId(id: string): Promise<BackendRecord | undefined> {
    const [r] = await this.db.query<Row>('SELECT * FROM image_backends WHERE id = $1', [id]);
    return r && toRecord(r);
  }

  async create(input: NewBackend, secrets: BackendSecrets): Promise<BackendRecord> {
    const b: Omit<BackendRecord, 'hasSecrets'> = {
      ...input,
      ownerId: input.ownerId === undefined ? input.createdBy : input.ownerId,
      practiceWide: input.practiceWide ?? false,
      modelFiles: input.modelFiles ?? {},
    };
    const has = Object.values(secrets).some((v) => typeof v === 'string' && v !== '');
    const sealed = has ? Buffer.from(seal(this.master, Buffer.from(JSON.stringify(secrets)), aad(b.id))).toString('base64') : null;
    await this.db.query(
      'INSERT INTO image_backends (id, kind, label, url, model, secrets_sealed, created_by, created_at, owner_id, practice_wide, model_files) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)',
      [b.id, b.kind, b.label, b.url, b.model, sealed, b.createdBy, b.createdAt, b.ownerId, b.practiceWide, b.modelFiles],
    );
    return { ...b, hasSecrets: has };
  }

  /** The opened credentials, for talking to the server only. */
  async secrets(id: string): Promise<BackendSecrets> {
    const [r] = await this.db.query<{ secrets_sealed: string | null }>('SELECT secrets_sealed FROM image_backends WHERE id = $1', [id]);
    if (!r?.secrets_sealed) return {};
    return JSON.parse(Buffer.from(open(this.master, Buffer.from(r.secrets_sealed, 'base64'), aad(id))).toString('utf8')) as BackendSecrets;
  }

  async remove(id: string): Promise<boolean> {
    return (await this.db.query<{ id: string }>('DELETE FROM image_backends WHERE id = $1 RETURNING id', [id])).length > 0;
  }

  /**
   * Re-seals every credential under a new master key. Pass `tx` to do it inside a larger
   * transaction (`hearth keys rotate` rotates everything sealed with the master key at once);
   * the repository uses `next` from then on.
   */
  async rotateMaster(next: Uint8Array, tx?: Queryable): Promise<number> {
    const run = async (q: Queryable): Promise<number> => {
      const rows = await q.query<{ id: string; secrets_sealed: string }>(
        'SELECT id, secrets_sealed FROM image_backends WHERE secrets_sealed IS NOT NULL FOR UPDATE',
      );
      for (const r of rows) {
        const plain = open(this.master, Buffer.from(r.secrets_sealed, 'base64'), aad(r.id));
        await q.query('UPDATE image_backends SET secrets_sealed = $2 WHERE id = $1', [r.id, Buffer.from(seal(next, plain, aad(r.id))).toString('base64')]);
      }
      return rows.length;
    };
    const n = tx ? await run(tx) : await this.db.transaction(run);
    this.master = next;
    return n;
  }
}
