/**
 * Insights for the therapist: descriptive features of every work, this client's own baseline,
 * and sentences about recent works outside their usual range. Observations, never diagnoses.
 */
import sharp from 'sharp';
import type { z } from 'zod';
import type { ArtworkFeaturesResponse, Insights } from '../../domain/api/schemas.ts';
import {
  artworkFeatureVector,
  artworkFeaturesFromImage,
  migrateStrokeDocument,
  observeTrends,
  processFeatureVector,
  processFeaturesFromStrokes,
  trendDefaults,
} from '../../engines/analysis/index.ts';
import type { ArtworkRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { featuresTask } from '../jobs/engine-pool.ts';
import type { EnginePool } from '../jobs/engine-pool.ts';

/** The store and clock, and the engine threads when the caller has them (the server; the CLI measures in-process). */
type InsightsDeps = StoreDeps & { engines?: EnginePool };

/** Long edge the features are measured at: enough for palette and structure, fast on a laptop. */
const ANALYSIS_EDGE = 512;

/** Computes and stores the features of one work (image, and strokes if it was drawn here). */
async function ensureFeatures(store: Store, art: ArtworkRecord, now: Date, engines?: EnginePool): Promise<Record<string, number>> {
  const bytes = await store.files.get(art.clientId, art.blobKey);
  if (!bytes) throw new HttpError('not_found', em('errors:insights.imageFileArtworkMissing'));
  const { data, info } = await sharp(bytes)
    .resize({ width: ANALYSIS_EDGE, height: ANALYSIS_EDGE, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const image = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
  const features = engines ? await featuresTask(engines, art.clientId, image) : artworkFeaturesFromImage(image);
  let vector: Record<string, number> = { ...artworkFeatureVector(features) };
  let process: unknown = null;
  const strokes = await store.artworks.strokes(art);
  if (strokes !== undefined) {
    const p = processFeaturesFromStrokes(migrateStrokeDocument(strokes));
    process = p;
    vector = { ...vector, ...processFeatureVector(p) };
  }
  await store.artworks.saveFeatures(art, vector, { features, process }, now);
  return vector;
}

export async function clientInsights({ store, clock, engines }: InsightsDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof Insights>> {
  // Oldest first; refinements are versions, not new works; drafts not kept are not works yet.
  const works = (await store.artworks.listForClient(client.id, 'kept')).filter((a) => a.kind !== 'inpainted').reverse();
  const known = await store.artworks.featureVectors(client.id);
  const now = clock();
  for (const w of works) if (!known.has(w.id)) known.set(w.id, await ensureFeatures(store, w, now, engines));
  const series = works.map((w) => ({ id: w.id, at: w.createdAt.getTime(), values: known.get(w.id)! }));
  const opts = trendDefaults();
  const observations = observeTrends(series, opts).map((o) => ({
    feature: o.feature,
    direction: o.direction,
    runLength: o.runLength,
    workIds: [...o.workIds],
    sentence: o.sentence,
    usual: { median: o.baseline.median, low: o.baseline.low, high: o.baseline.high },
  }));
  return {
    works: works.map((w) => ({
      id: w.id,
      title: w.title,
      kind: w.kind,
      createdAt: iso(w.createdAt),
      thumbUrl: `/api/artworks/${w.id}/thumb`,
      values: known.get(w.id)!,
    })),
    observations,
    baseline: { needed: opts.minBaseline + 1, have: works.length },
    note: 'These describe what is on the page and how it compares with this client’s own earlier work. They are not a diagnosis; read them with the client’s own words.',
  };
}

/** The full descriptive features of one artwork (computed once, then kept). */
export async function artworkFeatures(
  { store, clock, engines }: InsightsDeps,
  _actor: Actor,
  { artwork }: With<'artwork'>,
): Promise<z.infer<typeof ArtworkFeaturesResponse>> {
  let detail = (await store.artworks.featureDetail(artwork)) as { features: unknown; process: unknown } | undefined;
  if (!detail) {
    await ensureFeatures(store, artwork, clock(), engines);
    detail = (await store.artworks.featureDetail(artwork)) as { features: unknown; process: unknown };
  }
  return { features: detail.features, process: detail.process ?? null };
}
