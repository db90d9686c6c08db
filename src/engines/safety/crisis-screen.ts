import { compilePhrase, findIndexed, indexPhrases } from './matcher.ts';
import type { CompiledPhrase, PhraseIndex } from './matcher.ts';
import { MODIFIERS } from './modifiers.ts';
import { squeeze, tokenize } from './normalize.ts';
import type { Token } from './normalize.ts';
import type { CrisisCategory, CrisisLevel, LanguagePhrases, PhraseGroup, ScreenLanguage } from './phrase-list.ts';
import { PHRASES_DE } from './phrases-de.ts';
import { PHRASES_EN } from './phrases-en.ts';
import { PHRASES_ES } from './phrases-es.ts';

/** Why a listed phrase counted less than its listed level. */
export type CrisisModifier = 'negated' | 'resolved-past' | 'figurative' | 'someone-else';

/** One phrase found in the text. */
export interface CrisisMatch {
  readonly category: CrisisCategory;
  /** What this match contributes after negation, past and figurative speech are considered. */
  readonly level: CrisisLevel;
  /** The level its list gives it. */
  readonly listedLevel: Exclude<CrisisLevel, 'none'>;
  /** The list entry that matched, as written. */
  readonly phrase: string;
  /** The matched words of the (normalised) text. */
  readonly excerpt: string;
  readonly language: ScreenLanguage;
  readonly modifiers: readonly CrisisModifier[];
}

/** The screen's verdict on one free text. */
export interface CrisisScreen {
  /** Highest level of any counted match. */
  readonly level: CrisisLevel;
  /** Categories of counted matches. */
  readonly categories: readonly CrisisCategory[];
  /** Every match, counted or not (a clinician can see what was discounted and why). */
  readonly matches: readonly CrisisMatch[];
  /** One plain sentence per match, counted ones first. */
  readonly reasons: readonly string[];
}

interface CompiledGroup {
  readonly language: ScreenLanguage;
  readonly group: PhraseGroup;
  readonly phrases: readonly CompiledPhrase[];
}

const LISTS: readonly LanguagePhrases[] = [PHRASES_EN, PHRASES_ES, PHRASES_DE];
const GROUPS: readonly CompiledGroup[] = LISTS.flatMap((l) =>
  l.groups.map((group) => ({ language: l.language, group, phrases: group.phrases.map(compilePhrase) })),
);
const all = <K extends 'negations' | 'self' | 'otherPeople' | 'subjects'>(k: K): Set<string> => new Set(MODIFIERS.flatMap((m) => m[k]));
const NEGATIONS = all('negations');
const SELF = all('self');
const OTHERS = all('otherPeople');
const SUBJECTS = all('subjects');
const compileAll = (k: 'pseudoNegations' | 'resolvedPast' | 'figurative'): PhraseIndex<null> =>
  indexPhrases(MODIFIERS.flatMap((m) => m[k].map((p) => ({ phrase: compilePhrase(p), tag: null }))));
const PHRASE_INDEX = indexPhrases(GROUPS.flatMap((g) => g.phrases.map((phrase) => ({ phrase, tag: g }))));
const PSEUDO = compileAll('pseudoNegations');
const PAST = compileAll('resolvedPast');
const FIGURATIVE = compileAll('figurative');

/** Words before a phrase searched for a negation. */
const NEGATION_WINDOW = 4;
/** Words between a resolved-past marker and a later phrase for it still to apply. */
const PAST_REACH = 3;
/** Words searched backwards for the subject of a phrase without "I/me/my". */
const SUBJECT_WINDOW = 8;

const RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, urgent: 2 };
const LOWER: Record<CrisisLevel, CrisisLevel> = { urgent: 'concern', concern: 'none', none: 'none' };

/**
 * Screens one free text (a reflection, prompt, homework answer or check-in note) for crisis
 * language in English, Spanish and German. Biased toward recall: phrases are matched generously
 * (typos, slang, stretched words) and only clear negation, resolved past or figures of speech
 * lower a match. Pure and deterministic; about 0.1–0.3 ms per sentence.
 *
 * This is a screen, not an assessment: a positive result means "a person should look at this now",
 * and a negative one means only that no listed phrase was found. It catches the wording its lists
 * anticipate; on new, indirect wording it misses most crises (untuned held-out recall 0.15–0.50,
 * see crisis-screen.heldout.ts), so it must sit beside PHQ-9 item 9, check-ins and the
 * therapist's reading, never replace them.
 */
export function screenText(text: string): CrisisScreen {
  const tokens = tokenize(text);
  const sq = tokens.map((t) => squeeze(t.text));
  const clause = clauseIds(tokens);
  const spans = (index: PhraseIndex<null>): [number, number][] =>
    findIndexed(index, tokens, sq).map(({ match: m }): [number, number] => [m.start, m.end]);
  const pseudo = spans(PSEUDO);
  const past = spans(PAST);
  const figurative = spans(FIGURATIVE);

  const found: (CrisisMatch & { start: number; end: number })[] = [];
  for (const { tag: { language, group }, phrase, match: m } of findIndexed(PHRASE_INDEX, tokens, sq)) {
    const modifiers: CrisisModifier[] = [];
    let category = group.category;
    if (figurative.some(([a, b]) => a < m.end && m.start < b)) modifiers.push('figurative');
    if (isNegated(tokens, clause, pseudo, m.start, m.gapTokens)) modifiers.push('negated');
    if (isResolvedPast(clause, past, m.start, m.end)) modifiers.push('resolved-past');
    if ((category === 'suicide' || category === 'self-harm') && !refersToSelf(phrase, language) && subjectIsOther(tokens, m.start)) {
      category = 'someone-else-at-risk';
      modifiers.push('someone-else');
    }
    let level: CrisisLevel = group.level;
    if (modifiers.includes('figurative') || modifiers.includes('negated')) level = 'none';
    else if (modifiers.includes('resolved-past')) level = LOWER[level];
    const excerpt = tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
    found.push({ category, level, listedLevel: group.level, phrase: phrase.source, excerpt, language, modifiers, start: m.start, end: m.end });
  }
  const matches = dedupe(found);
  const counted = matches.filter((m) => m.level !== 'none');
  const level = counted.reduce<CrisisLevel>((best, m) => (RANK[m.level] > RANK[best] ? m.level : best), 'none');
  const categories = [...new Set(counted.map((m) => m.category))];
  const reasons = [...counted, ...matches.filter((m) => m.level === 'none')].map(reasonFor);
  return { level, categories, matches, reasons: [...new Set(reasons)] };
}

function clauseIds(tokens: readonly Token[]): number[] {
  let id = 0;
  return tokens.map((t) => (t.boundary ? ++id : id));
}

function isNegated(tokens: readonly Token[], clause: readonly number[], pseudo: readonly [number, number][], start: number, gapTokens: readonly number[]): boolean {
  const inPseudo = (j: number): boolean => pseudo.some(([a, b]) => a <= j && j < b);
  for (const j of gapTokens) if (NEGATIONS.has(tokens[j]!.text) && !inPseudo(j)) return true;
  for (let j = start - 1; j >= Math.max(0, start - NEGATION_WINDOW); j--) {
    if (clause[j] !== clause[start] || tokens[j]!.boundary) break;
    if (SUBJECTS.has(tokens[j]!.text)) break;
    if (NEGATIONS.has(tokens[j]!.text) && !inPseudo(j)) return true;
  }
  return false;
}

function isResolvedPast(clause: readonly number[], past: readonly [number, number][], start: number, end: number): boolean {
  return past.some(([a, b]) => {
    if (a >= end) return clause[a] === clause[end - 1];
    return b <= start && start - b <= PAST_REACH;
  });
}

function refersToSelf(phrase: CompiledPhrase, language: ScreenLanguage): boolean {
  return phrase.words.some((w) => SELF.has(w) || (language === 'es' && /(rme|me)$/.test(w)));
}

function subjectIsOther(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - SUBJECT_WINDOW); j--) {
    const t = tokens[j]!;
    if (t.sentenceEnd) break;
    if (SELF.has(t.text)) return false;
    if (OTHERS.has(t.text)) return true;
  }
  return false;
}

/** Keeps one match per overlapping span and category: the highest level, then the longest. */
function dedupe(found: (CrisisMatch & { start: number; end: number })[]): CrisisMatch[] {
  const sorted = [...found].sort((a, b) => RANK[b.level] - RANK[a.level] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: (CrisisMatch & { start: number; end: number })[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.category === m.category && k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ start: _s, end: _e, ...m }) => m);
}

const CATEGORY_WORDS: Record<CrisisCategory, string> = {
  suicide: 'suicide',
  'self-harm': 'self-harm',
  'harm-to-others': 'harm to others',
  'abuse-danger': 'abuse or danger',
  'someone-else-at-risk': 'someone else at risk',
};

const MODIFIER_WORDS: Record<CrisisModifier, string> = {
  negated: 'negated',
  'resolved-past': 'in the past',
  figurative: 'a figure of speech',
  'someone-else': 'about someone else',
};

function reasonFor(m: CrisisMatch): string {
  const how = m.modifiers.length ? ` (${m.modifiers.map((x) => MODIFIER_WORDS[x]).join(', ')})` : '';
  const group = GROUPS.find((g) => g.group.phrases.includes(m.phrase) && g.language === m.language)?.group;
  if (m.level === 'none') return `not counted${how}: ${CATEGORY_WORDS[m.category]} — "${m.excerpt}"`;
  return `${m.level}: ${CATEGORY_WORDS[m.category]} — "${m.excerpt}"${how}; ${group?.reason ?? ''}`.replace(/; $/, '');
}
