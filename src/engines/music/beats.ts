/**
 * Beat tracking by dynamic programming (Ellis 2007, "Beat tracking by dynamic programming"): the
 * best sequence of beat times trades onset strength at each beat against how far each
 * inter-beat interval strays from the target period, on a log scale, so the track can follow a
 * drifting tempo while keeping to one metrical level.
 */

/** How strongly inter-beat intervals are held to the period (librosa's and Ellis's default scale). */
const TIGHTNESS = 100;

/**
 * Beat positions (in envelope frames, ascending) for an onset envelope and a target period in
 * frames. Returns an empty list when the envelope is shorter than two periods.
 */
export function trackBeats(env: Float64Array, period: number): number[] {
  const n = env.length;
  if (!(period >= 2) || n < 2 * period) return [];
  // Smooth the onsets a little (Gaussian, σ = period / 32) so a beat may land between frames.
  const sigma = Math.max(1, period / 32);
  const half = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * half + 1 }, (_, i) => Math.exp(-0.5 * ((i - half) / sigma) ** 2));
  const local = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let k = -half; k <= half; k++) {
      const u = t + k;
      if (u >= 0 && u < n) s += env[u]! * kernel[k + half]!;
    }
    local[t] = s;
  }
  const score = new Float64Array(n);
  const back = new Int32Array(n).fill(-1);
  const lo = Math.max(1, Math.round(period / 2));
  const hi = Math.round(2 * period);
  for (let t = 0; t < n; t++) {
    let best = 0;
    let arg = -1;
    for (let d = lo; d <= hi && t - d >= 0; d++) {
      const s = score[t - d]! - TIGHTNESS * Math.log(d / period) ** 2;
      if (arg < 0 || s > best) {
        best = s;
        arg = t - d;
      }
    }
    // Starting a new track is allowed only within the first period.
    if (arg < 0 || (best < 0 && t < period)) {
      score[t] = local[t]!;
      back[t] = -1;
    } else {
      score[t] = local[t]! + best;
      back[t] = arg;
    }
  }
  // The last beat: the best-scoring local maximum in the final period.
  let last = n - 1;
  let lastScore = -Infinity;
  for (let t = Math.max(0, n - Math.round(period)); t < n; t++) {
    if (score[t]! > lastScore) {
      lastScore = score[t]!;
      last = t;
    }
  }
  const beats: number[] = [];
  for (let t = last; t >= 0; t = back[t]!) beats.push(t);
  beats.reverse();
  return beats;
}
