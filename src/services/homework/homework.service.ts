/** Homework: a directive assigned with a due date; the client's work, words (screened) and mood gathered for the next session. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AssignHomeworkBody, AttachArtworkBody, Homework, HomeworkAnswered, HomeworkAnswersBody, UpdateHomeworkBody } from '../../domain/api/schemas.ts';
import type { AttachMusicBody, HomeworkHistoryWithMusic } from '../../domain/api/workspace.schemas.ts';
import type { CheckinRecord, HomeworkRecord, ReflectionRecord } from '../../store/index.ts';
import { reflectionDto } from '../clinical/reflections.service.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { findDirective } from '../directives/directives.service.ts';
import { artworkDto, iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import type { CrisisNotice } from '../safety/screen-client-text.ts';

type HomeworkDto = z.infer<typeof Homework>;

export const homeworkDto = (h: HomeworkRecord, now: Date): HomeworkDto => ({
  id: h.id,
  clientId: h.clientId,
  directiveId: h.directiveId,
  title: h.directive.title,
  mode: h.directive.mode,
  goal: h.directive.goal,
  instructions: h.directive.instructions,
  reflectionQuestions: h.directive.reflectionQuestions,
  note: h.note,
  dueAt: h.dueAt ? iso(h.dueAt) : null,
  status: h.status,
  overdue: h.dueAt !== null && h.dueAt < now && (h.status === 'assigned' || h.status === 'in_progress'),
  createdAt: iso(h.createdAt),
  completedAt: h.completedAt ? iso(h.completedAt) : null,
});

export async function assignHomework(
  { store, clock }: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof AssignHomeworkBody>,
): Promise<HomeworkDto> {
  const d = (await findDirective(store, actor, input.directiveId))?.directive;
  if (!d) throw new HttpError('invalid_request', em('errors:homework.directive', { directiveId: input.directiveId }));
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  if (dueAt && dueAt < clock()) throw new HttpError('invalid_request', em('errors:homework.dueDatePast'));
  const hw = await store.homework.create({
    id: randomUUID(),
    clientId: client.id,
    therapistId: actor.userId,
    directiveId: d.id,
    directive: { title: d.title, mode: d.mode, goal: d.goal, instructions: [...d.instructions], reflectionQuestions: [...d.reflectionQuestions] },
    note: input.note || null,
    dueAt,
    createdAt: clock(),
  });
  return homeworkDto(hw, clock());
}

export async function listHomework({ store, clock }: StoreDeps, _actor: Actor, { client }: Subject): Promise<HomeworkDto[]> {
  const now = clock();
  return (await store.homework.listForClient(client.id)).map((h) => homeworkDto(h, now));
}

export async function setHomeworkStatus(
  { store, clock }: StoreDeps,
  actor: Actor,
  { homework }: With<'homework'>,
  input: z.output<typeof UpdateHomeworkBody>,
): Promise<HomeworkDto> {
  const to = input.status;
  if (actor.role === 'client' && (to === 'cancelled' || to === 'assigned'))
    throw new HttpError('forbidden', em('errors:homework.therapistCancelReopenHomework'));
  if (homework.status === 'cancelled' && actor.role === 'client') throw new HttpError('conflict', em('errors:homework.homeworkCancelled'));
  return homeworkDto(await store.homework.setStatus(homework.id, to, clock()), clock());
}

/** Answers to the reflection questions: each is a reflection in the client's words, screened one by one. */
export async function answerHomework(
  deps: StoreDeps,
  actor: Actor,
  { client, homework }: With<'homework'>,
  input: z.output<typeof HomeworkAnswersBody>,
): Promise<z.infer<typeof HomeworkAnswered>> {
  const { store, clock } = deps;
  if (homework.status === 'cancelled') throw new HttpError('conflict', em('errors:homework.homeworkCancelled'));
  const now = clock();
  const recs: ReflectionRecord[] = [];
  let crisis: CrisisNotice | null = null;
  for (const a of input.answers) {
    const rec: ReflectionRecord = {
      id: randomUUID(),
      clientId: client.id,
      createdBy: actor.userId,
      artworkId: null,
      homeworkId: homework.id,
      question: a.question || null,
      text: a.text,
      createdAt: now,
    };
    await store.clinical.addReflection(rec);
    recs.push(rec);
    crisis = (await screenClientText(deps, client, 'reflection', rec.id, [rec.text])) ?? crisis;
  }
  const next = input.complete
    ? await store.homework.setStatus(homework.id, 'completed', now)
    : homework.status === 'assigned'
      ? await store.homework.setStatus(homework.id, 'in_progress', now)
      : homework;
  return { homework: homeworkDto(next, now), reflections: recs.map((r) => reflectionDto(r, client)), crisis };
}

/** Work attached to homework starts it (assigned → in progress). */
async function started({ store, clock }: StoreDeps, homework: HomeworkRecord): Promise<HomeworkDto> {
  return homeworkDto(homework.status === 'assigned' ? await store.homework.setStatus(homework.id, 'in_progress', clock()) : homework, clock());
}

export async function attachArtwork(
  deps: StoreDeps,
  _actor: Actor,
  { client, homework }: With<'homework'>,
  input: z.output<typeof AttachArtworkBody>,
): Promise<HomeworkDto> {
  const art = await deps.store.artworks.byId(input.artworkId);
  if (!art || art.clientId !== client.id) throw new HttpError('invalid_request', em('errors:homework.artworkClientSGallery'));
  await deps.store.homework.link('artworks', art.id, homework.id);
  return started(deps, homework);
}

export async function attachMusic(
  deps: StoreDeps,
  _actor: Actor,
  { client, homework }: With<'homework'>,
  input: z.output<typeof AttachMusicBody>,
): Promise<HomeworkDto> {
  if (homework.status === 'cancelled') throw new HttpError('conflict', em('errors:homework.homeworkCancelled'));
  const piece = await deps.store.music.byId(input.musicId);
  if (!piece || piece.clientId !== client.id) throw new HttpError('invalid_request', em('errors:homework.pieceClientSMusic'));
  await deps.store.homework.link('music_pieces', piece.id, homework.id);
  return started(deps, homework);
}

const mood = (c: CheckinRecord | null) => (c ? { valence: c.valence, arousal: c.arousal, distress: c.distress } : null);

/** Compiled homework history: what was made, what the client wrote, how mood changed. */
export async function homeworkHistory({ store, clock }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof HomeworkHistoryWithMusic>> {
  const [all, reflections, checkins, arts, pieces] = await Promise.all([
    store.homework.listForClient(client.id),
    store.clinical.reflections(client.id),
    store.clinical.checkins(client.id),
    store.artworks.listForClient(client.id),
    store.music.listForClient(client.id),
  ]);
  const now = clock();
  const items = await Promise.all(
    all.map(async (hw) => {
      const linked = await store.homework.linked(hw.id);
      const mine = checkins.filter((c) => c.homeworkId === hw.id);
      const before = mine.filter((c) => c.moment === 'before').at(-1) ?? null;
      const after = mine.find((c) => c.moment === 'after') ?? null;
      return {
        homework: homeworkDto(hw, now),
        artworks: arts.filter((a) => linked.artworkIds.includes(a.id)).map((a) => artworkDto(a, client.userId)),
        music: pieces
          .filter((p) => linked.musicIds.includes(p.id))
          .map((p) => ({ id: p.id, description: p.plan.description, seconds: p.seconds, createdAt: iso(p.createdAt) })),
        reflections: reflections
          .filter((r) => r.homeworkId === hw.id)
          .reverse()
          .map((r) => ({ ...reflectionDto(r, client), question: r.question ?? null })),
        mood: { before: mood(before), after: mood(after), distressChange: before && after ? after.distress - before.distress : null },
      };
    }),
  );
  return { items };
}
