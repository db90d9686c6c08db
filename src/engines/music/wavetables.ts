/**
 * Single-cycle wavetables built once from a few harmonics. Every table has few enough partials
 * that notes up to ~1.2 kHz stay below Nyquist at 32 kHz, so no band-limiting per note is needed.
 */

/** Samples per cycle. Tables carry one guard sample so linear interpolation never wraps. */
export const TABLE_SIZE = 2048;

export type TableName = 'sine' | 'soft' | 'warm' | 'bowed' | 'piano' | 'flute' | 'reed';

function additive(amps: readonly number[]): Float32Array {
  const t = new Float32Array(TABLE_SIZE + 1);
  let peak = 0;
  for (let i = 0; i < TABLE_SIZE; i++) {
    let v = 0;
    const x = (2 * Math.PI * i) / TABLE_SIZE;
    for (let h = 0; h < amps.length; h++) v += amps[h]! * Math.sin((h + 1) * x);
    t[i] = v;
    peak = Math.max(peak, Math.abs(v));
  }
  for (let i = 0; i < TABLE_SIZE; i++) t[i] = t[i]! / peak;
  t[TABLE_SIZE] = t[0]!;
  return t;
}

const range = (n: number, f: (h: number) => number): number[] => Array.from({ length: n }, (_, i) => f(i + 1));

const cache = new Map<string, Float32Array>();

/** The named wavetable (built lazily, shared). */
export function wavetable(name: TableName): Float32Array {
  let t = cache.get(name);
  if (t) return t;
  switch (name) {
    case 'sine':
      t = additive([1]);
      break;
    case 'soft':
      t = additive(range(6, (h) => 1 / (h * h)));
      break;
    case 'warm':
      t = additive(range(8, (h) => 1 / h ** 1.6));
      break;
    case 'bowed':
      t = additive(range(12, (h) => (1 / h) * (h % 2 === 0 ? 0.8 : 1) * Math.exp(-h / 14)));
      break;
    case 'piano':
      t = additive(range(10, (h) => (1 / h ** 1.4) * (h === 1 ? 1 : 0.75) * Math.exp(-h / 9)));
      break;
    case 'flute':
      t = additive([1, 0.22, 0.08, 0.03]);
      break;
    case 'reed':
      t = additive(range(9, (h) => (h % 2 === 1 ? 1 / h : 0.35 / h)));
      break;
  }
  cache.set(name, t);
  return t;
}

/**
 * A vowel-like ("ah") table for a given fundamental: harmonic amplitudes follow two formant
 * peaks at fixed frequencies, which is what makes a synthetic choir sound sung. Cached per note.
 */
export function vowelTable(midi: number): Float32Array {
  const key = `vowel${Math.round(midi)}`;
  let t = cache.get(key);
  if (t) return t;
  const f0 = 440 * 2 ** ((Math.round(midi) - 69) / 12);
  const n = Math.max(1, Math.min(14, Math.floor(4000 / f0)));
  const formant = (f: number, c: number, bw: number): number => Math.exp(-0.5 * ((f - c) / bw) ** 2);
  t = additive(range(n, (h) => {
    const f = h * f0;
    return (0.25 + formant(f, 700, 180) + 0.6 * formant(f, 1150, 220) + 0.2 * formant(f, 2600, 300)) / h ** 0.7;
  }));
  cache.set(key, t);
  return t;
}

/** A cached weighted sum of tables (partials at the same ratio cost one lookup instead of several). */
export function blendTable(name: string, parts: ReadonlyArray<readonly [Float32Array, number]>): Float32Array {
  const key = `blend:${name}`;
  let t = cache.get(key);
  if (t) return t;
  t = new Float32Array(TABLE_SIZE + 1);
  let peak = 0;
  for (let i = 0; i <= TABLE_SIZE; i++) {
    let v = 0;
    for (const [table, amp] of parts) v += table[i]! * amp;
    t[i] = v;
    peak = Math.max(peak, Math.abs(v));
  }
  for (let i = 0; i <= TABLE_SIZE; i++) t[i] = t[i]! / peak;
  cache.set(key, t);
  return t;
}
