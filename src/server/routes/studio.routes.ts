import { JobAccepted } from '../../domain/api/jobs.schemas.ts';
import { LiveCanvasAck, LiveCanvasBatch, LiveCanvasQuery, LiveCanvasSnapshot } from '../../domain/api/live-canvas.schemas.ts';
import {
  DiscardedDrafts,
  GenerateBody,
  GeneratedArtworks,
  IdParams,
  InpaintBody,
  KeepBody,
  SaveSketchBody,
  ScreenedArtwork,
  StrokesResponse,
  StudioDrafts,
  StudioInfo,
  VersionTree,
} from '../../domain/api/schemas.ts';
import { discardDraft, keepArtwork, listDrafts } from '../../services/studio/drafts.service.ts';
import type { LiveEvent } from '../../services/studio/live-canvas-hub.ts';
import { liveSnapshot, shareLiveStrokes } from '../../services/studio/live-canvas.service.ts';
import { artworkStrokes, generatePictures, inpaintArtwork, saveSketch, studioInfo, versionTree } from '../../services/studio/studio.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Cancels `work` when the caller hangs up (a picture nobody waits for is not worth making). */
function abortOnClose(raw: { once(e: 'close', f: () => void): unknown; destroyed: boolean }): AbortSignal {
  const ac = new AbortController();
  raw.once('close', () => raw.destroyed && ac.abort());
  return ac.signal;
}

/** The studio: sketches with their strokes, sketch + words → image, refine by mask, version trees, the live canvas. */
export function studioRoutes(app: App, deps: Deps): void {
  const consent = deps.imageBackend.capabilities.external ? 'external_ai' : 'builtin_ai';
  const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
  const ART = { roles: ['therapist', 'client'] as const, scope: 'artwork' as const, param: 'id' };

  app.get(
    '/api/studio',
    {
      config: { access: { roles: ['therapist', 'client'] } },
      schema: { tags: ['studio'], summary: 'Styles and the image backend in use', response: { 200: StudioInfo } },
    },
    async () => studioInfo(deps),
  );

  app.post(
    '/api/clients/:id/sketches',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { access: CT, audit: 'artwork.sketch' },
      schema: {
        tags: ['studio'],
        summary: 'Save a drawing with its recorded strokes (the title is screened)',
        params: IdParams,
        body: SaveSketchBody,
        response: { 201: ScreenedArtwork },
      },
    },
    async (req, reply) => {
      const art = await saveSketch(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = art.id;
      return reply.status(201).send(art);
    },
  );

  app.post(
    '/api/clients/:id/generate',
    {
      config: { access: CT, audit: 'artwork.generate', consent },
      schema: {
        tags: ['studio'],
        summary: 'Co-create: sketch (optional) + words → 1–4 images (with a model server and async: 202 and a job to follow); the words are screened',
        params: IdParams,
        body: GenerateBody,
        response: { 201: GeneratedArtworks, 202: JobAccepted },
      },
    },
    async (req, reply) => {
      const out = await generatePictures(deps, requireActor(req.actor), requireSubject(req.subject), req.body, { signal: abortOnClose(req.raw) });
      if (out.kind === 'job') {
        req.auditNote.detail = { async: true, jobId: out.jobId, backend: out.backendId };
        return reply.status(202).send({ jobId: out.jobId, crisis: out.crisis });
      }
      req.auditNote.targetId = out.artworks[0]?.id;
      req.auditNote.detail = { count: out.artworks.length, backend: out.backendId };
      return reply.status(201).send({ artworks: out.artworks, reports: out.reports, paper: out.paper, crisis: out.crisis });
    },
  );

  app.post(
    '/api/artworks/:id/inpaint',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { access: ART, audit: 'artwork.inpaint', consent },
      schema: {
        tags: ['studio'],
        summary: 'Refine: repaint the masked part (white = repaint) as described; the words are screened',
        params: IdParams,
        body: InpaintBody,
        response: { 201: ScreenedArtwork },
      },
    },
    async (req, reply) => {
      const art = await inpaintArtwork(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork'), req.body);
      req.auditNote.targetId = art.id;
      return reply.status(201).send(art);
    },
  );

  app.get(
    '/api/artworks/:id/versions',
    {
      config: { access: ART, audit: 'artwork.versions' },
      schema: { tags: ['studio'], summary: 'The version tree this artwork belongs to', params: IdParams, response: { 200: VersionTree } },
    },
    async (req) => versionTree(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork')),
  );

  app.get(
    '/api/artworks/:id/strokes',
    {
      config: { access: ART, audit: 'artwork.strokes' },
      schema: { tags: ['studio'], summary: 'The recorded strokes of a drawing (for replay)', params: IdParams, response: { 200: StrokesResponse } },
    },
    async (req) => ({ strokes: await artworkStrokes(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork')) }),
  );

  // ---- Drafts: pictures stay in the studio until the client keeps one --------------------------
  app.get(
    '/api/clients/:id/studio/drafts',
    {
      config: { access: CT, audit: 'artwork.drafts' },
      schema: {
        tags: ['studio'],
        summary: 'The studio drafts not kept yet (pictures and the drawings they were made from), newest first',
        params: IdParams,
        response: { 200: StudioDrafts },
      },
    },
    async (req) => listDrafts(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.post(
    '/api/artworks/:id/keep',
    {
      config: { access: ART, audit: 'artwork.keep' },
      schema: {
        tags: ['studio'],
        summary: 'Keep a studio draft with a title (screened): it joins the gallery and the drafts it was made from become its history',
        params: IdParams,
        body: KeepBody,
        response: { 200: ScreenedArtwork },
      },
    },
    async (req) => keepArtwork(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork'), req.body),
  );

  app.delete(
    '/api/artworks/:id/draft',
    {
      config: { access: ART, audit: 'artwork.discard' },
      schema: {
        tags: ['studio'],
        summary: 'Let go of a studio draft and the drafts made from it (refused once a kept work was made from it)',
        params: IdParams,
        response: { 200: DiscardedDrafts },
      },
    },
    async (req) => discardDraft(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork')),
  );

  // ---- Live canvas: the therapist watches the client draw during a session (single node) -----
  // Open streams end as the server begins to close, so shutdown does not wait on them.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });

  app.post(
    '/api/clients/:id/live-canvas',
    {
      bodyLimit: 4 * 1024 * 1024,
      config: { access: { roles: ['client'], scope: 'client', param: 'id' }, audit: 'artwork.live' },
      schema: {
        tags: ['studio'],
        summary: 'Share the strokes drawn since the last batch with the therapist’s live view (only while a session is in progress; nothing is stored)',
        params: IdParams,
        body: LiveCanvasBatch,
        response: { 200: LiveCanvasAck },
      },
    },
    async (req) => {
      const out = await shareLiveStrokes(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      // One audit entry per live drawing, not one per batch.
      // The drawing id is chosen by the client: the log keeps a keyed pseudonym of it, never the string.
      if (out.newDrawing) req.auditNote.detail = { drawing: await deps.store.audit.pseudonym(req.body.drawingId) };
      else req.auditNote.skip = true;
      return out.ack;
    },
  );

  app.get(
    '/api/clients/:id/live-canvas',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'artwork.live_view' },
      schema: {
        tags: ['studio'],
        summary:
          'Watch the client’s canvas live: a Server-Sent-Events stream (events: drawing, strokes, ended) while a session is in progress; ?once=true sends the current picture as JSON',
        params: IdParams,
        querystring: LiveCanvasQuery,
        response: { 200: LiveCanvasSnapshot },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      const subject = requireSubject(req.subject);
      const snapshot = await liveSnapshot(deps, actor, subject);
      if (req.query.once === 'true' || !(req.headers.accept ?? '').includes('text/event-stream')) return snapshot;
      // The stream leaves through the raw socket, so its one audit entry is written here.
      const client = subject.client;
      await deps.store.audit.append({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'artwork.live_view',
        clientId: client.id,
        targetType: 'artwork',
        targetId: client.id,
        detail: { method: req.method, route: req.routeOptions.url },
      });
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      });
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      send('hello', snapshot);
      const stop = deps.liveCanvas.subscribe(client.id, (e: LiveEvent) => {
        if (e.type === 'reset') send('drawing', e.drawing);
        else if (e.type === 'strokes') send('strokes', { drawingId: e.drawingId, strokes: e.strokes, updatedAt: e.updatedAt });
        else send('ended', {});
      });
      const beat = setInterval(() => res.write(': still here\n\n'), 20_000);
      const close = () => {
        streams.delete(close);
        clearInterval(beat);
        stop();
        if (!res.writableEnded) res.end();
      };
      streams.add(close);
      res.once('close', close);
    },
  );
}
