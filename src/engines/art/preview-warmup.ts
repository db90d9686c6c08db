/**
 * Warming the live preview's worker: the first renders of a fresh process run before the JIT has
 * optimised the engine (measured at 256²: a median 50–68 CPU-ms over runs 4–12 of a new process,
 * 22–28 once warm), so the studio's preview worker renders a few small throwaway pictures — a
 * drawn ground line, a sun and a stick figure, with words naming a person and things — as soon as
 * it starts, one per task so a real request is never held up by more than one of them.
 */
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { generateImage } from './generate.ts';

/** How many warm-up renders the preview worker does (each 128×96, a few ms once warm). */
export const WARMUP_RENDERS = 12;

/** A small sketch like a client's first strokes: a ground line, a sun, a stick figure. */
function warmupSketch(W: number, H: number): RgbaImage {
  const img = createRgba(W, H);
  const dot = (x: number, y: number): void => {
    const X = Math.round(x);
    const Y = Math.round(y);
    if (X >= 0 && Y >= 0 && X < W && Y < H) img.data.fill(30, (Y * W + X) * 4, (Y * W + X) * 4 + 3);
  };
  for (let x = 0; x < W; x++) dot(x, H * 0.65 + Math.sin(x / 9) * 2);
  for (let a = 0; a < 6.3; a += 0.05) dot(W * 0.8 + Math.cos(a) * 8, H * 0.2 + Math.sin(a) * 8);
  for (let a = 0; a < 6.3; a += 0.1) dot(W * 0.25 + Math.cos(a) * 4, H * 0.45 + Math.sin(a) * 4);
  for (let y = H * 0.45 + 4; y < H * 0.65; y++) dot(W * 0.25, y);
  return img;
}

const PROMPTS = ['a woman walking her dog to a house under the sun, with flowers', 'un niño con un gato junto a un árbol', 'eine Frau sitzt auf einer Bank am See'];

/** Renders warm-up picture `i` (0-based) and returns nothing: call it WARMUP_RENDERS times. */
export function warmupRender(i: number): void {
  const sketch = i % 3 === 2 ? undefined : warmupSketch(128, 96);
  generateImage({ prompt: PROMPTS[i % PROMPTS.length]!, seed: i + 1, width: 128, height: 96, sketch });
}
