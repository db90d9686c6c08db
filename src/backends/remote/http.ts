/**
 * The small HTTP layer every model-server adapter shares: one base URL (credentials in the URL's
 * userinfo become a basic-auth header and never appear in messages), plain-language errors for a
 * server that is down, slow, refusing or sending too much, a size cap on every body read, and
 * retries only for requests that are safe to repeat (GETs) — never for a POST that may already
 * have been accepted.
 */
import { BackendAbortedError } from '../image-backend.ts';

/** The server could not be reached at all (refused, reset, DNS, …). */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
  constructor(readonly origin: string) {
    super(`The image server at ${origin} is not answering. Check that it is running, or use the built-in engine instead.`);
  }
}

/** The job ran longer than its time limit and was stopped. */
export class BackendTimeoutError extends Error {
  override name = 'BackendTimeoutError';
  constructor(
    readonly origin: string,
    readonly seconds: number,
  ) {
    super(`The image server at ${origin} took longer than ${seconds} s, so the picture was stopped.`);
  }
}

/** The server answered, but with a refusal or something Hearth cannot use. */
export class BackendResponseError extends Error {
  override name = 'BackendResponseError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A returned picture was refused (too large, or not a readable image). */
export class BackendImageError extends Error {
  override name = 'BackendImageError';
}

export interface HttpOptions {
  /** Base URL, e.g. `http://user:pass@gpu.local:8188`. */
  url: string;
  /** Extra headers on every request (e.g. `Authorization: Bearer …`). */
  headers?: Record<string, string>;
  /** Basic auth; overrides userinfo in `url`. */
  user?: string;
  password?: string;
  /** Largest JSON or image body accepted (bytes). Default 64 MB. */
  maxBytes?: number;
  /** Attempts for safe (GET) requests. Default 3. */
  attempts?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Only set for requests that are safe to repeat. */
  retry?: boolean;
  maxBytes?: number;
}

/** The error to throw once `signal` has fired: its reason when Hearth set one (a timeout), else a cancel. */
export function abortError(signal: AbortSignal): Error {
  const r: unknown = signal.reason;
  return r instanceof BackendTimeoutError || r instanceof BackendAbortedError ? r : new BackendAbortedError();
}

export interface Http {
  /** `scheme://host:port` without credentials: safe to show and log. */
  readonly origin: string;
  /** Absolute URL for a path on the server (query included). */
  url(path: string): string;
  headers(): Record<string, string>;
  json<T>(method: 'GET' | 'POST', path: string, body?: unknown, opts?: RequestOptions): Promise<T>;
  form<T>(path: string, form: FormData, opts?: RequestOptions): Promise<T>;
  bytes(path: string, opts?: RequestOptions): Promise<Uint8Array>;
}

/** 2.4 MB, 512 KB, 100 bytes. */
export const sizeText = (bytes: number): string =>
  bytes >= 1048576 ? `${Math.round(bytes / 104857.6) / 10} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function createHttp(opts: HttpOptions): Http {
  const base = new URL(opts.url);
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new BackendResponseError(`The server address must start with http:// or https://, got "${base.protocol}"`);
  const user = opts.user ?? decodeURIComponent(base.username);
  const password = opts.password ?? decodeURIComponent(base.password);
  base.username = '';
  base.password = '';
  const origin = base.origin;
  const prefix = base.pathname.replace(/\/+$/, '');
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const attempts = opts.attempts ?? 3;
  const headers: Record<string, string> = { ...opts.headers };
  if (user) headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  const url = (path: string): string => `${origin}${prefix}${path}`;

  async function readCapped(res: Response, cap: number): Promise<Uint8Array> {
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > cap) {
      await res.body?.cancel();
      throw new BackendImageError(`The image server at ${origin} sent ${sizeText(declared)}, more than the ${sizeText(cap)} Hearth accepts; it was not used.`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > cap) {
          await reader.cancel();
          throw new BackendImageError(`The image server at ${origin} sent more than the ${sizeText(cap)} Hearth accepts; it was not used.`);
        }
        chunks.push(value);
      }
    }
    return Buffer.concat(chunks);
  }

  async function send(method: string, path: string, body: BodyInit | undefined, extra: Record<string, string>, ro: RequestOptions): Promise<Uint8Array> {
    const tries = ro.retry ? attempts : 1;
    for (let attempt = 1; ; attempt++) {
      if (ro.signal?.aborted) throw abortError(ro.signal);
      let res: Response;
      try {
        res = await fetch(url(path), { method, body, headers: { ...headers, ...extra }, signal: ro.signal });
      } catch (e) {
        if (ro.signal?.aborted) throw abortError(ro.signal);
        if (attempt < tries) {
          await sleep(50 * attempt);
          continue;
        }
        throw Object.assign(new BackendUnavailableError(origin), { cause: e });
      }
      try {
        if (res.status >= 500 && attempt < tries) {
          await res.body?.cancel();
          await sleep(50 * attempt);
          continue;
        }
        const data = await readCapped(res, ro.maxBytes ?? maxBytes);
        if (res.status === 401 || res.status === 403)
          throw new BackendResponseError(`The image server at ${origin} refused the user name, password or key.`, res.status);
        if (!res.ok) throw new BackendResponseError(`The image server at ${origin} refused the request (${res.status}): ${explain(data)}`, res.status);
        return data;
      } catch (e) {
        if (ro.signal?.aborted) throw abortError(ro.signal);
        throw e;
      }
    }
  }

  const parse = <T>(data: Uint8Array): T => {
    try {
      return JSON.parse(Buffer.from(data).toString('utf8')) as T;
    } catch {
      throw new BackendResponseError(`The image server at ${origin} answered with something that is not JSON.`);
    }
  };

  return {
    origin,
    url,
    headers: () => ({ ...headers }),
    async json<T>(method: 'GET' | 'POST', path: string, body?: unknown, ro: RequestOptions = {}): Promise<T> {
      const data = await send(
        method,
        path,
        body === undefined ? undefined : JSON.stringify(body),
        body === undefined ? {} : { 'content-type': 'application/json' },
        { ...ro, retry: method === 'GET' && ro.retry !== false },
      );
      return parse<T>(data);
    },
    async form<T>(path: string, form: FormData, ro: RequestOptions = {}): Promise<T> {
      return parse<T>(await send('POST', path, form, {}, { ...ro, retry: false }));
    },
    bytes: (path, ro = {}) => send('GET', path, undefined, {}, { ...ro, retry: ro.retry !== false }),
  };
}

/** One line from an error body: `{error:{message}}`, `{detail}`, `{error}` or the text itself (cut short). */
function explain(data: Uint8Array): string {
  const text = Buffer.from(data).toString('utf8').slice(0, 2000);
  try {
    const j = JSON.parse(text) as { error?: unknown; detail?: unknown; message?: unknown };
    const e = j.error;
    const msg =
      typeof e === 'object' && e !== null && 'message' in e
        ? String((e as { message: unknown }).message)
        : typeof e === 'string'
          ? e
          : typeof j.detail === 'string'
            ? j.detail
            : typeof j.message === 'string'
              ? j.message
              : JSON.stringify(j);
    return msg.replace(/\s+/g, ' ').slice(0, 300);
  } catch {
    return text.replace(/\s+/g, ' ').slice(0, 300) || 'no reason given';
  }
}
