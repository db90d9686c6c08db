/**
 * The one error type of the application, with stable codes. Services throw it for anything the
 * caller did wrong or may not do; the HTTP layer turns it into `{ error: { code, message } }`
 * with the code's status, and the CLI into a one-line reason. Clients switch on `code`; people
 * read `message`, which comes from the `errors` catalogue (`locales/<lang>/errors.json`) in the
 * reader's language: services say which message with `em('errors:<key>', args)`, and the handler
 * renders it for the signed-in account's language, else the request's Accept-Language, else
 * English. `message` itself is the English text (logs, tests, programs).
 */
import { translator } from '../domain/i18n/index.ts';
import type { Locale } from '../domain/i18n/index.ts';
import type errorsEn from '../domain/i18n/locales/en/errors.json';

export const ERROR_CODES = {
  invalid_request: 400,
  csrf_failed: 403,
  not_signed_in: 401,
  bad_credentials: 401,
  forbidden: 403,
  reauth_required: 403,
  consent_required: 403,
  two_factor_required: 403,
  not_found: 404,
  conflict: 409,
  invite_invalid: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable_file: 422,
  rate_limited: 429,
  internal: 500,
  integrity_failed: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** A key of the `errors` catalogue, written in full (`errors:music.pieceNotFound`). */
export type ErrorKey = `errors:${keyof typeof errorsEn & string}`;
/** Values an error message interpolates (ICU arguments). */
export type ErrorArgs = Record<string, string | number | ErrorText>;
/** Which catalogue message an error shows, and its arguments. */
export interface ErrorText {
  key: ErrorKey;
  args?: ErrorArgs;
}

/** Names an error message of the `errors` catalogue: `new HttpError('conflict', em('errors:staff.alreadyDeactivated', { displayName }))`. */
export const em = (key: ErrorKey, args?: ErrorArgs): ErrorText => (args ? { key, args } : { key });

/** An error text rendered in a language. */
export function errorTextIn(text: ErrorText, locale: Locale): string {
  const args = Object.fromEntries(Object.entries(text.args ?? {}).map(([k, v]) => [k, typeof v === 'object' ? errorTextIn(v, locale) : v]));
  return translator(locale)(text.key, args);
}

export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  /** The catalogue message, when the error names one (a plain string message is not translated). */
  readonly text: ErrorText | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string | ErrorText,
    readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : errorTextIn(message, 'en'));
    this.text = typeof message === 'string' ? undefined : message;
    this.status = ERROR_CODES[code];
  }

  /** The message in `locale` (English, as thrown, when it names no catalogue message). */
  messageIn(locale: Locale): string {
    return this.text ? errorTextIn(this.text, locale) : this.message;
  }
}
