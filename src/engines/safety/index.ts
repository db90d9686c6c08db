/**
 * Crisis screen for client free text. Phrase lists are plain data for clinical review
 * (phrases-*.ts, modifiers.ts). Not a crisis service: a positive screen means a person must look.
 */
export { alertReasons, screenText } from './crisis-screen.ts';
export type { CrisisScreen, CrisisMatch, CrisisModifier } from './crisis-screen.ts';
export type { CrisisCategory, CrisisLevel, ScreenLanguage, PhraseGroup, LanguagePhrases, LanguageModifiers } from './phrase-list.ts';
export { PHRASES_EN } from './phrases-en.ts';
export { PHRASES_ES } from './phrases-es.ts';
export { PHRASES_DE } from './phrases-de.ts';
export { MODIFIERS } from './modifiers.ts';
