import type { StrokeDocument } from './stroke-document.ts';

/** How a drawing was made, from its stroke record. Times in ms, lengths in canvas pixels. */
export interface ProcessFeatures {
  /** Strokes of every tool, erasers included. */
  readonly strokeCount: number;
  /** From the first point to the last point, ms. */
  readonly totalTimeMs: number;
  /** Time with the pointer down (union of stroke intervals, so overlapping touches count once), ms. */
  readonly activeTimeMs: number;
  /** Gaps between strokes of at least `pauseMs`. */
  readonly pauseCount: number;
  /** Longest such gap, ms; 0 when there is none. */
  readonly longestPauseMs: number;
  /** Time spent in such gaps as a share of totalTimeMs, 0..1. */
  readonly pauseShare: number;
  /** Path length of all strokes divided by active time, px/s; 0 without active time. */
  readonly speedPxPerSec: number;
  /** Mean pressure over the points of drawing (non-eraser) strokes, 0..1; 0 when there are none. */
  readonly pressureMean: number;
  /** Population variance of that pressure, 0..0.25. */
  readonly pressureVariance: number;
  /** Eraser path length as a share of all path length, 0..1. */
  readonly erasingShare: number;
  /** Eraser strokes. */
  readonly eraserStrokeCount: number;
}

export interface ProcessOptions {
  /** Shortest gap between strokes that counts as a pause, ms. Two seconds separates a pause from
   * the ordinary lift between strokes of one shape. */
  pauseMs: number;
}

export const processDefaults = (): ProcessOptions => ({ pauseMs: 2000 });

/** Describes the drawing process of a validated stroke document (see migrateStrokeDocument). */
export function processFeaturesFromStrokes(doc: StrokeDocument, options: Partial<ProcessOptions> = {}): ProcessFeatures {
  const { pauseMs } = { ...processDefaults(), ...options };
  const intervals: [number, number][] = [];
  let pathAll = 0, pathErase = 0, erasers = 0;
  let pSum = 0, pSum2 = 0, pN = 0;
  for (const s of doc.strokes) {
    const pts = s.points;
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) continue;
    intervals.push([first.t, last.t]);
    let len = 0;
    for (let i = 1; i < pts.length; i++) len += Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y);
    pathAll += len;
    if (s.tool === 'eraser') {
      pathErase += len;
      erasers++;
      continue;
    }
    for (const p of pts) {
      pSum += p.pressure;
      pSum2 += p.pressure * p.pressure;
      pN++;
    }
  }
  if (intervals.length === 0) {
    return {
      strokeCount: 0, totalTimeMs: 0, activeTimeMs: 0, pauseCount: 0, longestPauseMs: 0, pauseShare: 0,
      speedPxPerSec: 0, pressureMean: 0, pressureVariance: 0, erasingShare: 0, eraserStrokeCount: 0,
    };
  }
  intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const iv of intervals) {
    const top = merged[merged.length - 1];
    if (top && iv[0] <= top[1]) top[1] = Math.max(top[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  let active = 0, pauses = 0, longest = 0, paused = 0;
  for (let i = 0; i < merged.length; i++) {
    const iv = merged[i]!;
    active += iv[1] - iv[0];
    const prev = merged[i - 1];
    if (!prev) continue;
    const gap = iv[0] - prev[1];
    if (gap >= pauseMs) {
      pauses++;
      paused += gap;
      longest = Math.max(longest, gap);
    }
  }
  const total = merged[merged.length - 1]![1] - merged[0]![0];
  const mean = pN ? pSum / pN : 0;
  return {
    strokeCount: doc.strokes.length,
    totalTimeMs: total,
    activeTimeMs: active,
    pauseCount: pauses,
    longestPauseMs: longest,
    pauseShare: total > 0 ? paused / total : 0,
    speedPxPerSec: active > 0 ? (pathAll / active) * 1000 : 0,
    pressureMean: mean,
    pressureVariance: pN ? Math.max(0, pSum2 / pN - mean * mean) : 0,
    erasingShare: pathAll > 0 ? pathErase / pathAll : 0,
    eraserStrokeCount: erasers,
  };
}

/** The process features that baselines and trends follow. */
export const PROCESS_FEATURE_KEYS = [
  'strokeCount',
  'totalTimeMs',
  'activeTimeMs',
  'pauseCount',
  'longestPauseMs',
  'pauseShare',
  'speedPxPerSec',
  'pressureMean',
  'pressureVariance',
  'erasingShare',
] as const;
export type ProcessFeatureKey = (typeof PROCESS_FEATURE_KEYS)[number];

/** Flattens process features into the numbers tracked over time. */
export function processFeatureVector(f: ProcessFeatures): Record<ProcessFeatureKey, number> {
  const out = {} as Record<ProcessFeatureKey, number>;
  for (const k of PROCESS_FEATURE_KEYS) out[k] = f[k];
  return out;
}
