/**
 * Refusals several areas share, as catalogue messages (`errors` namespace), so each reader gets
 * them in their own language: a weak password, a feature the client has not consented to, a
 * session status that cannot follow another.
 */
import { passwordIssue } from '../domain/index.ts';
import type { ConsentScope } from '../domain/consent.ts';
import type { SessionStatus } from '../domain/therapy-session.ts';
import { em, HttpError } from './errors.ts';
import type { ErrorText } from './errors.ts';

/** Why a password is refused, or null when it is fine (the policy is `passwordIssue`). */
export function passwordRefusal(password: string, context: { email?: string; displayName?: string } = {}): ErrorText | null {
  const issue = passwordIssue(password, context);
  if (!issue) return null;
  switch (issue.kind) {
    case 'too_short':
      return em('errors:password.tooShort', { min: 10 });
    case 'too_long':
      return em('errors:password.tooLong', { max: 128 });
    case 'too_common':
      return em('errors:password.tooCommon');
    case 'contains_email':
      return em('errors:password.containsEmail', { part: issue.part });
    case 'contains_name':
      return em('errors:password.containsName', { part: issue.part });
  }
}

/** Throws a 400 naming `path` when the password breaks the policy. */
export function assertPasswordAcceptable(password: string, context: { email?: string; displayName?: string }, path: string): void {
  const text = passwordRefusal(password, context);
  if (!text) return;
  const e = new HttpError('invalid_request', text);
  throw new HttpError('invalid_request', text, [{ path, message: e.message }]);
}

/** The 403 a refused feature answers: who has not agreed to what, and where to change it. */
export const consentRefusalText = (clientName: string, scope: ConsentScope): ErrorText => em('errors:consent.required', { name: clientName, scope });

/** Why a session cannot move from one status to another. */
export const sessionTransitionText = (from: SessionStatus, to: SessionStatus): ErrorText => em('errors:sessions.cannotMove', { from, to });
