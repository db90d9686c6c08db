export { ROLES, mayAccessClient } from './actors.ts';
export type { Role, Actor, ClientOwnership } from './actors.ts';
export { SESSION_STATUSES, canMoveSession, sessionTransitionError } from './therapy-session.ts';
export type { SessionStatus } from './therapy-session.ts';
export { passwordProblem } from './password-policy.ts';
