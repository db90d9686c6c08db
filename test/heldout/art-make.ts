/**
 * Builds a held-out sketch set (art3 and later) from its sketches.ts: writes strokes/<id>.json
 * (StrokeDocument v2), images/<id>.png and manifest.json, with the hand model and renderer of the
 * first set (./art/hand.ts, ./art/render.ts). Every drawn thing's box is measured from its own
 * strokes (for photos after the perspective). Nothing runs on import: each set's make.ts calls
 * `makeSet`. Its flags:
 *   --check      verify that the committed stroke documents and manifest are current and every image is
 *                there at its size (no files written; image bytes depend on the sharp/ImageMagick versions)
 *   --only=ID    rebuild one item's files (the manifest is still written whole)
 *   --look       also write .look/<id>.png: the image with every thing's box drawn over it (not committed)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Stroke, StrokeDocument } from '../../src/engines/analysis/index.ts';
import { parseStrokeDocument } from '../../src/engines/analysis/index.ts';
import type { Pt } from './art/hand.ts';
import { Hand } from './art/hand.ts';
import { drawingPng, homography, photoPng } from './art/render.ts';
import { rng, seedOf } from './seed.ts';
import type { Canvas, Sketch } from './art3/draw.ts';

/** A drawn thing as measured in canvas pixels. */
interface Measured {
  readonly word: string | null;
  readonly label: string;
  readonly strokes: readonly Stroke[];
}

interface Box { x: number; y: number; w: number; h: number }

/** Draws a sketch into a stroke document and records which strokes belong to which thing. */
function strokeDocument(s: Sketch): { doc: StrokeDocument; things: Measured[] } {
  const hand = new Hand(rng(seedOf(s.id)), s.device, { tool: 'pen', color: s.pen.color, size: s.pen.size, opacity: 1 });
  const things: Measured[] = [];
  let open = false;
  const canvas: Canvas = {
    h: hand, W: s.width, H: s.height, pen: s.pen,
    p: (fx, fy) => [fx * s.width, fy * s.height],
    s: (f) => f * Math.min(s.width, s.height),
    thing: (word, label, fn) => {
      if (open) throw new Error(`${s.id}: "${label}" drawn inside another thing`);
      open = true;
      const start = hand.strokes.length;
      fn();
      open = false;
      things.push({ word, label, strokes: hand.strokes.slice(start) });
    },
  };
  s.draw(canvas);
  for (const t of things) if (t.strokes.length === 0) throw new Error(`${s.id}: "${t.label}" drew nothing`);
  return { doc: { version: 2, width: s.width, height: s.height, background: '#ffffff', strokes: hand.strokes }, things };
}

/** Where the paper's corners land in the photo: most of the frame, a little keystone and tilt. */
function paperQuad(s: Sketch): [Pt, Pt, Pt, Pt] {
  const r = rng(seedOf(`${s.id}/sheet`));
  const W = s.photo!.width;
  const H = s.photo!.height;
  const fit = Math.min((W * 0.85) / s.width, (H * 0.85) / s.height);
  const pw = s.width * fit;
  const ph = s.height * fit;
  const cx = W / 2 + (r() - 0.5) * W * 0.05;
  const cy = H / 2 + (r() - 0.5) * H * 0.05;
  const keystone = pw * (0.03 + r() * 0.045);
  const tilt = (r() - 0.5) * 0.08;
  const corners: Pt[] = [[-pw / 2 + keystone, -ph / 2], [pw / 2 - keystone, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]];
  const [a, b, c, d] = corners.map(([x, y]): Pt => [
    cx + x * Math.cos(tilt) - y * Math.sin(tilt) + (r() - 0.5) * 12,
    cy + x * Math.sin(tilt) + y * Math.cos(tilt) + (r() - 0.5) * 12,
  ]);
  return [a!, b!, c!, d!];
}

const r4 = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 10000) / 10000;

/** A thing's box in 0..1 image coordinates: its strokes' extent on the canvas (plus half the line), mapped into the image. */
function boxOf(t: Measured, map: (p: Pt) => Pt, canvas: { width: number; height: number }, width: number, height: number): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const clamp = (v: number, hi: number): number => Math.min(hi, Math.max(0, v));
  for (const st of t.strokes) {
    const pad = st.size / 2;
    for (const p of st.points) {
      for (const [dx, dy] of [[-pad, -pad], [pad, -pad], [pad, pad], [-pad, pad]] as const) {
        // A line drawn past the paper's edge leaves no mark there.
        const [x, y] = map([clamp(p.x + dx, canvas.width), clamp(p.y + dy, canvas.height)]);
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
  }
  const [bx0, by0, bx1, by1] = [r4(x0 / width), r4(y0 / height), r4(x1 / width), r4(y1 / height)];
  return { x: bx0, y: by0, w: r4(bx1 - bx0), h: r4(by1 - by0) };
}

/** The image with each thing's box and label over it, at most 900 px wide, for a person to look at. */
async function lookPng(png: Buffer, width: number, height: number, things: readonly { label: string; box: Box }[], lines: readonly number[]): Promise<Buffer> {
  const colours = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rects = things.map((t, i) => {
    const c = colours[i % colours.length]!;
    const [x, y, w, h] = [t.box.x * width, t.box.y * height, t.box.w * width, t.box.h * height];
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="none" stroke="${c}" stroke-width="3"/>`
      + `<text x="${x + 4}" y="${y + 18}" font-family="sans-serif" font-size="18" fill="${c}">${esc(t.label)}</text>`;
  });
  const rows = lines.map((y) => `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="#00a0a0" stroke-dasharray="8 6" stroke-width="2"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${rects.join('')}${rows.join('')}</svg>`;
  const out = sharp(png).composite([{ input: Buffer.from(svg) }]);
  return sharp(await out.png().toBuffer()).resize({ width: Math.min(900, width) }).png().toBuffer();
}

/** A sketch set to build: its folder, its name in messages, its sketches and the manifest's note. */
export interface SetToMake {
  readonly dir: string;
  /** `art3`: messages say "held-out art3". */
  readonly name: string;
  readonly sketches: readonly Sketch[];
  readonly note: string;
}

/** Builds (or with `--check` verifies) a set's strokes/, images/ and manifest.json from its sketches; flags as in the header. */
export async function makeSet(set: SetToMake): Promise<void> {
  const { dir, name, sketches } = set;
  const check = process.argv.includes('--check');
  const look = process.argv.includes('--look');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const strokesDir = join(dir, 'strokes');
  const imagesDir = join(dir, 'images');
  const lookDir = join(dir, '.look');
  mkdirSync(strokesDir, { recursive: true });
  mkdirSync(imagesDir, { recursive: true });
  if (look) mkdirSync(lookDir, { recursive: true });
  if (new Set(sketches.map((s) => s.id)).size !== sketches.length) throw new Error('sketch ids are not unique');
  const items = [];
  let stale = 0;
  for (const s of sketches) {
    const { doc, things } = strokeDocument(s);
    const parsed = parseStrokeDocument(JSON.parse(JSON.stringify(doc)));
    if (!parsed.ok) throw new Error(`${s.id}: not a valid stroke document: ${parsed.error}`);
    const json = `${JSON.stringify(doc)}\n`;
    const strokesPath = join(strokesDir, `${s.id}.json`);
    let width = s.width;
    let height = s.height;
    let map = (p: Pt): Pt => p;
    let quad: [Pt, Pt, Pt, Pt] | null = null;
    if (s.photo) {
      quad = paperQuad(s);
      map = homography([[0, 0], [s.width, 0], [s.width, s.height], [0, s.height]], quad);
      width = s.photo.width;
      height = s.photo.height;
    }
    const row = (frac: number | null): { y: number; slant: number } | null => {
      if (frac === null) return null;
      const l = map([0, frac * s.height]);
      const r = map([s.width, frac * s.height]);
      return { y: Math.round((l[1] + r[1]) / 2), slant: Math.round(r[1] - l[1]) };
    };
    const horizon = row(s.horizon);
    const ground = row(s.ground);
    const expected = things.map((t) => ({ word: t.word, named: t.word !== null, label: t.label, box: boxOf(t, map, s, width, height) }));
    if (check) {
      if (!existsSync(strokesPath) || readFileSync(strokesPath, 'utf8') !== json) stale++;
      const imagePath = join(imagesDir, `${s.id}.png`);
      const meta = existsSync(imagePath) ? await sharp(imagePath).metadata() : null;
      if (meta?.width !== width || meta.height !== height) stale++;
    } else if (!only || only === s.id) {
      writeFileSync(strokesPath, json);
      const png = s.photo && quad
        ? await photoPng(doc, { seed: seedOf(s.id), width, height, quad, ink: s.photo.ink, paper: '#f1ece0', table: '#66533f', jpegQuality: s.photo.quality })
        : await drawingPng(doc);
      writeFileSync(join(imagesDir, `${s.id}.png`), png);
      if (look) {
        const lines = [horizon?.y, ground?.y].filter((y): y is number => y !== undefined);
        writeFileSync(join(lookDir, `${s.id}.png`), await lookPng(png, width, height, expected, lines));
      }
    }
    const points = doc.strokes.reduce((n, st) => n + st.points.length, 0);
    const last = doc.strokes[doc.strokes.length - 1]!.points;
    items.push({
      id: s.id, file: `images/${s.id}.png`, strokes: `strokes/${s.id}.json`, kind: s.kind, width, height,
      canvas: {
        width: s.width, height: s.height, device: s.device, strokeCount: doc.strokes.length, points,
        drawingSeconds: Math.round(last[last.length - 1]!.t / 100) / 10,
      },
      prompt: s.prompt, language: s.language,
      expect: { things: expected, notDrawn: s.notDrawn, negated: s.negated, colours: s.colours },
      horizonY: horizon?.y ?? null, ...(s.photo && horizon ? { horizonSlantPx: horizon.slant } : {}), groundY: ground?.y ?? null,
      ...(s.photo ? { photo: { ink: s.photo.ink, jpegQuality: s.photo.quality, paperCornersInPhoto: quad!.map(([x, y]) => [Math.round(x),
        Math.round(y)]) } } : {}),
    });
  }
  const manifest = `${JSON.stringify({
    note: set.note,
    coordinates: 'expect.things[].box is {x, y, w, h} as fractions (0..1) of the image file\'s width and height; horizonY / groundY are pixel rows in the image file (for photos: after the perspective, averaged across the width)',
    items,
  }, null, 2)}\n`;
  const manifestPath = join(dir, 'manifest.json');
  if (check) {
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) stale++;
    if (stale > 0) {
      console.error(`${stale} held-out ${name} file(s) differ from sketches.ts; run npx tsx test/heldout/${name}/make.ts`);
      process.exit(1);
    }
    console.log(`held-out ${name}: ${sketches.length} stroke documents and manifest.json are current`);
    return;
  }
  writeFileSync(manifestPath, manifest);
  console.log(`held-out ${name}: wrote ${only ? `1 of ${sketches.length}` : sketches.length} sketches (strokes, PNG) and manifest.json`);
}
