/** The practice repository (035) on a real PostgreSQL server: one owner, invites used once, transfers, supervision, deactivation. */
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { freshDatabase } from '../helpers/pg.ts';

const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)('PostgreSQL: practice', () => {
  it('keeps exactly one owner, uses an invite once, moves care atomically and ends sessions on deactivation', async () => {
    const store = await openStore({ databaseUrl: await freshDatabase(pgUrl!) });
    try {
      const now = new Date();
      const mk = async (role: 'therapist' | 'admin', email: string, at: Date) =>
        (await store.users.create({ id: randomUUID(), role, email, displayName: email, passwordHash: 'x', createdAt: at })).id;
      const ana = await mk('therapist', 'ana@clinic.test', new Date(now.getTime() - 2000));
      const ben = await mk('therapist', 'ben@clinic.test', now);
      expect(await store.practice.ownerId()).toBe(ana);
      await store.practice.setOwner(ben, now);
      expect(await store.practice.ownerId()).toBe(ben);
      expect(await store.db.query('SELECT count(*)::int AS n FROM practice_owner')).toEqual([{ n: 1 }]);

      const invite = await store.practice.createInvite({
        id: randomUUID(),
        tokenHash: 'h'.repeat(64),
        role: 'supervisor',
        email: 'Sue@Clinic.test',
        createdBy: ben,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 3600_000),
      });
      expect((await store.practice.inviteByTokenHash('h'.repeat(64)))?.email).toBe('sue@clinic.test');
      const sue = await mk('therapist', 'sue@clinic.test', now);
      expect(await store.db.transaction((tx) => store.practice.consumeInvite(invite.id, sue, now, tx))).toBe(true);
      expect(await store.db.transaction((tx) => store.practice.consumeInvite(invite.id, sue, now, tx))).toBe(false);

      await store.practice.setSupervisees(sue, [ana], ben, now);
      expect(await store.practice.supervises(sue, ana)).toBe(true);
      await store.practice.setSupervisees(sue, [], ben, now);
      expect(await store.practice.supervises(sue, ana)).toBe(false);

      const client = await store.clients.create({ id: randomUUID(), therapistId: ana, displayName: 'Alex', pronouns: null, goals: '', createdAt: now });
      await store.practice.transferClient({ id: randomUUID(), clientId: client.id, fromTherapist: ana, toTherapist: ben, byUser: ben, at: now });
      expect((await store.clients.byId(client.id))?.therapistId).toBe(ben);
      // A transfer that names the wrong current therapist changes nothing.
      await expect(
        store.practice.transferClient({ id: randomUUID(), clientId: client.id, fromTherapist: ana, toTherapist: sue, byUser: ben, at: now }),
      ).rejects.toThrow();
      expect((await store.clients.byId(client.id))?.therapistId).toBe(ben);
      expect(await store.practice.transfersForClient(client.id)).toHaveLength(1);

      await store.practice.setCrisisRegion(client.id, 'DE', 'de');
      expect(await store.practice.crisisRegion(client.id)).toEqual({ region: 'DE', language: 'de' });

      await store.authSessions.create({
        id: 's'.repeat(64),
        userId: ana,
        csrfToken: 'c',
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + 3600_000),
        userAgent: null,
      });
      expect(await store.practice.deactivate(ana, now)).toBe(1);
      expect((await store.users.byId(ana))?.disabledAt).not.toBeNull();
      expect(await store.authSessions.byId('s'.repeat(64))).toBeUndefined();
    } finally {
      await store.close();
    }
  }, 120_000);
});
