/**
 * Development evaluation of the crisis screen on an UNSEALED labelled set (JSONL with text, level,
 * category, language): `npx tsx scripts/evaluate-crisis-dev.ts <set.jsonl> [--misses]`.
 *
 * For the used held-out sets (test/heldout/crisis, crisis2 … crisis9) and the dev sets
 * (test/heldout/crisis-dev3 … crisis-dev7 and later). `--misses` prints every disagreement with its
 * text: never point it at a sealed set (it refuses test/heldout/crisis10 and later, whose own
 * evaluate.ts prints aggregates only).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { explainText, TEXT_FORMS } from '../src/engines/safety/index.ts';
import type { TextForm } from '../src/engines/safety/index.ts';

type Level = 'none' | 'concern' | 'urgent';
interface Item {
  readonly text: string;
  readonly level: Level;
  readonly category: string;
  readonly language: string;
  readonly form?: string;
}

const path = process.argv[2];
if (!path) throw new Error('usage: evaluate-crisis-dev.ts <set.jsonl> [--misses]');
// crisis4 … crisis9 were each run once sealed (docs/crisis-screen.md and their READMEs) and are
// development sets since; the next sealed set (crisis10 or later) is refused: the lead runs its own
// evaluate.ts, once.
// Read relative to the repository root: a worktree named like a set (…/wt/crisis8/) is not a set.
const sealed = /(^|\/)crisis(\d+)(\/|$)|crisis-seal(\d+)/.exec(relative(join(import.meta.dirname, '..'), resolve(path)));
if (sealed && Number(sealed[2] ?? sealed[4]) >= 10) throw new Error('this crisis set is sealed: the lead runs its own evaluate.ts, once');
const items = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Item);

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
interface Row {
  readonly item: Item;
  readonly got: Level;
}
function figures(rows: readonly Row[]): Record<string, number | null> {
  const risk = rows.filter((r) => r.item.level !== 'none');
  const none = rows.filter((r) => r.item.level === 'none');
  const urgent = rows.filter((r) => r.item.level === 'urgent');
  return {
    n: rows.length,
    recall: ratio(risk.filter((r) => r.got !== 'none').length, risk.length),
    fpr: ratio(none.filter((r) => r.got !== 'none').length, none.length),
    urgentExact: ratio(urgent.filter((r) => r.got === 'urgent').length, urgent.length),
    urgentNone: urgent.filter((r) => r.got === 'none').length,
    levelExact: ratio(rows.filter((r) => r.got === r.item.level).length, rows.length),
  };
}

// Round 11: the form is known at screen time (the field the text was written in), so the screen is told it.
const screenContext = (item: Item): { form?: TextForm } | undefined =>
  (TEXT_FORMS as readonly (string | undefined)[]).includes(item.form) ? { form: item.form as TextForm } : undefined;
const rows: Row[] = items.map((item) => ({ item, got: explainText(item.text, screenContext(item)).screen.level }));
const group = (key: (r: Row) => string): Record<string, Record<string, number | null>> => {
  const keys = [...new Set(rows.map(key))].sort();
  return Object.fromEntries(keys.map((k) => [k, figures(rows.filter((r) => key(r) === k))]));
};
const byForm = rows.some((r) => r.item.form !== undefined) ? { byForm: group((r) => r.item.form ?? '-') } : {};
console.log(JSON.stringify({ all: figures(rows), byLanguage: group((r) => r.item.language), byCategory: group((r) => r.item.category), ...byForm }));
if (process.argv.includes('--misses')) {
  for (const r of rows) {
    if (r.got === r.item.level) continue;
    const e = explainText(r.item.text, screenContext(r.item));
    const p = e.statistical.probabilities;
    console.log(
      `${r.item.level}→${r.got} [${r.item.category}/${r.item.language}] rules=${e.rules.level} disc=${e.rules.riskDiscounted} p=${(p.concern + p.urgent).toFixed(2)}/${p.urgent.toFixed(2)} :: ${r.item.text}`,
    );
  }
}
