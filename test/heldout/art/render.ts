/**
 * Renders held-out stroke documents to PNG: plain drawings as a canvas shows them (pen width from
 * pressure, marker fills), and "photographs of paper art" — the same strokes as pencil/crayon with
 * grain on paper texture, uneven light and a shadow, photographed at a slight angle on a table,
 * sensor noise and a JPEG round trip (ImageMagick), saved as PNG.
 */
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import type { Stroke, StrokeDocument } from '../../../src/engines/analysis/index.ts';
import { rng } from '../seed.ts';
import type { Pt } from './hand.ts';

/** Line width like the studio canvas: the pen follows pressure most, the marker barely. */
function widthAt(s: Stroke, pressure: number): number {
  if (s.tool === 'marker') return s.size * (0.85 + 0.15 * pressure);
  if (s.tool === 'soft') return s.size * (0.6 + 0.8 * pressure);
  return Math.max(0.75, s.size * (0.25 + 0.75 * pressure));
}

/** The strokes as SVG (transparent background unless `background`). */
export function strokesSvg(doc: StrokeDocument, colour?: string, background?: string): string {
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${doc.width}" height="${doc.height}">`];
  if (background) parts.push(`<rect width="100%" height="100%" fill="${background}"/>`);
  for (const s of doc.strokes) {
    const c = colour ?? s.color;
    const cap = s.tool === 'marker' ? 'square' : 'round';
    parts.push(`<g opacity="${s.opacity}" stroke="${c}" stroke-linecap="${cap}" fill="${c}">`);
    if (s.points.length === 1) {
      const p = s.points[0]!;
      parts.push(`<circle cx="${p.x}" cy="${p.y}" r="${widthAt(s, p.pressure) / 2}"/>`);
    }
    for (let i = 1; i < s.points.length; i++) {
      const a = s.points[i - 1]!;
      const b = s.points[i]!;
      const w = widthAt(s, (a.pressure + b.pressure) / 2).toFixed(2);
      parts.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${w}"/>`);
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A drawing as the canvas shows it, as PNG bytes. */
export async function drawingPng(doc: StrokeDocument): Promise<Buffer> {
  return sharp(Buffer.from(strokesSvg(doc, undefined, doc.background))).png({ compressionLevel: 9 }).toBuffer();
}

/** Smooth value noise in [0, 1] with features about `scale` px across. */
function valueNoise(w: number, h: number, scale: number, random: () => number): Float32Array {
  const gw = Math.ceil(w / scale) + 2;
  const gh = Math.ceil(h / scale) + 2;
  const grid = Float32Array.from({ length: gw * gh }, () => random());
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const gy = y / scale;
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    const sy = fy * fy * (3 - 2 * fy);
    for (let x = 0; x < w; x++) {
      const gx = x / scale;
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const sx = fx * fx * (3 - 2 * fx);
      const a = grid[y0 * gw + x0]!;
      const b = grid[y0 * gw + x0 + 1]!;
      const c = grid[(y0 + 1) * gw + x0]!;
      const d = grid[(y0 + 1) * gw + x0 + 1]!;
      out[y * w + x] = (a + (b - a) * sx) * (1 - sy) + (c + (d - c) * sx) * sy;
    }
  }
  return out;
}

export interface PhotoOptions {
  readonly seed: number;
  /** Photo size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Where the paper's corners land in the photo: top-left, top-right, bottom-right, bottom-left. */
  readonly quad: readonly [Pt, Pt, Pt, Pt];
  /** Pencil/crayon colour of the lines. */
  readonly ink: string;
  readonly paper: string;
  readonly table: string;
  readonly jpegQuality: number;
}

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** The paper sheet with the drawing on it, lit unevenly (before it is photographed). */
async function paperSheet(doc: StrokeDocument, o: PhotoOptions): Promise<Buffer> {
  const { width: w, height: h } = doc;
  const random = rng(o.seed);
  const lines = await sharp(Buffer.from(strokesSvg(doc, '#000000'))).ensureAlpha().raw().toBuffer();
  const fibre = valueNoise(w, h, 40, random);
  const tooth = valueNoise(w, h, 2.2, random);
  const grain = valueNoise(w, h, 1.3, random);
  const [pr, pg, pb] = rgb(o.paper);
  const [ir, ig, ib] = rgb(o.ink);
  const shadow: Pt = [w * (0.75 + 0.2 * random()), h * (0.8 + 0.15 * random())];
  const out = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const paper = 1 + (fibre[i]! - 0.5) * 0.06 + (grain[i]! - 0.5) * 0.05;
      // Wax and graphite catch on the paper's tooth: the line breaks up where the tooth is low.
      const alpha = (lines[i * 4 + 3]! / 255) * Math.min(1, Math.max(0, (tooth[i]! - 0.18) * 1.6)) * 0.92;
      const light = 1.05 - 0.2 * (x / w) * 0.6 - 0.2 * (y / h) * 0.4
        - 0.16 * Math.exp(-(((x - shadow[0]) / (w * 0.28)) ** 2 + ((y - shadow[1]) / (h * 0.22)) ** 2));
      const mix = (p: number, ink: number): number => Math.max(0, Math.min(255, Math.round(p * paper * (1 - alpha + (alpha * ink) / 255) * light)));
      out[i * 3] = mix(pr, ir);
      out[i * 3 + 1] = mix(pg, ig);
      out[i * 3 + 2] = mix(pb, ib);
    }
  }
  return sharp(out, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer();
}

function magick(args: readonly string[], input: Buffer): Buffer {
  const r = spawnSync('convert', args, { input, maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`ImageMagick convert failed: ${r.error?.message ?? r.stderr.toString().slice(0, 300)}`);
  return r.stdout;
}

/** A photograph of the paper drawing: perspective onto the table, noise, JPEG round trip; PNG bytes. */
export async function photoPng(doc: StrokeDocument, o: PhotoOptions): Promise<Buffer> {
  const sheet = await paperSheet(doc, o);
  const src: Pt[] = [[0, 0], [doc.width, 0], [doc.width, doc.height], [0, doc.height]];
  const pairs = src.map((s, i) => `${s[0]},${s[1]} ${o.quad[i]![0].toFixed(1)},${o.quad[i]![1].toFixed(1)}`).join('  ');
  const jpeg = magick([
    'png:-', '-seed', String(o.seed % 100000), '-background', o.table, '-virtual-pixel', 'background',
    '-define', `distort:viewport=${o.width}x${o.height}+0+0`, '-distort', 'Perspective', pairs,
    '-attenuate', '0.35', '+noise', 'Gaussian', '-quality', String(o.jpegQuality), '-sampling-factor', '2x2', 'jpg:-',
  ], sheet);
  return magick(['jpg:-', '-strip', 'png:-'], jpeg);
}

/** The projective map that takes the four `src` points to the four `dst` points. */
export function homography(src: readonly Pt[], dst: readonly Pt[]): (p: Pt) => Pt {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!;
    const [u, v] = dst[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 8; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const h = b.map((v, i) => v / a[i]![i]!);
  return ([x, y]) => {
    const d = h[6]! * x + h[7]! * y + 1;
    return [(h[0]! * x + h[1]! * y + h[2]!) / d, (h[3]! * x + h[4]! * y + h[5]!) / d];
  };
}
