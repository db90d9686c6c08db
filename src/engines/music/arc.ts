/**
 * Change over time: where a piece stands at a point of its length (tempo, density, brightness,
 * loudness, register, how many parts play), from its arc and the listener's live steering.
 * Curves are smoothsteps, so nothing jumps; the composer reads them once a bar, the renderer
 * once a block.
 */
import type { ArcKind, MusicPlan } from './plan.ts';

/** The piece's state at one moment. */
export interface Shape {
  bpm: number;
  /** 0..1 */
  density: number;
  /** 0..1 */
  brightness: number;
  /** Offset from the plan's loudness target, dB (≤ 0 except steering "louder"). */
  gainDb: number;
  /** Semitones the melody and chords move from the plan's register. */
  registerShift: number;
  /** How many of the parts (melody, chords, pulse, bass, sparkle, percussion) may play, 1..6. */
  parts: number;
  /** False once a sleep piece has faded its music out (the nature bed goes on). */
  musicOn: boolean;
}

/** Words a listener can steer a playing piece with. */
export const STEER_COMMANDS = ['calmer', 'livelier', 'brighter', 'darker', 'slower', 'faster', 'fewer', 'more', 'quieter', 'louder'] as const;
export type SteerCommand = (typeof STEER_COMMANDS)[number];

/** Accumulated steering: what the listener asked for so far (targets; the stream glides to them). */
export interface Steering {
  tempo: number;
  density: number;
  brightness: number;
  gainDb: number;
  parts: number;
}

export const NO_STEERING: Steering = { tempo: 1, density: 0, brightness: 0, gainDb: 0, parts: 0 };

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Adds one command to the steering so far (bounded, so repeated asks cannot break the piece). */
export function steer(s: Steering, command: SteerCommand): Steering {
  switch (command) {
    case 'calmer':
      return {
        ...s,
        tempo: clamp(s.tempo * 0.9, 0.6, 1.4),
        density: clamp(s.density - 0.15, -0.6, 0.6),
        brightness: clamp(s.brightness - 0.1, -0.6, 0.6),
        gainDb: clamp(s.gainDb - 1.5, -12, 4),
      };
    case 'livelier':
      return {
        ...s,
        tempo: clamp(s.tempo / 0.9, 0.6, 1.4),
        density: clamp(s.density + 0.15, -0.6, 0.6),
        brightness: clamp(s.brightness + 0.1, -0.6, 0.6),
        gainDb: clamp(s.gainDb + 1.5, -12, 4),
      };
    case 'brighter':
      return { ...s, brightness: clamp(s.brightness + 0.2, -0.6, 0.6) };
    case 'darker':
      return { ...s, brightness: clamp(s.brightness - 0.2, -0.6, 0.6) };
    case 'slower':
      return { ...s, tempo: clamp(s.tempo * 0.85, 0.6, 1.4) };
    case 'faster':
      return { ...s, tempo: clamp(s.tempo / 0.85, 0.6, 1.4) };
    case 'fewer':
      return { ...s, parts: clamp(s.parts - 1, -4, 2), density: clamp(s.density - 0.1, -0.6, 0.6) };
    case 'more':
      return { ...s, parts: clamp(s.parts + 1, -4, 2), density: clamp(s.density + 0.1, -0.6, 0.6) };
    case 'quieter':
      return { ...s, gainDb: clamp(s.gainDb - 3, -12, 4) };
    case 'louder':
      return { ...s, gainDb: clamp(s.gainDb + 2, -12, 4) };
    default:
      return exhaustive(command);
  }
}

function exhaustive(x: never): never {
  throw new Error(`unknown steering command ${String(x)}`);
}

/** Moves `cur` towards `target` by the fraction `k` (0..1) per call: a glide, never a jump. */
export function glide(cur: Steering, target: Steering, k: number): Steering {
  const m = (a: number, b: number): number => (Math.abs(b - a) < 1e-4 ? b : a + (b - a) * k);
  return {
    tempo: m(cur.tempo, target.tempo),
    density: m(cur.density, target.density),
    brightness: m(cur.brightness, target.brightness),
    gainDb: m(cur.gainDb, target.gainDb),
    parts: m(cur.parts, target.parts),
  };
}

const smooth = (a: number, b: number, x: number): number => {
  const t = clamp((x - a) / (b - a), 0, 1);
  return t * t * (3 - 2 * t);
};

/** The arc of a plan (version 1 plans and plans without one hold steady). */
export function arcOf(plan: MusicPlan): { kind: ArcKind; endBpm: number } {
  return plan.version === 2 && plan.arc ? plan.arc : { kind: 'steady', endBpm: plan.bpm };
}

/**
 * The piece's state at `progress` (0..1 of its length) under `steering`. Intro and outro are
 * quieter and sparser; `calm-down` slides tempo, density, brightness, loudness and register
 * from the plan's start to calm; `wake-up` the reverse; `sleep` thins to silence by 90 %.
 */
export function shapeAt(plan: MusicPlan, progress: number, steering: Steering = NO_STEERING): Shape {
  const p = clamp(progress, 0, 1);
  const arc = arcOf(plan);
  let bpm = plan.bpm;
  let density = plan.density;
  let brightness = plan.brightness;
  let gainDb = 0;
  let registerShift = 0;
  let parts = 6;
  let musicOn = true;
  if (plan.version === 2) {
    // Form: a sparser intro and outro around the body of the piece.
    const body = smooth(0, 0.08, p) * (1 - smooth(0.9, 1, p));
    density *= 0.65 + 0.35 * body;
  }
  switch (arc.kind) {
    case 'steady':
    case 'breathing':
      break;
    case 'calm-down': {
      const s = smooth(0.05, 0.8, p);
      bpm = plan.bpm + (arc.endBpm - plan.bpm) * s;
      density = clamp(density + 0.15 - 0.4 * s, 0.05, 1);
      brightness = clamp(brightness + 0.1 - 0.3 * s, 0.05, 1);
      gainDb = -3 * s;
      registerShift = -4 * s;
      break;
    }
    case 'wake-up': {
      const s = smooth(0.05, 0.85, p);
      bpm = plan.bpm + (arc.endBpm - plan.bpm) * s;
      density = clamp(density - 0.1 + 0.45 * s, 0.05, 1);
      brightness = clamp(brightness - 0.15 + 0.45 * s, 0.05, 1);
      gainDb = -4 + 4 * s;
      registerShift = -3 + 6 * s;
      break;
    }
    case 'sleep': {
      const s = smooth(0, 0.85, p);
      bpm = plan.bpm + (arc.endBpm - plan.bpm) * s;
      density = clamp(density * (1 - 0.8 * s), 0.03, 1);
      brightness = clamp(brightness - 0.3 * s, 0.05, 1);
      gainDb = -12 * s;
      registerShift = -5 * s;
      parts = p < 0.45 ? 6 : p < 0.65 ? 4 : p < 0.8 ? 3 : 2;
      musicOn = p < 0.9;
      break;
    }
    default:
      exhaustive(arc.kind);
  }
  return {
    bpm: clamp(bpm * steering.tempo, 30, 240),
    density: clamp(density + steering.density, 0.02, 1),
    brightness: clamp(brightness + steering.brightness, 0.02, 1),
    gainDb: gainDb + steering.gainDb,
    registerShift: Math.round(registerShift + 4 * steering.brightness),
    parts: clamp(Math.round(parts + steering.parts), 1, 6),
    musicOn,
  };
}
