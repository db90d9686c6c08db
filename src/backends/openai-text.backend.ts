/**
 * Text adapter for OpenAI-compatible chat servers (Ollama, llama.cpp server, vLLM, OpenAI):
 * `POST /v1/chat/completions`. For a session note it sends the built-in draft plus the session's
 * facts and asks the model to rephrase each section's text only — same sections, same facts, no
 * diagnosis, the therapist's placeholders kept. If the server is down, slow, or answers with
 * anything that does not fit, the built-in draft is returned instead (and `onFallback` says why).
 */
import { z } from 'zod';
import { draftNote, NOTE_PLACEHOLDERS } from '../domain/notes/index.ts';
import type { NoteFormat, NoteSection, SessionFacts } from '../domain/notes/index.ts';
import { BackendAbortedError } from './image-backend.ts';
import { createHttp } from './remote/http.ts';
import { isLoopback } from './remote/loopback.ts';
import type { TextBackend } from './text-backend.ts';

export interface OpenAiTextOptions {
  /** Base URL without `/v1`, e.g. `http://localhost:11434` for Ollama. */
  url: string;
  model: string;
  apiKey?: string;
  /** Time limit per note (ms), after which the built-in draft is used. Default 60 s. */
  timeoutMs?: number;
  external?: boolean;
  /** Told why the built-in draft was used. */
  onFallback?: (reason: string) => void;
}

const Reply = z.object({ sections: z.array(z.object({ key: z.string(), text: z.string().trim().min(1).max(4000) })) });

const SYSTEM = [
  'You help an art and music therapist word a session note draft.',
  'Use only the facts given; add nothing that was not recorded.',
  "Describe what happened in plain, respectful language. Never diagnose, never name a condition, never guess at the client's inner state beyond their own words and ratings.",
  'Keep every bracketed placeholder for the therapist (such as "[For the therapist to complete.]") exactly as it is: assessment and plan are the therapist\'s judgement.',
  'Write in the language of the draft.',
  'Answer with JSON only: {"sections":[{"key":"…","text":"…"}]} with exactly the keys of the draft, in the same order.',
].join(' ');

export function createOpenAiTextBackend(opts: OpenAiTextOptions): TextBackend {
  const http = createHttp({ url: opts.url, headers: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}, maxBytes: 1024 * 1024 });
  return {
    capabilities: { id: 'openai-text', label: `${opts.model} at ${http.origin}`, external: opts.external ?? !isLoopback(http.origin) },
    async draftNote(format: NoteFormat, facts: SessionFacts, signal?: AbortSignal): Promise<NoteSection[]> {
      const draft = draftNote(format, facts);
      const placeholder = NOTE_PLACEHOLDERS[facts.locale ?? 'en'];
      if (signal?.aborted) throw new BackendAbortedError();
      const limit = AbortSignal.timeout(opts.timeoutMs ?? 60_000);
      const both = signal ? AbortSignal.any([signal, limit]) : limit;
      try {
        const res = await http.json<{ choices?: { message?: { content?: unknown } }[] }>(
          'POST',
          '/v1/chat/completions',
          {
            model: opts.model,
            temperature: 0.2,
            messages: [
              { role: 'system', content: SYSTEM },
              { role: 'user', content: JSON.stringify({ format, facts, draft: draft.map((s) => ({ key: s.key, label: s.label, text: s.text })) }) },
            ],
          },
          { signal: both },
        );
        const content = res.choices?.[0]?.message?.content;
        if (typeof content !== 'string') throw new Error('The language model sent no text.');
        const json = content.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
        let parsed: unknown;
        try {
          parsed = JSON.parse(json);
        } catch {
          throw new Error('The language model did not answer in the expected form.');
        }
        const reply = Reply.safeParse(parsed);
        if (!reply.success) throw new Error('The language model did not answer in the expected form.');
        const byKey = new Map(reply.data.sections.map((s) => [s.key, s.text]));
        if (byKey.size !== draft.length || draft.some((s) => !byKey.has(s.key))) throw new Error('The language model changed the note sections.');
        for (const s of draft)
          if (s.text.includes(placeholder) && !byKey.get(s.key)!.includes(placeholder))
            throw new Error('The language model filled in a part that is for the therapist.');
        return draft.map((s) => ({ ...s, text: byKey.get(s.key)! }));
      } catch (e) {
        if (signal?.aborted) throw new BackendAbortedError();
        const reason = limit.aborted
          ? `The language model at ${http.origin} took longer than ${Math.round((opts.timeoutMs ?? 60_000) / 1000)} s.`
          : (e as Error).message;
        opts.onFallback?.(`${reason} The built-in draft was used instead.`);
        return draft;
      }
    },
  };
}
