/**
 * Music engine speed and memory. Sampled instruments (the bundled General MIDI bank): realtime
 * factor for 60 s at 44.1 kHz stereo with four or more sampled parts and reverb (three prompts),
 * by wall clock and CPU time, bank load time, time to the first audio chunk, and a 60-minute
 * render with its peak process RSS (run first, in a fresh process, so the figure is its own).
 * The additive fallback: realtime factor at 32 and 44.1 kHz, the peak extra memory while
 * streaming 10 minutes, a 60-minute render. Analysis time for 60 s and 5 s.
 */
import { defaultSoundBankPath, soundBankFromFile } from '../src/backends/music-soundbank.ts';
import type { MusicPlan, SoundBank } from '../src/engines/music/index.ts';
import { analyzeAudio, planFromDescription, renderMusic } from '../src/engines/music/index.ts';
import type { Figure } from './measure.ts';
import { round, timeMs } from './measure.ts';

const PROMPTS = ['calm slow piano with low pitch', 'nostalgic violin in G minor at 70 bpm', 'peaceful meditation background with rain and birds'];
// Additive figures keep their version 1 plans (the fallback's own sound) so they compare with earlier runs.
const PLANS: MusicPlan[] = PROMPTS.map((p) => ({ ...planFromDescription(p), version: 1 }));
/** Four or more sampled parts each (melody, chords, pulse, bass; drums in the second) with reverb. */
const SAMPLED_PROMPTS = ['calm piano with strings, flute and bass', 'lo-fi beats to study', 'grief, a slow cello with harp and choir'];
const SAMPLED_PLANS = SAMPLED_PROMPTS.map((p) => planFromDescription(p));

function drainSampled(bank: SoundBank, seconds: number): number {
  let frames = 0;
  for (const plan of SAMPLED_PLANS) for (const c of renderMusic(plan, { seconds, sampleRate: 44100, seed: 1, soundBank: bank })) frames += c.length / 2;
  return frames;
}

/** Streams an hour on the bank: elapsed ms, ms to the first chunk, peak RSS (MB). */
function sampledHour(bank: SoundBank): { ms: number; firstMs: number; rssMB: number } {
  const t = performance.now();
  let first = NaN;
  let peak = process.memoryUsage().rss;
  let n = 0;
  for (const _c of renderMusic(SAMPLED_PLANS[0]!, { seconds: 3600, sampleRate: 44100, seed: 1, soundBank: bank })) {
    if (Number.isNaN(first)) first = performance.now() - t;
    if (++n % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { ms: performance.now() - t, firstMs: first, rssMB: peak / (1024 * 1024) };
}

function drain(seconds: number, sampleRate: number): number {
  let frames = 0;
  for (const plan of PLANS) for (const c of renderMusic(plan, { seconds, sampleRate, seed: 1 })) frames += c.length / 2;
  return frames;
}

function planar(seconds: number, sampleRate: number): [Float32Array, Float32Array] {
  const l = new Float32Array(seconds * sampleRate);
  const r = new Float32Array(seconds * sampleRate);
  let o = 0;
  for (const c of renderMusic(PLANS[0]!, { seconds, sampleRate, seed: 1 })) {
    for (let i = 0; i < c.length; i += 2) {
      l[o] = c[i]!;
      r[o++] = c[i + 1]!;
    }
  }
  return [l, r];
}

/** Median CPU time (user + system) of `runs` calls in ms: stable when other processes share the cores. */
function cpuMs(fn: () => unknown, runs: number): Figure {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { median: round(times[Math.floor(runs / 2)]!), min: round(times[0]!), max: round(times[runs - 1]!), unit: 'ms cpu', runs };
}

/** Streams a piece, sampling memory every 50 chunks; returns elapsed ms and peaks in MB. */
function streamPeak(seconds: number, sampleRate: number): { ms: number; heapMB: number; extraMB: number; rssMB: number } {
  const base = process.memoryUsage();
  const baseHeap = base.heapUsed + base.arrayBuffers;
  let peakHeap = baseHeap;
  let peakRss = base.rss;
  let n = 0;
  const t = performance.now();
  for (const _chunk of renderMusic(PLANS[2]!, { seconds, sampleRate, seed: 1 })) {
    if (++n % 50 === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const mb = (b: number): number => b / (1024 * 1024);
  return { ms: performance.now() - t, heapMB: mb(peakHeap), extraMB: mb(peakHeap - baseHeap), rssMB: mb(peakRss) };
}

const fig = (median: number, unit: string, runs = 1): Figure => ({ median: round(median), min: round(median), max: round(median), unit, runs });

export default async function musicBench(): Promise<{ figures: Record<string, Figure> }> {
  // The sampled hour runs first so the process RSS it reports is not inflated by the buffers
  // the other figures allocate (the bank itself is part of it).
  const tl = performance.now();
  const bank = await soundBankFromFile(defaultSoundBankPath());
  const bankLoadMs = performance.now() - tl;
  const sHour = sampledHour(bank);
  const sWall = await timeMs(() => drainSampled(bank, 60), 3);
  const sCpu = cpuMs(() => drainSampled(bank, 60), 3);
  const hour = streamPeak(3600, 32000);
  const tenMin = streamPeak(600, 44100);
  const r32 = await timeMs(() => drain(60, 32000), 3);
  const r44 = await timeMs(() => drain(60, 44100), 3);
  const per = (f: Figure): Figure => ({ ...f, median: round(f.median / PLANS.length), min: round(f.min / PLANS.length), max: round(f.max / PLANS.length) });
  const ms32 = per(r32);
  const ms44 = per(r44);
  const clip60 = planar(60, 44100);
  const clip5 = planar(5, 44100);
  const analysis60 = await timeMs(() => analyzeAudio(clip60, 44100), 3);
  const analysis5 = await timeMs(() => analyzeAudio(clip5, 44100), 5);

  const cpu32 = cpuMs(() => drain(60, 32000), 3);
  const cpu44 = cpuMs(() => drain(60, 44100), 3);
  const analysis5Cpu = cpuMs(() => analyzeAudio(clip5, 44100), 5);
  return {
    figures: {
      sampledRealtimeFactor44k: fig(
        (60000 * SAMPLED_PLANS.length) / sWall.median,
        '× real time (wall, 44.1 kHz stereo, ≥ 4 sampled parts + reverb)',
        sWall.runs,
      ),
      sampledRealtimeFactor44kCpu: fig((60000 * SAMPLED_PLANS.length) / sCpu.median, '× real time (cpu, one core)', sCpu.runs),
      sampledBankLoadMs: fig(bankLoadMs, 'ms (read + parse MuseScore_General_Lite, once per process)'),
      sampledFirstAudioMs: fig(sHour.firstMs, 'ms (renderMusic → first 100 ms chunk, bank loaded)'),
      sampledRender60minMs44k: fig(sHour.ms, 'ms'),
      sampledRender60minPeakRssMB: fig(sHour.rssMB, 'MB (whole process, bank included)'),
      render60sMs32k: ms32,
      render60sMs44k: ms44,
      realtimeFactor32k: fig(60000 / ms32.median, '× real time', ms32.runs),
      realtimeFactor44k: fig(60000 / ms44.median, '× real time', ms44.runs),
      analysis60sMs: analysis60,
      analysis5sMs: analysis5,
      realtimeFactor32kCpu: fig((60000 * PLANS.length) / cpu32.median, '× real time (cpu)', cpu32.runs),
      realtimeFactor44kCpu: fig((60000 * PLANS.length) / cpu44.median, '× real time (cpu)', cpu44.runs),
      analysis5sMsCpu: analysis5Cpu,
      streaming10minPeakExtraMB: fig(tenMin.extraMB, 'MB (heap + array buffers over baseline)'),
      streaming10minPeakHeapMB: fig(tenMin.heapMB, 'MB (heap + array buffers)'),
      render60minMs32k: fig(hour.ms, 'ms'),
      render60minPeakRssMB: fig(hour.rssMB, 'MB (whole process)'),
    },
  };
}
