/**
 * What the fifth held-out set draws beyond ../art3/draw.ts and ../art4/shapes.ts: more poses
 * (a hand up in class, jumping with arms up, skipping, sitting side-on, lying down is a turned
 * frame) and shapes clients draw (a palm, a five-pointed star, a music note, a penguin, a
 * snowflake, a cup, a pencil, an arrow sign, a strawberry). Everything goes through art3's frames
 * and strokes, so the hand model is the first set's.
 */
import type { StrokeOptions } from '../art/hand.ts';
import type { Canvas, Frame, Pose, U } from '../art3/draw.ts';
import { STAND, line, loop, oval, shape, smooth } from '../art3/draw.ts';

/** One arm straight up (a hand raised in class), the other down. */
export const HAND_UP: Pose = { ...STAND, arms: [STAND.arms[0], [[0.14, -0.92], [0.16, -1.1]]] };
/** In the air: both arms up and out, knees bent. */
export const JUMP: Pose = {
  ...STAND,
  arms: [[[-0.17, -0.9], [-0.27, -1.04]], [[0.17, -0.9], [0.27, -1.04]]],
  legs: [[[-0.09, -0.22], [-0.17, -0.04]], [[0.09, -0.22], [0.17, -0.04]]],
};
/** Skipping: hands low and out (holding a rope's ends), feet together off the ground. */
export const SKIP: Pose = {
  ...STAND,
  arms: [[[-0.15, -0.6], [-0.26, -0.48]], [[0.15, -0.6], [0.26, -0.48]]],
  legs: [[[-0.06, -0.22], [-0.08, -0.02]], [[0.06, -0.22], [0.08, 0]]],
};
/** Sitting seen from the side, facing right: hips at (0, 0), knees forward, shins down, hands forward. */
export const SIT_SIDE: Pose = {
  head: [0.02, -0.58], neck: [0.01, -0.48], hip: [0, 0],
  arms: [[[0.1, -0.32], [0.22, -0.26]], [[0.12, -0.3], [0.24, -0.22]]],
  legs: [[[0.22, 0], [0.24, 0.24]], [[0.2, 0.01], [0.26, 0.24]]],
};
/** Sitting seen from the front (on a chair): hips at (0, 0), shins down to y = 0.3, hands on the lap. */
export const SIT_FRONT: Pose = {
  head: [0, -0.52], neck: [0, -0.42], hip: [0, 0],
  arms: [[[-0.15, -0.22], [-0.08, -0.04]], [[0.15, -0.22], [0.08, -0.04]]],
  legs: [[[-0.12, 0.02], [-0.13, 0.3]], [[0.12, 0.02], [0.13, 0.3]]],
};

/** A palm tree: a leaning trunk from (0, 0) up to height 1, fronds hanging from the top. */
export function palm(c: Canvas, f: Frame, lean: number, o: StrokeOptions = {}): void {
  smooth(c, f, [[-0.05, 0], [-0.04 + lean * 0.35, -0.5], [lean - 0.025, -1]], o);
  smooth(c, f, [[0.05, 0], [0.04 + lean * 0.35, -0.5], [lean + 0.025, -1]], o);
  for (const h of [0.2, 0.4, 0.6, 0.8]) {
    const x = lean * h * h * 0.9;
    line(c, f, [[x - 0.04, -h + 0.02], [x + 0.04, -h - 0.01]], { ...o, pace: 0.6 });
  }
  const top: U = [lean, -1.02];
  for (const [tx, ty] of [[-0.5, 0.24], [-0.44, -0.14], [0.02, -0.3], [0.44, -0.14], [0.5, 0.24]] as const) {
    const [mx, my] = [top[0] + tx / 2, top[1] + ty / 2];
    const sg = tx < 0 ? -1 : 1;
    const d = Math.hypot(tx, ty);
    const [nx, ny] = [(sg * ty) / d, (-sg * tx) / d];
    loop(c, f, [top, [mx + nx * 0.12, my + ny * 0.12], [top[0] + tx, top[1] + ty], [mx + nx * 0.03, my + ny * 0.03]], o);
  }
}

/** The outline of a five-pointed star of radius `r` at (cx, cy). */
export function starPoints(cx: number, cy: number, r: number): U[] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = (i / 10) * 2 * Math.PI - Math.PI / 2;
    const rr = i % 2 === 0 ? r : r * 0.42;
    return [cx + Math.cos(a) * rr, cy + Math.sin(a) * rr] as U;
  });
}

/** A five-pointed star of radius `r` at (cx, cy). */
export function star(c: Canvas, f: Frame, cx: number, cy: number, r: number, o: StrokeOptions = {}): void {
  shape(c, f, starPoints(cx, cy, r), o);
}

/** A quaver: a slanted note head at (x, y), a stem `h` units up and a flag. */
export function note(c: Canvas, f: Frame, x: number, y: number, h: number, o: StrokeOptions = {}): void {
  const r = h * 0.2;
  oval(c, f, x, y, r * 1.25, r * 0.85, { ...o, turn: -0.4 });
  oval(c, f, x, y, r * 0.6, r * 0.35, { ...o, pace: 0.5, turn: -0.4 });
  line(c, f, [[x + r * 1.15, y - r * 0.2], [x + r * 1.15, y - h]], o);
  smooth(c, f, [[x + r * 1.15, y - h], [x + r * 2.2, y - h * 0.75], [x + r * 2.4, y - h * 0.5]], { ...o, pace: 0.7 });
}

/** A penguin facing the viewer, one unit tall, feet at (0, 0). */
export function penguin(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  loop(c, f, [[0, -1], [0.16, -0.92], [0.2, -0.7], [0.27, -0.35], [0.24, -0.08], [0, 0], [-0.24, -0.08], [-0.27, -0.35], [-0.2, -0.7], [-0.16, -0.92]], o);
  loop(c, f, [[0, -0.74], [0.13, -0.6], [0.17, -0.3], [0.12, -0.08], [0, -0.04], [-0.12, -0.08], [-0.17, -0.3], [-0.13, -0.6]], { ...o, pace: 0.9 });
  for (const x of [-0.07, 0.07]) oval(c, f, x, -0.84, 0.022, 0.022, { ...o, pace: 0.4 });
  shape(c, f, [[-0.05, -0.78], [0.05, -0.78], [0, -0.7]], { ...o, pace: 0.6 });
  smooth(c, f, [[-0.22, -0.62], [-0.36, -0.42], [-0.33, -0.3], [-0.25, -0.36]], o);
  smooth(c, f, [[0.22, -0.62], [0.36, -0.42], [0.33, -0.3], [0.25, -0.36]], o);
  for (const s of [-1, 1]) shape(c, f, [[s * 0.04, -0.02], [s * 0.2, 0.02], [s * 0.16, -0.05]], { ...o, pace: 0.6 });
}

/** A snowflake: three crossing lines with small ticks at their ends, radius `r`. */
export function snowflake(c: Canvas, f: Frame, cx: number, cy: number, r: number, o: StrokeOptions = {}): void {
  for (let i = 0; i < 3; i++) {
    const a = (i / 3) * Math.PI + 0.2;
    const [dx, dy] = [Math.cos(a) * r, Math.sin(a) * r];
    line(c, f, [[cx - dx, cy - dy], [cx + dx, cy + dy]], { ...o, pace: 0.7 });
  }
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * 2 * Math.PI + 0.2;
    const [ex, ey] = [cx + Math.cos(a) * r * 0.7, cy + Math.sin(a) * r * 0.7];
    line(c, f, [[ex + Math.cos(a + 2.2) * r * 0.25, ey + Math.sin(a + 2.2) * r * 0.25], [ex, ey], [ex + Math.cos(a - 2.2) * r * 0.25,
      ey + Math.sin(a - 2.2) * r * 0.25]], { ...o, pace: 0.5 });
  }
}

/** A cup on a saucer seen from the side, `w` units wide, standing at (cx, y). */
export function cup(c: Canvas, f: Frame, cx: number, y: number, w: number, o: StrokeOptions = {}): void {
  const h = w * 0.75;
  oval(c, f, cx, y - h, w / 2, w * 0.12, o);
  smooth(c, f, [[cx - w / 2, y - h], [cx - w * 0.44, y - h * 0.3], [cx - w * 0.25, y - w * 0.02], [cx + w * 0.25, y - w * 0.02], [cx + w * 0.44,
    y - h * 0.3], [cx + w / 2, y - h]], o);
  smooth(c, f, [[cx + w * 0.47, y - h * 0.8], [cx + w * 0.72, y - h * 0.72], [cx + w * 0.7, y - h * 0.38], [cx + w * 0.4, y - h * 0.3]], o);
  smooth(c, f, [[cx - w * 0.7, y - w * 0.05], [cx - w * 0.5, y + w * 0.04], [cx + w * 0.5, y + w * 0.04], [cx + w * 0.7, y - w * 0.05]], o);
}

/** A pencil from (0, 0) (its blunt end, with an eraser) to (1, 0) (the tip), `w` units thick. */
export function pencil(c: Canvas, f: Frame, w = 0.09, o: StrokeOptions = {}): void {
  shape(c, f, [[0, -w / 2], [0.8, -w / 2], [1, 0], [0.8, w / 2], [0, w / 2]], o);
  line(c, f, [[0.12, -w / 2], [0.12, w / 2]], { ...o, pace: 0.6 });
  line(c, f, [[0.8, -w / 2], [0.8, w / 2]], { ...o, pace: 0.6 });
  line(c, f, [[0.93, -w * 0.16], [0.93, w * 0.16]], { ...o, pace: 0.4 });
  line(c, f, [[0.14, 0], [0.78, 0]], { ...o, pace: 1.3 });
}

/** An arrow-shaped sign board from x = 0 to x = len (pointing to +x), `h` units high, centred on y = 0. */
export function arrowSign(c: Canvas, f: Frame, len: number, h: number, o: StrokeOptions = {}): void {
  shape(c, f, [[0, -h / 2], [len - h * 0.6, -h / 2], [len, 0], [len - h * 0.6, h / 2], [0, h / 2]], o);
  smooth(c, f, [[len * 0.15, 0], [len * 0.3, -h * 0.12], [len * 0.45, h * 0.1], [len * 0.6, -h * 0.08]], { ...o, pace: 0.6 });
}

/** The outline of a strawberry `s` units tall, hanging point down from (cx, cy). */
export function berryPoints(cx: number, cy: number, s: number): U[] {
  return [[cx - s * 0.45, cy], [cx - s * 0.25, cy - s * 0.08], [cx, cy - s * 0.02], [cx + s * 0.25, cy - s * 0.08], [cx + s * 0.45, cy],
    [cx + s * 0.38, cy + s * 0.45], [cx, cy + s * 0.92], [cx - s * 0.38, cy + s * 0.45]];
}

/** A strawberry: its outline, seeds and leaves on top. */
export function strawberry(c: Canvas, f: Frame, cx: number, cy: number, s: number, o: StrokeOptions = {}): void {
  loop(c, f, berryPoints(cx, cy, s), o);
  for (const [dx, dy] of [[-0.2, 0.2], [0.05, 0.18], [0.22, 0.3], [-0.08, 0.45], [0.1, 0.6]] as const) {
    line(c, f, [[cx + dx * s, cy + dy * s], [cx + dx * s + 0.006, cy + dy * s + 0.01]], { ...o, pace: 0.3 });
  }
  line(c, f, [[cx - s * 0.35, cy - s * 0.02], [cx - s * 0.15, cy - s * 0.2], [cx, cy - s * 0.06], [cx + s * 0.15, cy - s * 0.2], [cx + s * 0.35,
    cy - s * 0.02]], { ...o, pace: 0.7 });
  line(c, f, [[cx, cy - s * 0.1], [cx + s * 0.03, cy - s * 0.3]], { ...o, pace: 0.6 });
}
