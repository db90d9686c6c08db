/**
 * Pitch names, scales and chords: the small amount of music theory the planner, composer and
 * key analyser share. Pitch classes are 0..11 with C = 0; MIDI note 69 is A4 = 440 Hz.
 */
import type { Hz } from '../core/index.ts';
import { hz } from '../core/index.ts';

/** A key's mode. Only the two the analyser can tell apart reliably. */
export type Mode = 'major' | 'minor';

/** Key names as reported to users (flats for the black keys except F#/C#, as musicians write them). */
export const PITCH_NAMES = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'] as const;
export type PitchName = (typeof PITCH_NAMES)[number];

const LETTER: Record<string, number> = { c: 0, d: 2, e: 4, f: 5, g: 7, a: 9, b: 11 };

/** Scale steps (semitones above the tonic) for each mode; minor uses the natural minor. */
export const SCALE: Record<Mode, readonly number[]> = {
  major: [0, 2, 4, 5, 7, 9, 11],
  minor: [0, 2, 3, 5, 7, 8, 10],
};

/** Pitch class (0..11) of a key name such as "G", "f#", "Bb", "E flat"; undefined if unknown. */
export function pitchClassFromName(name: string): number | undefined {
  const m = /^\s*([a-g])\s*(#|♯|b|♭|-?\s*sharp|-?\s*flat)?\s*$/i.exec(name);
  if (!m) return undefined;
  const base = LETTER[m[1]!.toLowerCase()]!;
  const acc = (m[2] ?? '').toLowerCase().replace(/[-\s]/g, '');
  const shift = acc === '#' || acc === '♯' || acc === 'sharp' ? 1 : acc === 'b' || acc === '♭' || acc === 'flat' ? -1 : 0;
  return (base + shift + 12) % 12;
}

/** Display name of a pitch class (0..11). */
export function pitchName(pc: number): PitchName {
  return PITCH_NAMES[((Math.round(pc) % 12) + 12) % 12]!;
}

/** Frequency of a (possibly fractional) MIDI note number. */
export function midiToHz(midi: number): Hz {
  return hz(440 * 2 ** ((midi - 69) / 12));
}

/**
 * The triad on a scale degree (0-based) of a key, as pitch classes [root, third, fifth].
 * `raisedLeading` turns the minor v into V (harmonic minor), which makes minor keys unambiguous.
 */
export function triadOnDegree(tonic: number, mode: Mode, degree: number, raisedLeading = false): number[] {
  const scale = SCALE[mode];
  const note = (d: number): number => {
    const octave = Math.floor(d / 7);
    let pc = tonic + scale[((d % 7) + 7) % 7]! + 12 * octave;
    if (raisedLeading && mode === 'minor' && ((d % 7) + 7) % 7 === 6) pc += 1;
    return ((pc % 12) + 12) % 12;
  };
  return [note(degree), note(degree + 2), note(degree + 4)];
}

/** MIDI notes of the scale between lo and hi inclusive. */
export function scaleNotes(tonic: number, mode: Mode, lo: number, hi: number): number[] {
  const set = new Set(SCALE[mode].map((s) => (tonic + s) % 12));
  const out: number[] = [];
  for (let m = lo; m <= hi; m++) if (set.has(((m % 12) + 12) % 12)) out.push(m);
  return out;
}

/** The MIDI note with pitch class `pc` nearest to `target`. */
export function nearestWithPitchClass(pc: number, target: number): number {
  const base = target - ((((target - pc) % 12) + 12) % 12);
  return target - base <= 6 ? base : base + 12;
}
