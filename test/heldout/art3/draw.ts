/**
 * What the third held-out set's sketches are drawn with: the canvas a sketch draws on, local
 * frames (a place, a size and a turn on the canvas), lines, loops and crayon fills through the
 * first set's hand model (../art/hand.ts), and stick figures in the poses clients draw people in.
 */
import type { Device, Hand, Pt, StrokeOptions } from '../art/hand.ts';
import { curve, ellipse, scribbleFill } from '../art/hand.ts';

/** What a sketch draws on: the hand, the canvas size, and `thing` to say which strokes make which drawn thing. */
export interface Canvas {
  readonly h: Hand;
  readonly W: number;
  readonly H: number;
  readonly pen: { readonly color: string; readonly size: number };
  /** Canvas pixels of a point given as fractions of the width and height. */
  p(fx: number, fy: number): Pt;
  /** Pixels of a length given as a fraction of the shorter side. */
  s(f: number): number;
  /** Everything `fn` draws is one drawn thing: `word` as the prompt names it (null: the prompt does not name it). */
  thing(word: string | null, label: string, fn: () => void): void;
}

export interface Sketch {
  readonly id: string;
  readonly kind: 'drawing' | 'coloured' | 'photo';
  /** Canvas (for photos: the paper) size in pixels. */
  readonly width: number;
  readonly height: number;
  readonly device: Device;
  readonly pen: { readonly color: string; readonly size: number };
  readonly language: 'en' | 'es' | 'de';
  readonly prompt: string;
  readonly notDrawn: readonly string[];
  readonly negated: readonly string[];
  readonly colours: readonly { readonly word: string; readonly of: string }[];
  /** Drawn horizon / ground line as a fraction of the canvas height, or null. */
  readonly horizon: number | null;
  readonly ground: number | null;
  readonly photo?: { readonly width: number; readonly height: number; readonly ink: string; readonly quality: number };
  draw(c: Canvas): void;
}

export type U = readonly [number, number];

/** A local frame: unit coordinates → canvas pixels. */
export interface Frame {
  readonly at: (x: number, y: number) => Pt;
  /** Pixels per unit. */
  readonly k: number;
  readonly rot: number;
}

/** A frame with its origin at (fx, fy) of the canvas, one unit = `size` × the shorter side, turned by `rot` radians, mirrored by `flip`. */
export function frame(c: Canvas, fx: number, fy: number, size: number, o: { rot?: number; flip?: boolean } = {}): Frame {
  const [ox, oy] = c.p(fx, fy);
  const k = c.s(size);
  const rot = o.rot ?? 0;
  const m = o.flip ? -1 : 1;
  const [cs, sn] = [Math.cos(rot), Math.sin(rot)];
  return { k, rot, at: (x, y) => [ox + (m * x * cs - y * sn) * k, oy + (m * x * sn + y * cs) * k] };
}

const mapped = (f: Frame, pts: readonly U[]): Pt[] => pts.map(([x, y]) => f.at(x, y));

/** A straight polyline through the points. */
export function line(c: Canvas, f: Frame, pts: readonly U[], o: StrokeOptions = {}): void {
  c.h.draw(mapped(f, pts), o);
}

/** A smooth open curve through the points. */
export function smooth(c: Canvas, f: Frame, pts: readonly U[], o: StrokeOptions = {}): void {
  c.h.draw(curve(mapped(f, pts), false, 8), o);
}

/** A smooth closed curve through the points, drawn in one go with a small gap or overlap where it meets. */
export function loop(c: Canvas, f: Frame, pts: readonly U[], o: StrokeOptions = {}): void {
  const path = curve(mapped(f, pts), true, 8);
  const cut = Math.floor(c.h.between(-3, 5));
  c.h.draw(cut >= 0 ? path.slice(0, path.length - cut) : [...path, ...path.slice(1, 1 - cut)], o);
}

/** A closed polygon with straight sides, ending a little past or short of its start. */
export function shape(c: Canvas, f: Frame, pts: readonly U[], o: StrokeOptions = {}): void {
  const m = mapped(f, pts);
  const [a, b] = [m[0]!, m[1]!];
  const t = c.h.between(-0.05, 0.12);
  c.h.draw([...m, [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]], o);
}

/** An ellipse in the frame (centre, radii in units), as a hand draws it. */
export function oval(c: Canvas, f: Frame, cx: number, cy: number, rx: number, ry: number, o: StrokeOptions & { turn?: number } = {}): void {
  c.h.draw(ellipse(f.at(cx, cy), rx * f.k, ry * f.k, c.h, { rot: f.rot + (o.turn ?? 0) }), o);
}

/** The outline points of an ellipse in unit coordinates (for fills). */
export function ring(cx: number, cy: number, rx: number, ry: number, n = 24): U[] {
  return Array.from({ length: n }, (_, i) => [cx + Math.cos((i / n) * 2 * Math.PI) * rx, cy + Math.sin((i / n) * 2 * Math.PI) * ry] as U);
}

/** A crayon scribble fill of a polygon given in unit coordinates. */
export function fill(c: Canvas, f: Frame, poly: readonly U[], color: string, o: { angle?: number; size?: number; opacity?: number } = {}): void {
  const size = o.size ?? Math.max(7, c.s(0.019));
  const angle = o.angle ?? c.h.between(-0.7, 0.7);
  c.h.pause(c.h.between(600, 1600));
  for (const path of scribbleFill(mapped(f, poly), size * 0.85, angle, c.h)) {
    c.h.draw(path, { tool: 'marker', color, size, opacity: o.opacity ?? 0.7, pace: 2.6, shaky: 0.4 });
  }
}

// ---- people --------------------------------------------------------------------------------------

/** Joints of a stick figure in its own units: height 1, feet on y = 0, up is negative y. */
export interface Pose {
  readonly head: U;
  readonly neck: U;
  readonly hip: U;
  readonly arms: readonly [readonly U[], readonly U[]];
  readonly legs: readonly [readonly U[], readonly U[]];
}

const R_HEAD = 0.09;

export const STAND: Pose = {
  head: [0, -0.9], neck: [0, -0.8], hip: [0, -0.44],
  arms: [[[-0.13, -0.6], [-0.17, -0.44]], [[0.13, -0.6], [0.17, -0.44]]],
  legs: [[[-0.06, -0.22], [-0.1, 0]], [[0.06, -0.22], [0.1, 0]]],
};
export const WAVE: Pose = { ...STAND, arms: [STAND.arms[0], [[0.17, -0.8], [0.22, -0.99]]] };
export const ARMS_OPEN: Pose = { ...STAND, arms: [[[-0.17, -0.8], [-0.32, -0.86]], [[0.17, -0.8], [0.32, -0.86]]] };
export const WALK: Pose = {
  head: [0.03, -0.9], neck: [0.02, -0.8], hip: [0, -0.44],
  arms: [[[-0.08, -0.61], [-0.15, -0.47]], [[0.11, -0.61], [0.2, -0.5]]],
  legs: [[[-0.08, -0.22], [-0.2, -0.01]], [[0.09, -0.23], [0.15, 0]]],
};
/** Seen from the front sitting low (on a step): knees up, elbows on the knees, the face held in both hands. */
export const HEAD_IN_HANDS: Pose = {
  head: [0, -0.64], neck: [0, -0.54], hip: [0, -0.2],
  arms: [[[-0.17, -0.31], [-0.08, -0.6]], [[0.17, -0.31], [0.08, -0.6]]],
  legs: [[[-0.16, -0.3], [-0.15, 0]], [[0.16, -0.3], [0.15, 0]]],
};
/** Two arms reaching forward (to the right) round someone. */
export const HUG: Pose = { ...STAND, arms: [[[0.13, -0.68], [0.26, -0.7]], [[0.16, -0.62], [0.3, -0.6]]] };

/** A stick figure in a pose. `dress` gives a triangle skirt, `hair` a few lines of hair, `face` eyes and a mouth. */
export function figure(c: Canvas, f: Frame, pose: Pose, o: StrokeOptions & { dress?: boolean; hair?: 'long' | 'short'; face?: 'smile' | 'sad' | 'flat'; hands?: boolean } = {}): void {
  const [hx, hy] = pose.head;
  oval(c, f, hx, hy, R_HEAD * 0.92, R_HEAD, o);
  if (o.hair === 'long') {
    const r = R_HEAD;
    smooth(c, f, [[hx - r, hy], [hx - r * 0.9, hy - r * 0.8], [hx, hy - r * 1.15], [hx + r * 0.9, hy - r * 0.8], [hx + r * 1.05, hy + r * 1.6]], o);
    line(c, f, [[hx - R_HEAD * 0.95, hy], [hx - R_HEAD * 1.15, hy + R_HEAD * 1.6]], o);
  } else if (o.hair === 'short') {
    for (const dx of [-0.5, 0, 0.5]) line(c, f, [[hx + dx * R_HEAD, hy - R_HEAD * 0.95], [hx + dx * R_HEAD * 1.3, hy - R_HEAD * 1.35]], { ...o, pace: 0.6 });
  }
  if (o.face) {
    const dot = { ...o, pace: 0.4 };
    line(c, f, [[hx - R_HEAD * 0.35, hy - R_HEAD * 0.2], [hx - R_HEAD * 0.33, hy - R_HEAD * 0.15]], dot);
    line(c, f, [[hx + R_HEAD * 0.35, hy - R_HEAD * 0.2], [hx + R_HEAD * 0.37, hy - R_HEAD * 0.15]], dot);
    const m = o.face === 'smile' ? 0.25 : o.face === 'sad' ? -0.2 : 0;
    smooth(c, f, [[hx - R_HEAD * 0.4, hy + R_HEAD * 0.4], [hx, hy + R_HEAD * (0.4 + m)], [hx + R_HEAD * 0.4, hy + R_HEAD * 0.4]], dot);
  }
  const [nx, ny] = pose.neck;
  const [px, py] = pose.hip;
  if (o.dress) {
    shape(c, f, [[nx, ny], [px - 0.16, py + 0.1], [px + 0.16, py + 0.1]], o);
  } else {
    line(c, f, [[nx, ny], [px, py]], o);
  }
  const shoulder: U = [nx + (px - nx) * 0.12, ny + (py - ny) * 0.12];
  for (const arm of pose.arms) smooth(c, f, [shoulder, ...arm], o);
  if (o.hands) for (const arm of pose.arms) oval(c, f, arm[arm.length - 1]![0], arm[arm.length - 1]![1], 0.03, 0.035, o);
  const legTop = (dx: number): U => (o.dress ? [px + dx, py + 0.1] : [px, py]);
  pose.legs.forEach((leg, i) => smooth(c, f, [legTop(i === 0 ? -0.05 : 0.05), ...leg], { overshoot: 3, ...o }));
}

// ---- things drawn often --------------------------------------------------------------------------

/** A tree: a trunk from (0, 0) up to `trunk`, a bumpy crown of radius `r` above it. */
export function tree(c: Canvas, f: Frame, trunk = 0.45, r = 0.32, o: StrokeOptions = {}): void {
  line(c, f, [[-0.05, 0], [-0.04, -trunk]], o);
  line(c, f, [[0.05, 0], [0.04, -trunk]], o);
  const pts: U[] = [];
  const n = 7;
  for (let i = 0; i < n * 2; i++) {
    const a = (i / (n * 2)) * 2 * Math.PI + Math.PI / 2 + 0.2;
    const rr = i % 2 === 0 ? r : r * 0.82;
    pts.push([Math.cos(a) * rr, -trunk - r * 0.85 + Math.sin(a) * rr * 0.85]);
  }
  loop(c, f, pts, o);
}

/** A bumpy cloud centred at (0, 0), `w` units wide. */
export function cloud(c: Canvas, f: Frame, w = 1, o: StrokeOptions = {}): void {
  const h = w * 0.45;
  const pts: U[] = [
    [-w / 2, h * 0.25], [-w * 0.42, -h * 0.15], [-w * 0.25, -h * 0.35], [-w * 0.12, -h * 0.62], [w * 0.08, -h * 0.55],
    [w * 0.22, -h * 0.7], [w * 0.38, -h * 0.35], [w / 2, h * 0.05], [w * 0.35, h * 0.35], [-w * 0.1, h * 0.38],
  ];
  loop(c, f, pts, o);
}

/** A dog seen from the side facing right: one unit is its length, feet on y = 0. */
export function dog(c: Canvas, f: Frame, o: StrokeOptions = {}): void {
  oval(c, f, 0, -0.36, 0.3, 0.13, o);
  oval(c, f, 0.36, -0.56, 0.12, 0.1, o);
  smooth(c, f, [[0.44, -0.55], [0.56, -0.5], [0.5, -0.45], [0.42, -0.47]], o);
  smooth(c, f, [[0.31, -0.64], [0.25, -0.56], [0.27, -0.45]], o);
  for (const x of [-0.22, -0.14, 0.14, 0.22]) line(c, f, [[x, -0.26], [x + 0.01, 0]], { overshoot: 2, ...o });
  smooth(c, f, [[-0.29, -0.42], [-0.4, -0.52], [-0.45, -0.65]], o);
  line(c, f, [[0.25, -0.52], [0.33, -0.43]], { ...o, pace: 0.7 });
  line(c, f, [[0.39, -0.53], [0.395, -0.525]], { ...o, pace: 0.3 });
}
