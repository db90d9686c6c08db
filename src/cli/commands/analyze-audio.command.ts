/** `hearth analyze-audio FILE.wav` — tempo, key/mode, integrated loudness and true peak of a WAV. */
import { msg } from '../cli-i18n.ts';
import type { AudioAnalysis } from '../../engines/music/index.ts';
import { analyzeAudio } from '../../engines/music/index.ts';
import type { CliCommand, CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { readWavFile } from './music.command.ts';

const round = (x: number, places = 2): number => Math.round(x * 10 ** places) / 10 ** places;

/**
 * The JSON the CLI prints: the stable fields (bpm, key, mode, lufs, truePeakDb, seconds) and the
 * evidence behind them, so a reader can see how sure the analysis is: the pulse (steady, free
 * time, none), tempo confidence, candidates and half/double alternatives, the tempo the recording
 * ends in, key confidence and runners-up, tuning in cents from A440, and the instrument colour.
 */
export function analysisJson(a: AudioAnalysis) {
  return {
    bpm: a.bpm,
    key: a.key,
    mode: a.mode,
    lufs: a.lufs,
    truePeakDb: a.truePeakDb,
    seconds: a.seconds,
    tempo: {
      pulse: a.tempo.pulse,
      confidence: round(a.tempo.confidence),
      endBpm: round(a.tempo.endBpm, 1),
      candidates: a.tempo.candidates.map((c) => ({ ...c })),
      alternatives: a.tempo.alternatives,
      beats: a.tempo.beats.length,
    },
    keyDetail: {
      confidence: round(a.keyDetail.confidence),
      tuningCents: round(a.keyDetail.tuningCents, 1),
      candidates: a.keyDetail.candidates.map((c) => ({ key: c.key, mode: c.mode, score: round(c.score, 3) })),
    },
    timbre: { centroidHz: Math.round(a.timbre.centroidHz), brightness: round(a.timbre.brightness) },
    ...(a.melody.length > 0 ? { melody: a.melody.map((n) => ({ start: round(n.start, 3), duration: round(n.duration, 3), midi: n.midi })) } : {}),
  };
}

/** One plain line: what was heard, and how sure (free time and low confidence said in words). */
function analysisLine(a: AudioAnalysis): string {
  const tempo =
    a.tempo.pulse === 'steady'
      ? `${a.bpm} BPM${a.tempo.confidence < 0.5 ? ' (unsure' + (a.tempo.alternatives.half ? `; or ${a.tempo.alternatives.half}` : '') + (a.tempo.alternatives.double ? `; or ${a.tempo.alternatives.double}` : '') + ')' : ''}`
      : 'free time (no steady beat)';
  const key = `${a.key} ${a.mode}${a.keyDetail.confidence < 0.5 ? ' (unsure)' : ''}`;
  const tuning =
    Math.abs(a.keyDetail.tuningCents) >= 10 ? `, tuned ${a.keyDetail.tuningCents > 0 ? '+' : ''}${round(a.keyDetail.tuningCents, 0)} cents from A440` : '';
  return `${key}, ${tempo}, ${a.lufs} LUFS, ${a.truePeakDb} dBTP, ${a.seconds} s${tuning}`;
}

export const analyzeAudioCommand: CliCommand = {
  name: 'analyze-audio',
  get summary() {
    return msg('analyze-audio.summary');
  },
  usage: 'hearth analyze-audio FILE.wav [--json] [--melody]',
  maxPositionals: Number.POSITIVE_INFINITY,
  options: { json: { type: 'boolean' }, melody: { type: 'boolean' } },
  async run(inv: CliInvocation): Promise<number> {
    const path = inv.positionals[0];
    if (path === undefined) throw new CliError(msg('analyze-audio.wavFileRequiredHearth'));
    if (inv.positionals.length > 1) throw new CliError(msg('analyze-audio.oneFileTimeGot', { count: inv.positionals.length }));
    const clip = readWavFile(path, path);
    const a = analyzeAudio(clip.channels, clip.sampleRate, { melody: inv.values.melody === true });
    if (a.silent) throw new CliError(msg('analyze-audio.audioSilent', { path }));
    if (!Number.isFinite(a.lufs)) throw new CliError(msg('analyze-audio.tooShortTooQuiet', { path }));
    if (inv.values.json === true) inv.io.out(`${JSON.stringify(analysisJson(a))}\n`);
    else inv.io.out(`${analysisLine(a)}\n`);
    return 0;
  },
};
