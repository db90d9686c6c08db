/**
 * Listening outcomes and the discrete "arms" the recommender chooses between. An arm is a
 * tempo band × instrument family × mode; a listening's reward combines the change in distress
 * (the main signal), calmer arousal and better valence.
 */
import type { Instrument, Mode } from '../../engines/music/index.ts';

/** A mood check-in: valence and arousal −1..1, distress 0..10 (SUDS-like). */
export interface MoodReading {
  valence: number;
  arousal: number;
  distress: number;
}

/** The musical parameters of a piece that was listened to. */
export interface ListeningParams {
  bpm: number;
  instruments: readonly Instrument[];
  mode: Mode;
}

/** One listening: what played and the mood before and after. */
export interface ListeningOutcome {
  params: ListeningParams;
  before: MoodReading;
  after: MoodReading;
}

export const TEMPO_BANDS = ['slow', 'moderate', 'lively'] as const;
/** slow < 66 BPM ≤ moderate < 90 BPM ≤ lively. */
export type TempoBand = (typeof TEMPO_BANDS)[number];

export const INSTRUMENT_FAMILIES = ['piano', 'strings', 'ambient', 'guitar', 'flute', 'choir'] as const;
/** Families group the eight voices by how they feel: "ambient" is pads and bells. */
export type InstrumentFamily = (typeof INSTRUMENT_FAMILIES)[number];

/** A discrete choice of plan parameters. */
export interface MusicArm {
  tempo: TempoBand;
  family: InstrumentFamily;
  mode: Mode;
}

/** The tempo band of a BPM. */
export function tempoBandOf(bpm: number): TempoBand {
  return bpm < 66 ? 'slow' : bpm < 90 ? 'moderate' : 'lively';
}

/** The family of an instrument (bass alone counts as ambient). */
export function familyOf(instrument: Instrument): InstrumentFamily {
  switch (instrument) {
    case 'piano':
    case 'strings':
    case 'guitar':
    case 'flute':
    case 'choir':
      return instrument;
    case 'pad':
    case 'bells':
    case 'bass':
      return 'ambient';
  }
}

/** The arm a piece belongs to: its tempo band, its lead instrument's family (bass is skipped) and mode. */
export function armOf(params: ListeningParams): MusicArm {
  const lead = params.instruments.find((i) => i !== 'bass') ?? params.instruments[0] ?? 'pad';
  return { tempo: tempoBandOf(params.bpm), family: familyOf(lead), mode: params.mode };
}

/** Instruments that realise a family in a plan (lead first). */
export function instrumentsFor(family: InstrumentFamily): Instrument[] {
  switch (family) {
    case 'piano':
      return ['piano', 'pad', 'bass'];
    case 'strings':
      return ['strings', 'bass'];
    case 'ambient':
      return ['pad', 'bells', 'bass'];
    case 'guitar':
      return ['guitar', 'pad', 'bass'];
    case 'flute':
      return ['flute', 'guitar', 'bass'];
    case 'choir':
      return ['choir', 'piano', 'bass'];
  }
}

/**
 * Reward of a listening, roughly −1..1: a 10-point drop in distress is worth 1, and calmer
 * arousal and better valence each add up to 0.3 for a full-scale change.
 */
export function listeningReward(o: ListeningOutcome): number {
  const distress = (o.before.distress - o.after.distress) / 10;
  const calmer = (o.before.arousal - o.after.arousal) / 2;
  const better = (o.after.valence - o.before.valence) / 2;
  return distress + 0.3 * calmer + 0.3 * better;
}

