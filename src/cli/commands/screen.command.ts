import { readFile } from 'node:fs/promises';
import { screenText } from '../../engines/safety/index.ts';
import type { CrisisScreen } from '../../engines/safety/index.ts';
import { CliError, stringOpt } from '../command.ts';
import type { CliCommand } from '../command.ts';

/** Longest text screened at once (characters); longer input is a usage error, not truncated silently. */
const MAX_CHARS = 1_000_000;

/**
 * `hearth screen TEXT | --file F [--json] | --jsonl [--file F]`: crisis screen for free text.
 * Exits 0 whatever the result (a positive screen is an answer, not an error); exits 2 on bad usage.
 */
export const screenCommand: CliCommand = {
  name: 'screen',
  summary: 'Screen free text for crisis language (suicide, self-harm, harm to others, abuse) — not a crisis service',
  usage: 'hearth screen TEXT | --file F [--json]  ·  hearth screen --jsonl [--file F]  (one text per line, stdin by default)',
  options: {
    file: { type: 'string' },
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
  },
  async run(inv) {
    const file = stringOpt(inv, 'file');
    if (file !== undefined && inv.positionals.length > 0) throw new CliError('give either TEXT or --file, not both');
    if (inv.values['jsonl']) {
      if (inv.positionals.length > 0) throw new CliError('--jsonl reads lines from --file or stdin, not from TEXT');
      const input = file !== undefined ? await readText(file) : await readStdin();
      for (const line of input.split(/\r?\n/)) {
        if (line.trim() === '') continue;
        const r = screenText(line);
        inv.io.out(`${JSON.stringify({ text: line, level: r.level, reasons: r.reasons })}\n`);
      }
      return 0;
    }
    const text = file !== undefined ? await readText(file) : inv.positionals.join(' ');
    if (text.trim() === '') throw new CliError('screen needs TEXT, --file F or --jsonl');
    const r = screenText(text);
    if (inv.values['json']) inv.io.out(`${JSON.stringify({ text, ...r }, null, 2)}\n`);
    else inv.io.out(describe(r));
    return 0;
  },
};

async function readText(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${e instanceof Error && 'code' in e ? String(e.code) : 'error'}`);
  }
  if (text.length > MAX_CHARS) throw new CliError(`${file} is longer than ${MAX_CHARS} characters`);
  return text;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_CHARS * 4) throw new CliError('stdin is too large');
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(r: CrisisScreen): string {
  const head =
    r.level === 'urgent' ? 'URGENT — possible immediate risk. Contact the client now; if in danger, call emergency services (US: 988 / 911).'
    : r.level === 'concern' ? 'CONCERN — review soon and follow up with the client.'
    : 'No crisis language found.';
  const lines = [`level: ${r.level}`, head];
  if (r.categories.length) lines.push(`categories: ${r.categories.join(', ')}`);
  for (const reason of r.reasons) lines.push(`  - ${reason}`);
  lines.push('This screen can miss things and raise false alarms; it does not replace clinical judgement.');
  return `${lines.join('\n')}\n`;
}
