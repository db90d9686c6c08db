import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

export interface PlanRecord {
  id: string;
  clientId: string;
  therapistId: string;
  /** The plan document (problems, goals, objectives, interventions), validated at the API. */
  content: Record<string, unknown>;
  shared: boolean;
  status: 'active' | 'archived';
  createdAt: Date;
  updatedAt: Date;
}

type R = Record<string, unknown>;

export class PlansRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  private async fromRow(r: R): Promise<PlanRecord> {
    const clientId = r.client_id as string;
    return {
      id: r.id as string,
      clientId,
      therapistId: r.therapist_id as string,
      content: await this.vault.openJson(clientId, `plan:${r.id as string}`, r.content_sealed as string),
      shared: Boolean(r.shared),
      status: r.status as PlanRecord['status'],
      createdAt: new Date(r.created_at as Date),
      updatedAt: new Date(r.updated_at as Date),
    };
  }

  async create(p: Omit<PlanRecord, 'status' | 'updatedAt'>): Promise<void> {
    const sealed = await this.vault.sealJson(p.clientId, `plan:${p.id}`, p.content);
    await this.db.query('INSERT INTO treatment_plans (id, client_id, therapist_id, content_sealed, shared, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$6)', [p.id, p.clientId, p.therapistId, sealed, p.shared, p.createdAt]);
  }

  async byId(id: string): Promise<PlanRecord | undefined> {
    const rows = await this.db.query<R>('SELECT * FROM treatment_plans WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async listForClient(clientId: string, sharedOnly: boolean): Promise<PlanRecord[]> {
    const rows = await this.db.query<R>(`SELECT * FROM treatment_plans WHERE client_id = $1 ${sharedOnly ? 'AND shared' : ''} ORDER BY created_at DESC`, [clientId]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  async update(p: PlanRecord, patch: { content?: Record<string, unknown>; shared?: boolean; status?: PlanRecord['status'] }, at: Date): Promise<void> {
    const sealed = patch.content ? await this.vault.sealJson(p.clientId, `plan:${p.id}`, patch.content) : null;
    await this.db.query(
      'UPDATE treatment_plans SET content_sealed = COALESCE($2, content_sealed), shared = COALESCE($3, shared), status = COALESCE($4, status), updated_at = $5 WHERE id = $1',
      [p.id, sealed, patch.shared ?? null, patch.status ?? null, at],
    );
  }
}
