/** What the server attaches to each request, and the route config every API route declares. */
import type { Actor, Role } from '../domain/index.ts';
import type { ConsentScope } from '../domain/consent.ts';
import type { Subject, With } from '../services/context.ts';
import type { AuthSessionRecord } from '../store/index.ts';

/**
 * Every /api route declares who may call it. The server refuses to start with a route that
 * does not, and the authorization-matrix test exercises each declaration.
 * - `public`: anyone, signed in or not.
 * - `roles`: a signed-in user with one of these roles.
 * - `scope` + `param`: additionally, the route's `:param` names a client-owned record which
 *   the actor must be allowed to reach (else 404, so foreign ids cannot be probed).
 */
export type AccessPolicy =
  | { public: true }
  | { roles: readonly Role[]; scope?: undefined }
  | { roles: readonly Role[]; scope: 'client' | 'artwork' | 'session' | 'invite' | 'alert' | 'homework' | 'music' | 'note' | 'plan'; param: string };

export type { Subject } from '../services/context.ts';

export interface AuditNote {
  /** Leave this request out of the audit log (e.g. the 2nd…nth byte range of one playback). */
  skip?: boolean;
  targetId?: string;
  detail?: Record<string, unknown>;
  /** Set by the access layer: a supervisor is reading a supervisee's client record (audited as such, always). */
  asSupervisor?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    authSession: AuthSessionRecord | null;
    subject: Subject | null;
    /** Extra facts a handler adds to its audit entry (e.g. the id of a record it created). */
    auditNote: AuditNote;
  }
  interface FastifyContextConfig {
    access?: AccessPolicy;
    audit?: string;
    /** Sensitive action: the user must have re-entered their password within the last few minutes. */
    reauth?: boolean;
    /**
     * The client's consent this feature needs (client-scoped routes only). Checked after access
     * is allowed, for every role: without it the request is refused with `consent_required`.
     */
    consent?: ConsentScope;
  }
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Error('route reached without an actor; its access policy is wrong');
  return actor;
}

export function requireSubject(subject: Subject | null): Subject {
  if (!subject) throw new Error('route reached without a subject; its access policy is wrong');
  return subject;
}

/** The subject with the record a route's scope resolved (e.g. `'artwork'` for `scope: 'artwork'`). */
export function subjectWith<K extends Exclude<keyof Subject, 'client'>>(subject: Subject | null, key: K): With<K> {
  const s = requireSubject(subject);
  if (!s[key]) throw new Error(`route reached without its ${key}; its access policy is wrong`);
  return s as With<K>;
}
