/**
 * The versioned stroke record the studio canvas saves with every drawn artwork. It keeps the
 * whole drawing process (where, when and how hard each point was drawn) so a therapist can replay
 * a work and Hearth can describe how it was made.
 *
 * Persisted JSON always carries `version`; older versions are upgraded by
 * `migrateStrokeDocument`. Bump STROKE_DOCUMENT_VERSION only together with a new migration step.
 */

/** The current version written by the canvas. */
export const STROKE_DOCUMENT_VERSION = 2;

/** Drawing tools. `soft` is an airbrush-like soft-edged brush; `eraser` removes ink. */
export const STROKE_TOOLS = ['pen', 'marker', 'soft', 'eraser'] as const;
export type StrokeTool = (typeof STROKE_TOOLS)[number];

/** One sampled pointer position. */
export interface StrokePoint {
  /** Canvas pixels from the left edge (may fall slightly outside the canvas). */
  readonly x: number;
  /** Canvas pixels from the top edge. */
  readonly y: number;
  /** Milliseconds since the document's drawing session began; never decreases within a stroke. */
  readonly t: number;
  /** Pointer pressure 0..1; devices without pressure report 0.5 (the Pointer Events default). */
  readonly pressure: number;
}

/** One pointer-down … pointer-up gesture. */
export interface Stroke {
  /** Unique within the document. */
  readonly id: string;
  readonly tool: StrokeTool;
  /** `#rrggbb` (lower case). Ignored by erasers but kept for replay. */
  readonly color: string;
  /** Nominal brush diameter in canvas pixels at pressure 1, > 0. */
  readonly size: number;
  /** 0..1. */
  readonly opacity: number;
  /** At least one point, in drawing order. */
  readonly points: readonly StrokePoint[];
}

/** A drawing's full stroke record, version 2. */
export interface StrokeDocument {
  readonly version: typeof STROKE_DOCUMENT_VERSION;
  /** Canvas size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Paper colour `#rrggbb`. */
  readonly background: string;
  /** In the order they were drawn (by their first point's t). */
  readonly strokes: readonly Stroke[];
}

/**
 * Version 1, written by early canvas builds: points as `[x, y, t]` or `[x, y, t, pressure]`
 * tuples, the brush diameter called `width`, a `brush` tool (now `soft`), no ids, no opacity
 * and no background. Kept only so old records can be read.
 */
export interface StrokeDocumentV1 {
  readonly version: 1;
  readonly width: number;
  readonly height: number;
  readonly strokes: readonly {
    readonly tool: 'pen' | 'marker' | 'brush' | 'eraser';
    readonly color: string;
    readonly width: number;
    readonly points: readonly (readonly number[])[];
  }[];
}

/** Limits that keep a hostile or corrupt record from exhausting memory. */
export const STROKE_LIMITS = {
  /** Largest canvas side in pixels. */
  maxCanvasSide: 16_384,
  maxStrokes: 50_000,
  /** Total points across all strokes. */
  maxPoints: 2_000_000,
} as const;
