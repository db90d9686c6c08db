export { draftNote, hasNotePlaceholder, NOTE_FORMATS, NOTE_PLACEHOLDERS } from './note-drafter.ts';
export type { NoteFormat, NoteSection, SessionFacts } from './note-drafter.ts';
