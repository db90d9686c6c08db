import { msg } from '../cli-i18n.ts';
import { STYLES } from '../../engines/art/index.ts';
import type { CliCommand } from '../command.ts';

/** `hearth styles`: the studio's styles, for `hearth generate --style NAME`. */
export const stylesCommand: CliCommand = {
  name: 'styles',
  get summary() {
    return msg('styles.summary');
  },
  usage: 'hearth styles [--json]',
  options: { json: { type: 'boolean' } },
  async run(inv) {
    if (inv.values.json) {
      inv.io.out(
        JSON.stringify({ styles: STYLES.map((s) => ({ id: s.id, label: s.label, tradition: s.tradition, description: s.description })) }, null, 2) + '\n',
      );
      return 0;
    }
    const width = Math.max(...STYLES.map((s) => s.id.length));
    for (const s of STYLES) inv.io.out(`${s.id.padEnd(width)}  ${s.label} — ${s.description}\n`);
    return 0;
  },
};
