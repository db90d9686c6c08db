import { msg } from '../cli-i18n.ts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkpointPaths } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli, refuseUnusableDataFolder } from '../open-store.ts';

/** Whether `path` holds at least one JSON object line, as a checkpoint file does (a picture, a PDF or notes do not). */
function looksLikeCheckpoints(path: string): boolean {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return false;
  return bytes
    .toString('utf8')
    .split('\n')
    .some((line) => {
      try {
        const v: unknown = JSON.parse(line);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      } catch {
        return false;
      }
    });
}

const USAGE = 'usage: hearth audit verify [--data DIR] [--checkpoints FILE] [--json] | hearth audit checkpoint [--data DIR] [--json]';

/**
 * `hearth audit verify` walks the keyed chain and compares it with every signed checkpoint (the
 * data folder's `audit-checkpoints.jsonl`, `HEARTH_AUDIT_CHECKPOINT_PATH`, and `--checkpoints`
 * files the operator kept): exit 1 names what was altered, reordered or removed, also at the end.
 * `hearth audit checkpoint` prints the newest checkpoint for the operator to keep elsewhere.
 */
export const auditCommand: CliCommand = {
  name: 'audit',
  get summary() {
    return msg('audit.summary');
  },
  usage:
    'hearth audit verify [--data ./data] [--checkpoints FILE] [--json]   exits 1 and says what was altered, reordered or removed | hearth audit checkpoint [--json]',
  maxPositionals: 1,
  options: { data: { type: 'string' }, json: { type: 'boolean' }, checkpoints: { type: 'string', multiple: true } },
  async run(inv) {
    const sub = inv.positionals[0];
    if (sub !== 'verify' && sub !== 'checkpoint') throw new CliError(USAGE);
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    if (sub === 'checkpoint') {
      // A mistyped folder is refused as such, not reported as one without checkpoints.
      await refuseUnusableDataFolder(cfg);
      // Read-only and without the database, so it works while Hearth runs.
      const lines = checkpointPaths(cfg.dataDir)
        .filter((p) => existsSync(p))
        .flatMap((p) =>
          readFileSync(p, 'utf8')
            .split('\n')
            .filter((l) => l.trim() !== ''),
        );
      const newest = lines.at(-1);
      if (!newest) throw new CliError(msg('audit.auditCheckpointYetServer', { dataDir: cfg.dataDir }));
      inv.io.out(inv.values.json ? newest + '\n' : `${msg('audit.newestCheckpoint')}\n${newest}\n`);
      return 0;
    }
    const extra = ((inv.values.checkpoints as string[] | undefined) ?? []).map((p) => resolve(p));
    for (const p of extra) {
      if (!existsSync(p)) throw new CliError(msg('audit.checkpointsDoesExist', { p }));
      // A file of another kind is a wrong argument (exit 2), not evidence that the log was altered (exit 1).
      if (!looksLikeCheckpoints(p)) throw new CliError(msg('audit.notCheckpointFile', { p }));
    }
    const store = await openStoreForCli(cfg, 'hearth audit verify');
    try {
      const r = await store.verifyAudit(extra);
      // No checkpoint at all while the log has entries: the newest entries could have been removed unseen.
      const missing = r.ok && r.warning !== undefined;
      const ok = r.ok && !missing;
      if (inv.values.json) inv.io.out(JSON.stringify(missing ? { ok: false, entries: r.entries, reason: r.warning, files: r.files } : r) + '\n');
      else if (!r.ok) inv.io.out(`${msg('audit.broken', { seq: r.seq, reason: r.reason })}\n`);
      else if (missing) inv.io.out(`${msg('audit.notVerified', { entries: r.entries, warning: r.warning ?? '' })}\n`);
      else
        inv.io.out(
          `${msg('audit.intact', { entries: r.entries })}\n${r.checkpoints ? `${msg('audit.matchesCheckpoints', { count: r.checkpoints, files: r.files.join(', ') })}\n` : ''}`,
        );
      return ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
