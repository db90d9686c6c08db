/**
 * Signed audit checkpoints, kept outside the database: the chain's head (entry number and hash)
 * and the number of entries, signed with Ed25519 (the key wrapped by the master key in
 * `store_keys`). Each is one JSON line appended to `<data>/audit-checkpoints.jsonl` and, when
 * `HEARTH_AUDIT_CHECKPOINT_PATH` names one, to a second file the operator keeps elsewhere (an
 * append-only mount, another machine). Someone who removes the newest audit entries, or rewrites
 * the log, cannot make it agree with checkpoints written before: `hearth audit verify` compares.
 */
import { sign, verify } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SigningKey } from './crypto/key-ring.ts';

export interface AuditCheckpoint {
  v: 1;
  /** When it was written (ISO 8601). */
  at: string;
  /** Entries in the log (= the head's number: entries are numbered 1, 2, … without gaps). */
  count: number;
  seq: number;
  /** The head entry's keyed hash. */
  head: string;
  /** Base64 of the Ed25519 public key that signed it. */
  key: string;
  /** Base64 Ed25519 signature over the other fields. */
  sig: string;
}

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

export class CheckpointError extends Error {
  override name = 'CheckpointError';
}

const signedBytes = (c: Omit<AuditCheckpoint, 'sig'>): Buffer =>
  Buffer.from(`hearth-audit-checkpoint:v${c.v}:${c.at}:${c.count}:${c.seq}:${c.head}:${c.key}`, 'utf8');

export function signCheckpoint(key: SigningKey, head: { seq: number; hash: string }, at: Date): AuditCheckpoint {
  const body = { v: 1 as const, at: at.toISOString(), count: head.seq, seq: head.seq, head: head.hash, key: key.publicKeyId };
  return { ...body, sig: sign(null, signedBytes(body), key.privateKey).toString('base64') };
}

/**
 * Where checkpoints are written and read: the data folder's file, and the operator's file if
 * configured (one per installation: every line must carry this installation's signature).
 */
export function checkpointPaths(dataDir: string | null, env: NodeJS.ProcessEnv = process.env): string[] {
  // An in-memory store (tests) has throwaway keys: it must not write into the operator's file.
  if (!dataDir) return [];
  const paths = [join(dataDir, CHECKPOINT_FILE)];
  const extra = env.HEARTH_AUDIT_CHECKPOINT_PATH?.trim();
  if (extra && !paths.includes(resolve(extra))) paths.push(resolve(extra));
  return paths;
}

/** Appends one line to each file and flushes it to disk. */
export function appendCheckpoint(paths: readonly string[], c: AuditCheckpoint): void {
  const line = JSON.stringify(c) + '\n';
  for (const p of paths) {
    appendFileSync(p, line, { mode: 0o600 });
    const fd = openSync(p, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Reads the checkpoints in `paths` (missing files are skipped) and checks each signature with
 * `key`. A line that does not parse, is signed by another key, or whose signature fails makes
 * the whole read fail: a checkpoint file that was edited is itself a finding.
 */
export function readCheckpoints(paths: readonly string[], key: SigningKey | null): { checkpoints: AuditCheckpoint[]; files: string[] } {
  const checkpoints: AuditCheckpoint[] = [];
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) continue;
    files.push(p);
    const lines = readFileSync(p, 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const where = `${p} line ${i + 1}`;
      let c: AuditCheckpoint;
      try {
        c = JSON.parse(line) as AuditCheckpoint;
      } catch {
        throw new CheckpointError(`${where} is not a checkpoint (the file was edited or damaged)`);
      }
      const shape =
        c &&
        c.v === 1 &&
        typeof c.at === 'string' &&
        Number.isSafeInteger(c.count) &&
        Number.isSafeInteger(c.seq) &&
        c.count === c.seq &&
        c.seq > 0 &&
        typeof c.head === 'string' &&
        typeof c.key === 'string' &&
        typeof c.sig === 'string';
      if (!shape) throw new CheckpointError(`${where} is not a checkpoint (the file was edited or damaged)`);
      if (!key) throw new CheckpointError(`${where} exists but this installation has no checkpoint signing key (the database's keys were removed or replaced)`);
      if (c.key !== key.publicKeyId) throw new CheckpointError(`${where} is signed by another key than this installation's`);
      const { sig, ...body } = c;
      if (!verify(null, signedBytes(body), key.publicKey, Buffer.from(sig, 'base64')))
        throw new CheckpointError(`${where} has an invalid signature (the checkpoint was altered)`);
      checkpoints.push(c);
    }
  }
  return { checkpoints, files };
}
