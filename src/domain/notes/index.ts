export { draftNote, NOTE_FORMATS } from './note-drafter.ts';
export type { NoteFormat, NoteSection, SessionFacts } from './note-drafter.ts';
