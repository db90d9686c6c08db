import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Check the tamper-evident audit log (`hearth audit verify`)',
  usage: 'hearth audit verify [--data ./data] [--json]   exits 1 and names the first broken entry if the chain was altered',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    if (inv.positionals[0] !== 'verify') throw new CliError('usage: hearth audit verify [--data DIR] [--json]');
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const store = await openStoreForCli(cfg, 'hearth audit verify');
    try {
      const r = await store.audit.verify();
      if (inv.values.json) inv.io.out(JSON.stringify(r) + '\n');
      else inv.io.out(r.ok ? `Audit log intact: ${r.entries} entries verified.\n` : `Audit log BROKEN at entry ${r.seq}: ${r.reason}.\n`);
      return r.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
