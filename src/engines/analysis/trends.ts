import { baselineFromValues, deviationFromBaseline } from './baseline.ts';
import type { Baseline } from './baseline.ts';
import { FEATURE_WORDING, describeChange } from './feature-wording.ts';

/** One work (or drawing session) in a client's series. */
export interface FeaturePoint {
  /** Your id for the work, echoed back in observations. */
  readonly id: string;
  /** When it was made, ms since the epoch (any monotonic clock works; only order matters). */
  readonly at: number;
  /** Tracked numbers, e.g. artworkFeatureVector() and/or processFeatureVector(). */
  readonly values: Readonly<Record<string, number>>;
}

/** A change beyond the client's own usual range, worded for the therapist's judgement. */
export interface TrendObservation {
  readonly feature: string;
  readonly direction: 'higher' | 'lower';
  /** How many of the most recent works are beyond the usual range in this direction. */
  readonly runLength: number;
  /** Ids of those works, oldest first. */
  readonly workIds: readonly string[];
  /** The baseline they were compared with (built from the works before them). */
  readonly baseline: Baseline;
  /** Robust z of the most recent work (signed). */
  readonly latestDeviation: number;
  /** A descriptive sentence, never an interpretation. */
  readonly sentence: string;
}

export interface TrendOptions {
  /** Fewest earlier works a baseline needs before anything is flagged. */
  minBaseline: number;
  /** Longest run of recent works considered. */
  maxRun: number;
  /** Usual range = median ± k·spread. */
  k: number;
}

export const trendDefaults = (): TrendOptions => ({ minBaseline: 5, maxRun: 6, k: 2 });

/**
 * Finds features where the most recent works sit outside this client's usual range. For each
 * feature it looks for the longest run r ≤ maxRun of most-recent works that all lie beyond the
 * range built from the works *before* them (so the run does not dilute its own baseline), and
 * reports that run. Works missing a feature are skipped for that feature. Output is ordered by
 * run length, then by how far the latest work deviates.
 */
export function observeTrends(series: readonly FeaturePoint[], options: Partial<TrendOptions> = {}): TrendObservation[] {
  const { minBaseline, maxRun, k } = { ...trendDefaults(), ...options };
  const sorted = [...series].sort((a, b) => a.at - b.at);
  const features = new Set<string>();
  for (const p of sorted) for (const key of Object.keys(p.values)) features.add(key);
  const out: TrendObservation[] = [];
  for (const feature of features) {
    const pts = sorted.filter((p) => Number.isFinite(p.values[feature]));
    const minSpread = FEATURE_WORDING[feature]?.minSpread ?? 1e-6;
    for (let r = Math.min(maxRun, pts.length - minBaseline); r >= 1; r--) {
      const base = baselineFromValues(pts.slice(0, pts.length - r).map((p) => p.values[feature]!), { k, minSpread });
      const recent = pts.slice(pts.length - r);
      const dirs = recent.map((p) => {
        const v = p.values[feature]!;
        return v > base.high ? 'higher' : v < base.low ? 'lower' : 'usual';
      });
      const direction = dirs[0];
      if (direction === 'usual' || direction === undefined || !dirs.every((d) => d === direction)) continue;
      const latest = recent[recent.length - 1]!;
      out.push({
        feature,
        direction,
        runLength: r,
        workIds: recent.map((p) => p.id),
        baseline: base,
        latestDeviation: deviationFromBaseline(latest.values[feature]!, base),
        sentence: describeChange(feature, direction, r),
      });
      break;
    }
  }
  return out.sort((a, b) => b.runLength - a.runLength || Math.abs(b.latestDeviation) - Math.abs(a.latestDeviation));
}

/** A per-feature baseline over a whole series (e.g. for drawing the usual band on a chart). */
export function baselinesFromSeries(series: readonly FeaturePoint[], options: { k?: number } = {}): Record<string, Baseline> {
  const values = new Map<string, number[]>();
  for (const p of series) {
    for (const [key, v] of Object.entries(p.values)) {
      if (!Number.isFinite(v)) continue;
      const list = values.get(key) ?? [];
      list.push(v);
      values.set(key, list);
    }
  }
  const out: Record<string, Baseline> = {};
  for (const [key, list] of values) {
    out[key] = baselineFromValues(list, { k: options.k ?? 2, minSpread: FEATURE_WORDING[key]?.minSpread ?? 1e-6 });
  }
  return out;
}
