/**
 * Hearth's built-in music engine: words → plan → score → PCM (streamed), WAV encode/decode,
 * audio analysis (tempo, key/mode, BS.1770 loudness, true peak) and continuation of a sample.
 * Pure TypeScript with no Node or DOM imports: the same code renders in a Web Worker and on
 * the server, and the same plan + seed always give the same bytes.
 */
export { planFromDescription } from './plan-from-description.ts';
export type { PlanOptions } from './plan-from-description.ts';
export { ARCS, GENRES, INSTRUMENTS, NATURE_TEXTURES, DEFAULT_TARGET_LUFS } from './plan.ts';
export type { Arc, ArcKind, Genre, Instrument, MoodPoint, MusicPlan, NatureTexture, Register } from './plan.ts';
export type { Mode, PitchName } from './theory.ts';
export { renderMusic, SUPPORTED_RATES } from './music-stream.ts';
export type { MusicRenderOptions, MusicStream, SteeringEvent } from './music-stream.ts';
export { loadSoundBank } from './sampled-sound.ts';
export type { SoundBank } from './sampled-sound.ts';
export { STEER_COMMANDS } from './arc.ts';
export type { SteerCommand } from './arc.ts';
export { VOICES } from './gm-voices.ts';
export type { VoiceName } from './gm-voices.ts';
export type { AudioClip } from './continuation.ts';
export { planForContinuation } from './continuation.ts';
export { analyzeAudio } from './analyze.ts';
export type { AudioAnalysis } from './analyze.ts';
export { integratedLoudness } from './loudness.ts';
export { truePeakDb } from './true-peak.ts';
export { decodeWav, encodeWav, wavHeader, wavData, wavStream } from './wav.ts';
export type { DecodedWav, WavFormat, WavSpec } from './wav.ts';
