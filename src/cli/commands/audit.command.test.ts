/**
 * `hearth audit verify` exits 1 with a clear message for every tampering case, compares with
 * the checkpoint files (the data folder's, HEARTH_AUDIT_CHECKPOINT_PATH, --checkpoints), and
 * refuses to call a log with entries but no checkpoint "intact". `hearth audit checkpoint`
 * prints the newest checkpoint without opening the database.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKPOINT_FILE, openStore } from '../../store/index.ts';
import type { CliInvocation } from '../command.ts';
import { auditCommand } from './audit.command.ts';

const root = mkdtempSync(join(tmpdir(), 'hearth-audit-cli-'));
const dir = join(root, 'data');
const saved = { key: process.env.HEARTH_MASTER_KEY, path: process.env.HEARTH_AUDIT_CHECKPOINT_PATH };
beforeAll(async () => {
  delete process.env.HEARTH_MASTER_KEY;
  delete process.env.HEARTH_AUDIT_CHECKPOINT_PATH;
  const s = await openStore({ dataDir: dir, s3: null });
  for (let i = 1; i <= 60; i++) await s.audit.append({ actorId: null, actorRole: 'system', action: `test.${i}`, clientId: null });
  await s.close(); // it appended: closing writes a checkpoint
}, 120_000);
afterAll(() => {
  // Files share workers: put back exactly what was there, unset included.
  if (saved.key !== undefined) process.env.HEARTH_MASTER_KEY = saved.key;
  else delete process.env.HEARTH_MASTER_KEY;
  if (saved.path !== undefined) process.env.HEARTH_AUDIT_CHECKPOINT_PATH = saved.path;
  else delete process.env.HEARTH_AUDIT_CHECKPOINT_PATH;
  rmSync(root, { recursive: true, force: true });
});

async function audit(positionals: string[], values: CliInvocation['values'] = {}): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await auditCommand.run({ values: { data: dir, ...values }, positionals, io: { out: (t) => void out.push(t), err: () => {} } });
  return { code, out: out.join('') };
}

async function withDb(fn: (q: (sql: string) => Promise<unknown>) => Promise<void>): Promise<void> {
  const s = await openStore({ dataDir: dir, s3: null });
  try {
    await fn((sql) => s.db.query(sql));
  } finally {
    await s.close();
  }
}

describe('hearth audit', () => {
  it('reports an intact log against its checkpoint, and prints the checkpoint', async () => {
    const ok = await audit(['verify']);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/^Audit log intact: 60 entries verified\.$/m);
    expect(ok.out).toMatch(/matches all 1 signed checkpoints/);
    const printed = await audit(['checkpoint'], { json: true });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.out)).toMatchObject({ v: 1, count: 60, seq: 60 });
    copyFileSync(join(dir, CHECKPOINT_FILE), join(root, 'kept.jsonl')); // the operator's copy
  }, 120_000);

  it('exits 1 naming the removed entries when the newest are deleted, even with the folder’s checkpoint file gone, given the operator’s copy', async () => {
    await withDb(async (q) => {
      await q('DELETE FROM audit_log WHERE seq > 59');
    });
    const last = await audit(['verify']);
    expect(last.code).toBe(1);
    expect(last.out).toMatch(/^Audit log BROKEN at entry 60: entries 60–60 were removed: the signed checkpoint of .* recorded 60 entries, the log has 59\.$/m);
    rmSync(join(dir, CHECKPOINT_FILE));
    const noFile = await audit(['verify']);
    expect(noFile.code).toBe(1);
    expect(noFile.out).toMatch(/NOT VERIFIED: 59 entries chain correctly, but there is no signed checkpoint/);
    const kept = await audit(['verify'], { checkpoints: [join(root, 'kept.jsonl')], json: true });
    expect(kept.code).toBe(1);
    expect(JSON.parse(kept.out)).toMatchObject({ ok: false, seq: 60, reason: expect.stringMatching(/were removed/) });
  }, 120_000);

  it('exits 1 for an altered entry and for an edited checkpoint file', async () => {
    copyFileSync(join(root, 'kept.jsonl'), join(dir, CHECKPOINT_FILE));
    await withDb(async (q) => {
      await q("UPDATE audit_log SET action = 'test.harmless' WHERE seq = 5");
    });
    const altered = await audit(['verify']);
    expect(altered.code).toBe(1);
    expect(altered.out).toMatch(/BROKEN at entry 5: the entry was altered after it was written/);
    writeFileSync(join(dir, CHECKPOINT_FILE), '{"v":1}\n');
    const edited = await audit(['verify']);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/BROKEN: .*audit-checkpoints\.jsonl line 1 is not a checkpoint/);
  }, 120_000);

  it('refuses a missing --checkpoints file and an unknown subcommand', async () => {
    await expect(audit(['verify'], { checkpoints: [join(root, 'nope.jsonl')] })).rejects.toThrow(/does not exist/);
    await expect(audit(['rewrite'])).rejects.toThrow(/usage: hearth audit verify/);
  });
});
