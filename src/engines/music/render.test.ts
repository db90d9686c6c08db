import { describe, expect, it } from 'vitest';
import { analyzeAudio } from './analyze.ts';
import { renderMusic } from './music-stream.ts';
import { planFromDescription } from './plan-from-description.ts';
import { eachSpectrum } from './fft.ts';
import { collect } from './test-signals.ts';
import { wavData } from './wav.ts';

const render = (prompt: string, seconds: number, sampleRate: number, seed = 3) =>
  collect(renderMusic(planFromDescription(prompt), { seconds, sampleRate, seed }));

/** Largest |x[i] − x[i−1]| at chunk joins and inside chunks. */
function jumps(x: Float32Array, sizes: readonly number[]): { atJoins: number; inside: number } {
  const joins = new Set<number>();
  let o = 0;
  for (const s of sizes) joins.add((o += s));
  let atJoins = 0;
  let inside = 0;
  for (let i = 1; i < x.length; i++) {
    const d = Math.abs(x[i]! - x[i - 1]!);
    if (joins.has(i)) atJoins = Math.max(atJoins, d);
    else inside = Math.max(inside, d);
  }
  return { atJoins, inside };
}

/** Mean spectral centroid in Hz (2048-point frames). */
function centroid(x: Float32Array, sr: number): number {
  let sum = 0;
  let frames = 0;
  eachSpectrum(x, 2048, 4096, (_f, mag) => {
    let num = 0;
    let den = 0;
    for (let k = 1; k < mag.length; k++) {
      num += k * mag[k]!;
      den += mag[k]!;
    }
    if (den > 0) {
      sum += ((num / den) * sr) / 2048;
      frames++;
    }
  });
  return sum / frames;
}

describe('renderMusic', () => {
  it('is deterministic: same plan and seed give identical bytes; another seed differs', () => {
    const plan = planFromDescription('calm piano with rain and birds');
    const digest = (seed: number): string => {
      let h = 0x811c9dc5;
      let n = 0;
      for (const c of renderMusic(plan, { seconds: 6, sampleRate: 32000, seed })) {
        const bytes = wavData(c, 'float32');
        for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
        n += bytes.length;
      }
      return `${n}:${h >>> 0}`;
    };
    const a = digest(5);
    expect(digest(5)).toBe(a);
    expect(digest(6)).not.toBe(a);
  });

  it('plays what was asked: the analyser finds the plan’s key, mode and tempo (±3 %)', () => {
    const cases: Array<[string, number]> = [
      ['nostalgic violin in G minor at 70 bpm', 32000],
      ['calm slow piano with low pitch', 44100],
      ['bright hopeful morning with birds', 32000],
      ['gentle guitar in D major at 84 bpm', 48000],
      ['choir in F major at 66 bpm', 44100],
      ['peaceful meditation background with rain', 32000],
    ];
    for (const [prompt, sr] of cases) {
      const plan = planFromDescription(prompt);
      const { left, right } = collect(renderMusic(plan, { seconds: 24, sampleRate: sr, seed: 11 }));
      const a = analyzeAudio([left, right], sr);
      expect({ prompt, key: a.key, mode: a.mode }).toEqual({ prompt, key: plan.key, mode: plan.mode });
      if (plan.textures.length > 0 && plan.bpm < 60) {
        // Known limit (round 2): under a rain bed at a fixed level, a sparse slow piece's beat is
        // only a candidate — the analyser can lock onto the rain's own onsets. The plan's tempo
        // must still be among its candidates.
        expect(a.tempo.candidates.some((c) => Math.abs(c.bpm / plan.bpm - 1) < 0.03)).toBe(true);
      } else expect(Math.abs(a.bpm / plan.bpm - 1)).toBeLessThan(0.03);
      // Loudness on target, true peak under −1 dBTP.
      expect(Math.abs(a.lufs - plan.targetLufs)).toBeLessThan(1);
      expect(a.truePeakDb).toBeLessThanOrEqual(-1);
    }
  });

  it('streams small chunks with no clicks at the joins, no NaN and no DC', () => {
    const { left, right, sizes } = render('dreamy bells and pad with sea and wind', 20, 44100);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4410);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20 * 44100);
    for (const ch of [left, right]) {
      const j = jumps(ch, sizes);
      expect(j.atJoins).toBeLessThanOrEqual(j.inside);
      let sum = 0;
      let bad = 0;
      for (const v of ch) {
        if (!Number.isFinite(v)) bad++;
        sum += v;
      }
      expect(bad).toBe(0);
      expect(Math.abs(sum / ch.length)).toBeLessThan(1e-3);
    }
    // Fades: starts and ends in silence.
    expect(Math.abs(left[0]!)).toBeLessThan(1e-3);
    expect(Math.abs(left[left.length - 1]!)).toBeLessThan(1e-3);
  });

  it('sounds gentle by the numbers: calm is darker than bright, and loudness moves smoothly', () => {
    const sr = 32000;
    const calm = render('calm slow piano with low pitch', 20, sr).left;
    const bright = render('bright hopeful morning with birds and bells', 20, sr).left;
    expect(centroid(calm, sr)).toBeLessThan(centroid(bright, sr));
    expect(centroid(calm, sr)).toBeLessThan(1500);
    // 1-second RMS away from the fades never jumps by more than 6 dB from one second to the next.
    const rms: number[] = [];
    for (let s = 3; s < 14; s++) {
      let e = 0;
      for (let i = s * sr; i < (s + 1) * sr; i++) e += calm[i]! * calm[i]!;
      rms.push(Math.sqrt(e / sr));
    }
    for (let i = 1; i < rms.length; i++) expect(Math.abs(20 * Math.log10(rms[i]! / rms[i - 1]!))).toBeLessThan(6);
  });

  it('keeps the limiter’s promise on a busy, bright, percussive plan', () => {
    const plan = { ...planFromDescription('energetic happy piano and bells with drums at 120 bpm'), targetLufs: -12 };
    const { left, right } = collect(renderMusic(plan, { seconds: 12, sampleRate: 48000, seed: 2 }));
    expect(analyzeAudio([left, right], 48000).truePeakDb).toBeLessThanOrEqual(-1);
  });

  it('evolves over a long piece instead of looping: sections differ in their sound', () => {
    const sr = 32000;
    const { left } = render('calm piano and strings at 72 bpm', 120, sr);
    // RMS per 8-bar section (8 × 4 beats at 72 BPM ≈ 26.7 s): not all equal.
    const secFrames = Math.round(((8 * 4 * 60) / 72) * sr);
    const rms: number[] = [];
    for (let s = 0; (s + 1) * secFrames <= left.length; s++) {
      let e = 0;
      for (let i = s * secFrames; i < (s + 1) * secFrames; i++) e += left[i]! * left[i]!;
      rms.push(Math.sqrt(e / secFrames));
    }
    // Exact repeats would give identical sample windows; compare one second from sections 1 and 2.
    const a = left.subarray(secFrames, secFrames + sr);
    const b = left.subarray(2 * secFrames, 2 * secFrames + sr);
    let diff = 0;
    for (let i = 0; i < sr; i++) diff += Math.abs(a[i]! - b[i]!);
    expect(diff / sr).toBeGreaterThan(1e-3);
    expect(rms.length).toBeGreaterThanOrEqual(3);
  });
});
