/**
 * Art engine: the built-in, deterministic image generator of Hearth's studio. Pure
 * TypeScript — runs in a Web Worker for the live preview and on the server for final renders.
 *
 * Start at generate.ts (the pipeline), palette.ts (how feelings become colour), scene.ts
 * (composition), styles.ts (the ten styles), inpaint.ts and lines.ts.
 */
export { describeImage, generateImage, generateWithDetails, resolveStyle, sizeForAspect, DEFAULT_STYLE } from './generate.ts';
export type { GenerateOptions, GenerateReport, GenerateResult, ProgressFn, WordReport } from './generate.ts';
export { SHAPE_COUNT, SHAPE_SOURCES, SHAPE_WORD_COUNT } from './shapes/shape-library.ts';
export type { ShapeSource } from './shapes/shape-library.ts';
export { inpaintImage } from './inpaint.ts';
export { warmupRender, WARMUP_RENDERS } from './preview-warmup.ts';
export type { InpaintOptions } from './inpaint.ts';
export { linesFromPhoto } from './lines.ts';
export { findPaper, paperNote, straightenPaper } from './paper.ts';
export type { PaperResult, Quad, Straightened } from './paper.ts';
export type { LinesOptions } from './lines.ts';
export { STYLES } from './styles.ts';
export type { StyleInfo } from './styles.ts';
export { paletteFromAffect } from './palette.ts';
export type { Palette } from './palette.ts';
export { MOTIF_ORDER } from './scene.ts';
