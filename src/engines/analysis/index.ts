/**
 * Analysis engine: descriptive features of artworks and of the drawing process, each client's
 * own baseline, and observations of change worded for the therapist — never diagnoses.
 */
export { artworkFeaturesFromImage, artworkFeatureVector, ARTWORK_FEATURE_KEYS } from './artwork-features.ts';
export type { ArtworkFeatures, ArtworkFeatureOptions, ArtworkFeatureKey } from './artwork-features.ts';
export type { PaletteColor, PaletteOptions } from './palette.ts';
export { hexFromRgb } from './palette.ts';
export type { ToneFeatures } from './tone.ts';
export type { EdgeFeatures, EdgeOptions } from './edges.ts';
export type { SymmetryFeatures } from './symmetry.ts';
export type { SpaceFeatures, SpaceOptions, NormalizedBox } from './space.ts';
export { STROKE_DOCUMENT_VERSION, STROKE_TOOLS, STROKE_LIMITS } from './stroke-document.ts';
export type { StrokeDocument, StrokeDocumentV1, Stroke, StrokePoint, StrokeTool } from './stroke-document.ts';
export { migrateStrokeDocument, parseStrokeDocument, StrokeDocumentError } from './stroke-migration.ts';
export { processFeaturesFromStrokes, processFeatureVector, PROCESS_FEATURE_KEYS } from './process-features.ts';
export type { ProcessFeatures, ProcessOptions, ProcessFeatureKey } from './process-features.ts';
export { baselineFromValues, deviationFromBaseline, compareToBaseline, median } from './baseline.ts';
export type { Baseline, BaselineOptions } from './baseline.ts';
export { observeTrends, baselinesFromSeries, trendDefaults } from './trends.ts';
export type { FeaturePoint, TrendObservation, TrendOptions } from './trends.ts';
export { FEATURE_WORDING, describeChange } from './feature-wording.ts';
export type { FeatureWording } from './feature-wording.ts';
