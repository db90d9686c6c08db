/**
 * Built-in image engine timings (median ms, one core): generate at preview (256), standard
 * (512) and large (1024) sizes — with a sketch (ground line, sun, path, figure) and a prompt
 * naming things and a person — inpaint at 512, and line extraction from a 1024 photo.
 * Targets (issues 3 and 13): with a sketch 512 ≤ 150, 1024 ≤ 600, preview 256 ≤ 40; refine 512 ≤ 400.
 * CPU figures are this process's CPU time, steadier than wall time on a shared machine.
 */
import { createRgba } from '../src/engines/core/index.ts';
import type { RgbaImage } from '../src/engines/core/index.ts';
import {
  SHAPE_COUNT,
  SHAPE_WORD_COUNT,
  STYLES,
  WARMUP_RENDERS,
  generateImage,
  inpaintImage,
  linesFromPhoto,
  straightenPaper,
  warmupRender,
} from '../src/engines/art/index.ts';
import { round, timeMs } from './measure.ts';
import type { Figure } from './measure.ts';

/**
 * A 1280×960 photo of a 4:3 sheet with a drawing, in slight perspective on a grained brown table
 * (made here, deterministic), for the paper-straightening figure.
 */
function tablePhoto(): RgbaImage {
  const W = 1280;
  const H = 960;
  const img = createRgba(W, H);
  const q = [[150, 90], [1110, 70], [1170, 880], [100, 900]] as const;
  const inside = (x: number, y: number): boolean =>
    q.every((a, i) => {
      const b = q[(i + 1) % 4]!;
      return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) >= 0;
    });
  let seed = 7;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const noise = ((seed >>> 16) % 13) - 6;
      const line = Math.abs(y - 300 - 0.4 * (x - 300)) < 2 && x > 300 && x < 900;
      const grain = 0.85 + 0.15 * Math.sin(y * 0.09 + Math.sin(x * 0.013) * 3);
      const [r, g, b] = inside(x, y) ? (line ? [60, 60, 66] : [240 - x * 0.02, 234 - x * 0.02, 222 - x * 0.02]) : [112 * grain, 88 * grain, 66 * grain];
      img.data.set([r + noise, g + noise, b + noise, 255], (y * W + x) * 4);
    }
  return img;
}

/** CPU time (this process) per run, median — steadier than wall time when the machine is busy. */
function cpuMs(fn: () => unknown, runs = 5): Figure {
  // Three warm-up runs: the first decodes shapes and lets the JIT settle.
  for (let i = 0; i < 3; i++) fn();
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
const THINGS = 'a woman walking her dog to a house under the sun, with flowers';

/** A workshop-like sketch at any size: a wavy ground line, a sun, a path and a stick figure. */
function benchSketch(W: number, H: number): RgbaImage {
  const img = createRgba(W, H);
  const t = Math.max(1, Math.round(W / 256));
  const dot = (x: number, y: number): void => {
    for (let dy = -t; dy <= t; dy++)
      for (let dx = -t; dx <= t; dx++) {
        const X = Math.round(x) + dx;
        const Y = Math.round(y) + dy;
        if (X >= 0 && Y >= 0 && X < W && Y < H) img.data.fill(30, (Y * W + X) * 4, (Y * W + X) * 4 + 3);
      }
  };
  for (let x = 0; x < W; x++) dot(x, H * 0.6 + Math.sin(x / (W / 12)) * H * 0.015);
  for (let a = 0; a < 6.3; a += 0.5 / W) dot(W * 0.78 + Math.cos(a) * W * 0.07, H * 0.2 + Math.sin(a) * W * 0.07);
  for (let y = H * 0.6; y < H; y++) {
    const k = (y - H * 0.6) / (H * 0.4);
    dot(W * 0.47 - k * W * 0.17, y);
    dot(W * 0.53 + k * W * 0.17, y);
  }
  for (let a = 0; a < 6.3; a += 0.5 / W) dot(W * 0.2 + Math.cos(a) * W * 0.025, H * 0.55 + Math.sin(a) * W * 0.025);
  for (let y = H * 0.55 + W * 0.03; y < H * 0.8; y++) dot(W * 0.2, y);
  return img;
}

export default async function artBench() {
  const gen =
    (size: number, style = 'watercolour') =>
    () =>
      generateImage({ prompt: PROMPT, seed: 1, width: size, height: size, style });
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
  const sketches = new Map([256, 512, 1024].map((n) => [n, benchSketch(n, n)]));
  const withSketch = (size: number) => () => generateImage({ prompt: THINGS, seed: 1, width: size, height: size, sketch: sketches.get(size) });
  // The first figure is taken in a fresh process (3 warm-up runs: the JIT is still optimising);
  // the second after the warm-up renders the studio's preview worker does when it starts.
  const previewCold = cpuMs(withSketch(256), 9);
  for (let i = 0; i < WARMUP_RENDERS; i++) warmupRender(i);
  const figures: Record<string, Figure | number> = {
    'shapes in the library': SHAPE_COUNT,
    'words for shapes (en, es, de)': SHAPE_WORD_COUNT,
    'sketch+things 256 (preview) cpu': previewCold,
    'sketch+things 256 (preview, warmed worker) cpu': cpuMs(withSketch(256), 9),
    'sketch+things 512 cpu': cpuMs(withSketch(512), 7),
    'sketch+things 1024 cpu': cpuMs(withSketch(1024), 5),
    'sketch+things 256 (preview)': await timeMs(withSketch(256), 9),
    'sketch+things 512': await timeMs(withSketch(512), 7),
    'sketch+things 1024': await timeMs(withSketch(1024), 5),
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
  const sheetPhoto = tablePhoto();
  if (!straightenPaper(sheetPhoto).result) throw new Error('bench: the sheet in the table photo was not found');
  // Find the sheet, warp it to a rectangle and even its light (the studio's and CLI's photo path).
  figures['photo straighten 1280×960 cpu'] = cpuMs(() => straightenPaper(sheetPhoto), 7);
  for (const s of STYLES) figures[`generate 512 ${s.id}`] = await timeMs(gen(512, s.id), 3);
  return { figures };
}
