/**
 * `hearth <command> [options]`. Every command prints JSON with `--json` where it reports
 * something, and exits non-zero with a one-line reason on bad input.
 */
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from './command.ts';
import { CliError } from './command.ts';
import { commands } from './commands/index.ts';

const stdio: CliIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

export function helpText(list: readonly CliCommand[] = commands): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'Hearth — a private, therapist-led studio for art and music therapy.',
    '',
    'Usage: hearth <command> [options]      (hearth <command> --help for its options)',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Data lives in ./data by default (--data or HEARTH_DATA); set DATABASE_URL to use PostgreSQL.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = stdio, list: readonly CliCommand[] = commands): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText(list));
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    const { packageVersion } = await import('./commands/serve.command.ts');
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const cmd = list.find((c) => c.name === name);
  if (!cmd) {
    io.err(`hearth: unknown command "${name}". Run hearth --help for the list.\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...cmd.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(`${cmd.summary}\n\nUsage: ${cmd.usage}\n`);
      return 0;
    }
    return await cmd.run({ values: values as Record<string, string | boolean | undefined>, positionals, io });
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`hearth ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`hearth ${name}: ${(e as Error).message.split('\n')[0]}. Usage: ${cmd.usage}\n`);
      return 2;
    }
    io.err(`hearth ${name}: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
