import { performance } from 'node:perf_hooks';

export interface Figure {
  median: number;
  min: number;
  max: number;
  unit: string;
  runs: number;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median wall time in ms. */
export async function timeMs(fn: () => unknown, runs = 5): Promise<Figure> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return { median: round(median), min: round(times[0] ?? 0), max: round(times[times.length - 1] ?? 0), unit: 'ms', runs };
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
