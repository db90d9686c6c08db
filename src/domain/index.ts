export { ROLES, mayAccessClient } from './actors.ts';
export type { Role, Actor, ClientOwnership } from './actors.ts';
export { SESSION_STATUSES, canMoveSession, sessionTransitionError } from './therapy-session.ts';
export type { SessionStatus } from './therapy-session.ts';
export { passwordProblem } from './password-policy.ts';
export { ALERT_SOURCES, ALERT_SOURCE_LABEL } from './alert-sources.ts';
export type { AlertSource } from './alert-sources.ts';
export { MODEL_SERVER_KINDS, MODEL_SERVER_KIND_IDS, modelServerKind } from './backend-kinds.ts';
export type { ModelServerKind, ModelServerKindDefinition } from './backend-kinds.ts';
