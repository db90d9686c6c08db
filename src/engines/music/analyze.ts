/**
 * Audio analysis: tempo, key and mode, integrated loudness (ITU-R BS.1770) and true peak. Tempo
 * and key run on a mono mix resampled to 11 025 Hz (cheap, and plenty for onsets and pitch
 * classes); loudness and true peak run on the original channels at the original rate.
 */
import type { Hz } from '../core/index.ts';
import { assert, assertRange } from '../core/index.ts';
import { estimateKey } from './key.ts';
import { integratedLoudness } from './loudness.ts';
import { monoMix, resample } from './resample.ts';
import { estimateTempo } from './tempo.ts';
import type { Mode, PitchName } from './theory.ts';
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
  /** True when every sample is zero. */
  silent: boolean;
}

/** Rate the tempo and key analysis runs at. */
export const ANALYSIS_RATE = 11025;

/** Analyses planar channels (or one mono Float32Array) at `sampleRate`. */
export function analyzeAudio(pcm: Float32Array | readonly Float32Array[], sampleRate: Hz | number): AudioAnalysis {
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
  if (silent) return { bpm: 0, key: 'C', mode: 'major', lufs: -Infinity, truePeakDb: -Infinity, seconds, beatOffset: 0, silent };
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
    silent,
  };
}
