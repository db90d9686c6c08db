/**
 * The one handler that turns every failure into `{ error: { code, message, details? } }`. The
 * error type and its stable codes live in `src/services/errors.ts` (services throw it too).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from '../services/errors.ts';

export { ERROR_CODES, HttpError } from '../services/errors.ts';
export type { ErrorCode } from '../services/errors.ts';

export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: { code: 'not_found', message: `No route for ${req.method} ${req.url.split('?')[0]}.` } });
  });
  app.setErrorHandler((error: FastifyError | HttpError | Error, req, reply) => {
    if (error instanceof HttpError) {
      const retry = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (error.code === 'rate_limited' && typeof retry === 'number') void reply.header('retry-after', String(retry));
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => {
        const sub = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
        return { path: `${error.validationContext ?? 'body'}${sub ? `.${sub}` : ''}`, message: v.message };
      });
      const first = issues[0];
      return reply.status(400).send({
        error: { code: 'invalid_request', message: first ? `Invalid ${first.path}: ${first.message}` : 'Invalid request.', details: issues },
      });
    }
    const fe = error as FastifyError;
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status === 429) return reply.status(429).send({ error: { code: 'rate_limited', message: 'Too many attempts. Please wait a minute and try again.' } });
    if (status === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.code === 'FST_FILES_LIMIT' || fe.code === 'FST_PARTS_LIMIT') {
      return reply.status(413).send({ error: { code: 'payload_too_large', message: 'That file or request is too large.' } });
    }
    if (status === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'unsupported_media_type', message: 'Unsupported content type for this request.' } });
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'invalid_request', message: fe.message || 'Invalid request.' } });
    }
    // A cut-off or garbled multipart body surfaces from busboy as a plain Error: the client's fault, not ours.
    if (/^(Unexpected end of (multipart data|form)|Malformed part header|Part terminated early|Multipart: Boundary not found)/.test(error.message)) {
      return reply.status(400).send({ error: { code: 'invalid_request', message: 'The upload was incomplete or malformed. Please try again.' } });
    }
    if (error.name === 'SealError') {
      req.log.error({ err: error, url: req.url }, 'stored record failed its integrity check');
      return reply
        .status(500)
        .send({
          error: {
            code: 'integrity_failed',
            message: 'A stored record failed its integrity check and was not shown. Nothing was changed; an operator should check the audit log and backups.',
          },
        });
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side. Nothing was changed.' } });
  });
}
