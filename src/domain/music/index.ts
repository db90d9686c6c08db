/**
 * What helps this client: listening outcomes (mood before/after) → a Thompson-sampling
 * recommender over tempo band × instrument family × mode with the iso principle, and a
 * plain-language explanation. Pure: no I/O, seeded.
 */
export { armOf, familyOf, instrumentsFor, listeningReward, tempoBandOf, INSTRUMENT_FAMILIES, TEMPO_BANDS } from './listening.ts';
export type { InstrumentFamily, ListeningOutcome, ListeningParams, MoodReading, MusicArm, TempoBand } from './listening.ts';
export { explainSuggestion, explainWhatHelps, helpsText, mostHelpful } from './explanation.ts';
export type { HelpfulGroup, HelpsMessage } from './explanation.ts';
export { isoBpm, recommendMusic } from './recommender.ts';
export type { MusicRecommendation, RecommendOptions } from './recommender.ts';
export { steeringLean } from './steering.ts';
export { IDEA_KEYS } from './ideas.ts';
