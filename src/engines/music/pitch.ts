/**
 * Melody of a monophonic or lead line: YIN pitch tracking (de Cheveigné & Kawahara 2002) — the
 * cumulative-mean-normalised difference function, an absolute threshold, parabolic refinement —
 * with voicing from YIN's aperiodicity and the frame's level; then notes: voiced runs split where
 * the pitch moves by more than half a semitone and stays there, each note the median of its
 * frames. A polyphonic mix is mostly aperiodic to YIN, so it yields few or no notes rather than
 * wrong ones.
 */

/** One frame of the pitch track. */
export interface PitchFrame {
  /** Seconds from the start to the frame centre. */
  time: number;
  /** Fundamental, Hz (0 when unvoiced). */
  f0: number;
  /** YIN aperiodicity at the chosen lag (0 = perfectly periodic, 1 = noise). */
  aperiodicity: number;
}

/** A note of the melody. */
export interface MelodyNote {
  /** Onset, seconds. */
  start: number;
  /** Length, seconds. */
  duration: number;
  /** MIDI note number (tuning-corrected, rounded). */
  midi: number;
}

/** Options of the pitch tracker. */
export interface PitchOptions {
  minHz: number;
  maxHz: number;
  /** YIN's absolute threshold on the normalised difference. */
  threshold: number;
  /** Frames quieter than this (dB below the loudest frame) are unvoiced. */
  gateDb: number;
}

const DEFAULTS: PitchOptions = { minHz: 70, maxHz: 1000, threshold: 0.15, gateDb: 35 };
/** A frame is voiced when YIN's aperiodicity there is below this. */
const VOICED_APERIODICITY = 0.25;
const MIN_NOTE_S = 0.08;

/** YIN pitch track of a mono signal (hop ≈ 11.6 ms at 11 025 Hz). */
export function trackPitch(mono: Float32Array, sampleRate: number, options: Partial<PitchOptions> = {}): PitchFrame[] {
  const o = { ...DEFAULTS, ...options };
  const tauMin = Math.max(2, Math.floor(sampleRate / o.maxHz));
  const tauMax = Math.ceil(sampleRate / o.minHz);
  const w = tauMax + 2;
  const hop = Math.max(1, Math.round(sampleRate * 0.0116));
  const frames: PitchFrame[] = [];
  const d = new Float64Array(tauMax + 2);
  const cm = new Float64Array(tauMax + 2);
  const energies: number[] = [];
  for (let start = 0; start + w + tauMax + 1 <= mono.length; start += hop) {
    let e = 0;
    for (let i = 0; i < w; i++) e += mono[start + i]! * mono[start + i]!;
    energies.push(e / w);
    for (let tau = 1; tau <= tauMax + 1; tau++) {
      let s = 0;
      for (let i = 0; i < w; i++) {
        const x = mono[start + i]! - mono[start + i + tau]!;
        s += x * x;
      }
      d[tau] = s;
    }
    let run = 0;
    cm[0] = 1;
    for (let tau = 1; tau <= tauMax + 1; tau++) {
      run += d[tau]!;
      cm[tau] = run > 0 ? (d[tau]! * tau) / run : 1;
    }
    let tau = -1;
    for (let t = tauMin; t <= tauMax; t++) {
      if (cm[t]! < o.threshold) {
        while (t + 1 <= tauMax && cm[t + 1]! < cm[t]!) t++;
        tau = t;
        break;
      }
    }
    if (tau < 0) {
      tau = tauMin;
      for (let t = tauMin; t <= tauMax; t++) if (cm[t]! < cm[tau]!) tau = t;
    }
    const a = cm[tau - 1]!;
    const b = cm[tau]!;
    const c = cm[tau + 1]!;
    const den = a - 2 * b + c;
    const shift = den > 0 ? (0.5 * (a - c)) / den : 0;
    frames.push({ time: (start + w / 2) / sampleRate, f0: sampleRate / (tau + shift), aperiodicity: Math.max(0, Math.min(1, b)) });
  }
  let loudest = 0;
  for (const e of energies) loudest = Math.max(loudest, e);
  const gate = loudest * 10 ** (-o.gateDb / 10);
  return frames.map((f, i) => (f.aperiodicity < VOICED_APERIODICITY && energies[i]! > gate && loudest > 0 ? f : { ...f, f0: 0 }));
}

/** Notes from a pitch track, MIDI read against a tuning offset in cents. */
export function notesFromPitch(track: readonly PitchFrame[], tuningCents = 0): MelodyNote[] {
  const notes: MelodyNote[] = [];
  const step = track.length > 1 ? track[1]!.time - track[0]!.time : 0.0116;
  let run: { start: number; pitches: number[] } | null = null;
  const close = (end: number): void => {
    if (run && end - run.start >= MIN_NOTE_S) {
      const sorted = [...run.pitches].sort((a, b) => a - b);
      notes.push({
        start: Math.round(run.start * 1000) / 1000,
        duration: Math.round((end - run.start) * 1000) / 1000,
        midi: Math.round(sorted[sorted.length >> 1]!),
      });
    }
    run = null;
  };
  for (let i = 0; i < track.length; i++) {
    const f = track[i]!;
    const t = f.time - step / 2;
    if (f.f0 <= 0) {
      close(t);
      continue;
    }
    const midi = 69 + 12 * Math.log2(f.f0 / 440) - tuningCents / 100;
    if (run === null) {
      run = { start: t, pitches: [midi] };
      continue;
    }
    const current: number = [...run.pitches].sort((a, b) => a - b)[run.pitches.length >> 1]!;
    // A new note when this frame and the next both sit more than half a semitone away.
    const next = track[i + 1];
    const nextMidi = next && next.f0 > 0 ? 69 + 12 * Math.log2(next.f0 / 440) - tuningCents / 100 : midi;
    if (Math.abs(midi - current) > 0.5 && Math.abs(nextMidi - current) > 0.5) {
      close(t);
      run = { start: t, pitches: [midi] };
    } else run.pitches.push(midi);
  }
  if (track.length > 0) close(track[track.length - 1]!.time + step / 2);
  return notes;
}
