/**
 * Standardised measures: one definition per measure (PHQ-9, GAD-7, PCL-5, WHO-5) with its exact
 * wording, scoring and bands, listed in one registry; safety items, reliable change, schedules
 * and FHIR R4 export read the definitions.
 */
export { PHQ9 } from './phq9.ts';
export { GAD7 } from './gad7.ts';
export { PCL5 } from './pcl5.ts';
export { WHO5 } from './who5.ts';
export { MEASURES, MEASURE_IDS, isMeasureId, measureDefinition } from './registry.ts';
export type { MeasureId } from './registry.ts';
export { FREQUENCY_OPTIONS, DIFFICULTY_OPTIONS, answerRange, maxTotalOf } from './measure.ts';
export type { MeasureDefinition, MeasureItem, MeasureLanguage, ResponseOption, ScoreBand } from './measure.ts';
export { validateMeasureAnswers, scoreMeasure, bandForTotal, MeasureAnswerError } from './scoring.ts';
export type { MeasureScore } from './scoring.ts';
export { reliableChange, jacobsonTruaxIndex } from './reliable-change.ts';
export type { ReliableChange, ReliableChangeOutcome } from './reliable-change.ts';
export { questionnaireResponseFromScore } from './fhir.ts';
export type { FhirQuestionnaireResponse, FhirCoding, QuestionnaireResponseOptions } from './fhir.ts';
export { MEASURE_FREQUENCIES, measureDue, SESSION_WINDOW_MS, OVERDUE_AFTER_MS } from './schedule.ts';
export type { MeasureFrequency, ScheduleInput, DueStatus } from './schedule.ts';
