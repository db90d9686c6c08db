/**
 * `hearth keys rotate` re-seals everything sealed with the master key in one transaction: client
 * data keys, model-server credentials and TOTP secrets. After it, the store opens with the new
 * key file and every secret still reads back; the old key no longer opens them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeyPath, openStore } from '../../store/index.ts';
import type { CliInvocation } from '../command.ts';
import { keysCommand } from './keys.command.ts';

let dir = '';
const savedEnv = process.env.HEARTH_MASTER_KEY;
beforeAll(async () => {
  delete process.env.HEARTH_MASTER_KEY; // the key lives in <data>/keys/master.key here
  dir = await mkdtemp(join(tmpdir(), 'hearth-keys-'));
});
afterAll(async () => {
  if (savedEnv !== undefined) process.env.HEARTH_MASTER_KEY = savedEnv;
  else delete process.env.HEARTH_MASTER_KEY; // files share workers: leave no key behind
  await rm(dir, { recursive: true, force: true });
});

function invoke(values: CliInvocation['values'], positionals: string[]) {
  const out: string[] = [];
  const run = keysCommand.run({ values, positionals, io: { out: (t) => void out.push(t), err: () => {} } });
  return { run, out };
}

describe('hearth keys rotate', () => {
  it('re-seals model-server credentials and TOTP secrets under the new key, in the same transaction as the client keys', async () => {
    const userId = randomUUID();
    const backendId = randomUUID();
    const totpSecret = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    {
      const store = await openStore({ dataDir: dir });
      await store.users.create({ id: userId, role: 'therapist', email: 'ana@clinic.test', displayName: 'Ana', passwordHash: 'x', createdAt: new Date() });
      await store.backends.create(
        { id: backendId, kind: 'comfyui', label: 'Studio GPU', url: 'http://gpu.lan:8188', model: null, createdBy: userId, createdAt: new Date() },
        { user: 'hearth', password: 'gpu secret 9' },
      );
      await store.accountSecurity.beginEnrolment(userId, totpSecret, new Date());
      await store.close();
    }
    const before = await readFile(masterKeyPath(dir));
    const rowsBefore = await sealedRows(dir);

    const { run, out } = invoke({ data: dir, json: true }, ['rotate']);
    expect(await run).toBe(0);
    const report = JSON.parse(out.join('')) as { backendCredentials: number; totpSecrets: number };
    expect(report).toMatchObject({ backendCredentials: 1, totpSecrets: 1 });

    const after = await readFile(masterKeyPath(dir));
    expect(after.equals(before)).toBe(false);
    const rowsAfter = await sealedRows(dir);
    expect(rowsAfter.backend).not.toBe(rowsBefore.backend);
    expect(rowsAfter.totp).not.toBe(rowsBefore.totp);

    // Reopened with the new key file, everything still opens.
    const store = await openStore({ dataDir: dir });
    try {
      expect(await store.backends.secrets(backendId)).toEqual({ user: 'hearth', password: 'gpu secret 9' });
      expect(Buffer.from((await store.accountSecurity.totp(userId))!.secret)).toEqual(Buffer.from(totpSecret));
      const audit = await store.db.query<{ detail: { backendCredentials: number; totpSecrets: number } }>(
        "SELECT detail FROM audit_log WHERE action = 'keys.rotate'",
      );
      expect(audit[0]!.detail).toMatchObject({ backendCredentials: 1, totpSecrets: 1 });
    } finally {
      await store.close();
    }

    // The old key opens none of it any more.
    process.env.HEARTH_MASTER_KEY = before.toString('utf8').trim();
    try {
      const old = await openStore({ dataDir: dir });
      try {
        await expect(old.backends.secrets(backendId)).rejects.toThrow();
        await expect(old.accountSecurity.totp(userId)).rejects.toThrow();
      } finally {
        await old.close();
      }
    } finally {
      delete process.env.HEARTH_MASTER_KEY;
    }
  }, 180_000);
});

describe('hearth keys rotate, all or nothing', () => {
  it('changes nothing when one sealed value cannot be opened (one transaction, old key kept)', async () => {
    const data = await mkdtemp(join(tmpdir(), 'hearth-keys-fail-'));
    try {
      const backendId = randomUUID();
      const a = randomUUID();
      const b = randomUUID();
      {
        const store = await openStore({ dataDir: data });
        for (const [id, email] of [
          [a, 'a@clinic.test'],
          [b, 'b@clinic.test'],
        ] as const)
          await store.users.create({ id, role: 'therapist', email, displayName: email, passwordHash: 'x', createdAt: new Date() });
        await store.backends.create(
          { id: backendId, kind: 'a1111', label: 'Forge', url: 'http://forge.lan:7860', model: null, createdBy: a, createdAt: new Date() },
          { apiKey: 'k-123' },
        );
        await store.accountSecurity.beginEnrolment(a, new Uint8Array(20).fill(7), new Date());
        await store.accountSecurity.beginEnrolment(b, new Uint8Array(20).fill(9), new Date());
        // B's secret was sealed for another user: it cannot be opened, so rotation must stop.
        await store.db.query('UPDATE user_totp SET secret_sealed = (SELECT secret_sealed FROM user_totp WHERE user_id = $1) WHERE user_id = $2', [a, b]);
        await store.close();
      }
      const keyBefore = await readFile(masterKeyPath(data));
      const rowsBefore = await sealedRows(data);
      const { run } = invoke({ data }, ['rotate']);
      await expect(run).rejects.toThrow(/not rotated; nothing was changed/);
      expect((await readFile(masterKeyPath(data))).equals(keyBefore)).toBe(true);
      expect(await sealedRows(data)).toEqual(rowsBefore);
      const store = await openStore({ dataDir: data });
      try {
        expect(await store.backends.secrets(backendId)).toEqual({ apiKey: 'k-123' });
      } finally {
        await store.close();
      }
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  }, 180_000);
});

async function sealedRows(dataDir: string): Promise<{ backend: string; totp: string }> {
  const store = await openStore({ dataDir });
  try {
    const [b] = await store.db.query<{ secrets_sealed: string }>('SELECT secrets_sealed FROM image_backends');
    const t = await store.db.query<{ secret_sealed: string }>('SELECT secret_sealed FROM user_totp ORDER BY user_id');
    return { backend: b!.secrets_sealed, totp: t.map((r) => r.secret_sealed).join(',') };
  } finally {
    await store.close();
  }
}
