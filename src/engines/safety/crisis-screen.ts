import type { ClassProbabilities } from './classifier.ts';
import { CLASS, readText } from './compose.ts';
import { contextEffect, contextThresholds, LIFTED_BY_CONTEXT } from './context.ts';
import type { CrisisCategory, CrisisLevel, CrisisSign, ScreenLanguage } from './phrase-list.ts';
import { RANK, ruleMatches } from './rules.ts';
import type { RuleMatch } from './rules.ts';
import { namesTask } from './discount.ts';
import { clauseOf, clausePolarity, deniedActs, NOT_WAKING, POLARITY } from './polarity.ts';
import { textScope } from './scope.ts';
import type { ScopeReason, TextScope } from './scope.ts';
import type { CrisisMatch, CrisisModifier, CrisisScreen, ScreenContext, TextForm } from './screen-types.ts';
import { flags, statisticalCategory, statisticalVerdict, THRESHOLDS } from './statistical.ts';
import type { StatisticalThresholds, Stratum } from './statistical.ts';

export type { CrisisLayer, CrisisMatch, CrisisModifier, CrisisScreen, ScreenContext, TextForm } from './screen-types.ts';

/** How each layer read a text: what `hearth screen --explain` prints. */
export interface CrisisExplanation {
  readonly screen: CrisisScreen;
  /** The language the rule layer read the text in (by its function words). */
  readonly language: ScreenLanguage;
  readonly rules: {
    readonly level: CrisisLevel;
    readonly counted: number;
    readonly discounted: number;
    /**
     * Whether risk words were read and judged not to count (discounted, or negated where no list
     * names them): the statistical layer then needs more confidence.
     */
    readonly riskDiscounted: boolean;
  };
  readonly statistical: {
    readonly level: CrisisLevel;
    readonly probabilities: { readonly none: number; readonly concern: number; readonly urgent: number };
    readonly thresholds: StatisticalThresholds;
    readonly words: readonly string[];
    /** Whether the layer was not allowed to flag: a short title, or nothing of the writer's own left in scope. */
    readonly silenced: boolean;
    /** Which of its thresholds applied (statistical.ts `Stratum`). */
    readonly stratum: Stratum;
  };
  /** What the client's context changed, in plain words (empty when nothing). */
  readonly context: string;
}

/** P(urgent) the statistical layer needs to lift a concern the rules counted to urgent. */
const URGENT_OVER_RULES = 0.8;

/** Modifiers that mean the rule layer saw risk words and judged them not to count. */
const DISCOUNTS: readonly CrisisModifier[] = [
  'figurative',
  'hyperbole',
  'negated',
  'reported',
  'question',
  'resolved-past',
  'described-with-care',
  'accidental',
];

/**
 * Screens one free text (a reflection, prompt, title, homework answer or check-in note) for crisis
 * language in English, Spanish and German. Two layers feed one verdict, and the screen flags when
 * either is confident:
 * - rules: reviewed phrase lists by clinical sign (C-SSRS categories, hopelessness, burden,
 *   farewells, self-harm and eating-disorder self-harm, substances, danger to or from others, art
 *   descriptions) and a compositional layer that reads intent, death, means and time from their
 *   parts; negation, a resolved past, hyperbole, fiction/news/quotes, questions and someone else
 *   described with care lower a match; a time, means or preparation lift it;
 * - statistical: a character/word n-gram logistic regression trained on a reviewed corpus
 *   (classifier.ts), which catches wording the lists do not name; it needs more confidence where
 *   the rules saw risk words and discounted them.
 * `context` (the client's PHQ-9 item 9 and recent alerts) lowers the statistical threshold and
 * lifts a wish to die to urgent where clinically sensible (context.ts); the reasons say so.
 *
 * This is a screen, not an assessment: a positive result means "a person should look at this now",
 * a negative one only that nothing it knows was found. Figures on a held-out set it was never tuned
 * on are in docs/crisis-screen.md. Pure and deterministic; never throws on any string.
 */
export function screenText(text: string, context?: ScreenContext): CrisisScreen {
  return explainText(text, context).screen;
}

/** The screen with what each layer found (for `--explain` and the therapist's detail view). */
export function explainText(text: string, context?: ScreenContext): CrisisExplanation {
  const { tokens, ctx, ruled, scope, scopedRules } = readScoped(text, context?.form);
  const found: CrisisMatch[] = scopedRules.map(({ start: _s, end: _e, ...m }) => m);
  const rulesLevel = maxLevel(found);
  const discounted =
    found.some((m) => m.level === 'none' && m.modifiers.some((x) => DISCOUNTS.includes(x))) ||
    (rulesLevel === 'none' &&
      (negatedRiskWord(tokens, ctx) ||
        passingMood(tokens, ctx) ||
        everydayHanging(tokens, ctx) ||
        deniedActs(tokens, ctx.language).length > 0 ||
        everydayScene(tokens, ctx)));
  const effect = contextEffect(context);
  const thresholds = contextThresholds(THRESHOLDS, effect);
  const stratum = stratumOf(tokens, ctx, discounted, rulesLevel, context?.form);
  const judged = clauseVerdict(tokens, ctx, text, thresholds, stratum, scopedRules, scope);
  // Every risk word of the text is someone else's (told with care), a closed past or denied: the
  // statistical layer, which reads words and not scope, has nothing of the writer's own to read.
  // Round 11: nor when its only risk word is a hanging the rules read as a household one (pictures,
  // curtains, washing, and no rope, beam or neck in the sentence): retrained with crisis9, the layer
  // read "male mich, wie ich die vorhänge aufhänge" at 0.991, over even the discounted threshold.
  const silent =
    (judged.level !== 'none' && stratum !== 'title' && tooShortToJudge(tokens, ctx)) ||
    (scope.own.length === 0 && (scope.scopedAway > 0 || scope.writerSafe) && !scope.fearForSelf && rulesLevel === 'none') ||
    (rulesLevel === 'none' && everydayHanging(tokens, ctx));
  const raw = judged.level !== 'none' && silent ? { ...judged, level: 'none' as const, words: () => [] } : judged;
  // Over a counted concern the statistical layer lifts to urgent only when it is very sure.
  // A short text the rules found nothing in, with no word of death, harm, means, preparation,
  // intent or wish, needs the statistical layer's own threshold for it (stratum 'short', see `unanchored`).
  const stat = raw.level === 'urgent' && rulesLevel === 'concern' && raw.probabilities[2] < URGENT_OVER_RULES ? { ...raw, level: 'concern' as const } : raw;
  const matches = [...found];
  if (RANK[stat.level] > RANK[rulesLevel]) {
    const { category, sign } = statisticalCategory(ctx, stat.start, stat.end);
    const pct = Math.round((stat.probabilities[1] + stat.probabilities[2]) * 100);
    const top = stat.words();
    const words = top.length ? `; words like ${top.map((w) => `'${w}'`).join(', ')}` : '';
    matches.push({
      category,
      sign,
      layer: 'statistical',
      level: stat.level,
      listedLevel: stat.level === 'urgent' ? 'urgent' : 'concern',
      phrase: '(statistical)',
      reason: `statistical layer: reads as ${stat.level} (${pct}% likely a risk${words})`,
      excerpt: excerptOf(tokens, stat.start, stat.end),
      language: ctx.language,
      modifiers: [],
    });
  }
  if (maxLevel(matches) === 'none' && !everydayHanging(tokens, ctx) && !everydayScene(tokens, ctx)) {
    const floor = safetyFloor(tokens, ctx, ruled, scope, raw.probabilities);
    if (floor) matches.push(floor);
  }
  let contextWhy = '';
  if (effect.elevated) {
    const lifted = effect.high ? matches.filter((m) => m.level === 'concern' && m.category === 'suicide' && LIFTED_BY_CONTEXT.has(m.sign)) : [];
    for (const m of lifted) {
      const reason = `${m.reason}; counts as urgent given ${effect.why}`;
      matches[matches.indexOf(m)] = { ...m, level: 'urgent', reason, modifiers: [...m.modifiers, 'imminent'] };
    }
    const statFlagged = RANK[stat.level] > RANK[rulesLevel] && !flaggedWithout(stat.probabilities, stratum);
    if (lifted.length || statFlagged) contextWhy = `context: ${effect.why}${statFlagged ? '; the statistical layer flags at lower confidence' : ''}`;
  }
  const screen = assemble(matches, contextWhy);
  const p = stat.probabilities;
  return {
    screen,
    language: ctx.language,
    context: contextWhy,
    rules: {
      level: rulesLevel,
      counted: found.filter((m) => m.level !== 'none').length,
      discounted: found.filter((m) => m.level === 'none').length,
      riskDiscounted: discounted,
    },
    statistical: {
      level: stat.level,
      probabilities: { none: round3(p[0]), concern: round3(p[1]), urgent: round3(p[2]) },
      thresholds,
      silenced: silent,
      stratum,
      get words() {
        return stat.words();
      },
    },
  };
}

/**
 * A text as the rules read it: tokens, word classes and sentences, the rule matches with the scope
 * applied (whose, when, denied), and the clause polarity the statistical layer reads beside its
 * n-grams (polarity.ts). The training script reads the corpus through this too, so the model sees
 * the same features it is trained on.
 */
export function readScoped(text: string, form?: TextForm): {
  tokens: ReturnType<typeof readText>['tokens'];
  ctx: ScopedContext;
  ruled: RuleMatch[];
  scope: TextScope;
  scopedRules: RuleMatch[];
} {
  const { tokens, ctx } = readText(text);
  const ruled = ruleMatches(tokens, ctx, text);
  const scope = textScope(
    tokens,
    ctx,
    ruled.filter((m) => m.level !== 'none' && !SCOPE_FREE.has(m.category) && !WRITERS_OWN.has(m.sign)).map((m) => [m.start, m.end] as const),
    ruled.some((m) => m.category === 'someone-else-at-risk'),
  );
  const scopedRules = ruled.map((m) => scoped(m, scope));
  return { tokens, ctx: { ...ctx, polarity: clausePolarity(tokens, ctx, scopedRules, scope), form }, ruled, scope, scopedRules };
}
type ScopedContext = ReturnType<typeof readText>['ctx'] & { readonly polarity: readonly number[]; readonly form?: TextForm };

/**
 * A denial covers its own clause, not the text: "I'm not suicidal, but I've been looking up how
 * many pills…". The statistical layer reads the whole text at the higher threshold a rule discount
 * asks for; when that does not flag, it reads again only the clauses no discount, denial, closed
 * past or someone else's words touch, at the ordinary threshold. Deniable words ("not", "nada
 * grave") are gone from that reading, so what is left is what the writer did not take back.
 */
function clauseVerdict(
  tokens: ReturnType<typeof readText>['tokens'],
  ctx: ScopedContext,
  text: string,
  thresholds: StatisticalThresholds,
  stratum: Stratum,
  scopedMatches: readonly RuleMatch[],
  scope: TextScope,
): ReturnType<typeof statisticalVerdict> {
  const whole = statisticalVerdict(tokens, ctx, text, thresholds, stratum);
  if (stratum !== 'discounted' || whole.level !== 'none') return whole;
  const clause = clauseOf(tokens);
  const taken = new Set<number>();
  for (const m of scopedMatches) if (m.level === 'none' && m.modifiers.some((x) => DISCOUNTS.includes(x) || SCOPED.has(x))) taken.add(clause[m.start]!);
  for (let j = 0; j < tokens.length; j++) {
    if (scope.away[j] !== undefined || negatedAt(tokens, ctx, j) || ctx.polarity[j] === POLARITY.Denied) taken.add(clause[j]!);
  }
  if (taken.size === 0) return whole;
  // "I'm not giving my things away because I'm leaving": a denial covers the reason it gives.
  for (let j = 1; j < tokens.length; j++) {
    if (tokens[j]!.boundary && BECAUSE.test(tokens[j]!.text) && taken.has(clause[j - 1]!)) taken.add(clause[j]!);
  }
  const keep: number[] = [];
  for (let j = 0; j < tokens.length; j++) if (!taken.has(clause[j]!)) keep.push(j);
  const rest = keep.map((j) => tokens[j]!);
  const restCtx = {
    ...ctx,
    classes: keep.map((j) => ctx.classes[j]!),
    sentence: keep.map((j) => ctx.sentence[j]!),
    polarity: keep.map((j) => ctx.polarity[j]!),
  };
  // What is left must carry a risk word of its own (death or harm, or
  // means beside a wish, intent, preparation or the writer): a calm remainder is no disclosure.
  const own = keep.some((j, k) => {
    const c = ctx.classes[j]!;
    // "ich will leben", "quiero vivir": a word of living is no risk word of the writer's own.
    if (c & OWN_RISK) return !(c & CLASS.Injure && /^(burnt|burned|burn)$/.test(tokens[j]!.text) && tokens[j + 1]?.text === 'out') && !LIVING.test(tokens[j]!.text);
    if (!(c & CLASS.Means)) return false;
    const first = FIRST_PERSON[ctx.language];
    return keep.some((i, q) => Math.abs(q - k) <= 8 && (ctx.classes[i]! & (CLASS.Desire | CLASS.Intent | CLASS.Preparation) || first.test(tokens[i]!.text)));
  });
  if (!own || tooShortToJudge(rest, restCtx)) return whole;
  const part = statisticalVerdict(rest, restCtx, '', thresholds, 'anchored');
  if (part.level === 'none') return whole;
  return { ...part, start: keep[part.start] ?? 0, end: (keep[part.end - 1] ?? tokens.length - 1) + 1 };
}

const OWN_RISK = CLASS.Death | CLASS.Injure;
const LIVING = /^(live|living|alive|life|leben|lebe|lebendig|vivir|vivo|viva|vida)$/;
/** The writer as the subject of a clause (Spanish marks it on the verb: "he buscado", "tengo", "guardo"). */
const FIRST_PERSON: Record<ScreenLanguage, RegExp> = {
  en: /^(i|im|ive|myself)$/,
  es: /^(yo|he|tengo|guardo|compre|busque|llevo|voy)$/,
  de: /^(ich|hab|habe|mich|mir)$/,
};
const BECAUSE = /^(because|cause|cuz|porque|pq|weil|da)$/;

/** Modifiers by which the scope took a match's words away from the writer's present. */
const SCOPED: ReadonlySet<CrisisModifier> = new Set(['described-with-care', 'resolved-past', 'someone-else']);

/** A death or harm word with a negation a few words before it in its clause ("nada grave", "never hurt"). */
function negatedAt(tokens: readonly { text: string; boundary: boolean }[], ctx: ReturnType<typeof readText>['ctx'], i: number): boolean {
  if (!(ctx.classes[i]! & (CLASS.Death | CLASS.Injure)) || NOT_WAKING.test(tokens[i]!.text)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 5) && !tokens[j]!.boundary; j--) if (NEGATION.test(tokens[j]!.text)) return true;
  return false;
}

const SCOPE_MODIFIER: Record<ScopeReason, CrisisModifier> = { 'someone-else': 'described-with-care', 'resolved-past': 'resolved-past', denied: 'negated' };

/** A counted rule match whose words the text scopes away (someone else's with care, a closed past, denied) counts for nothing. */
/** Danger to or from others is read by its own rules, not by the writer's scope. */
const SCOPE_FREE: ReadonlySet<CrisisCategory> = new Set(['harm-to-others', 'abuse-danger']);

/** Signs whose words are the writer's own acts (giving away, arranging care, farewells): no risk word to give another owner. */
const WRITERS_OWN: ReadonlySet<CrisisSign> = new Set(['preparation', 'farewell']);

const SEARCHED = 'looks up how much of a means it would take';

function scoped(m: RuleMatch, scope: TextScope): RuleMatch {
  if (m.level === 'none' || SCOPE_FREE.has(m.category)) return m;
  let reason: ScopeReason | undefined;
  for (let j = m.start; j < m.end; j++) {
    if (scope.own.includes(j)) return m;
    // Looking up an amount is read only with the writer as the one searching (preparation.ts).
    if (scope.away[j] === 'someone-else' && m.reason === SEARCHED) continue;
    reason ??= scope.away[j];
  }
  if (!reason) return m;
  return { ...m, level: 'none', modifiers: [...new Set([...m.modifiers, SCOPE_MODIFIER[reason]])] };
}

/** "dead tired", "dead serious", "muerta de risa", "todmüde": a death word as an intensifier. */
const IDIOM_AFTER = /^(tired|serious|set|on|quiet|silent|cute|funny|easy|wrong|right|de|vor)$/;

/** "from scratch", "a killer deal", "de muerte": a risk word after these is a figure of speech. */
const IDIOM_BEFORE = /^(from|killer|de)$/;

const FREE = /^(free|\w+frei|frei|libre)$/;

/** P(concern) + P(urgent) at which the floor counts the writer's own unscoped risk words. */
const FLOOR_RISK = 0.5;

/**
 * The safety floor: nothing counted, yet the writer's own words of death, harm or means stand in
 * the present, undenied and not discounted by a rule (a figure of speech, a question, fiction), and
 * the statistical layer leans to risk — or the writer says someone else's crisis makes them fear for
 * themselves. That is at least a concern: a person should look.
 */
function safetyFloor(
  tokens: readonly { text: string }[],
  ctx: ReturnType<typeof readText>['ctx'],
  ruled: readonly RuleMatch[],
  scope: TextScope,
  p: ClassProbabilities,
): CrisisMatch | null {
  const excerpt = (j: number): string =>
    tokens
      .filter((_, k) => ctx.sentence[k] === ctx.sentence[j])
      .map((t) => t.text)
      .slice(0, 24)
      .join(' ');
  const base = {
    layer: 'rules' as const,
    level: 'concern' as const,
    listedLevel: 'concern' as const,
    phrase: '(floor)',
    language: ctx.language,
    modifiers: [],
  };
  if (scope.fearForSelf) {
    const j = scope.own[0] ?? tokens.findIndex((_, k) => ctx.classes[k]! & (CLASS.Death | CLASS.Injure | CLASS.Means));
    return {
      ...base,
      category: 'suicide',
      sign: 'active-thoughts',
      reason: "someone else's crisis, and they fear for their own safety",
      excerpt: j >= 0 ? excerpt(j) : '',
    };
  }
  if (p[1] + p[2] < FLOOR_RISK) return null;
  // Means alone ("a bridge", "a lighter") count only beside a wish, an intent or a preparation in their sentence.
  const meansWith = (j: number): boolean =>
    (ctx.classes[j]! & (CLASS.Death | CLASS.Injure)) !== 0 ||
    // "ich unten an den gleisen …, da wo ich morgen hingeh": the writer, means and a point in time.
    (tokens.some((t, k) => ctx.sentence[k] === ctx.sentence[j] && /^(i|me|myself|my|yo|me|mi|ich|mich|mir|mein|meinem|meinen|meiner)$/.test(t.text)) &&
      tokens.some(
        (t, k) =>
          ctx.sentence[k] === ctx.sentence[j] &&
          (ctx.classes[k]! & CLASS.Time) !== 0 &&
          !/^(every|each|all|jeden|cada|todas|todos)$/.test(tokens[k - 1]?.text ?? ''),
      )) ||
    tokens.some((_, k) => ctx.sentence[k] === ctx.sentence[j] && (ctx.classes[k]! & (CLASS.Desire | CLASS.Intent | CLASS.Preparation)) !== 0);
  const discountedSentences = new Set(ruled.filter((m) => m.level === 'none').map((m) => ctx.sentence[m.start]));
  // Not in a sentence about a song, book, film or the news, and not an idiom ("dead tired").
  const reported = new Set(
    tokens
      .map((_, k) => k)
      .filter((k) => ctx.classes[k]! & CLASS.Reported)
      .map((k) => ctx.sentence[k]),
  );
  const own = scope.own.filter(
    (j) =>
      !discountedSentences.has(ctx.sentence[j]) &&
      !reported.has(ctx.sentence[j]) &&
      !IDIOM_AFTER.test(tokens[j + 1]?.text ?? '') &&
      !IDIOM_BEFORE.test(tokens[j - 1]?.text ?? '') &&
      // "2 jahre ritzfrei", "self harm free": a "-free" word is the behaviour's absence (round 7).
      !FREE.test(tokens[j]!.text) &&
      !FREE.test(tokens[j + 1]?.text ?? '') &&
      meansWith(j),
  );
  if (!own.length) return null;
  const injure = own.some((j) => ctx.classes[j]! & CLASS.Injure);
  return {
    ...base,
    category: injure ? 'self-harm' : 'suicide',
    sign: injure ? 'self-harm' : 'wish-dead',
    reason: 'their own words about death, harm or means, not negated, past or about someone else (safety floor)',
    excerpt: excerpt(own[0]!),
  };
}

/** Word classes of the lists that carry risk (a wish, an intent, death, harm, means, oneself as object). */
const RISK_CLASSES = CLASS.Desire | CLASS.Intent | CLASS.Death | CLASS.Injure | CLASS.Means | CLASS.SelfObject;

/**
 * A title or note of three words or fewer with none of the lists' risk words ("Lake again", "Tuesday
 * bus") is too short for the statistical layer to judge: a single word it learned from risky
 * sentences ("again") would carry the whole text. The rules still read it.
 */
export function tooShortToJudge(tokens: readonly { text: string; boundary: boolean }[], ctx: ReturnType<typeof readText>['ctx']): boolean {
  return shortWithout(tokens, ctx, RISK_CLASSES, 3);
}

/** At most `maxWords` words, none of them in the `classes` word classes or an outlook word. */
function shortWithout(tokens: readonly { text: string }[], ctx: ReturnType<typeof readText>['ctx'], classes: number, maxWords: number): boolean {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.classes[i]! & classes || OUTLOOK.some((r) => r.test(tokens[i]!.text))) return false;
    if (/^[a-z0-9]/.test(tokens[i]!.text)) words++;
  }
  return words <= maxWords;
}

/**
 * Studio prompts, titles and short notes put the writer and a time together all the time ("paint me
 * on the beach tomorrow", "me and my dog at the park tonight", "how I see myself today"); the
 * statistical layer learned "me", "tonight" and "myself" from risky sentences and read such texts
 * as urgent. A text of at most eight words with none of the lexicon's death, harm, means,
 * preparation, intent or wish words is left to the rules (and the safety floor). Longer texts keep
 * the statistical layer: there it finds hopelessness and burden in words no list names.
 */
function unanchored(tokens: readonly { text: string }[], ctx: ReturnType<typeof readText>['ctx']): boolean {
  return shortWithout(tokens, ctx, ANCHORS, SHORT_TEXT_WORDS);
}
const ANCHORS = CLASS.Death | CLASS.Injure | CLASS.Means | CLASS.Preparation | CLASS.Intent | CLASS.Desire;
const SHORT_TEXT_WORDS = 8;
/**
 * Words of outlook, worth and weight that hopelessness and burden are written in without any death
 * word ("life has no point", "sin sentido", "alles sinnlos", "a burden"): they keep a short text
 * open to the statistical layer. They anchor only; on their own they count nothing. All three
 * languages are checked whatever the text was read as: a short text's language is a guess.
 */
const OUTLOOK: readonly RegExp[] = [
  /^(life|living|point|pointless|hopeless\w*|hope|worthless|useless|burden\w*|anymore|nothing|nobody|alone|empty|tired|gone|without|never|forever|escape|over|end\w*|goodbye|bye|last|final|breath\w*|hanging|hanged|rope|noose|starv\w*|eat|eating|food|weight|pills?)$/,
  /^(vida|vivir|sentido|esperanza\w*|inutil|carga|nadie|solo|sola|vacio|vacia|cansad[oa]|sin|nunca|siempre|mas|escapar|final|ultim[oa]|adios|despedida|respirar|comer|comida|peso|pastillas?)$/,
  /^(leben|sinn\w*|hoffnung\w*|wertlos|nutzlos|last|niemand|allein|leer|mude|ohne|nie|immer|mehr|weg|ende|letzte\w*|abschied|tschuss|atmen|essen|gewicht|tabletten?)$/,
];

/**
 * "paint me hanging the picture on the wall", "dibujame colgando la ropa", "wie ich das Bild an die
 * Wand hänge": a verb of hanging whose object in the sentence is an everyday thing (a picture,
 * washing, lights, curtains) and where no means (rope, noose, beam, tree, belt) is named. The rules
 * count nothing there, and the statistical layer, which learnt "me hanging" from art of the writer
 * hanged, needs the higher confidence it needs over any discount (round 6).
 */
function everydayHanging(tokens: readonly { text: string }[], ctx: ReturnType<typeof readText>['ctx']): boolean {
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!HANG.test(tokens[i]!.text)) continue;
    const s = ctx.sentence[i];
    const words = tokens.filter((_, j) => ctx.sentence[j] === s).map((t) => t.text);
    if (words.some((w) => HANGING_MEANS.test(w))) return false;
    if (words.some((w) => HUNG_THINGS.test(w))) found = true;
    else return false;
  }
  return found;
}
const HANG = /^(hang|hanging|hangs|hung|colgar|colgando|cuelgo|colgue|hange|hang|hangen|aufhangen|aufhange|aufhangt|aufgehangt)$/;
const HANGING_MEANS =
  /^(rope|noose|beam|tree|belt|cord|cable|neck|ceiling|fan|cuerda|soga|viga|arbol|cinturon|cuello|techo|ventilador|seil|strick|balken|baum|gurtel|hals|decke|schlinge)$/;
const HUNG_THINGS =
  /^(picture|pictures|painting|paintings|poster|posters|wall|walls|washing|laundry|clothes|lights|curtains|decorations|coat|frame|shelf|cuadro|cuadros|pared|ropa|cortinas|guirnaldas|luces|afiche|bild|bilder|wand|wasche|vorhang|vorhange|lichterkette|poster|jacke|regal|gemalde)$/;

/**
 * Round 7: "draw me in a bubble bath with a glass of red wine", "no terminé la tarea, la hago esta
 * noche": a bath with bubbles, wine or candles, or a task of homework, in a text with no word of
 * death, harm, means, wish or intent and no blood or blade. The rules count nothing there, and the
 * statistical layer, which learnt "me in a bath … red" and "tonight" from risky art and plans,
 * needs the confidence it needs over any discount (0.99).
 */
function everydayScene(tokens: readonly { text: string }[], ctx: ReturnType<typeof readText>['ctx']): boolean {
  // "terminé", "la hago", "finished": a word of ending or doing is the task's, not a death word.
  // "hanging out with friends": hanging followed by "out" is company, not a means.
  const hangOut = (k: number): boolean => /^(hang|hanging|hangs|hung)$/.test(tokens[k]!.text) && tokens[k + 1]?.text === 'out';
  const risky = (t: { text: string }, k: number): boolean =>
    (ctx.classes[k]! & (CLASS.Desire | CLASS.Intent | CLASS.Death | CLASS.Injure | CLASS.Means)) !== 0 && !ENDING.test(t.text) && !hangOut(k);
  if (tokens.some((t, k) => risky(t, k) || BLOOD.test(t.text))) return false;
  if (namesTask(tokens as Parameters<typeof namesTask>[0]) || tokens.some((_, k) => hangOut(k))) return true;
  return tokens.some((t) => BATH.test(t.text)) && tokens.some((t) => LEISURE.test(t.text));
}
const ENDING = /^(end|ended|ending|finish|finished|do|doing|termine|terminar|termino|terminado|acabe|acabar|hago|hacerla|hacerlo|fertig|beenden|beendet|mach|mache|machs)$/;
const BATH = /^(bath|bathtub|tub|jacuzzi|hot tub|banera|tina|badewanne|wanne|whirlpool)$/;
const LEISURE =
  /^(bubble|bubbles|foam|wine|candles|candle|prosecco|champagne|cava|bath bomb|espuma|vino|velas|sales|champan|schaum|wein|rotwein|weisswein|sekt|kerzen|badesalz|badebombe)$/;
const BLOOD = /^(blood|bleeding|razor|blade|blades|wrists|sangre|cuchilla|navaja|munecas|blut|klinge|rasierklinge|pulsadern)$/;

/** Negations, with the words that deny a harm ("nothing", "nada", "nichts"). */
const NEGATION = /^(not|no|never|nothing|zero|nada|nunca|jamas|ni|cero|nicht|nichts|nie|niemals|kein|keine|keinen|null|nix)$/;

/**
 * "es geht nicht ums Sterben", "no tiene nada que ver con morirse": a death or harm word the lists
 * do not name as a phrase, a few words after a negation in its sentence. The rules count nothing
 * there, and the statistical layer, which reads words rather than scope, needs more confidence.
 */
function negatedRiskWord(tokens: readonly { text: string }[], ctx: ReturnType<typeof readText>['ctx']): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!(ctx.classes[i]! & (CLASS.Death | CLASS.Injure)) || NOT_WAKING.test(tokens[i]!.text)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 5) && ctx.sentence[j] === ctx.sentence[i]; j--) if (NEGATION.test(tokens[j]!.text)) return true;
  }
  return false;
}

/**
 * "me sentí vacía después de la llamada, pero se me pasó por la noche", "heute alles grau und weit
 * weg … nur müde": a low mood with no word of death, harm, means, wish or intent, closed by the
 * writer in a later clause ("but it passed", "wieder besser", "nada más"). The statistical layer,
 * which reads mood words as risk, needs the confidence it needs over a rule's discount.
 */
function passingMood(tokens: readonly { text: string; boundary: boolean }[], ctx: ReturnType<typeof readText>['ctx']): boolean {
  if (tokens.some((_, k) => ctx.classes[k]! & (CLASS.Desire | CLASS.Intent | CLASS.Death | CLASS.Injure | CLASS.Means))) return false;
  const clause = clauseOf(tokens);
  const last = clause[tokens.length - 1] ?? 0;
  for (let j = 1; j < tokens.length; j++) {
    // "wieder besser", "better now", "ya bien", "it passed", "se me pasó", "vorbei": the writer closes the mood.
    const closes =
      PASSED.test(tokens[j]!.text) || (ctx.classes[j]! & CLASS.Recovered && (AGAIN_NOW.test(tokens[j - 1]!.text) || AGAIN_NOW.test(tokens[j + 1]?.text ?? '')));
    if (closes && clause[j]! > 0 && (clause[j] === last || tokens.slice(0, j).some((t) => t.boundary && CONTRAST.test(t.text)))) return true;
  }
  return false;
}
const PASSED = /^(passed|paso|vorbei|verflogen)$/;
const AGAIN_NOW = /^(again|now|wieder|jetzt|ya|ahora)$/;
const CONTRAST = /^(but|though|anyway|pero|aunque|igual|aber|trotzdem|doch)$/;

/** Whether the statistical layer would have flagged without the context's lower threshold. */
function flaggedWithout(p: ClassProbabilities, stratum: Stratum): boolean {
  return flags(THRESHOLDS, stratum, p);
}

/**
 * Round 9: which threshold the statistical layer needs. Out of fold, its false alarms on other
 * writers' texts came mostly from texts with no risk word at all ("a cheerful pasodoble for the
 * village fiesta tonight", "I can't on Friday, I'm taking my mother-in-law to the dentist"): it
 * learnt "tonight" and "Friday" from plans. Its finds there are hopelessness and burden, written
 * in words of outlook ("no point", "without me"). So texts the rules discounted, texts with risk
 * words of their own, texts with only words of outlook and texts with neither each get the
 * threshold the training script's out-of-fold search chose for them.
 */
function stratumOf(tokens: readonly { text: string }[], ctx: ReturnType<typeof readText>['ctx'], discounted: boolean, rulesLevel: CrisisLevel, form?: TextForm): Stratum {
  if (discounted) return 'discounted';
  // The word-class test first: most texts the layer reads have a risk word, and the outlook patterns cost more.
  for (let i = 0; i < tokens.length; i++) if (ctx.classes[i]! & ANCHORS) return 'anchored';
  for (const t of tokens) if (OUTLOOK.some((r) => r.test(t.text))) return 'outlook';
  // Round 10: a short bare text the rules found nothing in has its own, higher threshold (`riskShort`).
  // Round 11: a title (the caller says so) has its own (`riskTitle`).
  return rulesLevel === 'none' && unanchored(tokens, ctx) ? (form === 'title' ? 'title' : 'short') : 'bare';
}

/**
 * The reasons a therapist's alert should carry: only the matches that counted, each once, without
 * the level (the alert shows its level itself, so "urgent: urgent: suicide" cannot happen), and
 * what the client's context changed.
 */
export function alertReasons(screen: CrisisScreen): string[] {
  const counted = screen.matches.filter((m) => m.level !== 'none').map(reasonFor);
  return [...new Set([...counted, ...screen.reasons.filter((r) => r.startsWith('context: '))])];
}

function assemble(matches: readonly CrisisMatch[], contextWhy: string): CrisisScreen {
  const counted = matches.filter((m) => m.level !== 'none');
  const level = maxLevel(matches);
  const categories = [...new Set(counted.map((m) => m.category))];
  const reasons = [...counted, ...matches.filter((m) => m.level === 'none')].map(reasonFor);
  if (contextWhy && level !== 'none') reasons.splice(counted.length, 0, contextWhy);
  return { level, categories, matches, reasons: [...new Set(reasons)] };
}

function maxLevel(matches: readonly CrisisMatch[]): CrisisLevel {
  return matches.reduce<CrisisLevel>((best, m) => (RANK[m.level] > RANK[best] ? m.level : best), 'none');
}

function excerptOf(tokens: readonly { text: string; boundary: boolean }[], start: number, end: number): string {
  const words = tokens
    .slice(start, end)
    .filter((t) => t.text !== '"')
    .map((t) => t.text);
  return words.length > 24 ? `${words.slice(0, 24).join(' ')} …` : words.join(' ');
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

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
  hyperbole: 'hyperbole',
  joking: 'said as a joke',
  'someone-else': 'about someone else',
  'described-with-care': 'described with care, not about their own safety',
  reported: 'fiction, news, a quote, a lesson or an artwork',
  accidental: 'an accident',
  question: 'a question they were asked',
  imminent: 'imminent',
};

/** One plain sentence for a match: category, why, the words matched, and what discounted it. */
export function reasonFor(m: CrisisMatch): string {
  const how = m.modifiers.filter((x) => x !== 'imminent').map((x) => MODIFIER_WORDS[x]);
  const words = m.excerpt ? ` — "${m.excerpt}"` : '';
  if (m.level === 'none') return `not counted (${how.join(', ')}): ${CATEGORY_WORDS[m.category]}${words}`;
  return `${CATEGORY_WORDS[m.category]}: ${m.reason}${words}${how.length ? ` (${how.join(', ')})` : ''}`;
}
