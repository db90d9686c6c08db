/**
 * The practice's staff structure (035): its one owner, staff titles, supervision grants,
 * single-use staff invites, transfers of care between therapists, deactivation, and the region
 * whose crisis contacts a client is shown. Staff invite emails are sealed under the identity store
 * key (no plain identity at rest) and found by the same keyed lookup hash as accounts.
 */
import type { KeyRing } from './crypto/key-ring.ts';
import type { Db, Queryable } from './db.ts';
import { normaliseEmail } from './users.repository.ts';

export type StaffInviteRole = 'therapist' | 'supervisor' | 'operator';

export interface StaffInviteRecord {
  id: string;
  tokenHash: string;
  role: StaffInviteRole;
  email: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  userId: string | null;
}

export interface CareTransferRecord {
  id: string;
  clientId: string;
  fromTherapist: string;
  toTherapist: string;
  byUser: string;
  at: Date;
}

interface InviteRow {
  id: string;
  token_hash: string;
  role: StaffInviteRole;
  email_sealed: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  user_id: string | null;
}

interface TransferRow {
  id: string;
  client_id: string;
  from_therapist: string;
  to_therapist: string;
  by_user: string;
  at: Date;
}

const d = (v: Date | null): Date | null => (v ? new Date(v) : null);
const inviteAad = (id: string): string => `staff-invite-email:${id}`;
const transferFromRow = (r: TransferRow): CareTransferRecord => ({
  id: r.id,
  clientId: r.client_id,
  fromTherapist: r.from_therapist,
  toTherapist: r.to_therapist,
  byUser: r.by_user,
  at: new Date(r.at),
});

export class PracticeRepository {
  constructor(
    private readonly db: Db,
    private readonly keys: KeyRing,
  ) {}

  /**
   * The owner's account id. A practice without an owner row (set up after the migration ran) is
   * owned by its earliest therapist, written once so that exactly one owner exists from then on.
   */
  async ownerId(q: Queryable = this.db): Promise<string | undefined> {
    const rows = await q.query<{ user_id: string }>('SELECT user_id FROM practice_owner');
    if (rows[0]) return rows[0].user_id;
    await q.query(
      `INSERT INTO practice_owner (singleton, user_id, since)
         SELECT true, id, created_at FROM users WHERE role = 'therapist' ORDER BY created_at, id LIMIT 1
       ON CONFLICT (singleton) DO NOTHING`,
    );
    const again = await q.query<{ user_id: string }>('SELECT user_id FROM practice_owner');
    return again[0]?.user_id;
  }

  /** Hands ownership to `userId` (one row: the old owner stops being owner in the same statement). */
  async setOwner(userId: string, at: Date, q: Queryable = this.db): Promise<void> {
    await q.query(
      `INSERT INTO practice_owner (singleton, user_id, since) VALUES (true, $1, $2)
       ON CONFLICT (singleton) DO UPDATE SET user_id = EXCLUDED.user_id, since = EXCLUDED.since`,
      [userId, at],
    );
  }

  async titles(): Promise<Map<string, 'supervisor'>> {
    const rows = await this.db.query<{ user_id: string; title: 'supervisor' }>('SELECT user_id, title FROM staff_titles');
    return new Map(rows.map((r) => [r.user_id, r.title]));
  }

  async setTitle(userId: string, title: 'supervisor', q: Queryable = this.db): Promise<void> {
    await q.query('INSERT INTO staff_titles (user_id, title) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET title = EXCLUDED.title', [userId, title]);
  }

  /** Whether `supervisorId` holds read-only access to `therapistId`'s caseload. */
  async supervises(supervisorId: string, therapistId: string): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM supervisions WHERE supervisor_id = $1 AND supervisee_id = $2', [supervisorId, therapistId]);
    return rows.length > 0;
  }

  /** Every grant, as supervisor → supervisees. */
  async supervisions(): Promise<{ supervisorId: string; superviseeId: string }[]> {
    const rows = await this.db.query<{ supervisor_id: string; supervisee_id: string }>(
      'SELECT supervisor_id, supervisee_id FROM supervisions ORDER BY granted_at, supervisee_id',
    );
    return rows.map((r) => ({ supervisorId: r.supervisor_id, superviseeId: r.supervisee_id }));
  }

  async superviseesOf(supervisorId: string): Promise<string[]> {
    const rows = await this.db.query<{ supervisee_id: string }>('SELECT supervisee_id FROM supervisions WHERE supervisor_id = $1 ORDER BY granted_at', [
      supervisorId,
    ]);
    return rows.map((r) => r.supervisee_id);
  }

  /** Replaces the supervisor's supervisees with exactly `superviseeIds`. */
  async setSupervisees(supervisorId: string, superviseeIds: readonly string[], grantedBy: string, at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM supervisions WHERE supervisor_id = $1 AND NOT (supervisee_id = ANY($2::uuid[]))', [supervisorId, [...superviseeIds]]);
      for (const id of superviseeIds) {
        await tx.query(
          'INSERT INTO supervisions (supervisor_id, supervisee_id, granted_by, granted_at) VALUES ($1, $2, $3, $4) ON CONFLICT (supervisor_id, supervisee_id) DO NOTHING',
          [supervisorId, id, grantedBy, at],
        );
      }
    });
  }

  private async inviteFromRow(r: InviteRow): Promise<StaffInviteRecord> {
    return {
      id: r.id,
      tokenHash: r.token_hash,
      role: r.role,
      email: await this.keys.openJson<string>('identity', inviteAad(r.id), r.email_sealed),
      createdBy: r.created_by,
      createdAt: new Date(r.created_at),
      expiresAt: new Date(r.expires_at),
      usedAt: d(r.used_at),
      revokedAt: d(r.revoked_at),
      userId: r.user_id,
    };
  }

  async createInvite(i: Omit<StaffInviteRecord, 'usedAt' | 'revokedAt' | 'userId'>): Promise<StaffInviteRecord> {
    const email = normaliseEmail(i.email);
    const rows = await this.db.query<InviteRow>(
      `INSERT INTO staff_invites (id, token_hash, role, email_hash, email_sealed, created_by, created_at, expires_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *`,
      [
        i.id,
        i.tokenHash,
        i.role,
        await this.keys.mac('email-lookup', email),
        await this.keys.sealJson('identity', inviteAad(i.id), email),
        i.createdBy,
        i.createdAt,
        i.expiresAt,
      ],
    );
    return this.inviteFromRow(rows[0]!);
  }

  async inviteById(id: string): Promise<StaffInviteRecord | undefined> {
    const rows = await this.db.query<InviteRow>('SELECT * FROM staff_invites WHERE id = $1', [id]);
    return rows[0] && this.inviteFromRow(rows[0]);
  }

  async inviteByTokenHash(hash: string): Promise<StaffInviteRecord | undefined> {
    const rows = await this.db.query<InviteRow>('SELECT * FROM staff_invites WHERE token_hash = $1', [hash]);
    return rows[0] && this.inviteFromRow(rows[0]);
  }

  /** Invites neither used nor withdrawn (expired ones included: the owner sees they lapsed). */
  async openInvites(): Promise<StaffInviteRecord[]> {
    const rows = await this.db.query<InviteRow>('SELECT * FROM staff_invites WHERE used_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC');
    return Promise.all(rows.map((r) => this.inviteFromRow(r)));
  }

  /** Marks the invite used by `userId` if it still is usable; false if it was used, withdrawn or expired first. */
  async consumeInvite(id: string, userId: string, at: Date, q: Queryable): Promise<boolean> {
    const rows = await q.query(
      'UPDATE staff_invites SET used_at = $2, user_id = $3 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2 RETURNING id',
      [id, at, userId],
    );
    return rows.length === 1;
  }

  async revokeInvite(id: string, at: Date): Promise<boolean> {
    const rows = await this.db.query('UPDATE staff_invites SET revoked_at = $2 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL RETURNING id', [
      id,
      at,
    ]);
    return rows.length === 1;
  }

  /**
   * Moves a client's care: the record (and its sessions still to come) to `to`, in one transaction
   * with the transfer row, so access changes at the same instant the history says it did.
   */
  async transferClient(t: CareTransferRecord): Promise<void> {
    await this.db.transaction(async (tx) => {
      const moved = await tx.query('UPDATE clients SET therapist_id = $2, updated_at = $3 WHERE id = $1 AND therapist_id = $4 RETURNING id', [
        t.clientId,
        t.toTherapist,
        t.at,
        t.fromTherapist,
      ]);
      if (moved.length !== 1) throw new Error('the client changed therapist while being transferred');
      await tx.query("UPDATE therapy_sessions SET therapist_id = $2 WHERE client_id = $1 AND status IN ('scheduled', 'in_progress')", [
        t.clientId,
        t.toTherapist,
      ]);
      await tx.query('INSERT INTO care_transfers (id, client_id, from_therapist, to_therapist, by_user, at) VALUES ($1,$2,$3,$4,$5,$6)', [
        t.id,
        t.clientId,
        t.fromTherapist,
        t.toTherapist,
        t.byUser,
        t.at,
      ]);
    });
  }

  async transfersForClient(clientId: string): Promise<CareTransferRecord[]> {
    const rows = await this.db.query<TransferRow>('SELECT * FROM care_transfers WHERE client_id = $1 ORDER BY at DESC, id', [clientId]);
    return rows.map(transferFromRow);
  }

  /** Transfers from or to this therapist, newest first. */
  async transfersInvolving(userId: string): Promise<CareTransferRecord[]> {
    const rows = await this.db.query<TransferRow>('SELECT * FROM care_transfers WHERE from_therapist = $1 OR to_therapist = $1 ORDER BY at DESC, id LIMIT 50', [
      userId,
    ]);
    return rows.map(transferFromRow);
  }

  /** Client ids per therapist (archived included): whose care must move before a therapist leaves. */
  async clientCounts(): Promise<Map<string, number>> {
    const rows = await this.db.query<{ therapist_id: string; n: number }>('SELECT therapist_id, count(*)::int AS n FROM clients GROUP BY therapist_id');
    return new Map(rows.map((r) => [r.therapist_id, r.n]));
  }

  /** Deactivates an account and ends every session of it, in one transaction. */
  async deactivate(userId: string, at: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query('UPDATE users SET disabled_at = $2 WHERE id = $1 AND disabled_at IS NULL', [userId, at]);
      await tx.query('DELETE FROM login_challenges WHERE user_id = $1', [userId]);
      const ended = await tx.query('DELETE FROM auth_sessions WHERE user_id = $1 RETURNING id', [userId]);
      return ended.length;
    });
  }

  async reactivate(userId: string): Promise<void> {
    await this.db.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [userId]);
  }

  /** The region (and language) whose crisis contacts this client is shown; nulls: the practice's defaults. */
  async crisisRegion(clientId: string): Promise<{ region: string | null; language: string | null }> {
    const rows = await this.db.query<{ crisis_region: string | null; crisis_language: string | null }>(
      'SELECT crisis_region, crisis_language FROM clients WHERE id = $1',
      [clientId],
    );
    return { region: rows[0]?.crisis_region ?? null, language: rows[0]?.crisis_language ?? null };
  }

  async setCrisisRegion(clientId: string, region: string | null, language: string | null): Promise<void> {
    await this.db.query('UPDATE clients SET crisis_region = $2, crisis_language = $3 WHERE id = $1', [clientId, region, language]);
  }
}
