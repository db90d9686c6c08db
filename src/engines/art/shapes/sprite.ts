/**
 * A sprite: a thing rasterised on its own before it is painted into the scene — per-pixel
 * coverage (alpha) and colour (the shape's own colours, "albedo"), in a box of the canvas.
 * rasterShape fills a library shape's polygons with a scanline rasteriser (4 sub-scanlines,
 * exact horizontal coverage at span ends; non-zero or even-odd rule) — pure TypeScript.
 */
import type { Shape } from './shape-library.ts';

export interface Sprite {
  /** Top-left corner of the box in canvas pixels. */
  readonly x0: number;
  readonly y0: number;
  readonly w: number;
  readonly h: number;
  /** Coverage 0..1, w × h. */
  readonly alpha: Float32Array;
  /** Straight (not premultiplied) colour, 3 per pixel. */
  readonly rgb: Float32Array;
}

/** An empty sprite covering the box. */
export function createSprite(x0: number, y0: number, w: number, h: number): Sprite {
  const W = Math.max(1, Math.ceil(w));
  const H = Math.max(1, Math.ceil(h));
  return { x0: Math.floor(x0), y0: Math.floor(y0), w: W, h: H, alpha: new Float32Array(W * H), rgb: new Float32Array(W * H * 3) };
}

const SUB = 4;

/**
 * Coverage of rings (x,y pairs in shape units, mapped by px = ox + u·k) into `cov` (w × h),
 * accumulated (not cleared).
 */
export function fillRings(cov: Float32Array, w: number, h: number, rings: readonly Float32Array[], ox: number, oy: number, k: number, evenOdd: boolean): void {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const r of rings)
    for (let i = 1; i < r.length; i += 2) {
      const y = oy + r[i]! * k;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  const ys = Math.max(0, Math.floor(minY));
  const ye = Math.min(h - 1, Math.ceil(maxY));
  const xs: number[] = [];
  const ds: number[] = [];
  const order: number[] = [];
  for (let y = ys; y <= ye; y++) {
    const row = y * w;
    for (let s = 0; s < SUB; s++) {
      const sy = y + (s + 0.5) / SUB;
      xs.length = 0;
      ds.length = 0;
      for (const r of rings) {
        const n = r.length >> 1;
        for (let i = 0; i < n; i++) {
          const j = i + 1 === n ? 0 : i + 1;
          const ay = oy + r[2 * i + 1]! * k;
          const by = oy + r[2 * j + 1]! * k;
          if ((ay <= sy && by > sy) || (by <= sy && ay > sy)) {
            const ax = ox + r[2 * i]! * k;
            const bx = ox + r[2 * j]! * k;
            xs.push(ax + ((sy - ay) / (by - ay)) * (bx - ax));
            ds.push(by > ay ? 1 : -1);
          }
        }
      }
      if (xs.length < 2) continue;
      order.length = 0;
      for (let i = 0; i < xs.length; i++) order.push(i);
      order.sort((a, b) => xs[a]! - xs[b]!);
      let wind = 0;
      for (let q = 0; q < order.length - 1; q++) {
        wind += evenOdd ? 1 : ds[order[q]!]!;
        const inside = evenOdd ? (wind & 1) === 1 : wind !== 0;
        if (!inside) continue;
        const l = Math.max(0, xs[order[q]!]!);
        const rr = Math.min(w, xs[order[q + 1]!]!);
        if (rr <= l) continue;
        const li = Math.floor(l);
        const ri = Math.floor(rr);
        const wgt = 1 / SUB;
        if (li === ri) {
          cov[row + li] = cov[row + li]! + (rr - l) * wgt;
          continue;
        }
        cov[row + li] = cov[row + li]! + (li + 1 - l) * wgt;
        for (let x = li + 1; x < ri; x++) cov[row + x] = cov[row + x]! + wgt;
        if (ri < w) cov[row + ri] = cov[row + ri]! + (rr - ri) * wgt;
      }
    }
  }
}

/**
 * Rasterises a shape so its bounds fill a box of height `height` px whose bottom centre is at
 * (cx, bottom), optionally mirrored. Layers are composited in order with their own colours.
 */
export function rasterShape(shape: Shape, cx: number, bottom: number, height: number, mirror = false): Sprite {
  const b = shape.bounds;
  const k = height / Math.max(1e-3, b.y1 - b.y0);
  const width = (b.x1 - b.x0) * k;
  const sp = createSprite(cx - width / 2 - 1, bottom - height - 1, width + 3, height + 3);
  const ox = cx - width / 2 - b.x0 * k - sp.x0;
  const oy = bottom - height - b.y0 * k - sp.y0;
  const cov = new Float32Array(sp.w * sp.h);
  const { alpha, rgb } = sp;
  for (const layer of shape.layers) {
    cov.fill(0);
    const rings = mirror ? layer.rings.map((r) => mirrorRing(r, b.x0 + b.x1)) : layer.rings;
    fillRings(cov, sp.w, sp.h, rings, ox, oy, k, layer.evenOdd);
    const [cr, cg, cb] = layer.colour;
    for (let p = 0; p < cov.length; p++) {
      const c = cov[p]!;
      if (c <= 0.002) continue;
      const a = c > 1 ? 1 : c;
      const i = p * 3;
      // "over": colour weighted by the new layer's coverage against what is beneath.
      const under = alpha[p]!;
      const out = a + under * (1 - a);
      const t = a / out;
      rgb[i] = rgb[i]! + (cr - rgb[i]!) * t;
      rgb[i + 1] = rgb[i + 1]! + (cg - rgb[i + 1]!) * t;
      rgb[i + 2] = rgb[i + 2]! + (cb - rgb[i + 2]!) * t;
      alpha[p] = out;
    }
  }
  return sp;
}

function mirrorRing(r: Float32Array, sum: number): Float32Array {
  const out = new Float32Array(r.length);
  for (let i = 0; i < r.length; i += 2) {
    out[i] = sum - r[i]!;
    out[i + 1] = r[i + 1]!;
  }
  return out;
}
