/**
 * Repository behaviour that must hold on every database Hearth supports. Run by
 * store.test.ts (PGlite) and test/pg/store.pg.test.ts (PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './index.ts';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract on ${name}`, () => {
    let s: Store;
    const t0 = new Date('2026-11-01T10:00:00.000Z');
    beforeAll(async () => {
      s = await open();
    });
    afterAll(() => s.close());

    it('runs the migrations once and records them', async () => {
      const rows = await s.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toContain(1);
      const { migrate } = await import('./migrate.ts');
      expect(await migrate(s.db)).toEqual([]);
    });

    it('throttles sign-ins: charges attempts atomically, blocks, clears on success, and keeps HMAC keys only', async () => {
      const account = {
        key: s.loginThrottle.keyFor('account', 'ana@clinic.test'),
        rule: { kind: 'backoff', free: 2, baseMs: 1000, maxMs: 4000, resetMs: 86_400_000 },
      } as const;
      const address = { key: s.loginThrottle.keyFor('address', '192.0.2.1'), rule: { kind: 'window', max: 10, windowMs: 60_000 } } as const;
      expect(account.key).toMatch(/^account:[0-9a-f]{64}$/);
      const at = (ms: number) => new Date(t0.getTime() + ms);
      const waits: number[] = [];
      for (let i = 0; i < 4; i++) waits.push((await s.loginThrottle.charge([account, address], at(0))).waitMs);
      expect(waits).toEqual([0, 0, 0, 1000]); // the third failure blocks for 1 s; the fourth attempt is not charged
      expect((await s.loginThrottle.charge([account, address], at(1000))).waitMs).toBe(0); // fourth failure: 2 s
      expect((await s.loginThrottle.charge([account, address], at(2000))).waitMs).toBe(1000);
      await s.loginThrottle.succeeded([account, address]);
      expect((await s.loginThrottle.charge([account, address], at(2000))).waitMs).toBe(0);
      const rows = await s.db.query<{ key: string; failures: number }>('SELECT key, failures FROM login_throttle ORDER BY key');
      expect(rows).toEqual([
        { key: account.key, failures: 1 },
        { key: address.key, failures: 4 },
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/ana|192\.0/);
      await s.db.query('DELETE FROM login_throttle');
    });

    it('round-trips users, clients, invites, sessions and artworks with their types intact', async () => {
      const therapist = await s.users.create({
        id: randomUUID(),
        role: 'therapist',
        email: ' Ana@Clinic.Test ',
        displayName: 'Ana',
        passwordHash: 'h',
        createdAt: t0,
      });
      expect(therapist.email).toBe('ana@clinic.test');
      expect(await s.users.byEmail('ANA@clinic.test')).toMatchObject({ id: therapist.id });
      await expect(s.users.create({ ...therapist, id: randomUUID() })).rejects.toThrow();

      const client = await s.clients.create({
        id: randomUUID(),
        therapistId: therapist.id,
        displayName: 'Robin',
        pronouns: 'they/them',
        goals: '',
        createdAt: t0,
      });
      const patched = await s.clients.update(client.id, { goals: 'Sleep better', pronouns: null }, new Date(t0.getTime() + 1000));
      expect(patched).toMatchObject({ goals: 'Sleep better', pronouns: null, displayName: 'Robin', status: 'active' });
      expect(patched.updatedAt.getTime()).toBe(t0.getTime() + 1000);

      const session = await s.therapySessions.create({
        id: randomUUID(),
        clientId: client.id,
        therapistId: therapist.id,
        kind: 'individual',
        title: 'First',
        scheduledAt: t0,
        createdAt: t0,
      });
      const started = await s.therapySessions.update(session.id, { status: 'in_progress' }, new Date(t0.getTime() + 5000));
      expect(started.startedAt?.getTime()).toBe(t0.getTime() + 5000);

      const art = await s.artworks.create({
        id: randomUUID(),
        clientId: client.id,
        createdBy: therapist.id,
        parentId: null,
        sessionId: session.id,
        kind: 'upload',
        title: 'Sun',
        blobKey: 'artworks/a.png',
        thumbKey: 'thumbs/a.webp',
        mime: 'image/png',
        width: 10,
        height: 20,
        bytes: 300,
        backend: null,
        params: { nested: { list: [1, 2, 3] }, text: 'é ✓' },
        seed: 4_000_000_000,
        createdAt: t0,
      });
      const back = await s.artworks.byId(art.id);
      expect(back).toMatchObject({ params: { nested: { list: [1, 2, 3] }, text: 'é ✓' }, seed: 4_000_000_000, width: 10 });
      await s.artworks.softDelete(art.id, t0);
      expect(await s.artworks.byId(art.id)).toBeUndefined();
      expect(await s.artworks.countForClient(client.id)).toBe(0);

      const inv = await s.invites.create({
        id: randomUUID(),
        tokenHash: randomUUID(),
        clientId: client.id,
        createdBy: therapist.id,
        createdAt: t0,
        expiresAt: new Date(t0.getTime() + 60_000),
      });
      const first = await s.db.transaction((tx) => s.invites.consume(inv.id, t0, tx));
      const second = await s.db.transaction((tx) => s.invites.consume(inv.id, t0, tx));
      expect([first, second]).toEqual([true, false]);
    });

    it('rolls back a failed transaction completely', async () => {
      const id = randomUUID();
      await expect(
        s.db.transaction(async (tx) => {
          await s.users.create({ id, role: 'client', email: `${id}@x.test`, displayName: 'X', passwordHash: 'h', createdAt: t0 }, tx);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await s.users.byId(id)).toBeUndefined();
    });

    it('group-commits concurrent audit appends: each caller gets its own entry, the chain stays whole, one bad entry fails alone', async () => {
      const base = await s.audit.count();
      const made = await Promise.all(
        Array.from({ length: 40 }, (_, i) => s.audit.append({ actorId: null, actorRole: 'system', action: `group.${i}`, clientId: null, detail: { i } })),
      );
      expect(new Set(made.map((e) => e.seq)).size).toBe(40);
      // Entries are chained in the order they were asked for.
      expect(made.map((e) => e.seq)).toEqual([...made.map((e) => e.seq)].sort((a, b) => a - b));
      for (const [i, e] of made.entries()) expect(e.action).toBe(`group.${i}`);
      const stored = await s.db.query<{ action: string }>('SELECT action FROM audit_log WHERE seq = $1', [made[7]!.seq]);
      expect(stored[0]!.action).toBe('group.7');

      // A detail that cannot be written (a BigInt) fails its own append; its neighbours in the same group are written.
      const mixed = await Promise.allSettled([
        s.audit.append({ actorId: null, actorRole: 'system', action: 'group.ok1', clientId: null }),
        s.audit.append({ actorId: null, actorRole: 'system', action: 'group.bad', clientId: null, detail: { n: 1n } }),
        s.audit.append({ actorId: null, actorRole: 'system', action: 'group.ok2', clientId: null }),
      ]);
      expect(mixed.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await s.audit.count()).toBe(base + 42);
      expect(await s.audit.verify()).toEqual({ ok: true, entries: base + 42 });
    });

    it('chains the audit log and detects altered, removed and reordered entries', async () => {
      const base = await s.audit.count();
      for (let i = 0; i < 5; i++) await s.audit.append({ actorId: null, actorRole: 'system', action: `test.${i}`, clientId: null, detail: { i } });
      expect(await s.audit.verify()).toEqual({ ok: true, entries: base + 5 });

      await s.db.query('UPDATE audit_log SET detail = \'{"i": 99}\'::jsonb WHERE seq = $1', [base + 2]);
      expect(await s.audit.verify()).toMatchObject({ ok: false, seq: base + 2, reason: expect.stringMatching(/altered/) });
      await s.db.query('UPDATE audit_log SET detail = \'{"i": 1}\'::jsonb WHERE seq = $1', [base + 2]);
      expect((await s.audit.verify()).ok).toBe(true);

      const row = (await s.db.query<Record<string, unknown>>('SELECT * FROM audit_log WHERE seq = $1', [base + 3]))[0]!;
      await s.db.query('DELETE FROM audit_log WHERE seq = $1', [base + 3]);
      expect(await s.audit.verify()).toMatchObject({ ok: false, seq: base + 4, reason: expect.stringMatching(/missing/) });
      await s.db.query(
        'INSERT INTO audit_log (seq, at, actor_id, actor_role, action, client_id, target_type, target_id, detail, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)',
        [
          row.seq,
          row.at,
          row.actor_id,
          row.actor_role,
          row.action,
          row.client_id,
          row.target_type,
          row.target_id,
          row.detail,
          row.prev_hash,
          row.hash,
        ] as never,
      );
      expect((await s.audit.verify()).ok).toBe(true);

      // Reorder: swap the contents of two entries but keep their sequence numbers.
      await s.db.query("UPDATE audit_log SET action = CASE action WHEN 'test.3' THEN 'test.4' ELSE 'test.3' END WHERE seq IN ($1, $2)", [base + 4, base + 5]);
      expect(await s.audit.verify()).toMatchObject({ ok: false, seq: base + 4 });
    });
  });
}
