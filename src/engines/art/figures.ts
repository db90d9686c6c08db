/**
 * People as Hearth's own parametric figures: a jointed body (head, torso, arms, legs as
 * round-ended limbs) in one of seven poses — standing, walking, sitting, head in hands, arms
 * open, lying, embracing (two figures). Faceless on purpose: the client projects onto them.
 * Rasterised into a Sprite that paint-thing.ts lights and shades like any other thing.
 */
import type { Rng } from '../core/index.ts';
import type { Col } from './color.ts';
import { mix } from './color.ts';
import type { Palette } from './palette.ts';
import type { Pose } from './shapes/thing-words.ts';
import { createSprite } from './shapes/sprite.ts';
import type { Sprite } from './shapes/sprite.ts';

type Part = 'skin' | 'top' | 'bottom' | 'hair';
/** A limb: from (ax, ay) to (bx, by), radius r — units of figure height, y up from the feet. */
type Limb = readonly [number, number, number, number, number, Part];

export interface FigureLook {
  readonly child: boolean;
  readonly hair: 'long' | 'short';
  readonly skin: Col;
  readonly top: Col;
  readonly bottom: Col;
  readonly hairColour: Col;
}

const SKINS: readonly Col[] = [
  [0.96, 0.8, 0.69],
  [0.87, 0.67, 0.52],
  [0.72, 0.52, 0.38],
  [0.55, 0.38, 0.27],
  [0.4, 0.27, 0.2],
];
const HAIRS: readonly Col[] = [
  [0.18, 0.12, 0.09],
  [0.35, 0.22, 0.13],
  [0.08, 0.07, 0.07],
  [0.55, 0.33, 0.17],
  [0.62, 0.55, 0.42],
];

/** A seeded look: skin, hair and clothes (clothes from the palette's accents). */
export function figureLook(pal: Palette, rng: Rng, child: boolean, hair: 'long' | 'short' | undefined): FigureLook {
  const top = rng.pick(pal.accents.length ? pal.accents : [[0.5, 0.4, 0.6] as Col]);
  const bottom = mix(rng.pick(pal.accents.length ? pal.accents : [[0.3, 0.3, 0.4] as Col]), [0.15, 0.15, 0.2], 0.55);
  return { child, hair: hair ?? (rng.next() < 0.5 ? 'long' : 'short'), skin: rng.pick(SKINS), top, bottom, hairColour: rng.pick(HAIRS) };
}

/** Body of one standing figure facing the viewer, shifted by dx. */
function standing(dx: number): Limb[] {
  return [
    [dx - 0.05, 0.5, dx - 0.055, 0.03, 0.045, 'bottom'],
    [dx + 0.05, 0.5, dx + 0.055, 0.03, 0.045, 'bottom'],
    [dx, 0.77, dx, 0.5, 0.085, 'top'],
    [dx - 0.1, 0.77, dx - 0.13, 0.6, 0.032, 'top'],
    [dx - 0.13, 0.6, dx - 0.14, 0.46, 0.028, 'skin'],
    [dx + 0.1, 0.77, dx + 0.13, 0.6, 0.032, 'top'],
    [dx + 0.13, 0.6, dx + 0.14, 0.46, 0.028, 'skin'],
  ];
}

interface Body {
  readonly limbs: Limb[];
  /** Head centre(s) and radius. */
  readonly heads: readonly [number, number][];
  /** Limbs painted after the heads (hands on the head, arms around another). */
  readonly over?: Limb[];
}

function body(pose: Pose): Body {
  switch (pose) {
    case 'standing':
      return { limbs: standing(0), heads: [[0, 0.9]] };
    case 'walking':
      return {
        limbs: [
          [-0.04, 0.5, -0.13, 0.03, 0.045, 'bottom'],
          [0.04, 0.5, 0.14, 0.03, 0.045, 'bottom'],
          [0.01, 0.77, 0, 0.5, 0.085, 'top'],
          [-0.09, 0.77, -0.02, 0.6, 0.032, 'top'],
          [-0.02, 0.6, 0.06, 0.48, 0.028, 'skin'],
          [0.1, 0.77, 0.16, 0.62, 0.032, 'top'],
          [0.16, 0.62, 0.2, 0.5, 0.028, 'skin'],
        ],
        heads: [[0.02, 0.9]],
      };
    case 'arms-open':
      return {
        limbs: [
          ...standing(0).slice(0, 3),
          [-0.1, 0.77, -0.22, 0.88, 0.032, 'top'],
          [-0.22, 0.88, -0.33, 0.98, 0.028, 'skin'],
          [0.1, 0.77, 0.22, 0.88, 0.032, 'top'],
          [0.22, 0.88, 0.33, 0.98, 0.028, 'skin'],
        ],
        heads: [[0, 0.9]],
      };
    case 'sitting':
      return {
        limbs: [
          [-0.05, 0.2, -0.22, 0.16, 0.05, 'bottom'],
          [0.05, 0.2, 0.22, 0.16, 0.05, 'bottom'],
          [-0.22, 0.14, 0.04, 0.05, 0.042, 'bottom'],
          [0.22, 0.14, -0.04, 0.05, 0.042, 'bottom'],
          [0, 0.48, 0, 0.2, 0.085, 'top'],
          [-0.1, 0.48, -0.15, 0.31, 0.032, 'top'],
          [-0.15, 0.31, -0.2, 0.19, 0.028, 'skin'],
          [0.1, 0.48, 0.15, 0.31, 0.032, 'top'],
          [0.15, 0.31, 0.2, 0.19, 0.028, 'skin'],
        ],
        heads: [[0, 0.61]],
      };
    case 'head-in-hands':
      return {
        // Knees drawn up in front of the body, elbows on the knees, hands holding the bowed head.
        limbs: [
          [0, 0.42, 0, 0.12, 0.09, 'top'],
          [-0.06, 0.1, -0.12, 0.33, 0.05, 'bottom'],
          [0.06, 0.1, 0.12, 0.33, 0.05, 'bottom'],
          [-0.12, 0.33, -0.11, 0.03, 0.042, 'bottom'],
          [0.12, 0.33, 0.11, 0.03, 0.042, 'bottom'],
        ],
        heads: [[0, 0.47]],
        over: [
          [-0.09, 0.42, -0.12, 0.34, 0.033, 'top'],
          [-0.12, 0.34, -0.07, 0.48, 0.029, 'skin'],
          [0.09, 0.42, 0.12, 0.34, 0.033, 'top'],
          [0.12, 0.34, 0.07, 0.48, 0.029, 'skin'],
        ],
      };
    case 'lying': {
      // The standing body turned to lie along the ground, head to one side.
      const turn = (l: Limb): Limb => [l[1] - 0.5, 0.09 + l[0] * 0.45, l[3] - 0.5, 0.09 + l[2] * 0.45, l[4], l[5]];
      return { limbs: standing(0).map(turn), heads: [[0.4, 0.1]] };
    }
    case 'embracing': {
      const a = standing(-0.085).slice(0, 3);
      const b = standing(0.085).slice(0, 3);
      return {
        limbs: [...a, ...b, [-0.185, 0.77, -0.2, 0.62, 0.032, 'top'], [0.185, 0.77, 0.2, 0.62, 0.032, 'top']],
        heads: [
          [-0.06, 0.89],
          [0.06, 0.9],
        ],
        over: [
          [-0.2, 0.62, -0.02, 0.66, 0.028, 'skin'],
          [0.015, 0.76, 0.15, 0.72, 0.032, 'top'],
          [0.15, 0.72, 0.17, 0.64, 0.028, 'skin'],
        ],
      };
    }
    default: {
      const never: never = pose;
      throw new RangeError(`unknown pose ${String(never)}`);
    }
  }
}

/** Width of a pose in units of the figure's height (for layout). */
export function poseWidth(pose: Pose): number {
  return pose === 'arms-open' ? 0.75 : pose === 'lying' ? 1.05 : pose === 'embracing' ? 0.55 : pose === 'sitting' ? 0.55 : 0.42;
}

/** Height of the pose's box relative to a standing figure's height. */
export function poseHeight(pose: Pose): number {
  return pose === 'lying' ? 0.22 : pose === 'sitting' ? 0.7 : pose === 'head-in-hands' ? 0.56 : pose === 'arms-open' ? 1.05 : 1;
}

/** Rasterises a figure of standing height `size` px with its feet centred at (cx, bottom). */
export function figureSprite(pose: Pose, look: FigureLook, cx: number, bottom: number, size: number, mirror = false): Sprite {
  const H = look.child ? size * 0.68 : size;
  const headR = look.child ? 0.095 : 0.075;
  const sp = createSprite(cx - 0.58 * H, bottom - 1.1 * H, 1.16 * H, 1.1 * H + 3);
  const { alpha, rgb } = sp;
  const s = mirror ? -1 : 1;
  const px = (u: number): number => cx + s * u * H - sp.x0;
  const py = (v: number): number => bottom - v * H - sp.y0;
  const colourOf = (p: Part): Col => (p === 'skin' ? look.skin : p === 'top' ? look.top : p === 'bottom' ? look.bottom : look.hairColour);
  const put = (x: number, y: number, a: number, col: Col): void => {
    if (x < 0 || y < 0 || x >= sp.w || y >= sp.h || a <= 0) return;
    const p = y * sp.w + x;
    const t = Math.min(1, a);
    const i = p * 3;
    rgb[i] = rgb[i]! + (col[0] - rgb[i]!) * t;
    rgb[i + 1] = rgb[i + 1]! + (col[1] - rgb[i + 1]!) * t;
    rgb[i + 2] = rgb[i + 2]! + (col[2] - rgb[i + 2]!) * t;
    alpha[p] = alpha[p]! + (1 - alpha[p]!) * t;
  };
  const limb = (l: Limb): void => {
    const ax = px(l[0]);
    const ay = py(l[1]);
    const bx = px(l[2]);
    const by = py(l[3]);
    const r = Math.max(0.8, l[4] * H);
    const col = colourOf(l[5]);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy || 1e-9;
    for (let y = Math.floor(Math.min(ay, by) - r - 1); y <= Math.ceil(Math.max(ay, by) + r + 1); y++)
      for (let x = Math.floor(Math.min(ax, bx) - r - 1); x <= Math.ceil(Math.max(ax, bx) + r + 1); x++) {
        const qx = x + 0.5 - ax;
        const qy = y + 0.5 - ay;
        const t = Math.max(0, Math.min(1, (qx * dx + qy * dy) / len2));
        const d = Math.hypot(qx - t * dx, qy - t * dy);
        put(x, y, r + 0.5 - d, col);
      }
  };
  const disc = (u: number, v: number, rx: number, ry: number, col: Col): void => {
    const x0 = px(u);
    const y0 = py(v);
    const RX = rx * H;
    const RY = ry * H;
    for (let y = Math.floor(y0 - RY - 1); y <= Math.ceil(y0 + RY + 1); y++)
      for (let x = Math.floor(x0 - RX - 1); x <= Math.ceil(x0 + RX + 1); x++) {
        const e = Math.hypot((x + 0.5 - x0) / RX, (y + 0.5 - y0) / RY);
        put(x, y, (1 - e) * Math.min(RX, RY) + 0.5, col);
      }
  };
  const b = body(pose);
  const scale = (l: Limb): Limb => (look.child ? [l[0], l[1], l[2], l[3], l[4] * 1.1, l[5]] : l);
  b.limbs.map(scale).forEach(limb);
  for (const [u, v] of b.heads) {
    if (look.hair === 'long') disc(u, v - headR * 0.55, headR * 1.08, headR * 1.45, look.hairColour);
    disc(u, v, headR * 0.9, headR * 1.05, look.skin);
    // Hair on top of the head (a cap), the face left open.
    disc(u, v + headR * 0.62, headR * 0.93, headR * 0.48, look.hairColour);
  }
  (b.over ?? []).map(scale).forEach(limb);
  return sp;
}
