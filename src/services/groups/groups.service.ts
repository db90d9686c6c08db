/**
 * Groups: a therapist's group of clients from their own caseload. Every member needs the
 * `group` consent scope: without it they cannot be added or join, and once withdrawn they take
 * no part in anything new (canvas, words, votes) until they agree again. Members see each other
 * only by the display name each chose, never a record; the therapist sees both.
 *
 * Access: the therapist who owns the group; a client who is a current member. Anyone else gets
 * 404 (ids cannot be probed), as for other people's records.
 */
import type { z } from 'zod';
import { mayAccessClient } from '../../domain/index.ts';
import { consentRefusalText } from '../refusals.ts';
import type {
  AddMemberBody,
  AttendanceBody,
  CreateGroupBody,
  DisplayNameBody,
  Group,
  GroupList,
  GroupMember,
  GroupNote,
  GroupNoteBody,
  GroupSession,
  ScheduleGroupSessionBody,
  UpdateGroupSessionBody,
} from '../../domain/api/groups.schemas.ts';
import type { ClientRecord, GroupMemberRecord, GroupRecord, GroupSessionRecord } from '../../store/index.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import type { CrisisNotice, ScreeningDeps } from '../safety/screen-client-text.ts';
import type { GroupCanvasHub } from './canvas-hub.ts';
import { randomUUID } from 'node:crypto';

export interface GroupsDeps extends ScreeningDeps {
  groupCanvas: GroupCanvasHub;
}

/** Member colours (cursors and the member list), distinct on white and for common colour-vision differences. */
export const MEMBER_COLOURS = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#525252'] as const;

/** What a group access check resolved. */
export interface GroupAccess {
  group: GroupRecord;
  /** The caller's membership (clients only). */
  member: GroupMemberRecord | null;
}

const notFound = () => new HttpError('not_found', em('errors:groups.groupNotFound'));

/** The group, if the actor may reach it: its therapist, or a current member (who also needs the group consent now). */
export async function groupAccess({ store }: Pick<StoreDeps, 'store'>, actor: Actor, groupId: string): Promise<GroupAccess> {
  const group = await store.groups.byId(groupId);
  if (!group) throw notFound();
  if (actor.role === 'therapist' && group.therapistId === actor.userId) return { group, member: null };
  if (actor.role === 'client' && actor.clientId) {
    const member = (await store.groups.members(group.id)).find((m) => m.clientId === actor.clientId && m.removedAt === null);
    if (!member) throw notFound();
    if (!(await store.consents.has(member.clientId, 'group')))
      throw new HttpError('consent_required', em('errors:groups.youHaveNotAgreed'), { scope: 'group' });
    return { group, member };
  }
  throw notFound();
}

/** A group session and its group, with the same access rule. */
export async function sessionAccess(deps: Pick<StoreDeps, 'store'>, actor: Actor, sessionId: string): Promise<GroupAccess & { session: GroupSessionRecord }> {
  const session = await deps.store.groups.sessionById(sessionId);
  if (!session) throw new HttpError('not_found', em('errors:groups.groupSessionNotFound'));
  try {
    return { ...(await groupAccess(deps, actor, session.groupId)), session };
  } catch (e) {
    if (e instanceof HttpError && e.code === 'not_found') throw new HttpError('not_found', em('errors:groups.groupSessionNotFound'));
    throw e;
  }
}

export const requireTherapist = (a: GroupAccess): void => {
  if (a.member) throw new HttpError('forbidden', em('errors:groups.onlyGroupTherapist'));
};

/** Clients of the therapist's own active caseload, each with the group consent — checked for all before anything is written. */
async function eligibleClients({ store }: StoreDeps, actor: Actor, clientIds: readonly string[]): Promise<ClientRecord[]> {
  const out: ClientRecord[] = [];
  for (const id of new Set(clientIds)) {
    const c = await store.clients.byId(id);
    if (!c || !mayAccessClient(actor, c)) throw new HttpError('not_found', em('errors:groups.clientNotFound'));
    if (c.status !== 'active') throw new HttpError('invalid_request', em('errors:groups.clientArchived', { name: c.displayName }));
    if (!(await store.consents.has(c.id, 'group'))) throw new HttpError('consent_required', consentRefusalText(c.displayName, 'group'), { scope: 'group' });
    out.push(c);
  }
  return out;
}

export async function createGroup(deps: StoreDeps, actor: Actor, input: z.output<typeof CreateGroupBody>): Promise<z.infer<typeof Group>> {
  const clients = await eligibleClients(deps, actor, input.clientIds);
  const at = deps.clock();
  const group = await deps.store.groups.create({ id: randomUUID(), therapistId: actor.userId, name: input.name, createdAt: at });
  // Added a millisecond apart, so the members keep the order the therapist gave.
  for (const [i, c] of clients.entries())
    await deps.store.groups.addMember({
      groupId: group.id,
      clientId: c.id,
      colour: MEMBER_COLOURS[i % MEMBER_COLOURS.length]!,
      at: new Date(at.getTime() + i),
    });
  return groupDto(deps, actor, { group, member: null });
}

export async function listGroups({ store }: StoreDeps, actor: Actor): Promise<z.infer<typeof GroupList>> {
  if (actor.role === 'admin') return { groups: [] };
  const groups =
    actor.role === 'therapist' ? await store.groups.listFor({ therapistId: actor.userId }) : await store.groups.listFor({ clientId: actor.clientId ?? '' });
  const out = [];
  for (const g of groups) {
    const members = (await store.groups.members(g.id)).filter((m) => m.removedAt === null).length;
    out.push({ id: g.id, name: g.name, createdAt: iso(g.createdAt), members });
  }
  return { groups: out };
}

export async function readGroup(deps: StoreDeps, actor: Actor, groupId: string): Promise<z.infer<typeof Group>> {
  return groupDto(deps, actor, await groupAccess(deps, actor, groupId));
}

async function groupDto({ store }: StoreDeps, _actor: Actor, { group, member }: GroupAccess): Promise<z.infer<typeof Group>> {
  const members = (await store.groups.members(group.id)).filter((m) => m.removedAt === null);
  const therapist = member === null;
  const out: z.infer<typeof GroupMember>[] = [];
  for (const m of members) {
    const client = therapist ? await store.clients.byId(m.clientId) : undefined;
    out.push({
      id: m.id,
      displayName: m.displayName,
      colour: m.colour,
      clientId: therapist ? m.clientId : null,
      clientName: client?.displayName ?? null,
      consent: therapist ? await store.consents.has(m.clientId, 'group') : null,
      me: member?.id === m.id,
    });
  }
  const sessions = await store.groups.sessions(group.id);
  return { id: group.id, name: group.name, createdAt: iso(group.createdAt), members: out, sessions: sessions.map(sessionDto) };
}

export function sessionDto(s: GroupSessionRecord): z.infer<typeof GroupSession> {
  return {
    id: s.id,
    groupId: s.groupId,
    title: s.title,
    status: s.status,
    scheduledAt: iso(s.scheduledAt),
    startedAt: s.startedAt ? iso(s.startedAt) : null,
    endedAt: s.endedAt ? iso(s.endedAt) : null,
  };
}

export async function addMember(deps: GroupsDeps, actor: Actor, groupId: string, input: z.output<typeof AddMemberBody>): Promise<z.infer<typeof Group>> {
  const access = await groupAccess(deps, actor, groupId);
  requireTherapist(access);
  const [client] = await eligibleClients(deps, actor, [input.clientId]);
  const members = await deps.store.groups.members(groupId);
  if (members.filter((m) => m.removedAt === null).length >= 12) throw new HttpError('invalid_request', em('errors:groups.atMostMembers', { max: 12 }));
  await deps.store.groups.addMember({ groupId, clientId: client!.id, colour: MEMBER_COLOURS[members.length % MEMBER_COLOURS.length]!, at: deps.clock() });
  return groupDto(deps, actor, access);
}

/** Takes a member out of the group: their past strokes stay in past pieces; they are disconnected at once. */
export async function removeMember(deps: GroupsDeps, actor: Actor, groupId: string, memberId: string): Promise<z.infer<typeof Group>> {
  const access = await groupAccess(deps, actor, groupId);
  requireTherapist(access);
  const m = await deps.store.groups.memberById(memberId);
  if (!m || m.groupId !== groupId || m.removedAt) throw new HttpError('not_found', em('errors:groups.memberNotFound'));
  await deps.store.groups.removeMember(m.id, deps.clock());
  const client = await deps.store.clients.byId(m.clientId);
  if (client?.userId) await deps.groupCanvas.revoke(client.userId);
  return groupDto(deps, actor, access);
}

/** A member chooses how the group sees them (screened: it is their words). */
export async function setDisplayName(
  deps: GroupsDeps,
  actor: Actor,
  groupId: string,
  input: z.output<typeof DisplayNameBody>,
): Promise<z.infer<typeof Group> & { crisis: CrisisNotice | null }> {
  const access = await groupAccess(deps, actor, groupId);
  if (!access.member) throw new HttpError('forbidden', em('errors:groups.membersChooseOwnName'));
  const client = (await deps.store.clients.byId(access.member.clientId))!;
  const crisis = await screenClientText(deps, client, 'group', access.member.id, [input.displayName]);
  await deps.store.groups.setDisplayName(access.member, input.displayName);
  return { ...(await groupDto(deps, actor, access)), crisis };
}

export async function scheduleGroupSession(
  deps: StoreDeps,
  actor: Actor,
  groupId: string,
  input: z.output<typeof ScheduleGroupSessionBody>,
): Promise<z.infer<typeof GroupSession>> {
  requireTherapist(await groupAccess(deps, actor, groupId));
  const s = await deps.store.groups.createSession({ groupId, title: input.title, scheduledAt: new Date(input.scheduledAt), at: deps.clock() });
  return sessionDto(s);
}

const MOVES: Record<string, readonly string[]> = { scheduled: ['in_progress', 'cancelled'], in_progress: ['completed'], completed: [], cancelled: [] };

/** Starts, ends or cancels a group session; ending closes the shared canvas for everyone. */
export async function updateGroupSession(
  deps: GroupsDeps,
  actor: Actor,
  sessionId: string,
  input: z.output<typeof UpdateGroupSessionBody>,
): Promise<z.infer<typeof GroupSession>> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  if (!MOVES[a.session.status]!.includes(input.status))
    throw new HttpError('conflict', em('errors:groups.sessionCannotBecome', { from: a.session.status, to: input.status }));
  const s = await deps.store.groups.setSessionStatus(sessionId, input.status, deps.clock());
  if (input.status !== 'in_progress') await deps.groupCanvas.end(sessionId);
  return sessionDto(s);
}

export async function readGroupSession(deps: StoreDeps, actor: Actor, sessionId: string): Promise<z.infer<typeof GroupSession>> {
  return sessionDto((await sessionAccess(deps, actor, sessionId)).session);
}

async function currentMembers({ store }: Pick<StoreDeps, 'store'>, groupId: string, ids: readonly string[]): Promise<Map<string, GroupMemberRecord>> {
  const members = new Map((await store.groups.members(groupId)).map((m) => [m.id, m]));
  for (const id of ids) if (!members.has(id)) throw new HttpError('invalid_request', em('errors:groups.memberNotInGroup'));
  return members;
}

export async function setAttendance(
  deps: StoreDeps,
  actor: Actor,
  sessionId: string,
  input: z.output<typeof AttendanceBody>,
): Promise<z.infer<typeof GroupNote>> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  await currentMembers(
    deps,
    a.group.id,
    input.attendance.map((x) => x.memberId),
  );
  for (const x of input.attendance) await deps.store.groups.setAttendance(sessionId, x.memberId, x.present);
  return readGroupNote(deps, actor, sessionId);
}

/** The session's one note with a line per member (therapist only; the therapist's own words are not screened). */
export async function saveGroupNote(
  deps: StoreDeps,
  actor: Actor,
  sessionId: string,
  input: z.output<typeof GroupNoteBody>,
): Promise<z.infer<typeof GroupNote>> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  const members = await currentMembers(
    deps,
    a.group.id,
    input.lines.map((l) => l.memberId),
  );
  if (new Set(input.lines.map((l) => l.memberId)).size !== input.lines.length) throw new HttpError('invalid_request', em('errors:groups.oneLinePerMember'));
  const lines = input.lines.filter((l) => l.line.length > 0).map((l) => ({ member: members.get(l.memberId)!, line: l.line }));
  await deps.store.groups.saveNote(sessionId, input.body, lines, actor.userId, deps.clock());
  return readGroupNote(deps, actor, sessionId);
}

export async function readGroupNote(deps: StoreDeps, actor: Actor, sessionId: string): Promise<z.infer<typeof GroupNote>> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  const note = await deps.store.groups.note(sessionId);
  const members = new Map((await deps.store.groups.members(a.group.id)).map((m) => [m.id, m]));
  const attendance = await deps.store.groups.attendance(sessionId);
  const lines = [];
  for (const l of note?.lines ?? []) {
    const m = members.get(l.memberId);
    lines.push({
      memberId: l.memberId,
      displayName: m?.displayName ?? null,
      clientName: m ? ((await deps.store.clients.byId(m.clientId))?.displayName ?? null) : null,
      line: l.line,
    });
  }
  return {
    sessionId,
    body: note?.body ?? '',
    lines,
    attendance: [...attendance].map(([memberId, present]) => ({ memberId, present })),
    updatedAt: note ? iso(note.updatedAt) : null,
  };
}
