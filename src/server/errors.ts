/**
 * The one handler that turns every failure into `{ error: { code, message, details? } }`. The
 * error type and its stable codes live in `src/services/errors.ts` (services throw it too). The
 * `code` is for programs and never changes with the language; the `message` is written in the
 * reader's language: the signed-in account's choice, else the request's Accept-Language, else
 * English (`requestLocale`).
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pickLocale } from '../domain/i18n/index.ts';
import type { Locale } from '../domain/i18n/index.ts';
import { em, errorTextIn, HttpError } from '../services/errors.ts';
import type { ErrorCode, ErrorText } from '../services/errors.ts';

export { ERROR_CODES, em, HttpError } from '../services/errors.ts';
export type { ErrorCode } from '../services/errors.ts';

/** The language a request is answered in: the signed-in account's, else Accept-Language, else English. */
export function requestLocale(req: FastifyRequest): Locale {
  const actor = (req as { actor?: { locale?: Locale | null } | null }).actor;
  return actor?.locale ?? pickLocale(req.headers['accept-language']);
}

export function installErrorHandler(app: FastifyInstance): void {
  const send = (req: FastifyRequest, status: number, code: ErrorCode, text: ErrorText, details?: unknown) => ({
    status,
    body: { error: { code, message: errorTextIn(text, requestLocale(req)), ...(details === undefined ? {} : { details }) } },
  });
  app.setNotFoundHandler((req, reply) => {
    const r = send(req, 404, 'not_found', em('errors:server.noRoute', { method: req.method, path: req.url.split('?')[0] ?? '' }));
    void reply.status(r.status).send(r.body);
  });
  app.setErrorHandler((error: FastifyError | HttpError | Error, req, reply) => {
    if (error instanceof HttpError) {
      const retry = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (error.code === 'rate_limited' && typeof retry === 'number') void reply.header('retry-after', String(retry));
      const locale = requestLocale(req);
      const message = error.messageIn(locale);
      // Field details that repeat the message (a weak password under its field) follow its language.
      const details = Array.isArray(error.details)
        ? error.details.map((d: unknown) => (d && typeof d === 'object' && (d as { message?: unknown }).message === error.message ? { ...d, message } : d))
        : error.details;
      return reply.status(error.status).send({ error: { code: error.code, message, details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => {
        const sub = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
        return { path: `${error.validationContext ?? 'body'}${sub ? `.${sub}` : ''}`, message: v.message };
      });
      const first = issues[0];
      const r = send(
        req,
        400,
        'invalid_request',
        first ? em('errors:server.invalidField', { path: first.path, detail: first.message ?? '' }) : em('errors:server.invalidRequest'),
        issues,
      );
      return reply.status(r.status).send(r.body);
    }
    const fe = error as FastifyError;
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    const answer = (s: number, code: ErrorCode, text: ErrorText) => {
      const r = send(req, s, code, text);
      return reply.status(r.status).send(r.body);
    };
    if (status === 429) return answer(429, 'rate_limited', em('errors:server.tooManyRequests'));
    if (status === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.code === 'FST_FILES_LIMIT' || fe.code === 'FST_PARTS_LIMIT') {
      return answer(413, 'payload_too_large', em('errors:server.tooLarge'));
    }
    if (status === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return answer(415, 'unsupported_media_type', em('errors:server.unsupportedContentType'));
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx (a body that is not JSON, an empty body with a JSON type): its words are English, so name the problem in general.
      const locale = requestLocale(req);
      if (locale === 'en') return reply.status(status).send({ error: { code: 'invalid_request', message: fe.message || 'Invalid request.' } });
      return answer(status, 'invalid_request', fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? em('errors:server.badJson') : em('errors:server.invalidRequest'));
    }
    // A cut-off or garbled multipart body surfaces from busboy as a plain Error: the client's fault, not ours.
    if (/^(Unexpected end of (multipart data|form)|Malformed part header|Part terminated early|Multipart: Boundary not found)/.test(error.message)) {
      return answer(400, 'invalid_request', em('errors:server.uploadMalformed'));
    }
    if (error.name === 'SealError') {
      req.log.error({ err: error, url: req.url }, 'stored record failed its integrity check');
      return answer(500, 'integrity_failed', em('errors:server.integrityFailed'));
    }
    req.log.error({ err: error }, 'unhandled error');
    return answer(500, 'internal', em('errors:server.internal'));
  });
}
