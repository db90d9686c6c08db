/**
 * What the art-train2 training set draws beyond ../art3/draw.ts and ../art4/shapes.ts: a five-pointed
 * star, a crescent moon, a leaf, a fish, a bird in flight, a wavy line, a small ant and a sideways
 * snail. Everything goes through art3's frames and strokes, so the hand model is the first set's.
 */
import type { StrokeOptions } from '../art/hand.ts';
import type { Canvas, Frame, U } from '../art3/draw.ts';
import { line, loop, oval, shape, smooth } from '../art3/draw.ts';

/** A five-pointed star centred at (cx, cy), outer radius r, drawn in one go. */
export function star(c: Canvas, f: Frame, cx: number, cy: number, r: number, o: StrokeOptions = {}): void {
  const pts: U[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i / 10) * 2 * Math.PI;
    const rr = i % 2 === 0 ? r : r * 0.42;
    pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
  }
  shape(c, f, pts, { pace: 0.8, ...o });
}

/** A crescent moon opening to the right, centred at (cx, cy), radius r. */
export function crescent(c: Canvas, f: Frame, cx: number, cy: number, r: number, o: StrokeOptions = {}): void {
  const outer: U[] = [];
  const inner: U[] = [];
  for (let i = 0; i <= 12; i++) {
    const a = Math.PI * 0.3 + (i / 12) * Math.PI * 1.4;
    outer.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  const [sx, sy] = outer[0]!;
  const [ex, ey] = outer[outer.length - 1]!;
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    const y = ey + (sy - ey) * t;
    const x = ex + (sx - ex) * t - Math.sin(t * Math.PI) * r * 0.75;
    inner.push([x, y]);
  }
  smooth(c, f, [...outer, ...inner.slice(1)], o);
}

/** A leaf pointing along +x from (x, y), `len` long, with its middle vein. */
export function leaf(c: Canvas, f: Frame, x: number, y: number, len: number, o: StrokeOptions = {}): void {
  const w = len * 0.32;
  loop(c, f, [[x, y], [x + len * 0.3, y - w], [x + len * 0.7, y - w * 0.8], [x + len, y], [x + len * 0.7, y + w * 0.8], [x + len * 0.3, y + w]], o);
  line(c, f, [[x + len * 0.05, y], [x + len * 0.85, y]], { pace: 0.8, ...o });
}

/** A fish centred at (cx, cy), `len` long, facing right (or left with dir = -1), with an eye and a tail. */
export function fish(c: Canvas, f: Frame, cx: number, cy: number, len: number, dir = 1, o: StrokeOptions = {}): void {
  oval(c, f, cx, cy, len * 0.36, len * 0.17, o);
  const t = cx - dir * len * 0.34;
  shape(c, f, [[t, cy], [t - dir * len * 0.2, cy - len * 0.15], [t - dir * len * 0.2, cy + len * 0.15]], o);
  const ex = cx + dir * len * 0.2;
  line(c, f, [[ex, cy - len * 0.04], [ex + 0.003, cy - len * 0.037]], { pace: 0.3, ...o });
  smooth(c, f, [[cx + dir * len * 0.08, cy - len * 0.12], [cx + dir * len * 0.12, cy], [cx + dir * len * 0.08, cy + len * 0.12]], { pace: 0.6, ...o });
}

/** A bird in flight seen from afar: two arcs meeting at (cx, cy), `w` wide. */
export function flyingBird(c: Canvas, f: Frame, cx: number, cy: number, w: number, o: StrokeOptions = {}): void {
  smooth(c, f, [[cx - w / 2, cy], [cx - w / 4, cy - w * 0.25], [cx, cy]], o);
  smooth(c, f, [[cx, cy], [cx + w / 4, cy - w * 0.25], [cx + w / 2, cy]], o);
}

/** A wavy line from x0 to x1 at height y: `n` humps of height `amp`. */
export function waves(c: Canvas, f: Frame, x0: number, x1: number, y: number, n: number, amp: number, o: StrokeOptions = {}): void {
  const pts: U[] = [];
  for (let i = 0; i <= n * 2; i++) pts.push([x0 + ((x1 - x0) * i) / (n * 2), y + (i % 2 === 0 ? 0 : -amp)]);
  smooth(c, f, pts, o);
}

/** A small ant facing right at (cx, cy), `s` long: three body dots and six legs. */
export function ant(c: Canvas, f: Frame, cx: number, cy: number, s: number, o: StrokeOptions = {}): void {
  oval(c, f, cx - s * 0.32, cy, s * 0.18, s * 0.13, o);
  oval(c, f, cx, cy, s * 0.12, s * 0.09, o);
  oval(c, f, cx + s * 0.26, cy - s * 0.02, s * 0.1, s * 0.09, o);
  for (const dx of [-0.08, 0, 0.08]) {
    line(c, f, [[cx + dx * s, cy], [cx + dx * s - s * 0.12, cy + s * 0.25]], { pace: 0.5, ...o });
    line(c, f, [[cx + dx * s, cy], [cx + dx * s + s * 0.1, cy + s * 0.25]], { pace: 0.5, ...o });
  }
  line(c, f, [[cx + s * 0.32, cy - s * 0.08], [cx + s * 0.45, cy - s * 0.25]], { pace: 0.5, ...o });
}

/** A snail crawling right, its foot on y = gy, shell centred above x = cx, `s` units long. */
export function snail(c: Canvas, f: Frame, cx: number, gy: number, s: number, o: StrokeOptions = {}): void {
  smooth(c, f, [[cx - s * 0.45, gy], [cx + s * 0.4, gy], [cx + s * 0.5, gy - s * 0.18], [cx + s * 0.42, gy - s * 0.3]], o);
  const sp: U[] = [];
  for (let i = 0; i <= 28; i++) {
    const a = (i / 28) * 2.3 * 2 * Math.PI;
    const r = s * 0.3 * (1 - i / 32);
    sp.push([cx + Math.cos(a) * r, gy - s * 0.32 + Math.sin(a) * r]);
  }
  smooth(c, f, sp.reverse(), o);
  line(c, f, [[cx + s * 0.42, gy - s * 0.3], [cx + s * 0.4, gy - s * 0.5]], { pace: 0.6, ...o });
  line(c, f, [[cx + s * 0.47, gy - s * 0.28], [cx + s * 0.55, gy - s * 0.46]], { pace: 0.6, ...o });
}
