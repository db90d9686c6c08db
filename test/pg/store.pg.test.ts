/** The PostgreSQL tier: the same repository contract and HTTP journeys on a real PostgreSQL server. */
import { describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { storeContract } from '../../src/store/store.contract.ts';
import { addClient, createHarness, pngDrawing, setupTherapist } from '../helpers/harness.ts';
import { freshDatabase } from '../helpers/pg.ts';

const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)('PostgreSQL', () => {
  storeContract('PostgreSQL', async () => openStore({ databaseUrl: await freshDatabase(pgUrl!) }));

  it('two app nodes starting together on a new database both migrate it, once', async () => {
    for (let round = 0; round < 3; round++) {
      const url = await freshDatabase(pgUrl!);
      const [a, b] = await Promise.all([openStore({ databaseUrl: url }), openStore({ databaseUrl: url })]);
      try {
        const rows = await a.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
        const versions = await b.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        expect(rows[0]!.n).toBe(versions.length);
        expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    }
  }, 120_000);

  it('runs the caseload journey over HTTP on PostgreSQL', async () => {
    const h = await createHarness({}, { databaseUrl: await freshDatabase(pgUrl!) });
    try {
      expect((await h.anon().get('/api/health')).json()).toMatchObject({ status: 'ok', database: 'postgres' });
      const t = await setupTherapist(h);
      const { clientId, client } = await addClient(h, t, 'Robin', 'robin@home.test');
      const up = await client.upload(clientId, await pngDrawing(), 'x.png');
      expect(up.statusCode).toBe(201);
      const list = (await t.get(`/api/clients/${clientId}/artworks`)).json().artworks;
      expect(list).toHaveLength(1);
      expect(await h.store.audit.verify()).toMatchObject({ ok: true });
    } finally {
      await h.close();
    }
  });
});
