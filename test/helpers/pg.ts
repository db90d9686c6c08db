import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Creates a fresh database on the test cluster and returns its URL (one per test file). */
export async function freshDatabase(baseUrl: string): Promise<string> {
  const name = `hearth_test_${randomBytes(5).toString('hex')}`;
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
