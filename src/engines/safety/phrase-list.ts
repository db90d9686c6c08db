/**
 * Shared shape of the crisis phrase lists. The lists themselves (phrases-en.ts, phrases-es.ts,
 * phrases-de.ts, modifiers.ts) are plain data written for clinical review.
 *
 * Phrase syntax, kept deliberately small:
 * - Words are matched after normalisation (lower case, accents folded, contractions expanded:
 *   write "don't" or "do not", both work).
 * - `word*` matches any word starting with `word` ("kill*" → kill, kills, killed, killing).
 * - `a|b|c` matches any one of the alternatives at that position ("cut*|burn* myself").
 * - `...` allows up to three other words in between ("want ... to die" → "want so badly to die").
 * - Words of six letters or more also match one-letter typos ("myslef", "suicdie").
 * - `[a b|c d]` offers alternatives of several words ("took [too many|a handful of] pills").
 * - `{name}` stands for a reviewed word list of the language (macros.ts), e.g. `{means}` for
 *   "pills|tablets|rope|…"; it can be combined with other alternatives (`{time}|now`).
 */

/** What a phrase is about. */
export type CrisisCategory = 'suicide' | 'self-harm' | 'harm-to-others' | 'abuse-danger' | 'someone-else-at-risk';

/** Screen levels. `urgent`: current intent, plan, means or imminent action. `concern`: passive
 * ideation, self-harm, danger from or to others. */
export type CrisisLevel = 'none' | 'concern' | 'urgent';

/** Languages with phrase lists. */
export type ScreenLanguage = 'en' | 'es' | 'de';

/**
 * The clinical sign a match shows, anchored in the Columbia Suicide Severity Rating Scale (wish to
 * be dead, active thoughts, method, intent, plan, preparation, attempt) and the other categories
 * a clinic asked for. Reasons name it in plain words.
 */
export type CrisisSign =
  | 'wish-dead' | 'active-thoughts' | 'method' | 'means' | 'intent' | 'plan' | 'preparation' | 'farewell' | 'attempt'
  | 'hopelessness' | 'burden' | 'self-harm' | 'self-harm-escalation' | 'eating-disorder' | 'substance'
  | 'harm-to-others' | 'abuse' | 'art' | 'someone-else';

/** A reviewed group of phrases that share a category, a level and a reason. */
export interface PhraseGroup {
  readonly category: CrisisCategory;
  /** The clinical sign (defaults by category: suicide → wish-dead or intent by level, …). */
  readonly sign?: CrisisSign;
  readonly level: Exclude<CrisisLevel, 'none'>;
  /** Plain-language reason shown to the therapist, e.g. "states a plan or means". */
  readonly reason: string;
  readonly phrases: readonly string[];
}

/** A language's phrase lists. */
export interface LanguagePhrases {
  readonly language: ScreenLanguage;
  readonly groups: readonly PhraseGroup[];
}

/** Words and phrases that change how a match counts. */
export interface LanguageModifiers {
  readonly language: ScreenLanguage;
  /** Single words that negate what follows in the same clause ("not", "never", "nunca", "nie"). */
  readonly negations: readonly string[];
  /** Phrases that look like negation but are not ("not sure", "no longer want"): they cancel a
   * negation word they contain. */
  readonly pseudoNegations: readonly string[];
  /** Phrases that place an event in a resolved past ("used to", "years ago"): lower one level. */
  readonly resolvedPast: readonly string[];
  /** Figures of speech that contain crisis words ("died laughing", "this is killing me"): a match
   * inside one of these does not count. */
  readonly figurative: readonly string[];
  /** Phrases saying things are better now ("much better place", "behind me"): with a past tense, a match does not count. */
  readonly recovered: readonly string[];
  /** Phrases saying another person's crisis weighs on the writer ("I keep thinking about it", "I can't sleep"). */
  readonly distress: readonly string[];
  /** Words naming someone other than the writer, used to tell "he wants to die" from "I want to die". */
  readonly otherPeople: readonly string[];
  /** Words naming the writer. */
  readonly self: readonly string[];
  /** Subject pronouns: one standing between a negation and a phrase starts a new clause, so
   * "I'm not okay I want to die" is not read as negated. */
  readonly subjects: readonly string[];
}
