import { describe, expect, it } from 'vitest';
import { analyzeAudio } from './analyze.ts';
import { continuationJoin } from './continuation.ts';
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
});
