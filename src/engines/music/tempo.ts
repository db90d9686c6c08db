/**
 * Tempo and beats from a mono signal at the analysis rate (after Ellis 2007):
 *
 * 1. a log-mel spectral-flux onset envelope (onset.ts);
 * 2. its autocorrelation, weighted by a perceptual prior on the beat period — a log-Gaussian
 *    centred on 0.6 s (100 BPM; tapping studies put the resonance at 0.5–0.6 s, van Noorden &
 *    Moelants 1999, Parncutt 1994) one octave wide;
 * 3. a duple/triple tempo-period strength (Ellis's TPS2/TPS3): a period is supported by its own
 *    periodicity and by the one at twice (or three times) its length — the bar it groups into;
 * 4. several candidates (peaks of that strength) with a confidence each, half and double
 *    alternatives of the winner named separately;
 * 5. dynamic-programming beat tracking at the winning period (beats.ts); the reported tempo is
 *    the mean of the tracked inter-beat intervals, so a drifting recording reports its mean
 *    played tempo.
 *
 * Pulse clarity decides whether there is a beat to lock to: the envelope's normalised
 * autocorrelation at the beat period must stand three standard errors (3/√frames) above what an
 * envelope without periodicity gives. Below that the recording is called free time
 * (`pulse: 'free'`): the estimate is still given, but nothing should lock to it.
 */
import { trackBeats } from './beats.ts';
import { onsetEnvelope } from './onset.ts';

/** One tempo hypothesis. */
export interface TempoCandidate {
  bpm: number;
  /** Share of the candidates' summed strength, 0..1. */
  confidence: number;
}

/** Result of tempo estimation. */
export interface TempoEstimate {
  /** Beats per minute (0 when no pulse was found at all). */
  bpm: number;
  /** Time of the first tracked beat, in seconds from the start. */
  beatOffset: number;
  /** Tracked beat times, seconds. */
  beats: number[];
  /**
   * Tempo over the last beats (least-squares period of the last eight), what a drifting recording
   * ends in and a continuation should go on from; equals `bpm` without a beat track.
   */
  endBpm: number;
  /** 0..1: pulse clarity (0.5 at the free-time boundary) times how much the winner leads the other candidates. */
  confidence: number;
  /** Up to three candidates, strongest first (the first is `bpm`). */
  candidates: TempoCandidate[];
  /** Half and double the winner, when they are plausible tempi (30–240 BPM). */
  alternatives: { half: number | null; double: number | null };
  /** 'steady' when the beats stand out of the onsets; 'free' when they do not. */
  pulse: 'steady' | 'free' | 'none';
}

/**
 * Centre of the tempo prior: 0.6 s (100 BPM). The 0.5 s of librosa/Ellis read slow pieces with an
 * eighth-note surface at their eighths; 0.6 s (Parncutt's ~600 ms preferred period) chose the
 * written beat in 40 of 48 development clips against 37 at 0.5 s, with no clip read at half tempo
 * (0.7 s and 0.8 s began to halve fast pieces).
 */
const PRIOR_CENTRE_S = 0.6;
const PRIOR_OCTAVES = 1;
/** A steady pulse needs a periodicity this many standard errors above an aperiodic envelope's. */
const PULSE_SIGMAS = 3;

const NONE: TempoEstimate = {
  bpm: 0,
  beatOffset: 0,
  beats: [],
  endBpm: 0,
  confidence: 0,
  candidates: [],
  alternatives: { half: null, double: null },
  pulse: 'none',
};

/** Estimates tempo, beats and their confidence for a mono signal. */
export function estimateTempo(mono: Float32Array, sampleRate: number, minBpm = 30, maxBpm = 240): TempoEstimate {
  const { env, rate, offset } = onsetEnvelope(mono, sampleRate);
  const n = env.length;
  const minLag = Math.floor((rate * 60) / maxBpm);
  const maxLag = Math.min(n - 2, Math.ceil((rate * 60 * 3) / minBpm));
  if (maxLag < minLag * 4) return NONE;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += env[i]!;
  mean /= n;
  if (mean === 0) return NONE;
  const z = env.map((v) => v - mean);
  const ac = new Float64Array(maxLag + 2);
  for (let lag = 0; lag <= maxLag + 1 && lag < n; lag++) {
    let s = 0;
    for (let i = lag; i < n; i++) s += z[i]! * z[i - lag]!;
    ac[lag] = s / (n - lag);
  }
  if (ac[0]! <= 0) return NONE;
  const acAt = (lag: number): number => {
    if (lag > maxLag) return 0;
    const k = Math.floor(lag);
    return Math.max(0, ac[k]! + (lag - k) * (ac[k + 1]! - ac[k]!)) / ac[0]!;
  };
  const prior = (lag: number): number => Math.exp(-0.5 * (Math.log2(lag / rate / PRIOR_CENTRE_S) / PRIOR_OCTAVES) ** 2);
  const tps = (lag: number): number => prior(lag) * acAt(lag);
  // Peak of the ACF near a lag (±2 %), so the bar-level term reads a true peak.
  const peakNear = (lag: number): number => {
    let b = 0;
    for (let l = lag * 0.98; l <= lag * 1.02; l += 0.25) b = Math.max(b, tps(l));
    return b;
  };
  const strength = (lag: number): number => tps(lag) + Math.max(0.5 * peakNear(2 * lag), 0.33 * peakNear(3 * lag));

  // Strength on a log-spaced BPM grid (0.5 % steps); candidates are its local maxima.
  const grid: { bpm: number; s: number }[] = [];
  for (let bpm = minBpm; bpm <= maxBpm; bpm *= 1.005) grid.push({ bpm, s: strength((rate * 60) / bpm) });
  const peaks = grid.filter((g, i) => g.s > 0 && g.s >= (grid[i - 1]?.s ?? 0) && g.s > (grid[i + 1]?.s ?? 0)).sort((a, b) => b.s - a.s);
  if (peaks.length === 0) return NONE;
  const chosen: { bpm: number; s: number }[] = [];
  for (const p of peaks) {
    if (chosen.every((c) => Math.abs(p.bpm / c.bpm - 1) > 0.04)) chosen.push(p);
    if (chosen.length === 3) break;
  }
  const total = chosen.reduce((a, c) => a + c.s, 0);

  // Refine the winner: the period whose first multiples (up to 3 s of lag) line up best.
  const coarse = (rate * 60) / chosen[0]!.bpm;
  let period = coarse;
  let bestFit = -Infinity;
  for (let p = coarse * 0.985; p <= coarse * 1.015; p += 0.02) {
    let s = 0;
    let m = 0;
    for (let k = 1; k * p <= Math.min(maxLag, 3 * rate); k++, m++) s += acAt(k * p);
    if (m > 0 && s / m > bestFit) {
      bestFit = s / m;
      period = p;
    }
  }
  const beatFrames = trackBeats(env, period);
  let bpm = (rate * 60) / period;
  let endBpm = bpm;
  if (beatFrames.length >= 3) {
    const span = beatFrames[beatFrames.length - 1]! - beatFrames[0]!;
    const tracked = (rate * 60 * (beatFrames.length - 1)) / span;
    // Keep the tracked mean only when the track stayed on the chosen level.
    if (Math.abs(tracked / bpm - 1) < 0.06) {
      bpm = tracked;
      // Least-squares slope of the last eight beat times against their index: the closing period.
      const last = beatFrames.slice(-8);
      const m = last.length;
      const meanI = (m - 1) / 2;
      const meanT = last.reduce((a, b) => a + b, 0) / m;
      let num = 0;
      let den = 0;
      last.forEach((t, i) => {
        num += (i - meanI) * (t - meanT);
        den += (i - meanI) ** 2;
      });
      const ibi = num / den;
      endBpm = ibi > 0 && Math.abs((rate * 60) / ibi / bpm - 1) < 0.1 ? (rate * 60) / ibi : bpm;
    } else endBpm = bpm;
  }
  // Pulse clarity: the normalised autocorrelation at the beat period against its standard error
  // for an envelope with no periodicity (≈ 1/√n); below PULSE_SIGMAS of it the "pulse" is noise.
  const periodicity = acAt(period);
  const threshold = PULSE_SIGMAS / Math.sqrt(n);
  const share = chosen[0]!.s / total;
  const confidence = Math.round(Math.min(1, (0.5 * periodicity) / threshold) * Math.min(1, 2 * share) * 100) / 100;
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  const plausible = (x: number): number | null => (x >= 30 && x <= 240 ? round1(x) : null);
  return {
    bpm: round1(bpm),
    beatOffset: beatFrames.length > 0 ? beatFrames[0]! / rate + offset : 0,
    beats: beatFrames.map((b) => Math.round((b / rate + offset) * 1000) / 1000),
    endBpm: round1(endBpm),
    confidence,
    candidates: chosen.map((c, i) => ({ bpm: i === 0 ? round1(bpm) : round1(c.bpm), confidence: Math.round((c.s / total) * 100) / 100 })),
    alternatives: { half: plausible(bpm / 2), double: plausible(bpm * 2) },
    pulse: periodicity >= threshold && beatFrames.length >= 3 ? 'steady' : 'free',
  };
}
