/**
 * Personalised wording of directive suggestions by the practice's own language model: the
 * OpenAI-compatible chat server the note drafter uses (`HEARTH_TEXT_URL`, `HEARTH_TEXT_MODEL`,
 * optional `HEARTH_TEXT_API_KEY`: Ollama, llama.cpp server, vLLM). It implements `SuggestionWording`.
 *
 * What is sent: the built-in reasons in the reader's language and the directives' titles, nothing
 * else — no name, no id, no goal as written. Anything in the `avoid` list (the client's name and
 * its parts, passed by the service) is replaced before sending, and any id-like string is dropped.
 * What comes back is checked line by line: one line, at most `MAX_REASON` characters, no link,
 * no id, none of the avoided words, no diagnostic words, and the crisis screen reads nothing in it;
 * a line that fails keeps the built-in reason. Errors and the time limit (default 8 s) keep them all.
 * Consent is the service's part (`directiveSuggestions`): a server that is not on this machine is
 * asked only with the client's `external_ai` consent (`external` says which).
 */
import { createHttp } from '../../backends/remote/http.ts';
import { isLoopback } from '../../backends/remote/loopback.ts';
import type { Locale } from '../../domain/i18n/index.ts';
import { screenText } from '../../engines/safety/index.ts';
import type { Suggestion, SuggestionWording } from './suggest.ts';
import { reasonText } from './suggest.ts';

/** Longest reworded reason kept (characters). */
export const MAX_REASON = 240;

export interface OpenAiWordingOptions {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:11434` for Ollama. */
  url: string;
  model: string;
  apiKey?: string;
  /** Time limit for the whole answer (ms). Default 8 s. */
  timeoutMs?: number;
  /** Treat the server as outside this machine even on a loopback address (e.g. a tunnel to another host). */
  external?: boolean;
  /** Told why the model's words were not used. */
  onFailure?: (reason: string) => void;
}

/** A wording that can say whether it sends words off this machine. */
export interface ModelWording extends SuggestionWording {
  /** True when the server is not on loopback: the client's external-AI consent is needed. */
  readonly external: boolean;
  reword(suggestions: readonly Suggestion[], language: Locale, opts?: { avoid?: readonly string[] }): Promise<string[]>;
}

const LANGUAGE: Record<Locale, string> = { en: 'English', es: 'Spanish', de: 'German' };

const PROMPT = (language: string, n: number): string =>
  [
    'You help an art therapist. Each item is an art-therapy activity and the reason it was suggested for one client.',
    `Rewrite each reason as one warm, plain sentence in ${language} for the therapist, at most 200 characters.`,
    'Keep every fact and number; add no new facts; never diagnose or interpret; do not address the client; no names.',
    `Answer only with JSON: {"reasons": [${n} strings, in the same order]}.`,
  ].join(' ');

const ID_LIKE = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b\d{6,}\b|[\w.+-]+@[\w-]+\.[\w.]+/gi;
const DIAGNOSTIC = /\b(diagnos\w*|disorder\w*|trastorno\w*|störung\w*|patholog\w*)\b/i;
const LINK = /https?:\/\/|www\./i;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each avoided word (whole word, any case) and id-like strings. */
export function scrub(text: string, avoid: readonly string[]): string {
  let out = text.replace(ID_LIKE, '');
  for (const a of avoid) if (a.trim().length >= 2) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(a.trim())}(?![\\p{L}\\p{N}])`, 'giu'), '…');
  return out;
}

/** True when a reworded reason may be shown: one line, short, no link, id, avoided word, diagnosis or crisis language. */
export function acceptableReason(text: unknown, avoid: readonly string[]): text is string {
  if (typeof text !== 'string') return false;
  const t = text.trim();
  if (!t || t.length > MAX_REASON || /[\r\n]/.test(t) || LINK.test(t) || DIAGNOSTIC.test(t)) return false;
  if (t.replace(ID_LIKE, '') !== t) return false;
  if (scrub(t, avoid) !== t) return false;
  return screenText(t).level === 'none';
}

/** Reads `{"reasons": [...]}` from the model's answer (a code fence around it is tolerated). */
function parseReasons(content: string): unknown[] | null {
  const m = /\{[\s\S]*\}/.exec(content);
  if (!m) return null;
  try {
    const v = JSON.parse(m[0]) as { reasons?: unknown };
    return Array.isArray(v.reasons) ? v.reasons : null;
  } catch {
    return null;
  }
}

export function createOpenAiWording(opts: OpenAiWordingOptions): ModelWording {
  const http = createHttp({ url: opts.url, headers: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}, maxBytes: 256 * 1024 });
  const timeoutMs = opts.timeoutMs ?? 8000;
  return {
    id: `openai:${opts.model}`,
    external: opts.external ?? !isLoopback(http.origin),
    async reword(suggestions, language, o = {}) {
      const avoid = o.avoid ?? [];
      const builtin = suggestions.map((s) => reasonText(s, language));
      if (suggestions.length === 0) return builtin;
      const items = suggestions.map((s, i) => ({ activity: scrub(s.directive.title, avoid), reason: scrub(builtin[i]!, avoid) }));
      const limit = AbortSignal.timeout(timeoutMs);
      try {
        const res = await http.json<{ choices?: { message?: { content?: unknown } }[] }>(
          'POST',
          '/v1/chat/completions',
          {
            model: opts.model,
            temperature: 0.3,
            messages: [
              { role: 'system', content: PROMPT(LANGUAGE[language], items.length) },
              // The items go as JSON data, so they read as data rather than as instructions.
              { role: 'user', content: JSON.stringify({ items }) },
            ],
          },
          { signal: limit },
        );
        const content = res.choices?.[0]?.message?.content;
        const reasons = typeof content === 'string' ? parseReasons(content) : null;
        if (!reasons || reasons.length !== builtin.length) {
          opts.onFailure?.(`The language model at ${http.origin} did not answer with ${builtin.length} reasons in the expected form.`);
          return builtin;
        }
        return builtin.map((b, i) => {
          const r = reasons[i];
          return acceptableReason(r, avoid) ? r.trim() : b;
        });
      } catch (e) {
        opts.onFailure?.(limit.aborted ? `The language model at ${http.origin} took longer than ${timeoutMs / 1000} s.` : (e as Error).message);
        return builtin;
      }
    },
  };
}

export interface WordingEnv {
  HEARTH_TEXT_URL?: string;
  HEARTH_TEXT_MODEL?: string;
  HEARTH_TEXT_API_KEY?: string;
}

/** The practice's text server as a wording, or null when none is configured (the built-in words are used). */
export function suggestionWordingFromEnv(env: WordingEnv, onFailure?: (reason: string) => void): ModelWording | null {
  const url = env.HEARTH_TEXT_URL?.trim();
  const model = env.HEARTH_TEXT_MODEL?.trim();
  if (!url || !model || !URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol)) return null;
  return createOpenAiWording({ url: url.replace(/\/+$/, ''), model, apiKey: env.HEARTH_TEXT_API_KEY || undefined, onFailure });
}
