import type { MeasureDefinition, ResponseOption } from './measure.ts';
import { measureDefinition } from './registry.ts';
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
  /** Canonical of the form: the LOINC form (http://loinc.org/q/44249-1) or Hearth's own (urn:hearth:fhir:Questionnaire:who5). */
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

/** The coding of an answer: LOINC's answer code where the measure has one, else Hearth's code system for the measure's scale. */
function answerCoding(def: MeasureDefinition, opt: ResponseOption): FhirCoding {
  return opt.loinc
    ? { system: LOINC, code: opt.loinc, display: opt.label }
    : { system: `${def.questionnaire}:answers`, code: String(opt.value), display: opt.label };
}

/**
 * Builds a FHIR R4 QuestionnaireResponse for a scored measure: one item per question (linkId =
 * the LOINC question code where LOINC codes the item, else the item number; the answer coded
 * with the LOINC answer code or the measure's own scale), the optional difficulty item, the raw
 * sum when the measure multiplies it (WHO-5), and the total score as an integer item (linkId =
 * its LOINC code, else `total`). Pure: the caller supplies the time.
 */
export function questionnaireResponseFromScore(score: MeasureScore, options: QuestionnaireResponseOptions): FhirQuestionnaireResponse {
  const def = measureDefinition(score.measure);
  if (!DATE_TIME.test(options.authored)) throw new RangeError(`authored must be a FHIR dateTime with time zone, got "${options.authored}"`);
  if (!REFERENCE.test(options.subject)) throw new RangeError(`subject must be a reference like "Patient/123", got "${options.subject}"`);
  if (options.author !== undefined && !REFERENCE.test(options.author)) throw new RangeError(`author must be a reference, got "${options.author}"`);
  const items: FhirQuestionnaireResponse['item'][number][] = def.items.map((q, i) => {
    const opt = def.options.find((o) => o.value === score.answers[i])!;
    return { linkId: q.loinc ?? String(q.number), text: q.text, answer: [{ valueCoding: answerCoding(def, opt) }] };
  });
  if (options.difficulty !== undefined) {
    const opt = def.difficulty?.options[options.difficulty];
    if (!def.difficulty || !opt || !Number.isInteger(options.difficulty))
      throw new RangeError(`difficulty must be 0–3 on a measure that asks it, got ${options.difficulty}`);
    items.push({ linkId: def.difficulty.loinc, text: def.difficulty.text, answer: [{ valueCoding: answerCoding(def, opt) }] });
  }
  if (def.multiplier !== 1) items.push({ linkId: 'raw', text: `${def.name} raw score (sum of the items)`, answer: [{ valueInteger: score.raw }] });
  items.push({ linkId: def.totalLoinc ?? 'total', text: `${def.name} total score`, answer: [{ valueInteger: score.total }] });
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.id !== undefined ? { id: options.id } : {}),
    questionnaire: def.questionnaire,
    status: 'completed',
    subject: { reference: options.subject, ...(options.subjectDisplay !== undefined ? { display: options.subjectDisplay } : {}) },
    authored: options.authored,
    ...(options.author !== undefined ? { author: { reference: options.author } } : {}),
    item: items,
  };
}
