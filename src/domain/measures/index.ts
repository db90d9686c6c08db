/**
 * Standardised measures: PHQ-9 and GAD-7 with their exact wording, standard scoring and bands,
 * the PHQ-9 item 9 safety flag, reliable change, and FHIR R4 export.
 */
export { PHQ9, PHQ9_SAFETY_ITEM_INDEX } from './phq9.ts';
export { GAD7 } from './gad7.ts';
export { FREQUENCY_OPTIONS, DIFFICULTY_OPTIONS } from './measure.ts';
export type { MeasureId, MeasureDefinition, MeasureItem, ResponseOption, ScoreBand } from './measure.ts';
export { measureDefinition, validateMeasureAnswers, scoreMeasure, bandForTotal, MeasureAnswerError } from './scoring.ts';
export type { MeasureScore } from './scoring.ts';
export { reliableChange, jacobsonTruaxIndex, RELIABLE_CHANGE_THRESHOLD, CASENESS_THRESHOLD } from './reliable-change.ts';
export type { ReliableChange, ReliableChangeOutcome } from './reliable-change.ts';
export { questionnaireResponseFromScore } from './fhir.ts';
export type { FhirQuestionnaireResponse, FhirCoding, QuestionnaireResponseOptions } from './fhir.ts';
export { MEASURE_FREQUENCIES, MEASURE_FREQUENCY_LABEL, measureDue, SESSION_WINDOW_MS, OVERDUE_AFTER_MS } from './schedule.ts';
export type { MeasureFrequency, ScheduleInput, DueStatus } from './schedule.ts';
