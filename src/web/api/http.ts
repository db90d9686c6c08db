/**
 * The one client for the Hearth HTTP API: openapi-fetch over the `paths` generated from the
 * served OpenAPI document (`npm run api:generate`), so every URL, parameter, body and answer is
 * typed by the server's own schemas. Its middleware keeps the session's CSRF token on every
 * state-changing request, asks for JSON, and turns every failure into an ApiError carrying the
 * server's stable code, plain-words message and field details; a "not signed in" answer also
 * tells the app that the session has ended.
 */
import createClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import type { paths } from './openapi.ts';

/** A failed request: `code` is stable (switch on it), `message` is for people. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Field messages from the server's validation details, keyed by field name (`body.password` → `password`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!Array.isArray(this.details)) return out;
    for (const d of this.details as { path?: unknown; message?: unknown }[]) {
      if (typeof d.path !== 'string' || typeof d.message !== 'string') continue;
      const field = d.path.replace(/^body\.?/, '');
      if (field && !out[field]) out[field] = d.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Remembers the CSRF token of the signed-in session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session has ended (idle timeout, sign-out elsewhere). */
export function onSessionEnded(fn: (() => void) | null): void {
  onSignedOut = fn;
}

const UNREACHABLE = 'Hearth could not be reached. Check that it is still running and try again.';

/** The ApiError for a failed response, from the server's `{ error: { code, message, details } }` body when it sent one. */
async function apiErrorFrom(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await res.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const error = new ApiError(
    res.status,
    typeof err?.code === 'string' ? err.code : 'http_error',
    typeof err?.message === 'string' ? err.message : `Something went wrong (HTTP ${res.status}). Please try again.`,
    err?.details,
  );
  if (error.code === 'not_signed_in' && onSignedOut) onSignedOut();
  return error;
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await apiErrorFrom(response);
    return undefined;
  },
  onError({ error }) {
    // A call the page stopped on purpose stays an AbortError; anything else means no answer came.
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError(0, 'network', UNREACHABLE);
  },
};

/**
 * A typed client with the session middleware. The app uses `http` (same origin); a test passes
 * the address of a running server and a fetch that keeps its cookie, as a browser would.
 */
export function createHttpClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  const client = createClient<paths>({ headers: { accept: 'application/json' }, credentials: 'same-origin', ...options });
  client.use(session);
  return client;
}

/**
 * The typed client: `http.GET('/api/clients/{id}', { params: { path: { id } } })`. Failures never
 * come back as `{ error }`: the middleware throws them as ApiError, so callers unwrap with `data`.
 */
export const http = createHttpClient();

/** The parsed body of a successful call (a failed one has already thrown an ApiError). */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}

/** The routes that answer GET. */
type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
/** The path parameters of a GET route, e.g. `{ id: string }`. */
type GetPathParams<P extends GetPath> = paths[P]['get'] extends { parameters: { path: infer T } } ? T : never;

/**
 * A route's URL with its path parameters filled in and encoded, for what the browser fetches
 * itself (an EventSource stream): `urlOf('/api/clients/{id}/live-canvas', { id })`.
 */
export function urlOf<P extends GetPath>(path: P, params: GetPathParams<P>): string {
  const values = params as Record<string, string>;
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}
