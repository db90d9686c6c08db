import type { Db } from './db.ts';

/**
 * Small installation-wide settings (JSON values), read on every request (the practice's two-step
 * rule) and so kept in memory. The store drops the copy whenever `settings` is written — by this
 * process (its write watch) or, on PostgreSQL, by another node (a NOTIFY from migration 032's
 * trigger). On PostgreSQL nothing is kept while that listener is not connected.
 */
export class SettingsRepository {
  private readonly cache = new Map<string, unknown>();
  private caching: boolean;
  private generation = 0;

  constructor(private readonly db: Db) {
    this.caching = db.kind === 'pglite';
  }

  /** Drops the cached values (settings changed). */
  forget(): void {
    this.generation++;
    this.cache.clear();
  }

  /** Turns caching on or off (PostgreSQL: whether the change listener is connected). */
  setCaching(on: boolean): void {
    this.caching = on;
    this.forget();
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (this.caching && this.cache.has(key)) return structuredClone(this.cache.get(key)) as T | undefined;
    const generation = this.generation;
    const rows = await this.db.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
    if (this.caching && generation === this.generation) this.cache.set(key, structuredClone(rows[0]?.value));
    return rows[0]?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.forget();
    await this.db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [
      key,
      value as Record<string, unknown>,
    ]);
    this.forget();
  }
}
