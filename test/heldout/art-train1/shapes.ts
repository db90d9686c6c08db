/**
 * What the first training sketch set draws beyond ../art3/draw.ts and ../art4/shapes.ts: frames in
 * units of the shorter side, people placed by their feet and height in more poses (holding hands,
 * sitting, pulling, dancing, pushing, holding a baby, cross-legged), and the things clients draw round
 * them (heart, star, window, door, sofa, table, boat, cats, a lying dog, fish, a flower, an elephant,
 * someone asleep under a blanket). Everything goes through art3's frames and strokes, so the hand
 * model is the first set's.
 */
import type { StrokeOptions } from '../art/hand.ts';
import type { Canvas, Frame, Pose, U } from '../art3/draw.ts';
import { STAND, figure, frame, line, loop, oval, shape, smooth } from '../art3/draw.ts';

/** Holding hands on both sides. */
export const HOLD_BOTH: Pose = { ...STAND, arms: [[[-0.17, -0.62], [-0.3, -0.5]], [[0.17, -0.62], [0.3, -0.5]]] };
/** Holding a hand on the right (the left arm hangs). */
export const HOLD_RIGHT: Pose = { ...STAND, arms: [STAND.arms[0], [[0.17, -0.62], [0.3, -0.5]]] };
/** Sitting seen from the side, facing right: thighs forward, shins down, hands on the knees. */
export const SIT: Pose = {
  head: [0, -0.92], neck: [0, -0.82], hip: [0, -0.45],
  arms: [[[0.06, -0.62], [0.2, -0.5]], [[0.08, -0.63], [0.22, -0.52]]],
  legs: [[[0.25, -0.45], [0.26, 0]], [[0.28, -0.46], [0.3, 0]]],
};
/** Sitting on a seat, seen from the side facing right, the feet hanging short of the floor. */
export const ON_SEAT: Pose = { ...SIT, legs: [[[0.25, -0.45], [0.26, -0.12]], [[0.28, -0.46], [0.3, -0.12]]] };
/** Leaning back, both arms forward (to the right), pulling at something. */
export const PULL: Pose = {
  head: [-0.1, -0.87], neck: [-0.08, -0.77], hip: [0, -0.44],
  arms: [[[0.1, -0.66], [0.27, -0.62]], [[0.12, -0.62], [0.28, -0.58]]],
  legs: [[[-0.02, -0.22], [-0.14, 0]], [[0.07, -0.22], [0.14, 0]]],
};
/** Dancing: one arm up, one out to the right. */
export const DANCE: Pose = {
  head: [0.02, -0.9], neck: [0.01, -0.8], hip: [0, -0.44],
  arms: [[[-0.16, -0.78], [-0.22, -0.95]], [[0.16, -0.7], [0.3, -0.72]]],
  legs: [[[-0.08, -0.22], [-0.16, 0]], [[0.08, -0.2], [0.1, 0]]],
};
/** Walking to the right pushing something with both hands at waist height. */
export const PUSH: Pose = {
  head: [0.05, -0.9], neck: [0.04, -0.8], hip: [0, -0.44],
  arms: [[[0.14, -0.62], [0.3, -0.56]], [[0.16, -0.6], [0.31, -0.53]]],
  legs: [[[-0.08, -0.22], [-0.18, 0]], [[0.08, -0.22], [0.14, 0]]],
};
/** A child reaching up to hold hands on both sides. */
export const HOLD_UP: Pose = { ...STAND, arms: [[[-0.17, -0.72], [-0.3, -0.85]], [[0.17, -0.72], [0.3, -0.85]]] };
/** Sitting cross-legged on the floor, seen from the front. */
export const CROSS_LEGGED: Pose = {
  head: [0, -0.62], neck: [0, -0.52], hip: [0, -0.2],
  arms: [[[-0.14, -0.35], [-0.18, -0.2]], [[0.14, -0.35], [0.18, -0.2]]],
  legs: [[[-0.2, -0.06], [0.06, 0]], [[0.2, -0.06], [-0.06, 0]]],
};
/** Both arms bent in front, holding something (a baby, a book) against the chest. */
export const CRADLE: Pose = { ...STAND, arms: [[[-0.12, -0.56], [0.08, -0.52]], [[0.13, -0.62], [0.16, -0.5]]] };
/** Arms hanging a little away from the body, head bowed slightly. */
export const ALONE: Pose = { ...STAND, head: [0.02, -0.88], arms: [[[-0.1, -0.6], [-0.12, -0.46]], [[0.1, -0.6], [0.12, -0.46]]] };

type FigureOptions = Parameters<typeof figure>[3];

/** A frame with its origin at (x, y) in units of the shorter side (as `frame(c, 0, 0, 1)` counts), one unit = `size` × the shorter side. */
export function uf(c: Canvas, x: number, y: number, size: number, o: { rot?: number; flip?: boolean } = {}): Frame {
  const k = Math.min(c.W, c.H);
  return frame(c, (x * k) / c.W, (y * k) / c.H, size, o);
}

/** A stick figure with its feet at (x, y) in units of the shorter side, `h` units tall; `flip` turns it to face left. */
export function person(c: Canvas, x: number, y: number, h: number, pose: Pose, o: FigureOptions & { flip?: boolean; rot?: number } = {}): void {
  figure(c, uf(c, x, y, h, { flip: o.flip, rot: o.rot }), pose, o);
}

/** A heart centred at (cx, cy), `s` units wide. */
export function heart(c: Canvas, f: Frame, cx: number, cy: number, s: number, o: StrokeOptions = {}): void {
  const p = (x: number, y: number): U => [cx + x * s, cy + y * s];
  loop(c, f, [p(0, -0.22), p(0.2, -0.45), p(0.48, -0.3), p(0.38, 0.05), p(0, 0.45), p(-0.38, 0.05), p(-0.48, -0.3), p(-0.2, -0.45)], o);
}

/** A five-pointed star centred at (cx, cy) with outer radius r. */
export function star(c: Canvas, f: Frame, cx: number, cy: number, r: number, o: StrokeOptions = {}): void {
  const pts: U[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.42;
    pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
  }
  shape(c, f, pts, o);
}

/** A rectangle from (x, y) to (x + w, y + h). */
export function rect(c: Canvas, f: Frame, x: number, y: number, w: number, h: number, o: StrokeOptions = {}): void {
  shape(c, f, [[x, y], [x + w, y], [x + w, y + h], [x, y + h]], o);
}

/** A window: a frame with a cross of bars. */
export function windowPane(c: Canvas, f: Frame, x: number, y: number, w: number, h: number, o: StrokeOptions = {}): void {
  rect(c, f, x, y, w, h, o);
  line(c, f, [[x + w / 2, y], [x + w / 2, y + h]], { pace: 0.8, ...o });
  line(c, f, [[x, y + h / 2], [x + w, y + h / 2]], { pace: 0.8, ...o });
}

/** A door standing on (x, y + h), with a knob. */
export function door(c: Canvas, f: Frame, x: number, y: number, w: number, h: number, o: StrokeOptions = {}): void {
  line(c, f, [[x, y + h], [x, y], [x + w, y], [x + w, y + h]], o);
  oval(c, f, x + w * 0.78, y + h * 0.55, w * 0.07, w * 0.07, { pace: 0.5, ...o });
}

/** A sofa seen from the front, its feet on y = `y`, `w` wide. */
export function sofa(c: Canvas, f: Frame, x: number, y: number, w: number, h: number, o: StrokeOptions = {}): void {
  shape(c, f, [[x + w * 0.08, y - h * 0.45], [x + w * 0.08, y - h], [x + w * 0.92, y - h], [x + w * 0.92, y - h * 0.45]], o);
  shape(c, f, [[x, y - h * 0.1], [x, y - h * 0.6], [x + w * 0.1, y - h * 0.6], [x + w * 0.1, y - h * 0.1]], o);
  shape(c, f, [[x + w * 0.9, y - h * 0.1], [x + w * 0.9, y - h * 0.6], [x + w, y - h * 0.6], [x + w, y - h * 0.1]], o);
  line(c, f, [[x + w * 0.1, y - h * 0.38], [x + w * 0.9, y - h * 0.38]], o);
  line(c, f, [[x + w * 0.1, y - h * 0.1], [x + w * 0.9, y - h * 0.1]], o);
  for (const fx of [0.05, 0.95]) line(c, f, [[x + w * fx, y - h * 0.1], [x + w * fx, y]], { pace: 0.6, ...o });
}

/** A table seen from the side: a top from x to x + w at height y - h, two legs to y. */
export function table(c: Canvas, f: Frame, x: number, y: number, w: number, h: number, o: StrokeOptions = {}): void {
  shape(c, f, [[x, y - h], [x + w, y - h], [x + w, y - h * 0.92], [x, y - h * 0.92]], o);
  line(c, f, [[x + w * 0.08, y - h * 0.92], [x + w * 0.08, y]], o);
  line(c, f, [[x + w * 0.92, y - h * 0.92], [x + w * 0.92, y]], o);
}

/** A cat lying curled, facing right, its belly on y = 0, one unit long. */
export function lyingCat(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  smooth(c, f, [[0.22, -0.05], [0, 0], [-0.3, -0.02], [-0.42, -0.18], [-0.3, -0.36], [0, -0.4], [0.22, -0.32]], o);
  oval(c, f, 0.33, -0.26, 0.15, 0.13, o);
  line(c, f, [[0.22, -0.35], [0.24, -0.48], [0.32, -0.39]], o);
  line(c, f, [[0.36, -0.39], [0.44, -0.48], [0.46, -0.33]], o);
  smooth(c, f, [[-0.4, -0.08], [-0.46, 0.04], [-0.2, 0.06], [0.1, 0.04]], o);
  smooth(c, f, [[0.26, -0.26], [0.3, -0.24], [0.33, -0.26]], { pace: 0.4, ...o });
  smooth(c, f, [[0.37, -0.26], [0.41, -0.24], [0.44, -0.26]], { pace: 0.4, ...o });
}

/** A fish facing right centred at (0, 0), one unit long. */
export function fish(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  loop(c, f, [[0.3, 0], [0.1, -0.18], [-0.15, -0.16], [-0.28, 0], [-0.15, 0.15], [0.1, 0.17]], o);
  shape(c, f, [[-0.28, 0], [-0.48, -0.16], [-0.46, 0.15]], o);
  line(c, f, [[0.17, -0.05], [0.18, -0.045]], { pace: 0.3, ...o });
}

/** A flower: a stem from (0, 0) up `h` units, five petals round a centre, a leaf. */
export function flower(c: Canvas, f: Frame, h: number, o: StrokeOptions = {}): void {
  smooth(c, f, [[0, 0], [0.02, -h * 0.5], [0, -h]], o);
  const r = h * 0.12;
  oval(c, f, 0, -h - r * 1.1, r * 0.6, r * 0.6, o);
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * 2 * Math.PI - Math.PI / 2;
    oval(c, f, Math.cos(a) * r * 1.5, -h - r * 1.1 + Math.sin(a) * r * 1.5, r * 0.75, r * 0.5, { ...o, turn: a });
  }
  loop(c, f, [[0.01, -h * 0.35], [0.12, -h * 0.45], [0.2, -h * 0.42], [0.1, -h * 0.34]], o);
}

/** A boat seen from the side: a hull from x0 to x1 with its deck at y, `d` deep. */
export function boat(c: Canvas, f: Frame, x0: number, x1: number, y: number, d: number, o: StrokeOptions = {}): void {
  shape(c, f, [[x0, y], [x1, y], [x1 - d * 0.8, y + d], [x0 + d * 0.8, y + d]], o);
}

/** A cat sitting, seen from the side facing right, its feet on y = 0, one unit tall. */
export function sittingCat(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  loop(c, f, [[0.05, -0.62], [0.22, -0.45], [0.26, -0.1], [0.2, 0], [-0.22, 0], [-0.26, -0.2], [-0.12, -0.5]], o);
  oval(c, f, 0.1, -0.76, 0.17, 0.15, o);
  line(c, f, [[-0.03, -0.85], [-0.02, -1.0], [0.08, -0.9]], o);
  line(c, f, [[0.13, -0.91], [0.23, -1.0], [0.25, -0.84]], o);
  smooth(c, f, [[-0.22, -0.04], [-0.42, -0.1], [-0.48, -0.3], [-0.4, -0.45]], o);
  for (const x of [0.04, 0.16]) line(c, f, [[x, -0.79], [x + 0.01, -0.78]], { pace: 0.3, ...o });
  for (const s of [-1, 1]) line(c, f, [[0.2, -0.72], [0.36, -0.72 + s * 0.05]], { pace: 0.5, ...o });
}

/** A dog lying asleep, facing right, its belly on y = 0, one unit long. */
export function lyingDog(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  smooth(c, f, [[0.2, -0.02], [-0.1, 0], [-0.38, -0.04], [-0.42, -0.2], [-0.25, -0.32], [0.05, -0.32], [0.22, -0.26]], o);
  oval(c, f, 0.33, -0.22, 0.14, 0.11, o);
  loop(c, f, [[0.26, -0.31], [0.2, -0.22], [0.22, -0.08], [0.28, -0.14]], o);
  loop(c, f, [[0.44, -0.22], [0.56, -0.2], [0.56, -0.12], [0.44, -0.13]], o);
  line(c, f, [[0.55, -0.19], [0.56, -0.18]], { pace: 0.3, ...o });
  smooth(c, f, [[0.33, -0.24], [0.36, -0.22], [0.39, -0.24]], { pace: 0.4, ...o });
  smooth(c, f, [[-0.4, -0.1], [-0.52, -0.06], [-0.58, 0]], o);
  line(c, f, [[0.05, -0.02], [0.3, -0.03]], o);
}

/** Someone lying in bed under a blanket: a head on the pillow at (x, y), the blanket a hump `w` long to the right. */
export function lyingUnderBlanket(c: Canvas, f: Frame, x: number, y: number, w: number, r: number, o: StrokeOptions = {}): void {
  oval(c, f, x, y, r, r * 1.05, o);
  line(c, f, [[x - r * 0.35, y - r * 0.1], [x - r * 0.3, y - r * 0.05]], { pace: 0.3, ...o });
  line(c, f, [[x + r * 0.35, y - r * 0.1], [x + r * 0.4, y - r * 0.05]], { pace: 0.3, ...o });
  smooth(c, f, [[x - r * 0.3, y + r * 0.4], [x, y + r * 0.55], [x + r * 0.3, y + r * 0.4]], { pace: 0.4, ...o });
  smooth(c, f, [[x + r * 1.1, y + r * 1.3], [x + r * 1.3, y + r * 0.4], [x + w * 0.5, y - r * 0.2], [x + w, y + r * 0.5], [x + w, y + r * 1.3]], o);
  line(c, f, [[x + r * 1.3, y + r * 0.6], [x + w * 0.9, y + r * 0.6]], { pace: 0.8, ...o });
}

/** An elephant seen from the side facing right, its feet on y = 0, one unit long. */
export function elephant(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  smooth(c, f, [[0.32, -0.18], [0.38, -0.45], [0.22, -0.62], [-0.1, -0.66], [-0.36, -0.58], [-0.44, -0.36], [-0.4, -0.18]], o);
  oval(c, f, 0.38, -0.56, 0.16, 0.15, o);
  loop(c, f, [[0.32, -0.66], [0.2, -0.64], [0.16, -0.46], [0.26, -0.38], [0.34, -0.44]], o);
  smooth(c, f, [[0.52, -0.55], [0.58, -0.4], [0.6, -0.24], [0.66, -0.16], [0.62, -0.14], [0.54, -0.24], [0.46, -0.44]], o);
  line(c, f, [[0.41, -0.6], [0.42, -0.59]], { pace: 0.3, ...o });
  for (const [x0, x1] of [[-0.4, -0.28], [-0.2, -0.08], [0.08, 0.2], [0.22, 0.32]] as const) {
    line(c, f, [[x0, -0.22], [x0, 0], [x1, 0], [x1, -0.2]], o);
  }
  smooth(c, f, [[-0.43, -0.45], [-0.5, -0.32], [-0.52, -0.24]], { pace: 0.7, ...o });
}
