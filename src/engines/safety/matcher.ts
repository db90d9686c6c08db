import { squeeze, tokenize } from './normalize.ts';
import type { ScreenLanguage } from './phrase-list.ts';
import type { Token } from './normalize.ts';

/** One position of a compiled phrase. */
type Step = { kind: 'gap'; max: number } | WordStep;
/** A word position, with its options sorted for fast testing. */
interface WordStep {
  readonly kind: 'word';
  readonly options: readonly WordOption[];
  readonly exact: ReadonlySet<string>;
  /** Squeezed forms of options of four letters or more ("kil" matches "kill"). */
  readonly squeezedLong: ReadonlySet<string>;
  /** Squeezed forms of shorter options, which only a stretched word ("dieeee") may match. */
  readonly squeezedShort: ReadonlySet<string>;
  readonly prefixes: readonly WordOption[];
  /** Options long enough for one-typo matching, by first letter. */
  readonly fuzzy: ReadonlyMap<string, readonly string[]>;
}
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
const FILLERS = new Set([
  'just',
  'really',
  'so',
  'even',
  'simply',
  'literally',
  'honestly',
  'actually',
  'totally',
  'seriously',
  'truly',
  'kinda',
  'sorta',
  'basically',
  'already',
  'still',
  'fucking',
  'fuckin',
  'bloody',
  'damn',
  'wirklich',
  'einfach',
  'echt',
  'halt',
  'eben',
  'mal',
  'doch',
  'realmente',
  'simplemente',
  'ya',
  'solo',
]);

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
        steps.push(wordStep([{ text, prefix, squeezed: squeeze(text) }]));
      });
      continue;
    }
    const options = alts.map(({ prefix, toks }): WordOption => {
      if (toks.length !== 1) throw new Error(`phrase "${source}": alternative "${toks.join(' ')}" must be one word`);
      words.push(toks[0]!);
      return { text: toks[0]!, prefix, squeezed: squeeze(toks[0]!) };
    });
    steps.push(wordStep(options));
  }
  return { source, steps, words };
}

function wordStep(options: readonly WordOption[]): WordStep {
  const fuzzy = new Map<string, string[]>();
  for (const o of options) {
    if (o.prefix || o.text.length < FUZZY_MIN) continue;
    fuzzy.set(o.text[0]!, [...(fuzzy.get(o.text[0]!) ?? []), o.text]);
  }
  return {
    kind: 'word',
    options,
    fuzzy,
    exact: new Set(options.filter((o) => !o.prefix).map((o) => o.text)),
    squeezedLong: new Set(options.filter((o) => !o.prefix && o.text.length >= 4).map((o) => o.squeezed)),
    squeezedShort: new Set(options.filter((o) => !o.prefix && o.text.length < 4).map((o) => o.squeezed)),
    prefixes: options.filter((o) => o.prefix),
  };
}

type IndexEntry<T> = { readonly phrase: CompiledPhrase; readonly tag: T; readonly id: number };

/**
 * Phrases indexed by how their first word can begin, so a token tries only the few phrases that
 * could start with it: literal first words (and their squeezed forms) exactly, `word*` prefixes by
 * their first two letters, and — for typo matching — every literal first word of six letters or
 * more under itself and each of its one-letter deletions (a token looks up itself and its own
 * deletions: one lookup per letter instead of a scan).
 */
export interface PhraseIndex<T> {
  readonly exact: ReadonlyMap<string, readonly IndexEntry<T>[]>;
  /** Every word of every phrase: a token that is one of them is not a typo, so skips the typo lookup. */
  readonly known: ReadonlySet<string>;
  /**
   * Phrases whose second position is a word, by their first word and then the second word (short
   * literals) or its first letter (longer words, which may carry a typo, and prefixes): a token
   * tries only phrases that also fit the word after it.
   */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string | number, readonly IndexEntry<T>[]>>;
  /** `word*` prefixes by their first two letters (as a number: no string to build per token). */
  readonly prefix: ReadonlyMap<number, readonly IndexEntry<T>[]>;
  readonly fuzzy: ReadonlyMap<string, readonly IndexEntry<T>[]>;
  /** Round 10: `fuzzy` entries per word already looked up (`null`: none), bounded. */
  readonly fuzzyMemo: Map<string, readonly IndexEntry<T>[] | null>;
  /** Number of entries (ids run 0 … size − 1). */
  readonly size: number;
  /**
   * Scratch space reused by every search (the screen is synchronous): per entry, the stamp of the
   * token it was last tried at, and the search and token where its last match ended.
   */
  readonly scratch: { stamp: number; readonly tried: Int32Array; readonly busySearch: Int32Array; readonly busyEnd: Int32Array };
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** The first two letters of a word as one number (one letter: its code alone). */
const key2 = (w: string): number => (w.length < 2 ? w.charCodeAt(0) : w.charCodeAt(0) * 65536 + w.charCodeAt(1));

const deletions = (w: string): string[] => Array.from({ length: w.length }, (_, k) => w.slice(0, k) + w.slice(k + 1));

export function indexPhrases<T>(entries: readonly { phrase: CompiledPhrase; tag: T }[]): PhraseIndex<T> {
  const exact = new Map<string, IndexEntry<T>[]>();
  const pairs = new Map<string, Map<string | number, IndexEntry<T>[]>>();
  const prefix = new Map<number, IndexEntry<T>[]>();
  const fuzzy = new Map<string, IndexEntry<T>[]>();
  const known = new Set<string>();
  const add = <K>(map: Map<K, IndexEntry<T>[]>, key: K, e: IndexEntry<T>): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    map.set(key, list);
  };
  for (const [id, { phrase, tag }] of entries.entries()) {
    const e: IndexEntry<T> = { phrase, tag, id };
    for (const w of e.phrase.words) known.add(w);
    const first = e.phrase.steps[0];
    if (!first || first.kind !== 'word') throw new Error(`phrase "${e.phrase.source}" must start with a word`);
    for (const o of first.options) {
      if (o.prefix) {
        add(prefix, key2(o.text), e);
        if (key2(o.squeezed) !== key2(o.text)) add(prefix, key2(o.squeezed), e);
        continue;
      }
      const second = e.phrase.steps[1];
      // A first word short enough to carry no typo, and a word after it: key by both.
      if (second?.kind === 'word' && o.text.length < FUZZY_MIN) {
        for (const a of new Set([o.text, o.squeezed])) {
          const inner = pairs.get(a) ?? new Map<string | number, IndexEntry<T>[]>();
          pairs.set(a, inner);
          for (const x of second.options) {
            if (x.prefix || x.text.length >= FUZZY_MIN) add(inner, x.text.charCodeAt(0), e);
            else for (const b of new Set([x.text, x.squeezed])) add(inner, b, e);
          }
        }
        continue;
      }
      add(exact, o.text, e);
      if (o.squeezed !== o.text) add(exact, o.squeezed, e);
      if (o.text.length >= FUZZY_MIN) for (const k of [o.text, ...deletions(o.text)]) add(fuzzy, k, e);
    }
  }
  const n = entries.length;
  const scratch = { stamp: 0, tried: new Int32Array(n), busySearch: new Int32Array(n), busyEnd: new Int32Array(n) };
  return { exact, pairs, known, prefix, fuzzy, fuzzyMemo: new Map(), size: n, scratch };
}

/** Every match of every indexed phrase; per phrase, matches do not overlap (leftmost first). */
export function findIndexed<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  squeezed: readonly string[],
): { tag: T; phrase: CompiledPhrase; match: PhraseMatch }[] {
  const out: { tag: T; phrase: CompiledPhrase; match: PhraseMatch }[] = [];
  const sc = index.scratch;
  if (sc.stamp > 1e9) {
    sc.stamp = 0;
    sc.tried.fill(0);
    sc.busySearch.fill(0);
  }
  const search = ++sc.stamp;
  const scratch: number[] = [];
  let at = 0;
  const tryAll = (list: readonly IndexEntry<T>[] | undefined, i: number): void => {
    if (!list) return;
    for (const entry of list) {
      const id = entry.id;
      if (sc.tried[id] === at) continue;
      sc.tried[id] = at;
      if (sc.busySearch[id] === search && sc.busyEnd[id]! > i) continue;
      scratch.length = 0;
      const end = matchFrom(entry.phrase.steps, 0, tokens, squeezed, i, scratch);
      if (end === -1) continue;
      sc.busySearch[id] = search;
      sc.busyEnd[id] = end;
      out.push({ tag: entry.tag, phrase: entry.phrase, match: { start: i, end, gapTokens: scratch.slice() } });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (tokens[i]!.boundary && !isLetter(text.charCodeAt(0))) continue;
    const sq = squeezed[i]!;
    at = ++sc.stamp;
    tryAll(index.exact.get(text), i);
    if (sq !== text) tryAll(index.exact.get(sq), i);
    const inner = index.pairs.get(text),
      innerSq = sq !== text ? index.pairs.get(sq) : undefined;
    if (inner || innerSq) {
      // The next word that is not a filler ("i really want" reads as "i want").
      let n = i + 1;
      // A phrase may name a filler itself ("so tired"): try the word right after too.
      if (n < tokens.length && FILLERS.has(tokens[n]!.text)) {
        tryAll(inner?.get(tokens[n]!.text), i);
        tryAll(innerSq?.get(tokens[n]!.text), i);
      }
      while (n < tokens.length && FILLERS.has(tokens[n]!.text)) n++;
      if (n < tokens.length) {
        const next = tokens[n]!.text,
          nextSq = squeezed[n]!;
        for (const map of [inner, innerSq]) {
          if (!map) continue;
          tryAll(map.get(next), i);
          if (nextSq !== next) tryAll(map.get(nextSq), i);
          tryAll(map.get(next.charCodeAt(0)), i);
        }
      }
    }
    if (index.prefix.size > 0) {
      tryAll(index.prefix.get(key2(text)), i);
      if (text.length >= 2 && key2(sq) !== key2(text)) tryAll(index.prefix.get(key2(sq)), i);
    }
    // A known word is not a typo: only unknown words try the typo index.
    if (text.length >= FUZZY_MIN - 1 && !index.known.has(text)) tryAll(fuzzyCandidates(index, text), i);
  }
  return out;
}

/**
 * The phrases a word may start with one typo: those indexed under the word itself or under one of
 * its deletions, once per word (remembered per index: words recur from text to text, and the
 * deletions are a string per letter). Same entries in the same order as looking each key up.
 */
function fuzzyCandidates<T>(index: PhraseIndex<T>, text: string): readonly IndexEntry<T>[] | undefined {
  const memo = index.fuzzyMemo;
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  const seen = new Set<IndexEntry<T>>();
  const out: IndexEntry<T>[] = [];
  for (const k of [text, ...deletions(text)]) {
    for (const e of index.fuzzy.get(k) ?? []) {
      if (seen.has(e)) continue;
      seen.add(e);
      out.push(e);
    }
  }
  if (memo.size >= FUZZY_MEMO_MAX) memo.clear();
  memo.set(text, out.length ? out : null);
  return out.length ? out : undefined;
}
const FUZZY_MEMO_MAX = 20_000;

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
  if (!tok || (tok.boundary && !isLetter(tok.text.charCodeAt(0)))) return -1;
  if (!stepMatches(step, tok.text, sq[i]!)) {
    // Skip one filler word between words of the phrase (never before its first word).
    if (s > 0 && FILLERS.has(tok.text)) return matchFrom(steps, s, tokens, sq, i + 1, gaps);
    return -1;
  }
  return matchFrom(steps, s + 1, tokens, sq, i + 1, gaps);
}

function stepMatches(step: WordStep, word: string, squeezedWord: string): boolean {
  if (step.exact.has(word)) return true;
  // Squeezed forms match stretched words ("dieeee", "killlll", "kil") but not short ones ("of" is not "off").
  if (step.squeezedLong.has(squeezedWord)) return true;
  if (step.squeezedShort.size > 0 && step.squeezedShort.has(squeezedWord) && /([a-z])\1\1/.test(word)) return true;
  for (const o of step.prefixes) if (word.startsWith(o.text) || squeezedWord.startsWith(o.squeezed)) return true;
  if (word.length < FUZZY_MIN - 1) return false;
  for (const w of step.fuzzy.get(word[0]!) ?? []) if (typoOf(word, w)) return true;
  return false;
}

/** Whether `word` is `option` with one typo — but not another person or inflection of it. */
function typoOf(word: string, option: string): boolean {
  // Fuzzy matching never turns someone else's reflexive into the writer's ("quitarse" is not "quitarme").
  if ((word.endsWith('se') && option.endsWith('me')) || (word.endsWith('me') && option.endsWith('se'))) return false;
  // Nor one Spanish clitic into another ("matarme" is not "matarte", "matarla" not "matarlo"): the clitic is the person.
  const clitic = /(me|te|se|lo|la|le|nos|los|las|les)$/;
  const cw = clitic.exec(word)?.[1],
    co = clitic.exec(option)?.[1];
  if (cw !== undefined && co !== undefined && cw !== co && word.slice(0, -cw.length) === option.slice(0, -co.length)) return false;
  // Nor one inflection into another by its last letter ("bringt" is not "bringe").
  if (word.length === option.length && restEqual(word, 0, option, 0, word.length - 1)) return false;
  return withinOneEdit(word, option);
}

/** Whether a[ai…] equals b[bi…] (to the end, or for `n` characters). */
function restEqual(a: string, ai: number, b: string, bi: number, n = -1): boolean {
  const len = n === -1 ? a.length - ai : n;
  if (n === -1 && len !== b.length - bi) return false;
  for (let k = 0; k < len; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length,
    lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (restEqual(a, i + 1, b, i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && restEqual(a, i + 2, b, i + 2);
  }
  return la > lb ? restEqual(a, i + 1, b, i) : restEqual(a, i, b, i + 1);
}
