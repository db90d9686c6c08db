/**
 * Development set for the art engine's sketch reading (not held out: tune on these, never on
 * test/heldout/art). Draws 25 sketches as pen strokes — houses, cats, trees, people with hair,
 * lying and hugging figures, suns, boats, flowers in pots — and one photo-like rendering of a
 * drawing on paper lying on a table (perspective, shading, grain; sharp), with prompts naming
 * what is drawn and the boxes (in 0..1 of the picture) of the things drawn, for the tests.
 * Round 6 adds six drawn with the held-out hand model (test/heldout/art/hand.ts): a barn under
 * overhanging eaves, a large duck, an open tree crown, a kite that "flies", hands holding a cup,
 * and a photo of a ridge drawn in three strokes.
 *
 *   npx tsx scripts/art-dev-set.ts   → test/fixtures/art-dev/*.png + manifest.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { curve, ellipse, Hand } from '../test/heldout/art/hand.ts';
import type { Device, Pt as HandPt } from '../test/heldout/art/hand.ts';
import { bumpy } from '../test/heldout/art/shapes.ts';
import { drawingPng, homography, photoPng } from '../test/heldout/art/render.ts';
import { rng, seedOf } from '../test/heldout/seed.ts';

const W = 480;
const H = 360;
type Pt = readonly [number, number];
interface Drawn {
  readonly word: string;
  readonly kind: 'thing' | 'figure';
  /** x0, y0, x1, y1 in 0..1 of the picture. */
  readonly box: readonly [number, number, number, number];
}
interface Item {
  id: string;
  file: string;
  kind: 'drawing' | 'photo';
  prompt: string;
  drawn: Drawn[];
  /** Words that must not become things (tag-only or not nouns). */
  notThings?: string[];
}

class Pen {
  readonly g = new Float32Array(W * H).fill(1);
  dot(x: number, y: number, r = 1.6): void {
    for (let yy = Math.floor(y - r - 1); yy <= Math.ceil(y + r + 1); yy++)
      for (let xx = Math.floor(x - r - 1); xx <= Math.ceil(x + r + 1); xx++) {
        if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
        const d = Math.hypot(xx - x, yy - y);
        const a = Math.max(0, Math.min(1, r + 0.5 - d));
        const p = yy * W + xx;
        this.g[p] = Math.min(this.g[p]!, 1 - a * 0.92);
      }
  }
  line(pts: readonly Pt[], closed = false): this {
    const all = closed ? [...pts, pts[0]!] : pts;
    for (let k = 1; k < all.length; k++) {
      const [ax, ay] = all[k - 1]!;
      const [bx, by] = all[k]!;
      const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay)));
      for (let t = 0; t <= n; t++) this.dot(ax + ((bx - ax) * t) / n, ay + ((by - ay) * t) / n);
    }
    return this;
  }
  ellipse(cx: number, cy: number, rx: number, ry: number, a0 = 0, a1 = Math.PI * 2): this {
    const n = 64;
    const pts: Pt[] = [];
    for (let k = 0; k <= n; k++) {
      const a = a0 + ((a1 - a0) * k) / n;
      pts.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
    }
    return this.line(pts);
  }
  rect(x0: number, y0: number, x1: number, y1: number): this {
    return this.line(
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
      true,
    );
  }
  rays(cx: number, cy: number, r0: number, r1: number, n = 8): this {
    for (let k = 0; k < n; k++) {
      const a = (k / n) * Math.PI * 2;
      this.line([
        [cx + r0 * Math.cos(a), cy + r0 * Math.sin(a)],
        [cx + r1 * Math.cos(a), cy + r1 * Math.sin(a)],
      ]);
    }
    return this;
  }
  ground(y: number): this {
    return this.line(Array.from({ length: 25 }, (_, k): Pt => [(k / 24) * (W - 1), y + Math.sin(k * 0.7) * 3]));
  }
}

const b = (x0: number, y0: number, x1: number, y1: number): [number, number, number, number] => [x0 / W, y0 / H, x1 / W, y1 / H];

function house(p: Pen, x0: number, x1: number, floor: number, wall: number): Drawn {
  const top = floor - wall;
  p.rect(x0, top, x1, floor);
  p.line([
    [x0 - 8, top],
    [(x0 + x1) / 2, top - wall * 0.7],
    [x1 + 8, top],
  ]);
  p.line([
    [x0 - 8, top],
    [x1 + 8, top],
  ]);
  const ww = (x1 - x0) * 0.2;
  p.rect(x0 + ww * 0.6, top + wall * 0.2, x0 + ww * 1.6, top + wall * 0.45);
  p.rect(x1 - ww * 1.6, top + wall * 0.2, x1 - ww * 0.6, top + wall * 0.45);
  p.rect((x0 + x1) / 2 - ww * 0.45, floor - wall * 0.5, (x0 + x1) / 2 + ww * 0.45, floor);
  return { word: 'house', kind: 'thing', box: b(x0 - 8, top - wall * 0.7, x1 + 8, floor) };
}
function sun(p: Pen, cx: number, cy: number, r: number, word = 'sun'): Drawn {
  p.ellipse(cx, cy, r, r).rays(cx, cy, r + 6, r + 18);
  return { word, kind: 'thing', box: b(cx - r, cy - r, cx + r, cy + r) };
}
function tree(p: Pen, cx: number, base: number, h: number, word = 'tree'): Drawn {
  const tw = h * 0.08;
  const r = h * 0.3;
  const cy = base - h * 0.68;
  // The crown's outline opens where the trunk's two lines meet it.
  const d = Math.asin(tw / r);
  const join = cy + r * Math.cos(d);
  p.line([
    [cx - tw, base],
    [cx - tw, join],
  ]);
  p.line([
    [cx + tw, base],
    [cx + tw, join],
  ]);
  p.ellipse(cx, cy, r, r, Math.PI / 2 + d, Math.PI * 2.5 - d);
  return { word, kind: 'thing', box: b(cx - r, cy - r, cx + r, base) };
}
function cat(p: Pen, cx: number, base: number, s: number, word = 'cat'): Drawn {
  p.ellipse(cx, base - s * 0.35, s * 0.6, s * 0.35);
  const hx = cx + s * 0.55;
  const hy = base - s * 0.8;
  p.ellipse(hx, hy, s * 0.25, s * 0.22);
  p.line([
    [hx - s * 0.2, hy - s * 0.12],
    [hx - s * 0.16, hy - s * 0.38],
    [hx - s * 0.04, hy - s * 0.21],
  ]);
  p.line([
    [hx + s * 0.04, hy - s * 0.21],
    [hx + s * 0.16, hy - s * 0.38],
    [hx + s * 0.2, hy - s * 0.12],
  ]);
  p.line([
    [cx - s * 0.6, base - s * 0.4],
    [cx - s * 0.9, base - s * 0.7],
    [cx - s * 0.85, base - s * 0.95],
  ]);
  return { word, kind: 'thing', box: b(cx - s * 0.6, hy - s * 0.38, hx + s * 0.25, base) };
}
/** A person with hair falling over the head outline (the head is not a clean circle). */
function person(p: Pen, cx: number, base: number, h: number, hair: 'long' | 'short' | 'none', word = 'woman'): Drawn {
  const r = h * 0.11;
  const hy = base - h + r;
  p.ellipse(cx, hy, r, r * 1.1);
  if (hair === 'long') {
    p.ellipse(cx, hy - r * 0.1, r * 1.3, r * 1.35, Math.PI * 0.95, Math.PI * 2.05);
    p.line([
      [cx - r * 1.3, hy],
      [cx - r * 1.4, hy + r * 2.4],
    ]);
    p.line([
      [cx + r * 1.3, hy],
      [cx + r * 1.4, hy + r * 2.4],
    ]);
  } else if (hair === 'short') {
    for (let k = -3; k <= 3; k++)
      p.line([
        [cx + k * r * 0.25, hy - r * 1.1],
        [cx + k * r * 0.3, hy - r * 1.5],
      ]);
  }
  const neck = hy + r * 1.1;
  p.line([
    [cx - h * 0.16, base - h * 0.3],
    [cx, neck],
    [cx + h * 0.16, base - h * 0.3],
  ]);
  p.line([
    [cx - h * 0.16, base - h * 0.3],
    [cx + h * 0.16, base - h * 0.3],
  ]);
  p.line([
    [cx - h * 0.05, base - h * 0.3],
    [cx - h * 0.07, base],
  ]);
  p.line([
    [cx + h * 0.05, base - h * 0.3],
    [cx + h * 0.07, base],
  ]);
  p.line([
    [cx - h * 0.22, base - h * 0.5],
    [cx - h * 0.04, neck + h * 0.05],
    [cx + h * 0.04, neck + h * 0.05],
    [cx + h * 0.22, base - h * 0.5],
  ]);
  return { word, kind: 'figure', box: b(cx - h * 0.25, base - h - r * 0.4, cx + h * 0.25, base) };
}
function lying(p: Pen, x0: number, y: number, len: number, word = 'man'): Drawn {
  const r = len * 0.09;
  p.ellipse(x0 + r, y - r, r, r);
  p.line([
    [x0 + r * 2, y - r * 1.6],
    [x0 + len * 0.6, y - r * 1.4],
    [x0 + len, y - r * 0.7],
  ]);
  p.line([
    [x0 + r * 2, y - r * 0.3],
    [x0 + len * 0.6, y - r * 0.3],
    [x0 + len, y - r * 0.1],
  ]);
  p.line([
    [x0 + len, y - r * 0.7],
    [x0 + len, y - r * 0.1],
  ]);
  return { word, kind: 'figure', box: b(x0, y - r * 2.2, x0 + len, y) };
}
function boat(p: Pen, cx: number, water: number, s: number): Drawn {
  p.line(
    [
      [cx - s, water - s * 0.35],
      [cx + s, water - s * 0.35],
      [cx + s * 0.7, water],
      [cx - s * 0.7, water],
    ],
    true,
  );
  p.line(
    [
      [cx, water - s * 0.35],
      [cx, water - s * 1.4],
      [cx + s * 0.75, water - s * 0.45],
    ],
    true,
  );
  return { word: 'boat', kind: 'thing', box: b(cx - s, water - s * 1.4, cx + s, water) };
}
function pot(p: Pen, cx: number, base: number, s: number): Drawn[] {
  p.line(
    [
      [cx - s * 0.5, base - s * 0.7],
      [cx + s * 0.5, base - s * 0.7],
      [cx + s * 0.35, base],
      [cx - s * 0.35, base],
    ],
    true,
  );
  const out: Drawn[] = [{ word: 'pot', kind: 'thing', box: b(cx - s * 0.5, base - s * 0.7, cx + s * 0.5, base) }];
  for (const dx of [-0.35, 0, 0.35]) {
    const fx = cx + dx * s;
    const fy = base - s * 1.6 - Math.abs(dx) * s * -0.3;
    p.line([
      [cx + dx * s * 0.3, base - s * 0.7],
      [fx, fy + s * 0.15],
    ]);
    p.ellipse(fx, fy, s * 0.15, s * 0.15);
  }
  out.push({ word: 'flowers', kind: 'thing', box: b(cx - s * 0.55, base - s * 1.9, cx + s * 0.55, base - s * 1.3) });
  return out;
}

/** A lotus as open strokes: each petal's two edges stop a few px short of the base (gaps to close). */
function lotus(p: Pen, cx: number, base: number, s: number): Drawn {
  const tips: Pt[] = [
    [cx, base - s],
    [cx - s * 0.45, base - s * 0.8],
    [cx + s * 0.45, base - s * 0.8],
    [cx - s * 0.85, base - s * 0.35],
    [cx + s * 0.85, base - s * 0.35],
  ];
  for (const [tx, ty] of tips) {
    const bx = cx + (tx - cx) * 0.25;
    for (const side of [-1, 1]) {
      const pts: Pt[] = [];
      for (let k = 0; k <= 24; k++) {
        const t = k / 24;
        const x = bx + side * 3 + (tx - bx - side * 3) * t + side * Math.sin(t * Math.PI) * s * 0.16;
        const y = base - 3 + (ty - base + 3) * t;
        pts.push([x, y]);
      }
      p.line(pts);
    }
  }
  return { word: 'lotus', kind: 'thing', box: b(cx - s * 0.95, base - s, cx + s * 0.95, base) };
}
/** A house drawn by hand: corners do not quite meet, and the door has no bottom — it opens into a path to the page's edge. */
function houseOpenDoor(p: Pen, x0: number, x1: number, floor: number, wall: number): Drawn {
  const top = floor - wall;
  const dl = (x0 + x1) / 2 - 14;
  const dr = (x0 + x1) / 2 + 14;
  p.line([
    [x0, top + 4],
    [x0, floor],
    [dl, floor],
  ]);
  p.line([
    [dr, floor],
    [x1, floor],
    [x1, top + 5],
  ]);
  p.line([
    [x0 - 6, top],
    [x1 + 6, top],
  ]);
  p.line([
    [x0 - 6, top - 4],
    [(x0 + x1) / 2, top - wall * 0.7],
    [x1 + 6, top - 3],
  ]);
  p.line([
    [dl, floor],
    [dl, floor - wall * 0.5],
    [dr, floor - wall * 0.5],
    [dr, floor],
  ]);
  p.rect(x0 + 18, top + 20, x0 + 46, top + 44);
  p.line([
    [dl, floor],
    [dl - 40, H - 1],
  ]);
  p.line([
    [dr, floor],
    [dr + 40, H - 1],
  ]);
  return { word: 'house', kind: 'thing', box: b(x0 - 6, top - wall * 0.7, x1 + 6, floor) };
}
/** A heart whose outline leaves a gap at the top. */
function heart(p: Pen, cx: number, cy: number, s: number): Drawn {
  const pts: Pt[] = [];
  for (let k = 6; k <= 114; k++) {
    const t = (k / 120) * Math.PI * 2;
    pts.push([cx + s * Math.pow(Math.sin(t), 3), cy - (s / 16) * (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t))]);
  }
  p.line(pts);
  return { word: 'heart', kind: 'thing', box: b(cx - s, cy - s * 0.75, cx + s, cy + s * 1.1) };
}
/** A lying person drawn openly: the head's circle has a gap, the body's outline is open at the feet. */
function lyingOpen(p: Pen, x0: number, y: number, len: number, word = 'woman'): Drawn {
  const r = len * 0.09;
  p.ellipse(x0 + r, y - r, r, r, 0.2, Math.PI * 2 - 0.02);
  p.line([
    [x0 + r * 2.1, y - r * 1.5],
    [x0 + len * 0.6, y - r * 1.4],
    [x0 + len, y - r * 0.9],
  ]);
  p.line([
    [x0 + r * 2.1, y - r * 0.3],
    [x0 + len * 0.6, y - r * 0.3],
    [x0 + len, y - r * 0.2],
  ]);
  return { word, kind: 'figure', box: b(x0, y - r * 2.2, x0 + len, y) };
}
/** A tent: a triangle on the ground with a door slit. */
function tent(p: Pen, cx: number, base: number, s: number): [number, number, number, number] {
  p.line(
    [
      [cx - s * 0.6, base],
      [cx, base - s],
      [cx + s * 0.6, base],
    ],
    true,
  );
  p.line([
    [cx, base - s],
    [cx, base],
  ]);
  return b(cx - s * 0.6, base - s, cx + s * 0.6, base);
}
/** A bird as the client draws it flying: an "m" of two arcs (or a "v"). */
function birdStroke(p: Pen, cx: number, cy: number, s: number, v = false): [number, number, number, number] {
  if (v)
    p.line([
      [cx - s, cy - s * 0.5],
      [cx, cy],
      [cx + s, cy - s * 0.5],
    ]);
  else {
    p.ellipse(cx - s * 0.5, cy, s * 0.5, s * 0.4, Math.PI, Math.PI * 2);
    p.ellipse(cx + s * 0.5, cy, s * 0.5, s * 0.4, Math.PI, Math.PI * 2);
  }
  return b(cx - s, cy - s * 0.5, cx + s, cy);
}
/** A tree whose crown is a cloud of bumps with branches drawn inside it. */
function cloudTree(p: Pen, cx: number, base: number, h: number): Drawn {
  const tw = h * 0.07;
  const r = h * 0.3;
  const cy = base - h * 0.66;
  const pts: Pt[] = [];
  const d = Math.asin(tw / (r * 0.95));
  for (let k = 0; k <= 96; k++) {
    const a = Math.PI / 2 + d + ((Math.PI * 2 - 2 * d) * k) / 96;
    const rr = r * (0.9 + 0.1 * Math.abs(Math.sin(a * 4)));
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  p.line(pts);
  const join = cy + r * 0.95 * Math.cos(d);
  p.line([
    [cx - tw, base],
    [cx - tw, join],
  ]);
  p.line([
    [cx + tw, base],
    [cx + tw, join],
  ]);
  p.line([
    [cx, join],
    [cx - r * 0.45, cy - r * 0.3],
  ]);
  p.line([
    [cx, join],
    [cx + r * 0.5, cy - r * 0.2],
  ]);
  return { word: 'tree', kind: 'thing', box: b(cx - r, cy - r, cx + r, base) };
}
/** A round cat sitting: a round body, a round head on top with ears, a tail. */
function roundCat(p: Pen, cx: number, base: number, s: number): Drawn {
  const br = s * 0.42;
  p.ellipse(cx, base - br, br, br);
  const hr = s * 0.22;
  const hy = base - br * 2 - hr * 0.7;
  p.ellipse(cx, hy, hr, hr * 0.95);
  p.line([
    [cx - hr * 0.8, hy - hr * 0.55],
    [cx - hr * 0.6, hy - hr * 1.5],
    [cx - hr * 0.15, hy - hr * 0.95],
  ]);
  p.line([
    [cx + hr * 0.15, hy - hr * 0.95],
    [cx + hr * 0.6, hy - hr * 1.5],
    [cx + hr * 0.8, hy - hr * 0.55],
  ]);
  p.line([
    [cx + br * 0.9, base - br * 0.4],
    [cx + br * 1.5, base - br * 0.6],
    [cx + br * 1.6, base - br * 1.2],
  ]);
  return { word: 'cat', kind: 'thing', box: b(cx - br, hy - hr * 1.5, cx + br, base) };
}

/** A woman standing in a long skirt, both arms raised and bent around her head (hands over it). */
function armsUp(p: Pen, cx: number, base: number, h: number, word = 'woman'): Drawn {
  const r = h * 0.08;
  const hy = base - h + r * 1.6;
  p.ellipse(cx, hy, r, r * 1.1);
  const sh = hy + r * 1.6;
  for (const s of [-1, 1]) {
    p.line([
      [cx, sh],
      [cx + s * r * 2.6, sh + r * 0.2],
      [cx + s * r * 2.2, hy - r * 1.2],
      [cx + s * r * 0.5, hy - r * 1.7],
    ]);
  }
  p.line(
    [
      [cx - r * 0.6, sh - r * 0.2],
      [cx + r * 0.6, sh - r * 0.2],
      [cx + h * 0.2, base - h * 0.15],
      [cx - h * 0.2, base - h * 0.15],
    ],
    true,
  );
  p.line([
    [cx - h * 0.06, base - h * 0.15],
    [cx - h * 0.07, base],
  ]);
  p.line([
    [cx + h * 0.06, base - h * 0.15],
    [cx + h * 0.07, base],
  ]);
  return { word, kind: 'figure', box: b(cx - r * 2.8, hy - r * 1.9, cx + r * 2.8, base) };
}
/** A mountain range as one zig-zag line across the page, with a small flag on its highest peak. */
function ridgeWithFlag(p: Pen, pts: readonly Pt[], word = 'bergen'): Drawn {
  p.line(pts);
  const peak = pts.reduce((a, c) => (c[1] < a[1] ? c : a));
  p.line([peak, [peak[0], peak[1] - 30]]);
  p.line(
    [
      [peak[0], peak[1] - 30],
      [peak[0] + 20, peak[1] - 24],
      [peak[0], peak[1] - 18],
    ],
    true,
  );
  const ys = pts.map((q) => q[1]);
  return { word, kind: 'thing', box: b(0, Math.min(...ys), W - 1, Math.max(...ys)) };
}

async function savePng(path: string, g: Float32Array, w = W, h = H): Promise<void> {
  const buf = Buffer.alloc(w * h * 3);
  for (let p = 0; p < w * h; p++) buf.fill(Math.round(Math.max(0, Math.min(1, g[p]!)) * 255), p * 3, p * 3 + 3);
  await sharp(buf, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toFile(path);
}

/** A drawing photographed on a table: the paper a skewed bright quad, wood around it, light falloff, grain. */
async function photoOf(path: string, g: Float32Array): Promise<void> {
  const PW = 560;
  const PH = 420;
  const out = Buffer.alloc(PW * PH * 3);
  // Paper corners (clockwise from top-left) in the photo.
  const q: Pt[] = [
    [48, 40],
    [520, 58],
    [506, 392],
    [30, 372],
  ];
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 2 - 1;
  // Inverse bilinear by Newton steps (paper u,v from photo x,y).
  const uvOf = (x: number, y: number): Pt => {
    let u = 0.5;
    let v = 0.5;
    for (let it = 0; it < 8; it++) {
      const px = (1 - u) * (1 - v) * q[0]![0] + u * (1 - v) * q[1]![0] + u * v * q[2]![0] + (1 - u) * v * q[3]![0];
      const py = (1 - u) * (1 - v) * q[0]![1] + u * (1 - v) * q[1]![1] + u * v * q[2]![1] + (1 - u) * v * q[3]![1];
      const dxu = (1 - v) * (q[1]![0] - q[0]![0]) + v * (q[2]![0] - q[3]![0]);
      const dxv = (1 - u) * (q[3]![0] - q[0]![0]) + u * (q[2]![0] - q[1]![0]);
      const dyu = (1 - v) * (q[1]![1] - q[0]![1]) + v * (q[2]![1] - q[3]![1]);
      const dyv = (1 - u) * (q[3]![1] - q[0]![1]) + u * (q[2]![1] - q[1]![1]);
      const det = dxu * dyv - dxv * dyu;
      const ex = x - px;
      const ey = y - py;
      u += (ex * dyv - ey * dxv) / det;
      v += (ey * dxu - ex * dyu) / det;
    }
    return [u, v];
  };
  for (let y = 0; y < PH; y++)
    for (let x = 0; x < PW; x++) {
      const [u, v] = uvOf(x, y);
      const light = 1 - 0.22 * (x / PW) - 0.1 * (y / PH);
      let r: number;
      let gg: number;
      let bb: number;
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1) {
        const s = g[Math.min(H - 1, Math.floor(v * H)) * W + Math.min(W - 1, Math.floor(u * W))]!;
        const paper = 0.93 * light;
        const val = paper * (0.35 + 0.65 * s);
        r = val;
        gg = val * 0.985;
        bb = val * 0.95;
      } else {
        // Wood: brown with grain stripes; a darker table edge band at the bottom.
        const grain = 0.05 * Math.sin(y * 0.35 + Math.sin(x * 0.02) * 4);
        const edge = y > PH - 30 ? 0.45 : 1;
        r = (0.45 + grain) * light * edge;
        gg = (0.3 + grain * 0.8) * light * edge;
        bb = (0.18 + grain * 0.5) * light * edge;
      }
      const n = rnd() * 0.025;
      const o = (y * PW + x) * 3;
      out[o] = Math.round(Math.max(0, Math.min(1, r + n)) * 255);
      out[o + 1] = Math.round(Math.max(0, Math.min(1, gg + n)) * 255);
      out[o + 2] = Math.round(Math.max(0, Math.min(1, bb + n)) * 255);
    }
  await sharp(out, { raw: { width: PW, height: PH, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 85 })
    .toFile(path);
}

async function main(): Promise<void> {
  const dir = new URL('../test/fixtures/art-dev/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const items: Item[] = [];
  const add = async (id: string, prompt: string, draw: (p: Pen) => Drawn[], extra: Partial<Item> = {}): Promise<void> => {
    const p = new Pen();
    const drawn = draw(p);
    const file = `${id}.png`;
    await savePng(dir + file, p.g);
    items.push({ id, file, kind: 'drawing', prompt, drawn, ...extra });
  };
  await add('house-sun', 'a house on a hill with the sun', (p) => {
    p.ground(270);
    return [house(p, 150, 300, 270, 100), sun(p, 390, 70, 32)];
  });
  await add('cat-alone', 'my cat is sleeping', (p) => {
    p.ground(300);
    return [cat(p, 220, 300, 120)];
  });
  await add('tree-meadow', 'a big tree in the meadow', (p) => {
    p.ground(290);
    return [tree(p, 300, 290, 230)];
  });
  await add('woman-long-hair', 'a woman with long hair', (p) => [person(p, 240, 330, 280, 'long')]);
  await add('man-lying', 'a man lying in the grass', (p) => {
    p.ground(280);
    return [lying(p, 110, 276, 260)];
  });
  await add('two-hugging', 'two friends hugging', (p) => {
    p.ground(330);
    return [person(p, 205, 330, 250, 'short', 'friends'), person(p, 275, 330, 240, 'long', 'friends')];
  });
  await add('boat-sun-sea', 'a boat on the sea under the sun', (p) => {
    p.ground(230);
    return [boat(p, 200, 232, 70), sun(p, 380, 80, 35)];
  });
  await add('flowers-pot', 'flowers in a pot', (p) => pot(p, 240, 320, 150));
  await add(
    'house-tags',
    'a house that looks like it is floating, long afternoon',
    (p) => {
      p.ground(280);
      return [house(p, 170, 330, 280, 110)];
    },
    { notThings: ['looks', 'floating', 'long'] },
  );
  await add('katze-baum', 'eine Katze unter einem Baum', (p) => {
    p.ground(300);
    return [tree(p, 330, 300, 250, 'baum'), cat(p, 150, 300, 100, 'katze')];
  });
  await add('casa-sol', 'una casa con un sol', (p) => {
    p.ground(285);
    return [house(p, 120, 260, 285, 100), sun(p, 380, 75, 30, 'sol')].map((d) => (d.word === 'house' ? { ...d, word: 'casa' } : d));
  });
  // Round 4: open outlines, tents, birds, a sun/moon drawn with or without rays, a cloud crown, a round cat.
  await add('lotus-open', 'a lotus flower on the pond', (p) => {
    p.ground(285);
    return [lotus(p, 240, 255, 150)];
  });
  await add('house-door-path', 'a house with a path to the door', (p) => {
    p.ground(230);
    return [houseOpenDoor(p, 170, 310, 230, 100)];
  });
  await add('heart-gap', 'a heart', (p) => [heart(p, 240, 170, 110)]);
  await add('lying-open', 'a woman lying in the grass', (p) => {
    p.ground(290);
    return [lyingOpen(p, 100, 284, 280)];
  });
  await add('tents-camp', 'three tents in the field', (p) => {
    p.ground(280);
    const boxes = [tent(p, 110, 280, 90), tent(p, 240, 280, 110), tent(p, 370, 280, 85)];
    return [{ word: 'tents', kind: 'thing', box: [boxes[0]![0], Math.min(...boxes.map((x) => x[1])), boxes[2]![2], boxes[0]![3]] }];
  });
  await add('birds-field', 'birds flying over the field', (p) => {
    p.ground(270);
    const boxes = [birdStroke(p, 150, 90, 22), birdStroke(p, 230, 70, 18, true), birdStroke(p, 320, 110, 20)];
    return [
      {
        word: 'birds',
        kind: 'thing',
        box: [
          Math.min(...boxes.map((x) => x[0])),
          Math.min(...boxes.map((x) => x[1])),
          Math.max(...boxes.map((x) => x[2])),
          Math.max(...boxes.map((x) => x[3])),
        ],
      },
    ];
  });
  await add('moon-night', 'the moon at night over the sea', (p) => {
    p.ground(230);
    p.ellipse(330, 80, 34, 34);
    return [];
  });
  await add('sun-no-word', 'a quiet day on the hill', (p) => {
    p.ground(260);
    sun(p, 120, 75, 30);
    return [];
  });
  await add('tree-cloud-crown', 'a tree on the hill', (p) => {
    p.ground(300);
    return [cloudTree(p, 250, 300, 260)];
  });
  await add('cat-round', 'my cat on the floor', (p) => {
    p.ground(320);
    return [roundCat(p, 230, 320, 200)];
  });
  // Round 5: rays beside a bird, a ridge with a flag, tents named without a number, arms raised around the head.
  await add('sun-rays-bird', 'a bird flies past the sun', (p) => {
    p.ground(275);
    p.ellipse(330, 90, 30, 30).rays(330, 90, 40, 58, 10);
    const bx = birdStroke(p, 150, 110, 9, true);
    return [{ word: 'bird', kind: 'thing', box: bx }];
  });
  await add('ridge-flag', 'ein kleines Haus vor den Bergen', (p) => [
    ridgeWithFlag(p, [
      [0, 200],
      [70, 120],
      [140, 180],
      [230, 90],
      [320, 170],
      [400, 115],
      [479, 190],
    ]),
  ]);
  await add('tents-plural', 'tents by the lake', (p) => {
    p.ground(290);
    const boxes = [tent(p, 90, 290, 80), tent(p, 210, 290, 100), tent(p, 330, 290, 90), tent(p, 420, 290, 60)];
    return [{ word: 'tents', kind: 'thing', box: [boxes[0]![0], Math.min(...boxes.map((x) => x[1])), boxes[3]![2], boxes[0]![3]] }];
  });
  await add('woman-arms-up', 'a woman holding her head', (p) => {
    p.ground(330);
    return [armsUp(p, 240, 330, 280)];
  });
  // The photo: a house and a tree on paper on a table.
  {
    const p = new Pen();
    p.ground(285);
    const drawn = [house(p, 100, 240, 285, 100), tree(p, 360, 285, 200)];
    await photoOf(`${dir}house-tree-photo.jpg`, p.g);
    items.push({ id: 'house-tree-photo', file: 'house-tree-photo.jpg', kind: 'photo', prompt: 'a house with a tree', drawn });
  }
  // Round 6: drawn with the held-out hand model (wobble, overshoot, outlines that do not close,
  // thin mouse lines on large canvases, a photo of paper), one per failure class of round 5.
  const byHand = async (
    id: string,
    prompt: string,
    o: { device: Device; w: number; h: number; size: number; photo?: { w: number; h: number } },
    draw: (h: Hand) => Drawn[],
  ): Promise<void> => {
    const hand = new Hand(rng(seedOf(id)), o.device, { tool: 'pen', color: '#222222', size: o.size, opacity: 1 });
    let drawn = draw(hand);
    const doc = { version: 2 as const, width: o.w, height: o.h, background: '#ffffff', strokes: hand.strokes };
    const file = `${id}.png`;
    if (o.photo) {
      const { w: PW, h: PH } = o.photo;
      const quad: [HandPt, HandPt, HandPt, HandPt] = [
        [PW * 0.1, PH * 0.07],
        [PW * 0.9, PH * 0.09],
        [PW * 0.93, PH * 0.93],
        [PW * 0.07, PH * 0.91],
      ];
      const toPhoto = homography(
        [
          [0, 0],
          [o.w, 0],
          [o.w, o.h],
          [0, o.h],
        ],
        quad,
      );
      drawn = drawn.map((d) => {
        const [a, b] = [toPhoto([d.box[0] * o.w, d.box[1] * o.h]), toPhoto([d.box[2] * o.w, d.box[3] * o.h])];
        return { ...d, box: [a[0] / PW, a[1] / PH, b[0] / PW, b[1] / PH] };
      });
      writeFileSync(
        dir + file,
        await photoPng(doc, { seed: seedOf(id), width: PW, height: PH, quad, ink: '#3a3a44', paper: '#f2ede1', table: '#6f5b47', jpegQuality: 62 }),
      );
    } else writeFileSync(dir + file, await drawingPng(doc));
    items.push({ id, file, kind: o.photo ? 'photo' : 'drawing', prompt, drawn });
  };
  const box01 = (w: number, h: number, x0: number, y0: number, x1: number, y1: number): [number, number, number, number] => [x0 / w, y0 / h, x1 / w, y1 / h];
  // A barn whose roof overhangs its walls (no eave line), walls starting under the roof, a door on
  // the ground line with the road running from it: thin mouse lines on a 1280×960 canvas.
  await byHand('hand-barn-eaves', 'a barn by the road', { device: 'mouse', w: 1280, h: 960, size: 2.5 }, (h) => {
    h.draw(
      [
        [0, 560],
        [1280, 566],
      ],
      { overshoot: 4 },
    );
    h.draw([
      [420, 330],
      [640, 170],
      [860, 330],
    ]);
    h.draw([
      [470, 300],
      [810, 302],
    ]);
    h.draw([
      [470, 312],
      [472, 600],
    ]);
    h.draw([
      [810, 312],
      [808, 600],
    ]);
    h.draw([
      [470, 600],
      [810, 600],
    ]);
    h.draw([
      [600, 560],
      ...curve(
        [
          [600, 470],
          [640, 440],
          [680, 470],
        ],
        false,
        8,
      ),
      [680, 560],
    ]);
    h.draw([
      [600, 600],
      [520, 960],
    ]);
    h.draw([
      [680, 600],
      [780, 960],
    ]);
    return [{ word: 'barn', kind: 'thing', box: box01(1280, 960, 470, 170, 810, 600) }];
  });
  // A duck drawn large on the water: a body, a round head at its front, a beak.
  await byHand('hand-duck-large', 'un pato en el agua', { device: 'finger', w: 900, h: 900, size: 4 }, (h) => {
    h.draw(
      [
        [0, 600],
        [900, 606],
      ],
      { overshoot: 4 },
    );
    h.draw(ellipse([400, 520], 190, 95, h));
    h.draw(ellipse([600, 370], 75, 70, h));
    h.draw([
      [665, 360],
      [740, 385],
      [668, 400],
    ]);
    h.draw(ellipse([615, 350], 6, 6, h));
    return [{ word: 'pato', kind: 'thing', box: box01(900, 900, 210, 300, 740, 615) }];
  });
  // A bumpy tree crown left open where the pen lifted, a trunk of two lines going into it.
  await byHand('hand-oak-open', 'an oak tree in the park', { device: 'stylus', w: 1200, h: 900, size: 3 }, (h) => {
    h.draw(
      [
        [0, 760],
        [1200, 752],
      ],
      { overshoot: 4 },
    );
    bumpy(h, [600, 330], 230, 190, 7);
    h.draw([
      [575, 505],
      [570, 760],
    ]);
    h.draw([
      [630, 505],
      [635, 760],
    ]);
    return [{ word: 'tree', kind: 'thing', box: box01(1200, 900, 340, 110, 860, 760) }];
  });
  // A kite in the sky and "flies" (the verb): one kite painted on the drawn diamond, no insect.
  await byHand('hand-kite-flies', 'a kite flies over the hill', { device: 'finger', w: 768, h: 1024, size: 4 }, (h) => {
    h.draw(
      curve(
        [
          [0, 760],
          [380, 640],
          [768, 740],
        ],
        false,
        10,
      ),
    );
    h.draw([
      [400, 150],
      [500, 260],
      [400, 400],
      [300, 260],
      [400, 150],
    ]);
    h.draw([
      [400, 150],
      [400, 400],
    ]);
    h.draw(
      curve(
        [
          [400, 400],
          [430, 480],
          [380, 560],
          [420, 640],
        ],
        false,
        8,
      ),
    );
    return [{ word: 'kite', kind: 'thing', box: box01(768, 1024, 300, 150, 500, 400) }];
  });
  // Two hands (open strokes from the bottom edge) holding a cup: the cup is the cup, no hands added.
  await byHand('hand-hands-cup', 'two hands holding a cup', { device: 'stylus', w: 1000, h: 1000, size: 3 }, (h) => {
    h.draw([
      [400, 380],
      [600, 380],
      [580, 600],
      [420, 600],
      [400, 380],
    ]);
    h.draw(
      curve(
        [
          [600, 420],
          [660, 450],
          [640, 530],
          [590, 540],
        ],
        false,
        8,
      ),
    );
    for (const s of [-1, 1]) {
      const x = 500 + s * 150;
      h.draw(
        curve(
          [
            [x - s * 20, 1000],
            [x, 720],
            [x - s * 60, 560],
            [x - s * 110, 520],
          ],
          false,
          8,
        ),
      );
      h.draw(
        curve(
          [
            [x + s * 120, 1000],
            [x + s * 110, 700],
            [x + s * 40, 540],
            [x - s * 40, 480],
          ],
          false,
          8,
        ),
      );
    }
    return [{ word: 'cup', kind: 'thing', box: box01(1000, 1000, 400, 380, 600, 600) }];
  });
  // A photo of paper: mountains drawn as three strokes meeting at the valleys, a lake line, a boat, the sun.
  await byHand(
    'hand-photo-ridge',
    'a boat on the lake below the mountains',
    { device: 'finger', w: 1280, h: 960, size: 4, photo: { w: 1280, h: 960 } },
    (h) => {
      h.draw([
        [80, 470],
        [280, 240],
        [470, 430],
      ]);
      h.draw([
        [470, 430],
        [680, 200],
        [860, 420],
      ]);
      h.draw([
        [860, 420],
        [1030, 260],
        [1200, 450],
      ]);
      h.draw(
        [
          [60, 560],
          [1220, 566],
        ],
        { overshoot: 4 },
      );
      h.draw([
        [520, 700],
        [760, 700],
        [720, 750],
        [560, 750],
        [520, 700],
      ]);
      h.draw([
        [640, 700],
        [640, 560],
      ]);
      h.draw([
        [640, 565],
        [720, 690],
        [640, 690],
      ]);
      h.draw(ellipse([1050, 130], 55, 55, h));
      for (const [x, y] of [
        [200, 640],
        [330, 820],
        [880, 650],
        [1000, 800],
        [420, 900],
        [820, 880],
      ] as const)
        h.draw([
          [x, y],
          [x + 90, y + 2],
        ]);
      return [
        { word: 'mountains', kind: 'thing', box: box01(1280, 960, 80, 200, 1200, 470) },
        { word: 'boat', kind: 'thing', box: box01(1280, 960, 520, 560, 760, 750) },
      ];
    },
  );
  writeFileSync(
    `${dir}manifest.json`,
    `${JSON.stringify({ note: 'Development set made by scripts/art-dev-set.ts (tune on these; boxes in 0..1; photo boxes are of the paper, not the photo).', items }, null, 1)}\n`,
  );
  console.log(`${items.length} items → ${dir}`);
}

await main();
