/**
 * Figures of the crisis screen on the sets it may be tuned on: the round-2 training corpus
 * (src/engines/safety/corpus/*.jsonl) and the older labelled sets in src/engines/safety.
 *
 *   npx tsx scripts/evaluate-crisis-corpus.ts [--misses] [--rules-only]
 *
 * `--rules-only` scores the rule layer alone: the statistical layer was trained on these texts, so
 * the combined figure here is in-sample (its out-of-fold figure comes from the training script).
 * Prints JSON figures (recall, false-positive rate, urgent-exact, urgent scored none) overall, by
 * language and by category; `--misses` also lists every text screened at the wrong level, which
 * is fine here (these are the tuning sets) and must never be done for test/heldout/crisis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELD_OUT_TEXTS } from '../src/engines/safety/crisis-screen.heldout.ts';
import { HELD_OUT_2_TEXTS } from '../src/engines/safety/crisis-screen.heldout2.ts';
import { LABELLED_TEXTS } from '../src/engines/safety/crisis-screen.labelled.ts';
import { explainText } from '../src/engines/safety/index.ts';

type Level = 'none' | 'concern' | 'urgent';
interface Item { text: string; level: Level; category: string; language: string }

const corpusDir = join(import.meta.dirname, '..', 'src', 'engines', 'safety', 'corpus');
const corpus: Item[] = ['en', 'es', 'de'].flatMap((l) =>
  readFileSync(join(corpusDir, `${l}.jsonl`), 'utf8').split('\n').filter((x) => x.trim()).map((x) => JSON.parse(x) as Item));
const older = (name: string, set: readonly (readonly [string, Level])[]): Item[] =>
  set.map(([text, level]) => ({ text, level, category: name, language: '?' }));

interface Figures { n: number; recall: number | null; fpr: number | null; urgentExact: number | null; urgentScoredNone: number; levelExact: number }

function figures(rows: readonly { item: Item; got: Level }[]): Figures {
  let tp = 0, fn = 0, fp = 0, tn = 0, u = 0, uHit = 0, uNone = 0, exact = 0;
  for (const { item, got } of rows) {
    const pos = item.level !== 'none';
    if (pos && got !== 'none') tp++;
    else if (pos) fn++;
    else if (got !== 'none') fp++;
    else tn++;
    if (item.level === 'urgent') {
      u++;
      if (got === 'urgent') uHit++;
      if (got === 'none') uNone++;
    }
    if (got === item.level) exact++;
  }
  const r = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return {
    n: rows.length, recall: r(tp, tp + fn), fpr: r(fp, fp + tn), urgentExact: r(uHit, u), urgentScoredNone: uNone, levelExact: r(exact, rows.length) ?? 0,
  };
}

const groupBy = <K extends string>(rows: readonly { item: Item; got: Level }[], key: (i: Item) => K): Record<string, Figures> => {
  const m = new Map<string, { item: Item; got: Level }[]>();
  for (const r of rows) m.set(key(r.item), [...(m.get(key(r.item)) ?? []), r]);
  return Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, figures(v)]));
};

const showMisses = process.argv.includes('--misses');
const rulesOnly = process.argv.includes('--rules-only');
const sets: [string, Item[]][] = [
  ['corpus', corpus],
  ['labelled', older('labelled', LABELLED_TEXTS)],
  ['heldout1 (old, now tunable)', older('heldout1', HELD_OUT_TEXTS)],
  ['heldout2 (old, now tunable)', older('heldout2', HELD_OUT_2_TEXTS)],
];
const out: Record<string, unknown> = {};
for (const [name, items] of sets) {
  const rows = items.map((item) => {
    const e = explainText(item.text);
    return { item, got: rulesOnly ? e.rules.level : e.screen.level };
  });
  out[name] = {
    ...figures(rows),
    ...(name === 'corpus' ? { byLanguage: groupBy(rows, (i) => i.language), byCategory: groupBy(rows, (i) => i.category) } : {}),
  };
  if (showMisses) {
    for (const { item, got } of rows) {
      if (got !== item.level) console.error(`${name}\t${item.language}\t${item.category}\texpected ${item.level}\tgot ${got}\t${item.text}`);
    }
  }
}
console.log(JSON.stringify(out, null, 2));
