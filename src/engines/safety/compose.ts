import { withinOneEdit } from './matcher.ts';
import { textParts, tokensOf } from './normalize.ts';
import type { Token } from './normalize.ts';
import type { CrisisCategory, CrisisLevel, CrisisSign, ScreenLanguage } from './phrase-list.ts';
import { WORD_CLASSES } from './lexicon.ts';
import type { WordClasses } from './lexicon.ts';

/**
 * The compositional layer: reads risk from the parts of a sentence rather than from whole listed
 * phrases. Within one sentence it looks for a wish or intent ("want", "gonna", "voy a", "will")
 * followed closely by death or ending one's life ("die", "unalive", "not exist", "morirme",
 * "sterben"); an injury verb with a self-directed object ("cut my thighs", "me corté los brazos",
 * "mich geritzt"); an overdose taken; a threat to others; or a goodbye with finality. Its matches go
 * through the same negation, past, figurative and someone-else checks as listed phrases.
 */

/** Word classes a token can belong to (a bit set). */
export const CLASS = {
  Desire: 1,
  Intent: 2,
  Death: 4,
  Injure: 16,
  SelfObject: 32,
  Means: 64,
  Time: 128,
  Preparation: 256,
  Accidental: 512,
  Reported: 1024,
  Recovered: 2048,
} as const;
const C = CLASS;

const CLASS_KEYS: readonly [keyof WordClasses, number][] = [
  ['desire', C.Desire],
  ['intent', C.Intent],
  ['death', C.Death],
  ['injure', C.Injure],
  ['selfObject', C.SelfObject],
  ['means', C.Means],
  ['time', C.Time],
  ['preparation', C.Preparation],
  ['accidental', C.Accidental],
  ['reported', C.Reported],
  ['recovered', C.Recovered],
];

interface CompiledClasses {
  readonly language: ScreenLanguage;
  readonly stopwords: ReadonlySet<string>;
  readonly exact: ReadonlyMap<string, number>;
  readonly stems: readonly (readonly [string, number])[];
  /** Entries long enough for one-typo matching, by first letter. */
  readonly fuzzy: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  readonly memo: Map<string, number>;
}

/** Words of at least this length match a lexicon entry with one typo ("dissapear", "suicdie"). */
const FUZZY_MIN = 6;
/** Memo entries kept per language before the memo is cleared (bounds memory on long input). */
const MEMO_MAX = 20_000;

const COMPILED: readonly CompiledClasses[] = WORD_CLASSES.map((wc) => {
  const exact = new Map<string, number>();
  const stems: [string, number][] = [];
  const fuzzy = new Map<string, [string, number][]>();
  for (const [key, bit] of CLASS_KEYS) {
    for (const w of wc[key] as readonly string[]) {
      if (w.endsWith('*')) stems.push([w.slice(0, -1), bit]);
      else {
        exact.set(w, (exact.get(w) ?? 0) | bit);
        if (w.length >= FUZZY_MIN) {
          const list = fuzzy.get(w[0]!) ?? [];
          list.push([w, bit]);
          fuzzy.set(w[0]!, list);
        }
      }
    }
  }
  return { language: wc.language, stopwords: new Set(wc.stopwords), exact, stems, fuzzy, memo: new Map() };
});

function classesOf(lex: CompiledClasses, word: string): number {
  const known = lex.memo.get(word);
  if (known !== undefined) return known;
  let mask = lex.exact.get(word) ?? 0;
  for (const [stem, bit] of lex.stems) if (word.startsWith(stem)) mask |= bit;
  if (mask === 0 && word.length >= FUZZY_MIN) {
    // One typo, but not another inflection of the same word by its last letter ("cuenta" is not "cuento").
    for (const [w, bit] of lex.fuzzy.get(word[0]!) ?? []) {
      if (withinOneEdit(word, w) && !(w.length === word.length && w.slice(0, -1) === word.slice(0, -1))) mask |= bit;
    }
  }
  if (lex.memo.size >= MEMO_MAX) lex.memo.clear();
  lex.memo.set(word, mask);
  return mask;
}

/** The language whose function words are most frequent in the text (English on a tie). */
export function guessLanguage(tokens: readonly (Token | string)[]): ScreenLanguage {
  return languageOf(tokens).language;
}

/** Word endings typical of a language, which break ties between short texts ("he estado guardando pastillas"). */
const ENDINGS: Record<ScreenLanguage, RegExp> = {
  en: /(ing|ed|ly|ness)$/,
  es: /(ando|iendo|cion|arme|erme|irme|aba|abas|ado|ada|idos|idas|mente)$/,
  de: /(ung|lich|keit|heit|sch|chen|ten|st)$/,
};

/**
 * Round 10: regional German function words that are words of no other language here; they count
 * double, as a dialect text also carries "i", "mi" and "will", which are English and Spanish too
 * ("i will nimmer leben, i bring mi um").
 */
const DE_DIALECT_MARKERS = new Set(['nimma', 'nimmer', 'nimme', 'isch', 'ned', 'nod', 'nit', 'hob', 'koa', 'nich', 'nix', 'scho', 'oida', 'ois', 'mog', 'dahoam', 'hoam']);

/**
 * The likeliest language, and whether it is clear: at least two function words, two more than any
 * other language's. Function words count two, typical word endings one.
 */
function languageOf(tokens: readonly (Token | string)[]): { language: ScreenLanguage; sure: boolean } {
  let best = COMPILED[0]!;
  let bestCount = 0,
    second = 0;
  for (const lex of COMPILED) {
    let n = 0;
    for (const t of tokens) {
      const w = typeof t === 'string' ? t : t.text;
      if (lex.stopwords.has(w)) n += lex.language === 'de' && DE_DIALECT_MARKERS.has(w) ? 4 : 2;
      else if (w.length > 4 && ENDINGS[lex.language].test(w)) n += 1;
    }
    if (n > bestCount) {
      second = bestCount;
      best = lex;
      bestCount = n;
    } else if (n > second) second = n;
  }
  return { language: best.language, sure: bestCount >= 4 && bestCount - second >= 4 };
}

/** One compositional finding, in token positions [start, end). */
export interface CompositeMatch {
  readonly category: CrisisCategory;
  /** The clinical sign, when it differs from the category's default. */
  readonly sign?: CrisisSign;
  readonly level: Exclude<CrisisLevel, 'none'>;
  readonly start: number;
  readonly end: number;
  readonly language: ScreenLanguage;
  /** Plain reason, e.g. "states an intent to die" (the screen adds the words matched). */
  readonly reason: string;
  /** Whether the match itself names the writer ("myself", "me corté"). */
  readonly namesSelf: boolean;
  /** Tokens inside the match searched for negation ("ich will nicht sterben"). */
  readonly gaps: readonly number[];
}

/** Context the screen needs beyond the matches. */
export interface SentenceContext {
  readonly language: ScreenLanguage;
  /** Whether the language was clear (its function words outnumber the others'); if not, every language's lists are read. */
  readonly languageSure: boolean;
  /** Sentence number of each token. */
  readonly sentence: readonly number[];
  readonly classes: readonly number[];
}

const SELF_EN = new Set(['i', 'me', 'my', 'myself', 'self']);
const NEG = new Set(['not', 'never', 'no', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'nunca', 'jamas']);
const OTHER_OBJECTS = new Set([
  'him',
  'her',
  'them',
  'you',
  'everyone',
  'everybody',
  'people',
  'someone',
  'somebody',
  'kids',
  'teacher',
  'boss',
  'dad',
  'mom',
  'mum',
  'brother',
  'sister',
  'baby',
  'classmates',
  'ihn',
  'dich',
  'euch',
  'alle',
]);
const DESIRE_WINDOW = 5;
/** Death words whose frame already contains its negation ("not exist", "no despertar"). */
const NEGATED_FRAME = /^(exist|existing|alive|wake|woke|woken|waking|existir|existiera|estuviera|vivir|despertar|leben|aufwachen|aufzuwachen)$/;
const SUBJECT_OTHER = new Set([
  'he',
  'she',
  'they',
  'dad',
  'mom',
  'mum',
  'father',
  'mother',
  'brother',
  'sister',
  'friend',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'partner',
  'stepdad',
  'uncle',
  'er',
  'sie',
  'el',
  'ella',
]);

/** "suicide", "suicidal", "sewerslide", or one of them with one typo ("sucidal"). */
function namesSuicide(word: string): boolean {
  return /^(suicid|sewerslide)/.test(word) || (word.length >= FUZZY_MIN && ['suicide', 'suicidal', 'suicidio', 'suizid'].some((x) => withinOneEdit(word, x)));
}
const SUBJECT_SKIP =
  /^(am|is|are|was|were|be|really|just|so|kinda|lowkey|honestly|literally|do|does|did|still|will|would|could|might|also|even|not|never|always|sometimes|actually|seriously|truly)$/;

/** Whether the nearest subject before a trigger is a thing ("the plants will die"), not a person. */
function thingSubject(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const t = tokens[k]!;
    if (t.boundary) return false;
    if (SUBJECT_SKIP.test(t.text)) continue;
    if (
      SELF_EN.has(t.text) ||
      SUBJECT_OTHER.has(t.text) ||
      /^(you|we|someone|somebody|everyone|nobody|part|people|friend|friends|parents|kids|guys|girls|boys|others|classmates|teachers|siblings)$/.test(t.text)
    )
      return false;
    return (
      /^(it|this|that|the|plants?|flowers?|trees?|fish|dog|cat|battery|phone|song|story|show|game|movie|film|year|day|term|class|semester|season|series)$/.test(
        t.text,
      ) ||
      (/(ies|[^s]s)$/.test(t.text) && t.text.length > 3)
    );
  }
  return false;
}

/** A conditional death ("if I were dead", "wenn ich tot wäre") with a comparative after it in the sentence. */
function conditionalComparative(tokens: readonly Token[], i: number): number {
  let cond = -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (/^(if|wenn|si|falls)$/.test(tokens[k]!.text)) cond = k;
  if (cond === -1) return -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    if (tokens[k]!.sentenceEnd) return -1;
    if (/^(better|easier|happier|lighter|mejor|besser|leichter|einfacher)$/.test(tokens[k]!.text)) return cond;
  }
  return -1;
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

/** Whether the nearest subject before `j` in its sentence is someone other than the writer. */
function otherSubject(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
    const t = tokens[k]!;
    if (t.sentenceEnd) return false;
    if (SELF_EN.has(t.text) || t.text === 'ich' || t.text === 'yo') return false;
    if (SUBJECT_OTHER.has(t.text)) return true;
  }
  return false;
}

/**
 * Reads a text once for every layer: its language (guessed from function words before any text
 * speak is expanded, so German "im" stays "im"), its tokens with that language's text speak, and
 * each token's word classes and sentence.
 */
export function readText(text: string): { tokens: Token[]; ctx: SentenceContext } {
  const parts = textParts(text);
  const { language, sure } = languageOf(parts);
  const tokens = tokensOf(parts, language);
  return { tokens, ctx: { ...sentenceContext(tokens, language), languageSure: sure } };
}

/** Word classes of every token and the sentence each belongs to. */
export function sentenceContext(tokens: readonly Token[], known?: ScreenLanguage): SentenceContext {
  const language = known ?? guessLanguage(tokens);
  const lex = COMPILED.find((l) => l.language === language)!;
  let s = 0;
  const sentence = tokens.map((t) => (t.sentenceEnd ? s++ : s));
  const classes = tokens.map((t) => (t.boundary && !/^[a-z]/.test(t.text) ? 0 : classesOf(lex, t.text)));
  return { language, languageSure: known !== undefined, sentence, classes };
}

/** Whether any token of the sentence (or the whole text, if `anySentence`) has class `bit`. */
export function sentenceHas(ctx: SentenceContext, sentence: number, bit: number, anySentence = false): number {
  for (let j = 0; j < ctx.classes.length; j++) if ((anySentence || ctx.sentence[j] === sentence) && ctx.classes[j]! & bit) return j;
  return -1;
}

/** Every compositional finding in the text. */
export function compositeMatches(tokens: readonly Token[], ctx: SentenceContext): CompositeMatch[] {
  const out: CompositeMatch[] = [];
  const w = (j: number): string => tokens[j]?.text ?? '';
  const is = (j: number, bit: number): boolean => j >= 0 && j < tokens.length && ((ctx.classes[j] ?? 0) & bit) !== 0;
  const same = (a: number, b: number): boolean => ctx.sentence[a] === ctx.sentence[b];
  const lang = ctx.language;
  const push = (
    category: CrisisCategory,
    level: Exclude<CrisisLevel, 'none'>,
    start: number,
    end: number,
    why: string,
    namesSelf: boolean,
    gaps: readonly number[] = [],
    sign?: CrisisSign,
  ): void => {
    out.push({ category, level, start, end, language: lang, reason: why, namesSelf, gaps, ...(sign ? { sign } : {}) });
  };
  const accidental = (j: number): boolean => sentenceHas(ctx, ctx.sentence[j]!, C.Accidental) !== -1;

  for (let i = 0; i < tokens.length; i++) {
    if (!is(i, C.Death)) continue;
    const d = w(i);
    // Words that only mean death in a frame: "not exist", "never wake", "not alive", "sleep forever", "end it", "gone".
    if (!deathInFrame(tokens, i, lang)) continue;
    let trigger = -1;
    for (let j = i - 1; j >= Math.max(0, i - DESIRE_WINDOW); j--) {
      if (!same(i, j) || tokens[j]!.sentenceEnd) break;
      if (is(j, C.Desire | C.Intent) && !(/^feel/.test(w(j)) && w(j + 1) !== 'like')) {
        // "talked about losing people to suicide": "about", "going", "plan" carry intent only as "about to", "going to".
        if (!is(j, C.Desire) && !intentFrame(tokens, j, lang)) continue;
        trigger = j;
        break;
      }
    }
    // Spanish clitics carry the person: "quitarse", "matarse" (-se) are someone else's or nobody's,
    // "quitarme", "matarme" (-me) the writer's; a "-se" infinitive with no "yo/me/mi" before it is
    // left to the someone-else lists.
    if (lang === 'es' && /(ar|er|ir)se$/.test(d) && !tokens.slice(Math.max(0, i - DESIRE_WINDOW), i).some((t) => /^(yo|me)$/.test(t.text))) continue;
    // "i hope something kills me": being killed counts only as a wish, never as an intent.
    if (trigger !== -1 && /^kill/.test(d) && w(i + 1) === 'me' && !is(trigger, C.Desire)) continue;
    // "the plants will die", "it will end": the wish or intent must be the writer's (or a person's).
    if (trigger !== -1 && lang === 'en' && thingSubject(tokens, trigger)) continue;
    const comparative = trigger === -1 ? comparativeBefore(tokens, i) : -1;
    if (trigger === -1 && comparative === -1) {
      // "wenn ich tot wäre, wäre alles leichter", "if i were dead everything would be easier".
      const cond = conditionalComparative(tokens, i);
      if (cond !== -1) push('suicide', 'concern', cond, i + 1, 'wishes to be dead or not to exist', true, [], 'burden');
      // "i am sucidal": the word itself, misspelt past the phrase lists.
      else if (namesSuicide(d)) push('suicide', 'concern', i, i + 1, 'mentions suicide', false, [], 'active-thoughts');
      continue;
    }
    const start = trigger === -1 ? comparative : trigger;
    const intent = trigger !== -1 && is(trigger, C.Intent) && !is(trigger, C.Desire) && isAct(d, lang) && intentFrame(tokens, trigger, lang);
    const namesSelf = tokens.slice(start, i + 2).some((t) => SELF_EN.has(t.text) || /rme$/.test(t.text) || t.text === 'mich' || t.text === 'mir');
    // Negation between the wish and the death word counts ("ich will nicht sterben"), unless the
    // death word is itself a negated frame ("wish I did not exist").
    const gaps = NEGATED_FRAME.test(d) ? [] : range(start + 1, i);
    const end = w(i + 1) === 'myself' ? i + 2 : i + 1;
    if (intent) push('suicide', 'urgent', start, end, 'states an intent to end their life', namesSelf, gaps);
    else push('suicide', 'concern', start, end, 'wishes to be dead or not to exist', namesSelf, gaps);
  }

  for (let i = 0; i < tokens.length; i++) {
    // Self-injury: an injury verb with a self-directed object.
    if (is(i, C.Injure) && !accidental(i)) {
      const self = selfInjury(tokens, i, lang, ctx.classes);
      if (self !== -1) {
        const a = Math.min(i, self),
          b = Math.max(i, self) + 1;
        const namesSelf = tokens.slice(Math.max(0, a - 1), b).some((t) => /^(my|myself|me|mich|mir)$/.test(t.text));
        // "ich habe mich nicht verletzt": a negation between the object and the verb counts.
        push('self-harm', 'concern', a, b, 'describes hurting themselves', namesSelf, range(a + 1, b - 1));
      }
    }
    // Harm to others: intent or wish, a harming verb, another person as object.
    if (lang === 'en' && /^(kill|stab|shoot|hurt|murder|beat|strangle|punch|attack)/.test(w(i))) {
      let trig = -1;
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (is(j, C.Intent | C.Desire)) trig = j;
      const obj = [1, 2, 3].map((k) => i + k).find((k) => OTHER_OBJECTS.has(w(k)) && same(i, k));
      if (trig !== -1 && obj !== undefined && !otherSubject(tokens, trig))
        push(
          'harm-to-others',
          is(trig, C.Intent) && !is(trig, C.Desire) ? 'urgent' : 'concern',
          trig,
          obj + 1,
          'states a wish or intent to hurt someone',
          false,
        );
    }
    // Someone threatening the writer: "he said he would kill me".
    if (
      lang === 'en' &&
      /^(kill|murder|stab|shoot|strangle)$/.test(w(i)) &&
      w(i + 1) === 'me' &&
      /^(would|will|going|gonna|to)$/.test(w(i - 1)) &&
      otherSubject(tokens, i)
    ) {
      push('abuse-danger', 'urgent', i - 1, i + 2, 'someone threatens to kill them', false);
    }
    // An overdose taken ("took|swallowed (like) 30|all|a whole box … pills") or about to be
    // ("will take all my tablets", "voy a tomarme todas las pastillas").
    const future = /^(take|taking|tomar|tomarme|nehmen)$/.test(w(i)) && [1, 2, 3, 4].some((k) => is(i - k, C.Intent) && same(i, i - k));
    if (future || /^(took|taken|swallow|swallowed|downed|trague|tome|tomado|geschluckt|genommen|nahm|schluckte)/.test(w(i))) {
      for (let k = i + 1; k <= i + 6 && k < tokens.length && same(i, k); k++) {
        if (!is(k, C.Means)) continue;
        const span = tokens.slice(i, k).map((t) => t.text);
        if (span.some((x) => /^(all|whole|box|bottle|bunch|handful|lots|entire|everything|every|todas|todos|caja|frasco|alle|ganze|packung|\d{2,})$/.test(x))) {
          push('suicide', 'urgent', i, k + 1, 'describes taking an overdose', false, [], future ? 'intent' : 'attempt');
        }
        break;
      }
    }
    // Verb-final (German, Spanish infinitive after): "alle tabletten nehmen|schlucken", "todas las pastillas tomar".
    if (is(i, C.Means) && /^(nehmen|schlucken|genommen|geschluckt|tomar|tomarme|tragar|take|swallow)$/.test(w(i + 1))) {
      const q = [1, 2, 3].map((k) => i - k).find((k) => k >= 0 && /^(alle|ganze|ganzen|packung|todas|todos|all|whole|\d{2,})$/.test(w(k)));
      if (q !== undefined && same(q, i)) push('suicide', 'urgent', q, i + 2, 'describes taking an overdose', false, [], 'attempt');
    }
    // All at once: "alle pillen auf einmal", "todas las pastillas de una vez", "all my pills at once".
    if (is(i, C.Means) && [1, 2, 3].some((k) => /^(alle|all|todas|todos)$/.test(w(i - k)) && same(i, i - k))) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 4) && same(i, k); k++) {
        if (
          (w(k) === 'einmal' && w(k - 1) === 'auf') ||
          (w(k) === 'once' && w(k - 1) === 'at') ||
          (w(k) === 'vez' && w(k - 1) === 'una') ||
          (w(k) === 'golpe' && w(k - 1) === 'de')
        ) {
          push('suicide', 'urgent', i, k + 1, 'describes taking an overdose', false, [], 'attempt');
          break;
        }
      }
    }
    // Means gathered: "saved|collected|bought … pills|rope|gun", "enough pills".
    if (is(i, C.Means) && /^(pills?|tablets?|meds|medication|rope|noose|gun|pastillas|cuerda|soga|pistola|tabletten|pillen|seil|strick|pistole)$/.test(w(i))) {
      for (let j = i - 1; j >= Math.max(0, i - 4) && same(i, j); j--) {
        if (
          /^(saved|saving|collected|collecting|stockpil|hoard|enough|guardadas|guardado|suficientes|junte|gesammelt|gehortet|genug|gekauft|bought)/.test(
            w(j),
          ) ||
          (/^(got|found|tengo|escondida|habe|hab)$/.test(w(j)) && /^(rope|noose|gun|cuerda|soga|pistola|seil|strick|pistole)$/.test(w(i)))
        ) {
          push('suicide', 'urgent', j, i + 1, 'mentions means gathered', false, [], 'means');
          break;
        }
      }
    }
    // A goodbye with finality.
    if (
      /^(goodbye|farewell|goodbyes|letters|despido|despedida|despedirme|adios|carta|cartas|abschied|verabschiede|briefe)/.test(w(i)) ||
      (w(i) === 'last' && /^(entry|message|post|words|note|session)$/.test(w(i + 1)))
    ) {
      const fin = finality(tokens, lang);
      if (fin !== -1) push('suicide', 'urgent', Math.min(i, fin), Math.max(i, fin) + 1, 'says goodbye with finality', false, [], 'farewell');
    }
  }
  return out;
}

function deathInFrame(tokens: readonly Token[], i: number, lang: ScreenLanguage): boolean {
  const d = tokens[i]!.text;
  const prev = (k: number): string => tokens[i - k]?.text ?? '';
  const next = (k: number): string => tokens[i + k]?.text ?? '';
  const negBefore = [1, 2, 3, 4].some((k) => NEG.has(prev(k)) || /^(stop|stopped|cease|dejar|deje|aufhoren)$/.test(prev(k)));
  if (lang === 'en') {
    if (d === 'exist' || d === 'existing' || d === 'alive') return negBefore;
    if (/^(wake|woke|woken|waking)$/.test(d)) return negBefore;
    if (d === 'sleep') return /^(forever|and)$/.test(next(1));
    if (d === 'end' || d === 'ending')
      return next(1) === 'it' || (/^(my|his|her|their)$/.test(next(1)) && /^(life|suffering)/.test(next(2))) || /^(everything|things)$/.test(next(1));
    if (d === 'gone') return /^(was|were|am|be|is)$/.test(prev(1));
    if (d === 'kill' || d === 'kills') {
      return next(1) === '' || tokens[i + 1]!.boundary || /^(myself|me|right|tonight|today|tomorrow|soon|honestly|really|lol|now|no|already|so)$/.test(next(1));
    }
    if (d === 'dye') return !/^(my|it|the|her|his|their|them|your)$/.test(next(1));
    if (d === 'disappear') return !/^(into|to|for|from|in|under|behind|beneath|inside|off)$/.test(next(1));
    // "jump in the pool" is a swim; "jump in front of" is not.
    if (d === 'jump' && next(1) === 'in') return next(2) === 'front';
    if (d === 'jump' || d === 'hang' || d === 'drown') return /^(myself|off|from|in)$/.test(next(1));
    return true;
  }
  if (lang === 'es') {
    if (NEGATED_FRAME.test(d)) return negBefore;
    if (/^(matar|acabar|terminar|quitarme|aventar|tirar)$/.test(d)) return /^(me|con|la)$/.test(next(1)) || prev(1) === 'me' || prev(2) === 'me';
    return true;
  }
  if (NEGATED_FRAME.test(d)) return negBefore;
  if (d === 'springen') return true;
  return true;
}

/** Words for an act (rather than a state) of dying, which intent makes urgent. */
function isAct(d: string, lang: ScreenLanguage): boolean {
  if (lang === 'en') return /^(die|kill|unalive|suicide|sewerslide|overdose|od|hang|jump|drown|end|ending)$/.test(d);
  if (lang === 'es') return /^(morir|morirme|matarme|suicid|quitarme|acabar|terminar|tirarme|ahorcarme|matar)/.test(d);
  return /^(sterben|umbringen|umzubringen|toten|springen|erhangen|aufhangen)$/.test(d);
}

/** "going" and "about" only carry intent as "going to" / "about to"; "plan" as "plan to". */
function intentFrame(tokens: readonly Token[], j: number, lang: ScreenLanguage): boolean {
  const t = tokens[j]!.text;
  const next = tokens[j + 1]?.text ?? '';
  if (lang !== 'en') return true;
  if (t === 'going' || t === 'about' || t === 'plan' || t === 'plans' || t === 'planning' || t === 'ready' || t === 'decided')
    return next === 'to' || next === 'on' || next === 'how';
  return true;
}

/** "better|easier|happier … if i was gone", "easier to not exist", "mejor si yo no existiera". */
function comparativeBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (tokens[j]!.sentenceEnd) return -1;
    if (/^(better|easier|happier|lighter|nicer|simpler|mejor|besser|leichter)$/.test(tokens[j]!.text)) return j;
  }
  return -1;
}

function selfInjury(tokens: readonly Token[], i: number, lang: ScreenLanguage, classes: readonly number[]): number {
  const t = (k: number): string => tokens[k]?.text ?? '';
  if (lang === 'en') {
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
      if (tokens[k]!.boundary) return -1;
      if (t(k) === 'myself' || t(k) === 'himself' || t(k) === 'herself' || t(k) === 'themselves') return k;
      // "cut my thighs", "cutting her arms" (someone else: moved by the screen's subject check).
      if (/^(my|his|her|their)$/.test(t(k)) && classes[k + 1]! & C.SelfObject && !/^(my|me|self)$/.test(t(k + 1))) return k + 1;
      // "smashed my fist into the wall on purpose": any body part when the sentence says it was deliberate.
      if (t(k) === 'my' && deliberate(tokens, i)) return k + 1;
    }
    return -1;
  }
  if (lang === 'es') {
    if (/rme$/.test(t(i)) && !/^(hacerme)$/.test(t(i))) return i;
    if (t(i - 1) === 'me' && /^(corte|corto|raje|rajo|raye|rayo|queme|quemo|lastime|lastimo|golpeo|hago|hice)$/.test(t(i))) {
      if ((t(i) === 'hago' || t(i) === 'hice') && t(i + 1) !== 'dano' && t(i + 1) !== 'cortes') return -1;
      return i - 1;
    }
    if (t(i) === 'hacerme' && t(i + 1) === 'dano') return i + 1;
    return -1;
  }
  for (let k = Math.max(0, i - 4); k <= i + 3 && k < tokens.length; k++) {
    if (k !== i && (t(k) === 'mich' || (t(k) === 'mir' && /^(weh|ritz|schneid|geschnitten|verletz|aufgeschnitten|aufgekratzt|kratz)/.test(t(i))))) return k;
  }
  return -1;
}

function deliberate(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 12); k < Math.min(tokens.length, i + 12); k++) {
    if (/^(purpose|deliberately|intentionally|proposito|absichtlich)$/.test(tokens[k]!.text)) return true;
  }
  return false;
}

/** Where the text signals finality near a goodbye ("not coming back", "last entry", "after tonight"). */
function finality(tokens: readonly Token[], lang: ScreenLanguage): number {
  for (let k = 0; k < tokens.length; k++) {
    const x = tokens[k]!.text;
    const n1 = tokens[k + 1]?.text ?? '';
    if (lang === 'en') {
      if (NEG.has(x) && [1, 2, 3, 4].some((o) => /^(back|here|need|around|tomorrow|again|coming)$/.test(tokens[k + o]?.text ?? ''))) return k;
      if (x === 'last' && /^(entry|message|post|words|note|time|day|night)$/.test(n1)) return k;
      if (x === 'thank' && tokens[k + 2]?.text === 'for' && /^(everything|all)$/.test(tokens[k + 3]?.text ?? '')) return k;
      if (x === 'forever') return k;
    } else if (lang === 'es') {
      if (x === 'no' && /^(voy|estare|volvere|vuelvo)$/.test(n1)) return k;
      if (x === 'para' && n1 === 'siempre') return k;
    } else if (/^(nie|nicht)$/.test(x) && /^(mehr|wieder|zuruck)$/.test(n1)) return k;
    else if (x === 'fur' && n1 === 'immer') return k;
  }
  return -1;
}
