/**
 * The one error type of the application, with stable codes. Services throw it for anything the
 * caller did wrong or may not do; the HTTP layer turns it into `{ error: { code, message } }`
 * with the code's status, and the CLI into a one-line reason. Clients switch on `code`; people
 * read `message`.
 */

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

export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}
