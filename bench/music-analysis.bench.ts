/**
 * Analysis of 5 s of audio (`npm run bench music-analysis`): tempo + beats, key, colour, loudness
 * and true peak at 44.1 kHz stereo (target ≤ 50 ms median), and the same with YIN melody tracking
 * (what a continuation asks for). Wall time on a busy shared machine overstates the cost, so the
 * CPU time the process used is reported beside it. The input is a seeded organ chord progression mixed with a
 * click track at 96 BPM (test-signals.ts), so runs compare.
 */
import { analyzeAudio } from '../src/engines/music/analyze.ts';
import { chordTrack, clickTrack } from '../src/engines/music/test-signals.ts';
import { timeMs } from './measure.ts';
import type { Figure } from './measure.ts';

export default async function bench(): Promise<{ figures: Record<string, Figure> }> {
  const sr = 44100;
  const chords = chordTrack([[60, 64, 67], [57, 60, 64], [65, 69, 72], [67, 71, 74]], 96, 5, sr);
  const clicks = clickTrack(96, 5, sr, 3);
  const left = chords.map((x, i) => 0.7 * x + 0.3 * clicks[i]!);
  const right = chords.map((x, i) => 0.6 * x + 0.4 * clicks[i]!);
  const cpu = (f: () => unknown, runs: number): Figure => {
    f();
    const xs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      f();
      const c = process.cpuUsage(c0);
      xs.push((c.user + c.system) / 1000);
    }
    xs.sort((a, b) => a - b);
    const round = (x: number): number => Math.round(x * 10) / 10;
    return { median: round(xs[runs >> 1]!), min: round(xs[0]!), max: round(xs[runs - 1]!), unit: 'ms cpu', runs };
  };
  return {
    figures: {
      'analysis of 5 s, 44.1 kHz stereo': await timeMs(() => analyzeAudio([left, right], sr), 15),
      'analysis of 5 s, 44.1 kHz stereo (cpu time)': cpu(() => analyzeAudio([left, right], sr), 15),
      'analysis of 5 s with melody (YIN)': await timeMs(() => analyzeAudio([left, right], sr, { melody: true }), 9),
      'analysis of 5 s with melody (YIN) (cpu time)': cpu(() => analyzeAudio([left, right], sr, { melody: true }), 9),
    },
  };
}
