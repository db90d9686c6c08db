import type { Db } from './db.ts';

/**
 * Small installation-wide settings (JSON values). On the embedded database one process owns the
 * data folder (the data lock), so every change passes through here and values are kept in
 * memory (they are read on every request: the practice's two-step rule). On PostgreSQL other
 * nodes may change them, so every read goes to the database.
 */
export class SettingsRepository {
  private readonly cache: Map<string, unknown> | null;

  constructor(private readonly db: Db) {
    this.cache = db.kind === 'pglite' ? new Map() : null;
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (this.cache?.has(key)) return structuredClone(this.cache.get(key)) as T | undefined;
    const rows = await this.db.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
    this.cache?.set(key, rows[0]?.value);
    return rows[0]?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.cache?.delete(key);
    await this.db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [
      key,
      value as Record<string, unknown>,
    ]);
    this.cache?.delete(key);
  }
}
