/**
 * The interface text generation sits behind: the built-in template drafter by default; an
 * OpenAI-compatible chat server (Ollama, llama.cpp, vLLM) later, with this one as fallback.
 */
import { draftNote } from '../domain/notes/index.ts';
import type { NoteFormat, NoteSection, SessionFacts } from '../domain/notes/index.ts';

export interface TextBackend {
  readonly capabilities: { id: string; label: string; external: boolean };
  draftNote(format: NoteFormat, facts: SessionFacts, signal?: AbortSignal): Promise<NoteSection[]>;
}

export function createBuiltinTextBackend(): TextBackend {
  return {
    capabilities: { id: 'builtin', label: 'Hearth template drafter (on this machine)', external: false },
    draftNote: async (format, facts) => draftNote(format, facts),
  };
}
