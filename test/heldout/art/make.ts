/**
 * Builds the held-out sketch set: `npx tsx test/heldout/art/make.ts` writes strokes/<id>.json
 * (StrokeDocument v2), images/<id>.png and manifest.json. Deterministic for a given machine
 * (ImageMagick and sharp versions); `--check` verifies the committed stroke documents are current.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StrokeDocument } from '../../../src/engines/analysis/index.ts';
import { parseStrokeDocument } from '../../../src/engines/analysis/index.ts';
import type { Pt } from './hand.ts';
import { rng, seedOf } from '../seed.ts';
import { Hand } from './hand.ts';
import { drawingPng, homography, photoPng } from './render.ts';
import type { Sketch } from './sketches.ts';
import { SKETCHES } from './sketches.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Draws a sketch into a stroke document. */
export function strokeDocument(s: Sketch): StrokeDocument {
  const hand = new Hand(rng(seedOf(s.id)), s.device, { tool: 'pen', color: s.pen.color, size: s.pen.size, opacity: 1 });
  s.draw(hand, (x) => x * s.width, (y) => y * s.height);
  return { version: 2, width: s.width, height: s.height, background: '#ffffff', strokes: hand.strokes };
}

/** Where the paper's corners land in the photo: the sheet fills most of the frame, tilted and in slight perspective. */
function photoQuad(s: Sketch): [Pt, Pt, Pt, Pt] {
  const r = rng(seedOf(`${s.id}/photo`));
  const W = s.photo!.width;
  const H = s.photo!.height;
  const aspect = s.width / s.height;
  let pw = W * 0.86;
  let ph = pw / aspect;
  if (ph > H * 0.9) {
    ph = H * 0.9;
    pw = ph * aspect;
  }
  const cx = W / 2 + (r() - 0.5) * W * 0.04;
  const cy = H / 2 + (r() - 0.5) * H * 0.04;
  const keystone = pw * (0.03 + r() * 0.04);
  const tilt = (r() - 0.5) * 0.06;
  const corners: Pt[] = [[-pw / 2 + keystone, -ph / 2], [pw / 2 - keystone, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]];
  const [a, b, c, d] = corners.map(([x, y]): Pt => [
    cx + x * Math.cos(tilt) - y * Math.sin(tilt) + (r() - 0.5) * 10,
    cy + x * Math.sin(tilt) + y * Math.cos(tilt) + (r() - 0.5) * 10,
  ]);
  return [a!, b!, c!, d!];
}

const round = (x: number): number => Math.round(x);

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const strokesDir = join(HERE, 'strokes');
  const imagesDir = join(HERE, 'images');
  mkdirSync(strokesDir, { recursive: true });
  mkdirSync(imagesDir, { recursive: true });
  const items = [];
  let stale = 0;
  for (const s of SKETCHES) {
    const doc = strokeDocument(s);
    const parsed = parseStrokeDocument(JSON.parse(JSON.stringify(doc)));
    if (!parsed.ok) throw new Error(`${s.id}: not a valid stroke document: ${parsed.error}`);
    const json = `${JSON.stringify(doc)}\n`;
    const strokesPath = join(strokesDir, `${s.id}.json`);
    let width = s.width;
    let height = s.height;
    let horizonY: number | null = s.horizon === null ? null : round(s.horizon * s.height);
    let groundY: number | null = s.ground === null ? null : round(s.ground * s.height);
    let horizonSlant: number | null = null;
    let quad: [Pt, Pt, Pt, Pt] | null = null;
    if (s.photo) {
      quad = photoQuad(s);
      const map = homography([[0, 0], [s.width, 0], [s.width, s.height], [0, s.height]], quad);
      const mapped = (frac: number | null): { y: number; slant: number } | null => {
        if (frac === null) return null;
        const l = map([0, frac * s.height]);
        const r = map([s.width, frac * s.height]);
        return { y: round((l[1] + r[1]) / 2), slant: round(r[1] - l[1]) };
      };
      const hz = mapped(s.horizon);
      horizonY = hz?.y ?? null;
      horizonSlant = hz?.slant ?? null;
      groundY = mapped(s.ground)?.y ?? null;
      width = s.photo.width;
      height = s.photo.height;
    }
    if (check) {
      if (!existsSync(strokesPath) || readFileSync(strokesPath, 'utf8') !== json) stale++;
    } else {
      writeFileSync(strokesPath, json);
      const png = s.photo && quad
        ? await photoPng(doc, { seed: seedOf(s.id), width, height, quad, ink: s.photo.ink, paper: '#f2ede1', table: '#6f5b47', jpegQuality: s.photo.quality })
        : await drawingPng(doc);
      writeFileSync(join(imagesDir, `${s.id}.png`), png);
    }
    const points = doc.strokes.reduce((n, st) => n + st.points.length, 0);
    const last = doc.strokes[doc.strokes.length - 1]!.points;
    items.push({
      id: s.id, file: `images/${s.id}.png`, strokes: `strokes/${s.id}.json`, kind: s.kind, width, height,
      canvas: {
        width: s.width, height: s.height, device: s.device, strokeCount: doc.strokes.length, points,
        drawingSeconds: Math.round(last[last.length - 1]!.t / 100) / 10,
      },
      prompt: s.prompt, language: s.language, expect: s.expect, horizonY, ...(horizonSlant !== null ? { horizonSlantPx: horizonSlant } : {}), groundY,
      ...(s.photo ? { photo: { ink: s.photo.ink, jpegQuality: s.photo.quality, paperCornersInPhoto: quad!.map(([x, y]) => [round(x), round(y)]) } } : {}),
    });
  }
  const manifest = `${JSON.stringify({
    note: 'Held-out sketches for the picture engine: see README.md. Never tune an engine on these.',
    coordinates: 'horizonY / groundY are pixel rows in the image file (for photos: after the perspective, averaged across the width)',
    items,
  }, null, 2)}\n`;
  const manifestPath = join(HERE, 'manifest.json');
  if (check) {
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) stale++;
    if (stale > 0) {
      console.error(`${stale} held-out art file(s) differ from sketches.ts; run npx tsx test/heldout/art/make.ts`);
      process.exit(1);
    }
    console.log(`held-out art: ${SKETCHES.length} stroke documents and manifest.json are current`);
    return;
  }
  writeFileSync(manifestPath, manifest);
  console.log(`held-out art: wrote ${SKETCHES.length} sketches (strokes, PNG) and manifest.json`);
}

await main();
