/**
 * Plan → score, one bar at a time (so an hour-long piece never exists as a whole). The piece is
 * a chain of eight-bar sections; each section picks a progression, an arrangement mask, a
 * density and a melodic motif, which gives slow evolution without an audible loop.
 */
import type { Rng } from '../core/index.ts';
import type { Shape, Steering } from './arc.ts';
import { arcOf, NO_STEERING, shapeAt } from './arc.ts';
import type { Chord, ChordColour } from './harmony.ts';
import { colouredTones, initialVoicing, modalChord, progressionFor, relatedKey, voiceLead } from './harmony.ts';
import type { VoiceKind } from './instruments.ts';
import type { Instrument, MusicPlan } from './plan.ts';
import { PLUCKED } from './plan.ts';
import type { Mode } from './theory.ts';
import { nearestWithPitchClass, pitchClassFromName, scaleNotes } from './theory.ts';

/** The part a note belongs to (the sampled renderer gives each part its own channel). */
export type Role = 'melody' | 'chords' | 'pulse' | 'bass' | 'sparkle' | 'perc';

/** Parts in the order they survive thinning ("fewer instruments", sleep): chords and bass last longest. */
export const ROLE_PRIORITY: readonly Role[] = ['chords', 'bass', 'melody', 'pulse', 'sparkle', 'perc'];

/** Options for a version 2 composer: the piece length (for its arc) and live steering. */
export interface ComposerOptions {
  /** Frames in the piece (the arc is laid over them). */
  frames: number;
  /** Frame after which no new bar starts (the fade-out). */
  endFrame: number;
  /** The steering now in force (read once a bar). */
  steering?: () => Steering;
  /** Randomness for human timing and touch, apart from the score's so the notes stay the same. */
  humanRng?: Rng;
}

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
  /** Which part plays it (version 2 scores). */
  role?: Role;
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
  const pulse: VoiceKind = plucked.find((i) => i !== melody) ?? plucked[0] ?? (has('strings') ? 'pizzicato' : (inst.find((i) => i !== 'bass') ?? 'bass'));
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
  4: [
    [
      [0, 2],
      [2, 1],
      [3, 1],
    ],
    [
      [0, 1],
      [1, 1],
      [2, 2],
    ],
    [
      [0, 3],
      [3, 1],
    ],
    [
      [0, 1.5],
      [1.5, 0.5],
      [2, 2],
    ],
    [[0, 4]],
    [
      [1, 1],
      [2, 2],
    ],
  ],
  3: [
    [
      [0, 2],
      [2, 1],
    ],
    [
      [0, 1],
      [1, 2],
    ],
    [[0, 3]],
    [
      [0, 1],
      [1, 1],
      [2, 1],
    ],
  ],
};
const PULSE: Record<3 | 4, { quarter: number[][]; eighth: number[][] }> = {
  4: {
    quarter: [
      [0, 1, 2, 1],
      [0, 2, 1, 2],
      [0, 1, 2, 3],
    ],
    eighth: [
      [0, 1, 2, 1, 3, 1, 2, 1],
      [0, 2, 1, 2, 3, 2, 1, 2],
    ],
  },
  3: {
    quarter: [
      [0, 1, 2],
      [0, 2, 1],
    ],
    eighth: [
      [0, 1, 2, 3, 2, 1],
      [0, 2, 1, 2, 3, 2],
    ],
  },
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
  /** v2: the section's key (home, or a related key in a contrasting section). */
  tonic: number;
  mode: Mode;
  /** v2: the bass holds the tonic through the section. */
  pedal: boolean;
  /** v2: parts playing (a set of roles). */
  roles: ReadonlySet<Role>;
  /** v2: melody scale for the section's register and key. */
  scale: number[];
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
  private readonly v2: boolean;
  private readonly colour: ChordColour;
  /** Start frame of each bar generated so far, plus the next (v2: the tempo may change every bar). */
  private readonly starts: number[] = [0];
  private fpbNow: number;
  private shapeNow!: Shape;
  private firstMotif?: Section['motif'];
  private lastWasLast = false;

  constructor(
    private readonly plan: MusicPlan,
    private readonly sampleRate: number,
    private readonly rng: Rng,
    private readonly totalBars: number,
    private readonly options?: ComposerOptions,
  ) {
    this.v2 = plan.version === 2 && options !== undefined;
    this.framesPerBeat = (sampleRate * 60) / plan.bpm;
    this.fpbNow = this.framesPerBeat;
    this.arrangement = arrangementFor(plan);
    this.tonic = pitchClassFromName(plan.key) ?? 0;
    this.ranges = RANGES[plan.register];
    const [lo, hi] = this.ranges.melody;
    this.scale = scaleNotes(this.tonic, plan.mode, lo, hi);
    this.melIndex = this.scale.indexOf(nearestWithPitchClass(this.tonic, (lo + hi) / 2));
    if (this.melIndex < 0) this.melIndex = Math.floor(this.scale.length / 2);
    this.colour = this.v2 ? colourFor(plan) : 'triad';
  }

  /** How many bars have been generated (the index of the next bar). */
  get barsMade(): number {
    return this.bar;
  }

  /** True once the final (resolving) bar has been generated. */
  get done(): boolean {
    return this.v2 ? this.lastWasLast : this.bar >= this.totalBars;
  }

  /** The piece's state (tempo, density…) at the last generated bar. */
  get shape(): Shape | undefined {
    return this.v2 ? this.shapeNow : undefined;
  }

  /** Frame at which bar `b` starts (computed from the absolute beat count, so tempo never drifts). */
  barStart(b: number): number {
    if (!this.v2) return Math.round(b * this.plan.beatsPerBar * this.framesPerBeat);
    // Bars not generated yet are estimated at the current tempo; generated ones are exact.
    const known = this.starts.length - 1;
    if (b <= known) return this.starts[b]!;
    return Math.round(this.starts[known]! + (b - known) * this.plan.beatsPerBar * this.fpbNow);
  }

  /** The notes of the next bar. */
  nextBar(): NoteEvent[] {
    const b = this.bar++;
    const inSection = b % 8;
    let fpb = this.framesPerBeat;
    let t0Frame = Math.round(b * this.plan.beatsPerBar * this.framesPerBeat);
    let last = b >= this.totalBars - 1;
    if (this.v2) {
      const o = this.options!;
      const start = this.starts[b]!;
      this.shapeNow = shapeAt(this.plan, start / o.frames, o.steering?.() ?? NO_STEERING);
      fpb = (this.sampleRate * 60) / this.shapeNow.bpm;
      this.fpbNow = fpb;
      const barLen = this.plan.beatsPerBar * fpb;
      this.starts.push(Math.round(start + barLen));
      t0Frame = start;
      last = start + 2 * barLen > o.endFrame;
      this.lastWasLast = last;
    }
    if (inSection === 0) this.section = this.newSection(b);
    const s = this.section;
    const bpb = this.plan.beatsPerBar;
    const at = this.v2 ? (beat: number): number => Math.round(t0Frame + beat * fpb) : (beat: number): number => Math.round((b * bpb + beat) * fpb);
    const notes: NoteEvent[] = [];
    if (this.v2 && !this.shapeNow.musicOn) return notes;
    const tonic = s.tonic;
    const chord = last
      ? {
          degree: 0,
          tones: this.v2 ? colouredTones(0, this.tonic, this.plan.mode, this.colour === 'power' ? 'power' : 'add9').slice(0, 3) : s.chords[0]!.tones,
        }
      : s.chords[inSection]!;
    const a = this.arrangement;
    const on = (r: Role): boolean => !this.v2 || s.roles.has(r);
    const shift = this.v2 ? this.shapeNow.registerShift : 0;
    const clo = this.ranges.chords[0] + shift;
    const chi = this.ranges.chords[1] + shift;

    // Sustained chords, merged across bars that repeat the chord.
    const prev = inSection > 0 ? s.chords[inSection - 1] : undefined;
    const breathing = this.v2 && arcOf(this.plan).kind === 'breathing';
    const repeats = prev !== undefined && prev.degree === chord.degree && !last && !breathing;
    if (this.voicing.length === 0) this.voicing = initialVoicing(chord.tones, clo + 2, this.v2 ? Math.min(4, chord.tones.length) : 3);
    else if (!repeats) this.voicing = voiceLead(this.voicing, chord.tones, clo, chi);
    if (this.v2 && this.voicing.length < chord.tones.length) this.voicing = initialVoicing(chord.tones, clo + 2, chord.tones.length);
    // The tonic chord stands in root position: a sustained third or fifth below the tonic would be
    // heard (and analysed) as the bass of another key, e.g. D–F–B♭ as D minor instead of B♭ major.
    if (chord.degree === 0) this.voicing = rootPosition(this.voicing, chord.tones[0]!, clo);
    if (a.chords && s.chordsOn && !repeats && on('chords')) {
      let run = 1;
      while (!last && !breathing && inSection + run < 8 && s.chords[inSection + run]!.degree === chord.degree) run++;
      const dur = last ? bpb * 3 * fpb : run * bpb * fpb + fpb * 0.25;
      // Paced breathing: the chord swells on the in-breath bar and fades on the out-breath bar.
      // Four-note colours keep the energy of a three-note chord.
      const vel = (breathing ? (b % 2 === 0 ? 0.6 : 0.4) : 0.5) * Math.sqrt(3 / Math.max(3, this.voicing.length));
      this.voicing.forEach((m, i) =>
        notes.push({ start: at(0), dur: Math.round(dur), midi: m, vel, kind: a.chords!, pan: i % 2 === 0 ? -0.35 : 0.35, role: 'chords' }),
      );
    }

    // Bass: root on the downbeat, a fifth on the half bar when the section is busier.
    if (a.bass && on('bass')) {
      const [blo, bhi] = this.ranges.bass;
      // Slow, calm pieces hold the tonic under the subdominant (IV over a tonic pedal, an ambient
      // idiom): bars of IV then keep the home key audible instead of sounding like a new tonic.
      const pedal = (this.plan.bpm <= 60 && chord.degree === 3) || s.pedal;
      let root = nearestWithPitchClass(pedal ? tonic : chord.tones[0]!, (blo + bhi) / 2);
      if (root > bhi) root -= 12;
      const long = s.density < 0.5 || bpb === 3 || last;
      notes.push({ start: at(0), dur: Math.round((long ? bpb : 2) * fpb * (last ? 2 : 1)), midi: root, vel: 0.7, kind: a.bass, pan: 0, role: 'bass' });
      if (!long)
        notes.push({ start: at(2), dur: Math.round(2 * fpb), midi: root + 7 > bhi + 4 ? root - 5 : root + 7, vel: 0.55, kind: a.bass, pan: 0, role: 'bass' });
    }

    // Pulse: a broken chord that marks every beat (accented) and, when busy, the off-beats.
    // Roots sit relative to the tonic (up to a fifth above it, a sixth or seventh just below), so
    // in pieces without a bass instrument the lowest voice still grounds the key on its tonic
    // instead of leaving IV or V lowest.
    if (on('pulse')) {
      const plo = this.ranges.pulse[0] + (this.v2 ? Math.min(0, shift) : 0);
      const up = (chord.tones[0]! - tonic + 12) % 12;
      const r0 = nearestWithPitchClass(tonic, plo + 5) + (up > 7 ? up - 12 : up);
      // Root, fifth, tenth (the third an octave up, so the chord's quality always sounds), octave.
      const arp = [r0, r0 + ((chord.tones[2]! - chord.tones[0]! + 12) % 12), r0 + 12 + ((chord.tones[1]! - chord.tones[0]! + 12) % 12), r0 + 12];
      if (this.v2 && chord.tones.length > 3) arp[3] = r0 + 12 + ((chord.tones[3]! - chord.tones[0]! + 12) % 12);
      if (last) {
        notes.push({ start: at(0), dur: Math.round(bpb * 2 * fpb), midi: arp[0]!, vel: 0.7, kind: a.pulse, pan: -0.2, role: 'pulse' });
      } else {
        const step = s.eighths ? 0.5 : 1;
        const swing = this.v2 && (this.plan.genre === 'jazz' || this.plan.genre === 'lofi') ? 0.16 : 0;
        s.pattern.forEach((idx, i) => {
          const beat = i * step;
          const onBeat = Number.isInteger(beat);
          const accent = beat === 0 ? 0.8 : onBeat ? 0.66 : 0.4;
          notes.push({
            start: at(beat + (onBeat ? 0 : swing)),
            dur: Math.round(fpb * (onBeat ? 1.2 : 0.6)),
            midi: arp[idx]!,
            vel: accent,
            kind: a.pulse,
            pan: -0.25,
            detached: true,
            role: 'pulse',
          });
        });
      }
    }

    if (a.melody && s.melodyOn && !last && on('melody')) {
      if (breathing) this.breathBar(notes, b, chord, at, fpb);
      else this.melodyBar(notes, inSection, chord, at, fpb);
    }
    if (a.sparkle && s.sparkleOn && on('sparkle') && this.rng.next() < 0.45) {
      const m = nearestWithPitchClass(chord.tones[this.rng.int(0, 2)]!, 82);
      notes.push({ start: at(this.rng.pick([0, 1, 2])), dur: Math.round(fpb * 2), midi: m, vel: 0.35, kind: a.sparkle, pan: 0.45, role: 'sparkle' });
    }
    if (this.plan.percussion && !last && on('perc')) {
      notes.push({ start: at(0), dur: Math.round(fpb), midi: 40, vel: 0.7, kind: 'drum', pan: 0, role: 'perc' });
      if (bpb === 4) notes.push({ start: at(2), dur: Math.round(fpb), midi: 40, vel: 0.45, kind: 'drum', pan: 0, role: 'perc' });
      for (let e = 0; e < bpb * 2; e++)
        notes.push({ start: at(e / 2), dur: Math.round(fpb / 4), midi: 100, vel: e % 2 === 0 ? 0.6 : 0.35, kind: 'shaker', pan: 0.3, role: 'perc' });
    }
    if (this.v2) this.humanise(notes, fpb, t0Frame);
    return notes;
  }

  /**
   * Human timing and touch (v2): notes land up to ±2 % of a beat (at most 12 ms) around the grid
   * and velocities vary by ±5 %; the bass, the chords and every downbeat stay put, so the pulse holds.
   */
  private humanise(notes: NoteEvent[], fpb: number, barStart: number): void {
    const spread = Math.min(0.02 * fpb, 0.012 * this.sampleRate);
    for (const n of notes) {
      const anchor = n.role === 'bass' || n.role === 'chords' || n.start === barStart;
      const r = this.options?.humanRng ?? this.rng;
      if (!anchor) n.start = Math.max(0, Math.round(n.start + spread * (r.next() * 2 - 1)));
      n.vel = Math.max(0.05, Math.min(1, n.vel * (1 + 0.1 * (r.next() - 0.5))));
    }
  }

  /** Paced breathing: a phrase rises through the in-breath bar and falls through the out-breath bar. */
  private breathBar(notes: NoteEvent[], b: number, chord: Chord, at: (beat: number) => number, fpb: number): void {
    const scale = this.section.scale;
    const inhale = b % 2 === 0;
    const base = this.nearestChordToneIn(scale, Math.floor(scale.length / 2) - 2, chord.tones);
    for (let i = 0; i < this.plan.beatsPerBar; i += 2) {
      const idx = Math.max(0, Math.min(scale.length - 1, inhale ? base + i : base + this.plan.beatsPerBar - i));
      notes.push({
        start: at(i),
        dur: Math.round(2 * fpb * 0.95),
        midi: scale[idx]!,
        vel: inhale ? 0.5 + 0.05 * i : 0.6 - 0.05 * i,
        kind: this.arrangement.melody!,
        pan: 0.12,
        role: 'melody',
      });
    }
  }

  private melodyBar(notes: NoteEvent[], inSection: number, chord: Chord, at: (beat: number) => number, fpb: number): void {
    const s = this.section;
    if (this.bar === 1 && inSection === 0) return; // let the harmony settle before the tune enters
    const scale = this.v2 ? s.scale : this.scale;
    const cells = s.motif.cells[inSection % 2]!;
    const phraseEnd = inSection === 3 || inSection === 7;
    const use = phraseEnd ? [[0, this.plan.beatsPerBar - 1] as const] : cells;
    use.forEach(([pos, len], i) => {
      const step = s.motif.steps[(inSection * 3 + i) % s.motif.steps.length]! + (inSection >= 4 && i === 0 ? this.rng.int(-1, 1) : 0);
      let idx = Math.max(0, Math.min(scale.length - 1, this.melIndex + step));
      if (pos === 0 || phraseEnd) idx = this.nearestChordToneIn(scale, idx, inSection === 7 ? [chord.tones[0]!] : chord.tones);
      if (idx <= 1 || idx >= scale.length - 2) idx = Math.floor(scale.length / 2) + (idx <= 1 ? -1 : 1);
      this.melIndex = idx;
      const dur = len * fpb;
      notes.push({
        start: at(pos),
        dur: Math.round(dur * 0.95),
        midi: scale[idx]!,
        vel: pos === 0 ? 0.72 : 0.62,
        kind: this.arrangement.melody!,
        pan: 0.12,
        role: 'melody',
      });
    });
  }

  private nearestChordToneIn(scale: readonly number[], idx: number, tones: readonly number[]): number {
    for (let d = 0; d < 5; d++) {
      for (const j of [idx - d, idx + d]) {
        const m = scale[j];
        if (m !== undefined && tones.includes(((m % 12) + 12) % 12)) return j;
      }
    }
    return idx;
  }

  private newSection(b: number): Section {
    const rng = this.rng;
    const prog = progressionFor(this.plan.mode, this.tonic, rng, this.progIndex);
    this.progIndex = prog.index;
    const baseDensity = this.v2 ? this.shapeNow.density : this.plan.density;
    const density = Math.max(0, Math.min(1, baseDensity + rng.range(-0.15, 0.15)));
    const bpb = this.plan.beatsPerBar;
    const eighths = density > 0.6;
    const pats = eighths ? PULSE[bpb].eighth : PULSE[bpb].quarter;
    const cellPool = CELLS[bpb].filter((c) => (density < 0.3 ? c.length <= 2 : true));
    const section: Section = {
      chords: prog.chords,
      density,
      melodyOn: b === 0 || rng.next() < 0.8,
      chordsOn: b === 0 || rng.next() < 0.92,
      sparkleOn: rng.next() < 0.6,
      pattern: rng.pick(pats),
      eighths,
      motif: { cells: [rng.pick(cellPool), rng.pick(cellPool)], steps: Array.from({ length: 7 }, () => rng.pick([-2, -1, -1, 0, 1, 1, 2])) },
      tonic: this.tonic,
      mode: this.plan.mode,
      pedal: false,
      roles: new Set(ROLE_PRIORITY),
      scale: this.scale,
    };
    if (this.v2) this.formSection(section, b);
    return section;
  }

  /**
   * Form (v2): an intro without melody, a first theme whose motif returns later, contrasting
   * sections that may visit a related key or lean on a modal chord over a pedal, and the colour
   * of the genre in every chord. The key only moves in the middle of pieces long enough to return.
   */
  private formSection(s: Section, b: number): void {
    const rng = this.rng;
    const shape = this.shapeNow;
    const k = b / 8;
    const o = this.options!;
    const estSections = Math.max(1, Math.floor(o.endFrame / (8 * this.plan.beatsPerBar * this.fpbNow)));
    const arc = arcOf(this.plan).kind;
    if (k === 0) {
      s.melodyOn = estSections <= 2;
      s.chordsOn = true;
      s.sparkleOn = false;
    } else if (k === 1) this.firstMotif = s.motif;
    const calmArc = arc === 'sleep' || arc === 'breathing';
    const middle = k >= 2 && k < estSections - 2;
    const returning = this.firstMotif !== undefined && k >= 3 && (k === estSections - 2 || k % 4 === 3);
    if (returning) s.motif = this.firstMotif!;
    else if (middle && !calmArc && estSections >= 6 && k % 4 === 2 && rng.next() < 0.7) {
      const rel = relatedKey(this.tonic, this.plan.mode, rng);
      s.tonic = rel.tonic;
      s.mode = rel.mode;
      const pr = progressionFor(rel.mode, rel.tonic, rng, -1);
      s.chords = pr.chords;
    } else if (middle && rng.next() < 0.5) {
      // Modal colour over a tonic pedal: i–IV (Dorian) or I–♭VII (Mixolydian) swaying.
      const m = modalChord(this.tonic, this.plan.mode);
      s.chords = s.chords.map((c, i) => ((i % 4 === 1 || i % 4 === 2) && c.degree !== 4 ? m : c));
      s.pedal = true;
    }
    // The intro states the key in plain triads; colour comes once the key is heard. Chords of the
    // relative key (III, VI in minor; vi, iii in major) stay plain: coloured, they pull towards it.
    const plain = (d: number): boolean => k === 0 || (s.mode === 'minor' ? d === 2 || d === 5 : d === 5 || d === 2);
    s.chords = s.chords.map((c) =>
      c.tones.length > 3 || (c.degree === 6 && c.tones[0] === (this.tonic + 10) % 12) || plain(c.degree)
        ? c
        : { degree: c.degree, tones: colouredTones(c.degree, s.tonic, s.mode, this.colour) },
    );
    if (s.tonic !== this.tonic) s.chords[7] = { degree: 4, tones: colouredTones(4, this.tonic, this.plan.mode, 'triad') };
    // Parts: the first `shape.parts` of the priority list play.
    s.roles = new Set(ROLE_PRIORITY.slice(0, shape.parts).filter((r) => arc !== 'breathing' || r === 'chords' || r === 'bass' || r === 'melody'));
    const [lo, hi] = this.ranges.melody;
    s.scale = scaleNotes(s.tonic, s.mode, lo + shape.registerShift, hi + shape.registerShift);
    this.melIndex = Math.min(this.melIndex, s.scale.length - 3);
  }
}

/** The chord colour of a version 2 plan: from its genre, else from its mood. */
function colourFor(plan: MusicPlan): ChordColour {
  switch (plan.genre) {
    case 'jazz':
    case 'lofi':
      return 'seventh';
    case 'rock':
      return 'power';
    case 'ambient':
    case 'cinematic':
      return 'add9';
    case 'world':
    case 'folk':
      return 'sus';
    case 'classical':
      return 'triad';
    case undefined:
      return plan.mood.arousal < -0.3 ? 'add9' : plan.mood.valence < -0.2 ? 'seventh' : 'triad';
    default: {
      const never: never = plan.genre;
      return never;
    }
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
