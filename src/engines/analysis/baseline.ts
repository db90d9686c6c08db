/**
 * A client's own usual range for one feature: the median of their past values and a robust
 * spread (the median absolute deviation scaled by 1.4826, which equals the standard deviation
 * for normally distributed data but is not dragged around by one unusual work).
 */
export interface Baseline {
  /** How many past values it was built from. */
  readonly n: number;
  readonly median: number;
  /** Raw median absolute deviation. */
  readonly mad: number;
  /** max(1.4826 · MAD, minSpread): the unit distances are measured in. */
  readonly spread: number;
  /** median − k·spread and median + k·spread: the usual range. */
  readonly low: number;
  readonly high: number;
}

export interface BaselineOptions {
  /** Width of the usual range in spreads on each side of the median. */
  k: number;
  /**
   * Floor for the spread in the feature's own units, so a client who always draws with exactly
   * the same value is not flagged for a tiny wobble.
   */
  minSpread: number;
}

export const baselineDefaults = (): BaselineOptions => ({ k: 2, minSpread: 1e-6 });

/** MAD → σ for normal data. */
const MAD_TO_SD = 1.4826;

/** Median of a non-empty list (average of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median() needs at least one value');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Builds a baseline from past values (non-finite values are ignored). Needs at least one value. */
export function baselineFromValues(values: readonly number[], options: Partial<BaselineOptions> = {}): Baseline {
  const { k, minSpread } = { ...baselineDefaults(), ...options };
  const xs = values.filter((v) => Number.isFinite(v));
  const m = median(xs);
  const mad = median(xs.map((v) => Math.abs(v - m)));
  const spread = Math.max(MAD_TO_SD * mad, minSpread);
  return { n: xs.length, median: m, mad, spread, low: m - k * spread, high: m + k * spread };
}

/** Robust z: how many spreads a value lies from the baseline median (signed). */
export function deviationFromBaseline(value: number, baseline: Baseline): number {
  return (value - baseline.median) / baseline.spread;
}

/** Where a value falls against the usual range. */
export function compareToBaseline(value: number, baseline: Baseline): 'lower' | 'usual' | 'higher' {
  if (value < baseline.low) return 'lower';
  if (value > baseline.high) return 'higher';
  return 'usual';
}
