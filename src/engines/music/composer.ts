/**
 * Plan → score, one bar at a time (so an hour-long piece never exists as a whole). The piece is
 * a chain of eight-bar sections; each section picks a progression, an arrangement mask, a
 * density and a melodic motif, which gives slow evolution without an audible loop.
 */
import type { Rng } from '../core/index.ts';
import type { Chord } from './harmony.ts';
import { initialVoicing, progressionFor, voiceLead } from './harmony.ts';
import type { VoiceKind } from './instruments.ts';
import type { Instrument, MusicPlan } from './plan.ts';
import { PLUCKED } from './plan.ts';
import { nearestWithPitchClass, pitchClassFromName, scaleNotes } from './theory.ts';

/** A note in the score. Times are absolute frames from the start of the piece. */
export interface NoteEvent {
  start: number;
  dur: number;
  midi: number;
  /** 0..1 */
  vel: number;
  kind: VoiceKind;
  /** −1 (left) .. 1 (right) */
  pan: number;
  /** Play a sustained instrument detached (soft attack, no sustain) so it marks the beat. */
  detached?: boolean;
}

/** Which voice plays which role. */
export interface Arrangement {
  melody?: VoiceKind;
  pulse: VoiceKind;
  chords?: VoiceKind;
  bass?: VoiceKind;
  sparkle?: VoiceKind;
}

/** Assigns roles to the plan's instruments (only those instruments sound, plus asked-for percussion). */
export function arrangementFor(plan: MusicPlan): Arrangement {
  const inst = plan.instruments;
  const has = (i: Instrument): boolean => inst.includes(i);
  const lead = inst[0] ?? 'piano';
  const melody: VoiceKind | undefined = plan.melody ? (lead === 'bass' && inst.length > 1 ? inst[1]! : lead) : undefined;
  const plucked = inst.filter((i) => PLUCKED.has(i));
  const pulse: VoiceKind =
    plucked.find((i) => i !== melody) ?? plucked[0] ?? (has('strings') ? 'pizzicato' : inst.find((i) => i !== 'bass') ?? 'bass');
  const chords = (['pad', 'strings', 'choir'] as const).find((i) => has(i) && (i !== melody || inst.length === 1));
  const bass: VoiceKind | undefined = has('bass')
    ? 'bass'
    : pulse === 'piano' || pulse === 'guitar' || pulse === 'pizzicato'
      ? pulse
      : chords === 'strings'
        ? 'strings'
        : undefined;
  const sparkle = has('bells') && melody !== 'bells' && pulse !== 'bells' ? 'bells' : undefined;
  return { melody, pulse, chords, bass, sparkle };
}

const RANGES = {
  low: { melody: [55, 72], chords: [48, 64], pulse: [43, 64], bass: [31, 43] },
  middle: { melody: [62, 79], chords: [53, 69], pulse: [48, 69], bass: [36, 48] },
  high: { melody: [69, 86], chords: [60, 76], pulse: [55, 76], bass: [40, 52] },
} as const;

const CELLS: Record<3 | 4, readonly (readonly [number, number])[][]> = {
  4: [[[0, 2], [2, 1], [3, 1]], [[0, 1], [1, 1], [2, 2]], [[0, 3], [3, 1]], [[0, 1.5], [1.5, 0.5], [2, 2]], [[0, 4]], [[1, 1], [2, 2]]],
  3: [[[0, 2], [2, 1]], [[0, 1], [1, 2]], [[0, 3]], [[0, 1], [1, 1], [2, 1]]],
};
const PULSE: Record<3 | 4, { quarter: number[][]; eighth: number[][] }> = {
  4: { quarter: [[0, 1, 2, 1], [0, 2, 1, 2], [0, 1, 2, 3]], eighth: [[0, 1, 2, 1, 3, 1, 2, 1], [0, 2, 1, 2, 3, 2, 1, 2]] },
  3: { quarter: [[0, 1, 2], [0, 2, 1]], eighth: [[0, 1, 2, 3, 2, 1], [0, 2, 1, 2, 3, 2]] },
};

interface Section {
  chords: Chord[];
  density: number;
  melodyOn: boolean;
  chordsOn: boolean;
  sparkleOn: boolean;
  pattern: number[];
  eighths: boolean;
  motif: { cells: (readonly [number, number])[][]; steps: number[] };
}

/** Generates the score bar by bar. `totalBars` lets the last bar resolve to a held tonic. */
export class Composer {
  readonly framesPerBeat: number;
  readonly arrangement: Arrangement;
  private bar = 0;
  private section!: Section;
  private progIndex = -1;
  private voicing: number[] = [];
  private melIndex: number;
  private readonly tonic: number;
  private readonly scale: number[];
  private readonly ranges: (typeof RANGES)[keyof typeof RANGES];

  constructor(
    private readonly plan: MusicPlan,
    sampleRate: number,
    private readonly rng: Rng,
    private readonly totalBars: number,
  ) {
    this.framesPerBeat = (sampleRate * 60) / plan.bpm;
    this.arrangement = arrangementFor(plan);
    this.tonic = pitchClassFromName(plan.key) ?? 0;
    this.ranges = RANGES[plan.register];
    const [lo, hi] = this.ranges.melody;
    this.scale = scaleNotes(this.tonic, plan.mode, lo, hi);
    this.melIndex = this.scale.indexOf(nearestWithPitchClass(this.tonic, (lo + hi) / 2));
    if (this.melIndex < 0) this.melIndex = Math.floor(this.scale.length / 2);
  }

  /** Frame at which bar `b` starts (computed from the absolute beat count, so tempo never drifts). */
  barStart(b: number): number {
    return Math.round(b * this.plan.beatsPerBar * this.framesPerBeat);
  }

  /** The notes of the next bar. */
  nextBar(): NoteEvent[] {
    const b = this.bar++;
    const inSection = b % 8;
    if (inSection === 0) this.section = this.newSection(b);
    const s = this.section;
    const bpb = this.plan.beatsPerBar;
    const fpb = this.framesPerBeat;
    const t0 = b * bpb;
    const at = (beat: number): number => Math.round((t0 + beat) * fpb);
    const last = b >= this.totalBars - 1;
    const chord = last ? { degree: 0, tones: s.chords[0]!.tones } : s.chords[inSection]!;
    const notes: NoteEvent[] = [];
    const a = this.arrangement;
    const [clo, chi] = this.ranges.chords;

    // Sustained chords, merged across bars that repeat the chord.
    const prev = inSection > 0 ? s.chords[inSection - 1] : undefined;
    const repeats = prev !== undefined && prev.degree === chord.degree && !last;
    if (this.voicing.length === 0) this.voicing = initialVoicing(chord.tones, clo + 2, 3);
    else if (!repeats) this.voicing = voiceLead(this.voicing, chord.tones, clo, chi);
    // The tonic chord stands in root position: a sustained third or fifth below the tonic would be
    // heard (and analysed) as the bass of another key, e.g. D–F–B♭ as D minor instead of B♭ major.
    if (chord.degree === 0) this.voicing = rootPosition(this.voicing, chord.tones[0]!, clo);
    if (a.chords && s.chordsOn && !repeats) {
      let run = 1;
      while (!last && inSection + run < 8 && s.chords[inSection + run]!.degree === chord.degree) run++;
      const dur = last ? bpb * 3 * fpb : run * bpb * fpb + fpb * 0.25;
      this.voicing.forEach((m, i) => notes.push({ start: at(0), dur: Math.round(dur), midi: m, vel: 0.5, kind: a.chords!, pan: i % 2 === 0 ? -0.35 : 0.35 }));
    }

    // Bass: root on the downbeat, a fifth on the half bar when the section is busier.
    if (a.bass) {
      const [blo, bhi] = this.ranges.bass;
      // Slow, calm pieces hold the tonic under the subdominant (IV over a tonic pedal, an ambient
      // idiom): bars of IV then keep the home key audible instead of sounding like a new tonic.
      const pedal = this.plan.bpm <= 60 && chord.degree === 3;
      let root = nearestWithPitchClass(pedal ? this.tonic : chord.tones[0]!, (blo + bhi) / 2);
      if (root > bhi) root -= 12;
      const long = s.density < 0.5 || bpb === 3 || last;
      notes.push({ start: at(0), dur: Math.round((long ? bpb : 2) * fpb * (last ? 2 : 1)), midi: root, vel: 0.7, kind: a.bass, pan: 0 });
      if (!long) notes.push({ start: at(2), dur: Math.round(2 * fpb), midi: root + 7 > bhi + 4 ? root - 5 : root + 7, vel: 0.55, kind: a.bass, pan: 0 });
    }

    // Pulse: a broken chord that marks every beat (accented) and, when busy, the off-beats.
    // Roots sit relative to the tonic (up to a fifth above it, a sixth or seventh just below), so
    // in pieces without a bass instrument the lowest voice still grounds the key on its tonic
    // instead of leaving IV or V lowest.
    const [plo] = this.ranges.pulse;
    const up = (chord.tones[0]! - this.tonic + 12) % 12;
    const r0 = nearestWithPitchClass(this.tonic, plo + 5) + (up > 7 ? up - 12 : up);
    // Root, fifth, tenth (the third an octave up, so the chord's quality always sounds), octave.
    const arp = [r0, r0 + ((chord.tones[2]! - chord.tones[0]! + 12) % 12), r0 + 12 + ((chord.tones[1]! - chord.tones[0]! + 12) % 12), r0 + 12];
    if (last) {
      notes.push({ start: at(0), dur: Math.round(bpb * 2 * fpb), midi: arp[0]!, vel: 0.7, kind: a.pulse, pan: -0.2 });
    } else {
      const step = s.eighths ? 0.5 : 1;
      s.pattern.forEach((idx, i) => {
        const beat = i * step;
        const onBeat = Number.isInteger(beat);
        const accent = beat === 0 ? 0.8 : onBeat ? 0.66 : 0.4;
        notes.push({ start: at(beat), dur: Math.round(fpb * (onBeat ? 1.2 : 0.6)), midi: arp[idx]!, vel: accent, kind: a.pulse, pan: -0.25, detached: true });
      });
    }

    if (a.melody && s.melodyOn && !last) this.melodyBar(notes, inSection, chord, at);
    if (a.sparkle && s.sparkleOn && this.rng.next() < 0.45) {
      const m = nearestWithPitchClass(chord.tones[this.rng.int(0, 2)]!, 82);
      notes.push({ start: at(this.rng.pick([0, 1, 2])), dur: Math.round(fpb * 2), midi: m, vel: 0.35, kind: a.sparkle, pan: 0.45 });
    }
    if (this.plan.percussion && !last) {
      notes.push({ start: at(0), dur: Math.round(fpb), midi: 40, vel: 0.7, kind: 'drum', pan: 0 });
      if (bpb === 4) notes.push({ start: at(2), dur: Math.round(fpb), midi: 40, vel: 0.45, kind: 'drum', pan: 0 });
      for (let e = 0; e < bpb * 2; e++) notes.push({ start: at(e / 2), dur: Math.round(fpb / 4), midi: 100, vel: e % 2 === 0 ? 0.6 : 0.35, kind: 'shaker', pan: 0.3 });
    }
    return notes;
  }

  private melodyBar(notes: NoteEvent[], inSection: number, chord: Chord, at: (beat: number) => number): void {
    const s = this.section;
    if (this.bar === 1 && inSection === 0) return; // let the harmony settle before the tune enters
    const cells = s.motif.cells[inSection % 2]!;
    const phraseEnd = inSection === 3 || inSection === 7;
    const use = phraseEnd ? [[0, this.plan.beatsPerBar - 1] as const] : cells;
    use.forEach(([pos, len], i) => {
      const step = s.motif.steps[(inSection * 3 + i) % s.motif.steps.length]! + (inSection >= 4 && i === 0 ? this.rng.int(-1, 1) : 0);
      let idx = Math.max(0, Math.min(this.scale.length - 1, this.melIndex + step));
      if (pos === 0 || phraseEnd) idx = this.nearestChordTone(idx, inSection === 7 ? [chord.tones[0]!] : chord.tones);
      if (idx <= 1 || idx >= this.scale.length - 2) idx = Math.floor(this.scale.length / 2) + (idx <= 1 ? -1 : 1);
      this.melIndex = idx;
      const dur = len * this.framesPerBeat;
      notes.push({ start: at(pos), dur: Math.round(dur * 0.95), midi: this.scale[idx]!, vel: pos === 0 ? 0.72 : 0.62, kind: this.arrangement.melody!, pan: 0.12 });
    });
  }

  private nearestChordTone(idx: number, tones: readonly number[]): number {
    for (let d = 0; d < 5; d++) {
      for (const j of [idx - d, idx + d]) {
        const m = this.scale[j];
        if (m !== undefined && tones.includes(((m % 12) + 12) % 12)) return j;
      }
    }
    return idx;
  }

  private newSection(b: number): Section {
    const rng = this.rng;
    const prog = progressionFor(this.plan.mode, this.tonic, rng, this.progIndex);
    this.progIndex = prog.index;
    const density = Math.max(0, Math.min(1, this.plan.density + rng.range(-0.15, 0.15)));
    const bpb = this.plan.beatsPerBar;
    const eighths = density > 0.6;
    const pats = eighths ? PULSE[bpb].eighth : PULSE[bpb].quarter;
    const cellPool = CELLS[bpb].filter((c) => (density < 0.3 ? c.length <= 2 : true));
    return {
      chords: prog.chords,
      density,
      melodyOn: b === 0 || rng.next() < 0.8,
      chordsOn: b === 0 || rng.next() < 0.92,
      sparkleOn: rng.next() < 0.6,
      pattern: rng.pick(pats),
      eighths,
      motif: { cells: [rng.pick(cellPool), rng.pick(cellPool)], steps: Array.from({ length: 7 }, () => rng.pick([-2, -1, -1, 0, 1, 1, 2])) },
    };
  }
}

/** Moves the root of a (sorted) voicing down an octave, or the voices under it up one, so it is lowest. */
function rootPosition(voicing: readonly number[], root: number, lo: number): number[] {
  const out = [...voicing];
  const i = out.findIndex((m) => ((m % 12) + 12) % 12 === root);
  if (i <= 0) return out;
  if (out[i]! - 12 >= lo - 5) out[i] = out[i]! - 12;
  else for (let j = 0; j < i; j++) out[j] = out[j]! + 12;
  return out.sort((a, b) => a - b);
}
