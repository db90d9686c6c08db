/**
 * The held-out evaluation shared by the sealed crisis sets from crisis6 on: each set's own
 * `evaluate.ts` names its folder, id prefix and minimum size and calls `runHeldout`.
 *
 * Screens every text of heldout.jsonl once with `screenText` and prints AGGREGATE figures only (JSON
 * on stdout): never a text, an id or a row, so that nobody can tune the screen on single items.
 *
 * `--validate-only` checks the file (ids `<prefix>-NNN` unique and in line order, texts unique
 * case-insensitively, known level/category/language/form, no-risk categories labelled `none` and
 * risk categories never) and prints label counts only; it does not load the screen at all (the
 * screen module is imported dynamically, only when screening).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

type Level = 'none' | 'concern' | 'urgent';
type Language = 'en' | 'es' | 'de';
type Form = 'checkin' | 'message' | 'homework' | 'reflection' | 'title' | 'studio_prompt' | 'music_prompt';

interface Item {
  readonly text: string;
  readonly level: Level;
  readonly category: string;
  readonly language: Language;
  readonly form: Form;
}

const LEVELS: readonly Level[] = ['none', 'concern', 'urgent'];
const LANGUAGES: readonly Language[] = ['en', 'es', 'de'];
const FORMS: readonly Form[] = ['checkin', 'message', 'homework', 'reflection', 'title', 'studio_prompt', 'music_prompt'];
const RISK_CATEGORIES = [
  'wish_dead',
  'active_thoughts',
  'method',
  'intent',
  'plan',
  'preparation',
  'attempt',
  'nssi',
  'hopelessness',
  'burden',
  'farewell',
  'eating_disorder',
  'overdose_substance',
  'harm_others',
  'abuse_unsafe_home',
  'art_description',
];
const NONE_CATEGORIES = ['hyperbole_idiom', 'third_party', 'fiction_news_lyrics', 'resolved_past', 'negated', 'benign_art', 'everyday'];
const CATEGORIES = new Set([...RISK_CATEGORIES, ...NONE_CATEGORIES]);

/** One sealed set: its folder, its id prefix (`c7` for ids `c7-001` …), its ordinal and the fewest texts it may hold. */
export interface HeldoutSet {
  readonly dir: string;
  readonly prefix: string;
  readonly ordinal: number;
  readonly minItems: number;
  /** crisis3–crisis5 printed their throughput without the wall-clock note; their wrappers keep that output. */
  readonly throughputNote?: false;
}

/** Reads and checks the set; a bad line is reported by number and field only, never by content. */
function loadItems(path: string, prefix: string, minItems: number): Item[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const ids = new Set<string>();
  const texts = new Set<string>();
  const items = lines.map((line, i) => {
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`heldout.jsonl line ${i + 1}: not JSON`);
    }
    const { id, text, level, category, language, form } = raw;
    const extra = Object.keys(raw).filter((k) => !['id', 'text', 'level', 'category', 'language', 'form'].includes(k));
    if (extra.length > 0) throw new Error(`heldout.jsonl line ${i + 1}: unknown field`);
    if (typeof id !== 'string' || !new RegExp(`^${prefix}-\\d{3}$`).test(id) || ids.has(id)) throw new Error(`heldout.jsonl line ${i + 1}: id`);
    // Ids follow line order (c7-001 on line 1, …), so a gap or a reordering is caught.
    if (id !== `${prefix}-${String(i + 1).padStart(3, '0')}`) throw new Error(`heldout.jsonl line ${i + 1}: id order`);
    ids.add(id);
    if (typeof text !== 'string' || text.trim().length === 0 || text !== text.trim()) throw new Error(`heldout.jsonl line ${i + 1}: text`);
    if (texts.has(text.toLowerCase())) throw new Error(`heldout.jsonl line ${i + 1}: text (duplicate)`);
    texts.add(text.toLowerCase());
    if (!LEVELS.includes(level as Level)) throw new Error(`heldout.jsonl line ${i + 1}: level`);
    if (typeof category !== 'string' || !CATEGORIES.has(category)) throw new Error(`heldout.jsonl line ${i + 1}: category`);
    // A no-risk category always carries level none, a risk category never does.
    if (NONE_CATEGORIES.includes(category) !== (level === 'none')) throw new Error(`heldout.jsonl line ${i + 1}: level/category`);
    if (!LANGUAGES.includes(language as Language)) throw new Error(`heldout.jsonl line ${i + 1}: language`);
    if (!FORMS.includes(form as Form)) throw new Error(`heldout.jsonl line ${i + 1}: form`);
    return { text, level: level as Level, category, language: language as Language, form: form as Form };
  });
  if (items.length < minItems) throw new Error(`heldout.jsonl: ${items.length} texts, fewer than ${minItems}`);
  return items;
}

interface Scored {
  readonly expected: Level;
  readonly got: Level;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : Math.round((num / den) * 1000) / 1000);

/** Recall, false-positive rate and urgent figures over a group of scored items. */
function figures(rows: readonly Scored[]): Record<string, number | null> {
  const risk = rows.filter((r) => r.expected !== 'none');
  const none = rows.filter((r) => r.expected === 'none');
  const urgent = rows.filter((r) => r.expected === 'urgent');
  const concern = rows.filter((r) => r.expected === 'concern');
  return {
    n: rows.length,
    nRisk: risk.length,
    nNone: none.length,
    recall: ratio(risk.filter((r) => r.got !== 'none').length, risk.length),
    falsePositiveRate: ratio(none.filter((r) => r.got !== 'none').length, none.length),
    urgentExact: ratio(urgent.filter((r) => r.got === 'urgent').length, urgent.length),
    urgentScoredNone: urgent.filter((r) => r.got === 'none').length,
    concernScoredUrgent: concern.filter((r) => r.got === 'urgent').length,
    levelExact: ratio(rows.filter((r) => r.got === r.expected).length, rows.length),
  };
}

/** Label counts of a group (from the labels alone; nothing is screened). */
function labelCounts(items: readonly Item[]): Record<string, number> {
  return {
    n: items.length,
    ...Object.fromEntries(LEVELS.map((l) => [l, items.filter((i) => i.level === l).length])),
    ...Object.fromEntries(LANGUAGES.map((l) => [l, items.filter((i) => i.language === l).length])),
  };
}

/** Groups `items` by `key`, in the order of `keys`, dropping empty groups. */
function groupBy<T>(items: readonly Item[], keys: readonly string[], key: (i: Item) => string, f: (xs: Item[]) => T): Record<string, T> {
  return Object.fromEntries(
    keys
      .map((k) => [k, items.filter((i) => key(i) === k)] as const)
      .filter(([, xs]) => xs.length > 0)
      .map(([k, xs]) => [k, f(xs)]),
  );
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function validateOnly(items: readonly Item[], name: string): void {
  const report = {
    set: `${name} — validated, NOT screened`,
    ...labelCounts(items),
    byLanguage: groupBy(items, LANGUAGES, (i) => i.language, labelCounts),
    byCategory: groupBy(items, [...RISK_CATEGORIES, ...NONE_CATEGORIES], (i) => i.category, labelCounts),
    byForm: groupBy(items, FORMS, (i) => i.form, labelCounts),
  };
  console.log(JSON.stringify(report, null, 2));
}

async function screenAll(items: readonly Item[], name: string, throughputNote = true): Promise<void> {
  // Imported here so that `--validate-only` never loads the screen.
  const { screenText } = await import('../../src/engines/safety/index.ts');

  // Each text is screened once for the figures.
  const scored = items.map((item) => ({ item, row: { expected: item.level, got: screenText(item.text).level as Level } }));
  const rowsOf = (xs: readonly Item[]): Scored[] => scored.filter((s) => xs.includes(s.item)).map((s) => s.row);
  const confusion = Object.fromEntries(
    LEVELS.map((e) => [e, Object.fromEntries(LEVELS.map((g) => [g, scored.filter((s) => s.row.expected === e && s.row.got === g).length]))]),
  );

  // Throughput: the pass above warmed the screen; time five more full passes (results discarded).
  const passes: number[] = [];
  for (let p = 0; p < 5; p++) {
    const t0 = performance.now();
    for (const item of items) screenText(item.text);
    passes.push(performance.now() - t0);
  }
  const passMs = median(passes);

  const report = {
    set: name,
    ...figures(scored.map((s) => s.row)),
    confusion: { note: 'rows: expected level, columns: screened level', ...confusion },
    byLanguage: groupBy(items, LANGUAGES, (i) => i.language, (xs) => figures(rowsOf(xs))),
    byCategory: groupBy(items, [...RISK_CATEGORIES, ...NONE_CATEGORIES], (i) => i.category, (xs) => figures(rowsOf(xs))),
    byForm: groupBy(items, FORMS, (i) => i.form, (xs) => figures(rowsOf(xs))),
    throughput: {
      textsPerSecond: Math.round((items.length / passMs) * 1000),
      msPerText: Math.round((passMs / items.length) * 1000) / 1000,
      passes: passes.length,
      ...(throughputNote ? { note: 'wall clock; inflated when the machine is shared' } : {}),
    },
  };
  console.log(JSON.stringify(report, null, 2));
}

/** Validates (and, without `--validate-only`, screens) one sealed set, printing aggregates only. */
export function runHeldout(set: HeldoutSet): void {
  const name = `crisis held-out ${set.ordinal} (test/heldout/${set.dir.split(/[\\/]/).pop()}/heldout.jsonl)`;
  const run = async (): Promise<void> => {
    const items = loadItems(join(set.dir, 'heldout.jsonl'), set.prefix, set.minItems);
    if (process.argv.includes('--validate-only')) validateOnly(items, name);
    else await screenAll(items, name, set.throughputNote ?? true);
  };
  run().catch((err: unknown) => {
    // Only the message (line number and field name), never a row.
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
