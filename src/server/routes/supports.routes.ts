import { z } from 'zod';
import { IdParams, Ok } from '../../domain/api/schemas.ts';
import {
  ClientTraditions,
  DirectiveSuggestions,
  DirectiveSuggestionsQuery,
  SavedSupport,
  TraditionsBody,
  SupportBody,
  SupportParams,
  Supports,
  SymbolParams,
  Ticks,
  TicksBody,
} from '../../domain/api/supports.schemas.ts';
import {
  createSupport,
  deleteSupport,
  listSupports,
  readTraditions,
  setTicks,
  setTraditions,
  supportPrint,
  symbolPicture,
  updateSupport,
} from '../../services/supports/supports.service.ts';
import { directiveSuggestions } from '../../services/directives/suggestions.service.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const T = { roles: ['therapist'] as const, scope: 'client' as const, param: 'id' };

const pdfName = (title: string): string =>
  `${
    title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'visual-support'
  }.pdf`;

/** Visual supports: social stories, visual schedules (tick-off) and emotion cards; their symbols and printable PDFs. */
export function supportsRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/clients/:id/supports',
    {
      config: { access: CT, audit: 'supports.list' },
      schema: {
        tags: ['supports'],
        summary: "A client's visual supports (oldest first), with the ticks of their routines",
        params: IdParams,
        response: { 200: Supports },
      },
    },
    async (req) => listSupports(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.post(
    '/api/clients/:id/supports',
    {
      config: { access: T, audit: 'supports.create' },
      schema: {
        tags: ['supports'],
        summary: 'Prepare a social story, a visual schedule or emotion cards for a client',
        params: IdParams,
        body: SupportBody,
        response: { 201: SavedSupport },
      },
    },
    async (req, reply) => {
      const out = await createSupport(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.support.id;
      return reply.status(201).send(out);
    },
  );

  app.put(
    '/api/clients/:id/supports/:supportId',
    {
      config: { access: T, audit: 'supports.update' },
      schema: {
        tags: ['supports'],
        summary: 'Replace a visual support (title, options, items in order)',
        params: SupportParams,
        body: SupportBody,
        response: { 200: SavedSupport },
      },
    },
    async (req) => {
      req.auditNote.targetId = req.params.supportId;
      return updateSupport(deps, requireActor(req.actor), requireSubject(req.subject), req.params.supportId, req.body);
    },
  );

  app.delete(
    '/api/clients/:id/supports/:supportId',
    {
      config: { access: T, audit: 'supports.delete' },
      schema: { tags: ['supports'], summary: 'Delete a visual support', params: SupportParams, response: { 200: Ok } },
    },
    async (req) => {
      req.auditNote.targetId = req.params.supportId;
      await deleteSupport(deps, requireActor(req.actor), requireSubject(req.subject), req.params.supportId);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/clients/:id/supports/:supportId/ticks',
    {
      config: { access: CT, audit: 'supports.tick' },
      schema: {
        tags: ['supports'],
        summary: 'Tick steps of a daily routine for one day (replaces that day’s ticks)',
        params: SupportParams,
        body: TicksBody,
        response: { 200: Ticks },
      },
    },
    async (req) => {
      req.auditNote.targetId = req.params.supportId;
      return setTicks(deps, requireActor(req.actor), requireSubject(req.subject), req.params.supportId, req.body);
    },
  );

  app.get(
    '/api/clients/:id/supports/:supportId/print.pdf',
    {
      config: { access: CT, audit: 'supports.print' },
      schema: {
        tags: ['supports'],
        summary: 'The support as a printable PDF (A4)',
        params: SupportParams,
        querystring: z.object({ lang: z.enum(['en', 'es', 'de']).default('en') }),
      },
    },
    async (req, reply) => {
      req.auditNote.targetId = req.params.supportId;
      const { pdf, title } = await supportPrint(deps, requireActor(req.actor), requireSubject(req.subject), req.params.supportId, req.query.lang);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${pdfName(title)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  );

  app.get(
    '/api/supports/symbols/:word',
    {
      config: { access: { roles: ['therapist', 'client'] } },
      schema: {
        tags: ['supports'],
        summary: 'The symbol a word names (en/es/de): a shape of the studio library, or a face for a feeling word (PNG)',
        params: SymbolParams,
      },
    },
    async (req, reply) => {
      const png = await symbolPicture(req.params.word);
      return reply
        .header('content-type', 'image/png')
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    },
  );

  app.get(
    '/api/clients/:id/directive-suggestions',
    {
      config: { access: T, audit: 'directives.suggest' },
      schema: {
        tags: ['directives'],
        summary:
          'Directives ranked for this client (goals, plan, PHQ-9/GAD-7, homework and how the client felt after it, music that eased them, recent-work trends, traditions), each with a one-line reason; for the therapist only',
        params: IdParams,
        querystring: DirectiveSuggestionsQuery,
        response: { 200: DirectiveSuggestions },
      },
    },
    async (req) => directiveSuggestions(deps, requireActor(req.actor), requireSubject(req.subject), req.query),
  );

  app.get(
    '/api/clients/:id/traditions',
    {
      config: { access: CT, audit: 'traditions.read' },
      schema: {
        tags: ['supports'],
        summary: 'The cultural traditions the client chose as their own, and those on offer',
        params: IdParams,
        response: { 200: ClientTraditions },
      },
    },
    async (req) => readTraditions(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.put(
    '/api/clients/:id/traditions',
    {
      config: { access: { roles: ['client'] as const, scope: 'client' as const, param: 'id' }, audit: 'traditions.set' },
      schema: {
        tags: ['supports'],
        summary: 'The client chooses their own traditions (replaces the list)',
        params: IdParams,
        body: TraditionsBody,
        response: { 200: ClientTraditions },
      },
    },
    async (req) => setTraditions(deps, requireActor(req.actor), requireSubject(req.subject), req.body),
  );
}
