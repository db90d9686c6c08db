/**
 * Audio analysis: tempo and beats (tempo.ts), key and mode with tuning (key.ts), instrument colour
 * (timbre.ts), optionally the melody (pitch.ts), integrated loudness (ITU-R BS.1770) and true
 * peak. Tempo, key, colour and melody run on a mono mix resampled to 11 025 Hz (cheap, and plenty
 * for onsets and pitch); loudness and true peak run on the original channels at the original rate.
 * Every estimate carries its confidence and alternatives, so a caller can say when it is unsure.
 */
import type { Hz } from '../core/index.ts';
import { assert, assertRange } from '../core/index.ts';
import type { KeyCandidate } from './key.ts';
import { estimateKey } from './key.ts';
import { integratedLoudness } from './loudness.ts';
import type { MelodyNote } from './pitch.ts';
import { notesFromPitch, trackPitch } from './pitch.ts';
import { monoMix, resample } from './resample.ts';
import type { TempoEstimate } from './tempo.ts';
import { estimateTempo } from './tempo.ts';
import type { Mode, PitchName } from './theory.ts';
import { timbreOf } from './timbre.ts';
import { truePeakDb } from './true-peak.ts';

/** What the analyser reports. Loudness values are −Infinity and bpm 0 for silence. */
export interface AudioAnalysis {
  /** Beats per minute, one decimal (0 when there is no pulse). */
  bpm: number;
  key: PitchName;
  mode: Mode;
  /** Integrated loudness, LUFS (BS.1770-4, gated). */
  lufs: number;
  /** True peak, dBTP (4× oversampled). */
  truePeakDb: number;
  seconds: number;
  /** Time of the first beat, seconds (lets a continuation stay on the beat grid). */
  beatOffset: number;
  /** Tempo evidence: candidates, half/double alternatives, tracked beats, confidence, pulse kind. */
  tempo: Omit<TempoEstimate, 'bpm' | 'beatOffset'>;
  /** Key evidence: 0..1 confidence, the best three keys, the tuning in cents from A440. */
  keyDetail: { confidence: number; candidates: KeyCandidate[]; tuningCents: number };
  /** Instrument colour: spectral centroid (Hz) and brightness 0..1. */
  timbre: { centroidHz: number; brightness: number };
  /** Notes of the lead line (YIN), when asked for with `{ melody: true }`; empty for a dense mix. */
  melody: MelodyNote[];
  /** True when every sample is zero. */
  silent: boolean;
}

/** What to analyse beyond tempo, key, colour and loudness. */
export interface AnalysisOptions {
  /** Track the melody (YIN): costs about as much again as the rest of the analysis. */
  melody: boolean;
}

/** Rate the tempo, key, colour and melody analysis runs at. */
export const ANALYSIS_RATE = 11025;

/** Analyses planar channels (or one mono Float32Array) at `sampleRate`. */
export function analyzeAudio(pcm: Float32Array | readonly Float32Array[], sampleRate: Hz | number, options: Partial<AnalysisOptions> = {}): AudioAnalysis {
  const channels = pcm instanceof Float32Array ? [pcm] : pcm;
  assert(channels.length > 0 && channels[0]!.length > 0, 'analyzeAudio needs at least one non-empty channel');
  assertRange(sampleRate, 4000, 384000, 'sampleRate');
  const frames = channels[0]!.length;
  const seconds = Math.round((frames / sampleRate) * 1000) / 1000;
  let silent = true;
  for (const ch of channels) {
    for (let i = 0; i < ch.length; i++) {
      if (ch[i] !== 0) {
        silent = false;
        break;
      }
    }
  }
  if (silent) {
    return {
      bpm: 0,
      key: 'C',
      mode: 'major',
      lufs: -Infinity,
      truePeakDb: -Infinity,
      seconds,
      beatOffset: 0,
      tempo: { beats: [], endBpm: 0, confidence: 0, candidates: [], alternatives: { half: null, double: null }, pulse: 'none' },
      keyDetail: { confidence: 0, candidates: [], tuningCents: 0 },
      timbre: { centroidHz: 0, brightness: 0 },
      melody: [],
      silent,
    };
  }
  const rate = Math.min(ANALYSIS_RATE, sampleRate);
  const mono = resample(monoMix(channels), sampleRate, rate);
  const tempo = estimateTempo(mono, rate);
  const key = estimateKey(mono, rate);
  const round2 = (x: number): number => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
  return {
    bpm: tempo.bpm,
    key: key.key,
    mode: key.mode,
    lufs: round2(integratedLoudness(channels, sampleRate)),
    truePeakDb: round2(truePeakDb(channels)),
    seconds,
    beatOffset: Math.round(tempo.beatOffset * 1000) / 1000,
    tempo: {
      beats: tempo.beats,
      endBpm: tempo.endBpm,
      confidence: tempo.confidence,
      candidates: tempo.candidates,
      alternatives: tempo.alternatives,
      pulse: tempo.pulse,
    },
    keyDetail: { confidence: key.confidence, candidates: key.candidates, tuningCents: key.tuningCents },
    timbre: timbreOf(mono, rate),
    melody: options.melody === true ? notesFromPitch(trackPitch(mono, rate), key.tuningCents) : [],
    silent,
  };
}
