import { randomInt } from 'node:crypto';
import { readAffect } from '../../engines/affect/index.ts';
import { linesFromPhoto } from '../../engines/art/index.ts';
import { migrateStrokeDocument, StrokeDocumentError } from '../../engines/analysis/index.ts';
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { GeneratedArtworks, GenerateBody, IdParams, InpaintBody, SaveSketchBody, StrokesResponse, StudioInfo, VersionTree, Artwork } from '../../domain/api/schemas.ts';
import type { ArtworkRecord, ClientRecord, Store } from '../../store/index.ts';
import { imageFromDataUrl, pngFromRgba, rgbaFromEncoded, rgbaOfArtwork, storeArtworks } from '../artwork-files.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { artworkDto } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { LiveCanvasHub } from '../live-canvas.ts';
import type { LiveEvent } from '../live-canvas.ts';
import { LiveCanvasAck, LiveCanvasBatch, LiveCanvasQuery, LiveCanvasSnapshot } from '../../domain/api/live-canvas.schemas.ts';
import { JobAccepted } from '../../domain/api/jobs.schemas.ts';
import type { BackendProgress, ImageBackend } from '../../backends/index.ts';
import { backendFailure, chooseImageBackend } from './jobs.routes.ts';

const newSeed = (): number => randomInt(0, 2_147_483_647);

async function sessionOf(store: Store, client: ClientRecord, sessionId: string | undefined): Promise<string | null> {
  if (!sessionId) return null;
  const s = await store.therapySessions.byId(sessionId);
  if (!s || s.clientId !== client.id) throw new HttpError('invalid_request', 'That session does not belong to this client.');
  return s.id;
}

/** The studio: sketches with their strokes, sketch + words → image, refine by mask, version trees. */
export function studioRoutes(app: App, { store, config, clock, imageBackend, modelServers, jobs }: Deps): void {
  const live = new LiveCanvasHub();
  /**
   * The style to paint in: the one chosen, else the first style the prompt names in words the
   * affect engine knows ("watercolour lake", "like a mosaic"; "not watercolour" and the negative
   * prompt exclude), else the backend's first style.
   */
  const styleOf = (style: string | undefined, prompt = '', negativePrompt = '', backend: ImageBackend = imageBackend): string => {
    const styles = backend.capabilities.styles;
    if (style === undefined) {
      const named = readAffect(prompt, negativePrompt).styles.find((id) => styles.some((s) => s.id === id));
      return named ?? styles[0]!.id;
    }
    if (!styles.some((s) => s.id === style)) throw new HttpError('invalid_request', `Unknown style "${style}". Choose one of: ${styles.map((s) => s.id).join(', ')}.`);
    return style;
  };
  const dtos = async (arts: ArtworkRecord[], client: ClientRecord) => {
    const strokes = await store.artworks.withStrokes(arts.map((a) => a.id));
    return arts.map((a) => artworkDto(a, client.userId, strokes.has(a.id)));
  };

  app.get('/api/studio', { config: { access: { roles: ['therapist', 'client'] } }, schema: { tags: ['studio'], summary: 'Styles and the image backend in use', response: { 200: StudioInfo } } }, async () => ({
    backend: { id: imageBackend.capabilities.id, label: imageBackend.capabilities.label, external: imageBackend.capabilities.external },
    styles: imageBackend.capabilities.styles.map((s) => ({ ...s })),
    maxSize: imageBackend.capabilities.maxSize,
  }));

  app.post(
    '/api/clients/:id/sketches',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'artwork.sketch' },
      schema: { tags: ['studio'], summary: 'Save a drawing with its recorded strokes', params: IdParams, body: SaveSketchBody, response: { 201: Artwork } },
    },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      let strokes: StrokeDocument;
      try {
        strokes = migrateStrokeDocument(req.body.strokes);
      } catch (e) {
        if (e instanceof StrokeDocumentError) throw new HttpError('invalid_request', `The strokes could not be read: ${e.message}`);
        throw e;
      }
      const image = await imageFromDataUrl(req.body.image, config, 'drawing');
      const sessionId = await sessionOf(store, client, req.body.sessionId);
      const [art] = await storeArtworks(store, clock, [
        { meta: { clientId: client.id, createdBy: req.actor!.userId, parentId: null, sessionId, kind: 'sketch', title: req.body.title ?? '', backend: null, params: { strokes: strokes.strokes.length }, seed: null }, image },
      ]);
      await store.artworks.saveStrokes(art!, strokes.version, strokes, clock());
      req.auditNote.targetId = art!.id;
      return reply.status(201).send(artworkDto(art!, client.userId, true));
    },
  );

  app.post(
    '/api/clients/:id/generate',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'artwork.generate', consent: imageBackend.capabilities.external ? 'external_ai' : 'builtin_ai' },
      schema: { tags: ['studio'], summary: 'Co-create: sketch (optional) + words → 1–4 images (with a model server and async: 202 and a job to follow)', params: IdParams, body: GenerateBody, response: { 201: GeneratedArtworks, 202: JobAccepted } },
    },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      const b = req.body;
      // A configured model server needs the client's external_ai consent: checked before anything is sent.
      const chosen = await chooseImageBackend({ store, imageBackend, modelServers }, client, b.backendId);
      const backend = chosen.backend;
      const max = backend.capabilities.maxSize;
      if (b.width > max || b.height > max) throw new HttpError('invalid_request', `The largest image this backend makes is ${max}×${max} pixels.`);
      let source: ArtworkRecord | undefined;
      let sketch;
      if (b.sourceArtworkId) {
        source = await store.artworks.byId(b.sourceArtworkId);
        if (!source || source.clientId !== client.id) throw new HttpError('invalid_request', 'The drawing to follow was not found in this client’s gallery.');
        const pixels = await rgbaOfArtwork(store, source);
        // A photo of paper art becomes clean lines first; drawings are lines already.
        sketch = source.kind === 'upload' ? linesFromPhoto(pixels) : pixels;
      }
      const style = styleOf(b.style, b.prompt, b.negativePrompt, backend);
      const seed = b.seed ?? newSeed();
      const sessionId = await sessionOf(store, client, b.sessionId);
      const lines = sketch;
      const make = async (signal: AbortSignal, onProgress?: BackendProgress): Promise<ArtworkRecord[]> => {
        const images = await backend.generate({ prompt: b.prompt, negativePrompt: b.negativePrompt, sketch: lines, sketchStrength: b.sketchStrength, style, seed, width: b.width, height: b.height, count: b.count }, signal, onProgress);
        const encoded = await Promise.all(images.map(pngFromRgba));
        return storeArtworks(
          store,
          clock,
          encoded.map((image, i) => ({
            meta: {
              clientId: client.id,
              createdBy: req.actor!.userId,
              parentId: source?.id ?? null,
              sessionId,
              kind: 'generated' as const,
              title: b.title ?? '',
              backend: backend.capabilities.id,
              params: { prompt: b.prompt, negativePrompt: b.negativePrompt, style, sketchStrength: b.sketchStrength, width: b.width, height: b.height, variation: i + 1, of: b.count, ...(backend === imageBackend ? {} : { backendId: chosen.id }) },
              seed: seed + i,
            },
            image,
          })),
        );
      };
      if (b.async) {
        // Progress and cancel under /api/clients/:id/jobs/:jobId (in memory: single node).
        const job = jobs.start({ clientId: client.id, backend: chosen.id }, async (signal, progress) => (await make(signal, progress)).map((a) => a.id));
        req.auditNote.detail = { async: true, jobId: job.id, backend: chosen.id };
        return reply.status(202).send({ jobId: job.id });
      }
      const ac = new AbortController();
      req.raw.once('close', () => req.raw.destroyed && ac.abort());
      let arts: ArtworkRecord[];
      try {
        arts = await make(ac.signal);
      } catch (e) {
        throw backendFailure(e);
      }
      req.auditNote.targetId = arts[0]?.id;
      req.auditNote.detail = { count: arts.length, backend: chosen.id };
      return reply.status(201).send({ artworks: await dtos(arts, client) });
    },
  );

  app.post(
    '/api/artworks/:id/inpaint',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.inpaint', consent: imageBackend.capabilities.external ? 'external_ai' : 'builtin_ai' },
      schema: { tags: ['studio'], summary: 'Refine: repaint the masked part (white = repaint) as described', params: IdParams, body: InpaintBody, response: { 201: Artwork } },
    },
    async (req, reply) => {
      const { client, artwork } = requireSubject(req.subject);
      const b = req.body;
      const chosen = await chooseImageBackend({ store, imageBackend, modelServers }, client, b.backendId);
      const backend = chosen.backend;
      const image = await rgbaOfArtwork(store, artwork!);
      const maskFile = await imageFromDataUrl(b.mask, config, 'mask');
      const ratio = (w: number, h: number) => w / h;
      if (Math.abs(ratio(maskFile.width, maskFile.height) - ratio(image.width, image.height)) > 0.02) {
        throw new HttpError('invalid_request', `The mask is ${maskFile.width}×${maskFile.height}; it must have the artwork's shape (${image.width}×${image.height}).`);
      }
      const mask = await rgbaFromEncoded(maskFile.data, { width: image.width, height: image.height });
      const style = styleOf(b.style ?? (artwork!.params.style as string | undefined), b.prompt, b.negativePrompt, backend);
      const seed = b.seed ?? newSeed();
      let out;
      try {
        out = await backend.inpaint({ image, mask, prompt: b.prompt, negativePrompt: b.negativePrompt, style, seed, feather: b.feather });
      } catch (e) {
        throw backendFailure(e);
      }
      const [art] = await storeArtworks(store, clock, [
        {
          meta: { clientId: client.id, createdBy: req.actor!.userId, parentId: artwork!.id, sessionId: artwork!.sessionId, kind: 'inpainted', title: b.title ?? artwork!.title, backend: backend.capabilities.id, params: { prompt: b.prompt, negativePrompt: b.negativePrompt, style, feather: b.feather, ...(backend === imageBackend ? {} : { backendId: chosen.id }) }, seed },
          image: await pngFromRgba(out),
        },
      ]);
      req.auditNote.targetId = art!.id;
      return reply.status(201).send(artworkDto(art!, client.userId));
    },
  );

  app.get(
    '/api/artworks/:id/versions',
    { config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.versions' }, schema: { tags: ['studio'], summary: 'The version tree this artwork belongs to', params: IdParams, response: { 200: VersionTree } } },
    async (req) => {
      const { client, artwork } = requireSubject(req.subject);
      const { rootId, artworks } = await store.artworks.lineage(artwork!.id);
      return { rootId, artworks: await dtos(artworks.filter((a) => a.clientId === client.id), client) };
    },
  );

  app.get(
    '/api/artworks/:id/strokes',
    { config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.strokes' }, schema: { tags: ['studio'], summary: 'The recorded strokes of a drawing (for replay)', params: IdParams, response: { 200: StrokesResponse } } },
    async (req) => {
      const doc = await store.artworks.strokes(requireSubject(req.subject).artwork!);
      if (doc === undefined) throw new HttpError('not_found', 'This artwork has no recorded strokes.');
      return { strokes: doc };
    },
  );

  // ---- Live canvas: the therapist watches the client draw during a session (single node) -----
  // Open streams end as the server begins to close, so shutdown does not wait on them.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });
  const inSession = async (clientId: string): Promise<boolean> => (await store.therapySessions.listForClient(clientId)).some((x) => x.status === 'in_progress');

  app.post(
    '/api/clients/:id/live-canvas',
    {
      bodyLimit: 4 * 1024 * 1024,
      config: { access: { roles: ['client'], scope: 'client', param: 'id' }, audit: 'artwork.live' },
      schema: { tags: ['studio'], summary: 'Share the strokes drawn since the last batch with the therapist’s live view (only while a session is in progress; nothing is stored)', params: IdParams, body: LiveCanvasBatch, response: { 200: LiveCanvasAck } },
    },
    async (req) => {
      const client = requireSubject(req.subject).client;
      let doc: StrokeDocument;
      try {
        doc = migrateStrokeDocument(req.body.strokes);
      } catch (e) {
        if (e instanceof StrokeDocumentError) throw new HttpError('invalid_request', `The strokes could not be read: ${e.message}`);
        throw e;
      }
      // One audit entry per live drawing, not one per batch.
      if (live.current(client.id)?.drawingId === req.body.drawingId) req.auditNote.skip = true;
      if (!(await inSession(client.id))) {
        live.end(client.id);
        req.auditNote.skip = true;
        return { live: false, watchers: 0 };
      }
      live.publish(client.id, { drawingId: req.body.drawingId, width: doc.width, height: doc.height, background: doc.background, strokes: [...doc.strokes], replace: req.body.replace }, clock());
      req.auditNote.detail = { drawingId: req.body.drawingId };
      return { live: true, watchers: live.watchers(client.id) };
    },
  );

  app.get(
    '/api/clients/:id/live-canvas',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'artwork.live_view' },
      schema: {
        tags: ['studio'],
        summary: 'Watch the client’s canvas live: a Server-Sent-Events stream (events: drawing, strokes, ended) while a session is in progress; ?once=true sends the current picture as JSON',
        params: IdParams,
        querystring: LiveCanvasQuery,
        response: { 200: LiveCanvasSnapshot },
      },
    },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      const sessionLive = await inSession(client.id);
      if (req.query.once === 'true' || !(req.headers.accept ?? '').includes('text/event-stream')) {
        return { live: sessionLive, drawing: sessionLive ? (live.current(client.id) ?? null) : null };
      }
      // The stream leaves through the raw socket, so its one audit entry is written here.
      await store.audit.append({
        actorId: req.actor!.userId,
        actorRole: req.actor!.role,
        action: 'artwork.live_view',
        clientId: client.id,
        targetType: 'artwork',
        targetId: client.id,
        detail: { method: req.method, route: req.routeOptions.url },
      });
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no', 'x-content-type-options': 'nosniff' });
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      send('hello', { live: sessionLive, drawing: sessionLive ? (live.current(client.id) ?? null) : null });
      const stop = live.subscribe(client.id, (e: LiveEvent) => {
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
