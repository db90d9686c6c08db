/**
 * A clip as written (notes in beats) and as played (a tempo map with drift, swing and human
 * timing jitter), turned into a Standard MIDI File. Seeded, so the same clip gives the same bytes.
 */
import type { SmfNote, SmfSong, SmfTrack } from './smf.ts';
import { rng } from '../seed.ts';
import { TPQ } from './smf.ts';

/** One written note: start and length in beats (quarter notes), MIDI key, velocity 1–127. */
export interface Note {
  readonly beat: number;
  readonly dur: number;
  readonly key: number;
  readonly vel: number;
}

export interface Part {
  readonly name: string;
  readonly program: number;
  /** MIDI channel; 9 = drums. */
  readonly channel: number;
  readonly volume: number;
  readonly pan: number;
  readonly reverb?: number;
  readonly notes: readonly Note[];
  /** Sustain pedal changes in beats. */
  readonly pedal?: readonly { readonly beat: number; readonly down: boolean }[];
}

export interface Score {
  readonly meter: readonly [number, number];
  /** Written length in beats (quarter notes). */
  readonly beats: number;
  readonly parts: readonly Part[];
}

/** How the written score is played. */
export interface Timing {
  /** Nominal tempo, quarter notes per minute. */
  readonly bpm: number;
  /**
   * Gradual tempo drift: `sine` goes bpm·(1 + amount·sin(2π·beat/beats)) (one cycle over the clip),
   * `ritardando` slows linearly from bpm·(1 + amount) to bpm·(1 − amount), `accelerando` the reverse.
   */
  readonly drift?: { readonly kind: 'sine' | 'ritardando' | 'accelerando'; readonly amount: number };
  /** Off-beat eighths land at this fraction of the beat instead of 0.5 (e.g. 0.6 for a lazy lo-fi swing). */
  readonly swing?: number;
  /** Each onset moves by a uniform random amount in ±jitterMs (humanised timing); 0 = quantised. */
  readonly jitterMs: number;
}

/** Tempo (bpm) at a written beat. */
export function tempoAt(timing: Timing, beat: number, beats: number): number {
  const d = timing.drift;
  if (!d) return timing.bpm;
  const x = Math.min(1, Math.max(0, beat / beats));
  switch (d.kind) {
    case 'sine':
      return timing.bpm * (1 + d.amount * Math.sin(2 * Math.PI * x));
    case 'ritardando':
      return timing.bpm * (1 + d.amount - 2 * d.amount * x);
    case 'accelerando':
      return timing.bpm * (1 - d.amount + 2 * d.amount * x);
  }
}

/** Tempo map resolution: one tempo event per sixteenth note. */
const STEP = 0.25;

/** Seconds from the start to a written beat under the timing's tempo map (piecewise constant per sixteenth). */
export function secondsAt(timing: Timing, beat: number, beats: number): number {
  let s = 0;
  for (let b = 0; b < beat; b += STEP) s += (Math.min(STEP, beat - b) * 60) / tempoAt(timing, b, beats);
  return s;
}

/** Swing moves an onset on the off-beat eighth to `swing` of the beat; other positions stay. */
function swung(beat: number, swing: number | undefined): number {
  if (swing === undefined) return beat;
  const whole = Math.floor(beat + 1e-9);
  const frac = beat - whole;
  if (Math.abs(frac - 0.5) < 1e-6) return whole + swing;
  if (Math.abs(frac - 0.75) < 1e-6) return whole + swing + (1 - swing) / 2;
  if (Math.abs(frac - 0.25) < 1e-6) return whole + swing / 2;
  return beat;
}

/** Plays the score: applies swing, jitter and the tempo map, and returns the MIDI song. */
export function performance(score: Score, timing: Timing, seed: number): SmfSong {
  const random = rng(seed);
  const tempos: { tick: number; bpm: number }[] = [];
  if (timing.drift) {
    for (let b = 0; b < score.beats + 4; b += STEP) tempos.push({ tick: b * TPQ, bpm: Math.round(tempoAt(timing, b, score.beats) * 1000) / 1000 });
  } else {
    tempos.push({ tick: 0, bpm: timing.bpm });
  }
  const tick = (beat: number): number => {
    const b = swung(beat, timing.swing);
    const jitterSec = ((random() * 2 - 1) * timing.jitterMs) / 1000;
    return Math.max(0, b * TPQ + (jitterSec * TPQ * tempoAt(timing, b, score.beats)) / 60);
  };
  const tracks: SmfTrack[] = score.parts.map((p) => {
    const notes: SmfNote[] = p.notes.map((n) => {
      const on = tick(n.beat);
      const end = swung(n.beat + n.dur, timing.swing) * TPQ;
      return { tick: on, ticks: Math.max(TPQ / 16, end - on - TPQ / 64), key: n.key, velocity: n.vel };
    });
    return {
      name: p.name, channel: p.channel, program: p.program, volume: p.volume, pan: p.pan, reverb: p.reverb ?? 40, notes,
      pedal: p.pedal?.map((e) => ({ tick: e.beat * TPQ + (e.down ? TPQ / 16 : -TPQ / 32), down: e.down })),
    };
  });
  return { tempos, meter: score.meter, tracks };
}

/** Seconds at a tick of a song's tempo map (tempo events are sorted by tick). */
export function secondsAtTick(song: SmfSong, tick: number): number {
  let s = 0;
  for (let i = 0; i < song.tempos.length; i++) {
    const t = song.tempos[i]!;
    if (tick <= t.tick) break;
    const end = Math.min(tick, song.tempos[i + 1]?.tick ?? Infinity);
    s += ((end - t.tick) / TPQ) * (60 / t.bpm);
  }
  return s;
}

/** A played note in seconds (for the clips made with sox and espeak-ng rather than a MIDI synthesiser). */
export interface TimedNote {
  readonly start: number;
  readonly seconds: number;
  readonly key: number;
  readonly velocity: number;
}

/** The notes of one track of a played song, in seconds. */
export function timedNotes(song: SmfSong, track: SmfTrack): TimedNote[] {
  return track.notes.map((n) => {
    const start = secondsAtTick(song, n.tick);
    return { start, seconds: secondsAtTick(song, n.tick + n.ticks) - start, key: n.key, velocity: n.velocity };
  });
}
