import { CLASS, compositeMatches, sentenceContext, sentenceHas } from './compose.ts';
import type { SentenceContext } from './compose.ts';
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
export type CrisisModifier = 'negated' | 'resolved-past' | 'figurative' | 'joking' | 'someone-else' | 'reported' | 'accidental' | 'imminent';

/** One phrase found in the text. */
export interface CrisisMatch {
  readonly category: CrisisCategory;
  /** What this match contributes after negation, past and figurative speech are considered. */
  readonly level: CrisisLevel;
  /** The level its list gives it. */
  readonly listedLevel: Exclude<CrisisLevel, 'none'>;
  /** The list entry that matched, as written, or `(composed)` for the compositional layer. */
  readonly phrase: string;
  /** Plain-language reason for the therapist. */
  readonly reason: string;
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
const NEGATION_WINDOW = 5;
/** Words between a resolved-past marker and a later phrase for it still to apply. */
const PAST_REACH = 3;
/** Words searched backwards for the subject of a phrase without "I/me/my". */
const SUBJECT_WINDOW = 8;

const RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, urgent: 2 };
const LOWER: Record<CrisisLevel, CrisisLevel> = { urgent: 'concern', concern: 'none', none: 'none' };

/**
 * Screens one free text (a reflection, prompt, homework answer or check-in note) for crisis
 * language in English, Spanish and German. Two layers feed one verdict: reviewed phrase lists
 * (phrases-*.ts) and a compositional layer (compose.ts) that reads wish or intent + death,
 * injury verb + self-directed object, overdose, threats and final goodbyes from their parts, with
 * slang and one-typo spelling. Negation, resolved past, figures of speech, reports of fiction or
 * news, and someone else as subject lower a match; a time, a plan or means lift a counted wish to
 * die to urgent. Biased toward recall. Pure and deterministic (see bench/analysis.bench.ts).
 *
 * This is a screen, not an assessment: a positive result means "a person should look at this now",
 * and a negative one means only that nothing it knows was found. Held-out figures are printed by
 * crisis-screen.test.ts; it must sit beside PHQ-9 item 9, check-ins and the therapist's reading,
 * never replace them.
 */
export function screenText(text: string): CrisisScreen {
  const tokens = tokenize(text);
  const sq = tokens.map((t) => squeeze(t.text));
  const clause = clauseIds(tokens);
  const ctx = sentenceContext(tokens);
  const spans = (index: PhraseIndex<null>): [number, number][] =>
    findIndexed(index, tokens, sq).map(({ match: m }): [number, number] => [m.start, m.end]);
  type Candidate = { category: CrisisCategory; level: Exclude<CrisisLevel, 'none'>; phrase: string; reason: string; language: ScreenLanguage; start: number; end: number; gaps: readonly number[]; namesSelf: boolean };
  const candidates: Candidate[] = [];
  for (const { tag: { language, group }, phrase, match: m } of findIndexed(PHRASE_INDEX, tokens, sq)) {
    candidates.push({ category: group.category, level: group.level, phrase: phrase.source, reason: group.reason, language, start: m.start, end: m.end, gaps: m.gapTokens, namesSelf: refersToSelf(phrase, language) });
  }
  for (const c of compositeMatches(tokens, ctx)) {
    candidates.push({ category: c.category, level: c.level, phrase: '(composed)', reason: c.reason, language: c.language, start: c.start, end: c.end, gaps: c.gaps, namesSelf: c.namesSelf });
  }
  // Most texts have nothing to weigh: skip the modifier lists.
  if (candidates.length === 0) return { level: 'none', categories: [], matches: [], reasons: [] };
  const pseudo = spans(PSEUDO);
  const past = spans(PAST);
  const figurative = spans(FIGURATIVE);
  const recovered = recoveryStated(tokens, ctx);

  const found: (CrisisMatch & { start: number; end: number })[] = [];
  for (const c of candidates) {
    const modifiers: CrisisModifier[] = [];
    let category = c.category;
    if (figurative.some(([a, b]) => a < c.end && c.start < b)) modifiers.push('figurative');
    else if (jokingConditional(tokens, ctx, c.start)) modifiers.push('joking');
    if (isNegated(tokens, clause, pseudo, c.start, c.gaps)) modifiers.push('negated');
    const isPast = isResolvedPast(clause, past, c.start, c.end);
    if (isPast) modifiers.push('resolved-past');
    const aboutRisk = category === 'suicide' || category === 'self-harm';
    if (aboutRisk && !c.namesSelf && subjectIsOther(tokens, c.start)) {
      category = 'someone-else-at-risk';
      modifiers.push('someone-else');
    }
    // "my dad will hurt my little brother": someone else threatening harm is danger from others.
    let listed = c.level;
    if (category === 'harm-to-others' && subjectIsOther(tokens, c.start)) {
      category = 'abuse-danger';
      listed = 'concern';
    }
    if (isReported(tokens, ctx, c.start, c.namesSelf)) modifiers.push('reported');
    if (category === 'self-harm' && sentenceHas(ctx, ctx.sentence[c.start]!, CLASS.Accidental) !== -1) modifiers.push('accidental');
    let level: CrisisLevel = listed;
    let reason = category === 'abuse-danger' && c.category === 'harm-to-others' ? 'someone else threatens to hurt someone' : c.reason;
    if (modifiers.some((x) => x === 'figurative' || x === 'negated' || x === 'reported' || x === 'accidental')) level = 'none';
    // A resolved past counts one level lower ("I used to cut myself" → none), and nothing when the
    // text says things are better now ("two years ago I tried, now I'm doing much better"); but a
    // past that is still going on ("years ago I wanted to die and I still think of it") stays concern.
    else if (isPast) level = recovered ? 'none' : ongoing(tokens, ctx, c.start) ? 'concern' : LOWER[level];
    // A joke is still worth a look: a laughing "if … I will kill myself lol" stays a concern, never
    // nothing (a screen that misses a disguised statement costs more than one that asks); only a
    // time ("tonight") makes it urgent — a bridge in "I'll jump off a bridge haha" does not.
    else if (category !== 'someone-else-at-risk') {
      const joking = modifiers.includes('joking');
      if (joking) level = 'concern';
      // A time, means or preparation lifts a concern to urgent, and is named in the reason either way.
      const lift = imminence(tokens, ctx, category, c.start, c.end);
      if (lift && (!joking || lift.startsWith('mentions a time'))) {
        if (level === 'concern') modifiers.push('imminent');
        level = 'urgent';
        reason = `${reason}; ${lift}`;
      }
    }
    const excerpt = tokens.slice(c.start, c.end).map((t) => t.text).join(' ');
    found.push({ category, level, listedLevel: c.level, phrase: c.phrase, reason, excerpt, language: c.language, modifiers, start: c.start, end: c.end });
  }
  const matches = dedupe(found);
  const counted = matches.filter((m) => m.level !== 'none');
  const level = counted.reduce<CrisisLevel>((best, m) => (RANK[m.level] > RANK[best] ? m.level : best), 'none');
  const categories = [...new Set(counted.map((m) => m.category))];
  const reasons = [...counted, ...matches.filter((m) => m.level === 'none')].map(reasonFor);
  return { level, categories, matches, reasons: [...new Set(reasons)] };
}

/**
 * The reasons a therapist's alert should carry: only the matches that counted, each once, without
 * the level (the alert shows its level itself, so "urgent: urgent: suicide" cannot happen).
 */
export function alertReasons(screen: CrisisScreen): string[] {
  return [...new Set(screen.matches.filter((m) => m.level !== 'none').map(reasonFor))];
}

/** Words for an act of dying (not a state like "not wake up"): with a time or means it is urgent. */
const ACT = /^(die|dying|kill|killing|suicide|suicidal|unalive|sewerslide|end|ending|overdose|jump|hang|morir|morirme|matarme|aventar|aventarme|tirar|tirarme|suicid\w*|sterben|umbringen|umzubringen|toten|selbstmord\w*)$/;

/**
 * Why a counted concern is urgent: a wish to die beside a time ("tonight"), means ("pills") or
 * preparation ("bought", "wrote letters"), or danger from someone with a weapon or happening now.
 */
function imminence(tokens: readonly Token[], ctx: SentenceContext, category: CrisisCategory, start: number, end: number): string | null {
  const sentence = ctx.sentence[start]!;
  const word = (j: number): string => `'${tokens[j]!.text}'`;
  if (category === 'suicide') {
    if (!tokens.slice(start, end).some((t) => ACT.test(t.text))) return null;
    const time = sentenceHas(ctx, sentence, CLASS.Time);
    if (time !== -1) return `mentions a time: ${word(time)}`;
    const means = sentenceHas(ctx, sentence, CLASS.Means, true);
    if (means !== -1) return `mentions means: ${word(means)}`;
    const prep = sentenceHas(ctx, sentence, CLASS.Preparation, true);
    if (prep !== -1 && !/^(took|taken|last|gave|giving)$/.test(tokens[prep]!.text)) return `mentions a plan or preparation: ${word(prep)}`;
    return null;
  }
  if (category === 'self-harm') {
    // "me voy a cortar esta noche", "ich werde mich heute nacht ritzen": intent and a time.
    const time = sentenceHas(ctx, sentence, CLASS.Time);
    if (time !== -1 && tokens.slice(Math.max(0, start - 4), end).some((_, k) => (ctx.classes[Math.max(0, start - 4) + k]! & CLASS.Intent) !== 0)) return `mentions a time: ${word(time)}`;
    if (!tokens.slice(start, end).some((t, k) => (ctx.classes[start + k]! & CLASS.Injure) !== 0 && !/^(razor|blade)/.test(t.text))) return null;
    const prep = sentenceHas(ctx, sentence, CLASS.Preparation);
    const means = sentenceHas(ctx, sentence, CLASS.Means);
    if (prep !== -1 && means !== -1 && /^(bought|buy|saved|saving|collected|compre|gekauft)/.test(tokens[prep]!.text)) return `mentions means gathered: ${word(prep)} ${word(means)}`;
    return null;
  }
  if (category === 'abuse-danger') {
    for (let j = 0; j < tokens.length; j++) {
      if (ctx.sentence[j] !== sentence) continue;
      if (/^(knife|gun|weapon|cuchillo|pistola|arma|messer|waffe|pistole)$/.test(tokens[j]!.text)) return `mentions a weapon: ${word(j)}`;
      if (tokens[j]!.text === 'now' && tokens[j - 1]?.text === 'right') return `happening now: ${word(j)}`;
    }
  }
  return null;
}

/**
 * Likely hyperbole: a condition and a laugh in the same sentence ("if my team loses again I will
 * jump off a bridge haha"). It caps the level at concern; a laugh alone changes nothing ("i wanna
 * die lol" counts in full).
 */
function jokingConditional(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  let laugh = false, cond = false;
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] !== ctx.sentence[start]) continue;
    const t = tokens[j]!.text;
    if (/^(ha(ha)+|lol|lmao|rofl|jk|xd|ja(ja)+|je(je)+)$/.test(t)) laugh = true;
    if (t === 'if' || t === 'si' || t === 'wenn' || t === 'falls') cond = true;
  }
  return laugh && cond;
}

/** "still", "again", "lately": the past episode is not over. */
function ongoing(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] === ctx.sentence[start] && /^(still|again|lately|recently|sometimes|todavia|aun|sigo|otra|immer|wieder|manchmal)$/.test(tokens[j]!.text)) return true;
  }
  return false;
}

/** "now I'm doing much better", "I'm in a good place now", "hoy estoy muy bien", "heute geht es mir gut". */
function recoveryStated(tokens: readonly Token[], ctx: SentenceContext): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (!/^(now|today|nowadays|hoy|ahora|heute|jetzt|since|clean|proud)$/.test(tokens[j]!.text)) continue;
    for (let k = Math.max(0, j - 6); k <= j + 6 && k < tokens.length; k++) {
      if (ctx.sentence[k] === ctx.sentence[j] && (ctx.classes[k]! & CLASS.Recovered) && !NEGATIONS.has(tokens[k - 1]?.text ?? '')) return true;
    }
  }
  return false;
}

const QUOTING = /^(say|says|said|go|goes|went|sing|sings|sang|reads|read|dice|dicen|sagt|sagen|singt)$/;

/** A sentence about a book, film, song, lesson, the news or an artwork, where the writer is not the subject. */
function isReported(tokens: readonly Token[], ctx: SentenceContext, start: number, namesSelf: boolean): boolean {
  if (sentenceHas(ctx, ctx.sentence[start]!, CLASS.Reported) === -1) return false;
  // "the lyrics say …", "the song goes …", "in the book she says …": what follows is quoted.
  for (let j = start - 1; j >= 1 && ctx.sentence[j] === ctx.sentence[start]; j--) {
    if (QUOTING.test(tokens[j]!.text) && [1, 2].some((k) => (ctx.classes[j - k] ?? 0) & CLASS.Reported)) return true;
  }
  if (namesSelf) return false;
  for (let j = start - 1; j >= 0 && ctx.sentence[j] === ctx.sentence[start]; j--) {
    if (SELF.has(tokens[j]!.text) && (j === start - 1 || start - j <= 3)) return false;
  }
  return true;
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
  joking: 'said as a joke',
  'someone-else': 'about someone else',
  reported: 'fiction, news, a lesson or an artwork',
  accidental: 'an accident',
  imminent: 'imminent',
};

function reasonFor(m: CrisisMatch): string {
  const how = m.modifiers.filter((x) => x !== 'imminent').map((x) => MODIFIER_WORDS[x]);
  if (m.level === 'none') return `not counted (${how.join(', ')}): ${CATEGORY_WORDS[m.category]} — "${m.excerpt}"`;
  return `${CATEGORY_WORDS[m.category]}: ${m.reason} — "${m.excerpt}"${how.length ? ` (${how.join(', ')})` : ''}`;
}
