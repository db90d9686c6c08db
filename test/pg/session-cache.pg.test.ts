/**
 * Two app nodes on one PostgreSQL database: each keeps who a session belongs to in memory for a
 * few seconds (store/principals.ts). A change made through the other node, or by another
 * process writing the database directly, reaches this node's cache as a NOTIFY (migration 032)
 * and the session is refused without waiting for the cache to expire.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PRINCIPAL_TTL_MS } from '../../src/store/principals.ts';
import { createHarness, login, setupTherapist } from '../helpers/harness.ts';
import type { Agent, Harness } from '../helpers/harness.ts';
import { freshDatabase } from '../helpers/pg.ts';

const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)('cached sessions across two PostgreSQL nodes', () => {
  let dir: string;
  let databaseUrl: string;
  let a: Harness;
  let b: Harness;

  /** The same session, talking to node B. */
  function onB(who: Agent): Agent {
    const x = b.anon();
    x.cookie = who.cookie;
    x.csrf = who.csrf;
    x.userId = who.userId;
    return x;
  }

  /** Two requests through B, the second answered from B's cache. */
  async function warmOnB(x: Agent): Promise<void> {
    expect((await x.get('/api/auth/me')).statusCode).toBe(200);
    const hits = b.store.principals.hits;
    expect((await x.get('/api/auth/me')).statusCode).toBe(200);
    expect(b.store.principals.hits).toBe(hits + 1);
  }

  /** Refused through B well within the cache's lifetime (the notification, not expiry, did it). */
  async function refusedSoonOnB(x: Agent): Promise<void> {
    const t0 = Date.now();
    await expect.poll(async () => (await x.get('/api/auth/me')).statusCode, { timeout: PRINCIPAL_TTL_MS, interval: 20 }).toBe(401);
    expect(Date.now() - t0).toBeLessThan(PRINCIPAL_TTL_MS / 2);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-session-cache-'));
    databaseUrl = await freshDatabase(pgUrl!);
    a = await createHarness({}, { databaseUrl, dataDir: dir });
    b = await createHarness({}, { databaseUrl, dataDir: dir });
    await setupTherapist(a);
    // Each node caches only while its change listener is connected.
    for (let i = 0; i < 200 && !(a.store.principals.enabled && b.store.principals.enabled); i++) await new Promise((r) => setTimeout(r, 50));
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('signing out through node A ends the session on node B', async () => {
    expect(a.store.principals.enabled && b.store.principals.enabled).toBe(true);
    const t = await login(a, 'ana@clinic.test');
    const there = onB(t);
    await warmOnB(there);
    expect((await t.post('/api/auth/logout')).statusCode).toBe(200);
    await refusedSoonOnB(there);
  });

  it('an account disabled by another process is refused on node B', async () => {
    const t = await login(a, 'ana@clinic.test');
    const there = onB(t);
    await warmOnB(there);
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      await other.query('UPDATE users SET disabled_at = now() WHERE id = $1', [t.userId]);
      await refusedSoonOnB(there);
      await other.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [t.userId]);
      await expect.poll(async () => (await there.get('/api/auth/me')).statusCode, { timeout: PRINCIPAL_TTL_MS }).toBe(200);
    } finally {
      await other.end();
    }
  });
});
