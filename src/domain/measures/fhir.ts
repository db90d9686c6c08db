import { measureDefinition } from './scoring.ts';
import type { MeasureScore } from './scoring.ts';

const LOINC = 'http://loinc.org';

/** FHIR R4 Coding. */
export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** The subset of FHIR R4 QuestionnaireResponse this builder produces. */
export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly id?: string;
  /** Canonical of the LOINC form, e.g. http://loinc.org/q/44249-1. */
  readonly questionnaire: string;
  readonly status: 'completed';
  readonly subject: { readonly reference: string; readonly display?: string };
  readonly authored: string;
  readonly author?: { readonly reference: string };
  readonly item: readonly {
    readonly linkId: string;
    readonly text: string;
    readonly answer: readonly ({ readonly valueCoding: FhirCoding } | { readonly valueInteger: number })[];
  }[];
}

export interface QuestionnaireResponseOptions {
  /** e.g. "Patient/123". */
  subject: string;
  subjectDisplay?: string;
  /** When the client completed it: FHIR dateTime with time zone, e.g. 2026-03-01T10:15:00Z. */
  authored: string;
  /** e.g. "Patient/123" (self-report) or "Practitioner/7". */
  author?: string;
  id?: string;
  /** Answer to the unscored difficulty question, 0–3, if asked. */
  difficulty?: number;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;

/**
 * Builds a FHIR R4 QuestionnaireResponse for a scored PHQ-9 or GAD-7: one item per question
 * (linkId = LOINC question code, answer coded with the LOINC answer code), the optional
 * difficulty item, and the total score as an integer item under its LOINC code. Pure: the caller
 * supplies the time.
 */
export function questionnaireResponseFromScore(score: MeasureScore, options: QuestionnaireResponseOptions): FhirQuestionnaireResponse {
  const def = measureDefinition(score.measure);
  if (!DATE_TIME.test(options.authored)) throw new RangeError(`authored must be a FHIR dateTime with time zone, got "${options.authored}"`);
  if (!REFERENCE.test(options.subject)) throw new RangeError(`subject must be a reference like "Patient/123", got "${options.subject}"`);
  if (options.author !== undefined && !REFERENCE.test(options.author)) throw new RangeError(`author must be a reference, got "${options.author}"`);
  const items: FhirQuestionnaireResponse['item'][number][] = def.items.map((q, i) => {
    const opt = def.options[score.answers[i]!]!;
    return { linkId: q.loinc, text: q.text, answer: [{ valueCoding: { system: LOINC, code: opt.loinc, display: opt.label } }] };
  });
  if (options.difficulty !== undefined) {
    const opt = def.difficulty.options[options.difficulty];
    if (!opt || !Number.isInteger(options.difficulty)) throw new RangeError(`difficulty must be 0–3, got ${options.difficulty}`);
    items.push({ linkId: def.difficulty.loinc, text: def.difficulty.text, answer: [{ valueCoding: { system: LOINC, code: opt.loinc, display: opt.label } }] });
  }
  items.push({ linkId: def.totalLoinc, text: `${def.name} total score`, answer: [{ valueInteger: score.total }] });
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.id !== undefined ? { id: options.id } : {}),
    questionnaire: `${LOINC}/q/${def.loinc}`,
    status: 'completed',
    subject: { reference: options.subject, ...(options.subjectDisplay !== undefined ? { display: options.subjectDisplay } : {}) },
    authored: options.authored,
    ...(options.author !== undefined ? { author: { reference: options.author } } : {}),
    item: items,
  };
}
