/**
 * The keyed audit chain and its signed checkpoints catch every kind of tampering an attacker
 * with the database (and the checkpoint file) but without the master key can do: altering,
 * reordering or deleting entries anywhere — including the newest ones — and rewriting the log
 * with recomputed hashes.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { legacyAuditHash } from './audit.repository.ts';
import { CHECKPOINT_FILE } from './audit-checkpoints.ts';
import { openStore } from './store.ts';
import type { Store } from './store.ts';

const root = mkdtempSync(join(tmpdir(), 'hearth-audit-'));
let dir: string;
let s: Store;
let n = 0;
const saved = process.env.HEARTH_AUDIT_CHECKPOINT_PATH;
beforeAll(() => {
  delete process.env.HEARTH_AUDIT_CHECKPOINT_PATH;
});
afterAll(() => {
  if (saved !== undefined) process.env.HEARTH_AUDIT_CHECKPOINT_PATH = saved;
  else delete process.env.HEARTH_AUDIT_CHECKPOINT_PATH; // files share workers
  rmSync(root, { recursive: true, force: true });
});

/** A data folder whose log has 120 entries and a checkpoint at its head: made once, copied per case (a reopen is fast, a first open is not). */
let template = '';
async function logWith120(): Promise<Store> {
  if (!template) {
    template = join(root, 'template');
    const store = await openStore({ dataDir: template, s3: null });
    await store.db.transaction(async (tx) => {
      for (let i = 1; i <= 120; i++) await store.audit.append({ actorId: null, actorRole: 'system', action: `test.${i}`, clientId: null, detail: { i } }, tx);
    });
    expect(await store.checkpointAudit()).toMatchObject({ count: 120, seq: 120 });
    store.audit.appended = 0; // no second checkpoint on close: the copies start with exactly one
    await store.close();
  }
  dir = join(root, `d${++n}`);
  cpSync(template, dir, { recursive: true });
  rmSync(join(dir, 'hearth.lock'), { force: true });
  return openStore({ dataDir: dir, s3: null });
}

type Row = Record<string, unknown>;
const rows = async (q: Store, from = 1): Promise<Row[]> => q.db.query<Row>('SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq', [from]);
const canonicalEntry = (r: Row) => ({
  seq: Number(r.seq),
  at: new Date(r.at as string),
  actorId: r.actor_id as string | null,
  actorRole: r.actor_role as string | null,
  action: r.action as string,
  clientId: r.client_id as string | null,
  targetType: r.target_type as string | null,
  targetId: r.target_id as string | null,
  detail: r.detail as Record<string, unknown>,
});

/** What an attacker without the key can do: recompute every hash from `from` on with a hash of their choosing. */
async function recomputeFrom(q: Store, from: number, hash: (prev: string, r: Row) => string): Promise<void> {
  const all = await rows(q);
  let prev = from === 1 ? '0'.repeat(64) : (all[from - 2]!.hash as string);
  for (const r of all.slice(from - 1)) {
    const h = hash(prev, r);
    await q.db.query('UPDATE audit_log SET prev_hash = $2, hash = $3 WHERE seq = $1', [r.seq as number, prev, h]);
    prev = h;
  }
}

describe('audit chain and signed checkpoints', () => {
  beforeEach(async () => {
    s = await logWith120();
  });
  // Each case gets a fresh folder; close the previous one.
  const done = async () => s.close();

  it('verifies an untouched log against its checkpoints, and a checkpoint per head', async () => {
    expect(await s.verifyAudit()).toMatchObject({ ok: true, entries: 120, checkpoints: 1 });
    await s.audit.append({ actorId: null, actorRole: 'system', action: 'test.more', clientId: null });
    await s.checkpointAudit();
    expect(await s.checkpointAudit({ onlyIfChanged: true })).toBeNull();
    expect(await s.verifyAudit()).toMatchObject({ ok: true, entries: 121, checkpoints: 2 });
    const line = JSON.parse(readFileSync(join(dir, CHECKPOINT_FILE), 'utf8').split('\n')[1]!) as Record<string, unknown>;
    expect(line).toMatchObject({ v: 1, count: 121, seq: 121, head: expect.stringMatching(/^[0-9a-f]{64}$/), sig: expect.any(String) });
    await done();
  });

  it('detects deletion of the last entry', async () => {
    await s.db.query('DELETE FROM audit_log WHERE seq = 120');
    expect(await s.verifyAudit()).toMatchObject({
      ok: false,
      seq: 120,
      reason: expect.stringMatching(/entries 120–120 were removed: .* recorded 120 entries, the log has 119/),
    });
    await done();
  });

  it('detects deletion of the last 50 entries', async () => {
    await s.db.query('DELETE FROM audit_log WHERE seq > 70');
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 71, reason: expect.stringMatching(/entries 71–120 were removed/) });
    await done();
  });

  it('detects deletion in the middle, also with every later entry renumbered and re-linked', async () => {
    await s.db.query('DELETE FROM audit_log WHERE seq = 60');
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 61, reason: expect.stringMatching(/entry 60 is missing/) });
    // Close the gap and recompute the links with plain sha256: the keyed hashes no longer match.
    await s.db.query('UPDATE audit_log SET seq = seq - 1 WHERE seq > 60');
    await recomputeFrom(s, 60, (prev, r) => legacyAuditHash(prev, canonicalEntry(r)));
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 60, reason: expect.stringMatching(/altered/) });
    await done();
  });

  it('detects reordering (two entries swapped, with their hashes)', async () => {
    const [a, b] = await rows(s, 30);
    await s.db.query('UPDATE audit_log SET seq = -1 WHERE seq = 30');
    await s.db.query('UPDATE audit_log SET seq = 30 WHERE seq = 31');
    await s.db.query('UPDATE audit_log SET seq = 31 WHERE seq = -1');
    expect(a!.action).toBe('test.30');
    expect(b!.action).toBe('test.31');
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 30, reason: expect.stringMatching(/broken|altered/) });
    await done();
  });

  it('detects an altered entry whose hashes were all recomputed (sha256, or HMAC under a guessed key)', async () => {
    await s.db.query(`UPDATE audit_log SET detail = '{"i": 999}'::jsonb, action = 'test.innocent' WHERE seq = 10`);
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 10, reason: expect.stringMatching(/altered/) });
    await recomputeFrom(s, 10, (prev, r) => legacyAuditHash(prev, canonicalEntry(r)));
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 10, reason: expect.stringMatching(/altered/) });
    const guess = randomBytes(32);
    await recomputeFrom(s, 1, (prev, r) =>
      createHmac('sha256', guess)
        .update(prev + JSON.stringify(canonicalEntry(r)))
        .digest('hex'),
    );
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 1, reason: expect.stringMatching(/altered/) });
    await done();
  });

  it('does not bless a rewrite disguised as an old, unkeyed chain', async () => {
    // The attacker alters entry 10, recomputes the whole log as plain sha256 and marks it "old".
    await s.db.query(`UPDATE audit_log SET detail = '{"i": 999}'::jsonb WHERE seq = 10`);
    await recomputeFrom(s, 1, (prev, r) => legacyAuditHash(prev, canonicalEntry(r)));
    await s.db.query('UPDATE audit_log SET chain = 1');
    expect(await s.audit.upgradeChain()).toBeNull(); // the audit key exists: no second upgrade
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 1, reason: expect.stringMatching(/not on the keyed chain/) });
    await done();
  });

  it('detects a rewrite that keeps the chain consistent up to a truncated end only through the checkpoint', async () => {
    // Delete the newest 5 and let the application append 5 new, validly keyed entries after it.
    await s.db.query('DELETE FROM audit_log WHERE seq > 115');
    for (let i = 0; i < 5; i++) await s.audit.append({ actorId: null, actorRole: 'system', action: 'test.after', clientId: null });
    expect(await s.audit.verify()).toMatchObject({ ok: true, entries: 120 }); // the chain alone cannot tell
    expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 120, reason: expect.stringMatching(/differs from the signed checkpoint/) });
    await done();
  });

  it('refuses an edited or forged checkpoint file', async () => {
    const file = join(dir, CHECKPOINT_FILE);
    const original = readFileSync(file, 'utf8');
    const c = JSON.parse(original) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...c, count: 100, seq: 100 }) + '\n');
    expect(await s.verifyAudit()).toMatchObject({ ok: false, reason: expect.stringMatching(/invalid signature/) });
    writeFileSync(file, original + 'not json\n');
    expect(await s.verifyAudit()).toMatchObject({ ok: false, reason: expect.stringMatching(/line 2 is not a checkpoint/) });
    writeFileSync(file, JSON.stringify({ ...c, key: Buffer.from(randomBytes(32)).toString('base64') }) + '\n');
    expect(await s.verifyAudit()).toMatchObject({ ok: false, reason: expect.stringMatching(/signed by another key/) });
    await done();
  });

  it('writes to HEARTH_AUDIT_CHECKPOINT_PATH as well, and that copy alone still catches a truncation', async () => {
    const external = join(root, `external-${n}.jsonl`);
    process.env.HEARTH_AUDIT_CHECKPOINT_PATH = external;
    try {
      await s.checkpointAudit();
      expect(readFileSync(external, 'utf8').trim().split('\n')).toHaveLength(1);
      rmSync(join(dir, CHECKPOINT_FILE)); // the attacker removes the folder's file
      await s.db.query('DELETE FROM audit_log WHERE seq > 100');
      expect(await s.verifyAudit()).toMatchObject({ ok: false, seq: 101, reason: expect.stringMatching(/were removed/) });
    } finally {
      delete process.env.HEARTH_AUDIT_CHECKPOINT_PATH;
    }
    await done();
  });
});

describe('upgrading an unkeyed chain', () => {
  it('re-chains a plain-sha256 log once and records where, and whether it verified', async () => {
    const d = join(root, 'legacy');
    let st = await openStore({ dataDir: d, s3: null });
    // As the previous version wrote it: plain sha256, chain 1, no audit key.
    let prev = '0'.repeat(64);
    for (let i = 1; i <= 30; i++) {
      const e = {
        seq: i,
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        actorId: null,
        actorRole: 'system',
        action: `old.${i}`,
        clientId: null,
        targetType: null,
        targetId: null,
        detail: { i },
      };
      const hash = legacyAuditHash(prev, e);
      await st.db.query('INSERT INTO audit_log (seq, at, actor_role, action, detail, prev_hash, hash, chain) VALUES ($1,$2,$3,$4,$5,$6,$7,1)', [
        i,
        e.at,
        'system',
        e.action,
        e.detail,
        prev,
        hash,
      ]);
      prev = hash;
    }
    await st.db.query("DELETE FROM store_keys WHERE name = 'audit-chain'");
    await st.close();
    st = await openStore({ dataDir: d, s3: null });
    try {
      const marker = (await st.db.query<Row>("SELECT * FROM audit_log WHERE action = 'audit.chain_upgraded'"))[0]!;
      expect(Number(marker.seq)).toBe(31);
      expect(marker.detail).toMatchObject({ from: 'sha256', to: 'hmac-sha256', upgradedEntries: 30, legacyHead: prev, legacyIntact: true });
      // Opening wrote a checkpoint, and the upgraded log verifies against it.
      expect(await st.verifyAudit()).toMatchObject({ ok: true, entries: 31, checkpoints: 1 });
      expect(createHash('sha256').update('x').digest('hex')).not.toBe(marker.hash);
    } finally {
      await st.close();
    }
  });
});
