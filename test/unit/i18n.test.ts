/**
 * The message catalogues stay complete and consistent: every key exists in every language (an
 * untranslated key fails here, naming it), every message is valid ICU with the same arguments as
 * the English one, and every key the code asks for (`t('ns:key')`, `i18nKey="ns:key"`) exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES, NAMESPACES, RESOURCES } from '../../src/domain/i18n/index.ts';

const root = join(import.meta.dirname, '..', '..');

type Ast = ReturnType<IntlMessageFormat['getAst']>;
/** Argument names a message uses (placeholders, plurals, selects, dates, numbers), sorted. */
function argumentsOf(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast as unknown as { type: number; value?: unknown; options?: Record<string, { value: Ast }>; children?: Ast }[]) {
    if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') into.add(el.value);
    for (const o of Object.values(el.options ?? {})) argumentsOf(o.value, into);
    if (el.children) argumentsOf(el.children, into);
  }
  return into;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('message catalogues', () => {
  it('have every key in every language, and no key only a translation has', () => {
    const problems: string[] = [];
    for (const ns of NAMESPACES) {
      const en = Object.keys(RESOURCES.en[ns]);
      for (const lng of LOCALES) {
        const mine = Object.keys(RESOURCES[lng][ns]);
        for (const k of en) if (!mine.includes(k)) problems.push(`${lng}/${ns}.json lacks "${k}" (untranslated)`);
        for (const k of mine) if (!en.includes(k)) problems.push(`${lng}/${ns}.json has "${k}", which English does not`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('hold valid ICU messages whose arguments match the English ones', () => {
    const problems: string[] = [];
    for (const ns of NAMESPACES) {
      for (const [key, enMsg] of Object.entries(RESOURCES.en[ns])) {
        const want = [...argumentsOf(new IntlMessageFormat(enMsg, 'en').getAst())].sort().join(',');
        for (const lng of LOCALES) {
          const msg = RESOURCES[lng][ns][key];
          if (msg === undefined) continue;
          try {
            const got = [...argumentsOf(new IntlMessageFormat(msg, lng).getAst())].sort().join(',');
            if (got !== want) problems.push(`${lng} ${ns}:${key} uses {${got}}, English uses {${want}}`);
          } catch (e) {
            problems.push(`${lng} ${ns}:${key} is not valid ICU: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('contain every key the code asks for', () => {
    const missing: string[] = [];
    const use = /\b(?:t|em)\(\s*['"`]([a-z][a-z-]*):([A-Za-z0-9_.-]+)['"`]|i18nKey=["']([a-z][a-z-]*):([A-Za-z0-9_.-]+)["']/g;
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(use)) {
        const ns = (m[1] ?? m[3])!;
        const key = (m[2] ?? m[4])!;
        const cat = (RESOURCES.en as Record<string, Record<string, string> | undefined>)[ns];
        if (!cat || !(key in cat)) missing.push(`${relative(root, file)}: ${ns}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
