/**
 * The shape every standardised self-report measure is defined in. One file per measure
 * (phq9.ts, gad7.ts, pcl5.ts, who5.ts) holds its published wording, answer scale, bands, scoring,
 * reliable-change parameters, safety item and FHIR coding; registry.ts lists them. Everything
 * else — the API's zod enums, the measure forms, charts, schedules, plan targets, note drafts,
 * the PDF summary and the FHIR export — reads the definition, never a measure's id.
 */

/** Languages a measure's wording can be shown in (only validated published translations count). */
export type MeasureLanguage = 'en' | 'es' | 'de';

/** One answer option with its score (and LOINC answer code where LOINC defines one). */
export interface ResponseOption {
  readonly value: number;
  readonly label: string;
  /** LOINC answer code (LA…), when the measure's LOINC form codes its answers. */
  readonly loinc?: string;
}

/** One scored item. */
export interface MeasureItem {
  /** 1-based position on the form. */
  readonly number: number;
  /** Exact wording of the published form. */
  readonly text: string;
  /** LOINC question code (then also the FHIR linkId); otherwise the linkId is the item number. */
  readonly loinc?: string;
}

/** A score band: totals in [min, max] (inclusive) fall in it. */
export interface ScoreBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** 0 = the band a clinician worries least about; higher = more concern (for shading charts). */
  readonly severity: number;
  /** A short form for the chart's margin (about 16 characters), when `label` is longer. */
  readonly chartLabel?: string;
}

/** How to judge change between two administrations (see reliable-change.ts). */
export interface ReliableChangeRule {
  /** Points of change (on the total) larger than the measure's error. */
  readonly threshold: number;
  /** Cut-off of the clinical range: at or above it on a symptom measure, at or below it on a wellbeing measure. */
  readonly caseness: number;
  /** Where the figures come from. */
  readonly source: string;
}

/** An item whose answer needs a clinician's attention now, whatever the total (PHQ-9 item 9). */
export interface SafetyItem {
  /** 0-based index of the item. */
  readonly index: number;
  /** Answers above this value raise the flag. */
  readonly above: number;
  /** What the item asks, for the alert: `<name> item <n> (<about>) answered "<label>"`. */
  readonly about: string;
}

/** Everything needed to show, score and export a measure. */
export interface MeasureDefinition {
  /** Stable id stored with every response (lower-case, no spaces), e.g. `phq9`. */
  readonly id: string;
  /** Display name, e.g. "PHQ-9". */
  readonly name: string;
  readonly title: string;
  /** Question stem shown above the items. */
  readonly stem: string;
  readonly items: readonly MeasureItem[];
  /** Answer options in the order the published form shows them. */
  readonly options: readonly ResponseOption[];
  /** Unscored final question about functional difficulty (PHQ-9, GAD-7). */
  readonly difficulty?: { readonly text: string; readonly loinc: string; readonly options: readonly ResponseOption[] };
  /** The total is the item sum times this (WHO-5: ×4 gives 0–100); 1 otherwise. */
  readonly multiplier: number;
  /** Which way is better: fewer symptoms (`lower`) or more wellbeing (`higher`). */
  readonly better: 'lower' | 'higher';
  /** Bands from the lowest total to the highest, covering every total without gaps. */
  readonly bands: readonly ScoreBand[];
  readonly reliableChange: ReliableChangeRule;
  readonly safetyItem?: SafetyItem;
  /** LOINC panel code, when LOINC defines the measure. */
  readonly loinc?: string;
  /** LOINC code of the total score. */
  readonly totalLoinc?: string;
  /** FHIR Questionnaire canonical URL a QuestionnaireResponse points at. */
  readonly questionnaire: string;
  /** Languages the items are available in (validated published wording only). */
  readonly languages: readonly MeasureLanguage[];
  /** The published source of the wording and scoring. */
  readonly source: string;
  /** Copyright or licence line of the published form. */
  readonly copyright: string;
}

/** The four frequency options shared by PHQ-9 and GAD-7, with their LOINC answer codes. */
export const FREQUENCY_OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 1, label: 'Several days', loinc: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loinc: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loinc: 'LA6571-9' },
];

/**
 * Difficulty options with the LOINC answer codes used in the LOINC PHQ-9 and GAD-7 forms. Note the LOINC
 * codes are not in display order: "Very difficult" is LA6575-0 and "Extremely difficult" LA6574-3.
 */
export const DIFFICULTY_OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: 'Not difficult at all', loinc: 'LA6572-7' },
  { value: 1, label: 'Somewhat difficult', loinc: 'LA6573-5' },
  { value: 2, label: 'Very difficult', loinc: 'LA6575-0' },
  { value: 3, label: 'Extremely difficult', loinc: 'LA6574-3' },
];

export const DIFFICULTY_TEXT =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

export const PFIZER_COPYRIGHT =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. ' +
  'No permission required to reproduce, translate, display or distribute.';

/** Canonical URL of a questionnaire Hearth defines itself (for measures LOINC does not code item by item). */
export const hearthQuestionnaire = (id: string): string => `urn:hearth:fhir:Questionnaire:${id}`;

/** Lowest and highest answer value. */
export const answerRange = (def: MeasureDefinition): { min: number; max: number } => {
  const values = def.options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
};

/** Highest possible total (item maximum × items × multiplier). */
export const maxTotalOf = (def: MeasureDefinition): number => answerRange(def).max * def.items.length * def.multiplier;
