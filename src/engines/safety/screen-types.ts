import type { CrisisCategory, CrisisLevel, CrisisSign, ScreenLanguage } from './phrase-list.ts';

/** Why a match counted less (or more) than its listed level. */
export type CrisisModifier =
  | 'negated' | 'resolved-past' | 'figurative' | 'joking' | 'someone-else' | 'reported' | 'accidental' | 'imminent'
  | 'hyperbole' | 'question' | 'described-with-care';

/** Which layer of the screen found a match. */
export type CrisisLayer = 'rules' | 'statistical' | 'context' | 'model';

/** One finding in the text. */
export interface CrisisMatch {
  readonly category: CrisisCategory;
  /** The clinical sign (C-SSRS category or the like) in plain terms, e.g. `plan`, `burden`. */
  readonly sign: CrisisSign;
  readonly layer: CrisisLayer;
  /** What this match contributes after negation, past and figurative speech are considered. */
  readonly level: CrisisLevel;
  /** The level its list gives it. */
  readonly listedLevel: Exclude<CrisisLevel, 'none'>;
  /** The list entry that matched, as written, `(composed)` for the compositional layer, `(statistical)` or `(context)`. */
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

/**
 * Round 11: where the text was written. Known at screen time (the write that stores it says which
 * field it is); the statistical layer reads it beside the words ("tonight" in a studio prompt is a
 * scene, in a message a time), and the short-text threshold is one per kind of short text.
 */
export const TEXT_FORMS = ['checkin', 'message', 'homework', 'reflection', 'title', 'studio_prompt', 'music_prompt'] as const;
export type TextForm = (typeof TEXT_FORMS)[number];

/**
 * What the screen knows about the client beyond this text. The same words mean more after a
 * recent alert or a positive PHQ-9 item 9 ("thoughts that you would be better off dead").
 */
export interface ScreenContext {
  /** The client's latest PHQ-9 item 9 answer, 0–3 (0 not at all … 3 nearly every day). */
  readonly phq9Item9?: number;
  /** Days since the client's most recent crisis alert (0 = today). */
  readonly recentAlertDays?: number;
  /** Level of that alert. */
  readonly recentLevel?: CrisisLevel;
  /** Which kind of text this is (round 11); unknown when absent. */
  readonly form?: TextForm;
}
