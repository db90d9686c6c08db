/**
 * What a painted thing is made of, and how that material looks under the scene's one light: a
 * tree's crown is foliage (clumps of leaves, lit on the light's side), its trunk bark (vertical
 * furrows), a table wood (grain along its length), a window glass (the sky reflected, a pale
 * streak of light), a bowl of water (deeper toward the bottom, ripples), a car metal (a bright
 * highlight band), a bed or a tent fabric (soft folds, a fine weave), an animal fur, a rock
 * stone. The material is read from the thing's word (its library label) and, for the parts of a
 * drawn object, from the part's role colour (glass in a house, the trunk under a crown).
 * Textures are pure functions of the pixel and a seed: deterministic, and cheap (a few hashes).
 */
import type { Col } from './color.ts';
import { rgbToHsl } from './color.ts';
import { hash2 } from './raster-ops.ts';

export type Material = 'foliage' | 'bark' | 'wood' | 'glass' | 'water' | 'metal' | 'fabric' | 'fur' | 'stone' | 'skin' | 'plain';

const BY_WORD: readonly [RegExp, Material][] = [
  [/\b(tree|trees|palm|bush|shrub|leaf|leaves|hedge|forest|evergreen|fir|pine|plant|potted plant|herb|clover|seedling|cactus|grass)\b/, 'foliage'],
  [/\b(window|glass|bowl|jar|bottle|vase|mirror|aquarium|tumbler|wine glass|cup|mug)\b/, 'glass'],
  [/\b(lake|sea|river|pond|water|wave|waves|pool|fountain|ocean)\b/, 'water'],
  [/\b(car|bicycle|bike|bus|train|truck|taxi|scooter|can|watering can|robot|key|knife|spoon|fork|bell|trophy|lamp|rocket|airplane|kettle)\b/, 'metal'],
  [/\b(table|desk|chair|bench|stool|shelf|ladder|fence|gate|door|boat|canoe|pier|dock|bridge|cabinet|wood|log|barn|hut|cabin|guitar|violin|swing)\b/, 'wood'],
  [/\b(bed|pillow|sofa|couch|tent|curtain|blanket|scarf|shirt|dress|coat|hat|kite|flag|sail|umbrella|bag|balloon|balloons|teddy|cushion)\b/, 'fabric'],
  [/\b(dog|cat|bear|rabbit|fox|horse|cow|sheep|lion|tiger|mouse|hamster|deer|goat|wolf|squirrel|kitten|puppy|poodle|monkey|panda|koala|owl|bird)\b/, 'fur'],
  [/\b(rock|rocks|stone|mountain|mountains|cliff|castle|wall|lighthouse|tower|well|statue|volcano|cave)\b/, 'stone'],
];

/** The material a thing's word or library label implies ('plain' when none does). */
export function materialOf(label: string): Material {
  const l = label.toLowerCase();
  for (const [re, m] of BY_WORD) if (re.test(l)) return m;
  return 'plain';
}

/**
 * A drawn part's material from its role colour within a thing of material `whole`: a pale blue
 * box is glass, a green part foliage, a brown part under a crown bark; else the thing's own.
 */
export function partMaterial(whole: Material, col: Col): Material {
  const [h, s, l] = rgbToHsl(col[0], col[1], col[2]);
  if (h > 185 && h < 225 && s > 0.2 && s < 0.75 && l > 0.72) return 'glass';
  if (whole === 'foliage') {
    if (h > 70 && h < 170 && s > 0.15) return 'foliage';
    if (h > 10 && h < 50 && l < 0.55) return 'bark';
  }
  return whole;
}

/** Value noise in 0..1 on a grid of `cell` px (bilinear between hashed corners). */
function vnoise(x: number, y: number, cell: number, seed: number): number {
  const fx = x / cell;
  const fy = y / cell;
  const ix = Math.floor(fx);
  const iy = Math.floor(fy);
  const tx = fx - ix;
  const ty = fy - iy;
  const sx = tx * tx * (3 - 2 * tx);
  const sy = ty * ty * (3 - 2 * ty);
  const a = hash2(ix, iy, seed);
  const b = hash2(ix + 1, iy, seed);
  const c = hash2(ix, iy + 1, seed);
  const d = hash2(ix + 1, iy + 1, seed);
  return a + (b - a) * sx + (c - a + (d - c - b + a) * sx) * sy;
}

/** What the scene around a material looks like (glass and water reflect it). */
export interface MaterialScene {
  readonly skyTop: Col;
  readonly skyHorizon: Col;
  readonly light: Col;
  /** Light direction (x right, y down), for highlights. */
  readonly lx: number;
  readonly ly: number;
}

/**
 * The colour of a material at a pixel: `base` is the part's colour already lit (volume and
 * light), u, v the position in the part's box (−1..1), `scale` px per picture unit (shorter
 * side / 512), `wide` true when the part is wider than tall. Writes into out.
 */
export function textured(
  m: Material,
  base: Col,
  x: number,
  y: number,
  u: number,
  v: number,
  scale: number,
  wide: boolean,
  seed: number,
  sc: MaterialScene,
  out: [number, number, number],
): void {
  let r = base[0];
  let g = base[1];
  let b = base[2];
  const lit = Math.max(-1, Math.min(1, -(u * sc.lx + v * sc.ly)));
  switch (m) {
    case 'foliage': {
      // Clumps of leaves: big soft masses, each lit on the light's side, with small leaf dabs.
      const cell = 9 * scale + 3;
      const clump = vnoise(x, y, cell * 2.2, seed);
      const up = vnoise(x - sc.lx * cell * 0.5, y - sc.ly * cell * 0.5, cell * 2.2, seed);
      const dab = hash2(Math.floor(x / (2.5 * scale + 1.5)), Math.floor(y / (2 * scale + 1.5)), seed + 3);
      const k = 0.72 + 0.5 * (up - clump) + 0.5 * clump + 0.14 * (dab - 0.5) + 0.1 * lit;
      // Lit leaves turn yellow-green, shaded ones blue-green.
      r = r * k + (k - 1) * 0.08;
      g = g * k;
      b = b * k - (k - 1) * 0.06;
      break;
    }
    case 'bark': {
      const furrow = vnoise(x * 3, y * 0.35, 6 * scale + 3, seed + 11);
      const k = 0.78 + 0.34 * furrow + 0.12 * lit;
      r *= k;
      g *= k;
      b *= k;
      break;
    }
    case 'wood': {
      // Grain along the longer side, wavy, with a few darker lines.
      const along = wide ? y : x;
      const across = wide ? x : y;
      const wave = vnoise(across * 0.08, along * 0.6, 4 * scale + 2, seed + 5) * 6 * scale;
      const ring = 0.5 + 0.5 * Math.sin((along + wave) / (2.2 * scale + 0.8));
      const k = 0.86 + 0.16 * ring + 0.06 * (hash2(Math.floor(across / (6 * scale + 2)), Math.floor(along), seed) - 0.5);
      r *= k;
      g *= k;
      b *= k * 0.97;
      break;
    }
    case 'glass': {
      // The sky reflected (lighter at the top), a faint tint of the glass, a diagonal streak of light.
      const t = (v + 1) / 2;
      const { skyTop: top, skyHorizon: low } = sc;
      r = (top[0] + (low[0] - top[0]) * t) * 0.7 + r * 0.3;
      g = (top[1] + (low[1] - top[1]) * t) * 0.7 + g * 0.3;
      b = (top[2] + (low[2] - top[2]) * t) * 0.7 + b * 0.3;
      const d = u * 0.8 + v * 0.6;
      const streak = Math.max(0, 1 - Math.abs(d + 0.25) / 0.12) * 0.55 + Math.max(0, 1 - Math.abs(d - 0.05) / 0.05) * 0.35;
      r += (1 - r) * streak;
      g += (1 - g) * streak;
      b += (1 - b) * streak;
      break;
    }
    case 'water': {
      const deep = Math.max(0, Math.min(1, (v + 1) / 2));
      const ripple = vnoise(x * 0.25, y * 1.6, 5 * scale + 2, seed + 17);
      const k = 1.08 - 0.28 * deep + 0.12 * (ripple - 0.5);
      r = r * k * (1 - 0.15 * deep);
      g = g * k;
      b = Math.min(1, b * k * (1 + 0.08 * deep));
      const glint = ripple > 0.78 ? (ripple - 0.78) * 2.5 : 0;
      r += (1 - r) * glint;
      g += (1 - g) * glint;
      b += (1 - b) * glint;
      break;
    }
    case 'metal': {
      // A bright band where the light glances off, darker beside it.
      const band = wide ? v : u;
      const hl = Math.exp(-((band + 0.35 * Math.sign(wide ? sc.ly : sc.lx) + 0.05) ** 2) / 0.03);
      const k = 0.82 + 0.18 * (1 - Math.abs(band)) + 0.02 * (hash2(x, y, seed) - 0.5);
      r = r * k + (1 - r * k) * hl * 0.75;
      g = g * k + (1 - g * k) * hl * 0.75;
      b = b * k + (1 - b * k) * hl * 0.75;
      break;
    }
    case 'fabric': {
      const fold = Math.sin(u * 5.5 + vnoise(x, y, 30 * scale + 4, seed + 23) * 3);
      const weave = ((Math.floor(x / 2) + Math.floor(y / 2)) & 1) * 0.025;
      const k = 0.93 + 0.07 * fold + weave;
      r *= k;
      g *= k;
      b *= k;
      break;
    }
    case 'fur': {
      const hair = vnoise(x * 2.2, y * 0.45, 3 * scale + 1.5, seed + 29);
      const k = 0.86 + 0.26 * hair;
      r *= k;
      g *= k;
      b *= k;
      break;
    }
    case 'stone': {
      const blot = vnoise(x, y, 14 * scale + 3, seed + 31) * 0.6 + vnoise(x, y, 4 * scale + 2, seed + 37) * 0.4;
      const k = 0.84 + 0.3 * blot;
      const grey = (r + g + b) / 3;
      r = (r * 0.8 + grey * 0.2) * k;
      g = (g * 0.8 + grey * 0.2) * k;
      b = (b * 0.8 + grey * 0.2) * k;
      break;
    }
    case 'skin': {
      // Smooth, a little warmer on the lit side.
      r = Math.min(1, r * (1 + 0.05 * lit) + 0.02);
      g *= 1 + 0.03 * lit;
      break;
    }
    case 'plain':
      break;
  }
  out[0] = r < 0 ? 0 : r > 1 ? 1 : r;
  out[1] = g < 0 ? 0 : g > 1 ? 1 : g;
  out[2] = b < 0 ? 0 : b > 1 ? 1 : b;
}

/**
 * Each filled region's material: a region inside a thing the words matched takes the thing's
 * material (its smallest box holding the region's centre), refined by the part's role colour;
 * a region no word took is glass when it has the glass colour, else plain.
 */
export function regionMaterials(
  regions: readonly { readonly label: number; readonly area?: number; readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number }[],
  matched: readonly { readonly as: string; readonly box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number } }[],
  colours: ReadonlyMap<number, Col>,
): Map<number, Material> {
  const out = new Map<number, Material>();
  for (const r of regions) {
    const cx = (r.x0 + r.x1) / 2;
    const cy = (r.y0 + r.y1) / 2;
    let best: Material = 'plain';
    let bestArea = Infinity;
    for (const m of matched) {
      const b = m.box;
      if (cx < b.x || cx > b.x + b.w || cy < b.y || cy > b.y + b.h || b.w * b.h >= bestArea) continue;
      const mat = materialOf(m.as);
      if (m.as.startsWith('figure') || m.as === 'your own lines') continue;
      best = mat;
      bestArea = b.w * b.h;
    }
    const col = colours.get(r.label);
    let mat = col ? partMaterial(best, col) : best;
    // A box-shaped part (a window pane, a panel) is not fur, whatever animal's box it sits in.
    const boxy = r.area !== undefined && r.area > (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) * 0.86;
    if (boxy && mat === 'fur') mat = 'plain';
    if (mat !== 'plain') out.set(r.label, mat);
  }
  return out;
}
