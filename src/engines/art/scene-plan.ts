/**
 * Scene grammar: where each named thing and figure goes and how large it is.
 *
 * - Depth layers: the first thing named is the subject (near, large, on a thirds line); the
 *   next ones stand in the middle ground, the rest further back. Size falls with distance
 *   (scale = 0.4 + 0.6·depth) and the sky's haze rises (paint-thing.ts).
 * - Ground contact: a thing's base sits on the ground at its depth (horizon … bottom edge).
 * - Sky things (birds, planes, weather) go in the upper band; boats and sea creatures on water.
 * - Rule of thirds: the subject on x = 1/3 or 2/3 (the seed chooses), others on the remaining
 *   thirds/sixths, never on top of each other, and away from the client's own lines.
 * - One light: the seed picks its side and height; every thing is shaded and casts its shadow
 *   from it, and a named sun or moon is put on that side.
 */
import type { Rng } from '../core/index.ts';
import type { Pose } from './shapes/thing-words.ts';
import { shapeAt } from './shapes/shape-library.ts';
import type { WordUse } from './scene-words.ts';
import { poseHeight, poseWidth } from './figures.ts';

/** A box in canvas pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type Layer = 'sky' | 'far' | 'middle' | 'near' | 'water';

/** One thing placed by the grammar. */
export interface Placement {
  /** The word that asked for it. */
  readonly word: string;
  readonly kind: 'thing' | 'figure';
  /** Library index (things) or the pose (figures). */
  readonly shape?: number;
  readonly pose?: Pose;
  readonly child?: boolean;
  readonly hair?: 'long' | 'short';
  /** A colour the words give it ("a red bird"), 0..1. */
  readonly colour?: readonly [number, number, number];
  /** Where its base stands (x centre, y bottom) and how tall it is, px. */
  readonly cx: number;
  readonly bottom: number;
  readonly height: number;
  /** 0 at the horizon … 1 at the front edge (sky things: 0.3). */
  readonly depth: number;
  readonly layer: Layer;
  readonly mirror: boolean;
  /** The box it was planned into (for the report and the tests). */
  readonly box: Box;
}

export interface PlanInput {
  readonly uses: readonly WordUse[];
  readonly pose: Pose;
  readonly width: number;
  readonly height: number;
  /** y of the horizon, px. */
  readonly horizon: number;
  /** True when water is in the picture (sea, lake): water things float on it. */
  readonly water: boolean;
  /** The client's line coverage at the output size, if any (things keep off the lines). */
  readonly lines?: Float32Array;
  /** The sketch already shows people: person words are drawn by the client's own figures. */
  readonly sketchHasFigures?: boolean;
  readonly rng: Rng;
}

/** Places every thing and figure the words ask for (see the header). Back to front. */
export function planScene(inp: PlanInput): Placement[] {
  const { width: W, height: H, horizon, rng } = inp;
  const groundH = H - horizon;
  const flip = rng.next() < 0.5;
  const slotsX = flip ? [2 / 3, 1 / 3, 0.5, 5 / 6, 1 / 6, 0.42, 0.58, 0.25, 0.75] : [1 / 3, 2 / 3, 0.5, 1 / 6, 5 / 6, 0.58, 0.42, 0.75, 0.25];
  const items: { use: WordUse; shape?: number; n: number }[] = [];
  for (const u of inp.uses) {
    if (u.as === 'thing') {
      // Several shapes for one word are a group (festival → tent, flags, balloons).
      u.shapes.forEach((s, k) => items.push({ use: u, shape: s, n: k === 0 ? u.count : 1 }));
    } else if (u.as === 'figure' && !inp.sketchHasFigures) items.push({ use: u, n: inp.pose === 'embracing' ? 1 : Math.min(3, u.count) });
  }
  const hasBig = items.some((it) => it.shape !== undefined && shapeAt(it.shape).place === 'G');
  const hasFigure = items.some((it) => it.use.as === 'figure');
  const placed: Placement[] = [];
  let slot = 0;
  let groundRank = 0;
  const overlap = (b: Box): number => {
    let o = 0;
    for (const p of placed) {
      const ix = Math.max(0, Math.min(b.x + b.w, p.box.x + p.box.w) - Math.max(b.x, p.box.x));
      const iy = Math.max(0, Math.min(b.y + b.h, p.box.y + p.box.h) - Math.max(b.y, p.box.y));
      o += (ix * iy) / Math.max(1, Math.min(b.w * b.h, p.box.w * p.box.h));
    }
    return o;
  };
  const ink = (b: Box): number => {
    const L = inp.lines;
    if (!L) return 0;
    let s = 0;
    let n = 0;
    const step = Math.max(2, Math.floor(Math.min(b.w, b.h) / 12));
    for (let y = Math.max(0, Math.floor(b.y)); y < Math.min(H, b.y + b.h); y += step)
      for (let x = Math.max(0, Math.floor(b.x)); x < Math.min(W, b.x + b.w); x += step) {
        s += L[y * W + x]!;
        n++;
      }
    return n ? s / n : 0;
  };
  for (const it of items) {
    for (let copy = 0; copy < it.n; copy++) {
      const u = it.use;
      const place = it.shape !== undefined ? shapeAt(it.shape).place : 'g';
      const sky = place === 's';
      const onWater = place === 'w' && inp.water;
      let depth: number;
      let layer: Layer;
      if (sky) {
        depth = 0.3;
        layer = 'sky';
      } else if (onWater) {
        depth = rng.range(0.2, 0.5);
        layer = 'water';
      } else {
        const rank = groundRank++;
        depth = rank === 0 ? rng.range(0.62, 0.85) : rank === 1 ? rng.range(0.38, 0.6) : rng.range(0.15, 0.45);
        layer = depth > 0.6 ? 'near' : depth > 0.33 ? 'middle' : 'far';
      }
      const scale = 0.4 + 0.6 * depth;
      let hFrac: number;
      let wFrac: number;
      if (u.as === 'figure') {
        hFrac = 0.62 * scale * poseHeight(inp.pose);
        wFrac = poseWidth(inp.pose) / poseHeight(inp.pose);
      } else {
        const sh = shapeAt(it.shape!);
        wFrac = (sh.bounds.x1 - sh.bounds.x0) / Math.max(0.5, sh.bounds.y1 - sh.bounds.y0);
        hFrac = sky ? 0.13 : onWater ? 0.2 * scale : place === 'G' ? 0.5 * scale : !hasBig && !hasFigure && placed.length === 0 ? 0.46 : 0.3 * scale;
        if (copy > 0) hFrac *= rng.range(0.7, 0.9);
      }
      let hPx = hFrac * H;
      if (hPx * wFrac > 0.45 * W) hPx = (0.45 * W) / wFrac;
      const wPx = hPx * wFrac;
      // Try the next free thirds slots; keep the one with least overlap and least of the client's ink.
      let best: { cx: number; cost: number; bottom: number } | undefined;
      for (let t = 0; t < 5; t++) {
        const sx = slotsX[(slot + t) % slotsX.length]! + rng.range(-0.035, 0.035);
        const cx = Math.min(W - wPx / 2 - 2, Math.max(wPx / 2 + 2, sx * W));
        const bottom = sky
          ? rng.range(0.1, 0.3) * horizon + hPx
          : Math.min(H - 2, horizon + groundH * depth + (copy > 0 ? rng.range(-0.04, 0.04) * groundH : 0));
        const box = { x: cx - wPx / 2, y: bottom - hPx, w: wPx, h: hPx };
        const cost = overlap(box) * 2 + ink(box) * 3 + t * 0.05;
        if (!best || cost < best.cost) best = { cx, cost, bottom };
      }
      slot++;
      const { cx, bottom } = best!;
      placed.push({
        word: u.word,
        kind: u.as === 'figure' ? 'figure' : 'thing',
        shape: it.shape,
        pose: u.as === 'figure' ? inp.pose : undefined,
        child: u.as === 'figure' ? u.child : undefined,
        hair: u.as === 'figure' ? u.hair : undefined,
        colour: u.as === 'thing' && u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined,
        cx,
        bottom,
        height: hPx,
        depth,
        layer,
        mirror: rng.next() < 0.3 && u.as !== 'figure',
        box: { x: Math.round(cx - wPx / 2), y: Math.round(bottom - hPx), w: Math.round(wPx), h: Math.round(hPx) },
      });
    }
  }
  // Paint back to front: sky, then the ground from the horizon forward.
  return placed.sort((a, b) => (a.layer === 'sky' ? -1 : 0) - (b.layer === 'sky' ? -1 : 0) || a.bottom - b.bottom);
}
