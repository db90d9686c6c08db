/**
 * Chord progressions and voice leading. Each section plays an eight-bar progression that starts
 * on the tonic and cadences back to it (tonic in at least three bars, the dominant in at most
 * two, so the key cannot be mistaken for its dominant), so the key stays clear however long the piece runs;
 * sections draw different progressions so nothing loops audibly.
 */
import type { Rng } from '../core/index.ts';
import type { Mode } from './theory.ts';
import { nearestWithPitchClass, triadOnDegree } from './theory.ts';

/** Eight-bar progressions as 0-based scale degrees, one chord per bar. */
const PROGRESSIONS: Record<Mode, readonly (readonly number[])[]> = {
  major: [
    [0, 4, 5, 3, 0, 3, 4, 0],
    [0, 3, 0, 4, 5, 3, 4, 0],
    [0, 5, 3, 4, 0, 5, 4, 0],
    [0, 2, 3, 0, 5, 3, 4, 0],
    [0, 3, 5, 4, 0, 3, 4, 0],
    [0, 0, 3, 3, 5, 4, 0, 0],
  ],
  minor: [
    [0, 3, 5, 4, 0, 3, 4, 0],
    [0, 5, 2, 6, 0, 5, 4, 0],
    [0, 6, 5, 4, 0, 3, 4, 0],
    [0, 3, 0, 4, 5, 3, 4, 0],
    [0, 0, 5, 5, 3, 3, 4, 0],
  ],
};

/** A chord as pitch classes, root first. */
export interface Chord {
  degree: number;
  tones: number[];
}

/** Picks a progression different from the previous one. */
export function progressionFor(mode: Mode, tonic: number, rng: Rng, previous: number): { index: number; chords: Chord[] } {
  const pool = PROGRESSIONS[mode];
  let index = rng.int(0, pool.length - 1);
  if (index === previous) index = (index + 1 + rng.int(0, pool.length - 2)) % pool.length;
  return { index, chords: pool[index]!.map((d) => ({ degree: d, tones: chordTones(d, tonic, mode) })) };
}

/** Triad pitch classes on a degree; the minor-key dominant gets its raised leading tone. */
export function chordTones(degree: number, tonic: number, mode: Mode): number[] {
  return triadOnDegree(tonic, mode, degree, degree === 4);
}

/**
 * Voices `tones` (pitch classes) near the previous voicing: each voice moves to the nearest chord
 * tone, then duplicates are nudged so the root and third are both present. Keeps within [lo, hi].
 */
export function voiceLead(previous: readonly number[], tones: readonly number[], lo: number, hi: number): number[] {
  const next = previous.map((p) => {
    let best = p;
    let bestD = Infinity;
    for (const pc of tones) {
      let m = nearestWithPitchClass(pc, p);
      if (m < lo) m += 12;
      if (m > hi) m -= 12;
      const d = Math.abs(m - p);
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    return best;
  });
  const need = [tones[0]!, tones[1]!];
  for (const pc of need) {
    if (next.some((m) => ((m % 12) + 12) % 12 === pc)) continue;
    // Replace a doubled voice with the missing tone.
    const counts = new Map<number, number>();
    for (const m of next) counts.set(((m % 12) + 12) % 12, (counts.get(((m % 12) + 12) % 12) ?? 0) + 1);
    const i = next.findIndex((m) => (counts.get(((m % 12) + 12) % 12) ?? 0) > 1);
    if (i >= 0) {
      let m = nearestWithPitchClass(pc, next[i]!);
      if (m < lo) m += 12;
      if (m > hi) m -= 12;
      next[i] = m;
    }
  }
  // No two voices on one note: a unison only weighs one pitch class twice (D3 D3 F3 for D minor
  // leaves out its fifth, and the chord then leans the key towards its root). The doubled voice
  // takes a chord tone no voice has (the fifth, or the colour), else the octave.
  const out = next.sort((a, b) => a - b);
  for (let i = 1; i < out.length; i++) {
    if (out[i] !== out[i - 1]) continue;
    const have = new Set(out.map((m) => ((m % 12) + 12) % 12));
    const missing = tones.find((pc) => !have.has(pc));
    let m = missing === undefined ? out[i]! + 12 : nearestWithPitchClass(missing, out[i]!);
    if (m < lo) m += 12;
    if (m > hi) m -= 12;
    if (out.includes(m)) m = out[i]! + 12 <= hi ? out[i]! + 12 : out[i]! - 12;
    out[i] = m;
    out.sort((a, b) => a - b);
    i = 0;
  }
  return out;
}

/** An initial close voicing of a chord with its lowest note near `centre`. */
export function initialVoicing(tones: readonly number[], centre: number, voices: number): number[] {
  const out: number[] = [];
  let m = nearestWithPitchClass(tones[0]!, centre);
  for (let i = 0; i < voices; i++) {
    const pc = tones[i % tones.length]!;
    while (((m % 12) + 12) % 12 !== pc) m++;
    out.push(m);
    m++;
  }
  return out;
}

/**
 * Harmonic colour of a piece: plain triads (version 1 plans), sevenths (jazz, lo-fi, classical
 * cadences), added ninths and suspensions (ambient, cinematic), power chords (rock).
 */
export type ChordColour = 'triad' | 'seventh' | 'add9' | 'sus' | 'power';

/**
 * A chord's pitch classes with its colour: root first, then third (or the suspension), fifth
 * and the added tone. The dominant keeps its third (it carries the key); a power chord drops it.
 */
export function colouredTones(degree: number, tonic: number, mode: Mode, colour: ChordColour): number[] {
  const triad = chordTones(degree, tonic, mode);
  const scaleNote = (d: number): number => {
    const t = triadOnDegree(tonic, mode, d);
    return t[0]!;
  };
  switch (colour) {
    case 'triad':
      return triad;
    case 'seventh':
      return [...triad, degree === 4 && mode === 'minor' ? (triad[0]! + 10) % 12 : scaleNote(degree + 6)];
    case 'add9':
      return [...triad, scaleNote(degree + 1)];
    case 'sus':
      return degree === 4 ? [...triad, scaleNote(degree + 3)] : [triad[0]!, scaleNote(degree + 1), triad[2]!, triad[1]!];
    case 'power':
      return [triad[0]!, triad[2]!, triad[1]!];
    default: {
      const never: never = colour;
      return never;
    }
  }
}

/**
 * A related key for a contrasting section: the relative major/minor, the subdominant or the
 * dominant (same mode). Returns the new tonic pitch class and mode.
 */
export function relatedKey(tonic: number, mode: Mode, rng: Rng): { tonic: number; mode: Mode } {
  const choice = rng.int(0, 2);
  if (choice === 0) return mode === 'major' ? { tonic: (tonic + 9) % 12, mode: 'minor' } : { tonic: (tonic + 3) % 12, mode: 'major' };
  if (choice === 1) return { tonic: (tonic + 5) % 12, mode };
  return { tonic: (tonic + 7) % 12, mode };
}

/** Modal colour: the Dorian IV (major IV in a minor key) or the Mixolydian ♭VII (in a major key). */
export function modalChord(tonic: number, mode: Mode): Chord {
  return mode === 'minor'
    ? { degree: 3, tones: [(tonic + 5) % 12, (tonic + 9) % 12, (tonic + 12) % 12] }
    : { degree: 6, tones: [(tonic + 10) % 12, (tonic + 14) % 12, (tonic + 17) % 12] };
}
