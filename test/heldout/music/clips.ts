/**
 * The held-out clip list: what each clip plays and how (tempo, drift, swing, jitter), and the
 * label that follows from it. Every clip is written here by hand-picked progressions and the style
 * writers; `generate.ts` turns the list into MIDI files and labels.json.
 */
import type { Part, Score, Timing } from './score.ts';
import { rng, seedOf } from '../seed.ts';
import { secondsAt } from './score.ts';
import type { StyleContext } from './styles.ts';
import {
  arpeggio, balladPiano, bassLine, blockChords, chorale, drums, melodyChords, melodyNotes, rockRiff, segments, strum, waltzAccompaniment,
} from './styles.ts';
import type { Mode } from './theory.ts';
import { keyAtOrAbove, pcOf } from './theory.ts';

export type Style = 'chorale' | 'arpeggios' | 'ostinato' | 'melody+chords' | 'lofi-swing' | 'rock' | 'pop' | 'waltz' | 'ballad-rubato' | 'ballad'
  | 'sox-pluck' | 'sung' | 'noisy';

/** How the audio is made: fluidsynth from the MIDI, sox plucks, espeak-ng singing (optionally over a MIDI part), or MIDI + pink noise. */
export type Source = 'fluidsynth' | 'sox-pluck' | 'espeak' | 'espeak+fluidsynth' | 'fluidsynth+noise';

export interface Clip {
  readonly id: string;
  readonly style: Style;
  readonly source: Source;
  readonly tonic: string;
  readonly mode: Mode;
  readonly meter: readonly [number, number];
  readonly timing: Timing;
  readonly progression: readonly string[];
  /** General MIDI instruments (or the synth/voice) heard. */
  readonly instruments: readonly string[];
  /** Writes the parts that go into the MIDI file (for `espeak`/`sox-pluck`: the notes to sing or pluck, channel 0). */
  readonly write: (ctx: StyleContext) => Part[];
  /** For `espeak+fluidsynth`: which parts are sung (the rest go to the MIDI file). */
  readonly sungPart?: string;
  /** For `fluidsynth+noise`: signal-to-noise ratio of added pink noise, dB. */
  readonly snrDb?: number;
  /** A window from the middle of a piece: starts and ends away from the tonic, no closing chord. */
  readonly excerpt?: boolean;
}

const T = (bpm: number, jitterMs: number, extra: Partial<Timing> = {}): Timing => ({ bpm, jitterMs, ...extra });
const withChannel = (p: Part, channel: number, volume?: number): Part => ({ ...p, channel, volume: volume ?? p.volume });

/** General MIDI programs used (0-based). */
const GM = {
  piano: 0, epiano: 4, vibraphone: 11, marimba: 12, organ: 19, nylon: 24, steel: 25, overdrive: 29, distortion: 30,
  fingerBass: 33, pickBass: 34, violin: 40, cello: 42, pizzicato: 45, harp: 46, strings: 48, choir: 52, flute: 73,
} as const;

/** A hand-written tune: [MIDI key, beats] pairs played one after another from beat 0. */
function tune(name: string, notes: readonly (readonly [number, number])[], channel = 0): Part {
  let beat = 0;
  const out = notes.map(([key, len], i) => {
    const n = { beat, dur: len * 0.92, key, vel: i === 0 || beat % 4 === 0 ? 84 : 74 };
    beat += len;
    return n;
  });
  return { name, program: 0, channel, volume: 108, pan: 50, notes: out };
}

const melodyPart = (ctx: StyleContext, program: number, low: number, high: number, channel = 0): Part =>
  ({ name: 'melody', program, channel, volume: 108, pan: 50, notes: melodyNotes(ctx, low, high) });

export const CLIPS: readonly Clip[] = [
  { id: 'chorale-choir-F', style: 'chorale', source: 'fluidsynth', tonic: 'F', mode: 'major', meter: [4, 4], timing: T(60, 15),
    progression: ['I vi IV V', 'I IV ii V7', 'I'], instruments: ['choir aahs'], write: (c) => chorale(c, GM.choir) },
  { id: 'chorale-organ-Dm', style: 'chorale', source: 'fluidsynth', tonic: 'D', mode: 'minor', meter: [4, 4], timing: T(72, 0),
    progression: ['i iv V i', 'VI ii° V7 i', 'i'], instruments: ['church organ'], write: (c) => chorale(c, GM.organ) },
  { id: 'chorale-strings-Bb', style: 'chorale', source: 'fluidsynth', tonic: 'Bb', mode: 'major', meter: [4, 4], timing: T(52, 18),
    progression: ['I IV', 'V7 I'], instruments: ['string ensemble'], write: (c) => chorale(c, GM.strings) },
  { id: 'chorale-choir-C#m', style: 'chorale', source: 'fluidsynth', tonic: 'C#', mode: 'minor', meter: [4, 4], timing: T(66, 12),
    progression: ['i VI iv V', 'i iv V7 i', 'i'], instruments: ['choir aahs'], write: (c) => chorale(c, GM.choir) },
  { id: 'arp-piano-E', style: 'arpeggios', source: 'fluidsynth', tonic: 'E', mode: 'major', meter: [4, 4], timing: T(96, 10),
    progression: ['I', 'vi', 'IV V7', 'I'], instruments: ['acoustic grand piano'], write: (c) => arpeggio(c, GM.piano, 'updown', 4, 52, true) },
  { id: 'arp-harp-Ab', style: 'arpeggios', source: 'fluidsynth', tonic: 'Ab', mode: 'major', meter: [4, 4], timing: T(84, 14),
    progression: ['I IV', 'ii V7', 'I'], instruments: ['orchestral harp'], write: (c) => arpeggio(c, GM.harp, 'up', 2, 55, true) },
  { id: 'arp-nylon-Am', style: 'arpeggios', source: 'fluidsynth', tonic: 'A', mode: 'minor', meter: [4, 4], timing: T(108, 12),
    progression: ['i', 'iv', 'VII', 'III', 'V7 i'], instruments: ['nylon guitar'], write: (c) => arpeggio(c, GM.nylon, 'travis', 2, 45, false) },
  { id: 'arp-piano-Gm', style: 'arpeggios', source: 'fluidsynth', tonic: 'G', mode: 'minor', meter: [4, 4], timing: T(132, 10),
    progression: ['i', 'iv', 'VII', 'III', 'VI V7', 'i'], instruments: ['acoustic grand piano'],
    write: (c) => arpeggio(c, GM.piano, 'alberti', 2, 55, true) },
  { id: 'ostinato-marimba-C', style: 'ostinato', source: 'fluidsynth', tonic: 'C', mode: 'major', meter: [4, 4], timing: T(150, 0),
    progression: ['I', 'IV', 'vi', 'V', 'I', 'IV V', 'I'], instruments: ['marimba'], write: (c) => arpeggio(c, GM.marimba, 'updown', 2, 60, true) },
  { id: 'ostinato-marimba-F#m', style: 'ostinato', source: 'fluidsynth', tonic: 'F#', mode: 'minor', meter: [4, 4], timing: T(120, 10),
    progression: ['i', 'VI', 'iv', 'V7', 'i'], instruments: ['marimba'], write: (c) => arpeggio(c, GM.marimba, 'up', 4, 54, true) },
  { id: 'melody-flute-piano-G', style: 'melody+chords', source: 'fluidsynth', tonic: 'G', mode: 'major', meter: [4, 4], timing: T(88, 20),
    progression: ['I vi', 'IV V', 'I IV', 'V7 I'], instruments: ['flute', 'acoustic grand piano'],
    write: (c) => melodyChords(c, GM.flute, [72, 88], GM.piano, 'block') },
  { id: 'melody-violin-piano-Em', style: 'melody+chords', source: 'fluidsynth', tonic: 'E', mode: 'minor', meter: [4, 4], timing: T(76, 18),
    progression: ['i iv', 'VI V7', 'i'], instruments: ['violin', 'acoustic grand piano'],
    write: (c) => melodyChords(c, GM.violin, [67, 84], GM.piano, 'broken') },
  { id: 'melody-cello-harp-Eb', style: 'melody+chords', source: 'fluidsynth', tonic: 'Eb', mode: 'major', meter: [4, 4], timing: T(63, 22),
    progression: ['I vi', 'ii V7', 'I'], instruments: ['cello', 'orchestral harp'], write: (c) => melodyChords(c, GM.cello, [48, 64], GM.harp, 'broken') },
  { id: 'melody-flute-strings-Bm', style: 'melody+chords', source: 'fluidsynth', tonic: 'B', mode: 'minor', meter: [4, 4], timing: T(100, 15),
    progression: ['i VI', 'iv V7', 'VI iv', 'V7 i'], instruments: ['flute', 'string ensemble'],
    write: (c) => melodyChords(c, GM.flute, [71, 88], GM.strings, 'sustain') },
  { id: 'melody-violin-nylon-D', style: 'melody+chords', source: 'fluidsynth', tonic: 'D', mode: 'major', meter: [4, 4], timing: T(112, 16),
    progression: ['I', 'V', 'vi IV', 'V7', 'I'], instruments: ['violin', 'nylon guitar'],
    write: (c) => melodyChords(c, GM.violin, [69, 86], GM.nylon, 'strum') },
  { id: 'melody-cello-piano-Cm', style: 'melody+chords', source: 'fluidsynth', tonic: 'C', mode: 'minor', meter: [4, 4], timing: T(66, 25),
    progression: ['i iv', 'VI V7', 'i'], instruments: ['cello', 'acoustic grand piano'], write: (c) => melodyChords(c, GM.cello, [50, 67], GM.piano, 'block') },
  { id: 'lofi-epiano-Bbm', style: 'lofi-swing', source: 'fluidsynth', tonic: 'Bb', mode: 'minor', meter: [4, 4], timing: T(78, 18, { swing: 0.6 }),
    progression: ['i7 iv7', 'VII7 III7', 'i7'], instruments: ['electric piano', 'vibraphone', 'fingered bass', 'drums'],
    write: (c) => [...blockChords(c, GM.epiano, true, 1), melodyPart(c, GM.vibraphone, 65, 82), bassLine(c, GM.fingerBass, 'lofi'), drums(c, 'lofi')] },
  { id: 'lofi-epiano-Db', style: 'lofi-swing', source: 'fluidsynth', tonic: 'Db', mode: 'major', meter: [4, 4], timing: T(85, 15, { swing: 0.62 }),
    progression: ['I7', 'vi7', 'ii7 V7', 'I7'], instruments: ['electric piano', 'fingered bass', 'drums'],
    write: (c) => [...blockChords(c, GM.epiano, false, 1), bassLine(c, GM.fingerBass, 'lofi'), drums(c, 'lofi')] },
  { id: 'lofi-nylon-G#m', style: 'lofi-swing', source: 'fluidsynth', tonic: 'G#', mode: 'minor', meter: [4, 4], timing: T(72, 20, { swing: 0.6 }),
    progression: ['i7', 'iv7 V7', 'i7'], instruments: ['nylon guitar', 'fingered bass', 'drums'],
    write: (c) => [...arpeggio(c, GM.nylon, 'travis', 2, 47, false), bassLine(c, GM.fingerBass, 'lofi'), drums(c, 'lofi')] },
  { id: 'rock-Em', style: 'rock', source: 'fluidsynth', tonic: 'E', mode: 'minor', meter: [4, 4], timing: T(140, 10),
    progression: ['i', 'VI', 'III', 'VII', 'i VI', 'i'], instruments: ['distortion guitar', 'picked bass', 'drums'],
    write: (c) => [rockRiff(c, GM.distortion), bassLine(c, GM.pickBass, 'rock'), drums(c, 'rock')] },
  { id: 'rock-A', style: 'rock', source: 'fluidsynth', tonic: 'A', mode: 'major', meter: [4, 4], timing: T(160, 10),
    progression: ['I', 'IV', 'I', 'V', 'IV', 'V', 'I'], instruments: ['overdriven guitar', 'picked bass', 'drums'],
    write: (c) => [rockRiff(c, GM.overdrive), bassLine(c, GM.pickBass, 'rock'), drums(c, 'rock')] },
  { id: 'rock-Fm', style: 'rock', source: 'fluidsynth', tonic: 'F', mode: 'minor', meter: [4, 4], timing: T(180, 0),
    progression: ['i', 'i', 'VI', 'VII', 'i', 'iv', 'V', 'i'], instruments: ['distortion guitar', 'picked bass', 'drums'],
    write: (c) => [rockRiff(c, GM.distortion), bassLine(c, GM.pickBass, 'rock'), drums(c, 'rock')] },
  { id: 'pop-steel-C', style: 'pop', source: 'fluidsynth', tonic: 'C', mode: 'major', meter: [4, 4], timing: T(120, 10),
    progression: ['I', 'V', 'vi', 'IV', 'I'], instruments: ['steel guitar', 'fingered bass', 'drums'],
    write: (c) => [...strum(c, GM.steel, 1, 120), bassLine(c, GM.fingerBass, 'pop'), drums(c, 'pop')] },
  { id: 'pop-steel-B', style: 'pop', source: 'fluidsynth', tonic: 'B', mode: 'major', meter: [4, 4], timing: T(100, 0),
    progression: ['I V', 'vi IV', 'I V', 'I'], instruments: ['steel guitar', 'acoustic grand piano', 'fingered bass', 'drums'],
    write: (c) => [...strum(c, GM.steel, 1, 100), ...blockChords(c, GM.piano, false, 3), bassLine(c, GM.fingerBass, 'pop'), drums(c, 'pop')] },
  { id: 'pop-piano-Ebm', style: 'pop', source: 'fluidsynth', tonic: 'Eb', mode: 'minor', meter: [4, 4], timing: T(95, 12),
    progression: ['i VI', 'III VII', 'iv V7', 'i'], instruments: ['acoustic grand piano', 'string ensemble', 'fingered bass', 'drums'],
    write: (c) => [...blockChords(c, GM.piano, false, 1), withChannel(blockChords(c, GM.strings, true)[0]!, 3, 70), bassLine(c, GM.fingerBass, 'pop'),
      drums(c, 'pop')] },
  { id: 'waltz-piano-D', style: 'waltz', source: 'fluidsynth', tonic: 'D', mode: 'major', meter: [3, 4], timing: T(150, 12),
    progression: ['I', 'I', 'IV', 'V7', 'V7', 'vi', 'V7', 'I'], instruments: ['acoustic grand piano'],
    write: (c) => [melodyPart(c, GM.piano, 67, 84), waltzAccompaniment(c, GM.piano, 1)] },
  { id: 'waltz-strings-F#', style: 'waltz', source: 'fluidsynth', tonic: 'F#', mode: 'major', meter: [3, 4], timing: T(180, 14),
    progression: ['I', 'I', 'V7', 'V7', 'V7', 'I', 'IV', 'I', 'V7', 'I'], instruments: ['violin', 'pizzicato strings'],
    write: (c) => [melodyPart(c, GM.violin, 66, 83), waltzAccompaniment(c, GM.pizzicato, 1)] },
  { id: 'waltz-cello-piano-Gm', style: 'waltz', source: 'fluidsynth', tonic: 'G', mode: 'minor', meter: [3, 4], timing: T(96, 20),
    progression: ['i', 'iv', 'V7', 'V7', 'i'], instruments: ['cello', 'acoustic grand piano'],
    write: (c) => [melodyPart(c, GM.cello, 50, 67), waltzAccompaniment(c, GM.piano, 1)] },
  { id: 'ballad-piano-Db', style: 'ballad-rubato', source: 'fluidsynth', tonic: 'Db', mode: 'major', meter: [4, 4],
    timing: T(62, 22, { drift: { kind: 'sine', amount: 0.05 } }), progression: ['I vi', 'IV V7', 'I'], instruments: ['acoustic grand piano'],
    write: (c) => [balladPiano(c, [65, 82])] },
  { id: 'ballad-piano-cello-F#', style: 'ballad-rubato', source: 'fluidsynth', tonic: 'F#', mode: 'major', meter: [4, 4],
    timing: T(54, 20, { drift: { kind: 'ritardando', amount: 0.05 } }), progression: ['I IV', 'V7 I'], instruments: ['acoustic grand piano', 'cello'],
    write: (c) => [balladPiano(c, [66, 82]), {
      name: 'cello', program: GM.cello, channel: 1, volume: 90, pan: 40,
      notes: segments(c).map((s) => ({ beat: s.beat, dur: s.len * 0.97, key: keyAtOrAbove(s.chord.root, 43), vel: 70 })),
    }] },
  { id: 'ballad-slow-Ab', style: 'ballad', source: 'fluidsynth', tonic: 'Ab', mode: 'major', meter: [4, 4], timing: T(45, 20),
    progression: ['I IV', 'V7 I'], instruments: ['acoustic grand piano', 'string ensemble'],
    write: (c) => [balladPiano(c, [68, 84]), withChannel(blockChords(c, GM.strings, true)[0]!, 1, 64)] },
  { id: 'ballad-piano-Bm', style: 'ballad-rubato', source: 'fluidsynth', tonic: 'B', mode: 'minor', meter: [4, 4],
    timing: T(70, 18, { drift: { kind: 'accelerando', amount: 0.05 } }), progression: ['i VI', 'iv V7', 'i'], instruments: ['acoustic grand piano'],
    write: (c) => [balladPiano(c, [66, 83])] },
  { id: 'pluck-A', style: 'sox-pluck', source: 'sox-pluck', tonic: 'A', mode: 'major', meter: [4, 4],
    timing: T(90, 12, { drift: { kind: 'sine', amount: 0.05 } }), progression: ['I', 'IV', 'V7', 'I'], instruments: ['sox synth pluck'],
    write: (c) => arpeggio(c, 0, 'up', 2, 52, true) },
  { id: 'pluck-Em', style: 'sox-pluck', source: 'sox-pluck', tonic: 'E', mode: 'minor', meter: [4, 4],
    timing: T(132, 10, { drift: { kind: 'ritardando', amount: 0.05 } }), progression: ['i', 'VI', 'iv', 'V', 'VI V7', 'i'], instruments: ['sox synth pluck'],
    write: (c) => arpeggio(c, 0, 'updown', 2, 52, true) },
  { id: 'sung-D', style: 'sung', source: 'espeak', tonic: 'D', mode: 'major', meter: [4, 4], timing: T(80, 20),
    progression: ['I', 'IV I', 'V7', 'I'], instruments: ['espeak-ng voice (sung "la")'],
    write: () => [tune('melody', [[62, 1], [66, 1], [69, 1], [66, 1], [67, 1], [71, 0.5], [69, 0.5], [66, 2], [64, 1], [67, 1], [64, 0.5], [61, 0.5],
      [64, 1], [62, 4]])] },
  { id: 'sung-guitar-Gm', style: 'sung', source: 'espeak+fluidsynth', tonic: 'G', mode: 'minor', meter: [4, 4], timing: T(92, 15),
    progression: ['i', 'iv', 'V7', 'i'], instruments: ['espeak-ng voice (sung "la")', 'nylon guitar'], sungPart: 'melody',
    write: (c) => [tune('melody', [[62, 1], [67, 1], [70, 1.5], [69, 0.5], [67, 1], [63, 1], [60, 2], [66, 1], [69, 1], [72, 1], [69, 1],
      [67, 4]]), ...arpeggio(c, GM.nylon, 'travis', 2, 45, false).map((p) => withChannel(p, 1, 84))] },
  { id: 'noisy-pop-Eb', style: 'noisy', source: 'fluidsynth+noise', tonic: 'Eb', mode: 'major', meter: [4, 4], timing: T(104, 10), snrDb: 6,
    progression: ['I', 'IV', 'V7', 'I'], instruments: ['flute', 'acoustic grand piano', 'fingered bass', 'drums', 'pink noise'],
    write: (c) => [melodyPart(c, GM.flute, 70, 87), ...blockChords(c, GM.piano, false, 1), bassLine(c, GM.fingerBass, 'pop'), drums(c, 'pop')] },
  // Excerpts: ten seconds cut from the middle of a piece, as a client's upload or a recording often is.
  { id: 'excerpt-pop-Ab', style: 'pop', source: 'fluidsynth', tonic: 'Ab', mode: 'major', meter: [4, 4], timing: T(110, 10), excerpt: true,
    progression: ['vi', 'IV', 'I', 'V'], instruments: ['steel guitar', 'flute', 'fingered bass', 'drums'],
    write: (c) => [melodyPart(c, GM.flute, 70, 86), ...strum(c, GM.steel, 1, 110), bassLine(c, GM.fingerBass, 'pop'), drums(c, 'pop')] },
  { id: 'excerpt-loop-Bm', style: 'pop', source: 'fluidsynth', tonic: 'B', mode: 'minor', meter: [4, 4], timing: T(128, 0), excerpt: true,
    progression: ['i', 'VI', 'III', 'VII', 'i', 'VI'], instruments: ['acoustic grand piano', 'string ensemble', 'fingered bass', 'drums'],
    write: (c) => [...blockChords(c, GM.piano, false, 1), withChannel(blockChords(c, GM.strings, true)[0]!, 3, 70), bassLine(c, GM.fingerBass, 'pop'),
      drums(c, 'pop')] },
  { id: 'excerpt-ballad-Bb', style: 'ballad', source: 'fluidsynth', tonic: 'Bb', mode: 'major', meter: [4, 4], timing: T(68, 20), excerpt: true,
    progression: ['IV V', 'iii vi', 'ii V7'], instruments: ['acoustic grand piano'], write: (c) => [balladPiano(c, [65, 82])] },
  { id: 'excerpt-waltz-Em', style: 'waltz', source: 'fluidsynth', tonic: 'E', mode: 'minor', meter: [3, 4], timing: T(132, 15), excerpt: true,
    progression: ['iv', 'V7', 'i', 'VI', 'iv', 'V7', 'VI'], instruments: ['violin', 'acoustic grand piano'],
    write: (c) => [melodyPart(c, GM.violin, 64, 81), waltzAccompaniment(c, GM.piano, 1)] },
  { id: 'excerpt-lofi-F', style: 'lofi-swing', source: 'fluidsynth', tonic: 'F', mode: 'major', meter: [4, 4], timing: T(80, 18, { swing: 0.6 }), excerpt: true,
    progression: ['ii7', 'V7', 'I7', 'vi7'], instruments: ['electric piano', 'vibraphone', 'fingered bass', 'drums'],
    write: (c) => [...blockChords(c, GM.epiano, true, 1), melodyPart(c, GM.vibraphone, 65, 81), bassLine(c, GM.fingerBass, 'lofi'), drums(c, 'lofi')] },
  { id: 'excerpt-andalusian-Am', style: 'melody+chords', source: 'fluidsynth', tonic: 'A', mode: 'minor', meter: [4, 4], timing: T(100, 15), excerpt: true,
    progression: ['i VII', 'VI V', 'i VII', 'VI V'], instruments: ['flute', 'nylon guitar'],
    write: (c) => melodyChords(c, GM.flute, [69, 86], GM.nylon, 'strum') },
  { id: 'excerpt-rock-D', style: 'rock', source: 'fluidsynth', tonic: 'D', mode: 'major', meter: [4, 4], timing: T(150, 10), excerpt: true,
    progression: ['I', 'IV', 'V', 'IV', 'I', 'IV'], instruments: ['overdriven guitar', 'picked bass', 'drums'],
    write: (c) => [rockRiff(c, GM.overdrive), bassLine(c, GM.pickBass, 'rock'), drums(c, 'rock')] },
  { id: 'excerpt-harp-Eb', style: 'arpeggios', source: 'fluidsynth', tonic: 'Eb', mode: 'major', meter: [4, 4], timing: T(120, 12), excerpt: true,
    progression: ['vi', 'ii', 'V', 'I', 'vi', 'ii'], instruments: ['orchestral harp'], write: (c) => arpeggio(c, GM.harp, 'updown', 2, 51, true) },
];


export interface Written {
  readonly score: Score;
  readonly ctx: StyleContext;
}

/** Writes a clip's score (deterministic per clip id). */
export function writeClip(clip: Clip): Written {
  const ctx: StyleContext = {
    tonic: pcOf(clip.tonic), mode: clip.mode, beatsPerBar: clip.meter[0] * (4 / clip.meter[1]), progression: clip.progression, random: rng(seedOf(clip.id)),
    excerpt: clip.excerpt ?? false,
  };
  const parts = clip.write(ctx);
  return { score: { meter: clip.meter, beats: ctx.beatsPerBar * clip.progression.length, parts }, ctx };
}

/** Played length in seconds and the tempo the clip averages (beats per minute over its played length). */
export function playedTempo(clip: Clip, beats: number): { seconds: number; meanBpm: number } {
  const seconds = secondsAt(clip.timing, beats, beats);
  return { seconds, meanBpm: (beats * 60) / seconds };
}
