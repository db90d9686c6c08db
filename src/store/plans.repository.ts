import type { z } from 'zod';
import type { PlanContent } from '../domain/api/schemas.ts';
import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

/** The plan document as the API validates it (problems, goals with objectives, interventions). */
export type PlanDocument = z.infer<typeof PlanContent>;

export interface PlanRecord {
  id: string;
  clientId: string;
  therapistId: string;
  /** The plan document (problems, goals, objectives, interventions), validated at the API. */
  content: PlanDocument;
  shared: boolean;
  status: 'active' | 'archived';
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: string;
  client_id: string;
  therapist_id: string;
  content_sealed: string;
  shared: boolean;
  status: PlanRecord['status'];
  created_at: Date;
  updated_at: Date;
}

export class PlansRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  private async fromRow(r: Row): Promise<PlanRecord> {
    const clientId = r.client_id;
    return {
      id: r.id,
      clientId,
      therapistId: r.therapist_id,
      content: await this.vault.openJson<PlanDocument>(clientId, `plan:${r.id}`, r.content_sealed),
      shared: r.shared,
      status: r.status,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
    };
  }

  async create(p: Omit<PlanRecord, 'status' | 'updatedAt'>): Promise<void> {
    const sealed = await this.vault.sealJson(p.clientId, `plan:${p.id}`, p.content);
    await this.db.query(
      'INSERT INTO treatment_plans (id, client_id, therapist_id, content_sealed, shared, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$6)',
      [p.id, p.clientId, p.therapistId, sealed, p.shared, p.createdAt],
    );
  }

  async byId(id: string): Promise<PlanRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM treatment_plans WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async listForClient(clientId: string, sharedOnly: boolean): Promise<PlanRecord[]> {
    const rows = await this.db.query<Row>(`SELECT * FROM treatment_plans WHERE client_id = $1 ${sharedOnly ? 'AND shared' : ''} ORDER BY created_at DESC`, [
      clientId,
    ]);
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  async update(p: PlanRecord, patch: { content?: PlanDocument; shared?: boolean; status?: PlanRecord['status'] }, at: Date): Promise<void> {
    const sealed = patch.content ? await this.vault.sealJson(p.clientId, `plan:${p.id}`, patch.content) : null;
    await this.db.query(
      'UPDATE treatment_plans SET content_sealed = COALESCE($2, content_sealed), shared = COALESCE($3, shared), status = COALESCE($4, status), updated_at = $5 WHERE id = $1',
      [p.id, sealed, patch.shared ?? null, patch.status ?? null, at],
    );
  }
}
