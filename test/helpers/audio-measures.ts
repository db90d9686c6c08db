/**
 * Small, independent audio measures for tests of the music engine: they look only at the
 * rendered samples (never at the engine's plan or score), so a test cannot pass because the
 * engine agrees with itself. Onsets: rises of a 10 ms log-energy envelope; beat period: the
 * autocorrelation peak of the onset strength; attack: how fast energy rises at onsets.
 */

/** 10 ms RMS envelope of a mono signal (one value per hop). */
export function envelope(x: Float32Array, sampleRate: number, hopSeconds = 0.01): Float32Array {
  const hop = Math.max(1, Math.round(sampleRate * hopSeconds));
  const n = Math.floor(x.length / hop);
  const out = new Float32Array(n);
  for (let f = 0; f < n; f++) {
    let e = 0;
    for (let i = f * hop; i < (f + 1) * hop; i++) e += x[i]! * x[i]!;
    out[f] = Math.sqrt(e / hop);
  }
  return out;
}

/**
 * Onset strength: half-wave rectified rise of log energy (dB) between 10 ms frames, computed on
 * the first difference of the signal (a simple high-pass, so sustained bass does not mask attacks).
 */
export function onsetStrength(x: Float32Array, sampleRate: number): Float32Array {
  const d = new Float32Array(x.length);
  for (let i = 1; i < x.length; i++) d[i] = x[i]! - 0.95 * x[i - 1]!;
  const env = envelope(d, sampleRate);
  const out = new Float32Array(env.length);
  for (let f = 2; f < env.length; f++) {
    const now = 20 * Math.log10(env[f]! + 1e-6);
    const before = 20 * Math.log10(env[f - 2]! + 1e-6);
    out[f] = Math.max(0, now - before);
  }
  return out;
}

/**
 * Beat period (seconds) of a stretch of audio: the lag in [minS, maxS] where the autocorrelation
 * of the onset strength peaks, moved to half that lag while the half lag correlates nearly as
 * well (≥ 60 %): a pulse on every beat also repeats every two beats, and the beat is the shorter.
 */
export function beatPeriod(x: Float32Array, sampleRate: number, minS = 0.3, maxS = 1.6): number {
  const o = onsetStrength(x, sampleRate);
  let mean = 0;
  for (const v of o) mean += v;
  mean /= o.length;
  const c = o.map((v) => v - mean);
  const acf = (lag: number): number => {
    let r = 0;
    for (let i = lag; i < c.length; i++) r += c[i]! * c[i - lag]!;
    return r / (c.length - lag);
  };
  const lo = Math.round(minS * 100);
  let best = lo;
  let bestR = -Infinity;
  for (let lag = lo; lag <= Math.round(maxS * 100); lag++) {
    const r = acf(lag);
    if (r > bestR) {
      bestR = r;
      best = lag;
    }
  }
  for (;;) {
    const half = Math.round(best / 2);
    if (half - 2 < lo) break;
    let hBest = half;
    let hR = -Infinity;
    for (let lag = half - 2; lag <= half + 2; lag++) {
      const r = acf(lag);
      if (r > hR) {
        hR = r;
        hBest = lag;
      }
    }
    if (hR < 0.6 * bestR) break;
    best = hBest;
    bestR = hR;
  }
  return best / 100;
}

/** Onsets per second: peaks of onset strength above `thresholdDb`, at least 80 ms apart. */
export function onsetRate(x: Float32Array, sampleRate: number, thresholdDb = 6): number {
  const o = onsetStrength(x, sampleRate);
  let count = 0;
  let last = -100;
  for (let f = 1; f < o.length - 1; f++) {
    if (o[f]! >= thresholdDb && o[f]! >= o[f - 1]! && o[f]! >= o[f + 1]! && f - last >= 8) {
      count++;
      last = f;
    }
  }
  return count / (x.length / sampleRate);
}

/** RMS level in dBFS of x[from, to) (seconds). */
export function levelDb(x: Float32Array, sampleRate: number, from: number, to: number): number {
  let e = 0;
  const a = Math.round(from * sampleRate);
  const b = Math.min(x.length, Math.round(to * sampleRate));
  for (let i = a; i < b; i++) e += x[i]! * x[i]!;
  return 10 * Math.log10(e / Math.max(1, b - a) + 1e-20);
}
