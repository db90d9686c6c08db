/**
 * The client's sketch as the skeleton of the picture: where their lines are (robust to paper
 * colour and uneven light) and which regions those lines enclose, so each enclosed shape can
 * be filled with its own colour.
 */
import type { Rng, RgbaImage } from '../core/index.ts';
import type { Col } from './color.ts';
import { backgroundLevel } from './background-level.ts';
import { boxBlur } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import { textured } from './materials.ts';
import type { Material, MaterialScene } from './materials.ts';

/**
 * Line coverage (0..1) of a sketch, resampled to width × height. Shrinking reads every source
 * pixel under an output pixel (half its mean, half its darkest), so a thin line drawn on a large
 * canvas stays one unbroken line instead of a dotted one (point sampling skipped its pixels).
 */
export function sketchLines(sketch: RgbaImage, width: number, height: number): Float32Array {
  const n = width * height;
  const lum = new Float32Array(n);
  const sx = sketch.width / width;
  const sy = sketch.height / height;
  const d = sketch.data;
  const at = (xx: number, yy: number): number => {
    const i = (yy * sketch.width + xx) * 4;
    const a = d[i + 3]! / 255;
    // Transparent pixels count as blank paper.
    return 1 - a + (a * (0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!)) / 255;
  };
  for (let y = 0; y < height; y++) {
    const ya = Math.min(sketch.height - 1, Math.floor(y * sy));
    const yb = Math.max(ya + 1, Math.min(sketch.height, Math.floor((y + 1) * sy)));
    for (let x = 0; x < width; x++) {
      const xa = Math.min(sketch.width - 1, Math.floor(x * sx));
      const xb = Math.max(xa + 1, Math.min(sketch.width, Math.floor((x + 1) * sx)));
      if (xb - xa === 1 && yb - ya === 1) {
        lum[y * width + x] = at(xa, ya);
        continue;
      }
      let sum = 0;
      let min = 1;
      for (let yy = ya; yy < yb; yy++)
        for (let xx = xa; xx < xb; xx++) {
          const v = at(xx, yy);
          sum += v;
          if (v < min) min = v;
        }
      lum[y * width + x] = 0.5 * (sum / ((xb - xa) * (yb - ya))) + 0.5 * min;
    }
  }
  const bg = backgroundLevel(lum, width, height);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const dark = (bg[i]! - lum[i]!) / Math.max(0.05, bg[i]!);
    const t = (dark - 0.1) / 0.25;
    out[i] = t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
  }
  return out;
}

/** One connected area of paper between the client's lines. */
export interface Region {
  readonly label: number;
  readonly area: number;
  readonly touchesBorder: boolean;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The client's sketch, read: line coverage, region labels and the regions worth filling. */
export interface SketchLayout {
  readonly lines: Float32Array;
  readonly labels: Int32Array;
  /** Enclosed regions (not touching the border, 0.05%–35% of the picture). */
  readonly enclosed: readonly Region[];
  /** Every region, enclosed or open to the border. */
  readonly all: readonly Region[];
}

/** Reads a sketch at the output size: its lines and the shapes they enclose. */
export function sketchLayout(sketch: RgbaImage, width: number, height: number): SketchLayout {
  const lines = sketchLines(sketch, width, height);
  // Hand-drawn outlines seldom close: gaps of up to ~1.6% of the shorter side are bridged for
  // labelling only (the lines drawn stay the client's).
  const closed = closeGaps(lines, width, height, Math.max(2, Math.round(Math.min(width, height) * 0.008)));
  const { labels, regions } = giveBackBridges(regionsOf(closed, width, height), lines, width, height);
  const n = width * height;
  return { lines, labels, enclosed: regions.filter((r) => !r.touchesBorder && r.area >= n * 0.0005 && r.area <= n * 0.35), all: regions };
}

/**
 * Connected pieces of ink, joined across breaks of up to about `cell` px: ink is gathered on a
 * grid of cells that size, cells touching (8 ways) are one piece. Per piece, its pixel indices.
 * Cheaper than following a dilated mask pixel by pixel on a large picture.
 */
export function inkPieces(lines: Float32Array, W: number, H: number, cell: number): Int32Array[] {
  const gw = Math.ceil(W / cell);
  const gh = Math.ceil(H / cell);
  const ink = new Int32Array(gw * gh);
  for (let y = 0; y < H; y++) {
    const gy = ((y / cell) | 0) * gw;
    for (let x = 0; x < W; x++) if (lines[y * W + x]! >= 0.3) ink[gy + ((x / cell) | 0)]!++;
  }
  const label = new Int32Array(gw * gh).fill(-1);
  const stack: number[] = [];
  const counts: number[] = [];
  for (let c = 0; c < gw * gh; c++) {
    if (!ink[c] || label[c]! >= 0) continue;
    const id = counts.length;
    let total = 0;
    label[c] = id;
    stack.push(c);
    while (stack.length) {
      const q = stack.pop()!;
      total += ink[q]!;
      const qx = q % gw;
      const qy = (q - qx) / gw;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const ax = qx + dx;
          const ay = qy + dy;
          if (ax < 0 || ay < 0 || ax >= gw || ay >= gh) continue;
          const k = ay * gw + ax;
          if (ink[k] && label[k]! < 0) {
            label[k] = id;
            stack.push(k);
          }
        }
    }
    counts.push(total);
  }
  const out = counts.map((n) => new Int32Array(n));
  const fill = new Int32Array(counts.length);
  for (let y = 0; y < H; y++) {
    const gy = ((y / cell) | 0) * gw;
    for (let x = 0; x < W; x++) {
      const p = y * W + x;
      if (lines[p]! < 0.3) continue;
      const id = label[gy + ((x / cell) | 0)]!;
      out[id]![fill[id]!++] = p;
    }
  }
  return out;
}

/** Running max (dilate) or min (erode) of a 0/1 mask over a window of ±r along rows, then columns. */
function morph(src: Uint8Array, W: number, H: number, r: number, dilate: boolean): Uint8Array {
  const tmp = new Uint8Array(W * H);
  const out = new Uint8Array(W * H);
  const want = dilate ? 1 : 0;
  // Rows: a pixel becomes `want` when any pixel within ±r on its row is; then the same on columns.
  for (let y = 0; y < H; y++) {
    const row = y * W;
    // Two sweeps: nearest `want` to the left and to the right.
    let last = -1e9;
    for (let x = 0; x < W; x++) {
      if (src[row + x] === want) last = x;
      tmp[row + x] = x - last <= r ? want : 1 - want;
    }
    last = 1e9;
    for (let x = W - 1; x >= 0; x--) {
      if (src[row + x] === want) last = x;
      if (last - x <= r) tmp[row + x] = want;
    }
  }
  for (let x = 0; x < W; x++) {
    let last = -1e9;
    for (let y = 0; y < H; y++) {
      if (tmp[y * W + x] === want) last = y;
      out[y * W + x] = y - last <= r ? want : 1 - want;
    }
    last = 1e9;
    for (let y = H - 1; y >= 0; y--) {
      if (tmp[y * W + x] === want) last = y;
      if (last - y <= r) out[y * W + x] = want;
    }
  }
  return out;
}

/**
 * Line coverage with gaps narrower than 2r closed (a morphological closing of the line mask:
 * dilate by r, erode by r); the result is 1 on (closed) lines, 0 on paper.
 */
export function closeGaps(lines: Float32Array, W: number, H: number, r: number): Float32Array {
  const n = W * H;
  const m = new Uint8Array(n);
  for (let p = 0; p < n; p++) m[p] = lines[p]! >= 0.3 ? 1 : 0;
  const closed = morph(morph(m, W, H, r, true), W, H, r, false);
  const out = new Float32Array(n);
  for (let p = 0; p < n; p++) out[p] = m[p]!;
  // Keep only short bridges (a stroke's end near another line); long ones are two lines running
  // close together (stems under flower heads), whose paper between them stays open.
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const comp = new Int32Array(n);
  const max = 4 * r + 2;
  for (let start = 0; start < n; start++) {
    if (seen[start] || !closed[start] || m[start]) continue;
    let top = 0;
    let count = 0;
    stack[top++] = start;
    seen[start] = 1;
    let x0 = W;
    let x1 = 0;
    let y0 = H;
    let y1 = 0;
    while (top > 0) {
      const p = stack[--top]!;
      comp[count++] = p;
      const x = p % W;
      const y = (p - x) / W;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (const q of [x > 0 ? p - 1 : -1, x < W - 1 ? p + 1 : -1, y > 0 ? p - W : -1, y < H - 1 ? p + W : -1])
        if (q >= 0 && !seen[q] && closed[q] && !m[q]) {
          seen[q] = 1;
          stack[top++] = q;
        }
    }
    if (x1 - x0 >= max || y1 - y0 >= max) continue;
    // A stroke's end: a circle around the bridge crosses at most three strokes (a corner's two
    // ends, or one end and the line it nearly meets). Two lines passing close (two round heads
    // side by side) cross it four times: they stay apart.
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const R = 2 * r + 3;
    const N = Math.max(32, Math.round(2 * Math.PI * R));
    let crossings = 0;
    let prev = -1;
    let first = -1;
    for (let k = 0; k < N; k++) {
      const a = (k / N) * 2 * Math.PI;
      const x = Math.round(cx + R * Math.cos(a));
      const y = Math.round(cy + R * Math.sin(a));
      const on = x >= 0 && y >= 0 && x < W && y < H && m[y * W + x] ? 1 : 0;
      if (k === 0) first = on;
      else if (on && !prev) crossings++;
      prev = on;
    }
    if (first && !prev) crossings++;
    if (crossings <= 3) for (let k = 0; k < count; k++) out[comp[k]!] = 1;
  }
  bridgeEnds(m, out, W, H, Math.max(4, Math.round(Math.min(W, H) * 0.026)));
  return out;
}

/**
 * A stroke's end that stops short of another line (a wobbly outline that does not close, a wall
 * that starts a few pixels under the roof's line while the eave runs past the corner) is joined to
 * the nearest line of another stroke within `reach` px: a straight bridge drawn into `out` (for
 * labelling only). A stroke end is a line pixel whose small circle crosses one stroke; "another
 * stroke" is line not reached from the end inside the window, so a stroke is never joined to itself
 * nearby (a "v" stays open), but a ring that nearly closes is.
 */
function bridgeEnds(m: Uint8Array, out: Float32Array, W: number, H: number, reach: number): void {
  const R = 3;
  const N = 24;
  const ring: [number, number][] = [];
  for (let k = 0; k < N; k++) ring.push([Math.round(R * Math.cos((k / N) * 2 * Math.PI)), Math.round(R * Math.sin((k / N) * 2 * Math.PI))]);
  const S = 2 * reach + 1;
  const mark = new Int32Array(S * S);
  const stack = new Int32Array(S * S);
  const done = new Uint8Array(W * H);
  let stamp = 0;
  for (let y = R; y < H - R; y++)
    for (let x = R; x < W - R; x++) {
      const p = y * W + x;
      if (!m[p] || done[p]) continue;
      // Ink at three of the four points R away: the circle is more than half ink, not a stroke's end.
      if (m[p - R]! + m[p + R]! + m[p - R * W]! + m[p + R * W]! >= 3) continue;
      let crossings = 0;
      let on = 0;
      let prev = m[(y + ring[N - 1]![1]) * W + x + ring[N - 1]![0]]!;
      for (const [dx, dy] of ring) {
        const v = m[(y + dy) * W + x + dx]!;
        on += v;
        if (v && !prev) crossings++;
        prev = v;
      }
      if (crossings !== 1 || on > N / 3) continue;
      // One bridge per stroke end: the pixels around this one are done.
      for (let yy = Math.max(0, y - 2); yy <= Math.min(H - 1, y + 2); yy++)
        for (let xx = Math.max(0, x - 2); xx <= Math.min(W - 1, x + 2); xx++) done[yy * W + xx] = 1;
      // The line reached from this end inside the window is its own stroke.
      stamp++;
      let top = 0;
      stack[top++] = reach * S + reach;
      mark[reach * S + reach] = stamp;
      while (top > 0) {
        const q = stack[--top]!;
        const qx = q % S;
        const qy = (q - qx) / S;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const ax = qx + dx;
            const ay = qy + dy;
            if (ax < 0 || ay < 0 || ax >= S || ay >= S || mark[ay * S + ax] === stamp) continue;
            const gx = x + ax - reach;
            const gy = y + ay - reach;
            if (gx < 0 || gy < 0 || gx >= W || gy >= H || !m[gy * W + gx]) continue;
            mark[ay * S + ax] = stamp;
            stack[top++] = ay * S + ax;
          }
      }
      let best = reach * reach + 1;
      let bx = -1;
      let by = -1;
      for (let ay = 0; ay < S; ay++)
        for (let ax = 0; ax < S; ax++) {
          const gx = x + ax - reach;
          const gy = y + ay - reach;
          if (gx < 0 || gy < 0 || gx >= W || gy >= H || !m[gy * W + gx] || mark[ay * S + ax] === stamp) continue;
          const d2 = (ax - reach) ** 2 + (ay - reach) ** 2;
          if (d2 < best) [best, bx, by] = [d2, gx, gy];
        }
      if (bx < 0) continue;
      // A 4-connected bridge, so the paper on either side stays apart.
      const steps = Math.ceil(Math.sqrt(best)) * 2;
      for (let k = 0; k <= steps; k++) {
        const px = Math.round(x + ((bx - x) * k) / steps);
        const py = Math.round(y + ((by - y) * k) / steps);
        out[py * W + px] = 1;
        if (px + 1 < W) out[py * W + px + 1] = 1;
      }
    }
}

/**
 * The paper under a bridge goes back to the region beside it (so a shape's size and outline are
 * the drawn ones, corners included); the bridge still separates the regions on either side.
 */
function giveBackBridges(res: { labels: Int32Array; regions: Region[] }, lines: Float32Array, W: number, H: number): { labels: Int32Array; regions: Region[] } {
  const { labels } = res;
  const n = W * H;
  let queue: number[] = [];
  for (let p = 0; p < n; p++) {
    if (labels[p] !== 0 || lines[p]! >= 0.3) continue;
    const x = p % W;
    if ((x > 0 && labels[p - 1]! > 0) || (x < W - 1 && labels[p + 1]! > 0) || (p >= W && labels[p - W]! > 0) || (p < n - W && labels[p + W]! > 0))
      queue.push(p);
  }
  if (!queue.length) return res;
  while (queue.length) {
    const next: number[] = [];
    const set: [number, number][] = [];
    for (const p of queue) {
      if (labels[p] !== 0) continue;
      const x = p % W;
      const l = (x > 0 && labels[p - 1]!) || (x < W - 1 && labels[p + 1]!) || (p >= W && labels[p - W]!) || (p < n - W && labels[p + W]!) || 0;
      if (l > 0) set.push([p, l]);
    }
    for (const [p, l] of set) labels[p] = l;
    for (const [p] of set) {
      const x = p % W;
      for (const q of [x > 0 ? p - 1 : -1, x < W - 1 ? p + 1 : -1, p - W, p + W]) if (q >= 0 && q < n && labels[q] === 0 && lines[q]! < 0.3) next.push(q);
    }
    queue = next;
  }
  const m = res.regions.length + 1;
  const area = new Int32Array(m);
  const border = new Uint8Array(m);
  const x0 = new Int32Array(m).fill(W);
  const x1 = new Int32Array(m).fill(-1);
  const y0 = new Int32Array(m).fill(H);
  const y1 = new Int32Array(m).fill(-1);
  for (let p = 0; p < n; p++) {
    const l = labels[p]!;
    if (l === 0) continue;
    const x = p % W;
    const y = (p - x) / W;
    area[l]!++;
    if (x === 0 || y === 0 || x === W - 1 || y === H - 1) border[l] = 1;
    if (x < x0[l]!) x0[l] = x;
    if (x > x1[l]!) x1[l] = x;
    if (y < y0[l]!) y0[l] = y;
    if (y > y1[l]!) y1[l] = y;
  }
  return {
    labels,
    regions: res.regions.map((r) => ({
      label: r.label,
      area: area[r.label]!,
      touchesBorder: border[r.label] === 1,
      x0: x0[r.label]!,
      x1: x1[r.label]!,
      y0: y0[r.label]!,
      y1: y1[r.label]!,
    })),
  };
}

/**
 * The most disc-like enclosed region in the upper half, if any: a circle the client drew in the
 * sky is read as the sun or moon the words ask for.
 */
export function roundRegionInSky(layout: SketchLayout, horizon: number, skip?: (r: Region) => boolean): Region | undefined {
  let best: Region | undefined;
  let bestScore = 0;
  for (const r of layout.enclosed) {
    if (skip?.(r)) continue;
    const bw = r.x1 - r.x0 + 1;
    const bh = r.y1 - r.y0 + 1;
    const aspect = bw / bh;
    const fill = r.area / ((Math.PI / 4) * bw * bh); // 1 for a perfect disc
    if ((r.y0 + r.y1) / 2 > horizon || aspect < 0.7 || aspect > 1.4 || fill < 0.85 || fill > 1.12) continue;
    const score = 1 - Math.abs(1 - fill) - Math.abs(1 - aspect) * 0.5;
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  return best;
}

/** Labels 4-connected areas where line coverage < 0.3 (labels from 1; 0 = line). */
export function regionsOf(lines: Float32Array, width: number, height: number): { labels: Int32Array; regions: Region[] } {
  const n = width * height;
  const labels = new Int32Array(n);
  const paper = new Uint8Array(n);
  for (let p = 0; p < n; p++) paper[p] = lines[p]! < 0.3 ? 1 : 0;
  const regions: Region[] = [];
  const stack = new Int32Array(n + 1);
  let next = 1;
  for (let start = 0; start < n; start++) {
    if (labels[start] !== 0 || paper[start] === 0) continue;
    // Scanline fill: label a whole run, then seed the runs above and below it.
    let top = 0;
    stack[top++] = start;
    labels[start] = next;
    let y0 = height;
    let y1 = 0;
    let x0 = width;
    let x1 = 0;
    while (top > 0) {
      const p = stack[--top]!;
      const y = (p / width) | 0;
      const row = y * width;
      let l = p;
      while (l > row && paper[l - 1] === 1 && (labels[l - 1] === 0 || labels[l - 1] === next)) l--;
      let r = p;
      while (r < row + width - 1 && paper[r + 1] === 1 && (labels[r + 1] === 0 || labels[r + 1] === next)) r++;
      for (let q = l; q <= r; q++) labels[q] = next;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (l - row < x0) x0 = l - row;
      if (r - row > x1) x1 = r - row;
      for (const ny of [y - 1, y + 1]) {
        if (ny < 0 || ny >= height) continue;
        const nrow = ny * width;
        let q = nrow + (l - row);
        const end = nrow + (r - row);
        while (q <= end) {
          if (paper[q] === 1 && labels[q] === 0) {
            labels[q] = next;
            stack[top++] = q;
            // Skip the rest of this run: it will be filled from q.
            while (q <= end && paper[q] === 1) q++;
          } else q++;
        }
      }
    }
    regions.push({ label: next, area: 0, touchesBorder: false, x0, x1, y0, y1 });
    next++;
  }
  // Areas and border contact in one pass.
  const areas = new Int32Array(next);
  const border = new Uint8Array(next);
  for (let p = 0; p < n; p++) {
    const l = labels[p]!;
    if (l === 0) continue;
    areas[l] = areas[l]! + 1;
    const x = p % width;
    if (x === 0 || x === width - 1 || p < width || p >= n - width) border[l] = 1;
  }
  return { labels, regions: regions.map((r) => ({ ...r, area: areas[r.label]!, touchesBorder: border[r.label] === 1 })) };
}

/**
 * Fills every enclosed region (and the paths the reading found) with its colour — the client's
 * own, a role's (`special`: sun, path, head, cloud) or one of the accents — with volume: each
 * shape is rounded at its edges and lighter on the side the light comes from. Where the client
 * coloured the paper outside any shape, that colour is kept too. Opacity 0.9 × strength.
 */
export function fillRegions(
  c: Canvas,
  layout: SketchLayout,
  accents: readonly Col[],
  strength: number,
  rng: Rng,
  special: ReadonlyMap<number, Col> = new Map(),
  light: { x: number; y: number; z: number } = { x: -0.5, y: -0.6, z: 0.62 },
  reading?: { pathRegions: readonly Region[]; colourPlane?: Float32Array },
  splits?: ReadonlyMap<number, { y: number; below: Col }>,
  materials?: ReadonlyMap<number, Material>,
  scene?: MaterialScene,
): number {
  const { width, height, rgb } = c;
  const n = width * height;
  const fill = new Map<number, { col: Col; r: Region }>();
  let k = rng.int(0, Math.max(0, accents.length - 1));
  for (const r of layout.enclosed) fill.set(r.label, { col: special.get(r.label) ?? accents[k++ % accents.length] ?? [0.8, 0.6, 0.4], r });
  for (const r of reading?.pathRegions ?? []) fill.set(r.label, { col: special.get(r.label) ?? [0.86, 0.74, 0.55], r });
  const a = 0.9 * strength;
  if (a <= 0) return 0;
  const labels = layout.labels;
  // Height field: the filled shapes' mask, blurred — round at the edges, flat inside.
  const mask = new Float32Array(n);
  for (let p = 0; p < n; p++) if (fill.has(labels[p]!)) mask[p] = 1;
  const hf = boxBlur(mask, width, height, 1, Math.max(2, Math.min(width, height) * 0.018), 2);
  const gain = Math.max(2, Math.min(width, height) * 0.018) * 2;
  const plane = reading?.colourPlane;
  const lit: [number, number, number] = [0, 0, 0];
  const out: [number, number, number] = [0, 0, 0];
  const am = Math.min(1, a * 1.3);
  const tscale = Math.min(width, height) / 512;
  const tseed = materials?.size ? rng.int(0, 1 << 30) : 0;
  const sc: MaterialScene = scene ?? { skyTop: [0.55, 0.72, 0.9], skyHorizon: [0.86, 0.9, 0.94], light: [1, 0.95, 0.85], lx: light.x, ly: light.y };
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    const f = fill.get(labels[p]!);
    if (!f) {
      // Colour the client put on open paper (a painted sky, a green field) stays.
      if (plane && plane[i]! >= 0) {
        rgb[i] = rgb[i]! + (plane[i]! - rgb[i]!) * a * 0.85;
        rgb[i + 1] = rgb[i + 1]! + (plane[i + 1]! - rgb[i + 1]!) * a * 0.85;
        rgb[i + 2] = rgb[i + 2]! + (plane[i + 2]! - rgb[i + 2]!) * a * 0.85;
      }
      continue;
    }
    const x = p % width;
    const y = (p - x) / width;
    const { r } = f;
    const split = splits?.get(labels[p]!);
    const col = split && y > split.y ? split.below : f.col;
    const u = ((x - (r.x0 + r.x1) / 2) / Math.max(1, r.x1 - r.x0)) * 2;
    const v = ((y - (r.y0 + r.y1) / 2) / Math.max(1, r.y1 - r.y0)) * 2;
    const gx = ((x < width - 1 ? hf[p + 1]! : hf[p]!) - (x > 0 ? hf[p - 1]! : hf[p]!)) * gain;
    const gy = ((y < height - 1 ? hf[p + width]! : hf[p]!) - (y > 0 ? hf[p - width]! : hf[p]!)) * gain;
    const nz = 1 / Math.sqrt(gx * gx + gy * gy + 1);
    const lambert = -gx * nz * light.x - gy * nz * light.y + nz * light.z;
    const lift = Math.max(0.55, 1.04 + 0.16 * (u * light.x + v * light.y) + 0.7 * (lambert - light.z));
    let mat = materials?.get(labels[p]!);
    if (mat === undefined) {
      rgb[i] = rgb[i]! + (Math.min(1, col[0] * lift) - rgb[i]!) * a;
      rgb[i + 1] = rgb[i + 1]! + (Math.min(1, col[1] * lift) - rgb[i + 1]!) * a;
      rgb[i + 2] = rgb[i + 2]! + (Math.min(1, col[2] * lift) - rgb[i + 2]!) * a;
      continue;
    }
    // A material (foliage, bark, wood, glass …): its texture under the same light, painted more
    // opaquely so the thing reads as what it is made of.
    if (mat === 'foliage' && split && y > split.y) mat = 'bark';
    lit[0] = Math.min(1, col[0] * lift);
    lit[1] = Math.min(1, col[1] * lift);
    lit[2] = Math.min(1, col[2] * lift);
    textured(mat, lit, x, y, u, v, tscale, r.x1 - r.x0 > r.y1 - r.y0, tseed, sc, out);
    rgb[i] = rgb[i]! + (out[0] - rgb[i]!) * am;
    rgb[i + 1] = rgb[i + 1]! + (out[1] - rgb[i + 1]!) * am;
    rgb[i + 2] = rgb[i + 2]! + (out[2] - rgb[i + 2]!) * am;
  }
  return fill.size;
}
