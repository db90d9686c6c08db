/** `hearth analyze-audio FILE.wav` — tempo, key/mode, integrated loudness and true peak of a WAV. */
import type { AudioAnalysis } from '../../engines/music/index.ts';
import { analyzeAudio } from '../../engines/music/index.ts';
import type { CliCommand, CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { readWavFile } from './music.command.ts';

/** The JSON the CLI prints (a stable subset of the engine's analysis). */
export function analysisJson(a: AudioAnalysis): { bpm: number; key: string; mode: string; lufs: number; truePeakDb: number; seconds: number } {
  return { bpm: a.bpm, key: a.key, mode: a.mode, lufs: a.lufs, truePeakDb: a.truePeakDb, seconds: a.seconds };
}

export const analyzeAudioCommand: CliCommand = {
  name: 'analyze-audio',
  summary: 'Measure tempo, key and mode, loudness (LUFS) and true peak of a WAV file',
  usage: 'hearth analyze-audio FILE.wav [--json]',
  options: { json: { type: 'boolean' } },
  async run(inv: CliInvocation): Promise<number> {
    const path = inv.positionals[0];
    if (path === undefined) throw new CliError('a WAV file is required: hearth analyze-audio FILE.wav');
    if (inv.positionals.length > 1) throw new CliError(`one file at a time, got ${inv.positionals.length}`);
    const clip = readWavFile(path, path);
    const a = analyzeAudio(clip.channels, clip.sampleRate);
    if (a.silent) throw new CliError(`${path}: the audio is silent`);
    if (!Number.isFinite(a.lufs)) throw new CliError(`${path}: too short or too quiet to measure (needs ≥ 0.4 s above −70 LUFS)`);
    if (inv.values.json === true) inv.io.out(`${JSON.stringify(analysisJson(a))}\n`);
    else inv.io.out(`${a.key} ${a.mode}, ${a.bpm} BPM, ${a.lufs} LUFS, ${a.truePeakDb} dBTP, ${a.seconds} s\n`);
    return 0;
  },
};
