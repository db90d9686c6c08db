/**
 * Refine (inpaint) timings, median of several runs: a 512² picture with a quarter of it masked
 * (192 × 256 px), with new things named and with words only (content-aware fill alone), and
 * a 1024² one. Target from issue 13: refine 512² ≤ 400 ms. CPU time of this process is given
 * beside wall time because it stays steady when the machine is busy.
 */
import { createRgba } from '../src/engines/core/index.ts';
import { generateImage, inpaintImage } from '../src/engines/art/index.ts';
import { round, timeMs } from './measure.ts';
import type { Figure } from './measure.ts';

function cpuMs(fn: () => unknown, runs: number): Figure {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    xs.push((d.user + d.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return { median: round(xs[Math.floor(runs / 2)]!), min: round(xs[0]!), max: round(xs[runs - 1]!), unit: 'cpu-ms', runs };
}

function quarterMask(size: number) {
  const mask = createRgba(size, size, [0, 0, 0, 255]);
  const x0 = Math.round(size * 0.3125), x1 = Math.round(size * 0.6875), y0 = size / 4, y1 = (size * 3) / 4;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) mask.data.fill(255, (y * size + x) * 4, (y * size + x) * 4 + 3);
  return mask;
}

const PROMPT = 'a calm blue sea with a boat under the sun, a house and a tree';

export default async function artRefineBench() {
  const base = generateImage({ prompt: PROMPT, seed: 1, width: 512, height: 512 });
  const big = generateImage({ prompt: PROMPT, seed: 1, width: 1024, height: 1024 });
  const mask = quarterMask(512), bigMask = quarterMask(1024);
  const things = () => inpaintImage({ image: base, mask, prompt: 'a bird and a warm sun', seed: 2 });
  const fill = () => inpaintImage({ image: base, mask, prompt: 'calmer', seed: 2 });
  const large = () => inpaintImage({ image: big, mask: bigMask, prompt: 'a bright yellow sun', seed: 2 });
  const figures: Record<string, Figure> = {
    'refine 512 (quarter, new things)': await timeMs(things, 5),
    'refine 512 (quarter, fill only)': await timeMs(fill, 5),
    'refine 1024 (quarter, new things)': await timeMs(large, 3),
    'refine 512 (quarter, new things) cpu': cpuMs(things, 5),
    'refine 512 (quarter, fill only) cpu': cpuMs(fill, 5),
    'refine 1024 (quarter, new things) cpu': cpuMs(large, 3),
  };
  return { figures };
}
