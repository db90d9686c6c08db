/**
 * People the client drew, painted as people along their own lines: a stick figure's strokes are
 * thickened into clothed body parts (torso and arms in a shirt colour, legs in trousers, hands
 * skin-toned, shoes dark), a drawn dress or torso shape is the garment, the head keeps its skin
 * tone and the face marks (the client's lines go on top later). The paper between the legs and
 * the ground is left as it is — no cone body. A head with nothing drawn below it (someone behind
 * a table) gets shoulders. Sizes follow the drawing: a small child stays small.
 */
import type { Rng } from '../core/index.ts';
import type { Col } from './color.ts';
import { hslToRgb, mix, rgbToHsl } from './color.ts';
import type { Light } from './paint-thing.ts';
import type { Material } from './materials.ts';
import { paintThing } from './paint-thing.ts';
import type { Palette } from './palette.ts';
import type { Canvas } from './raster-ops.ts';
import type { Region, SketchLayout } from './sketch.ts';
import { createSprite } from './shapes/sprite.ts';
import type { Sprite } from './shapes/sprite.ts';

/** A drawn person, as sketch-match finds them: the head region and the box of the whole figure. */
interface FigureIn {
  readonly head: Region;
  readonly box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  readonly lying: boolean;
}

const SKINS: readonly Col[] = [
  [0.95, 0.78, 0.66],
  [0.88, 0.68, 0.54],
  [0.76, 0.55, 0.41],
  [0.6, 0.42, 0.3],
];
/** Trousers: denim, charcoal, brown, olive. */
const BOTTOMS: readonly Col[] = [
  [0.27, 0.36, 0.55],
  [0.28, 0.28, 0.32],
  [0.42, 0.3, 0.22],
  [0.36, 0.38, 0.26],
];
const SHOES: Col = [0.2, 0.16, 0.14];

/** One drawn person's body, planned before the regions are filled. */
interface Body {
  readonly sprite: Sprite;
  readonly foot: number;
}

/** What painting the drawn people needs from the region fill: garment colours and gaps left open. */
export interface FigurePlan {
  /** Region label → colour (the head's skin, a dress's cloth). */
  readonly colours: Map<number, Col>;
  /** Regions inside a figure that are paper, not body (between the legs and the ground). */
  readonly open: Set<number>;
  readonly bodies: readonly Body[];
  /** Heads are skin, garments fabric (painted opaquely, textured). */
  readonly materials: Map<number, Material>;
  readonly rng: Rng;
}

/** Shirt colours: the palette's accents, made calm and clearly cloth (never grey, never neon). */
function shirtOf(pal: Palette, rng: Rng): Col {
  const base = rng.pick(pal.accents.length ? pal.accents : [[0.55, 0.45, 0.65] as Col]);
  const [hue, sat, l] = rgbToHsl(base[0], base[1], base[2]);
  // Keep the hue; saturation and lightness of a calm dyed cloth, so it reads as a garment in any mood and not as a blob.
  return hslToRgb(sat < 0.08 ? rng.pick([210, 350, 30, 140]) : hue, Math.max(0.36, Math.min(0.56, sat)), Math.max(0.44, Math.min(0.62, l)));
}

/**
 * Plans the drawn people's bodies (standing and sitting; a lying person keeps the fill): which
 * of their strokes are torso, arms, hands, legs and feet, thickened into a sprite in clothes
 * colours. Regions the client coloured (`own`) keep their colour.
 */
export function planFigures(
  layout: SketchLayout,
  match: { readonly figures: readonly FigureIn[]; readonly colours: ReadonlyMap<number, Col>; readonly matched: readonly { readonly as: string }[] },
  W: number,
  H: number,
  pal: Palette,
  rng: Rng,
  own: ReadonlyMap<number, Col> = new Map(),
): FigurePlan {
  const plan: FigurePlan = { colours: new Map(), open: new Set(), bodies: [], materials: new Map(), rng: rng.fork('paint') };
  // People, not things that took a round shape (a flower's head on its stem): the words name
  // someone and the match gave the head a skin tone (or the client coloured it in).
  const named = match.matched.some((m) => m.as.startsWith('figure'));
  const figures = match.figures.filter((f) => {
    const c = match.colours.get(f.head.label);
    return named && (own.has(f.head.label) || (c !== undefined && c[0] > 0.7 && c[0] > c[1] && c[1] > c[2]));
  });
  const bodies = plan.bodies as Body[];
  const { lines } = layout;
  const heads = figures.filter((f) => !f.lying);
  for (const f of heads) {
    const r = rng.fork(`figure:${f.head.label}`);
    const skin = r.pick(SKINS);
    const shirt = shirtOf(pal, r);
    const bottom = r.pick(BOTTOMS);
    const h = f.head;
    const d = Math.max(4, h.y1 - h.y0 + 1);
    const cx = (h.x0 + h.x1) / 2;
    if (!own.has(h.label)) plan.colours.set(h.label, skin);
    plan.materials.set(h.label, 'skin');
    // The window a body can reach: three heads to each side, seven below the head's top.
    const wx0 = Math.max(0, Math.floor(cx - d * 3));
    const wx1 = Math.min(W - 1, Math.ceil(cx + d * 3));
    const wy0 = Math.max(0, h.y1 + 1);
    const wy1 = Math.min(H - 1, Math.ceil(h.y0 + d * 7));
    if (wy1 <= wy0 || wx1 <= wx0) continue;
    // Other people's heads bound this one's window (hands held meet half way).
    const others = heads.filter((g) => g !== f).map((g) => (g.head.x0 + g.head.x1) / 2);
    const mine = (x: number): boolean => others.every((ox) => Math.abs(x - cx) <= Math.abs(x - ox));
    // Long horizontal strokes (the ground, a table's edge) are not the body: runs of ink longer
    // than three heads, read on the rows' union over a few rows so a wobbly ground line is one run.
    const ww = wx1 - wx0 + 1;
    const wh = wy1 - wy0 + 1;
    const ink = new Uint8Array(ww * wh);
    const maxRun = d * 3;
    const band = new Uint8Array(W);
    const vb = Math.max(2, Math.round(d * 0.07));
    // Runs are read a little past the window (far enough to tell a long one), not across the page.
    const bx0 = Math.max(0, Math.floor(wx0 - maxRun - 1));
    const bx1 = Math.min(W - 1, Math.ceil(wx1 + maxRun + 1));
    for (let y = wy0; y <= wy1; y++) {
      band.fill(0, bx0, bx1 + 1);
      for (let yy = Math.max(0, y - vb); yy <= Math.min(H - 1, y + vb); yy++)
        for (let x = bx0; x <= bx1; x++) if (lines[yy * W + x]! >= 0.3) band[x] = 1;
      let x = wx0;
      while (x <= wx1) {
        if (!band[x]) {
          x++;
          continue;
        }
        let e = x;
        while (e < bx1 && band[e + 1]) e++;
        let s = x;
        while (s > bx0 && band[s - 1]) s--;
        if (e - s + 1 <= maxRun)
          for (let q = x; q <= Math.min(e, wx1); q++) if (lines[y * W + q]! >= 0.3 && mine(q)) ink[(y - wy0) * ww + (q - wx0)] = 1;
        x = e + 1;
      }
    }
    // The body: ink connected to the strokes just under the head (its neck or shoulders), across
    // the small gaps between strokes (legs drawn apart from the torso).
    const body = new Uint8Array(ww * wh);
    const stack: number[] = [];
    const gap = Math.max(1, Math.round(d * 0.12));
    for (let y = 0; y < Math.min(wh, Math.max(3, Math.round(d * 0.25))); y++)
      for (let x = Math.max(0, Math.round(h.x0 - wx0 - 2)); x <= Math.min(ww - 1, Math.round(h.x1 - wx0 + 2)); x++) {
        const p = y * ww + x;
        if (ink[p] && !body[p]) {
          body[p] = 1;
          stack.push(p);
        }
      }
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % ww;
      const y = (p - x) / ww;
      for (let dy = -gap; dy <= gap; dy++)
        for (let dx = -gap; dx <= gap; dx++) {
          const ax = x + dx;
          const ay = y + dy;
          if (ax < 0 || ay < 0 || ax >= ww || ay >= wh) continue;
          const q = ay * ww + ax;
          if (ink[q] && !body[q]) {
            body[q] = 1;
            stack.push(q);
          }
        }
    }
    // Garments the client drew: closed shapes hanging from the neck (a dress, a shirt, shoulders).
    let foot = -1;
    for (let p = 0; p < body.length; p++) if (body[p]) foot = Math.max(foot, ((p / ww) | 0) + wy0);
    let hem = -1;
    for (const g of layout.enclosed) {
      // A shape reaching down to the feet of someone with legs is the paper between the legs, not
      // a garment (a bust behind a table reaches its lowest line and is one).
      if (g === h || g.y0 > h.y1 + d * 0.8 || g.y0 < h.y1 - d * 0.2 || (foot - h.y1 > d * 1.5 && g.y1 > foot - d * 0.25)) continue;
      const gx = (g.x0 + g.x1) / 2;
      if (Math.abs(gx - cx) > d * 0.9 || g.x1 - g.x0 > d * 4) continue;
      if (!own.has(g.label)) plan.colours.set(g.label, shirt);
      plan.materials.set(g.label, 'fabric');
      hem = Math.max(hem, g.y1);
    }
    const L = foot - h.y1;
    if (L < d * 0.8) {
      // Only a head (or head and shoulders) drawn: shoulders in the shirt colour under the head.
      if (hem < 0) bodies.push({ sprite: shoulders(cx, h.y1, d, shirt, skin), foot: -1 });
      continue;
    }
    // Where the legs part: the first row from which the body crosses the centre band as two strokes.
    const hip = hem > 0 ? hem : hipOf(body, ww, wh, cx - wx0, h.y1 - wy0, foot - wy0, d) + wy0;
    // The paper between the legs (down to the ground) is not body: left unfilled.
    for (const g of layout.enclosed) {
      if (g === h || plan.colours.has(g.label) || own.has(g.label)) continue;
      const gx = (g.x0 + g.x1) / 2;
      if (g.y0 >= hip - d * 0.3 && g.y0 <= foot && Math.abs(gx - cx) < d * 1.2 && g.x1 - g.x0 < d * 3) plan.open.add(g.label);
    }
    // Arms: the upper strokes beyond the torso band; their far ends are hands.
    let reachL = 0;
    let reachR = 0;
    const shoulderY = h.y1 + Math.max(1, (hip - h.y1) * 0.2);
    for (let p = 0; p < body.length; p++) {
      if (!body[p]) continue;
      const x = (p % ww) + wx0;
      const y = ((p / ww) | 0) + wy0;
      if (y >= hip) continue;
      const dist = Math.hypot(x - cx, y - shoulderY);
      if (x < cx) reachL = Math.max(reachL, dist);
      else reachR = Math.max(reachR, dist);
    }
    const sp = createSprite(wx0 - d, wy0 - d * 0.4, ww + 2 * d, wh + d * 1.4);
    // A torso drawn as an outline (two sides with paper between) keeps its own shape: its lines are
    // clothed thinly instead of each thickened into a broad body (which made a blob of the shirt).
    const outlined = hem < 0 && outlinedTorso(body, ww, cx - wx0, h.y1 - wy0, hip - wy0, d);
    const torsoR = Math.max(1.5, d * (hem > 0 || outlined ? 0.13 : 0.27));
    const armR = Math.max(1.2, d * 0.14);
    const legR = Math.max(1.3, d * 0.16);
    const stamp = (x: number, y: number, rad: number, col: Col): void => {
      const ox = x - sp.x0;
      const oy = y - sp.y0;
      for (let yy = Math.floor(oy - rad - 1); yy <= Math.ceil(oy + rad + 1); yy++) {
        if (yy < 0 || yy >= sp.h) continue;
        for (let xx = Math.floor(ox - rad - 1); xx <= Math.ceil(ox + rad + 1); xx++) {
          if (xx < 0 || xx >= sp.w) continue;
          const a = Math.min(1, rad + 0.5 - Math.hypot(xx - ox, yy - oy));
          const q = yy * sp.w + xx;
          if (a <= 0 || a < sp.alpha[q]! - 0.01) continue;
          sp.alpha[q] = Math.max(sp.alpha[q]!, a);
          sp.rgb[q * 3] = col[0];
          sp.rgb[q * 3 + 1] = col[1];
          sp.rgb[q * 3 + 2] = col[2];
        }
      }
    };
    // Legs first, then the torso and arms, then hands: later parts lie on top.
    const legCol = hem > 0 ? mix(skin, bottom, 0.35) : bottom;
    const parts: [number, number, number, Col][] = [];
    for (let p = 0; p < body.length; p++) {
      if (!body[p]) continue;
      const x = (p % ww) + wx0;
      const y = ((p / ww) | 0) + wy0;
      if (y >= hip) parts.push([x, y, legR, foot - y < d * 0.14 ? SHOES : legCol]);
    }
    for (let p = 0; p < body.length; p++) {
      if (!body[p]) continue;
      const x = (p % ww) + wx0;
      const y = ((p / ww) | 0) + wy0;
      if (y >= hip) continue;
      const torso = Math.abs(x - cx) <= d * 0.3 && y > h.y1;
      if (torso) parts.push([x, y, torsoR, shirt]);
    }
    for (let p = 0; p < body.length; p++) {
      if (!body[p]) continue;
      const x = (p % ww) + wx0;
      const y = ((p / ww) | 0) + wy0;
      if (y >= hip || (Math.abs(x - cx) <= d * 0.3 && y > h.y1)) continue;
      const reach = x < cx ? reachL : reachR;
      const dist = Math.hypot(x - cx, y - shoulderY);
      const hand = reach > d * 0.6 && dist > reach - d * 0.22;
      parts.push([x, y, hand ? armR * 1.1 : armR, hand ? skin : shirt]);
    }
    // Discs several pixels wide overlap: a grid of a quarter radius along the stroke is enough.
    for (const [x, y, rad, col] of parts) {
      const step = Math.max(1, Math.floor(rad / 4));
      if (step === 1 || (x % step === 0 && y % step === 0)) stamp(x, y, rad, col);
    }
    bodies.push({ sprite: sp, foot });
  }
  return plan;
}

/** True when most rows between the shoulders and the hip cross the torso as two strokes with paper between. */
function outlinedTorso(body: Uint8Array, ww: number, cx: number, top: number, hip: number, d: number): boolean {
  const y0 = Math.round(top + (hip - top) * 0.25);
  const x0 = Math.max(0, Math.round(cx - d * 0.6));
  const x1 = Math.min(ww - 1, Math.round(cx + d * 0.6));
  const minGap = Math.max(2, d * 0.15);
  let rows = 0;
  let two = 0;
  for (let y = y0; y < hip; y++) {
    rows++;
    let first = -1;
    let last = -1;
    let gapSeen = false;
    for (let x = x0; x <= x1; x++) {
      if (!body[y * ww + x]) continue;
      if (first < 0) first = x;
      else if (x - last > minGap) gapSeen = true;
      last = x;
    }
    if (gapSeen) two++;
  }
  return rows > 3 && two >= rows * 0.6;
}

/** The row where a stick figure's legs part, from the strokes crossing a band around its centre. */
function hipOf(body: Uint8Array, ww: number, wh: number, cx: number, top: number, foot: number, d: number): number {
  const L = foot - top;
  const runsAt = (y: number): number => {
    let runs = 0;
    let prev = 0;
    for (let x = Math.max(0, Math.round(cx - d * 0.9)); x <= Math.min(ww - 1, Math.round(cx + d * 0.9)); x++) {
      const v = body[y * ww + x]!;
      if (v && !prev) runs++;
      prev = v;
    }
    return runs;
  };
  const two = new Uint8Array(wh);
  for (let y = Math.max(0, top); y <= Math.min(wh - 1, foot); y++) two[y] = runsAt(y) >= 2 ? 1 : 0;
  // From the bottom up: the legs are two strokes; the hip is where that stops for good.
  let y = foot;
  let miss = 0;
  let hip = foot;
  while (y > top + L * 0.3) {
    if (two[y]) {
      hip = y;
      miss = 0;
    } else if (++miss > Math.max(2, L * 0.06)) break;
    y--;
  }
  return hip < foot - L * 0.15 ? hip : Math.round(top + L * 0.5);
}

/** Shoulders under a head seen above a table: a rounded bust in the shirt colour, a neck in skin. */
function shoulders(cx: number, chin: number, d: number, shirt: Col, skin: Col): Sprite {
  const w = d * 2.2;
  const hgt = d * 0.9;
  const sp = createSprite(cx - w / 2 - 1, chin - d * 0.1, w + 2, hgt + d * 0.1 + 1);
  for (let y = 0; y < sp.h; y++)
    for (let x = 0; x < sp.w; x++) {
      const u = (x + sp.x0 + 0.5 - cx) / (w / 2);
      const v = (y + sp.y0 + 0.5 - chin) / hgt;
      const neck = Math.abs(u) < 0.2 && v < 0.3;
      // A bust: an ellipse's upper half widening from the neck to the shoulders.
      const inside = v > 0.15 && u * u + ((1 - v) * (1 - v)) / 0.85 < 1;
      const q = y * sp.w + x;
      if (inside || neck) {
        const col = inside ? shirt : skin;
        sp.alpha[q] = 1;
        sp.rgb[q * 3] = col[0];
        sp.rgb[q * 3 + 1] = col[1];
        sp.rgb[q * 3 + 2] = col[2];
      }
    }
  return sp;
}

/** Paints the planned bodies with the scene's light (after the regions are filled, before the lines). */
export function paintFigures(c: Canvas, plan: FigurePlan, pal: Palette, light: Light, strength: number): void {
  const rng = plan.rng;
  plan.bodies.forEach((b, i) =>
    paintThing(c, b.sprite, {
      light,
      pal,
      rng: rng.fork(`body:${i}`),
      haze: 0,
      groundY: b.foot > 0 ? b.foot : undefined,
      harmony: 0.08,
      opacity: Math.min(1, 0.35 + strength),
    }),
  );
}
