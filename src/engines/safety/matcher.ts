import { squeeze, tokenize } from './normalize.ts';
import type { ScreenLanguage } from './phrase-list.ts';
import type { Token } from './normalize.ts';

/** One position of a compiled phrase. */
type Step = { kind: 'gap'; max: number } | { kind: 'word'; options: readonly WordOption[] };
interface WordOption {
  readonly text: string;
  readonly prefix: boolean;
  readonly squeezed: string;
}

/** A phrase compiled for matching against tokens. */
export interface CompiledPhrase {
  /** The phrase as written in the list. */
  readonly source: string;
  readonly steps: readonly Step[];
  /** Every literal word of the phrase (for self-reference checks). */
  readonly words: readonly string[];
}

/** A span of tokens a phrase matched, [start, end), and the tokens its gaps skipped over. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly gapTokens: readonly number[];
}

/**
 * Softeners people slip into any phrase ("I just want to die", "if I really was not here"). Inside a
 * phrase they are skipped unless the phrase itself names them.
 */
const FILLERS = new Set(['just', 'really', 'so', 'even', 'simply', 'literally', 'honestly', 'actually', 'totally', 'seriously',
  'truly', 'kinda', 'sorta', 'basically', 'already', 'still', 'fucking', 'fuckin', 'bloody', 'damn', 'wirklich', 'einfach', 'echt',
  'halt', 'eben', 'mal', 'doch', 'realmente', 'simplemente', 'ya', 'solo']);

/** Most words a `...` may skip. */
const GAP_MAX = 3;
/** Shortest literal word that also matches a one-letter typo. */
const FUZZY_MIN = 6;

/**
 * The phrases a source stands for: each `[a b|c d]` group (alternatives of several words) gives one
 * phrase per alternative ("took [too many|a handful of] pills" → "took too many pills", "took a
 * handful of pills").
 */
export function expandPhrase(source: string): string[] {
  const m = /\[([^[\]]*)\]/.exec(source);
  if (!m) return [source];
  return m[1]!.split('|').flatMap((alt) => expandPhrase(`${source.slice(0, m.index)}${alt}${source.slice(m.index + m[0].length)}`));
}

/** Compiles a phrase written in the list syntax (see phrase-list.ts), expanding `{name}` from `macros`. */
export function compilePhrase(source: string, macros?: Readonly<Record<string, string>>, language?: ScreenLanguage): CompiledPhrase {
  const steps: Step[] = [];
  const words: string[] = [];
  const expanded = source.replace(/\{(\w+)\}/g, (_, name: string) => {
    const m = macros?.[name];
    if (m === undefined) throw new Error(`phrase "${source}": unknown list {${name}}`);
    return m;
  });
  for (const raw of expanded.trim().split(/\s+/)) {
    if (raw === '...') {
      steps.push({ kind: 'gap', max: GAP_MAX });
      continue;
    }
    const alts = raw.split('|').map((alt) => {
      const prefix = alt.endsWith('*');
      const toks = tokenize(prefix ? alt.slice(0, -1) : alt, language).map((t) => t.text);
      return { prefix, toks };
    });
    const only = alts[0];
    if (alts.length === 1 && only && only.toks.length > 1) {
      // A contraction written in the list ("don't") becomes several words ("do not").
      only.toks.forEach((text, n) => {
        words.push(text);
        const prefix = only.prefix && n === only.toks.length - 1;
        steps.push({ kind: 'word', options: [{ text, prefix, squeezed: squeeze(text) }] });
      });
      continue;
    }
    const options = alts.map(({ prefix, toks }): WordOption => {
      if (toks.length !== 1) throw new Error(`phrase "${source}": alternative "${toks.join(' ')}" must be one word`);
      words.push(toks[0]!);
      return { text: toks[0]!, prefix, squeezed: squeeze(toks[0]!) };
    });
    steps.push({ kind: 'word', options });
  }
  return { source, steps, words };
}

type IndexEntry<T> = { readonly phrase: CompiledPhrase; readonly tag: T };

/**
 * Phrases indexed by how their first word can begin: the first two letters of each literal option
 * (one letter for one-letter words), plus, by first letter, those whose first word is long enough
 * to match with a typo. A token then tries only the few phrases that could start with it.
 */
export interface PhraseIndex<T> {
  readonly byStart: ReadonlyMap<string, readonly IndexEntry<T>[]>;
  readonly fuzzyByFirst: ReadonlyMap<string, readonly IndexEntry<T>[]>;
}

export function indexPhrases<T>(entries: readonly { phrase: CompiledPhrase; tag: T }[]): PhraseIndex<T> {
  const byStart = new Map<string, IndexEntry<T>[]>();
  const fuzzyByFirst = new Map<string, IndexEntry<T>[]>();
  const add = (map: Map<string, IndexEntry<T>[]>, key: string, e: IndexEntry<T>): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    map.set(key, list);
  };
  for (const e of entries) {
    const first = e.phrase.steps[0];
    if (!first || first.kind !== 'word') throw new Error(`phrase "${e.phrase.source}" must start with a word`);
    for (const o of first.options) {
      add(byStart, o.text.slice(0, 2), e);
      // A squeezed word ("kil" for "kill") keeps its first two letters unless they repeat ("ssh").
      if (o.squeezed.slice(0, 2) !== o.text.slice(0, 2)) add(byStart, o.squeezed.slice(0, 2), e);
      if (!o.prefix && o.text.length >= FUZZY_MIN) add(fuzzyByFirst, o.text[0] ?? '', e);
    }
  }
  return { byStart, fuzzyByFirst };
}

/** Every match of every indexed phrase; per phrase, matches do not overlap (leftmost first). */
export function findIndexed<T>(index: PhraseIndex<T>, tokens: readonly Token[], squeezed: readonly string[]): { tag: T; phrase: CompiledPhrase; match: PhraseMatch }[] {
  const out: { tag: T; phrase: CompiledPhrase; match: PhraseMatch }[] = [];
  const busyUntil = new Map<CompiledPhrase, number>();
  const scratch: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const sq = squeezed[i]!;
    const key = text.length === 1 ? text : text.slice(0, 2);
    const sqKey = sq.length === 1 ? sq : sq.slice(0, 2);
    for (let l = 0; l < 3; l++) {
      const list = l === 0 ? index.byStart.get(key)
        : l === 1 ? (sqKey !== key ? index.byStart.get(sqKey) : undefined)
        : text.length >= FUZZY_MIN - 1 ? index.fuzzyByFirst.get(text[0] ?? '') : undefined;
      if (!list) continue;
      for (const { phrase, tag } of list) {
        if ((busyUntil.get(phrase) ?? 0) > i) continue;
        scratch.length = 0;
        const end = matchFrom(phrase.steps, 0, tokens, squeezed, i, scratch);
        if (end === -1) continue;
        busyUntil.set(phrase, end);
        out.push({ tag, phrase, match: { start: i, end, gapTokens: scratch.slice() } });
      }
    }
  }
  return out;
}

function matchFrom(steps: readonly Step[], s: number, tokens: readonly Token[], sq: readonly string[], i: number, gaps: number[]): number {
  if (s === steps.length) return i;
  const step = steps[s]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip++) {
      const j = i + skip;
      if (j > tokens.length) break;
      if (skip > 0 && tokens[j - 1]!.sentenceEnd) break;
      const mark = gaps.length;
      for (let g = i; g < j; g++) gaps.push(g);
      const end = matchFrom(steps, s + 1, tokens, sq, j, gaps);
      if (end !== -1) return end;
      gaps.length = mark;
    }
    return -1;
  }
  const tok = tokens[i];
  if (!tok || (tok.boundary && !/^[a-z]/.test(tok.text))) return -1;
  if (!step.options.some((o) => wordMatches(o, tok.text, sq[i]!))) {
    // Skip one filler word between words of the phrase (never before its first word).
    if (s > 0 && FILLERS.has(tok.text)) return matchFrom(steps, s, tokens, sq, i + 1, gaps);
    return -1;
  }
  return matchFrom(steps, s + 1, tokens, sq, i + 1, gaps);
}

function wordMatches(o: WordOption, word: string, squeezedWord: string): boolean {
  if (o.prefix) return word.startsWith(o.text) || squeezedWord.startsWith(o.squeezed);
  // Squeezed forms match stretched words ("dieeee", "killlll", "kil") but not short ones ("of" is not "off").
  if (word === o.text || (squeezedWord === o.squeezed && (o.text.length >= 4 || /([a-z])\1\1/.test(word)))) return true;
  // Fuzzy matching never turns someone else's reflexive into the writer's ("quitarse" is not "quitarme").
  if ((word.endsWith('se') && o.text.endsWith('me')) || (word.endsWith('me') && o.text.endsWith('se'))) return false;
  // Nor one inflection into another by its last letter ("bringt" is not "bringe").
  if (word.length === o.text.length && word.slice(0, -1) === o.text.slice(0, -1)) return false;
  return o.text.length >= FUZZY_MIN && word[0] === o.text[0] && withinOneEdit(word, o.text);
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
