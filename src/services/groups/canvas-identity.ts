/** Who takes part in a group session's shared canvas, and as whom (checked on connect and again while connected). */
import { em, HttpError } from '../errors.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { THERAPIST_AUTHOR } from '../../domain/groups/canvas-model.ts';
import type { CanvasIdentity } from './canvas-room.ts';
import { sessionAccess } from './groups.service.ts';

/** The therapist's cursor colour. */
const THERAPIST_COLOUR = '#333333';

/**
 * The caller's identity on the canvas: the group's therapist, or a current member with the group
 * consent, while the session is in progress. Others: 404 (not theirs), 403 (no consent), 409 (not live).
 */
export async function canvasIdentity(deps: Pick<StoreDeps, 'store'>, actor: Actor, sessionId: string): Promise<CanvasIdentity> {
  const a = await sessionAccess(deps, actor, sessionId);
  if (a.session.status !== 'in_progress') throw new HttpError('conflict', em('errors:groups.canvasOpenOnlyInProgress'));
  if (!a.member)
    return { userId: actor.userId, role: 'therapist', memberId: null, author: THERAPIST_AUTHOR, name: actor.displayName, colour: THERAPIST_COLOUR };
  const members = (await deps.store.groups.members(a.group.id)).filter((m) => m.removedAt === null);
  const n = members.findIndex((m) => m.id === a.member!.id) + 1;
  return {
    userId: actor.userId,
    role: 'client',
    memberId: a.member.id,
    author: a.member.id,
    name: a.member.displayName ?? `Member ${n}`,
    colour: a.member.colour,
  };
}
