/**
 * Affect engine: reading feelings, colours, motifs, style and tone out of a client's words.
 * (Crisis screening lives in engines/safety, not here.)
 */
export { readAffect } from './read-affect.ts';
export type { AffectReading, ColourRequest } from './read-affect.ts';
export { EMOTIONS, emotionInfo, emotionOfWord } from './emotions.ts';
export type { EmotionId, EmotionInfo } from './emotions.ts';
export { COLOUR_NAMES, FAMILY_HUE, colourOfWord } from './colours.ts';
export type { Rgb, ColourFamily, ColourWord } from './colours.ts';
export { MOTIF_IDS, isMotifId, motifOfWord } from './motifs.ts';
export type { MotifId } from './motifs.ts';
export { STYLE_IDS, isStyleId, styleOfWord, TONE_WORDS } from './style-words.ts';
export { NEGATION_CUES } from './tokens.ts';
export type { StyleId, Tone } from './style-words.ts';
