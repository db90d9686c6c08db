import { msg } from '../cli-i18n.ts';
import { readFile, stat } from 'node:fs/promises';
import { explainText } from '../../engines/safety/index.ts';
import type { CrisisExplanation, CrisisScreen, ScreenContext } from '../../engines/safety/index.ts';
import { CliError, numberOpt, stringOpt } from '../command.ts';
import type { CliCommand, CliInvocation } from '../command.ts';

/** Longest text screened at once (characters); longer input is a usage error, not truncated silently. */
const MAX_CHARS = 1_000_000;

/**
 * `hearth screen TEXT | --file F [--json] [--explain] | --jsonl [--file F] [--explain]`: crisis screen
 * for free text. `--explain` adds what each layer found (rules, statistical, context);
 * `--phq9-item9 N`, `--recent-alert-days N --recent-level concern|urgent` give the client's context.
 * Exits 0 whatever the result (a positive screen is an answer, not an error); exits 2 on bad usage.
 */
export const screenCommand: CliCommand = {
  name: 'screen',
  get summary() {
    return msg('screen.summary');
  },
  usage:
    'hearth screen TEXT | --file F [--json] [--explain]  ·  hearth screen --jsonl [--file F] [--explain]  (one text per line, stdin by default)' +
    '  ·  context: --phq9-item9 0-3, --recent-alert-days N --recent-level concern|urgent',
  maxPositionals: Number.POSITIVE_INFINITY,
  options: {
    file: { type: 'string' },
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    explain: { type: 'boolean' },
    'phq9-item9': { type: 'string' },
    'recent-alert-days': { type: 'string' },
    'recent-level': { type: 'string' },
  },
  async run(inv) {
    const file = stringOpt(inv, 'file');
    const context = contextOf(inv);
    const explain = inv.values['explain'] === true;
    if (file !== undefined && inv.positionals.length > 0) throw new CliError(msg('screen.giveEitherTextFile'));
    if (inv.values['jsonl']) {
      if (inv.positionals.length > 0) throw new CliError(msg('screen.jsonlReadsLinesFrom'));
      const input = file !== undefined ? await readText(file) : await readStdin();
      for (const line of input.split(/\r?\n/)) {
        if (line.trim() === '') continue;
        const e = explainText(line, context);
        const row = { text: line, level: e.screen.level, reasons: e.screen.reasons, ...(explain ? { explain: explanationJson(e) } : {}) };
        inv.io.out(`${JSON.stringify(row)}\n`);
      }
      return 0;
    }
    const text = file !== undefined ? await readText(file) : inv.positionals.join(' ');
    if (text.trim() === '') throw new CliError(msg('screen.screenNeedsTextFile'));
    const e = explainText(text, context);
    if (inv.values['json']) inv.io.out(`${JSON.stringify({ text, ...e.screen, ...(explain ? { explain: explanationJson(e) } : {}) }, null, 2)}\n`);
    else inv.io.out(describe(e.screen) + (explain ? describeLayers(e) : ''));
    return 0;
  },
};

/** The client's context from the flags; undefined when none is given. */
function contextOf(inv: CliInvocation): ScreenContext | undefined {
  const item9 = stringOpt(inv, 'phq9-item9') === undefined ? undefined : numberOpt(inv, 'phq9-item9', 0, 0, 3);
  if (item9 !== undefined && !Number.isInteger(item9)) throw new CliError(msg('screen.phq9Item901', { item9 }));
  const days = stringOpt(inv, 'recent-alert-days') === undefined ? undefined : numberOpt(inv, 'recent-alert-days', 0, 0, 36_500);
  const level = stringOpt(inv, 'recent-level');
  if (level !== undefined && level !== 'concern' && level !== 'urgent') throw new CliError(msg('screen.recentLevelConcernUrgent', { level }));
  if ((days === undefined) !== (level === undefined)) throw new CliError(msg('screen.recentAlertDaysRecent'));
  if (item9 === undefined && days === undefined) return undefined;
  return {
    ...(item9 !== undefined ? { phq9Item9: item9 } : {}),
    ...(days !== undefined ? { recentAlertDays: days, recentLevel: level as 'concern' | 'urgent' } : {}),
  };
}

function explanationJson(e: CrisisExplanation): unknown {
  return {
    language: e.language,
    rules: e.rules,
    statistical: e.statistical,
    context: e.context,
    matches: e.screen.matches.map((m) => ({
      layer: m.layer,
      category: m.category,
      sign: m.sign,
      level: m.level,
      reason: m.reason,
      excerpt: m.excerpt,
      modifiers: m.modifiers,
    })),
  };
}

/**
 * The input as text, or a refusal: a picture or any other binary file (a NUL byte, or bytes that
 * are not UTF-8) would be screened as garbage — and garbage can read as a crisis.
 */
function asText(bytes: Buffer, source: string): string {
  try {
    if (bytes.includes(0)) throw new Error('NUL');
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(msg('screen.notText', { source }));
  }
}

async function readText(file: string): Promise<string> {
  let text: string;
  try {
    // A file far over the limit is refused before it is read.
    if ((await stat(file)).size > MAX_CHARS * 4) throw new CliError(msg('screen.longerThanMaxChars', { file, MAX_CHARS }));
    text = asText(await readFile(file), file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(msg('screen.read', { file, value: e instanceof Error && 'code' in e ? String(e.code) : 'error' }));
  }
  if (text.length > MAX_CHARS) throw new CliError(msg('screen.longerThanMaxChars', { file, MAX_CHARS }));
  return text;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_CHARS * 4) throw new CliError(msg('screen.stdinTooLarge'));
    chunks.push(b);
  }
  return asText(Buffer.concat(chunks), 'standard input');
}

function describe(r: CrisisScreen): string {
  const head =
    r.level === 'urgent'
      ? 'URGENT — possible immediate risk. Contact the client now; if in danger, call emergency services (US: 988 / 911).'
      : r.level === 'concern'
        ? 'CONCERN — review soon and follow up with the client.'
        : 'No crisis language found.';
  const lines = [`level: ${r.level}`, head];
  if (r.categories.length) lines.push(`categories: ${r.categories.join(', ')}`);
  for (const reason of r.reasons) lines.push(`  - ${reason}`);
  lines.push('This screen can miss things and raise false alarms; it does not replace clinical judgement.');
  return `${lines.join('\n')}\n`;
}

function describeLayers(e: CrisisExplanation): string {
  const p = e.statistical.probabilities,
    t = e.statistical.thresholds;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const lines = [
    'how it decided:',
    `  language read: ${e.language}`,
    `  rules: ${e.rules.level} (${e.rules.counted} counted, ${e.rules.discounted} not counted)`,
    `  statistical: ${e.statistical.level} — none ${pct(p.none)}, concern ${pct(p.concern)}, urgent ${pct(p.urgent)}` +
      ` (flags at ${pct(t.risk)} risk; urgent at ${pct(t.urgent)})${e.statistical.words.length ? `; words: ${e.statistical.words.join(', ')}` : ''}`,
    `  ${e.context || 'context: none given, or it changed nothing'}`,
  ];
  for (const m of e.screen.matches) {
    const how = m.modifiers.length ? ` (${m.modifiers.join(', ')})` : '';
    lines.push(`  · [${m.layer}] ${m.level.padEnd(7)} ${m.category} / ${m.sign}${how}${m.excerpt ? ` — "${m.excerpt}"` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
