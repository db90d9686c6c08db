/**
 * The CLI's catalogue stays complete and consistent (every key in every language, ICU arguments
 * as in English, every `msg('key')` the CLI uses exists), and the CLI picks its language from
 * --lang, HEARTH_LANG and the system locale, in that order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../domain/i18n/index.ts';
import { CLI_RESOURCES, cliLocale, setCliLocale, takeLangFlag } from './cli-i18n.ts';
import { main } from './main.ts';

type Ast = ReturnType<IntlMessageFormat['getAst']>;
/** Argument names a message uses (placeholders, plurals, selects, dates, numbers), read from its ICU syntax tree. */
function argumentsOf(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast as unknown as { type: number; value?: unknown; options?: Record<string, { value: Ast }>; children?: Ast }[]) {
    if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') into.add(el.value);
    for (const o of Object.values(el.options ?? {})) argumentsOf(o.value, into);
    if (el.children) argumentsOf(el.children, into);
  }
  return into;
}
const argNames = (m: string, l: string) => [...argumentsOf(new IntlMessageFormat(m, l, undefined, { ignoreTag: true }).getAst())].sort().join(',');
/** Whether a message has words of its own (not only placeholders and punctuation), which a translation must change. */
const hasWords = (m: string) => /\p{L}{2,}/u.test(m.replace(/\{[^{}]*\}/g, ''));

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

const capture = () => {
  const o = { out: '', err: '' };
  return { o, io: { out: (t: string) => void (o.out += t), err: (t: string) => void (o.err += t) } };
};

afterEach(() => setCliLocale('en'));

describe('CLI messages', () => {
  it('have every key in every language with the English arguments, as valid ICU', () => {
    const problems: string[] = [];
    for (const [key, en] of Object.entries(CLI_RESOURCES.en)) {
      for (const l of LOCALES) {
        const m = CLI_RESOURCES[l][key];
        if (m === undefined) problems.push(`${l} lacks ${key}`);
        else if (l !== 'en' && m === en && hasWords(en)) problems.push(`${l} ${key} is the English text`);
        else if (argNames(m, l) !== argNames(en, 'en')) problems.push(`${l} ${key}: arguments differ`);
      }
    }
    for (const l of LOCALES) for (const k of Object.keys(CLI_RESOURCES[l])) if (!(k in CLI_RESOURCES.en)) problems.push(`${l} has extra ${k}`);
    expect(problems).toEqual([]);
  });

  it('contain every key the CLI asks for', () => {
    const missing: string[] = [];
    for (const f of sources(import.meta.dirname))
      for (const m of readFileSync(f, 'utf8').matchAll(/\bmsg\(\s*'([A-Za-z0-9_.-]+)'/g)) if (!(m[1]! in CLI_RESOURCES.en)) missing.push(`${f}: ${m[1]}`);
    expect(missing).toEqual([]);
  });

  it('takes the language from --lang, then HEARTH_LANG, then the system locale', () => {
    expect(cliLocale('de', { HEARTH_LANG: 'es', LANG: 'en_US.UTF-8' })).toBe('de');
    expect(cliLocale(undefined, { HEARTH_LANG: 'es', LANG: 'de_DE.UTF-8' })).toBe('es');
    expect(cliLocale(undefined, { LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(cliLocale(undefined, { LC_ALL: 'es_MX.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('es');
    expect(cliLocale(undefined, { LANG: 'C' })).toBe('en');
    expect(cliLocale(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(takeLangFlag(['export', '--lang', 'es', '--client', 'x'])).toEqual({ args: ['export', '--client', 'x'], lang: 'es' });
    expect(takeLangFlag(['--lang=de', 'audit', '--', '--lang', 'x'])).toEqual({ args: ['audit', '--', '--lang', 'x'], lang: 'de' });
  });

  it('speaks the chosen language in help and one-line refusals, and refuses an unknown language', async () => {
    const es = capture();
    expect(await main(['--lang', 'es', 'nonsense'], es.io)).toBe(2);
    expect(es.o.err).toBe(`${CLI_RESOURCES.es.unknownCommand!.replace('{name}', 'nonsense')}\n`);
    const de = capture();
    expect(await main(['--help', '--lang=de'], de.io)).toBe(0);
    expect(de.o.out).toContain(CLI_RESOURCES.de['help.title']);
    expect(de.o.out).toContain(CLI_RESOURCES.de['help.exit']);
    const bad = capture();
    expect(await main(['--lang', 'xx', '--help'], bad.io)).toBe(2);
    expect(bad.o.err).toMatch(/--lang/);
    const en = capture();
    expect(await main(['export', '--client', 'abc', '--out', '/tmp/x.zip', '--lang', 'en'], en.io)).toBe(2);
    expect(en.o.err).toBe('hearth export: --client must be a client id (a UUID), got "abc"\n');
    const esErr = capture();
    expect(await main(['export', '--client', 'abc', '--out', '/tmp/x.zip', '--lang', 'es'], esErr.io)).toBe(2);
    expect(esErr.o.err).toBe('hearth export: --client debe ser el id de un cliente (un UUID); se recibió «abc»\n');
  });
});
