/**
 * The studio: drawings saved with their strokes, sketch + words → pictures (built-in engine or a
 * configured model server, at once or as a job to follow), refining a part by mask, version trees
 * and stroke replay. The client's words — prompt, negative prompt, title — are screened as soon
 * as the request is known to be valid, before any model server is asked (so a failing server
 * cannot hide them from the therapist).
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { BackendProgress, ImageBackend } from '../../backends/index.ts';
import type {
  Artwork,
  GenerateBody,
  GenerateReport as GenerateReportDto,
  InpaintBody,
  PaperNote,
  SaveSketchBody,
  ScreenedArtwork,
  StudioInfo,
  VersionTree,
} from '../../domain/api/schemas.ts';
import { isStyleId, readAffect } from '../../engines/affect/index.ts';
import { migrateStrokeDocument, StrokeDocumentError } from '../../engines/analysis/index.ts';
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { describeImage, linesFromPhoto, paperNote, sizeForAspect, straightenPaper } from '../../engines/art/index.ts';
import type { GenerateReport } from '../../engines/art/index.ts';
import type { RgbaImage } from '../../engines/core/index.ts';
import type { ArtworkRecord, ClientRecord, Store } from '../../store/index.ts';
import { imageFromDataUrl, pngFromRgba, rgbaFromEncoded, rgbaOfArtwork, storeArtworks } from '../artworks/artwork-files.ts';
import type { ImageLimits } from '../artworks/artwork-files.ts';
import type { Actor, Clock, Subject, With } from '../context.ts';
import { artworkDto } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { imageBackendFor, imageTask } from '../jobs/engine-pool.ts';
import type { EnginePool } from '../jobs/engine-pool.ts';
import type { JobContext, JobRunner } from '../jobs/job-runner.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import type { CrisisNotice } from '../safety/screen-client-text.ts';
import { backendFailure, chooseImageBackend } from './image-backend-choice.ts';
import type { ChosenBackend, ImageBackendDeps } from './image-backend-choice.ts';

/** What making pictures needs (a request now, or a job on any node or a `hearth worker`). */
export interface PictureDeps extends ImageBackendDeps {
  clock: Clock;
  /** Engine threads: line extraction runs there when given (else in-process, as in the CLI). */
  engines?: EnginePool;
}

export interface StudioDeps extends PictureDeps {
  config: ImageLimits;
  /** Long jobs, followed and cancelled from any node (`async: true`). */
  jobs: JobRunner;
}

/** A generate request as a job carries it (sealed with the client's key while it waits). */
export interface GenerateJobInput {
  actorId: string;
  backendId: string;
  sourceArtworkId: string | null;
  /** An uploaded photo used whole, not cropped to its sheet of paper (absent in jobs queued before it existed). */
  wholePhoto?: boolean;
  sessionId: string | null;
  firstId: string;
  prompt: string;
  negativePrompt: string;
  title: string;
  sketchStrength: number;
  style: string;
  seed: number;
  width: number;
  height: number;
  count: number;
}

type ArtworkDto = z.infer<typeof ScreenedArtwork>;

const newSeed = (): number => randomInt(0, 2_147_483_647);

/** Reads a stroke document in any stored version, or refuses it in words. */
export function strokesOf(raw: unknown): StrokeDocument {
  try {
    return migrateStrokeDocument(raw);
  } catch (e) {
    if (e instanceof StrokeDocumentError) throw new HttpError('invalid_request', em('errors:studio.strokesCouldRead', { message: e.message }));
    throw e;
  }
}

async function sessionOf(store: Store, client: ClientRecord, sessionId: string | undefined | null): Promise<string | null> {
  if (!sessionId) return null;
  const s = /^[0-9a-f-]{36}$/i.test(sessionId) ? await store.therapySessions.byId(sessionId) : undefined;
  if (!s || s.clientId !== client.id) throw new HttpError('invalid_request', em('errors:studio.sessionDoesBelongClient'));
  return s.id;
}

/**
 * The style to paint in: the one chosen, else the first style the prompt names in words the
 * affect engine knows ("watercolour lake", "like a mosaic"; "not watercolour" and the negative
 * prompt exclude), else the backend's first style.
 */
function styleOf(backend: ImageBackend, style: string | undefined, prompt = '', negativePrompt = ''): string {
  const styles = backend.capabilities.styles;
  if (style === undefined) {
    const named = readAffect(prompt, negativePrompt).styles.find((id) => styles.some((s) => s.id === id));
    return named ?? styles[0]!.id;
  }
  if (!styles.some((s) => s.id === style))
    throw new HttpError('invalid_request', em('errors:studio.unknownStyleChooseOne', { style, styles: styles.map((s) => s.id).join(', ') }));
  return style;
}

/** Response shapes; a picture made from a drawing has that drawing's strokes to replay. */
export async function dtos(store: Store, arts: readonly ArtworkRecord[], client: ClientRecord) {
  const strokes = await store.artworks.strokeSources(arts.map((a) => a.id));
  return arts.map((a) => artworkDto(a, client.userId, strokes.has(a.id)));
}

export function studioInfo({ imageBackend }: Pick<StudioDeps, 'imageBackend'>): z.infer<typeof StudioInfo> {
  const c = imageBackend.capabilities;
  return { backend: { id: c.id, label: c.label, external: c.external }, styles: c.styles.map((s) => ({ ...s })), maxSize: c.maxSize };
}

/** Saves a drawing with its recorded strokes (a studio draft with `draft`); its title is screened. */
export async function saveSketch(deps: StudioDeps, actor: Actor, { client }: Subject, input: z.output<typeof SaveSketchBody>): Promise<ArtworkDto> {
  const { store, clock, config } = deps;
  const strokes = strokesOf(input.strokes);
  const image = await imageFromDataUrl(input.image, config, 'drawing');
  const sessionId = await sessionOf(store, client, input.sessionId);
  const id = randomUUID();
  const crisis = await screenClientText(deps, client, 'artwork', id, [input.title]);
  const [art] = await storeArtworks(store, clock, [
    {
      meta: {
        id,
        clientId: client.id,
        createdBy: actor.userId,
        parentId: null,
        sessionId,
        kind: 'sketch',
        title: input.title ?? '',
        backend: null,
        params: { strokes: strokes.strokes.length },
        seed: null,
        state: input.draft ? 'draft' : 'gallery',
      },
      image,
    },
  ]);
  await store.artworks.saveStrokes(art!, strokes.version, strokes, clock());
  return { ...artworkDto(art!, client.userId, true), crisis };
}

/** The engine's report as the response shape (mutable copies of its read-only lists). */
function reportDto(r: GenerateReport): z.infer<typeof GenerateReportDto> {
  return {
    ...r,
    words: r.words.map((w) => ({ ...w, where: w.where?.map((p) => ({ box: { ...p.box }, layer: p.layer })) })),
    notDrawn: [...r.notDrawn],
    leftOut: [...r.leftOut],
    horizon: { ...r.horizon },
    sketch: r.sketch && { ...r.sketch },
  };
}

/** The kind of job a generate request with `async` becomes. */
export const GENERATE_JOB = 'studio.generate';

async function sourceOf(store: Store, client: ClientRecord, id: string | null | undefined): Promise<ArtworkRecord | undefined> {
  if (!id) return undefined;
  const source = await store.artworks.byId(id);
  if (!source || source.clientId !== client.id) throw new HttpError('invalid_request', em('errors:studio.drawingFollowFoundClient'));
  return source;
}

/**
 * The drawing to follow as lines: a photo of paper art is first cropped to the sheet and
 * straightened (unless `wholePhoto`), then becomes clean lines (on the engine threads); drawings
 * are lines already. `paper` says what was done with a photo.
 */
async function sketchOf(
  deps: PictureDeps,
  client: ClientRecord,
  source: ArtworkRecord,
  wholePhoto: boolean,
): Promise<{ lines: RgbaImage; paper?: z.infer<typeof PaperNote> }> {
  const photo = await rgbaOfArtwork(deps.store, source);
  if (source.kind !== 'upload') return { lines: photo };
  let pixels = photo;
  let paper: z.infer<typeof PaperNote> | undefined;
  if (wholePhoto) {
    paper = { straightened: false, note: 'the whole photo was used, as asked' };
  } else {
    const r = straightenPaper(photo);
    const { result } = r;
    paper = result
      ? { straightened: true, note: paperNote(r), corners: result.corners.map(([x, y]) => [x, y]), width: result.image.width, height: result.image.height }
      : { straightened: false, note: paperNote(r) };
    pixels = r.result?.image ?? photo;
  }
  if (!deps.engines) return { lines: linesFromPhoto(pixels), paper };
  const lines = await imageTask(deps.engines, client.id, { kind: 'lines', image: { width: pixels.width, height: pixels.height, data: pixels.data } });
  return { lines, paper };
}

/** Makes the pictures a generate request describes and stores them as the client's artworks. */
async function makePictures(
  deps: PictureDeps,
  client: ClientRecord,
  chosen: ChosenBackend,
  source: ArtworkRecord | undefined,
  sketch: RgbaImage | undefined,
  g: GenerateJobInput,
  signal: AbortSignal,
  onProgress?: BackendProgress,
): Promise<ArtworkRecord[]> {
  const backend = chosen.backend;
  const images = await imageBackendFor(backend, client.id).generate(
    {
      prompt: g.prompt,
      negativePrompt: g.negativePrompt,
      sketch,
      sketchStrength: g.sketchStrength,
      style: g.style,
      seed: g.seed,
      width: g.width,
      height: g.height,
      count: g.count,
    },
    signal,
    onProgress,
  );
  const encoded = await Promise.all(images.map(pngFromRgba));
  const viaServer = backend === deps.imageBackend ? {} : { backendId: chosen.id };
  return storeArtworks(
    deps.store,
    deps.clock,
    encoded.map((image, i) => ({
      meta: {
        id: i === 0 ? g.firstId : undefined,
        clientId: client.id,
        createdBy: g.actorId,
        parentId: source?.id ?? null,
        sessionId: g.sessionId,
        kind: 'generated' as const,
        title: g.title,
        backend: backend.capabilities.id,
        seed: g.seed + i,
        params: {
          prompt: g.prompt,
          negativePrompt: g.negativePrompt,
          style: g.style,
          sketchStrength: g.sketchStrength,
          width: g.width,
          height: g.height,
          variation: i + 1,
          of: g.count,
          ...viaServer,
        },
        state: 'draft' as const,
      },
      image,
    })),
  );
}

/**
 * Runs a generate job wherever it was claimed: the client, their consent to a model server and
 * the drawing to follow are read again (they may have changed while it waited).
 */
export async function runGenerateJob(deps: PictureDeps, ctx: JobContext<GenerateJobInput>): Promise<string[]> {
  const client = await deps.store.clients.byId(ctx.clientId);
  if (!client) throw new HttpError('not_found', em('errors:studio.clientJobLongerHere'));
  const g = ctx.input;
  const chosen = await chooseImageBackend(deps, client, g.backendId);
  const source = await sourceOf(deps.store, client, g.sourceArtworkId);
  const sketch = source && (await sketchOf(deps, client, source, g.wholePhoto === true)).lines;
  const arts = await makePictures(deps, client, chosen, source, sketch, g, ctx.signal, ctx.progress);
  return arts.map((a) => a.id);
}

/** Tells a job runner how to make studio pictures (the server and `hearth worker` both call this). */
export function registerStudioJobs(jobs: JobRunner, deps: PictureDeps): void {
  jobs.register<GenerateJobInput>(GENERATE_JOB, (ctx) => runGenerateJob(deps, ctx));
}

/** What `generatePictures` did: made them now, or started a job to follow. */
export type Generated =
  | {
      kind: 'made';
      artworks: z.infer<typeof Artwork>[];
      reports?: z.infer<typeof GenerateReportDto>[];
      paper?: z.infer<typeof PaperNote>;
      crisis: CrisisNotice | null;
      backendId: string;
    }
  | { kind: 'job'; jobId: string; crisis: CrisisNotice | null; backendId: string };

/**
 * Co-create: sketch (optional) + words → 1–4 pictures, kept as studio drafts until the client
 * keeps one (`keepArtwork`). With `async`, a job (progress and cancel under the client's jobs).
 */
export async function generatePictures(
  deps: StudioDeps,
  actor: Actor,
  { client }: Subject,
  b: z.output<typeof GenerateBody>,
  opts: { signal?: AbortSignal } = {},
): Promise<Generated> {
  const { store } = deps;
  // A configured model server needs the client's external_ai consent: checked before anything is sent.
  const chosen = await chooseImageBackend(deps, client, b.backendId);
  const backend = chosen.backend;
  const max = backend.capabilities.maxSize;
  if (b.width > max || b.height > max) throw new HttpError('invalid_request', em('errors:studio.largestImageBackendMakes', { max }));
  const source = await sourceOf(store, client, b.sourceArtworkId);
  const read = source && (await sketchOf(deps, client, source, b.wholePhoto === true));
  const sketch = read?.lines;
  // A sketch keeps its shape: the requested size becomes the box it fits in (longer side kept).
  let { width, height } = b;
  if (sketch && Math.abs(sketch.width / sketch.height - width / height) > 0.02) {
    ({ width, height } = sizeForAspect(sketch.width / sketch.height, Math.min(max, Math.max(width, height))));
  }
  const style = styleOf(backend, b.style, b.prompt, b.negativePrompt);
  const seed = b.seed ?? newSeed();
  const sessionId = await sessionOf(store, client, b.sessionId);
  const firstId = randomUUID();
  const crisis = await screenClientText(deps, client, 'artwork', firstId, [b.prompt, b.negativePrompt, b.title]);
  const input: GenerateJobInput = {
    actorId: actor.userId,
    backendId: chosen.id,
    sourceArtworkId: source?.id ?? null,
    ...(b.wholePhoto ? { wholePhoto: true } : {}),
    sessionId,
    firstId,
    prompt: b.prompt,
    negativePrompt: b.negativePrompt,
    title: b.title ?? '',
    sketchStrength: b.sketchStrength,
    style,
    seed,
    width,
    height,
    count: b.count,
  };
  if (b.async) {
    // Progress and cancel under /api/clients/:id/jobs/:jobId, from any node; any node or `hearth worker` makes it.
    const job = await deps.jobs.submit({ clientId: client.id, requestedBy: actor.userId, kind: GENERATE_JOB, backend: chosen.id, input });
    return { kind: 'job', jobId: job.id, crisis, backendId: chosen.id };
  }
  const make = (signal: AbortSignal) => makePictures(deps, client, chosen, source, sketch, input, signal);
  let arts: ArtworkRecord[];
  try {
    arts = await make(opts.signal ?? new AbortController().signal);
  } catch (e) {
    throw backendFailure(e);
  }
  // The built-in engine explains itself: what each word became and where (planning only, no second painting).
  const reports =
    backend.capabilities.id === 'builtin' && style && isStyleId(style)
      ? arts.map((_, i) =>
          reportDto(
            describeImage({
              prompt: b.prompt,
              negativePrompt: b.negativePrompt,
              sketch,
              sketchStrength: b.sketchStrength,
              style,
              seed: seed + i,
              width,
              height,
            }),
          ),
        )
      : undefined;
  return { kind: 'made', artworks: await dtos(store, arts, client), reports, ...(read?.paper ? { paper: read.paper } : {}), crisis, backendId: chosen.id };
}

/** Refine: repaint the masked part (white = repaint) as described; a new version of the artwork, a studio draft until kept. */
export async function inpaintArtwork(
  deps: StudioDeps,
  actor: Actor,
  { client, artwork }: With<'artwork'>,
  b: z.output<typeof InpaintBody>,
  opts: { signal?: AbortSignal } = {},
): Promise<ArtworkDto> {
  const { store, clock, config } = deps;
  const chosen = await chooseImageBackend(deps, client, b.backendId);
  const backend = chosen.backend;
  const image = await rgbaOfArtwork(store, artwork);
  const maskFile = await imageFromDataUrl(b.mask, config, 'mask');
  const ratio = (w: number, h: number) => w / h;
  if (Math.abs(ratio(maskFile.width, maskFile.height) - ratio(image.width, image.height)) > 0.02) {
    throw new HttpError(
      'invalid_request',
      em('errors:studio.maskMustArtworkS', { width: maskFile.width, height: maskFile.height, width2: image.width, height2: image.height }),
    );
  }
  const mask = await rgbaFromEncoded(maskFile.data, { width: image.width, height: image.height });
  const style = styleOf(backend, b.style ?? (typeof artwork.params.style === 'string' ? artwork.params.style : undefined), b.prompt, b.negativePrompt);
  const seed = b.seed ?? newSeed();
  const id = randomUUID();
  const crisis = await screenClientText(deps, client, 'artwork', id, [b.prompt, b.negativePrompt, b.title]);
  let out: RgbaImage;
  try {
    out = await imageBackendFor(backend, client.id).inpaint(
      { image, mask, prompt: b.prompt, negativePrompt: b.negativePrompt, style, seed, feather: b.feather },
      opts.signal,
    );
  } catch (e) {
    throw backendFailure(e);
  }
  const viaServer = backend === deps.imageBackend ? {} : { backendId: chosen.id };
  const [art] = await storeArtworks(store, clock, [
    {
      meta: {
        id,
        clientId: client.id,
        createdBy: actor.userId,
        parentId: artwork.id,
        sessionId: artwork.sessionId,
        kind: 'inpainted',
        title: b.title ?? artwork.title,
        backend: backend.capabilities.id,
        params: { prompt: b.prompt, negativePrompt: b.negativePrompt, style, feather: b.feather, ...viaServer },
        seed,
        state: 'draft',
      },
      image: await pngFromRgba(out),
    },
  ]);
  return { ...(await dtos(store, [art!], client))[0]!, crisis };
}

/** Every version in the lineage of an artwork: the root and all its descendants. */
export async function versionTree(
  { store }: Pick<StudioDeps, 'store'>,
  _actor: Actor,
  { client, artwork }: With<'artwork'>,
): Promise<z.infer<typeof VersionTree>> {
  const { rootId, artworks } = await store.artworks.lineage(artwork.id);
  return {
    rootId,
    artworks: await dtos(
      store,
      artworks.filter((a) => a.clientId === client.id),
      client,
    ),
  };
}

/** The recorded strokes of a drawing, or of the drawing a picture was made from (for replay). */
export async function artworkStrokes({ store }: Pick<StudioDeps, 'store'>, _actor: Actor, { artwork }: With<'artwork'>): Promise<unknown> {
  const own = await store.artworks.strokes(artwork);
  if (own !== undefined) return own;
  const sourceId = (await store.artworks.strokeSources([artwork.id])).get(artwork.id);
  const source = sourceId ? await store.artworks.byId(sourceId) : undefined;
  const doc = source && source.clientId === artwork.clientId ? await store.artworks.strokes(source) : undefined;
  if (doc === undefined) throw new HttpError('not_found', em('errors:studio.artworkRecordedStrokes'));
  return doc;
}
