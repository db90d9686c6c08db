import type { Role } from '../domain/index.ts';
import type { Db, Queryable } from './db.ts';

export interface UserRecord {
  id: string;
  role: Role;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: Date;
  disabledAt: Date | null;
}

interface Row {
  id: string;
  role: Role;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: Date;
  disabled_at: Date | null;
}

const fromRow = (r: Row): UserRecord => ({
  id: r.id,
  role: r.role,
  email: r.email,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  createdAt: new Date(r.created_at),
  disabledAt: r.disabled_at ? new Date(r.disabled_at) : null,
});

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export class UsersRepository {
  constructor(private readonly db: Db) {}

  async create(u: Omit<UserRecord, 'disabledAt'>, q: Queryable = this.db): Promise<UserRecord> {
    const rows = await q.query<Row>(
      `INSERT INTO users (id, role, email, display_name, password_hash, created_at) VALUES ($1,$2,$3,$4,$5,$6) RETURNING *`,
      [u.id, u.role, normaliseEmail(u.email), u.displayName, u.passwordHash, u.createdAt],
    );
    return fromRow(rows[0]!);
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0] && fromRow(rows[0]);
  }

  async byEmail(email: string): Promise<UserRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM users WHERE email = $1', [normaliseEmail(email)]);
    return rows[0] && fromRow(rows[0]);
  }

  async countByRole(role: Role): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE role = $1', [role]);
    return rows[0]?.n ?? 0;
  }

  /** For operators: accounts without any clinical data. */
  async list(): Promise<Omit<UserRecord, 'passwordHash'>[]> {
    const rows = await this.db.query<Row>('SELECT * FROM users ORDER BY created_at');
    return rows.map((r) => {
      const { passwordHash: _omit, ...rest } = fromRow(r);
      return rest;
    });
  }
}
