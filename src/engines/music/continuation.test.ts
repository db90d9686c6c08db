import { describe, expect, it } from 'vitest';
import { analyzeAudio } from './analyze.ts';
import { continuationJoin, instrumentsByColour, motifOf, motifPlacement, phaseAfterBeat, planForContinuation } from './continuation.ts';
import { renderMusic } from './music-stream.ts';
import { planFromDescription } from './plan-from-description.ts';
import { chordTrack, collect } from './test-signals.ts';
import { decodeWav, encodeWav } from './wav.ts';

describe('continuation from a sample', () => {
  it('keeps the sample’s key, mode and tempo and crossfades without a click', () => {
    // A 16-bit mono sample at 22 050 Hz in E minor at 96 BPM, organ timbre (not the engine's).
    const prog = [[64, 67, 71], [60, 64, 67], [57, 60, 64], [59, 63, 66]];
    const raw = chordTrack(prog, 96, 8, 22050);
    const decoded = decodeWav(encodeWav([raw], 22050, 'pcm16'));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const clip = { channels: decoded.value.channels, sampleRate: decoded.value.sampleRate };
    const sr = 32000;
    const stream = renderMusic(planFromDescription('calm piano'), { seconds: 30, sampleRate: sr, seed: 4, condition: clip });
    expect(stream.condition?.key).toBe('E');
    expect(stream.plan.key).toBe('E');
    expect(stream.plan.mode).toBe('minor');
    const { left, right, sizes } = collect(stream);
    expect(left.length).toBe(30 * sr);
    const sampleEnd = 8 * sr;
    const after = [left.subarray(sampleEnd), right.subarray(sampleEnd)];
    const a = analyzeAudio(after, sr);
    expect([a.key, a.mode]).toEqual(['E', 'minor']);
    expect(Math.abs(a.bpm / 96 - 1)).toBeLessThan(0.03);
    expect(Math.abs(a.lufs - (stream.condition?.lufs ?? 0))).toBeLessThan(1.5);
    // No click at any join (chunks and the sample → music crossfade).
    let maxJoin = 0;
    let o = 0;
    for (const s of sizes) {
      o += s;
      if (o < left.length) maxJoin = Math.max(maxJoin, Math.abs(left[o]! - left[o - 1]!));
    }
    let inside = 0;
    for (let i = 1; i < left.length; i++) inside = Math.max(inside, Math.abs(left[i]! - left[i - 1]!));
    expect(maxJoin).toBeLessThanOrEqual(inside);
  });

  it('starts the new music on the sample’s beat grid with a crossfade of up to 3 s', () => {
    const sr = 32000;
    const j = continuationJoin(8 * sr, sr, 96, 0.1);
    const period = (60 * sr) / 96;
    expect(((j.start - 0.1 * sr) / period) % 1).toBeCloseTo(0, 1);
    expect(j.crossfade).toBeGreaterThanOrEqual(3 * sr);
    expect(j.crossfade).toBeLessThan(3 * sr + period + 1);
  });

  it('falls back to free time: no beat lock, the plan’s tempo, the latest crossfade', () => {
    const sr = 32000;
    const free = continuationJoin(8 * sr, sr, 0, 0.1);
    expect(free).toEqual({ start: 5 * sr, crossfade: 3 * sr });
    const clip = chordTrack([[64, 67, 71], [60, 64, 67]], 96, 8, 22050);
    const a = analyzeAudio(clip, 22050);
    const plan = planFromDescription('calm piano at 70 bpm');
    const unsure = planForContinuation(plan, { ...a, tempo: { ...a.tempo, pulse: 'free' } });
    expect(unsure.bpm).toBe(70);
    expect(unsure.explicit.bpm).toBe(false);
    expect([unsure.key, unsure.mode]).toEqual([a.key, a.mode]);
    const sure = planForContinuation(plan, a);
    expect(sure.bpm).toBe(a.tempo.endBpm);
    expect(Math.abs(sure.bpm / 96 - 1)).toBeLessThan(0.03);
    expect(sure.explicit.bpm).toBe(true);
  });

  it('leads with the voice whose colour is nearest the recording’s, keeping every voice', () => {
    const voices = ['piano', 'bass', 'bells'] as const;
    expect(instrumentsByColour([...voices], 230)[0]).toBe('bass');
    expect(instrumentsByColour([...voices], 3000)[0]).toBe('bells');
    expect(instrumentsByColour([...voices], 1000)[0]).toBe('piano');
    expect([...instrumentsByColour([...voices], 3000)].sort()).toEqual([...voices].sort());
    expect(instrumentsByColour(['pad'], 3000)).toEqual(['pad']);
    // Voices the mood chose give way to the one closest in colour; named voices stay.
    const clip = chordTrack([[76, 79, 83], [72, 76, 79]], 96, 6, 22050);
    const a = analyzeAudio(clip, 22050);
    const bright = { ...a, timbre: { centroidHz: 2600, brightness: 0.85 } };
    const mood = planFromDescription('calm and slow');
    expect(mood.explicit.instruments).toBe(false);
    expect(planForContinuation(mood, bright).instruments[0]).toBe('bells');
    const named = planFromDescription('calm pad');
    expect(named.explicit.instruments).toBe(true);
    expect(planForContinuation(named, bright).instruments).toEqual(named.instruments);
  });

  it('quotes the first run of 3–8 notes, a whole number of beats later, only if it fits', () => {
    const n = (start: number, midi: number) => ({ start, duration: 0.4, midi });
    // A lone note, a gap of more than a beat, then a phrase of five notes.
    const melody = [n(0.1, 60), n(2, 62), n(2.5, 64), n(3, 65), n(3.5, 67), n(4, 69)];
    const motif = motifOf(melody, 120);
    expect(motif.map((m) => m.midi)).toEqual([62, 64, 65, 67, 69]);
    expect(motifOf(melody.slice(0, 3), 120)).toEqual([]);
    const sr = 32000;
    const period = sr / 2;
    const grid = { origin: Math.round(6.3 * sr), period };
    const phase = Math.round(0.05 * sr);
    const q = motifPlacement(motif, sr, 8 * sr, 30 * sr, grid, phase)!;
    expect(q.at).toBeGreaterThanOrEqual(8 * sr);
    expect(q.at - 8 * sr).toBeLessThan(period + 1);
    expect(Math.abs((q.at - grid.origin - phase) / period - Math.round((q.at - grid.origin - phase) / period))).toBeLessThan(1e-3);
    expect(q.to - q.from).toBe(Math.round(4.5 * sr) - Math.round(1.97 * sr));
    expect(motifPlacement(motif, sr, 8 * sr, 30 * sr, null)!.at).toBe(8 * sr);
    expect(phaseAfterBeat([0.5, 1, 1.5, 2], 1.97, sr)).toBe(Math.round(0.47 * sr));
    expect(motifPlacement(motif, sr, 8 * sr, 9 * sr, grid, phase)).toBeNull();
  });
});
