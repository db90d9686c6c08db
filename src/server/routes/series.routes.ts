import { IdParams, Ok } from '../../domain/api/schemas.ts';
import {
  NoteSeries,
  NoteSeriesBody,
  SavedSeries,
  SelfPortraitBody,
  SelfPortraitState,
  SeriesBody,
  SeriesParams,
  Stories,
} from '../../domain/api/series.schemas.ts';
import {
  createSeries,
  deleteSeries,
  noteSeries,
  readStories,
  seriesStorybook,
  setNoteSeries,
  setSelfPortrait,
  updateSeries,
} from '../../services/series/series.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const NOTE = { roles: ['therapist'] as const, scope: 'note' as const, param: 'id' };

/** A file name for the storybook: the title's letters and digits, or "storybook". */
const pdfName = (title: string): string =>
  `${
    title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'storybook'
  }.pdf`;

/** Stories: series of works in chapters (timeline, slideshow, storybook PDF), self-portraits, series on session notes. */
export function seriesRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/clients/:id/stories',
    {
      config: { access: CT, audit: 'series.list' },
      schema: {
        tags: ['stories'],
        summary: "A client's series (oldest first) and the works marked as self-portraits",
        params: IdParams,
        response: { 200: Stories },
      },
    },
    async (req) => readStories(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.post(
    '/api/clients/:id/series',
    {
      config: { access: CT, audit: 'series.create' },
      schema: {
        tags: ['stories'],
        summary: 'Create a series: works in chapters with a title, the client’s words and optional music (the words are screened)',
        params: IdParams,
        body: SeriesBody,
        response: { 201: SavedSeries },
      },
    },
    async (req, reply) => {
      const out = await createSeries(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.series.id;
      return reply.status(201).send(out);
    },
  );

  app.put(
    '/api/clients/:id/series/:seriesId',
    {
      config: { access: CT, audit: 'series.update' },
      schema: {
        tags: ['stories'],
        summary: 'Replace a series’ title, music and chapters in the order given (new words are screened)',
        params: SeriesParams,
        body: SeriesBody,
        response: { 200: SavedSeries },
      },
    },
    async (req) => {
      req.auditNote.targetId = req.params.seriesId;
      return updateSeries(deps, requireActor(req.actor), requireSubject(req.subject), req.params.seriesId, req.body);
    },
  );

  app.delete(
    '/api/clients/:id/series/:seriesId',
    {
      config: { access: CT, audit: 'series.delete' },
      schema: { tags: ['stories'], summary: 'Delete a series (the works stay in the gallery)', params: SeriesParams, response: { 200: Ok } },
    },
    async (req) => {
      req.auditNote.targetId = req.params.seriesId;
      await deleteSeries(deps, requireActor(req.actor), requireSubject(req.subject), req.params.seriesId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/clients/:id/series/:seriesId/storybook.pdf',
    {
      config: { access: CT, audit: 'series.storybook' },
      schema: { tags: ['stories'], summary: 'The series as a printable storybook (PDF: a cover, then one chapter per page)', params: SeriesParams },
    },
    async (req, reply) => {
      req.auditNote.targetId = req.params.seriesId;
      const { pdf, title } = await seriesStorybook(deps, requireActor(req.actor), requireSubject(req.subject), req.params.seriesId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${pdfName(title)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  );

  app.put(
    '/api/artworks/:id/self-portrait',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.tag' },
      schema: {
        tags: ['stories'],
        summary: 'Mark a work as a self-portrait (or not) for the then/now view',
        params: IdParams,
        body: SelfPortraitBody,
        response: { 200: SelfPortraitState },
      },
    },
    async (req) => setSelfPortrait(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork'), req.body),
  );

  app.get(
    '/api/notes/:id/series',
    {
      config: { access: NOTE, audit: 'note.series' },
      schema: { tags: ['notes'], summary: 'The series attached to a session note', params: IdParams, response: { 200: NoteSeries } },
    },
    async (req) => noteSeries(deps, requireActor(req.actor), subjectWith(req.subject, 'note')),
  );

  app.put(
    '/api/notes/:id/series',
    {
      config: { access: NOTE, audit: 'note.series.set' },
      schema: {
        tags: ['notes'],
        summary: 'Attach series of this client to a draft note (replaces the list)',
        params: IdParams,
        body: NoteSeriesBody,
        response: { 200: NoteSeries },
      },
    },
    async (req) => setNoteSeries(deps, requireActor(req.actor), subjectWith(req.subject, 'note'), req.body),
  );
}
