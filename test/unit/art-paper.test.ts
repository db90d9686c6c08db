/**
 * Photos of paper art (src/engines/art/paper.ts) on photos made here: a drawing rendered on a
 * sheet of known shape, put on a textured table through a perspective warp (keystone and tilt),
 * lit unevenly, with noise and a JPEG round trip. Properties, not fixed outputs.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '../../src/engines/core/index.ts';
import { findPaper, straightenPaper } from '../../src/engines/art/index.ts';
import type { Quad } from '../../src/engines/art/index.ts';
import { homography, mapPoint } from '../../src/engines/art/paper.ts';

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** A small seeded random stream (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ink (0..1) of the drawing at paper coordinates (u, v in 0..1): a diagonal line, a box and a circle. */
function ink(u: number, v: number, pw: number, ph: number): number {
  const x = u * pw;
  const y = v * ph;
  const t = 2.2; // half the line's width in paper px
  const segment = (ax: number, ay: number, bx: number, by: number): number => {
    const [x0, y0, x1, y1] = [ax * pw, ay * ph, bx * pw, by * ph];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const s = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - x0 - s * dx, y - y0 - s * dy) < t ? 1 : 0;
  };
  const circle = Math.abs(Math.hypot(x - 0.7 * pw, y - 0.3 * ph) - 0.1 * Math.min(pw, ph)) < t ? 1 : 0;
  return Math.max(
    segment(0.15, 0.2, 0.85, 0.8),
    segment(0.2, 0.6, 0.45, 0.6), segment(0.45, 0.6, 0.45, 0.85), segment(0.45, 0.85, 0.2, 0.85), segment(0.2, 0.85, 0.2, 0.6),
    circle,
  );
}

interface Made {
  readonly photo: RgbaImage;
  readonly corners: Quad;
  readonly aspect: number;
}

/** The sheet's corners in the photo: most of the frame, a keystone (top narrower) and a tilt. */
function quadFor(W: number, H: number, aspect: number, keystone: number, tilt: number, fill: number): Quad {
  const fit = Math.min((W * fill) / aspect, H * fill);
  const pw = fit * aspect;
  const ph = fit;
  const k = pw * keystone;
  const pts = [[-pw / 2 + k, -ph / 2], [pw / 2 - k, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]].map(([x, y]): [number, number] => [
    W / 2 + x! * Math.cos(tilt) - y! * Math.sin(tilt),
    H / 2 + x! * Math.sin(tilt) + y! * Math.cos(tilt),
  ]);
  return [pts[0]!, pts[1]!, pts[2]!, pts[3]!];
}

/** A photo of the drawing on a wooden table (RGBA after a JPEG round trip). */
async function makePhoto(W: number, H: number, aspect: number, corners: Quad, seed: number): Promise<Made> {
  const random = rng(seed);
  const pw = 1000 * Math.min(1, aspect);
  const ph = pw / aspect;
  const toPaper = homography(corners, [[0, 0], [1, 0], [1, 1], [0, 1]]);
  const rgb = Buffer.alloc(W * H * 3);
  const grainPhase = random() * 10;
  for (let y = 0; y < H; y++) {
    if (y % 128 === 127) await turn(); // the worker stays responsive while a photo is made
    for (let x = 0; x < W; x++) {
      const [u, v] = mapPoint(toPaper, x + 0.5, y + 0.5);
      const noise = (random() - 0.5) * 14;
      let r: number;
      let g: number;
      let b: number;
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1) {
        // Cream paper, lit from the top left, a soft shadow at the bottom right; graphite lines.
        const light = 1.02 - 0.18 * u * 0.6 - 0.18 * v * 0.5 - 0.12 * Math.exp(-(((u - 0.8) / 0.25) ** 2 + ((v - 0.85) / 0.2) ** 2));
        const a = ink(u, v, pw, ph) * 0.85;
        r = 243 * light * (1 - a) + 50 * a;
        g = 238 * light * (1 - a) + 50 * a;
        b = 226 * light * (1 - a) + 58 * a;
      } else {
        // Wood: brown with grain along x and a darker knot pattern.
        const grain = 0.85 + 0.15 * Math.sin(y * 0.09 + Math.sin(x * 0.013 + grainPhase) * 3);
        r = 112 * grain;
        g = 88 * grain;
        b = 66 * grain;
      }
      const i = (y * W + x) * 3;
      rgb[i] = Math.max(0, Math.min(255, r + noise));
      rgb[i + 1] = Math.max(0, Math.min(255, g + noise));
      rgb[i + 2] = Math.max(0, Math.min(255, b + noise));
    }
  }
  const jpeg = await sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 62 }).toBuffer();
  const { data } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { photo: { width: W, height: H, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) }, corners, aspect };
}

const lum = (img: RgbaImage, p: number): number => (0.299 * img.data[p * 4]! + 0.587 * img.data[p * 4 + 1]! + 0.114 * img.data[p * 4 + 2]!) / 255;
const chroma = (img: RgbaImage, p: number): number => {
  const [r, g, b] = [img.data[p * 4]!, img.data[p * 4 + 1]!, img.data[p * 4 + 2]!];
  return (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
};

const CASES = [
  { name: 'A4 portrait, keystone and a small tilt', W: 1280, H: 960, aspect: 1 / Math.SQRT2, keystone: 0.05, tilt: 0.03, fill: 0.86, seed: 1 },
  { name: '4:3 landscape, tilted the other way', W: 1280, H: 960, aspect: 4 / 3, keystone: 0.035, tilt: -0.04, fill: 0.8, seed: 2 },
  { name: 'square sheet in a portrait photo', W: 960, H: 1280, aspect: 1, keystone: 0.06, tilt: 0.02, fill: 0.84, seed: 3 },
];

describe('photos of paper: the sheet found and straightened', () => {
  it.each(CASES)('$name: corners within a few px, the aspect within 2 %, no table at the edges, the drawn line straight', async (c) => {
    const made = await makePhoto(c.W, c.H, c.aspect, quadFor(c.W, c.H, c.aspect, c.keystone, c.tilt, c.fill), c.seed);
    await turn();
    const found = findPaper(made.photo);
    expect(found.found).toBe(true);
    if (!found.found) return;
    for (let i = 0; i < 4; i++) {
      const err = Math.hypot(found.corners[i]![0] - made.corners[i]![0], found.corners[i]![1] - made.corners[i]![1]);
      expect(err, `corner ${i}`).toBeLessThan(3);
    }
    expect(Math.abs(found.aspect / c.aspect - 1)).toBeLessThan(0.02);
    await turn();
    const { result } = straightenPaper(made.photo);
    expect(result).toBeDefined();
    const img = result!.image;
    expect(Math.abs(img.width / img.height / c.aspect - 1)).toBeLessThan(0.02);
    // No table left: every pixel of the outer 3 px frame is light paper, not brown wood.
    const { width: w, height: h } = img;
    let tableLike = 0;
    let frame = 0;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        if (x >= 3 && y >= 3 && x < w - 3 && y < h - 3) continue;
        frame++;
        const p = y * w + x;
        if (lum(img, p) < 0.6 && chroma(img, p) > 0.08) tableLike++;
      }
    expect(tableLike / frame).toBeLessThan(0.002);
    // The paper is evenly lit after straightening: the bare paper's brightness varies little.
    const paperLum: number[] = [];
    for (const [u, v] of [[0.05, 0.05], [0.95, 0.05], [0.05, 0.95], [0.95, 0.95], [0.5, 0.1], [0.1, 0.4], [0.9, 0.45]])
      paperLum.push(lum(img, Math.floor(v! * h) * w + Math.floor(u! * w)));
    expect(Math.max(...paperLum) - Math.min(...paperLum)).toBeLessThan(0.08);
    // The diagonal from (0.15, 0.2) to (0.85, 0.8) of the sheet: its dark pixels lie on a straight line there.
    const dark: [number, number][] = [];
    const ax = 0.15 * w;
    const ay = 0.2 * h;
    const dx = 0.7 * w;
    const dy = 0.6 * h;
    const len = Math.hypot(dx, dy);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const s = ((x - ax) * dx + (y - ay) * dy) / (len * len);
        if (s < 0.15 || s > 0.45) continue; // a stretch clear of the box and the circle
        const off = ((x - ax) * dy - (y - ay) * dx) / len;
        if (Math.abs(off) < 12 && lum(img, y * w + x) < 0.5) dark.push([off, s * len]);
      }
    expect(dark.length).toBeGreaterThan(50);
    // Offsets from the true line: centred on it and straight (no bend across the stretch).
    const mean = dark.reduce((a, [o]) => a + o, 0) / dark.length;
    expect(Math.abs(mean)).toBeLessThan(2);
    const near = dark.filter(([, t]) => t < 0.3 * len);
    const far = dark.filter(([, t]) => t >= 0.3 * len);
    const m = (xs: [number, number][]): number => xs.reduce((a, [o]) => a + o, 0) / xs.length;
    expect(Math.abs(m(near) - m(far))).toBeLessThan(1.5);
  });

  it('leaves a plain drawing (no sheet, no table) untouched, and a photo that is all paper', async () => {
    const W = 640;
    const H = 480;
    const data = new Uint8ClampedArray(W * H * 4).fill(255);
    for (let x = 40; x < 600; x++) for (let y = 200; y < 204; y++) data.fill(0, (y * W + x) * 4, (y * W + x) * 4 + 3);
    const drawing = { width: W, height: H, data };
    const r = straightenPaper(drawing);
    expect(r.result).toBeUndefined();
    expect(r.paper.found).toBe(false);
    await turn();
    // All paper, unevenly lit (darker to the right), with a line: no sheet edge, so nothing is cut.
    const lit = new Uint8ClampedArray(W * H * 4);
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const v = 245 - (x / W) * 90 - (y === 240 ? 150 : 0);
        lit.set([v, v - 4, v - 12, 255], (y * W + x) * 4);
      }
    expect(findPaper({ width: W, height: H, data: lit }).found).toBe(false);
  });

  it('refuses a sheet that is too small, and one cut by the photo\'s edge', async () => {
    const small = await makePhoto(800, 600, 1 / Math.SQRT2, quadFor(800, 600, 1 / Math.SQRT2, 0.03, 0.02, 0.38), 4);
    expect(findPaper(small.photo)).toMatchObject({ found: false });
    await turn();
    // The sheet runs out of the frame at the bottom.
    const cut = await makePhoto(800, 600, 1, [[200, 80], [600, 90], [610, 700], [190, 690]], 5);
    expect(findPaper(cut.photo)).toMatchObject({ found: false });
  });

  it('is deterministic', async () => {
    const made = await makePhoto(640, 480, 4 / 3, quadFor(640, 480, 4 / 3, 0.04, 0.03, 0.82), 6);
    const a = straightenPaper(made.photo).result!;
    const b = straightenPaper(made.photo).result!;
    expect(a.corners).toEqual(b.corners);
    expect(Buffer.from(a.image.data).equals(Buffer.from(b.image.data))).toBe(true);
  });
});
