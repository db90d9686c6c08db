/**
 * Anti-aliased drawing primitives on a Canvas, used to paint motifs. Every primitive only
 * touches the pixels in its bounding box, so a picture full of motifs stays cheap.
 */
import type { Col } from './color.ts';
import type { Canvas } from './raster-ops.ts';

export type Pt = readonly [number, number];

/** A drawing surface over a canvas, optionally clipped to a coverage mask (0..1 per pixel). */
export class Painter {
  constructor(
    readonly canvas: Canvas,
    readonly clip?: Float32Array,
    /** Overall opacity of everything drawn (motifs fade back when a sketch leads). */
    readonly opacity = 1,
  ) {}

  /** Blends `col` into pixel (x, y) with opacity a (0..1). */
  blend(x: number, y: number, col: Col, a: number): void {
    const { width, height, rgb } = this.canvas;
    if (x < 0 || y < 0 || x >= width || y >= height || a <= 0) return;
    const p = y * width + x;
    const alpha = (this.clip ? a * this.clip[p]! : a) * this.opacity;
    if (alpha <= 0) return;
    const i = p * 3;
    const t = alpha > 1 ? 1 : alpha;
    rgb[i] = rgb[i]! + (col[0] - rgb[i]!) * t;
    rgb[i + 1] = rgb[i + 1]! + (col[1] - rgb[i + 1]!) * t;
    rgb[i + 2] = rgb[i + 2]! + (col[2] - rgb[i + 2]!) * t;
  }

  /** Filled ellipse (rotated by `angle` radians) with a 1px soft edge. */
  ellipse(cx: number, cy: number, rx: number, ry: number, col: Col, alpha = 1, angle = 0): void {
    const R = Math.max(rx, ry) + 1;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const minR = Math.max(0.5, Math.min(rx, ry));
    for (let y = Math.floor(cy - R); y <= Math.ceil(cy + R); y++) {
      for (let x = Math.floor(cx - R); x <= Math.ceil(cx + R); x++) {
        const dx = x + 0.5 - cx;
        const dy = y + 0.5 - cy;
        const u = (dx * cos + dy * sin) / rx;
        const v = (-dx * sin + dy * cos) / ry;
        const d = (Math.sqrt(u * u + v * v) - 1) * minR; // approx. distance outside, px
        if (d < 0.5) this.blend(x, y, col, alpha * Math.min(1, 0.5 - d));
      }
    }
  }

  /** Filled disc. */
  disc(cx: number, cy: number, r: number, col: Col, alpha = 1): void {
    this.ellipse(cx, cy, r, r, col, alpha);
  }

  /** A soft round glow: opacity falls smoothly from `alpha` at the centre to 0 at radius r. */
  glow(cx: number, cy: number, r: number, col: Col, alpha = 1): void {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
        const d2 = ((x - cx) ** 2 + (y - cy) ** 2) / (r * r);
        if (d2 < 1) {
          const f = 1 - d2;
          this.blend(x, y, col, alpha * f * f);
        }
      }
    }
  }

  /** Thick line with round caps (capsule), width in px. */
  line(a: Pt, b: Pt, width: number, col: Col, alpha = 1): void {
    const hw = width / 2;
    const [x0, y0] = a;
    const [x1, y1] = b;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const len2 = dx * dx + dy * dy || 1e-9;
    for (let y = Math.floor(Math.min(y0, y1) - hw - 1); y <= Math.ceil(Math.max(y0, y1) + hw + 1); y++) {
      for (let x = Math.floor(Math.min(x0, x1) - hw - 1); x <= Math.ceil(Math.max(x0, x1) + hw + 1); x++) {
        const px = x + 0.5 - x0;
        const py = y + 0.5 - y0;
        let t = (px * dx + py * dy) / len2;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const ex = px - t * dx;
        const ey = py - t * dy;
        const d = Math.sqrt(ex * ex + ey * ey) - hw;
        if (d < 0.5) this.blend(x, y, col, alpha * Math.min(1, 0.5 - d));
      }
    }
  }

  /** Connected thick lines through the points. */
  polyline(points: readonly Pt[], width: number, col: Col, alpha = 1): void {
    for (let i = 1; i < points.length; i++) this.line(points[i - 1]!, points[i]!, width, col, alpha);
  }

  /** Filled polygon (even-odd rule), scanline with soft horizontal span ends. */
  polygon(points: readonly Pt[], col: Col, alpha = 1): void {
    if (points.length < 3) return;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const p of points) {
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    const xs: number[] = [];
    for (let y = Math.floor(minY); y <= Math.ceil(maxY); y++) {
      const sy = y + 0.5;
      xs.length = 0;
      for (let i = 0; i < points.length; i++) {
        const [ax, ay] = points[i]!;
        const [bx, by] = points[(i + 1) % points.length]!;
        if ((ay <= sy && by > sy) || (by <= sy && ay > sy)) xs.push(ax + ((sy - ay) / (by - ay)) * (bx - ax));
      }
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const l = xs[k]!;
        const r = xs[k + 1]!;
        for (let x = Math.floor(l); x <= Math.ceil(r); x++) {
          const cover = Math.min(1, x + 1 - l, r - x);
          if (cover > 0) this.blend(x, y, col, alpha * Math.min(1, cover));
        }
      }
    }
  }

  /** Axis-aligned filled rectangle. */
  rect(x0: number, y0: number, x1: number, y1: number, col: Col, alpha = 1): void {
    this.polygon(
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
      col,
      alpha,
    );
  }
}

/** Points along a quadratic Bézier curve a → b with control point c. */
export function bezier(a: Pt, c: Pt, b: Pt, steps = 16): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    pts.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
  }
  return pts;
}
