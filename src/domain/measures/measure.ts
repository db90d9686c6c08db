/** Shared shape of a standardised self-report measure (PHQ-9, GAD-7). */

export type MeasureId = 'phq9' | 'gad7';

/** One answer option with its score and LOINC answer code. */
export interface ResponseOption {
  readonly value: number;
  readonly label: string;
  /** LOINC answer code (LA…). */
  readonly loinc: string;
}

/** One scored item. */
export interface MeasureItem {
  /** 1-based position on the form. */
  readonly number: number;
  /** Exact wording of the published form. */
  readonly text: string;
  /** LOINC question code, also used as the FHIR linkId. */
  readonly loinc: string;
}

/** A score band: totals in [min, max] (inclusive) fall in it. */
export interface ScoreBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** Everything needed to show, score and export a measure. */
export interface MeasureDefinition {
  readonly id: MeasureId;
  /** Display name, e.g. "PHQ-9". */
  readonly name: string;
  readonly title: string;
  /** LOINC panel code (PHQ-9 44249-1, GAD-7 69737-5). */
  readonly loinc: string;
  /** LOINC code of the total score item. */
  readonly totalLoinc: string;
  /** Question stem shown above the items. */
  readonly stem: string;
  readonly items: readonly MeasureItem[];
  readonly options: readonly ResponseOption[];
  /** Unscored final question about functional difficulty. */
  readonly difficulty: { readonly text: string; readonly loinc: string; readonly options: readonly ResponseOption[] };
  readonly bands: readonly ScoreBand[];
  /** Copyright line of the published form (reproduction is permitted without charge). */
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
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
