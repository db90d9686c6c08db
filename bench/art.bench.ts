/**
 * Built-in image engine timings (median ms, one core): generate at preview (256), standard
 * (512) and large (1024) sizes, inpaint at 512, and line extraction from a 1024 photo.
 * Targets from issue 3: 512 ≤ 150, 1024 ≤ 600, inpaint 512 ≤ 100, preview 256 ≤ 40.
 */
import { createRgba } from '../src/engines/core/index.ts';
import { STYLES, generateImage, inpaintImage, linesFromPhoto } from '../src/engines/art/index.ts';
import { round, timeMs } from './measure.ts';
import type { Figure } from './measure.ts';

/** CPU time (this process) per run, median — steadier than wall time when the machine is busy. */
function cpuMs(fn: () => unknown, runs = 5): Figure {
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

const PROMPT = 'a calm blue sea with a boat under the sun, a house and a tree';

export default async function artBench() {
  const gen = (size: number, style = 'watercolour') => () => generateImage({ prompt: PROMPT, seed: 1, width: size, height: size, style });
  const base = generateImage({ prompt: PROMPT, seed: 1, width: 512, height: 512 });
  const mask = createRgba(512, 512, [0, 0, 0, 255]);
  for (let y = 128; y < 384; y++) for (let x = 160; x < 352; x++) mask.data.fill(255, (y * 512 + x) * 4, (y * 512 + x) * 4 + 3);
  const photo = createRgba(1024, 1024);
  for (let y = 0; y < 1024; y++) {
    for (let x = 0; x < 1024; x++) {
      const light = 0.4 + 0.6 * ((x + y) / 2048);
      const line = Math.abs(Math.hypot(x - 512, y - 512) - 300) < 2 || Math.abs(x - y) < 2;
      const v = Math.round(255 * light * (line ? 0.45 : 1) * (0.97 + 0.06 * (((x * 7919 + y * 104729) % 97) / 97)));
      photo.data.fill(v, (y * 1024 + x) * 4, (y * 1024 + x) * 4 + 3);
    }
  }
  const figures: Record<string, Figure> = {
    'generate 256 (preview)': await timeMs(gen(256), 7),
    'generate 512': await timeMs(gen(512), 5),
    'generate 1024': await timeMs(gen(1024), 3),
    'inpaint 512 (quarter of the picture)': await timeMs(() => inpaintImage({ image: base, mask, prompt: 'a bird and a warm sun', seed: 2 }), 5),
    'linesFromPhoto 1024': await timeMs(() => linesFromPhoto(photo), 3),
  };
  figures['generate 256 (preview) cpu'] = cpuMs(gen(256), 7);
  figures['generate 512 cpu'] = cpuMs(gen(512), 5);
  figures['generate 1024 cpu'] = cpuMs(gen(1024), 3);
  figures['inpaint 512 cpu'] = cpuMs(() => inpaintImage({ image: base, mask, prompt: 'a bird and a warm sun', seed: 2 }), 5);
  figures['linesFromPhoto 1024 cpu'] = cpuMs(() => linesFromPhoto(photo), 3);
  for (const s of STYLES) figures[`generate 512 ${s.id}`] = await timeMs(gen(512, s.id), 3);
  return { figures };
}
