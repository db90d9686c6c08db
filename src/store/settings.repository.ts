import type { Db } from './db.ts';

/** Small installation-wide settings (JSON values). */
export class SettingsRepository {
  constructor(private readonly db: Db) {}

  async get<T>(key: string): Promise<T | undefined> {
    const rows = await this.db.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
    return rows[0]?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [
      key,
      value as Record<string, unknown>,
    ]);
  }
}
