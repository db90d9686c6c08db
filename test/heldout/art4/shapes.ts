/**
 * What the fourth held-out set draws beyond ../art3/draw.ts: more poses (pointing, kicking, arms
 * crossed, sitting on someone's shoulders) and shapes clients draw (a sun with rays,
 * a spiral, a teardrop, a hand, a sheep, a little house, a bird on a wire). Everything goes through
 * art3's frames and strokes, so the hand model is the first set's.
 */
import type { StrokeOptions } from '../art/hand.ts';
import type { Canvas, Frame, Pose, U } from '../art3/draw.ts';
import { STAND, line, loop, oval, shape, smooth } from '../art3/draw.ts';

/** One arm stretched out to the right, pointing. */
export const POINT: Pose = { ...STAND, arms: [STAND.arms[0], [[0.2, -0.72], [0.38, -0.8]]] };
/** Standing on the left leg, the right foot kicking forward, arms out for balance. */
export const KICK: Pose = {
  ...STAND, hip: [0, -0.45],
  arms: [[[-0.18, -0.62], [-0.3, -0.55]], [[0.16, -0.66], [0.28, -0.72]]],
  legs: [[[-0.05, -0.22], [-0.08, 0]], [[0.14, -0.27], [0.3, -0.16]]],
};
/** Arms folded across the chest. */
export const ARMS_CROSSED: Pose = { ...STAND, arms: [[[0.1, -0.64], [-0.09, -0.6]], [[-0.1, -0.6], [0.09, -0.64]]] };
/** Sitting astride someone's shoulders: hips at (0, 0), legs hanging down in front, one arm up. */
export const ON_SHOULDERS: Pose = {
  head: [0, -0.5], neck: [0, -0.4], hip: [0, 0],
  arms: [[[-0.14, -0.22], [-0.12, -0.06]], [[0.16, -0.44], [0.22, -0.62]]],
  legs: [[[-0.16, 0.08], [-0.13, 0.32]], [[0.16, 0.08], [0.13, 0.32]]],
};

/** A sun: a circle of radius `r` at (cx, cy) with `rays` short lines round it. */
export function sun(c: Canvas, f: Frame, cx: number, cy: number, r: number, rays = 8, o: StrokeOptions = {}): void {
  oval(c, f, cx, cy, r, r, o);
  for (let i = 0; i < rays; i++) {
    const a = (i / rays) * 2 * Math.PI + 0.3;
    line(c, f, [[cx + Math.cos(a) * r * 1.3, cy + Math.sin(a) * r * 1.3], [cx + Math.cos(a) * r * 1.75, cy + Math.sin(a) * r * 1.75]], { pace: 0.8, ...o });
  }
}

/** A spiral drawn outwards from (cx, cy) to radius `r` in `turns` turns. */
export function spiral(c: Canvas, f: Frame, cx: number, cy: number, r: number, turns = 2.5, o: StrokeOptions = {}): void {
  const n = Math.round(turns * 12);
  const pts: U[] = Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n;
    const a = t * turns * 2 * Math.PI;
    return [cx + Math.cos(a) * r * (0.08 + 0.92 * t), cy + Math.sin(a) * r * (0.08 + 0.92 * t)];
  });
  smooth(c, f, pts, o);
}

/** A teardrop (a raindrop, a tear) with its point up, `h` units tall, its bottom at (cx, cy). */
export function drop(c: Canvas, f: Frame, cx: number, cy: number, h: number, o: StrokeOptions = {}): void {
  const w = h * 0.32;
  loop(c, f, [[cx, cy - h], [cx + w * 0.6, cy - h * 0.45], [cx + w, cy - h * 0.18], [cx, cy], [cx - w, cy - h * 0.18], [cx - w * 0.6, cy - h * 0.45]], o);
}

/** A hand seen flat, fingers up (towards -y), the wrist at (0, 0.45), with the forearm running `arm` units further down. */
export function hand(c: Canvas, f: Frame, arm = 0.5, o: StrokeOptions = {}): void {
  const fingers: [number, number, number][] = [[-0.14, 0.34, 0.085], [-0.045, 0.4, 0.09], [0.05, 0.37, 0.085], [0.14, 0.27, 0.075]];
  const pts: U[] = [[0.2, 0.45], [-0.2, 0.45], [-0.22, 0.22], [-0.38, 0.02], [-0.36, -0.04], [-0.3, -0.02], [-0.19, 0.08]];
  for (const [x, len, w] of fingers) {
    const top = -0.05 - len;
    pts.push([x - w / 2, -0.04], [x - w / 2, top + w * 0.4], [x, top], [x + w / 2, top + w * 0.4], [x + w / 2, -0.04]);
  }
  pts.push([0.2, 0.1]);
  shape(c, f, pts, o);
  line(c, f, [[-0.2, 0.45], [-0.21, 0.45 + arm]], o);
  line(c, f, [[0.2, 0.45], [0.21, 0.45 + arm]], o);
  line(c, f, [[-0.22, 0.5], [0.22, 0.5]], { ...o, pace: 0.8 });
}

/** A woolly sheep facing right, one unit long, feet on y = 0. */
export function sheep(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  const pts: U[] = [];
  const n = 12;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const rr = i % 2 === 0 ? 1 : 0.84;
    pts.push([Math.cos(a) * 0.4 * rr, -0.42 + Math.sin(a) * 0.22 * rr]);
  }
  loop(c, f, pts, o);
  oval(c, f, 0.46, -0.5, 0.09, 0.07, o);
  line(c, f, [[0.42, -0.57], [0.36, -0.64]], { ...o, pace: 0.6 });
  for (const x of [-0.25, -0.12, 0.12, 0.25]) line(c, f, [[x, -0.24], [x, 0]], { overshoot: 2, ...o });
}

/** A small house: a square from (x, y - s) to (x + s, y) with a roof and a door. */
export function house(c: Canvas, f: Frame, x: number, y: number, s: number, o: StrokeOptions = {}): void {
  shape(c, f, [[x, y], [x, y - s], [x + s, y - s], [x + s, y]], o);
  line(c, f, [[x - s * 0.1, y - s], [x + s / 2, y - s * 1.6], [x + s * 1.1, y - s]], o);
  line(c, f, [[x + s * 0.4, y], [x + s * 0.4, y - s * 0.45], [x + s * 0.62, y - s * 0.45], [x + s * 0.62, y]], { ...o, pace: 0.8 });
}

/** A small bird sitting, facing right, its feet at (0, 0), one unit long. */
export function sittingBird(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  oval(c, f, 0, -0.38, 0.38, 0.26, o);
  oval(c, f, 0.36, -0.7, 0.17, 0.16, o);
  shape(c, f, [[0.52, -0.74], [0.7, -0.68], [0.52, -0.64]], o);
  line(c, f, [[0.4, -0.74], [0.41, -0.73]], { ...o, pace: 0.3 });
  line(c, f, [[-0.36, -0.44], [-0.6, -0.62]], o);
  smooth(c, f, [[-0.18, -0.42], [0, -0.3], [0.16, -0.4]], { ...o, pace: 0.8 });
  for (const x of [-0.06, 0.08]) line(c, f, [[x, -0.13], [x, 0]], { ...o, pace: 0.6 });
}
