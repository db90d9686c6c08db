/**
 * Music engine speed and memory: realtime factor for 60 s at 32 kHz and 44.1 kHz (three typical
 * prompts per run, so one lucky plan cannot flatter the figure), by wall clock and by CPU time
 * (the CPU figure stays honest when other processes share the cores), analysis time for 60 s
 * and 5 s, the peak extra memory while streaming a 10-minute piece (the whole piece would be
 * ~211 MB at 44.1 kHz stereo float) and a full 60-minute render with its peak process RSS.
 */
import { analyzeAudio, planFromDescription, renderMusic } from '../src/engines/music/index.ts';
import type { Figure } from './measure.ts';
import { round, timeMs } from './measure.ts';

const PROMPTS = ['calm slow piano with low pitch', 'nostalgic violin in G minor at 70 bpm', 'peaceful meditation background with rain and birds'];
const PLANS = PROMPTS.map((p) => planFromDescription(p));

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
  // The hour-long stream runs first so the process RSS it reports is not inflated by the
  // buffers the other figures allocate.
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
