/**
 * Composition: the background follows the mood (sky, ground or sea in the palette's colours,
 * with clouds whose amount follows arousal), then the motifs are painted back to front
 * (sky → far land → water → things on the ground → figures → weather).
 */
import type { Rng } from '../core/index.ts';
import type { AffectReading, EmotionId, MotifId } from '../affect/index.ts';
import { mix } from './color.ts';
import type { Col } from './color.ts';
import { Painter } from './painter.ts';
import type { Palette } from './palette.ts';
import { noiseField } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import type { Frame, MotifDrawer } from './motif-context.ts';
import { SKY_MOTIFS } from './motifs-sky.ts';
import { LAND_MOTIFS } from './motifs-land.ts';
import { THING_MOTIFS } from './motifs-things.ts';

const DRAWERS: Record<MotifId, MotifDrawer> = { ...SKY_MOTIFS, ...LAND_MOTIFS, ...THING_MOTIFS };

/** Back-to-front painting order of every motif. */
export const MOTIF_ORDER: readonly MotifId[] = [
  'light',
  'rainbow',
  'sun',
  'moon',
  'stars',
  'cloud',
  'storm',
  'mountain',
  'hill',
  'sea',
  'island',
  'lake',
  'river',
  'path',
  'bridge',
  'forest',
  'grass',
  'lighthouse',
  'house',
  'door',
  'window',
  'tree',
  'stone',
  'flower',
  'boat',
  'fish',
  'fire',
  'candle',
  'heart',
  'spiral',
  'bird',
  'butterfly',
  'leaf',
  'rain',
  'snow',
];

/**
 * When the words name feelings but no things, the strongest feeling chooses a quiet scene:
 * calm → still lake among hills; joy → sun over a meadow of flowers; hope → a path toward a
 * rising sun; love → flowers in warm light; wonder → mountains under radiant light;
 * anger → a storm over mountains; sadness → rain over hills; grief → a lone tree in the rain;
 * fear → a dark forest under clouds; anxiety → restless clouds over hills;
 * loneliness → a single tree on a hill. Nothing the client excluded is added, and no mood
 * scene at all when the words name things or people or the client drew the scene.
 */
const MOOD_SCENES: Readonly<Record<EmotionId, readonly MotifId[]>> = {
  calm: ['hill', 'lake'],
  joy: ['hill', 'sun', 'flower'],
  hope: ['hill', 'path', 'sun'],
  love: ['hill', 'flower', 'light'],
  wonder: ['mountain', 'light'],
  anger: ['mountain', 'storm'],
  sadness: ['hill', 'rain'],
  grief: ['hill', 'tree', 'rain'],
  fear: ['forest', 'cloud'],
  // Never water unless the client names or draws it (a sea under a person reads as drowning).
  anxiety: ['hill', 'cloud'],
  loneliness: ['hill', 'tree'],
};

/** The horizon's y when nothing fixes it: lower for a sea, higher for mountains, moved by the seed. */
export function defaultHorizon(rect: SceneRect, motifs: readonly MotifId[], rng: Rng): number {
  const hz = motifs.includes('sea') ? 0.5 : motifs.includes('mountain') ? 0.64 : 0.6;
  return rect.y + rect.h * (hz + rng.range(-0.04, 0.04));
}

/** Motifs that need a setting: a boat needs water, a bridge a river. */
function withSettings(named: readonly MotifId[], excluded: readonly MotifId[], fallback: boolean, mood?: EmotionId): MotifId[] {
  const out = [...named];
  const add = (m: MotifId): void => {
    if (!out.includes(m) && !excluded.includes(m)) out.push(m);
  };
  const water = out.includes('sea') || out.includes('lake') || out.includes('river');
  if (!water && (out.includes('boat') || out.includes('island') || out.includes('lighthouse'))) add('sea');
  if (!water && out.includes('bridge')) add('river');
  if (out.length === 0 && fallback) for (const m of mood ? MOOD_SCENES[mood] : ['hill' as const]) add(m);
  return out;
}

export interface SceneRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SceneOptions {
  /** Where to compose (default: the whole canvas). */
  readonly rect?: SceneRect;
  /** Paint sky/ground first (false when refining over an existing picture). */
  readonly background?: boolean;
  /** Per-pixel coverage the painting is limited to (inpainting). */
  readonly clip?: Float32Array;
  /** Paint the motifs (default true). */
  readonly motifs?: boolean;
  /** With no motif named, paint gentle hills so the picture has a place (default true). */
  readonly defaultMotif?: boolean;
  /** Per-pixel coverage objects and symbols (not settings) are limited to: off the client's drawing. Made only when one is painted. */
  readonly objectClip?: () => Float32Array;
  /** Opacity of objects and symbols (settings such as sea or hills stay opaque); default 1. */
  readonly objectOpacity?: number;
  /** Motifs the sketch already shows (not painted again). */
  readonly skip?: readonly MotifId[];
  /** Absolute y of the horizon (a drawn one, or the plan's); default from the motifs and seed. */
  readonly horizon?: number;
  /** Per-column y of a drawn ground line (sky above, ground below), length = canvas width. */
  readonly horizonProfile?: Float32Array;
  /** Horizontal slot (0..1) for some motifs, e.g. the sun on the side the light comes from. */
  readonly at?: Partial<Record<MotifId, number>>;
  /** With nothing named, paint the strongest feeling's quiet scene (default true). */
  readonly moodScene?: boolean;
}

/** The product of two optional clips. */
function clipBoth(a?: Float32Array, b?: Float32Array): Float32Array | undefined {
  if (!a || !b) return a ?? b;
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * b[i]!;
  return out;
}

/** Objects that stand on the ground and need room of their own. */
const GROUNDED: ReadonlySet<MotifId> = new Set(['house', 'tree', 'lighthouse', 'door', 'window', 'fire', 'candle']);

/** Motifs that are places or weather rather than objects: never faded behind a sketch. */
const SETTINGS: ReadonlySet<MotifId> = new Set([
  'sea',
  'river',
  'lake',
  'path',
  'mountain',
  'hill',
  'forest',
  'grass',
  'stars',
  'cloud',
  'rain',
  'snow',
  'rainbow',
  'light',
  'storm',
  'island',
]);

/** Paints the mood background into the rect. */
function paintBackground(c: Canvas, f: Frame, pal: Palette, motifs: readonly MotifId[], rng: Rng, profile?: Float32Array): void {
  const x0 = Math.max(0, Math.floor(f.x));
  const y0 = Math.max(0, Math.floor(f.y));
  const x1 = Math.min(c.width, Math.ceil(f.x + f.w));
  const y1 = Math.min(c.height, Math.ceil(f.y + f.h));
  const w = x1 - x0;
  const h = y1 - y0;
  const noise = noiseField(w, h, f.s / 2.5, 4, rng);
  const sea = motifs.includes('sea');
  const snow = motifs.includes('snow');
  const ground: Col = snow ? mix(pal.ground, [0.95, 0.96, 0.98], 0.75) : pal.ground;
  const far: Col = snow ? mix(pal.groundFar, [0.92, 0.93, 0.96], 0.6) : pal.groundFar;
  const cloudAmt = pal.night ? 0.15 : 0.25 + 0.55 * pal.turbulence;
  const rgb = c.rgb;
  const [cr, cg, cb] = pal.cloud;
  const texture = sea ? 0.25 : 0.35;
  const col: [number, number, number] = [0, 0, 0];
  if (profile) {
    // A sea named over a drawn horizon: water below the client's line, not land.
    const [near, farther]: [Col, Col] = sea ? [mix(pal.water, [0, 0.02, 0.08], 0.3), mix(pal.water, pal.skyHorizon, 0.35)] : [ground, far];
    paintProfileBackground(c, f, pal, noise, profile, { x0, y0, x1, y1 }, cloudAmt, farther, near, texture);
    return;
  }
  for (let y = y0; y < y1; y++) {
    const sky = y < f.horizon;
    const t = sky ? Math.pow(Math.max(0, (y - f.y) / (f.horizon - f.y)), 0.8) : Math.min(1, (y - f.horizon) / (f.y + f.h - f.horizon));
    let a: Col;
    let b: Col;
    if (sky) [a, b] = [pal.skyTop, pal.skyHorizon];
    else if (sea) [a, b] = [mix(pal.water, pal.skyHorizon, 0.35), mix(pal.water, [0, 0.02, 0.08], 0.3)];
    else [a, b] = [far, ground];
    col[0] = a[0] + (b[0] - a[0]) * t;
    col[1] = a[1] + (b[1] - a[1]) * t;
    col[2] = a[2] + (b[2] - a[2]) * t;
    const row = (y - y0) * w - x0;
    const [r0, g0, b0] = col;
    let i = (y * c.width + x0) * 3;
    if (sky) {
      for (let x = x0; x < x1; x++, i += 3) {
        // Clouds: the top of the noise field, more of it when arousal is high.
        const n = noise[row + x]!;
        const k = n > 0.5 ? (n - 0.5) * 2.2 * cloudAmt : 0;
        rgb[i] = r0 + (cr - r0) * k;
        rgb[i + 1] = g0 + (cg - g0) * k;
        rgb[i + 2] = b0 + (cb - b0) * k;
      }
    } else {
      for (let x = x0; x < x1; x++, i += 3) {
        const k = 1 + (noise[row + x]! - 0.5) * texture;
        rgb[i] = r0 * k;
        rgb[i + 1] = g0 * k;
        rgb[i + 2] = b0 * k;
      }
    }
  }
}

/** u^0.8 on [0, 1] in steps (the sky's gradient; interpolated, within 2e-4 of Math.pow). */
const POW_STEPS = 2048;
const POW08 = Float64Array.from({ length: POW_STEPS + 1 }, (_, i) => Math.pow(i / POW_STEPS, 0.8));

/** Sky above a drawn ground line, ground below it, column by column. */
function paintProfileBackground(
  c: Canvas,
  f: Frame,
  pal: Palette,
  noise: Float32Array,
  profile: Float32Array,
  r: { x0: number; y0: number; x1: number; y1: number },
  cloudAmt: number,
  far: Col,
  ground: Col,
  texture: number,
): void {
  const rgb = c.rgb;
  const w = r.x1 - r.x0;
  const bottom = f.y + f.h;
  // Per column: the span of sky above the line and of ground below it (the same values per pixel as before, computed once).
  const skySpan = new Float64Array(w);
  const groundSpan = new Float64Array(w);
  for (let x = r.x0; x < r.x1; x++) {
    const hz = profile[x]!;
    skySpan[x - r.x0] = Math.max(1, hz - f.y);
    groundSpan[x - r.x0] = Math.max(1, bottom - hz);
  }
  const [t0, t1, t2] = pal.skyTop;
  const [h0, h1, h2] = pal.skyHorizon;
  const [c0, c1, c2] = pal.cloud;
  const [f0, f1, f2] = far;
  const [g0, g1, g2] = ground;
  for (let y = r.y0; y < r.y1; y++) {
    const nrow = (y - r.y0) * w - r.x0;
    let i = (y * c.width + r.x0) * 3;
    for (let x = r.x0; x < r.x1; x++, i += 3) {
      const hz = profile[x]!;
      const n = noise[nrow + x]!;
      if (y < hz) {
        const u = Math.max(0, (y - f.y) / skySpan[x - r.x0]!) * POW_STEPS;
        const j = u >= POW_STEPS ? POW_STEPS - 1 : u | 0;
        const t = POW08[j]! + (POW08[j + 1]! - POW08[j]!) * (u - j);
        const k = n > 0.5 ? (n - 0.5) * 2.2 * cloudAmt : 0;
        const b0 = t0 + (h0 - t0) * t;
        const b1 = t1 + (h1 - t1) * t;
        const b2 = t2 + (h2 - t2) * t;
        rgb[i] = b0 + (c0 - b0) * k;
        rgb[i + 1] = b1 + (c1 - b1) * k;
        rgb[i + 2] = b2 + (c2 - b2) * k;
      } else {
        const t = Math.min(1, (y - hz) / groundSpan[x - r.x0]!);
        const k = 1 + (n - 0.5) * texture;
        rgb[i] = (f0 + (g0 - f0) * t) * k;
        rgb[i + 1] = (f1 + (g1 - f1) * t) * k;
        rgb[i + 2] = (f2 + (g2 - f2) * t) * k;
      }
    }
  }
}

/**
 * Composes the mood background and the motifs the reading names into the canvas.
 * Returns the motifs painted (named ones plus settings they need).
 */
export function paintScene(c: Canvas, affect: AffectReading, pal: Palette, rng: Rng, opts: SceneOptions = {}): MotifId[] {
  const rect = opts.rect ?? { x: 0, y: 0, w: c.width, h: c.height };
  const motifs = withSettings(affect.motifs, affect.excludedMotifs, opts.defaultMotif !== false, opts.moodScene === false ? undefined : affect.emotions[0]?.id);
  const layoutRng = rng.fork('layout');
  const f: Frame = { ...rect, horizon: opts.horizon ?? defaultHorizon(rect, motifs, layoutRng), s: Math.min(rect.w, rect.h) };
  if (opts.background !== false) paintBackground(c, f, pal, motifs, rng.fork('background'), opts.horizonProfile);
  if (opts.motifs === false) return [];
  const p = new Painter(c, opts.clip);
  let faded: Painter | undefined;
  const objects = (): Painter => (faded ??= new Painter(c, clipBoth(opts.clip, opts.objectClip?.()), opts.objectOpacity ?? 1));
  const order = MOTIF_ORDER.filter((m) => motifs.includes(m));
  // Spread the motifs across the frame in a seeded order; objects standing on the ground get
  // their own evenly spaced places so a house and a tree never stand in each other.
  const spread = (group: readonly MotifId[]): Map<MotifId, number> => {
    const at = group.map((_, i) => (i + 0.5) / group.length);
    for (let i = at.length - 1; i > 0; i--) {
      const j = layoutRng.int(0, i);
      [at[i], at[j]] = [at[j]!, at[i]!];
    }
    return new Map(group.map((m, i) => [m, at[i]!]));
  };
  const grounded = spread(order.filter((m) => GROUNDED.has(m)));
  const others = spread(order.filter((m) => !GROUNDED.has(m)));
  const solo = affect.motifs.length === 1;
  order.forEach((m) => {
    const motifRng = rng.fork(`motif:${m}`);
    if (opts.skip?.includes(m)) return;
    const at = opts.at?.[m] ?? grounded.get(m) ?? others.get(m) ?? 0.5;
    DRAWERS[m]({ p: SETTINGS.has(m) ? p : objects(), f, pal, rng: motifRng, at, motifs, solo: solo && affect.motifs[0] === m });
  });
  return motifs;
}
