/**
 * Fifth held-out evaluation of the crisis screen: `npx tsx test/heldout/crisis5/evaluate.ts`.
 *
 * Screens every text of heldout.jsonl with `screenText` and prints AGGREGATE figures only (JSON on
 * stdout): never a text, an id or a row, so that nobody can tune the screen on single items. See
 * README.md for how the set was written and the rule that no engine may be tuned on it. Besides the
 * second set's checks, each line's id (`c5-NNN`, unique), its form, the case-insensitive uniqueness
 * of its text and the agreement of level and category (no-risk categories are `none`, risk categories
 * are not) are validated; figures are also given per form (check-in, title, studio prompt, …).
 * Adapted from test/heldout/crisis3/evaluate.ts; the set itself was written without seeing the screen.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { screenText } from '../../../src/engines/safety/index.ts';

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

/** Reads and checks the set; a bad line is reported by number and field only, never by content. */
function loadItems(path: string): Item[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const ids = new Set<string>();
  const texts = new Set<string>();
  return lines.map((line, i) => {
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`heldout.jsonl line ${i + 1}: not JSON`);
    }
    const { id, text, level, category, language, form } = raw;
    if (typeof id !== 'string' || !/^c5-\d{3}$/.test(id) || ids.has(id)) throw new Error(`heldout.jsonl line ${i + 1}: id`);
    ids.add(id);
    if (typeof text !== 'string' || text.length === 0 || texts.has(text.toLowerCase())) throw new Error(`heldout.jsonl line ${i + 1}: text`);
    texts.add(text.toLowerCase());
    if (!LEVELS.includes(level as Level)) throw new Error(`heldout.jsonl line ${i + 1}: level`);
    if (typeof category !== 'string' || !CATEGORIES.has(category)) throw new Error(`heldout.jsonl line ${i + 1}: category`);
    // A no-risk category always carries level none, a risk category never does.
    if (NONE_CATEGORIES.includes(category) !== (level === 'none')) throw new Error(`heldout.jsonl line ${i + 1}: level/category`);
    if (!LANGUAGES.includes(language as Language)) throw new Error(`heldout.jsonl line ${i + 1}: language`);
    if (!FORMS.includes(form as Form)) throw new Error(`heldout.jsonl line ${i + 1}: form`);
    return { text, level: level as Level, category, language: language as Language, form: form as Form };
  });
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

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const items = loadItems(join(here, 'heldout.jsonl'));

  const scored = items.map((item) => ({ item, row: { expected: item.level, got: screenText(item.text).level } }));
  const confusion = Object.fromEntries(
    LEVELS.map((e) => [e, Object.fromEntries(LEVELS.map((g) => [g, scored.filter((s) => s.row.expected === e && s.row.got === g).length]))]),
  );

  const byLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, figures(scored.filter((s) => s.item.language === lang).map((s) => s.row))]));
  const byForm = Object.fromEntries(
    FORMS.map((form) => [form, scored.filter((s) => s.item.form === form).map((s) => s.row)] as const)
      .filter(([, rows]) => rows.length > 0)
      .map(([form, rows]) => [form, figures(rows)]),
  );
  const byCategory = Object.fromEntries(
    [...RISK_CATEGORIES, ...NONE_CATEGORIES]
      .map((cat) => [cat, scored.filter((s) => s.item.category === cat).map((s) => s.row)] as const)
      .filter(([, rows]) => rows.length > 0)
      .map(([cat, rows]) => [cat, figures(rows)]),
  );

  // Throughput: the first pass above warmed the screen; time five more full passes.
  const passes: number[] = [];
  for (let p = 0; p < 5; p++) {
    const t0 = performance.now();
    for (const item of items) screenText(item.text);
    passes.push(performance.now() - t0);
  }
  const passMs = median(passes);

  const report = {
    set: 'crisis held-out 5 (test/heldout/crisis5/heldout.jsonl)',
    ...figures(scored.map((s) => s.row)),
    confusion: { note: 'rows: expected level, columns: screened level', ...confusion },
    byLanguage,
    byCategory,
    byForm,
    throughput: {
      textsPerSecond: Math.round((items.length / passMs) * 1000),
      msPerText: Math.round((passMs / items.length) * 1000) / 1000,
      passes: passes.length,
    },
  };
  console.log(JSON.stringify(report, null, 2));
}

main();
