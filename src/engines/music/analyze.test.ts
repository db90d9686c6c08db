import { describe, expect, it } from 'vitest';
import { analyzeAudio } from './analyze.ts';
import { integratedLoudness } from './loudness.ts';
import { chordTrack, clickTrack, sine } from './test-signals.ts';
import { truePeakDb } from './true-peak.ts';

describe('analyzeAudio on signals with known answers', () => {
  it('finds 90 BPM in a click track at several rates', () => {
    for (const sr of [22050, 44100, 48000]) {
      const a = analyzeAudio(clickTrack(90, 12, sr), sr);
      expect(Math.abs(a.bpm - 90) / 90).toBeLessThan(0.03);
    }
    const slow = analyzeAudio(clickTrack(60, 16, 32000), 32000);
    expect(Math.abs(slow.bpm - 60)).toBeLessThan(1.8);
    const brisk = analyzeAudio(clickTrack(120, 10, 32000), 32000);
    expect(Math.abs(brisk.bpm - 120)).toBeLessThan(3.6);
  });

  it('tells C major from A minor in organ chord progressions (another timbre and rate than the engine)', () => {
    const cMajor = [[60, 64, 67], [65, 69, 72], [67, 71, 74], [60, 64, 67]];
    const aMinor = [[57, 60, 64], [62, 65, 69], [64, 68, 71], [57, 60, 64]];
    const c = analyzeAudio(chordTrack(cMajor, 80, 12, 48000), 48000);
    expect([c.key, c.mode]).toEqual(['C', 'major']);
    const a = analyzeAudio(chordTrack(aMinor, 80, 12, 22050), 22050);
    expect([a.key, a.mode]).toEqual(['A', 'minor']);
    const dMajor = cMajor.map((ch) => ch.map((m) => m + 2));
    const d = analyzeAudio(chordTrack(dMajor, 100, 10, 44100), 44100);
    expect([d.key, d.mode]).toEqual(['D', 'major']);
    expect(Math.abs(d.bpm - 100)).toBeLessThan(3);
  });

  it('measures a 1 kHz sine at −20 dBFS per BS.1770 (−20 LUFS stereo, −23 LUFS mono)', () => {
    for (const sr of [32000, 44100, 48000]) {
      const s = sine(1000, 0.1, 10, sr);
      expect(Math.abs(integratedLoudness([s, s], sr) - -20)).toBeLessThan(0.5);
      expect(Math.abs(integratedLoudness([s], sr) - -23.01)).toBeLessThan(0.5);
      const a = analyzeAudio([s, s], sr);
      expect(Math.abs(a.lufs - -20)).toBeLessThan(0.5);
      expect(Math.abs(a.truePeakDb - -20)).toBeLessThan(0.2);
      expect(a.seconds).toBeCloseTo(10, 3);
    }
  });

  it('sees inter-sample peaks a sample-peak meter misses', () => {
    // fs/4 sine with a 45° phase: every sample sits at 0.707 of the true peak.
    const sr = 48000;
    const x = new Float32Array(4800);
    for (let i = 0; i < x.length; i++) x[i] = 0.5 * Math.sin((Math.PI / 2) * i + Math.PI / 4);
    const tp = truePeakDb([x]);
    expect(tp).toBeGreaterThan(20 * Math.log10(0.5) - 0.6);
    expect(20 * Math.log10(0.5 * Math.SQRT1_2)).toBeLessThan(tp - 2.5);
    expect(analyzeAudio(x, sr).truePeakDb).toBeCloseTo(tp, 1);
  });

  it('reports silence instead of inventing numbers', () => {
    const a = analyzeAudio(new Float32Array(8000), 8000);
    expect(a.silent).toBe(true);
    expect(a.lufs).toBe(-Infinity);
    expect(a.bpm).toBe(0);
  });
});
