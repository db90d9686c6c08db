/**
 * The text server for note drafts, chosen by the operator in the environment (the note drafter
 * runs for therapists, not clients, so it is a clinic-wide setting rather than a per-request
 * choice):
 *   HEARTH_TEXT_URL    base URL of an OpenAI-compatible chat server (Ollama, llama.cpp, vLLM),
 *                      e.g. http://127.0.0.1:11434
 *   HEARTH_TEXT_MODEL  the model name it serves, e.g. llama3.1:8b
 *   HEARTH_TEXT_API_KEY  optional bearer key
 * Without HEARTH_TEXT_URL the built-in template drafter is used. With it, every draft still
 * falls back to the built-in one when the server is down, slow or answers out of shape.
 */
import { createOpenAiTextBackend } from './openai-text.backend.ts';
import { createBuiltinTextBackend } from './text-backend.ts';
import type { TextBackend } from './text-backend.ts';

export interface TextEnv {
  HEARTH_TEXT_URL?: string;
  HEARTH_TEXT_MODEL?: string;
  HEARTH_TEXT_API_KEY?: string;
}

export function textBackendFromEnv(env: TextEnv, onFallback?: (reason: string) => void): TextBackend {
  const url = env.HEARTH_TEXT_URL?.trim();
  if (!url) return createBuiltinTextBackend();
  if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol))
    throw new Error(`HEARTH_TEXT_URL must be an http:// or https:// address, got "${url}".`);
  const model = env.HEARTH_TEXT_MODEL?.trim();
  if (!model) throw new Error('HEARTH_TEXT_MODEL must name the model to use with HEARTH_TEXT_URL (e.g. llama3.1:8b).');
  return createOpenAiTextBackend({ url: url.replace(/\/+$/, ''), model, apiKey: env.HEARTH_TEXT_API_KEY || undefined, onFallback });
}
