import { DEMO_LOGINS, seedDemo } from '../../services/demo/demo.service.ts';
import type { CliCommand } from '../command.ts';
import { resolveRuntimeConfig, startCommandFor } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Create a demo therapist, two clients and some sample work, and print the logins',
  usage: 'hearth demo [--data ./data] [--json]',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const store = await openStoreForCli(cfg, 'hearth demo', { create: true });
    let created: boolean;
    try {
      created = await seedDemo(store);
    } finally {
      await store.close();
    }
    if (inv.values.json) {
      inv.io.out(JSON.stringify({ created, logins: DEMO_LOGINS }, null, 2) + '\n');
      return 0;
    }
    inv.io.out(`${created ? 'Demo caseload created' : 'The demo caseload already exists'} in ${cfg.dataDir}.\n\n`);
    inv.io.out(`Start Hearth on it with:\n\n  ${startCommandFor(cfg)}\n\nthen sign in at http://127.0.0.1:${cfg.port} as:\n`);
    for (const l of DEMO_LOGINS) inv.io.out(`  ${l.role.padEnd(9)} ${l.name.padEnd(12)} ${l.email.padEnd(20)} password: ${l.password}\n`);
    inv.io.out('\nThese are demo accounts with public passwords: do not use them for real clients.\n');
    return 0;
  },
};
