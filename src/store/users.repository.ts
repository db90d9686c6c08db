/**
 * Accounts. No identity is stored in plain text: the login email is found by its keyed lookup
 * hash (HMAC-SHA256 under the `email-lookup` store key) and kept, with the display name, sealed
 * under the `identity` store key and bound to the account id. The Argon2 password hash stays as
 * it is (it is already a hash); erasure removes it with the row and `Store.purgeDeleted` removes
 * the dead row versions and the WAL that held it.
 */
import type { Locale, Role } from '../domain/index.ts';
import type { KeyRing } from './crypto/key-ring.ts';
import { open, seal } from './crypto/sealing.ts';
import type { Db, Queryable } from './db.ts';

export interface UserRecord {
  id: string;
  role: Role;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: Date;
  disabledAt: Date | null;
  /** The language the account chose (040); null: follow the browser or the system. */
  locale: Locale | null;
}

interface Row {
  id: string;
  role: Role;
  email: string | null;
  display_name: string | null;
  email_hash: string | null;
  identity_sealed: string | null;
  password_hash: string;
  created_at: Date;
  disabled_at: Date | null;
  locale: Locale | null;
}

type Identity = Pick<UserRecord, 'email' | 'displayName'>;
const identityAad = (userId: string): string => `user-identity:${userId}`;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export class UsersRepository {
  constructor(
    private readonly db: Db,
    private readonly keys: KeyRing,
  ) {}

  /** The keyed lookup hash of an email address (normalised first). */
  emailHash(email: string, q?: Queryable): Promise<string> {
    return this.keys.mac('email-lookup', normaliseEmail(email), q);
  }

  private async sealIdentity(id: string, identity: Identity, q?: Queryable): Promise<string> {
    return Buffer.from(seal(await this.keys.key('identity', q), Buffer.from(JSON.stringify(identity), 'utf8'), identityAad(id))).toString('base64');
  }

  private async fromRow(r: Row): Promise<UserRecord> {
    const identity: Identity = r.identity_sealed
      ? (JSON.parse(
          Buffer.from(open(await this.keys.key('identity'), Buffer.from(r.identity_sealed, 'base64'), identityAad(r.id))).toString('utf8'),
        ) as Identity)
      : { email: r.email ?? '', displayName: r.display_name ?? '' };
    return {
      id: r.id,
      role: r.role,
      ...identity,
      passwordHash: r.password_hash,
      createdAt: new Date(r.created_at),
      disabledAt: r.disabled_at ? new Date(r.disabled_at) : null,
      locale: r.locale ?? null,
    };
  }

  /** Creates an account; a second account with the same email (after normalising) is refused by the unique lookup hash. */
  async create(u: Omit<UserRecord, 'disabledAt' | 'locale'> & { locale?: Locale | null }, q: Queryable = this.db): Promise<UserRecord> {
    const email = normaliseEmail(u.email);
    const rows = await q.query<Row>(
      `INSERT INTO users (id, role, email, display_name, email_hash, identity_sealed, password_hash, created_at, locale) VALUES ($1,$2,NULL,NULL,$3,$4,$5,$6,$7) RETURNING *`,
      [
        u.id,
        u.role,
        await this.emailHash(email, q),
        await this.sealIdentity(u.id, { email, displayName: u.displayName }, q),
        u.passwordHash,
        u.createdAt,
        u.locale ?? null,
      ],
    );
    return this.fromRow(rows[0]!);
  }

  /** An account from its raw row as read elsewhere (the session lookup joins it). */
  hydrate(row: Record<string, unknown>): Promise<UserRecord> {
    return this.fromRow(row as unknown as Row);
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0] && this.fromRow(rows[0]);
  }

  async byEmail(email: string): Promise<UserRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM users WHERE email_hash = $1', [await this.emailHash(email)]);
    return rows[0] && this.fromRow(rows[0]);
  }

  /** Sets (or clears, with null) the language the account chose. */
  async setLocale(id: string, locale: Locale | null): Promise<void> {
    await this.db.query('UPDATE users SET locale = $2 WHERE id = $1', [id, locale]);
  }

  async countByRole(role: Role): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE role = $1', [role]);
    return rows[0]?.n ?? 0;
  }

  /** For operators: accounts without any clinical data. */
  async list(): Promise<Omit<UserRecord, 'passwordHash'>[]> {
    const rows = await this.db.query<Row>('SELECT * FROM users ORDER BY created_at');
    return Promise.all(
      rows.map(async (r) => {
        const { passwordHash: _omit, ...rest } = await this.fromRow(r);
        return rest;
      }),
    );
  }

  /** Converts accounts an older version stored with a plain email and name (run when the store opens). Returns how many. */
  async sealLegacy(): Promise<number> {
    const rows = await this.db.query<Row>(
      'SELECT * FROM users WHERE identity_sealed IS NULL OR email_hash IS NULL OR email IS NOT NULL OR display_name IS NOT NULL',
    );
    for (const r of rows) {
      const identity = await this.fromRow(r);
      const email = normaliseEmail(identity.email);
      await this.db.query('UPDATE users SET email = NULL, display_name = NULL, email_hash = $2, identity_sealed = $3 WHERE id = $1', [
        r.id,
        await this.emailHash(email),
        await this.sealIdentity(r.id, { email, displayName: identity.displayName }),
      ]);
    }
    return rows.length;
  }
}
