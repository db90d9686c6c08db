/**
 * Text that cannot be stored is refused at the door. PostgreSQL rejects U+0000 in text and jsonb,
 * and an unpaired UTF-16 surrogate has no UTF-8 form (it would be stored as U+FFFD, silently
 * changing what the person wrote). One hook walks every parsed input — body, query string and
 * path parameters, keys as well as values — before validation, so no route can miss it and the
 * answer is always a 400 naming the field, never a 500 from the database.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { em, HttpError } from './errors.ts';

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with `s`, or null when it can be stored as written. */
export function unstorableText(s: string): 'a NUL character (U+0000)' | 'an unpaired surrogate (U+D800–U+DFFF)' | null {
  if (s.includes('\u0000')) return 'a NUL character (U+0000)';
  if (UNPAIRED_SURROGATE.test(s)) return 'an unpaired surrogate (U+D800–U+DFFF)';
  return null;
}

/**
 * The first string (object key or value, at any depth) that cannot be stored, with its path
 * (`body.answers.0.text`). Walks iteratively, so deeply nested input cannot exhaust the stack.
 */
export function findUnstorableText(root: unknown, rootPath: string): { path: string; problem: string } | undefined {
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = unstorableText(value);
      if (problem) return { path, problem };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const problem = unstorableText(key);
        if (problem) return { path: `${path} (a key)`, problem };
        stack.push([(value as Record<string, unknown>)[key], `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

/** Throws a 400 naming the field when any string in `value` cannot be stored. */
export function assertStorableText(value: unknown, rootPath: string): void {
  const bad = findUnstorableText(value, rootPath);
  if (!bad) return;
  const text = em('errors:server.unstorableText', { path: bad.path, problem: bad.problem.startsWith('a NUL') ? 'nul' : 'surrogate' });
  const english = new HttpError('invalid_request', text).message;
  throw new HttpError('invalid_request', text, [{ path: bad.path, message: english }]);
}

/** Installs the check for every API route, ahead of access control and schema validation. */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/')) return; // pages: the SPA fallback stores nothing and answers odd paths with 404
    assertStorableText(req.params, 'params');
    assertStorableText(req.query, 'querystring');
    assertStorableText(req.body, 'body');
  });
}
