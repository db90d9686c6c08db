/**
 * The crisis screen's optional third layer: a clinic's own language model on an OpenAI-compatible
 * chat server (Ollama, llama.cpp server, vLLM, OpenAI) reads one client text and answers with a
 * JSON verdict {level, category, reason} under a strict prompt (MODEL_VERDICT_PROMPT in
 * src/engines/safety). Its verdict can raise the screen's level and never lower it; when the
 * server is down, slow (timeout, default 8 s) or answers out of shape, the screen stands as it is.
 *
 * Consent: the text leaves Hearth's process, so `screenWithModel` sends nothing unless the
 * client's `external_ai` consent is given — even for a server on this machine. The rule and
 * statistical layers always run first and their alert does not wait for the model.
 */
import { MODEL_VERDICT_PROMPT, parseModelVerdict, raiseWithModel } from '../engines/safety/index.ts';
import type { CrisisScreen, ModelVerdict } from '../engines/safety/index.ts';
import { createHttp } from './remote/http.ts';
import { isLoopback } from './remote/loopback.ts';

export interface CrisisModelOptions {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:11434` for Ollama. */
  url: string;
  model: string;
  apiKey?: string;
  /** Time limit per text (ms); after it the screen stands without the model. Default 8 s. */
  timeoutMs?: number;
  /** Told why a verdict was not used (down, slow, out of shape). */
  onFailure?: (reason: string) => void;
}

export interface CrisisModel {
  readonly capabilities: { id: 'openai-crisis'; label: string; external: boolean };
  /** The model's verdict on one text, or `null` when it did not answer in time and in shape. Never throws. */
  verdict(text: string, signal?: AbortSignal): Promise<ModelVerdict | null>;
}

/** Longest text sent to the model (characters); the screen itself reads the whole text. */
const MAX_SENT = 4000;

export function createCrisisModel(opts: CrisisModelOptions): CrisisModel {
  const http = createHttp({ url: opts.url, headers: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}, maxBytes: 256 * 1024 });
  const timeoutMs = opts.timeoutMs ?? 8000;
  return {
    capabilities: { id: 'openai-crisis', label: `${opts.model} at ${http.origin}`, external: !isLoopback(http.origin) },
    async verdict(text, signal) {
      const limit = AbortSignal.timeout(timeoutMs);
      const both = signal ? AbortSignal.any([signal, limit]) : limit;
      try {
        const res = await http.json<{ choices?: { message?: { content?: unknown } }[] }>('POST', '/v1/chat/completions', {
          model: opts.model,
          temperature: 0,
          messages: [
            { role: 'system', content: MODEL_VERDICT_PROMPT },
            // The text goes as a JSON value, so it reads as data rather than as instructions.
            { role: 'user', content: JSON.stringify({ text: text.slice(0, MAX_SENT) }) },
          ],
        }, { signal: both });
        const content = res.choices?.[0]?.message?.content;
        const verdict = typeof content === 'string' ? parseModelVerdict(content, opts.model) : null;
        if (!verdict) opts.onFailure?.(`The language model at ${http.origin} did not answer with a verdict in the expected form.`);
        return verdict;
      } catch (e) {
        const reason = limit.aborted ? `The language model at ${http.origin} took longer than ${Math.round(timeoutMs / 100) / 10} s.`
          : signal?.aborted ? 'The screen was cancelled.' : (e as Error).message;
        opts.onFailure?.(reason);
        return null;
      }
    },
  };
}

export interface ScreenWithModelOptions {
  /** The clinic's model, or null when none is configured. */
  model: CrisisModel | null;
  /** The client's current `external_ai` consent (store.consents.has(clientId, 'external_ai')). */
  externalAiConsent: boolean;
  signal?: AbortSignal;
}

/**
 * The screen, raised by the model's verdict where the model reads more risk. Sends nothing
 * without the client's external-AI consent or without a model, and skips the call when the screen
 * is already urgent (nothing to raise).
 */
export async function screenWithModel(screen: CrisisScreen, text: string, opts: ScreenWithModelOptions): Promise<CrisisScreen> {
  if (!opts.model || !opts.externalAiConsent || screen.level === 'urgent' || text.trim() === '') return screen;
  return raiseWithModel(screen, await opts.model.verdict(text, opts.signal));
}

export interface CrisisModelEnv {
  HEARTH_CRISIS_MODEL?: string;
  HEARTH_TEXT_URL?: string;
  HEARTH_TEXT_MODEL?: string;
  HEARTH_TEXT_API_KEY?: string;
}

/**
 * The clinic's crisis model from the environment: off unless `HEARTH_CRISIS_MODEL=on`, and then
 * the chat server the note drafter uses (`HEARTH_TEXT_URL`, `HEARTH_TEXT_MODEL`, optional
 * `HEARTH_TEXT_API_KEY`). Throws on a half-configured environment, like textBackendFromEnv.
 */
export function crisisModelFromEnv(env: CrisisModelEnv, onFailure?: (reason: string) => void): CrisisModel | null {
  if (env.HEARTH_CRISIS_MODEL?.trim() !== 'on') return null;
  const url = env.HEARTH_TEXT_URL?.trim();
  const model = env.HEARTH_TEXT_MODEL?.trim();
  if (!url || !URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol)) {
    throw new Error('HEARTH_CRISIS_MODEL=on needs HEARTH_TEXT_URL, an http:// or https:// address of an OpenAI-compatible chat server.');
  }
  if (!model) throw new Error('HEARTH_CRISIS_MODEL=on needs HEARTH_TEXT_MODEL, the model to ask (e.g. llama3.1:8b).');
  return createCrisisModel({ url: url.replace(/\/+$/, ''), model, apiKey: env.HEARTH_TEXT_API_KEY || undefined, onFailure });
}
