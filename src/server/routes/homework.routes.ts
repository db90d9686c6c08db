import {
  AssignHomeworkBody,
  AttachArtworkBody,
  Homework,
  HomeworkAnswered,
  HomeworkAnswersBody,
  HomeworkList,
  IdParams,
  UpdateHomeworkBody,
} from '../../domain/api/schemas.ts';
import { AttachMusicBody, HomeworkHistoryWithMusic } from '../../domain/api/workspace.schemas.ts';
import {
  answerHomework,
  assignHomework,
  attachArtwork,
  attachMusic,
  homeworkHistory,
  listHomework,
  setHomeworkStatus,
} from '../../services/homework/homework.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const HW = { roles: ['therapist', 'client'] as const, scope: 'homework' as const, param: 'id' };

/** Homework: a directive assigned with a due date; the client's work, words and mood gathered for the next session. */
export function homeworkRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/clients/:id/homework',
    {
      config: { access: { ...CT, roles: ['therapist'] }, audit: 'homework.assign' },
      schema: { tags: ['homework'], summary: 'Assign a directive as homework', params: IdParams, body: AssignHomeworkBody, response: { 201: Homework } },
    },
    async (req, reply) => {
      const hw = await assignHomework(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = hw.id;
      return reply.status(201).send(hw);
    },
  );

  app.get(
    '/api/clients/:id/homework',
    {
      config: { access: CT, audit: 'homework.list' },
      schema: { tags: ['homework'], summary: 'Homework, newest first', params: IdParams, response: { 200: HomeworkList } },
    },
    async (req) => ({
      homework: await listHomework(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.patch(
    '/api/homework/:id',
    {
      config: { access: HW, audit: 'homework.update' },
      schema: {
        tags: ['homework'],
        summary: 'Start, complete, cancel or reopen homework',
        params: IdParams,
        body: UpdateHomeworkBody,
        response: { 200: Homework },
      },
    },
    async (req) => setHomeworkStatus(deps, requireActor(req.actor), subjectWith(req.subject, 'homework'), req.body),
  );

  app.post(
    '/api/homework/:id/answers',
    {
      config: { access: HW, audit: 'homework.answer' },
      schema: {
        tags: ['homework'],
        summary: 'Answer the reflection questions (screened for crisis language)',
        params: IdParams,
        body: HomeworkAnswersBody,
        response: { 201: HomeworkAnswered },
      },
    },
    async (req, reply) => reply.status(201).send(await answerHomework(deps, requireActor(req.actor), subjectWith(req.subject, 'homework'), req.body)),
  );

  app.post(
    '/api/homework/:id/artworks',
    {
      config: { access: HW, audit: 'homework.attach' },
      schema: {
        tags: ['homework'],
        summary: 'Attach a work from the gallery to this homework',
        params: IdParams,
        body: AttachArtworkBody,
        response: { 200: Homework },
      },
    },
    async (req) => attachArtwork(deps, requireActor(req.actor), subjectWith(req.subject, 'homework'), req.body),
  );

  app.post(
    '/api/homework/:id/music',
    {
      config: { access: HW, audit: 'homework.attach' },
      schema: {
        tags: ['homework'],
        summary: 'Attach a piece the client composed to this homework',
        params: IdParams,
        body: AttachMusicBody,
        response: { 200: Homework },
      },
    },
    async (req) => attachMusic(deps, requireActor(req.actor), subjectWith(req.subject, 'homework'), req.body),
  );

  app.get(
    '/api/clients/:id/homework-history',
    {
      config: { access: CT, audit: 'homework.history' },
      schema: {
        tags: ['homework'],
        summary: 'Compiled homework history: what was made, what the client wrote, how mood changed',
        params: IdParams,
        response: { 200: HomeworkHistoryWithMusic },
      },
    },
    async (req) => homeworkHistory(deps, requireActor(req.actor), requireSubject(req.subject)),
  );
}
