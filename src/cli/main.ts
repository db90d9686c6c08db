/**
 * `hearth <command> [options]`. Every command prints JSON with `--json` where it reports
 * something, and exits non-zero with a one-line reason on bad input.
 */
import { parseArgs } from 'node:util';
import type { CliCommandLike, CliIo, CliOptions } from './command.ts';
import { CliError, EXIT, loadCommand, packageVersion } from './command.ts';
import { commands } from './commands/index.ts';
import { HttpError } from '../services/errors.ts';
import { cliLocale, currentCliLocale, isSupportedLang, msg, setCliLocale, takeLangFlag } from './cli-i18n.ts';

const stdio: CliIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

export function helpText(list: readonly CliCommandLike[] = commands): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    msg('help.title'),
    '',
    msg('help.usage'),
    '',
    msg('help.commands'),
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    msg('help.data'),
    msg('help.lang'),
    msg('help.exit'),
    '',
  ].join('\n');
}

/**
 * `--seconds -5` → `--seconds=-5`: parseArgs would call a value that starts with a dash
 * "ambiguous"; a negative number is a value, and the command's own range check explains why it
 * is refused.
 */
function joinNegativeValues(args: readonly string[], options: CliOptions): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (a === '--') return [...out, ...args.slice(i)];
    if (a.startsWith('--') && options[a.slice(2)]?.type === 'string' && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** One line for a parseArgs error, naming the option and where to look. */
function parseErrorLine(message: string, command: string): string {
  const help = msg('seeHelp', { command });
  const option = (quoted: string): string =>
    quoted
      .split(', ')
      .pop()!
      .replace(/ <value>$/, '');
  let m = /^Unknown option '([^']+)'/.exec(message);
  if (m) return msg('unknownOption', { option: m[1], help });
  m = /^Option '([^']+)' argument missing/.exec(message);
  if (m) return msg('needsValue', { option: option(m[1]!), help });
  m = /^Option '([^']+)' does not take an argument/.exec(message);
  if (m) return msg('takesNoValue', { option: option(m[1]!), help });
  m = /^Option '([^']+)' argument is ambiguous/.exec(message);
  if (m) return `${option(m[1]!)} needs a value (write one that starts with "-" as ${option(m[1]!)}=-VALUE); ${help}`;
  return `${message.split('\n')[0]}; ${help}`;
}

export async function main(argvIn: string[], io: CliIo = stdio, list: readonly CliCommandLike[] = commands): Promise<number> {
  // The language applies to every command: --lang, else HEARTH_LANG, else the system locale.
  const { args: argv, lang } = takeLangFlag(argvIn);
  if (lang !== undefined && !isSupportedLang(lang)) {
    io.err(`${msg('badLang', { lang })}\n`);
    return EXIT.usage;
  }
  setCliLocale(cliLocale(lang));
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText(list));
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const entry = list.find((c) => c.name === name);
  if (!entry) {
    io.err(`${msg('unknownCommand', { name })}\n`);
    return EXIT.usage;
  }
  try {
    // The command's module (and the packages it uses) is imported only now.
    const cmd = await loadCommand(entry);
    const options: CliOptions = { ...cmd.options, help: { type: 'boolean', short: 'h' } };
    const { values, positionals } = parseArgs({ args: joinNegativeValues(rest, options), options, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(`${cmd.summary}\n\n${msg('usage', { usage: cmd.usage })}\n`);
      return 0;
    }
    const extra = positionals[cmd.maxPositionals ?? 0];
    if (extra !== undefined) {
      const data = 'data' in cmd.options && !extra.startsWith('-') ? 'yes' : 'no';
      throw new CliError(msg('unexpectedArgument', { arg: extra, data, help: msg('seeHelp', { command: name }) }));
    }
    return await cmd.run({ values: values as Record<string, string | boolean | undefined>, positionals, io });
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`hearth ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    // A service refused (the same rule the app answers with a 4xx): one line, exit 2.
    if (e instanceof HttpError && e.status < 500) {
      io.err(`hearth ${name}: ${e.messageIn(currentCliLocale())}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`hearth ${name}: ${parseErrorLine((e as Error).message, name)}\n`);
      return EXIT.usage;
    }
    io.err(`hearth ${name}: ${((e as Error).message ?? String(e)).split('\n')[0]}\n`);
    return EXIT.failed;
  }
}
