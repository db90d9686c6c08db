/**
 * A drawing hand: turns intended shapes (paths in canvas pixels) into strokes as a person makes
 * them with a mouse, a finger or a stylus — a speed profile that starts and stops slowly, slow
 * wobble and fast tremor across the line, overshoot at the ends, closed shapes that do not quite
 * close, uneven pressure, pauses between strokes. Seeded: the same sketch gives the same strokes.
 */
import type { Stroke, StrokePoint, StrokeTool } from '../../../src/engines/analysis/index.ts';

export type Pt = readonly [number, number];
export type Device = 'mouse' | 'finger' | 'stylus';

interface DeviceTraits {
  /** Pointer events per second the canvas records. */
  readonly rate: number;
  /** Typical drawing speed, px/s. */
  readonly speed: number;
  /** Slow wobble amplitude (px) for a long stroke, and fast tremor (px). */
  readonly wobble: number;
  readonly tremor: number;
}

const TRAITS: Record<Device, DeviceTraits> = {
  mouse: { rate: 60, speed: 380, wobble: 3.2, tremor: 0.7 },
  finger: { rate: 60, speed: 650, wobble: 3.8, tremor: 0.5 },
  stylus: { rate: 120, speed: 520, wobble: 1.8, tremor: 0.35 },
};

export interface StrokeOptions {
  readonly tool?: StrokeTool;
  readonly color?: string;
  readonly size?: number;
  readonly opacity?: number;
  /** Extend past the end along the last direction by up to this many px (quick straight lines overshoot). */
  readonly overshoot?: number;
  /** Speed multiplier (careful details < 1, quick fills > 1). */
  readonly pace?: number;
  /** Wobble multiplier. */
  readonly shaky?: number;
}

/** Resamples a polyline at `step` px spacing. */
export function resample(path: readonly Pt[], step: number): Pt[] {
  const out: Pt[] = [path[0]!];
  let carry = 0;
  for (let i = 1; i < path.length; i++) {
    const [ax, ay] = path[i - 1]!;
    const [bx, by] = path[i]!;
    const d = Math.hypot(bx - ax, by - ay);
    let s = step - carry;
    while (s <= d) {
      out.push([ax + ((bx - ax) * s) / d, ay + ((by - ay) * s) / d]);
      s += step;
    }
    carry = d - (s - step);
  }
  const last = path[path.length - 1]!;
  const end = out[out.length - 1]!;
  if (Math.hypot(last[0] - end[0], last[1] - end[1]) > step * 0.3) out.push(last);
  return out;
}

export class Hand {
  readonly strokes: Stroke[] = [];
  private t = 0;
  private readonly traits: DeviceTraits;

  constructor(
    readonly random: () => number,
    readonly device: Device,
    private readonly defaults: Required<Omit<StrokeOptions, 'overshoot' | 'pace' | 'shaky'>>,
  ) {
    this.traits = TRAITS[device];
  }

  /** A random number in [a, b). */
  between(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** Time passes without drawing (looking, choosing a colour). */
  pause(ms: number): void {
    this.t += Math.round(ms);
  }

  /** Draws one stroke along an intended path. */
  draw(path: readonly Pt[], o: StrokeOptions = {}): void {
    if (path.length === 0) return;
    const r = this.random;
    const tr = this.traits;
    let dense = resample(path.length === 1 ? [path[0]!, [path[0]![0] + 0.5, path[0]![1] + 0.5]] : path, 1.5);
    const over = (o.overshoot ?? 0) * r();
    if (over > 0.5 && dense.length > 4) {
      const [ax, ay] = dense[dense.length - 4]!;
      const [bx, by] = dense[dense.length - 1]!;
      const d = Math.hypot(bx - ax, by - ay) || 1;
      dense = [...dense, ...resample([[bx, by], [bx + ((bx - ax) / d) * over, by + ((by - ay) / d) * over]], 1.5).slice(1)];
    }
    let length = 0;
    const cum = [0];
    for (let i = 1; i < dense.length; i++) {
      length += Math.hypot(dense[i]![0] - dense[i - 1]![0], dense[i]![1] - dense[i - 1]![1]);
      cum.push(length);
    }
    const speed = tr.speed * (o.pace ?? 1) * this.between(0.75, 1.25);
    const duration = Math.max(60, (length / speed) * 1000 * 1.35);
    const samples = Math.max(2, Math.round((duration / 1000) * tr.rate));
    const amp = tr.wobble * (o.shaky ?? 1) * Math.min(1, length / 160);
    const l1 = this.between(70, 190);
    const l2 = this.between(25, 60);
    const p1 = this.between(0, 6.283);
    const p2 = this.between(0, 6.283);
    const base = this.device === 'mouse' ? 0.5 : this.device === 'finger' ? this.between(0.35, 0.6) : this.between(0.4, 0.75);
    const points: StrokePoint[] = [];
    let j = 0;
    for (let k = 0; k < samples; k++) {
      const tau = k / (samples - 1);
      const s = length * (10 * tau ** 3 - 15 * tau ** 4 + 6 * tau ** 5);
      while (j < cum.length - 2 && cum[j + 1]! < s) j++;
      const seg = cum[j + 1]! - cum[j]! || 1;
      const f = Math.min(1, Math.max(0, (s - cum[j]!) / seg));
      const [ax, ay] = dense[j]!;
      const [bx, by] = dense[Math.min(j + 1, dense.length - 1)]!;
      const nx = -(by - ay) / (Math.hypot(bx - ax, by - ay) || 1);
      const ny = (bx - ax) / (Math.hypot(bx - ax, by - ay) || 1);
      const w = amp * (0.65 * Math.sin((2 * Math.PI * s) / l1 + p1) + 0.35 * Math.sin((2 * Math.PI * s) / l2 + p2));
      const x = ax + (bx - ax) * f + nx * w + (r() - 0.5) * 2 * tr.tremor;
      const y = ay + (by - ay) * f + ny * w + (r() - 0.5) * 2 * tr.tremor;
      let pressure = 0.5;
      if (this.device !== 'mouse') {
        const env = Math.min(1, 0.35 + tau / 0.12) * Math.min(1, 0.45 + (1 - tau) / 0.15);
        pressure = base * env * (1 + 0.14 * Math.sin(tau * 9 + p1) + 0.06 * (r() - 0.5));
      }
      points.push({
        x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, t: Math.round(this.t + tau * duration),
        pressure: Math.round(Math.min(1, Math.max(0.02, pressure)) * 1000) / 1000,
      });
    }
    this.t += Math.round(duration);
    this.strokes.push({
      id: `s${this.strokes.length + 1}`, tool: o.tool ?? this.defaults.tool, color: o.color ?? this.defaults.color,
      size: o.size ?? this.defaults.size, opacity: o.opacity ?? this.defaults.opacity, points,
    });
    this.t += Math.round(this.between(120, 650));
  }
}

/** A Catmull-Rom curve through the points (`closed` joins the end back to the start). */
export function curve(pts: readonly Pt[], closed = false, steps = 12): Pt[] {
  const n = pts.length;
  const at = (i: number): Pt => (closed ? pts[((i % n) + n) % n]! : pts[Math.max(0, Math.min(n - 1, i))]!);
  const out: Pt[] = [];
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      const c = (a: number, b: number, cc: number, d: number): number =>
        0.5 * (2 * b + (-a + cc) * t + (2 * a - 5 * b + 4 * cc - d) * t2 + (-a + 3 * b - 3 * cc + d) * t3);
      out.push([c(p0[0], p1[0], p2[0], p3[0]), c(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  out.push(closed ? pts[0]! : pts[n - 1]!);
  return out;
}

/**
 * An ellipse as a hand draws it: from `start` (radians) round by `sweep` (a full turn plus a
 * little overlap or minus a small gap), the radius drifting by `drift` over the turn.
 */
export function ellipse(c: Pt, rx: number, ry: number, hand: Hand, o: { start?: number; sweep?: number; drift?: number; rot?: number } = {}): Pt[] {
  const start = o.start ?? hand.between(-2.2, -1.2);
  const sweep = o.sweep ?? 2 * Math.PI + hand.between(-0.25, 0.4);
  const drift = o.drift ?? hand.between(-0.07, 0.07);
  const rot = o.rot ?? 0;
  const n = Math.max(28, Math.round((Math.max(rx, ry) * sweep) / 2.5));
  const out: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const a = start + (sweep * i) / n;
    const k = 1 + (drift * i) / n;
    const x = Math.cos(a) * rx * k;
    const y = Math.sin(a) * ry * k;
    out.push([c[0] + x * Math.cos(rot) - y * Math.sin(rot), c[1] + x * Math.sin(rot) + y * Math.cos(rot)]);
  }
  return out;
}

/** An arc of an ellipse from angle a0 to a1 (radians). */
export function arc(c: Pt, rx: number, ry: number, a0: number, a1: number): Pt[] {
  const n = Math.max(8, Math.round((Math.max(rx, ry) * Math.abs(a1 - a0)) / 4));
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / n;
    return [c[0] + Math.cos(a) * rx, c[1] + Math.sin(a) * ry] as Pt;
  });
}

/** Point-in-polygon (even-odd). */
function inside(p: Pt, poly: readonly Pt[]): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/**
 * Crayon-style scribble fill of a polygon: back-and-forth strokes at `angle`, `spacing` px apart,
 * split into a few strokes as a hand lifts and restarts; ends stray a little past the outline.
 */
export function scribbleFill(poly: readonly Pt[], spacing: number, angle: number, hand: Hand): Pt[][] {
  const ca = Math.cos(angle);
  const sa = Math.sin(angle);
  const rot = (p: Pt): Pt => [p[0] * ca + p[1] * sa, -p[0] * sa + p[1] * ca];
  const back = (p: Pt): Pt => [p[0] * ca - p[1] * sa, p[0] * sa + p[1] * ca];
  const rp = poly.map(rot);
  const ys = rp.map((p) => p[1]);
  const xs = rp.map((p) => p[0]);
  const [minY, maxY, minX, maxX] = [Math.min(...ys), Math.max(...ys), Math.min(...xs), Math.max(...xs)];
  const rows: [Pt, Pt][] = [];
  for (let y = minY + spacing / 2; y < maxY; y += spacing) {
    let x0 = Infinity;
    let x1 = -Infinity;
    for (let x = minX; x <= maxX; x += 2) {
      if (inside(back([x, y]), poly)) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
      }
    }
    if (x1 > x0) rows.push([[x0 - hand.between(-3, 5), y], [x1 + hand.between(-3, 5), y]]);
  }
  const strokes: Pt[][] = [];
  let cur: Pt[] = [];
  rows.forEach(([a, b], i) => {
    const row = i % 2 === 0 ? [a, b] : [b, a];
    cur.push(back(row[0]!), back(row[1]!));
    if (cur.length > 2 * hand.between(6, 14)) {
      strokes.push(cur);
      cur = [];
    }
  });
  if (cur.length > 0) strokes.push(cur);
  return strokes;
}
