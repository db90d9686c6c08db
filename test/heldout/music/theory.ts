/**
 * The little music theory the held-out clips are written with: keys, scales, chords from roman
 * numerals, and voicings. Independent of src/engines/music on purpose (material the engine's own
 * code did not make).
 */

export type Mode = 'major' | 'minor';

const LETTERS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Pitch class of a name such as "F#", "Db", "Bb" (any spelling). */
export function pcOf(name: string): number {
  const base = LETTERS[name[0]!.toUpperCase()];
  if (base === undefined) throw new Error(`not a pitch name: ${name}`);
  let pc = base;
  for (const c of name.slice(1)) pc += c === '#' ? 1 : c === 'b' ? -1 : 0;
  return (pc + 12) % 12;
}

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const NATURAL_MINOR = [0, 2, 3, 5, 7, 8, 10];
const HARMONIC_MINOR = [0, 2, 3, 5, 7, 8, 11];

/** Scale steps of a mode above the tonic; `leading` raises the 7th in minor (harmonic minor). */
export function scale(mode: Mode, leading = false): readonly number[] {
  return mode === 'major' ? MAJOR : leading ? HARMONIC_MINOR : NATURAL_MINOR;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'];

export interface Chord {
  /** Pitch classes, root first. */
  readonly pcs: readonly number[];
  readonly root: number;
  /** True where the chord uses the raised leading tone (V, V7, vii° in minor). */
  readonly leading: boolean;
}

/**
 * A chord from a roman numeral in a key: "I", "vi", "IV7", "V7", "ii°"; in minor, an upper-case
 * "V"/"V7" and "vii°" take the raised leading tone, "VII" is the natural subtonic.
 */
export function chord(tonicPc: number, mode: Mode, symbol: string): Chord {
  const seventh = symbol.endsWith('7');
  const roman = symbol.replace(/[7°]/g, '');
  const degree = ROMAN.indexOf(roman.toLowerCase());
  if (degree < 0) throw new Error(`not a roman numeral: ${symbol}`);
  const leading = mode === 'minor' && (roman === 'V' || roman === 'vii');
  const steps = scale(mode, leading);
  const tones = seventh ? [0, 2, 4, 6] : [0, 2, 4];
  const pcs = tones.map((t) => {
    const idx = degree + t;
    return (tonicPc + steps[idx % 7]! + 12 * Math.floor(idx / 7)) % 12;
  });
  return { pcs, root: pcs[0]!, leading };
}

/** The lowest MIDI key of pitch class `pc` at or above `low`. */
export function keyAtOrAbove(pc: number, low: number): number {
  return low + ((pc - (low % 12) + 12) % 12);
}

/** Close-position voicing of `pcs` whose lowest note is at or above `low` (root position unless `inversion`). */
export function closeVoicing(pcs: readonly number[], low: number, inversion = 0): number[] {
  const order = [...pcs.slice(inversion), ...pcs.slice(0, inversion)];
  const out: number[] = [];
  let floor = low;
  for (const pc of order) {
    const k = keyAtOrAbove(pc, floor);
    out.push(k);
    floor = k + 1;
  }
  return out;
}

/** The close voicing (any inversion, octave shifts) of `pcs` with the least total movement from `prev`, top note in range. */
export function nearestVoicing(pcs: readonly number[], prev: readonly number[], topLow: number, topHigh: number): number[] {
  let best: number[] = [];
  let bestCost = Infinity;
  for (let inv = 0; inv < pcs.length; inv++) {
    for (let low = topLow - 14; low <= topHigh; low++) {
      const v = closeVoicing(pcs, low, inv);
      const top = v[v.length - 1]!;
      if (v[0] !== low || top < topLow || top > topHigh) continue;
      const cost = prev.length === v.length ? v.reduce((s, k, i) => s + Math.abs(k - prev[i]!), 0) : Math.abs(top - (topLow + topHigh) / 2);
      if (cost < bestCost) {
        bestCost = cost;
        best = v;
      }
    }
  }
  return best;
}

/** MIDI key of scale step `step` (0 = tonic, may be negative or ≥ 7) in the octave starting at `tonicKey`. */
export function scaleKey(tonicKey: number, mode: Mode, step: number, leading = false): number {
  const steps = scale(mode, leading);
  const oct = Math.floor(step / 7);
  return tonicKey + 12 * oct + steps[((step % 7) + 7) % 7]!;
}

/** The scale step (index into the scale, with octaves) of a MIDI key in the key, or the nearest one below. */
export function stepOf(key: number, tonicKey: number, mode: Mode): number {
  const steps = scale(mode);
  const rel = key - tonicKey;
  const oct = Math.floor(rel / 12);
  const within = rel - 12 * oct;
  let idx = 0;
  for (let i = 0; i < 7; i++) if (steps[i]! <= within) idx = i;
  return oct * 7 + idx;
}
