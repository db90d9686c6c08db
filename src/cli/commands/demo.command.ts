import { msg } from '../cli-i18n.ts';
import { DEMO_LOGINS, seedDemo } from '../../services/demo/demo.service.ts';
import type { CliCommand } from '../command.ts';
import { resolveRuntimeConfig, startCommandFor } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

export const demoCommand: CliCommand = {
  name: 'demo',
  get summary() {
    return msg('demo.summary');
  },
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
    inv.io.out(`${msg(created ? 'demo.created' : 'demo.exists', { dir: cfg.dataDir })}\n\n`);
    inv.io.out(`${msg('demo.startWith')}\n\n  ${startCommandFor(cfg)}\n\n${msg('demo.signInAt', { url: `http://127.0.0.1:${cfg.port}` })}\n`);
    for (const l of DEMO_LOGINS) inv.io.out(`  ${l.role.padEnd(9)} ${l.name.padEnd(12)} ${l.email.padEnd(20)} ${msg('demo.password')}: ${l.password}\n`);
    inv.io.out(`\n${msg('demo.publicPasswords')}\n`);
    return 0;
  },
};
