/**
 * `hearth admin invite` prints a single-use staff link made on the practice owner's behalf; the
 * link works once (the server's accept route is the same service), and bad options are refused
 * in one line without opening the data folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../services/account/tokens.ts';
import { acceptStaffInvite } from '../../services/staff/staff-invites.service.ts';
import { openStore } from '../../store/index.ts';
import type { CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { adminCommand } from './admin.command.ts';

let dir = '';
const savedEnv = process.env.HEARTH_MASTER_KEY;
beforeAll(async () => {
  delete process.env.HEARTH_MASTER_KEY;
  dir = await mkdtemp(join(tmpdir(), 'hearth-admin-'));
  await (await openStore({ dataDir: dir })).close(); // a Hearth data folder, not set up yet
}, 180_000);
afterAll(async () => {
  if (savedEnv !== undefined) process.env.HEARTH_MASTER_KEY = savedEnv;
  else delete process.env.HEARTH_MASTER_KEY; // files share workers: leave no key behind
  await rm(dir, { recursive: true, force: true });
});

async function invoke(values: CliInvocation['values'], positionals: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await adminCommand.run({ values, positionals, io: { out: (t) => void out.push(t), err: () => {} } });
  return { code, out: out.join('') };
}

describe('hearth admin invite', () => {
  it('refuses before there is an owner, and refuses bad options in one line', async () => {
    await expect(invoke({ data: dir, email: 'ben@clinic.test', role: 'therapist' }, ['invite'])).rejects.toThrow(/no owner yet/);
    await expect(invoke({ data: dir, email: 'ben@clinic.test', role: 'boss' }, ['invite'])).rejects.toBeInstanceOf(CliError);
    await expect(invoke({ data: dir, email: 'not-an-email', role: 'therapist' }, ['invite'])).rejects.toThrow(/not an email/);
    await expect(invoke({ data: dir, email: 'a@b.test', role: 'therapist', origin: 'javascript:alert(1)' }, ['invite'])).rejects.toThrow(/--origin/);
  });

  it('prints a single-use link for the role that joins the practice once', async () => {
    {
      const store = await openStore({ dataDir: dir });
      await store.users.create({
        id: crypto.randomUUID(),
        role: 'therapist',
        email: 'ana@clinic.test',
        displayName: 'Ana',
        passwordHash: 'x',
        createdAt: new Date(),
      });
      await store.close();
    }
    const { code, out } = await invoke({ data: dir, email: 'Sue@Clinic.test', role: 'supervisor', origin: 'https://hearth.example', json: true }, ['invite']);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as { url: string; role: string; email: string; expiresAt: string };
    expect(printed).toMatchObject({ role: 'supervisor', email: 'sue@clinic.test' });
    expect(printed.url).toMatch(/^https:\/\/hearth\.example\/staff-join\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(printed.expiresAt) - Date.now()).toBeGreaterThan(71 * 3600_000);
    const token = printed.url.split('/staff-join/')[1]!;
    const store = await openStore({ dataDir: dir });
    try {
      expect(await store.practice.inviteByTokenHash(sha256(token))).toBeDefined();
      const user = await acceptStaffInvite({ store, clock: () => new Date() }, token, { displayName: 'Sue Supervisor', password: 'quiet river lantern 42' });
      expect(user.role).toBe('therapist');
      expect((await store.practice.titles()).get(user.id)).toBe('supervisor');
      await expect(acceptStaffInvite({ store, clock: () => new Date() }, token, { displayName: 'Again', password: 'quiet river lantern 42' })).rejects.toThrow(
        /already been used/,
      );
    } finally {
      await store.close();
    }
  });
});
