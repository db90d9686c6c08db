import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AssignHomeworkBody, AttachArtworkBody, Homework, HomeworkAnswered, HomeworkAnswersBody, HomeworkList, IdParams, UpdateHomeworkBody } from '../../domain/api/schemas.ts';
import type { HomeworkRecord, ReflectionRecord } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { artworkDto, iso } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { reflectionDto, screenAndAlert } from './clinical.routes.ts';
import { findDirective } from './directives.routes.ts';
import { AttachMusicBody, HomeworkHistoryWithMusic } from '../../domain/api/workspace.schemas.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const HW = { roles: ['therapist', 'client'] as const, scope: 'homework' as const, param: 'id' };

/** Homework: a directive assigned with a due date; the client's work, words and mood gathered for the next session. */
export function homeworkRoutes(app: App, { store, clock }: Deps): void {
  const dto = (h: HomeworkRecord): z.infer<typeof Homework> => ({
    id: h.id, clientId: h.clientId, directiveId: h.directiveId, title: h.directive.title, mode: h.directive.mode, goal: h.directive.goal,
    instructions: h.directive.instructions, reflectionQuestions: h.directive.reflectionQuestions, note: h.note, dueAt: h.dueAt ? iso(h.dueAt) : null,
    status: h.status, overdue: h.dueAt !== null && h.dueAt < clock() && (h.status === 'assigned' || h.status === 'in_progress'),
    createdAt: iso(h.createdAt), completedAt: h.completedAt ? iso(h.completedAt) : null,
  });

  app.post('/api/clients/:id/homework', { config: { access: { ...CT, roles: ['therapist'] }, audit: 'homework.assign' }, schema: { tags: ['homework'], summary: 'Assign a directive as homework', params: IdParams, body: AssignHomeworkBody, response: { 201: Homework } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    const d = (await findDirective(store, req.actor!, req.body.directiveId))?.directive;
    if (!d) throw new HttpError('invalid_request', `There is no directive "${req.body.directiveId}".`);
    const dueAt = req.body.dueAt ? new Date(req.body.dueAt) : null;
    if (dueAt && dueAt < clock()) throw new HttpError('invalid_request', 'The due date is in the past.');
    const hw = await store.homework.create({
      id: randomUUID(), clientId: client.id, therapistId: req.actor!.userId, directiveId: d.id,
      directive: { title: d.title, mode: d.mode, goal: d.goal, instructions: [...d.instructions], reflectionQuestions: [...d.reflectionQuestions] },
      note: req.body.note || null, dueAt, createdAt: clock(),
    });
    req.auditNote.targetId = hw.id;
    return reply.status(201).send(dto(hw));
  });

  app.get('/api/clients/:id/homework', { config: { access: CT, audit: 'homework.list' }, schema: { tags: ['homework'], summary: 'Homework, newest first', params: IdParams, response: { 200: HomeworkList } } }, async (req) => ({
    homework: (await store.homework.listForClient(requireSubject(req.subject).client.id)).map(dto),
  }));

  app.patch('/api/homework/:id', { config: { access: HW, audit: 'homework.update' }, schema: { tags: ['homework'], summary: 'Start, complete, cancel or reopen homework', params: IdParams, body: UpdateHomeworkBody, response: { 200: Homework } } }, async (req) => {
    const hw = requireSubject(req.subject).homework!;
    const to = req.body.status;
    if (req.actor!.role === 'client' && (to === 'cancelled' || to === 'assigned')) throw new HttpError('forbidden', 'Only your therapist can cancel or reopen homework.');
    if (hw.status === 'cancelled' && req.actor!.role === 'client') throw new HttpError('conflict', 'This homework was cancelled.');
    return dto(await store.homework.setStatus(hw.id, to, clock()));
  });

  app.post('/api/homework/:id/answers', { config: { access: HW, audit: 'homework.answer' }, schema: { tags: ['homework'], summary: 'Answer the reflection questions (screened for crisis language)', params: IdParams, body: HomeworkAnswersBody, response: { 201: HomeworkAnswered } } }, async (req, reply) => {
    const { client, homework } = requireSubject(req.subject);
    if (homework!.status === 'cancelled') throw new HttpError('conflict', 'This homework was cancelled.');
    const now = clock();
    const recs: ReflectionRecord[] = [];
    let crisis = null;
    for (const a of req.body.answers) {
      const rec: ReflectionRecord = { id: randomUUID(), clientId: client.id, createdBy: req.actor!.userId, artworkId: null, homeworkId: homework!.id, question: a.question || null, text: a.text, createdAt: now };
      await store.clinical.addReflection(rec);
      recs.push(rec);
      crisis = (await screenAndAlert(store, client, 'reflection', rec.id, rec.text, now)) ?? crisis;
    }
    const next = req.body.complete ? await store.homework.setStatus(homework!.id, 'completed', now) : homework!.status === 'assigned' ? await store.homework.setStatus(homework!.id, 'in_progress', now) : homework!;
    return reply.status(201).send({ homework: dto(next), reflections: recs.map((r) => reflectionDto(r, client)), crisis });
  });

  app.post('/api/homework/:id/artworks', { config: { access: HW, audit: 'homework.attach' }, schema: { tags: ['homework'], summary: 'Attach a work from the gallery to this homework', params: IdParams, body: AttachArtworkBody, response: { 200: Homework } } }, async (req) => {
    const { client, homework } = requireSubject(req.subject);
    const art = await store.artworks.byId(req.body.artworkId);
    if (!art || art.clientId !== client.id) throw new HttpError('invalid_request', 'That artwork is not in this client’s gallery.');
    await store.homework.link('artworks', art.id, homework!.id);
    return dto(homework!.status === 'assigned' ? await store.homework.setStatus(homework!.id, 'in_progress', clock()) : homework!);
  });

  app.post('/api/homework/:id/music', { config: { access: HW, audit: 'homework.attach' }, schema: { tags: ['homework'], summary: 'Attach a piece the client composed to this homework', params: IdParams, body: AttachMusicBody, response: { 200: Homework } } }, async (req) => {
    const { client, homework } = requireSubject(req.subject);
    if (homework!.status === 'cancelled') throw new HttpError('conflict', 'This homework was cancelled.');
    const piece = await store.music.byId(req.body.musicId);
    if (!piece || piece.clientId !== client.id) throw new HttpError('invalid_request', 'That piece is not in this client’s music.');
    await store.homework.link('music_pieces', piece.id, homework!.id);
    return dto(homework!.status === 'assigned' ? await store.homework.setStatus(homework!.id, 'in_progress', clock()) : homework!);
  });

  app.get('/api/clients/:id/homework-history', { config: { access: CT, audit: 'homework.history' }, schema: { tags: ['homework'], summary: 'Compiled homework history: what was made, what the client wrote, how mood changed', params: IdParams, response: { 200: HomeworkHistoryWithMusic } } }, async (req) => {
    const client = requireSubject(req.subject).client;
    const [all, reflections, checkins, arts, pieces] = await Promise.all([store.homework.listForClient(client.id), store.clinical.reflections(client.id), store.clinical.checkins(client.id), store.artworks.listForClient(client.id), store.music.listForClient(client.id)]);
    const items = await Promise.all(
      all.map(async (hw) => {
        const linked = await store.homework.linked(hw.id);
        const mine = checkins.filter((c) => c.homeworkId === hw.id);
        const before = mine.filter((c) => c.moment === 'before').at(-1) ?? null;
        const after = mine.find((c) => c.moment === 'after') ?? null;
        const mood = (c: typeof before) => (c ? { valence: c.valence, arousal: c.arousal, distress: c.distress } : null);
        return {
          homework: dto(hw),
          artworks: arts.filter((a) => linked.artworkIds.includes(a.id)).map((a) => artworkDto(a, client.userId)),
          music: pieces.filter((p) => linked.musicIds.includes(p.id)).map((p) => ({ id: p.id, description: p.plan.description, seconds: p.seconds, createdAt: iso(p.createdAt) })),
          reflections: reflections.filter((r) => r.homeworkId === hw.id).reverse().map((r) => ({ ...reflectionDto(r, client), question: r.question ?? null })),
          mood: { before: mood(before), after: mood(after), distressChange: before && after ? after.distress - before.distress : null },
        };
      }),
    );
    return { items };
  });
}
