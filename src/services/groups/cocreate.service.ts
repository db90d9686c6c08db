/**
 * Co-creation in a group session, and the therapist's moderation of the shared canvas.
 *
 * Members give words (screened; a positive screen raises an alert on that member's own record,
 * so the therapist sees who it was and nobody else does). The therapist makes a round of
 * variations from the group's sketch (the visible strokes) and the words, with the studio's image
 * engine; members vote; the therapist keeps one as the group work. A work is stored once with its
 * contributors, as its sketch, their words and its seed, and is rendered again when asked for —
 * so when a member is erased the piece is made without their strokes and words.
 *
 * Members without the built-in-engine consent (`builtin_ai`) take no part in what the engine
 * reads: their strokes and words are left out of the sketch and the prompt.
 */
import { randomInt } from 'node:crypto';
import * as Y from 'yjs';
import type { z } from 'zod';
import type { CoCreateState, GroupWordsBody, KeepBody, ModerationBody, VoteBody, GroupWorkList } from '../../domain/api/groups.schemas.ts';
import { hiddenOf, isPaused, metaOf, strokesOf } from '../../domain/groups/canvas-model.ts';
import type { ImageBackend } from '../../backends/index.ts';
import { pngFromRgba } from '../artworks/artwork-files.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import type { CrisisNotice } from '../safety/screen-client-text.ts';
import { groupAccess, requireTherapist, sessionAccess } from './groups.service.ts';
import type { GroupsDeps } from './groups.service.ts';
import { rasterizeStrokes, strokesOfUpdate } from './group-sketch.ts';

export interface CoCreateDeps extends GroupsDeps {
  imageBackend: ImageBackend;
}

/** Variations per round. */
export const ROUND_SIZE = 3;
const PIECE = { width: 480, height: 300 };

function requireLive(status: string): void {
  if (status !== 'in_progress') throw new HttpError('conflict', em('errors:groups.sessionNotInProgress'));
}

/** A member's words for the group picture (one set per member and session; giving again replaces them). */
export async function giveWords(
  deps: GroupsDeps,
  actor: Actor,
  sessionId: string,
  input: z.output<typeof GroupWordsBody>,
): Promise<{ crisis: CrisisNotice | null }> {
  const a = await sessionAccess(deps, actor, sessionId);
  if (!a.member) throw new HttpError('forbidden', em('errors:groups.membersGiveOwnWords'));
  requireLive(a.session.status);
  const client = (await deps.store.clients.byId(a.member.clientId))!;
  const crisis = await screenClientText(deps, client, 'group', sessionId, [input.words]);
  await deps.store.groups.setWords(sessionId, a.member, input.words, deps.clock());
  return { crisis };
}

export async function coCreateState(deps: GroupsDeps, actor: Actor, sessionId: string): Promise<z.infer<typeof CoCreateState>> {
  const a = await sessionAccess(deps, actor, sessionId);
  const words = await deps.store.groups.words(sessionId);
  const round = await deps.store.groups.latestRound(sessionId);
  let roundDto: z.infer<typeof CoCreateState>['round'] = null;
  if (round) {
    const votes = await deps.store.groups.votes(round.id);
    const counts = Array.from({ length: round.count }, () => 0);
    for (const c of votes.values()) if (c < round.count) counts[c]!++;
    roundDto = {
      id: round.id,
      count: round.count,
      votes: counts,
      myVote: a.member ? (votes.get(a.member.id) ?? null) : null,
      wordsGiven: words.size,
      createdAt: iso(round.createdAt),
    };
  }
  return { round: roundDto, wordsGiven: words.size, myWords: a.member ? (words.get(a.member.id) ?? null) : null };
}

/** Who takes part in what the engine reads: current members with the built-in-engine consent. */
async function engineParticipants({ store }: Pick<StoreDeps, 'store'>, groupId: string): Promise<{ excluded: Set<string>; ordered: string[] }> {
  const members = await store.groups.members(groupId);
  const excluded = new Set<string>();
  const ordered: string[] = [];
  for (const m of members) {
    if (m.removedAt === null && (await store.consents.has(m.clientId, 'builtin_ai'))) ordered.push(m.id);
    else excluded.add(m.id);
  }
  return { excluded, ordered };
}

/** The therapist makes a round of variations from the canvas as it is now. */
export async function startRound(deps: CoCreateDeps, actor: Actor, sessionId: string): Promise<z.infer<typeof CoCreateState>> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  requireLive(a.session.status);
  const room = await deps.groupCanvas.room(sessionId);
  const doc = Y.encodeStateAsUpdate(room.doc);
  await deps.store.groups.createRound({ sessionId, seed: randomInt(0, 2_000_000_000), count: ROUND_SIZE, doc, createdAt: deps.clock() });
  await deps.groupCanvas.leave(sessionId, null);
  room.notice({ type: 'round' });
  return coCreateState(deps, actor, sessionId);
}

export async function vote(deps: GroupsDeps, actor: Actor, sessionId: string, input: z.output<typeof VoteBody>): Promise<z.infer<typeof CoCreateState>> {
  const a = await sessionAccess(deps, actor, sessionId);
  if (!a.member) throw new HttpError('forbidden', em('errors:groups.membersVoteTherapistKeeps'));
  requireLive(a.session.status);
  const round = await deps.store.groups.latestRound(sessionId);
  if (!round || round.id !== input.roundId) throw new HttpError('conflict', em('errors:groups.roundOverVote'));
  if (input.choice >= round.count) throw new HttpError('invalid_request', em('errors:groups.chooseVariation', { max: round.count - 1 }));
  await deps.store.groups.vote(round.id, a.member.id, input.choice);
  return coCreateState(deps, actor, sessionId);
}

/** Renders a piece: the sketch's strokes (without `excluded` authors), the participants' words, the seed. */
async function renderPiece(
  deps: Pick<CoCreateDeps, 'imageBackend'>,
  doc: Uint8Array,
  words: readonly string[],
  excluded: ReadonlySet<string>,
  seed: number,
): Promise<Uint8Array> {
  const sketch = rasterizeStrokes(strokesOfUpdate(doc, excluded), PIECE.width / 960);
  const backend = deps.imageBackend;
  const [img] = await backend.generate({
    prompt: words.join(', ') || 'a shared drawing',
    negativePrompt: '',
    sketch,
    sketchStrength: 0.75,
    style: backend.capabilities.styles[0]!.id,
    seed,
    width: PIECE.width,
    height: PIECE.height,
    count: 1,
  });
  return (await pngFromRgba(img!)).data;
}

/** One variation of the newest round, as PNG. */
export async function variationImage(deps: CoCreateDeps, actor: Actor, sessionId: string, index: number): Promise<Uint8Array> {
  const a = await sessionAccess(deps, actor, sessionId);
  const round = await deps.store.groups.latestRound(sessionId);
  if (!round || index >= round.count) throw new HttpError('not_found', em('errors:groups.variationNotFound'));
  const { excluded, ordered } = await engineParticipants(deps, a.group.id);
  const words = await deps.store.groups.words(sessionId);
  return renderPiece(
    deps,
    round.doc,
    ordered.flatMap((id) => words.get(id) ?? []),
    excluded,
    round.seed + index,
  );
}

/** The therapist keeps a variation as the group work: stored once, with the members who contributed. */
export async function keepWork(deps: CoCreateDeps, actor: Actor, sessionId: string, input: z.output<typeof KeepBody>): Promise<z.infer<typeof GroupWorkList>> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  const round = await deps.store.groups.latestRound(sessionId);
  if (!round || round.id !== input.roundId) throw new HttpError('conflict', em('errors:groups.roundOverKeep'));
  if (input.choice >= round.count) throw new HttpError('invalid_request', em('errors:groups.chooseVariation', { max: round.count - 1 }));
  const { excluded, ordered } = await engineParticipants(deps, a.group.id);
  const words = await deps.store.groups.words(sessionId);
  const authors = new Set(strokesOfUpdate(round.doc, excluded).map((s) => s.author));
  const members = new Map((await deps.store.groups.members(a.group.id)).map((m) => [m.id, m]));
  const contributors = ordered.filter((id) => authors.has(id) || words.has(id)).map((id) => ({ member: members.get(id)!, words: words.get(id) ?? null }));
  await deps.store.groups.createWork({ sessionId, seed: round.seed + input.choice, doc: round.doc, at: deps.clock() }, contributors);
  return listWorks(deps, actor, a.group.id);
}

export async function listWorks(deps: GroupsDeps, actor: Actor, groupId: string): Promise<z.infer<typeof GroupWorkList>> {
  await groupAccess(deps, actor, groupId);
  const works = await deps.store.groups.works({ groupId });
  const members = new Map((await deps.store.groups.members(groupId)).map((m) => [m.id, m]));
  return {
    works: works.map((w) => ({
      id: w.id,
      sessionId: w.sessionId,
      createdAt: iso(w.createdAt),
      contributors: w.contributors.map((c) => ({ memberId: c.memberId, displayName: members.get(c.memberId)?.displayName ?? null })),
    })),
  };
}

/** A group work as PNG, made again from what is stored (so an erased member is no longer in it). */
export async function workImage(deps: CoCreateDeps, actor: Actor, workId: string): Promise<Uint8Array> {
  const w = await deps.store.groups.workById(workId);
  if (!w) throw new HttpError('not_found', em('errors:groups.groupWorkNotFound'));
  const session = await deps.store.groups.sessionById(w.sessionId);
  try {
    await groupAccess(deps, actor, session!.groupId);
  } catch (e) {
    if (e instanceof HttpError && e.code === 'not_found') throw new HttpError('not_found', em('errors:groups.groupWorkNotFound'));
    throw e;
  }
  return renderWork(deps, w.id);
}

/** Renders a kept work from its stored sketch, contributors' words and seed. */
export async function renderWork(deps: Pick<CoCreateDeps, 'store' | 'imageBackend'>, workId: string): Promise<Uint8Array> {
  const w = (await deps.store.groups.workById(workId))!;
  return renderPiece(
    deps,
    w.doc,
    w.contributors.flatMap((c) => (c.words ? [c.words] : [])),
    new Set(),
    w.seed,
  );
}

/** The therapist pauses or resumes drawing, hides, shows or removes a stroke: it changes on every screen at once. */
export async function moderate(deps: GroupsDeps, actor: Actor, sessionId: string, input: z.output<typeof ModerationBody>): Promise<{ paused: boolean }> {
  const a = await sessionAccess(deps, actor, sessionId);
  requireTherapist(a);
  requireLive(a.session.status);
  let paused = false;
  await deps.groupCanvas.change(sessionId, (doc) => {
    if (input.paused !== undefined) metaOf(doc).set('paused', input.paused);
    if (input.hide) hiddenOf(doc).set(input.hide, true);
    if (input.unhide) hiddenOf(doc).delete(input.unhide);
    if (input.remove) strokesOf(doc).delete(input.remove);
    paused = isPaused(doc);
  });
  return { paused };
}
