/**
 * Style writers for the held-out clips: chorale, arpeggios, ostinato, melody + chords, lo-fi,
 * rock riff, pop strum, waltz and ballad. Each writes notes in beats from a key, a progression
 * (one string of chord symbols per bar) and a seeded random source; `score.ts` then plays them.
 */
import type { Note, Part } from './score.ts';
import type { Chord, Mode } from './theory.ts';
import { chord, keyAtOrAbove, nearestVoicing, scaleKey, stepOf } from './theory.ts';

export interface StyleContext {
  readonly tonic: number;
  readonly mode: Mode;
  /** Beats per bar (quarter notes). */
  readonly beatsPerBar: number;
  /** One string per bar, chords separated by spaces dividing the bar evenly: "I IV", "V7". */
  readonly progression: readonly string[];
  readonly random: () => number;
  /** A window cut from the middle of a piece: no final tonic chord, no closing note or crash. */
  readonly excerpt?: boolean;
}

interface Segment {
  readonly beat: number;
  readonly len: number;
  readonly chord: Chord;
  readonly bar: number;
  readonly last: boolean;
}

export function segments(ctx: StyleContext): Segment[] {
  const out: Segment[] = [];
  ctx.progression.forEach((bar, b) => {
    const syms = bar.trim().split(/\s+/);
    const len = ctx.beatsPerBar / syms.length;
    syms.forEach((s, i) => out.push({
      beat: b * ctx.beatsPerBar + i * len, len, chord: chord(ctx.tonic, ctx.mode, s), bar: b,
      last: !ctx.excerpt && b === ctx.progression.length - 1 && i === syms.length - 1,
    }));
  });
  return out;
}

const vary = (r: () => number, base: number, spread: number): number => Math.round(base + (r() * 2 - 1) * spread);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const bass = (c: Chord, low: number): number => keyAtOrAbove(c.root, low);

function part(name: string, program: number, channel: number, notes: Note[], extra: Partial<Part> = {}): Part {
  return { name, program, channel, volume: 100, pan: 64, notes, ...extra };
}

/** Four-voice block chords: bass on the root, three upper voices moving to the nearest voicing. */
export function chorale(ctx: StyleContext, program: number): Part[] {
  const upper: Note[] = [];
  const low: Note[] = [];
  let prev: number[] = [];
  for (const s of segments(ctx)) {
    const v = nearestVoicing(s.chord.pcs.slice(0, 3), prev, 64, 74);
    prev = v;
    const dur = s.last ? s.len : s.len - 0.1;
    v.forEach((k, i) => upper.push({ beat: s.beat, dur, key: k, vel: vary(ctx.random, i === 2 ? 84 : 72, 5) }));
    low.push({ beat: s.beat, dur, key: bass(s.chord, 41), vel: vary(ctx.random, 78, 5) });
  }
  return [part('upper voices', program, 0, upper, { pan: 54 }), part('bass voice', program, 1, low, { pan: 74 })];
}

export type ArpPattern = 'up' | 'updown' | 'alberti' | 'travis';

/** Broken chords in `perBeat` notes a beat over two octaves, with a held bass note when `holdBass`. */
export function arpeggio(ctx: StyleContext, program: number, pattern: ArpPattern, perBeat: number, low: number, holdBass: boolean): Part[] {
  const notes: Note[] = [];
  const bassNotes: Note[] = [];
  const dt = 1 / perBeat;
  for (const s of segments(ctx)) {
    const pcs = s.chord.pcs;
    const tones: number[] = [];
    let floor = keyAtOrAbove(pcs[0]!, low);
    for (let i = 0; i < pcs.length * 2 + 1; i++) {
      const k = keyAtOrAbove(pcs[i % pcs.length]!, floor);
      tones.push(k);
      floor = k + 1;
    }
    const count = Math.round(s.len * perBeat);
    if (s.last) {
      tones.slice(0, 4).forEach((k, i) => notes.push({ beat: s.beat + i * dt, dur: s.len - i * dt, key: k, vel: vary(ctx.random, 70, 6) }));
    } else {
      for (let i = 0; i < count; i++) {
        let idx: number;
        if (pattern === 'up') idx = i % tones.length;
        else if (pattern === 'updown') {
          const cyc = tones.length * 2 - 2;
          const j = i % cyc;
          idx = j < tones.length ? j : cyc - j;
        } else if (pattern === 'alberti') idx = [0, 2, 1, 2][i % 4]!;
        else idx = i % 2 === 0 ? (i % 4 === 0 ? 0 : 1) : 2 + ((i >> 1) % (tones.length - 2));
        const accent = i % perBeat === 0 ? 10 : 0;
        notes.push({ beat: s.beat + i * dt, dur: dt * (pattern === 'alberti' ? 0.9 : 1.6), key: tones[idx]!, vel: vary(ctx.random, 62 + accent, 6) });
      }
    }
    if (holdBass) bassNotes.push({ beat: s.beat, dur: s.len, key: bass(s.chord, low - 12), vel: vary(ctx.random, 74, 5) });
  }
  const parts = [part('arpeggio', program, 0, notes, { pan: 70 })];
  if (holdBass) parts.push(part('bass', program, 1, bassNotes, { pan: 58 }));
  return parts;
}

const RHYTHMS_4 = [[1, 1, 1, 1], [1.5, 0.5, 1, 1], [2, 1, 1], [1, 0.5, 0.5, 2], [0.5, 0.5, 1, 2], [1, 1, 2], [1.5, 0.5, 2]];
const RHYTHMS_3 = [[2, 1], [1, 1, 1], [1.5, 0.5, 1], [1, 2], [3]];

/** A singable line: chord tones on downbeats, steps and small leaps between, ending on the tonic. */
export function melodyNotes(ctx: StyleContext, low: number, high: number, rhythms?: readonly (readonly number[])[]): Note[] {
  const r = ctx.random;
  const tonicKey = keyAtOrAbove(ctx.tonic, low);
  const segs = segments(ctx);
  const bars = ctx.progression.length;
  const out: Note[] = [];
  let prev = keyAtOrAbove(ctx.tonic, low + 5);
  const chordAt = (beat: number): Chord => (segs.findLast((s) => s.beat <= beat + 1e-9) ?? segs[0]!).chord;
  for (let b = 0; b < bars; b++) {
    const closing = b === bars - 1 && !ctx.excerpt;
    const rhythm = closing ? [ctx.beatsPerBar] : pick(r, rhythms ?? (ctx.beatsPerBar === 3 ? RHYTHMS_3 : RHYTHMS_4));
    let beat = b * ctx.beatsPerBar;
    rhythm.forEach((len, i) => {
      const c = chordAt(beat);
      let key: number;
      if (closing) {
        key = keyAtOrAbove(ctx.tonic, prev - 6);
      } else if (i === 0 || r() < 0.3) {
        const cands: number[] = [];
        for (let k = low; k <= high; k++) if (c.pcs.includes(k % 12)) cands.push(k);
        cands.sort((a, z) => Math.abs(a - prev) - Math.abs(z - prev));
        key = cands[r() < 0.7 ? 0 : 1] ?? cands[0]!;
      } else {
        const mid = (low + high) / 2;
        const dir = r() < (prev > mid ? 0.65 : 0.35) ? -1 : 1;
        key = scaleKey(tonicKey, ctx.mode, stepOf(prev, tonicKey, ctx.mode) + dir, c.leading);
        if (key < low || key > high) key = scaleKey(tonicKey, ctx.mode, stepOf(prev, tonicKey, ctx.mode) - dir, c.leading);
      }
      out.push({ beat, dur: len * 0.95, key, vel: vary(r, i === 0 ? 82 : 70, 7) });
      prev = key;
      beat += len;
    });
  }
  return out;
}

export type Accompaniment = 'block' | 'broken' | 'sustain' | 'strum';

/** A melody instrument over an accompaniment instrument. */
export function melodyChords(
  ctx: StyleContext, melodyProgram: number, range: readonly [number, number], accProgram: number, acc: Accompaniment,
): Part[] {
  const mel = part('melody', melodyProgram, 0, melodyNotes(ctx, range[0], range[1]), { pan: 50, volume: 110 });
  const accParts = acc === 'strum' ? strum(ctx, accProgram, 1) : acc === 'broken'
    ? arpeggio(ctx, accProgram, 'alberti', 2, 52, true).map((p, i) => ({ ...p, channel: 1 + i, volume: 80 }))
    : blockChords(ctx, accProgram, acc === 'sustain');
  return [mel, ...accParts];
}

/** Chords on each beat (or held for the segment when `sustain`) with the root in the bass. */
export function blockChords(ctx: StyleContext, program: number, sustain: boolean, channel = 1): Part[] {
  const notes: Note[] = [];
  let prev: number[] = [];
  for (const s of segments(ctx)) {
    const v = nearestVoicing(s.chord.pcs, prev, 62, 71);
    prev = v;
    const hits = sustain || s.last ? [0] : Array.from({ length: Math.round(s.len) }, (_, i) => i);
    for (const h of hits) {
      const dur = sustain || s.last ? s.len - h : 0.8;
      v.forEach((k) => notes.push({ beat: s.beat + h, dur, key: k, vel: vary(ctx.random, h === 0 ? 62 : 52, 5) }));
    }
    notes.push({ beat: s.beat, dur: s.len * 0.95, key: bass(s.chord, 40), vel: vary(ctx.random, 70, 5) });
  }
  return [part('chords', program, channel, notes, { pan: 76, volume: 84 })];
}

/** Guitar-like strumming: six-string voicings, down strokes low→high, up strokes high→low, a few ms between strings. */
export function strum(ctx: StyleContext, program: number, channel: number, bpm = 100): Part[] {
  const notes: Note[] = [];
  const gap = (0.009 * bpm) / 60;
  const pattern = ctx.beatsPerBar === 3 ? [[0, 'd'], [1, 'd'], [1.5, 'u'], [2, 'd']] as const
    : [[0, 'd'], [1, 'd'], [1.5, 'u'], [2.5, 'u'], [3, 'd'], [3.5, 'u']] as const;
  for (const s of segments(ctx)) {
    const root = bass(s.chord, 40);
    const upper = nearestVoicing(s.chord.pcs, [], 59, 67);
    const shape = [root, root + 7, ...upper, upper[0]! + 12].sort((a, b) => a - b);
    const hits = s.last ? [[0, 'd'] as const] : pattern.filter(([t]) => t < s.len);
    for (const [t, dir] of hits) {
      const strings = dir === 'd' ? shape : shape.slice(2).reverse();
      strings.forEach((k, i) => notes.push({
        beat: s.beat + t + i * gap, dur: s.last ? s.len : 0.45, key: k, vel: vary(ctx.random, dir === 'd' ? 76 : 58, 6),
      }));
    }
  }
  return [part('strummed guitar', program, channel, notes, { pan: 80, volume: 90 })];
}

/** General MIDI drum keys. */
const KICK = 36;
const SNARE = 38;
const SIDESTICK = 37;
const HAT = 42;
const OPEN_HAT = 46;
const CRASH = 49;
const RIDE = 51;

export type Groove = 'rock' | 'pop' | 'lofi' | 'waltz';

/** A drum kit pattern per bar, with a crash on the first beat and a small fill before the last bar. */
export function drums(ctx: StyleContext, groove: Groove): Part {
  const r = ctx.random;
  const notes: Note[] = [];
  const bars = ctx.progression.length;
  const hit = (beat: number, key: number, vel: number): void => {
    notes.push({ beat, dur: 0.25, key, vel: vary(r, vel, 6) });
  };
  for (let b = 0; b < bars; b++) {
    const o = b * ctx.beatsPerBar;
    if (b === bars - 1 && !ctx.excerpt) {
      hit(o, KICK, 100);
      hit(o, CRASH, 96);
      continue;
    }
    if (b === 0 && groove !== 'lofi') hit(o, CRASH, 92);
    if (groove === 'waltz') {
      hit(o, KICK, 90);
      hit(o + 1, SIDESTICK, 60);
      hit(o + 2, SIDESTICK, 56);
      for (let i = 0; i < 3; i++) hit(o + i, RIDE, 56);
      continue;
    }
    const fill = b === bars - 2 && groove === 'rock';
    for (let e = 0; e < 8; e++) {
      const t = o + e / 2;
      if (fill && e >= 4) {
        hit(t, SNARE, 80 + e * 4);
        continue;
      }
      hit(t, e === 7 && groove === 'pop' ? OPEN_HAT : HAT, e % 2 === 0 ? 76 : 56);
    }
    hit(o, KICK, 104);
    if (groove === 'lofi') {
      hit(o + 1.5, KICK, 80);
      hit(o + 1, SNARE, 70);
      hit(o + 3, SNARE, 74);
    } else {
      hit(o + 2, KICK, 98);
      if (groove === 'rock') hit(o + 2.5, KICK, 88);
      else hit(o + 3.5, KICK, 72);
      hit(o + 1, SNARE, 100);
      if (!fill) hit(o + 3, SNARE, 102);
    }
  }
  return part('drums', 0, 9, notes, { volume: groove === 'lofi' ? 80 : 100, reverb: 20 });
}

/** A bass line: roots on the beats the groove stresses, the fifth on the way to the next chord. */
export function bassLine(ctx: StyleContext, program: number, groove: Groove): Part {
  const notes: Note[] = [];
  for (const s of segments(ctx)) {
    const root = bass(s.chord, 28);
    if (s.last) {
      notes.push({ beat: s.beat, dur: s.len, key: root, vel: 96 });
      continue;
    }
    const slots = groove === 'rock' ? Array.from({ length: s.len * 2 }, (_, i) => i / 2)
      : groove === 'lofi' ? [0, 1.5, 2.5].filter((t) => t < s.len) : [0, 1.5, 2, 3].filter((t) => t < s.len);
    slots.forEach((t, i) => {
      const fifth = groove !== 'rock' && i === slots.length - 1 && slots.length > 2;
      notes.push({ beat: s.beat + t, dur: groove === 'rock' ? 0.45 : 0.9, key: fifth ? root + 7 : root, vel: vary(ctx.random, t === 0 ? 96 : 84, 5) });
    });
  }
  return part('bass', program, 2, notes, { volume: 100, pan: 64, reverb: 10 });
}

/** A rock riff: power chords in eighths for half a bar, then a single-note line through the scale's third. */
export function rockRiff(ctx: StyleContext, program: number): Part {
  const notes: Note[] = [];
  const tonicKey = keyAtOrAbove(ctx.tonic, 40);
  for (const s of segments(ctx)) {
    const root = keyAtOrAbove(s.chord.root, 40);
    const power = [root, root + 7, root + 12];
    if (s.last) {
      power.forEach((k) => notes.push({ beat: s.beat, dur: s.len, key: k, vel: 104 }));
      continue;
    }
    const half = s.len / 2;
    for (let t = 0; t < half; t += 0.5) power.forEach((k) => notes.push({ beat: s.beat + t, dur: 0.4, key: k, vel: vary(ctx.random, t === 0 ? 104 : 90, 5) }));
    const line = [0, 2, 3, 4, 2, 1, 0, 4].map((st) => scaleKey(tonicKey + 12, ctx.mode, st, s.chord.leading));
    for (let t = half, i = 0; t < s.len; t += 0.5, i++) notes.push({ beat: s.beat + t, dur: 0.45, key: line[i % line.length]!, vel: vary(ctx.random, 92, 6) });
  }
  return part('riff guitar', program, 0, notes, { volume: 96, pan: 44, reverb: 30 });
}

/** Waltz accompaniment: bass on one, a short chord on two and three. */
export function waltzAccompaniment(ctx: StyleContext, program: number, channel: number): Part {
  const notes: Note[] = [];
  let prev: number[] = [];
  for (const s of segments(ctx)) {
    notes.push({ beat: s.beat, dur: s.last ? s.len : 0.9, key: bass(s.chord, 38), vel: vary(ctx.random, 78, 5) });
    const v = nearestVoicing(s.chord.pcs, prev, 60, 69);
    prev = v;
    const hits = s.last ? [0] : [1, 2].filter((t) => t < s.len);
    for (const t of hits) v.forEach((k) => notes.push({ beat: s.beat + t, dur: s.last ? s.len : 0.5, key: k, vel: vary(ctx.random, t === 1 ? 60 : 54, 5) }));
  }
  return part('waltz chords', program, channel, notes, { volume: 86, pan: 72 });
}

/** Ballad piano: left hand broken chord in eighths (root, fifth, tenth), right hand melody, pedal per chord. */
export function balladPiano(ctx: StyleContext, melodyRange: readonly [number, number]): Part {
  const notes: Note[] = [];
  const pedal: { beat: number; down: boolean }[] = [];
  for (const s of segments(ctx)) {
    const root = bass(s.chord, 36);
    const third = keyAtOrAbove(s.chord.pcs[1]!, root + 12);
    const lh = [root, root + 7, third, root + 7];
    pedal.push({ beat: s.beat, down: false }, { beat: s.beat, down: true });
    const count = s.last ? 1 : Math.round(s.len * 2);
    for (let i = 0; i < count; i++) {
      notes.push({ beat: s.beat + i / 2, dur: s.last ? s.len : 0.5, key: lh[i % 4]!, vel: vary(ctx.random, i === 0 ? 64 : 50, 5) });
    }
  }
  const rh = melodyNotes(ctx, melodyRange[0], melodyRange[1], [[2, 1, 1], [1, 1, 2], [3, 1], [1.5, 0.5, 2], [4]]);
  return part('ballad piano', 0, 0, [...notes, ...rh.map((n) => ({ ...n, vel: n.vel - 4 }))], { pedal, reverb: 60 });
}
