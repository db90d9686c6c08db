import { artMatches } from './art.ts';
import { CLASS, compositeMatches, sentenceHas } from './compose.ts';
import type { SentenceContext } from './compose.ts';
import { everydayTask, threatNamed, isAskedQuestion, isHyperbole, quotedTokens, someoneElseLevel } from './discount.ts';
import { MACROS } from './macros.ts';
import { compilePhrase, expandPhrase, findIndexed, indexPhrases } from './matcher.ts';
import type { CompiledPhrase, PhraseIndex } from './matcher.ts';
import { MODIFIERS } from './modifiers.ts';
import { anyOf, squeeze } from './normalize.ts';
import type { Token } from './normalize.ts';
import type { CrisisCategory, CrisisLevel, CrisisSign, LanguagePhrases, PhraseGroup, ScreenLanguage } from './phrase-list.ts';
import { PHRASES_DE } from './phrases-de.ts';
import { PHRASES_EN } from './phrases-en.ts';
import { PHRASES_ES } from './phrases-es.ts';
import { preparationMatches } from './preparation.ts';
import type { CrisisMatch, CrisisModifier } from './screen-types.ts';
import { SIGNS_DE } from './signs-de.ts';
import { SIGNS_EN } from './signs-en.ts';
import { SIGNS_ES } from './signs-es.ts';

/**
 * The rule layer: reviewed phrase lists (phrases-*.ts, signs-*.ts) and the compositional layer
 * (compose.ts) find candidates; negation, a resolved past, figures of speech and hyperbole,
 * fiction, news and quotes, questions put to the writer and someone else as the subject lower
 * them; a time, means or preparation lifts them. Pure and deterministic.
 */

/** A match with its token span, before overlapping matches are merged. */
export interface RuleMatch extends CrisisMatch {
  readonly start: number;
  readonly end: number;
}

const LISTS: readonly LanguagePhrases[] = [PHRASES_EN, SIGNS_EN, PHRASES_ES, SIGNS_ES, PHRASES_DE, SIGNS_DE];
/** A word list of the modifiers, per language (Spanish "he" is not English "he"). */
const byLanguage = (k: 'negations' | 'self' | 'otherPeople' | 'subjects'): Record<ScreenLanguage, ReadonlySet<string>> => {
  const of = (l: ScreenLanguage): ReadonlySet<string> => new Set(MODIFIERS.find((m) => m.language === l)?.[k] ?? []);
  return { en: of('en'), es: of('es'), de: of('de') };
};
const NEGATIONS_BY = byLanguage('negations');
const SELF_BY = byLanguage('self');
const OTHERS_BY = byLanguage('otherPeople');
const SUBJECTS_BY = byLanguage('subjects');
/** The modifier word lists of one language. */
interface Lists {
  readonly negations: ReadonlySet<string>;
  readonly self: ReadonlySet<string>;
  readonly others: ReadonlySet<string>;
  readonly subjects: ReadonlySet<string>;
}
const listsOf = (l: ScreenLanguage): Lists => ({ negations: NEGATIONS_BY[l], self: SELF_BY[l], others: OTHERS_BY[l], subjects: SUBJECTS_BY[l] });
const LISTS_BY: Record<ScreenLanguage, Lists> = { en: listsOf('en'), es: listsOf('es'), de: listsOf('de') };
type ModifierKind = 'pseudoNegations' | 'resolvedPast' | 'figurative' | 'recovered' | 'distress';
const MODIFIER_KINDS: readonly ModifierKind[] = ['pseudoNegations', 'resolvedPast', 'figurative', 'recovered', 'distress'];
/** What an indexed phrase is: a crisis phrase of a group, or a modifier phrase of some kind. */
type IndexTag = { readonly kind: 'group'; readonly language: ScreenLanguage; readonly group: PhraseGroup } | { readonly kind: ModifierKind };
/** Each language's phrases and modifiers, compiled once (on first use). */
const ENTRIES = new Map<ScreenLanguage, { phrase: CompiledPhrase; tag: IndexTag }[]>();
function entriesOf(language: ScreenLanguage): { phrase: CompiledPhrase; tag: IndexTag }[] {
  let entries = ENTRIES.get(language);
  if (!entries) {
    entries = [
      ...LISTS.filter((l) => l.language === language).flatMap((l) =>
        l.groups.flatMap((group) =>
          group.phrases
            .flatMap(expandPhrase)
            .map((p) => ({ phrase: compilePhrase(p, MACROS[language], language), tag: { kind: 'group', language, group } as const })),
        ),
      ),
      ...MODIFIERS.filter((m) => m.language === language).flatMap((m) =>
        MODIFIER_KINDS.flatMap((kind) =>
          m[kind].flatMap(expandPhrase).map((p) => ({ phrase: compilePhrase(p, MACROS[language], language), tag: { kind } as const })),
        ),
      ),
    ];
    ENTRIES.set(language, entries);
  }
  return entries;
}

/**
 * One index per language, so a text is read once for crisis phrases and modifiers alike, and only
 * against its own language's lists; a text whose language is unclear is read against all of them.
 * Built on first use (a process that screens only English never compiles the others).
 */
const INDEXES = new Map<ScreenLanguage | 'all', PhraseIndex<IndexTag>>();
function indexFor(language: ScreenLanguage | 'all'): PhraseIndex<IndexTag> {
  let index = INDEXES.get(language);
  if (!index) {
    index = indexPhrases(language === 'all' ? (['en', 'es', 'de'] as const).flatMap(entriesOf) : entriesOf(language));
    INDEXES.set(language, index);
  }
  return index;
}

/** Words before a phrase searched for a negation. */
const NEGATION_WINDOW = 5;
/** Words between a resolved-past marker and a later phrase of the same clause for it still to apply. */
const PAST_REACH = 12;
/** Words searched backwards for the subject of a phrase without "I/me/my". */
const SUBJECT_WINDOW = 8;

export const RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, urgent: 2 };
const LOWER: Record<CrisisLevel, CrisisLevel> = { urgent: 'concern', concern: 'none', none: 'none' };

/** The sign a group or composite gives by default when it names none. */
export function defaultSign(category: CrisisCategory, level: CrisisLevel): CrisisSign {
  switch (category) {
    case 'suicide':
      return level === 'urgent' ? 'intent' : 'wish-dead';
    case 'self-harm':
      return level === 'urgent' ? 'self-harm-escalation' : 'self-harm';
    case 'harm-to-others':
      return 'harm-to-others';
    case 'abuse-danger':
      return 'abuse';
    case 'someone-else-at-risk':
      return 'someone-else';
  }
}

/**
 * The first-round urgent lists mix intent, plan, means, preparation and attempts under one reason;
 * the words of the phrase tell which sign it is, so the therapist reads "says they have the means"
 * rather than "intent, a plan, means or a time".
 */
const SIGN_WORDS: readonly (readonly [RegExp, CrisisSign, string])[] = [
  [/\b(took|swallow|overdos|sobredosis|uberdosis|tried|attempt|intente|versucht|genommen|tome)/, 'attempt', 'describes an overdose or attempt'],
  [
    /\b(pill|tablet|meds|rope|gun|blade|razor|noose|pastilla|cuerda|soga|tabletten|seil|strick|messer|waffe|bottle|sav|stockpil|hoard|collect|gesammelt)/,
    'means',
    'says they have the means at hand or are gathering them',
  ],
  [/\b(goodbye|letter|note|will|giving|giv|passwords|gone|despedida|carta|abschied|brief)/, 'preparation', 'describes preparations or a goodbye'],
  [/\b(plan|how|googl|search|look|lethal|know|weiss|se como)/, 'plan', 'describes a plan or how they would do it'],
  [/\b(tonight|today|now|tomorrow|noche|hoy|heute|nacht|morgen)/, 'intent', 'names when: it may be imminent'],
];

function refineSign(category: CrisisCategory, level: CrisisLevel, phrase: string): { sign: CrisisSign; reason: string } | null {
  if (category !== 'suicide' || level !== 'urgent') return null;
  for (const [re, sign, reason] of SIGN_WORDS) if (re.test(phrase)) return { sign, reason };
  return null;
}

interface Candidate {
  category: CrisisCategory;
  sign: CrisisSign;
  level: Exclude<CrisisLevel, 'none'>;
  phrase: string;
  reason: string;
  language: ScreenLanguage;
  start: number;
  end: number;
  gaps: readonly number[];
  namesSelf: boolean;
}

/** Every rule-layer match in a text (counted or not), overlapping ones merged. */
export function ruleMatches(tokens: readonly Token[], ctx: SentenceContext, raw: string): RuleMatch[] {
  const L = LISTS_BY[ctx.language];
  const sq = tokens.map((t) => squeeze(t.text));
  const candidates: Candidate[] = [];
  const spansOf: Record<ModifierKind, [number, number][]> = { pseudoNegations: [], resolvedPast: [], figurative: [], recovered: [], distress: [] };
  for (const { tag, phrase, match: m } of findIndexed(indexFor(ctx.languageSure ? ctx.language : 'all'), tokens, sq)) {
    if (tag.kind !== 'group') {
      spansOf[tag.kind].push([m.start, m.end]);
      continue;
    }
    const { language, group } = tag;
    const refined = group.sign ? null : refineSign(group.category, group.level, phrase.source);
    candidates.push({
      category: group.category,
      sign: group.sign ?? refined?.sign ?? defaultSign(group.category, group.level),
      level: group.level,
      phrase: phrase.source,
      reason: refined?.reason ?? group.reason,
      language,
      start: m.start,
      end: m.end,
      gaps: m.gapTokens,
      namesSelf: refersToSelf(phrase, language),
    });
  }
  for (const c of [...compositeMatches(tokens, ctx), ...artMatches(tokens, ctx), ...preparationMatches(tokens, ctx)]) {
    candidates.push({ ...c, sign: c.sign ?? defaultSign(c.category, c.level), phrase: '(composed)' });
  }
  // Most texts have nothing to weigh.
  if (candidates.length === 0) return [];
  const clause = clauseIds(tokens);
  const { pseudoNegations: pseudo, resolvedPast: past, figurative } = spansOf;
  // "besser dran ohne mich" is the burden itself, not a recovery: a recovery word inside a match does not count.
  const recovered = spansOf.recovered.some(([a, b]) => !candidates.some((c) => c.start < b && a < c.end)) || recoveryStated(tokens, ctx, L);
  const distressed = spansOf.distress.length > 0;
  const quoted = quotedTokens(tokens);

  const found: RuleMatch[] = [];
  for (const c of candidates) {
    const modifiers: CrisisModifier[] = [];
    let category = c.category;
    if (figurative.some(([a, b]) => a < c.end && c.start < b) && !(c.category === 'abuse-danger' && threatNamed(tokens, ctx, c.start))) modifiers.push('figurative');
    else if (isHyperbole(tokens, ctx, raw, category, c.start, c.end)) modifiers.push('hyperbole');
    else if (jokingConditional(tokens, ctx, c.start)) modifiers.push('joking');
    else if (c.category === 'suicide' && everydayTask(tokens, ctx, c.start, c.end)) modifiers.push('figurative');
    if (isNegated(L, tokens, clause, pseudo, c.start, c.gaps, c.end)) modifiers.push('negated');
    if (isAskedQuestion(tokens, ctx, c.start)) modifiers.push('question');
    if (!modifiers.includes('negated') && deniedBelief(tokens, ctx, c.start)) modifiers.push('negated');
    const isPast = isResolvedPast(clause, past, c.start, c.end) && !(c.category === 'self-harm' && goingWithoutFood(tokens, past));
    // Giving things away or saying goodbye is told in the past tense because it is done: a recovery
    // word elsewhere ("ich brauch sie nicht mehr") does not make it a resolved past.
    const pastRecovered =
      !isPast &&
      c.sign !== 'preparation' &&
      c.sign !== 'farewell' &&
      recovered &&
      pastTense(tokens, clause, c.start, c.end) &&
      !recent(tokens, ctx, c.start) &&
      !relapse(tokens, spansOf.recovered, c.start, c.end);
    if (isPast || pastRecovered) modifiers.push('resolved-past');
    const aboutRisk = category === 'suicide' || category === 'self-harm';
    if (aboutRisk && !c.namesSelf && subjectIsOther(L, tokens, c.start)) {
      category = 'someone-else-at-risk';
      modifiers.push('someone-else');
    }
    // "my dad will hurt my little brother": someone else threatening harm is danger from others.
    let listed = c.level;
    if (category === 'harm-to-others' && subjectIsOther(L, tokens, c.start)) {
      category = 'abuse-danger';
      listed = 'concern';
    }
    // A prompt for a piece ("make a song that sounds like disappearing") is the writer's own art,
    // not a work they report (round 7): an art sign is discounted as reported only inside quotes.
    const reportedArt = c.sign === 'art' && !quoted[c.start];
    if ((quoted[c.start] && quotesSomethingElse(L, tokens, ctx, c.start)) || (!reportedArt && isReported(L, tokens, ctx, c.start, c.namesSelf)))
      modifiers.push('reported');
    // Food and meals are what an eating-disorder phrase is about, not an accident ("skipped lunch to make up for the cake").
    if (category === 'self-harm' && c.sign !== 'eating-disorder' && sentenceHas(ctx, ctx.sentence[c.start]!, CLASS.Accidental) !== -1)
      modifiers.push('accidental');
    let level: CrisisLevel = listed;
    let sign = c.sign;
    let reason = category === 'abuse-danger' && c.category === 'harm-to-others' ? 'someone else threatens to hurt someone' : c.reason;
    const discounted: readonly CrisisModifier[] = ['figurative', 'hyperbole', 'negated', 'reported', 'accidental', 'question'];
    if (modifiers.some((x) => discounted.includes(x))) level = 'none';
    else if (category === 'someone-else-at-risk') {
      // Someone else's crisis counts for what it says about now and about the writer (discount.ts).
      level = someoneElseLevel(tokens, ctx, c.start, c.end, distressed);
      if (level === 'none') modifiers.push('described-with-care');
    }
    // A resolved past counts one level lower ("I used to cut myself" → none), and nothing when the
    // text says things are better now ("two years ago I tried, now I'm doing much better"); but a
    // past that is still going on ("years ago I wanted to die and I still think of it") stays concern.
    else if (pastRecovered) level = 'none';
    else if (isPast) level = recovered || laterPresent(tokens, ctx, c.start) ? 'none' : ongoing(tokens, ctx, c.start) ? 'concern' : LOWER[level];
    else {
      // A joke is still worth a look: a laughing "if … I will kill myself lol" stays a concern, never
      // nothing (a screen that misses a disguised statement costs more than one that asks); only a
      // time ("tonight") makes it urgent — a bridge in "I'll jump off a bridge haha" does not.
      const joking = modifiers.includes('joking');
      if (joking) level = 'concern';
      // Thoughts of a method are active ideation, not intent (C-SSRS): "I keep thinking about killing
      // myself", "he pensado en tirarme del balcón" are concern unless a time, means or plan follows.
      const thought = thinkingAbout(tokens, ctx, c.start) || THOUGHTS_AFTER.test(tokens[c.end]?.text ?? '');
      if (level === 'urgent' && category === 'suicide' && thought && pointInTime(tokens, ctx, ctx.sentence[c.start]!) === -1) {
        level = 'concern';
        sign = 'active-thoughts';
        reason = 'describes thoughts of ending their life';
      }
      // A time, means or preparation lifts a concern to urgent, and is named in the reason either way.
      const lift = imminence(tokens, ctx, category, c.start, c.end);
      if (lift && (!joking || lift.startsWith('mentions a time'))) {
        if (level === 'concern') modifiers.push('imminent');
        level = 'urgent';
        reason = `${reason}; ${lift}`;
      }
    }
    const excerpt = tokens
      .slice(c.start, c.end)
      .filter((t) => t.text !== '"')
      .map((t) => t.text)
      .join(' ');
    if (category === 'someone-else-at-risk') sign = 'someone-else';
    found.push({
      category,
      sign,
      layer: 'rules',
      level,
      listedLevel: c.level,
      phrase: c.phrase,
      reason,
      excerpt,
      language: c.language,
      modifiers,
      start: c.start,
      end: c.end,
    });
  }
  return dedupe(found);
}

/** Words for an act of dying (not a state like "not wake up"): with a time or means it is urgent. */
const ACT = anyOf(
  'die|dying|kill|killing|suicide|suicidal|unalive|sewerslide|end|ending|overdose|jump|hang|morir|morirme|matarme|' +
    'aventar|aventarme|tirar|tirarme|suicid\\w*|sterben|umbringen|umzubringen|toten|selbstmord\\w*',
);

/**
 * Why a counted concern is urgent: a wish to die beside a time ("tonight"), means ("pills") or
 * preparation ("bought", "wrote letters"), or danger from someone with a weapon or happening now.
 */
const DURATION = /^(all|whole|every|each|toda|todo|todos|todas|cada|ganze|ganzen|jeden|jede|jedes)$/;

/**
 * A time word in the sentence that names a point ("tonight", "on Saturday"), not how long something
 * lasted ("all weekend", "toda la semana", "die ganze Woche" — the length of a thought, not a plan).
 */
function pointInTime(tokens: readonly Token[], ctx: SentenceContext, sentence: number): number {
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] !== sentence || !(ctx.classes[j]! & CLASS.Time)) continue;
    if (!tokens.slice(Math.max(0, j - 3), j).some((t) => DURATION.test(t.text))) return j;
  }
  return -1;
}

function imminence(tokens: readonly Token[], ctx: SentenceContext, category: CrisisCategory, start: number, end: number): string | null {
  const sentence = ctx.sentence[start]!;
  const word = (j: number): string => `'${tokens[j]!.text}'`;
  if (category === 'suicide') {
    if (!tokens.slice(start, end).some((t) => ACT.test(t.text))) return null;
    const time = pointInTime(tokens, ctx, sentence);
    if (time !== -1 && !cueNegated(tokens, time)) return `mentions a time: ${word(time)}`;
    const means = sentenceHas(ctx, sentence, CLASS.Means, true);
    if (means !== -1 && !cueNegated(tokens, means)) return `mentions means: ${word(means)}`;
    const prep = sentenceHas(ctx, sentence, CLASS.Preparation, true);
    const done = prep !== -1 && /^(took|taken|last|gave|giving)$/.test(tokens[prep]!.text);
    if (prep !== -1 && !done && !cueNegated(tokens, prep)) return `mentions a plan or preparation: ${word(prep)}`;
    return null;
  }
  if (category === 'self-harm') {
    // "me voy a cortar esta noche", "ich werde mich heute nacht ritzen": intent and a time.
    const time = sentenceHas(ctx, sentence, CLASS.Time);
    const from = Math.max(0, start - 4);
    if (time !== -1 && tokens.slice(from, end).some((_, k) => (ctx.classes[from + k]! & CLASS.Intent) !== 0)) return `mentions a time: ${word(time)}`;
    if (!tokens.slice(start, end).some((t, k) => (ctx.classes[start + k]! & CLASS.Injure) !== 0 && !/^(razor|blade)/.test(t.text))) return null;
    const prep = sentenceHas(ctx, sentence, CLASS.Preparation);
    const means = sentenceHas(ctx, sentence, CLASS.Means);
    const gathered = prep !== -1 && means !== -1 && /^(bought|buy|saved|saving|collected|compre|gekauft)/.test(tokens[prep]!.text);
    if (gathered) return `mentions means gathered: ${word(prep)} ${word(means)}`;
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

/** "no plan", "not bought", "keinen Plan", "ningún plan": a cue word that is denied does not lift. */
function cueNegated(tokens: readonly Token[], j: number): boolean {
  return [1, 2].some((k) => /^(no|not|never|without|kein|keine|keinen|nie|ningun|ninguna|sin|nunca)$/.test(tokens[j - k]?.text ?? ''));
}

/**
 * Likely hyperbole: a condition and a laugh in the same sentence ("if my team loses again I will
 * jump off a bridge haha"). It caps the level at concern; a laugh alone changes nothing ("i wanna
 * die lol" counts in full).
 */
function jokingConditional(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  let laugh = false,
    cond = false;
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] !== ctx.sentence[start]) continue;
    const t = tokens[j]!.text;
    if (/^(ha(ha)+|lol|lmao|rofl|jk|xd|ja(ja)+|je(je)+)$/.test(t)) laugh = true;
    if (t === 'if' || t === 'si' || t === 'wenn' || t === 'falls') cond = true;
  }
  return laugh && cond;
}

const THINK = new RegExp(
  '^(thinking|think|thought|thoughts|thinks|fantasi\\w*|imagin\\w*|sometimes|often|pensado|pienso|pense|pensaba|piensa|pensando|' +
    'pensamientos|pensar|ideas|idea|ganas|veces|denke|denk|denken|dachte|gedacht|gedanken|gedanke|dran|daran|manchmal|oft)$',
);
/** "kms thoughts again", "suizidgedanken": a thought named right after the words. */
const THOUGHTS_AFTER = /^(thoughts|thought|pensamientos|ideas|gedanken)$/;

/** A thinking word just before a match ("thinking about", "pensado en", "Gedanken daran"). */
function thinkingAbout(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 6) && ctx.sentence[j] === ctx.sentence[start]; j--) {
    // "I keep thinking I will take them": an intent after the thought is an intent.
    if (ctx.classes[j]! & CLASS.Intent && !(tokens[j]!.text === 'about' && tokens[j + 1]?.text !== 'to')) return false;
    if (THINK.test(tokens[j]!.text)) return true;
  }
  return false;
}

const AGAIN = /^(again|wieder|nochmal|otra|nuevo)$/;
const ADVERSATIVE = /^(but|aber|pero|doch|trotzdem|sin)$/;

/**
 * "therapy helped, but at home I cut myself again": a recovery stated before a "but", or the harm
 * done "again", is a relapse, not a resolved past.
 */
function relapse(tokens: readonly Token[], recoveredSpans: readonly [number, number][], start: number, end: number): boolean {
  for (let j = Math.max(0, start - 3); j < Math.min(tokens.length, end + 3); j++) if (AGAIN.test(tokens[j]!.text)) return true;
  if (recoveredSpans.length === 0 || recoveredSpans.some(([a]) => a > start)) return false;
  const lastEnd = Math.max(...recoveredSpans.map(([, b]) => b));
  for (let j = lastEnd; j < start; j++) if (ADVERSATIVE.test(tokens[j]!.text)) return true;
  return false;
}

const ONGOING = /^(still|again|lately|recently|sometimes|relapse|relapsed|todavia|aun|sigo|otra|volvi|recai|recaida|immer|wieder|manchmal|ruckfall)$/;

/** "still", "again", "lately", a relapse ("volví a hacerlo", "Rückfall"): the past episode is not over. */
function ongoing(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] === ctx.sentence[start] && ONGOING.test(tokens[j]!.text)) return true;
  }
  return false;
}

/** "now I'm doing much better", "I'm in a good place now", "hoy estoy muy bien", "heute geht es mir gut". */
const NOW = /^(now|today|nowadays|hoy|ahora|actualmente|heute|jetzt|inzwischen|mittlerweile)$/;

/**
 * "Ten years ago I tried. Now I have two kids and a garden": after a resolved past, a later sentence
 * about the present (with no risk of its own, which would be read as its own match) closes it.
 */
function laterPresent(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  for (let j = start + 1; j < tokens.length; j++) {
    if (ctx.sentence[j]! <= ctx.sentence[start]! || !NOW.test(tokens[j]!.text)) continue;
    // "now I want to do it again", "heute denk ich wieder dran": the present is not closed.
    const open = tokens.some(
      (t, k) =>
        ctx.sentence[k] === ctx.sentence[j] &&
        ((ctx.classes[k]! & (CLASS.Desire | CLASS.Intent | CLASS.Death | CLASS.Injure | CLASS.Means)) !== 0 || AGAIN.test(t.text) || ONGOING.test(t.text)),
    );
    if (!open) return true;
  }
  return false;
}

function recoveryStated(tokens: readonly Token[], ctx: SentenceContext, L: Lists): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (!/^(now|today|nowadays|hoy|ahora|heute|jetzt|since|clean|proud)$/.test(tokens[j]!.text)) continue;
    for (let k = Math.max(0, j - 6); k <= j + 6 && k < tokens.length; k++) {
      if (ctx.sentence[k] === ctx.sentence[j] && ctx.classes[k]! & CLASS.Recovered && !L.negations.has(tokens[k - 1]?.text ?? '')) return true;
    }
  }
  return false;
}

const PAST_TENSE = anyOf(
  'was|were|had|used|tried|attempted|did|once|overdosed|wanted|thought|cut|self|harmed|purged|starved|' +
    'solia|era|estaba|tenia|intente|tuve|quise|hice|estuve|fue|war|hatte|habe|wollte|fruher|damals',
);

/** A past tense in the match's clause ("I was suicidal after my divorce", "had a lot of suicidal thoughts"). */
function pastTense(tokens: readonly Token[], clause: readonly number[], start: number, end: number): boolean {
  for (let j = Math.max(0, start - 6); j < end; j++) {
    if (clause[j] !== clause[start] && j < start) continue;
    if (PAST_TENSE.test(tokens[j]!.text)) return true;
  }
  return false;
}

/** A recent time ("yesterday", "last night", "on Sunday") near the match: a recent past is not resolved. */
function recent(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] !== ctx.sentence[start]) continue;
    const t = tokens[j]!.text;
    if (/^(yesterday|tonight|ayer|anoche|gestern)$/.test(t)) return true;
    if ((t === 'last' || t === 'this') && /^(night|week|weekend|month)$/.test(tokens[j + 1]?.text ?? '')) return true;
    if (/^(days?|hours?|weeks?)$/.test(t) && tokens[j + 1]?.text === 'ago') return true;
  }
  return false;
}

/** Tokens after the start of a match within which a word naming a story, song or lesson frames it. */
const REPORTED_REACH = 9;

const QUOTING = /^(say|says|said|go|goes|went|sing|sings|sang|reads|read|dice|dicen|sagt|sagen|singt)$/;

/** A sentence about a book, film, song, lesson, the news or an artwork, where the writer is not the subject. */
function isReported(L: Lists, tokens: readonly Token[], ctx: SentenceContext, start: number, namesSelf: boolean): boolean {
  // The book, film, lesson or news frames what is near it ("in the film he jumps", "the guy jumps off
  // a bridge in the movie"), not a clause far on ("… tried on the weekend, and at school nobody knows").
  const s = ctx.sentence[start]!;
  if (!ctx.classes.some((c, j) => (c & CLASS.Reported) !== 0 && ctx.sentence[j] === s && j < start + REPORTED_REACH && !selfPortrait(tokens, j))) return false;
  // "the lyrics say …", "the song goes …", "in the book she says …": what follows is quoted.
  for (let j = start - 1; j >= 1 && ctx.sentence[j] === ctx.sentence[start]; j--) {
    if (QUOTING.test(tokens[j]!.text) && [1, 2].some((k) => (ctx.classes[j - k] ?? 0) & CLASS.Reported)) return true;
  }
  if (namesSelf) return false;
  for (let j = start - 1; j >= 0 && ctx.sentence[j] === ctx.sentence[start]; j--) {
    // "my character bled out": the possessive belongs to the story, not to the writer.
    if (L.self.has(tokens[j]!.text) && (j === start - 1 || start - j <= 3) && !((ctx.classes[j + 1] ?? 0) & CLASS.Reported)) return false;
  }
  return true;
}

/** Words of the writer's own artwork ("gemalt", "dibujé", "painting"). */
const ART_WORD = /^(painting|drawing|picture|sculpture|drew|painted|pinte|dibuje|cuadro|gemalt|gezeichnet|bild)$/;

/**
 * "ich hab mich als Strichmännchen gemalt", "me dibujé desapareciendo", "I drew myself": the writer
 * depicts themselves. That is an art description (the writer's own words about themselves), not a
 * story, film or someone else's picture reported.
 */
function selfPortrait(tokens: readonly Token[], j: number): boolean {
  if (!ART_WORD.test(tokens[j]!.text)) return false;
  if (tokens[j - 1]?.text === 'me' && /^(pinte|dibuje)$/.test(tokens[j]!.text)) return true;
  if (/^(drew|painted)$/.test(tokens[j]!.text) && /^(myself|me)$/.test(tokens[j + 1]?.text ?? '')) return true;
  for (let k = j - 1; k >= Math.max(0, j - 6) && !tokens[k]!.sentenceEnd; k--) if (tokens[k]!.text === 'mich' || tokens[k]!.text === 'myself') return true;
  return false;
}

/** Quoted words from a song, book or film — not the writer's own title ("my painting is called "…""). */
function quotesSomethingElse(L: Lists, tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (ctx.sentence[j] === ctx.sentence[start] && ctx.classes[j]! & CLASS.Reported && !L.self.has(tokens[j - 1]?.text ?? '')) return true;
  }
  return false;
}

function clauseIds(tokens: readonly Token[]): number[] {
  let id = 0;
  return tokens.map((t) => (t.boundary ? ++id : id));
}

function isNegated(
  L: Lists,
  tokens: readonly Token[],
  clause: readonly number[],
  pseudo: readonly [number, number][],
  start: number,
  gapTokens: readonly number[],
  end = start,
): boolean {
  const inPseudo = (j: number): boolean => pseudo.some(([a, b]) => a <= j && j < b);
  for (const j of gapTokens) if (L.negations.has(tokens[j]!.text) && !inPseudo(j)) return true;
  // Negation after the words: "hurting myself is not something I would do", "no es algo que haría".
  const after = (k: number): string => tokens[end + k]?.text ?? '';
  if (/^(is|was|are)$/.test(after(0)) && /^(not|never)$/.test(after(1)) && /^(something|an|happening|going)$/.test(after(2))) return true;
  if (after(0) === 'no' && after(1) === 'es' && /^(algo|una)$/.test(after(2))) return true;
  if ((after(0) === 'kommt' && after(1) === 'nicht') || (after(0) === 'ist' && /^(keine|nichts|nicht)$/.test(after(1)))) return true;
  // German puts "nicht" after the verb and its object: "geritzt hab ich mich nicht", "ich bring mich
  // nicht um" — a negation in the words right after the match, in its clause ("nicht mehr" is no denial).
  for (let k = end; k < Math.min(tokens.length, end + 5) && !tokens[k]!.boundary; k++) {
    if (/^(nicht|nie|niemals|keinesfalls)$/.test(tokens[k]!.text) && tokens[k + 1]?.text !== 'mehr' && tokens[k - 1]?.text !== 'noch') return true;
  }
  if (formAnswerZero(tokens, end)) return true;
  // "not that I want to die, but …", "nicht dass ich mich umbringen will", "no es que me quiera matar":
  // the clause opens by denying itself.
  let cs = start;
  while (cs > 0 && clause[cs - 1] === clause[start]) cs--;
  const opener = [
    tokens[cs - 2]?.boundary === false ? '' : (tokens[cs - 1]?.text ?? ''),
    tokens[cs]?.text ?? '',
    tokens[cs + 1]?.text ?? '',
    tokens[cs + 2]?.text ?? '',
  ]
    .join(' ')
    .trim();
  if (/^(not that|nicht dass|no es que|no porque) /.test(opener + ' ')) return true;
  // German infinitive clauses carry the negation of the clause before the comma: "ich habe nie
  // versucht, mir das Leben zu nehmen", "keine Gedanken daran, mir weh zu tun".
  if (tokens.slice(start, end + 2).some((t) => t.text === 'zu') && tokens[start - 1]?.text === ',') {
    for (let j = start - 2; j >= Math.max(0, start - 6) && !tokens[j]!.sentenceEnd && !tokens[j]!.boundary; j--) {
      if (L.negations.has(tokens[j]!.text)) return true;
    }
  }
  for (let j = start - 1; j >= Math.max(0, start - NEGATION_WINDOW); j--) {
    if (clause[j] !== clause[start] || tokens[j]!.boundary) break;
    if (L.subjects.has(tokens[j]!.text)) break;
    if (L.negations.has(tokens[j]!.text) && !inPseudo(j)) return true;
  }
  return false;
}

/** Someone else's reading of the writer: "people think", "la gente piensa", "die Leute glauben", "my mum assumes". */
const BELIEF = /^(think|thinks|thought|assume|assumes|assumed|believe|believes|piensa|piensan|cree|creen|creyo|glaubt|glauben|denkt|denken|meint|meinen)$/;
const BELIEVER = /^(people|everyone|everybody|they|mum|mom|dad|teacher|gente|todos|todo|mama|papa|profe|leute|alle|man|mama|papa|lehrerin|lehrer)$/;
/** A bare denial that opens the next sentence: "I don't.", "no,", "nein,", "not true", "stimmt nicht", "para nada". */
const BARE_DENIAL = /^(i do not|i dont|no|nope|nein|not true|not at all|para nada|stimmt nicht|tut es nicht|no es asi|ist es nicht)\b/;

/**
 * "People think the black hole in my picture means I want to die. I don't": a reading someone else
 * gives the writer's words, denied in the very next sentence, is denied with its clause.
 */
function deniedBelief(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  const s = ctx.sentence[start]!;
  let believed = false;
  for (let j = 0; j < start; j++) {
    if (ctx.sentence[j] === s && BELIEF.test(tokens[j]!.text) && j > 0 && BELIEVER.test(tokens[j - 1]!.text)) believed = true;
  }
  if (!believed) return false;
  const next = tokens
    .filter((_, k) => ctx.sentence[k] === s + 1 && !tokens[k]!.boundary)
    .slice(0, 3)
    .map((t) => t.text)
    .join(' ');
  const first = tokens.findIndex((_, k) => ctx.sentence[k] === s + 1);
  const nextOpens = tokens.slice(first, first + 2).some((t) => t.text === ',');
  return BARE_DENIAL.test(next) && (next.startsWith('i do') || nextOpens || /^(not|para|stimmt|tut|ist|no es)/.test(next) || next.split(' ').length <= 2);
}

/** Zero answers on a form: "urge to self-harm this week: 0", "self-harm? A: none at all", "Suizidgedanken – keine". */
const ZERO = /^(none|no|nope|0|zero|never|not|nada|ninguna|ninguno|ningun|nunca|cero|keine|keiner|kein|nein|nie|null|nichts|nix)$/;

/** After a risk phrase (and at most four words such as "this week"), a colon, dash or question mark answered by zero. */
function formAnswerZero(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < tokens.length && k < end + 4 && !tokens[k]!.boundary) k++;
  const mark = tokens[k]?.text ?? '';
  if (!/^[:?=\-–—]$/.test(mark)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!.text;
    if (t === 'a' || t === 'r' || /^[:\-–—]$/.test(t)) continue;
    return ZERO.test(t);
  }
  return false;
}

/**
 * "llevo dos años sin cortarme" closes a past, but "llevo tres días sin comer" is the starving itself:
 * a past span that ends on "sin" before eating is no resolved past for an eating-disorder match.
 */
function goingWithoutFood(tokens: readonly Token[], past: readonly [number, number][]): boolean {
  return past.some(([, b]) => tokens[b - 1]?.text === 'sin' && /^(comer|cenar|desayunar|probar|comida)$/.test(tokens[b]?.text ?? ''));
}

function isResolvedPast(clause: readonly number[], past: readonly [number, number][], start: number, end: number): boolean {
  return past.some(([a, b]) => {
    // "5 years self harm free": a past marker that holds the words and goes on after them (round 7).
    if (a <= start && b > end) return true;
    // "… tuve ideas suicidas, hace 8 años": a marker right after the words, even past a comma.
    if (a >= end) return clause[a] === clause[end - 1] || a - end <= 3;
    return b <= start && start - b <= PAST_REACH && clause[b - 1] === clause[start];
  });
}

function refersToSelf(phrase: CompiledPhrase, language: ScreenLanguage): boolean {
  return phrase.words.some((w) => SELF_BY[language].has(w) || (language === 'es' && /(rme|me)$/.test(w)));
}

function subjectIsOther(L: Lists, tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - SUBJECT_WINDOW); j--) {
    const t = tokens[j]!;
    if (t.sentenceEnd) break;
    // "a colleague of mine", "un amigo mío": the possessive is not the subject.
    if (L.self.has(t.text) && !(t.text === 'mine' && tokens[j - 1]?.text === 'of')) return false;
    if (L.others.has(t.text)) return true;
  }
  return false;
}

/** Keeps one match per overlapping span and category: the highest level, then the longest. */
function dedupe(found: readonly RuleMatch[]): RuleMatch[] {
  const sorted = [...found].sort((a, b) => RANK[b.level] - RANK[a.level] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RuleMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.category === m.category && k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
