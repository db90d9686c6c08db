/**
 * Motifs of the land and water: mountains, hills, island, sea waves, lake, river, path, bridge,
 * grass, forest, trees, flowers, leaves and stones.
 */
import { mix, shade, tint } from './color.ts';
import type { Col } from './color.ts';
import type { Pt } from './painter.ts';
import { groundY, motifColour } from './motif-context.ts';
import type { MotifContext, MotifDrawer } from './motif-context.ts';

const mountain: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const base = motifColour(ctx, 'mountain', shade(mix(pal.groundFar, pal.skyTop, 0.45), 0.8));
  for (let m = 0; m < 3; m++) {
    const cx = f.x + f.w * (0.15 + 0.35 * m + rng.range(-0.08, 0.08));
    const hgt = f.h * rng.range(0.22, 0.34) * (m === 1 ? 1.15 : 0.9);
    const half = f.w * rng.range(0.25, 0.35);
    const peak: Pt = [cx, f.horizon - hgt];
    const col = shade(base, 1 - m * 0.06);
    const pts: Pt[] = [[cx - half, f.horizon + 1]];
    for (let k = 1; k < 6; k++) pts.push([cx - half + (half * k) / 6, f.horizon - hgt * (k / 6) + f.s * rng.range(-0.015, 0.015)]);
    pts.push(peak);
    for (let k = 5; k > 0; k--) pts.push([cx + half - (half * k) / 6, f.horizon - hgt * (k / 6) + f.s * rng.range(-0.015, 0.015)]);
    pts.push([cx + half, f.horizon + 1]);
    p.polygon(pts, col);
    // Shadow side and a snow cap make the shape read as a mountain at any size.
    p.polygon([peak, [cx + half, f.horizon + 1], [cx + half * 0.2, f.horizon + 1]], shade(col, 0.82), 0.6);
    const cap = 0.22;
    p.polygon(
      [
        peak,
        [cx - half * cap, peak[1] + hgt * cap],
        [cx - half * cap * 0.3, peak[1] + hgt * cap * 0.8],
        [cx + half * cap * 0.4, peak[1] + hgt * cap * 1.05],
        [cx + half * cap, peak[1] + hgt * cap],
      ],
      tint(pal.cloud, 0.6),
      0.9,
    );
  }
};

const hill: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  for (let k = 0; k < 2; k++) {
    const cx = f.x + f.w * (k === 0 ? rng.range(0.15, 0.35) : rng.range(0.65, 0.85));
    p.ellipse(cx, f.horizon + f.h * 0.06, f.w * 0.45, f.h * 0.16, mix(pal.groundFar, pal.ground, 0.3 + 0.3 * k));
  }
};

const island: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const cx = f.x + f.w * (0.25 + 0.5 * ctx.at);
  const cy = groundY(f, 0.08);
  p.ellipse(cx, cy, f.s * 0.16, f.s * 0.05, motifColour(ctx, 'island', mix(pal.ground, [0.8, 0.7, 0.45], 0.4)));
  tree({ ...ctx, at: (cx - f.x) / f.w, solo: false }, cy - f.s * 0.02, 0.45);
};

const sea: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const col = tint(pal.water, 0.35);
  const n = Math.round(30 + 50 * pal.turbulence);
  for (let i = 0; i < n; i++) {
    const d = Math.pow(rng.next(), 0.8);
    const y = groundY(f, 0.03 + 0.95 * d);
    const x = f.x + rng.next() * f.w;
    const l = f.s * (0.02 + 0.07 * d);
    const hgt = l * (0.1 + 0.3 * pal.turbulence);
    p.polyline(
      [
        [x - l, y],
        [x - l / 2, y - hgt],
        [x, y],
        [x + l / 2, y - hgt],
        [x + l, y],
      ],
      Math.max(1, f.s * 0.004 * (0.5 + d)),
      col,
      0.7,
    );
  }
};

const lake: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const cx = f.x + f.w * 0.5; // centred, so a boat or fish can find it
  const cy = groundY(f, 0.4);
  const water = motifColour(ctx, 'lake', pal.water);
  p.ellipse(cx, cy, f.w * 0.3, f.h * 0.09, shade(pal.ground, 0.8));
  p.ellipse(cx, cy, f.w * 0.28, f.h * 0.08, water);
  for (let i = -2; i <= 2; i++)
    p.line([cx - f.w * 0.1 + i * 4, cy + i * f.h * 0.015], [cx + f.w * 0.1 - i * 6, cy + i * f.h * 0.015], Math.max(1, f.s * 0.004), tint(water, 0.45), 0.6);
};

/**
 * The sinuous centre line of a river or path, from the horizon (t=0) to the bottom (t=1).
 * The river always takes the same course (at = 0.5) so a bridge or boat can find it.
 */
export function winding(ctx: Pick<MotifContext, 'f' | 'at'>, phase: number): (t: number) => [number, number] {
  const { f } = ctx;
  const x0 = f.x + f.w * (0.35 + 0.3 * ctx.at);
  return (t) => [x0 + f.w * 0.12 * Math.sin(t * Math.PI * 1.6 + phase) * t + f.w * 0.1 * t, groundY(f, t)];
}

function band(ctx: MotifContext, phase: number, w0: number, w1: number, col: Col): void {
  const at = winding(ctx, phase);
  const left: Pt[] = [];
  const right: Pt[] = [];
  for (let i = 0; i <= 24; i++) {
    const t = i / 24;
    const [x, y] = at(t);
    const hw = (w0 + (w1 - w0) * t * t) * ctx.f.w * 0.5;
    left.push([x - hw, y]);
    right.push([x + hw, y]);
  }
  ctx.p.polygon([...left, ...right.reverse()], col);
}

/** Phase and place of the river's course (shared by river, bridge and boat). */
export const RIVER_PHASE = 0.7;
const riverCtx = (ctx: MotifContext): MotifContext => ({ ...ctx, at: 0.5 });

const river: MotifDrawer = (ctx) => {
  const water = motifColour(ctx, 'river', ctx.pal.water);
  const c = riverCtx(ctx);
  band(c, RIVER_PHASE, 0.04, 0.36, shade(ctx.pal.ground, 0.8));
  band(c, RIVER_PHASE, 0.03, 0.32, water);
  band(c, RIVER_PHASE, 0.006, 0.06, tint(water, 0.3));
};

const path: MotifDrawer = (ctx) => {
  const col = motifColour(ctx, 'path', mix(ctx.pal.ground, [0.88, 0.8, 0.62], 0.65));
  band({ ...ctx, at: 1 - ctx.at }, 2.2, 0.015, 0.3, col);
  band({ ...ctx, at: 1 - ctx.at }, 2.2, 0.005, 0.1, tint(col, 0.25));
};

const bridge: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const t = 0.45;
  const [x, y] = winding(riverCtx(ctx), RIVER_PHASE)(t);
  const span = (0.03 + 0.33 * t * t) * f.w * 0.9 + f.s * 0.08;
  const col = motifColour(ctx, 'bridge', mix([0.55, 0.4, 0.28], pal.ground, 0.2));
  const arch: Pt[] = [];
  for (let i = 0; i <= 20; i++) {
    const u = i / 20;
    arch.push([x - span + 2 * span * u, y - Math.sin(u * Math.PI) * span * 0.45]);
  }
  p.polyline(arch, f.s * 0.03, col);
  p.polyline(
    arch.map(([ax, ay]) => [ax, ay - f.s * 0.045] as Pt),
    f.s * 0.008,
    shade(col, 0.8),
  );
  for (let i = 2; i < 20; i += 3) p.line(arch[i]!, [arch[i]![0], arch[i]![1] - f.s * 0.045], f.s * 0.006, shade(col, 0.8));
};

const grass: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const col = motifColour(ctx, 'grass', pal.foliage);
  const n = Math.round(f.w / 2.5);
  for (let i = 0; i < n; i++) {
    const d = 0.35 + 0.65 * rng.next();
    const x = f.x + rng.next() * f.w;
    const y = groundY(f, d);
    const l = f.s * 0.05 * d;
    p.line([x, y], [x + rng.range(-0.4, 0.4) * l, y - l], Math.max(1, f.s * 0.004), shade(col, rng.range(0.75, 1.25)), 0.85);
  }
};

/** A leafy tree whose trunk stands at baseY; scale 1 ≈ 40% of the frame's height. */
function tree(ctx: MotifContext, baseY?: number, scale = 1): void {
  const { p, f, rng, pal } = ctx;
  const h = f.s * (ctx.solo ? 0.55 : 0.38) * scale * rng.range(0.85, 1.1);
  const x = f.x + f.w * (ctx.solo ? 0.5 : 0.15 + 0.7 * ctx.at);
  const y = baseY ?? groundY(f, ctx.solo ? 0.5 : 0.25 + 0.35 * rng.next());
  const trunk = shade([0.42, 0.3, 0.2], pal.night ? 0.6 : 1);
  p.polygon(
    [
      [x - h * 0.05, y],
      [x + h * 0.05, y],
      [x + h * 0.03, y - h * 0.55],
      [x - h * 0.03, y - h * 0.55],
    ],
    trunk,
  );
  p.line([x, y - h * 0.45], [x - h * 0.15, y - h * 0.65], h * 0.035, trunk);
  p.line([x, y - h * 0.5], [x + h * 0.17, y - h * 0.68], h * 0.035, trunk);
  const leaf = motifColour(ctx, 'tree', pal.foliage);
  for (let i = 0; i < 9; i++) {
    const a = (i / 9) * Math.PI * 2;
    const r = h * rng.range(0.16, 0.23);
    p.disc(x + Math.cos(a) * h * 0.2, y - h * 0.72 + Math.sin(a) * h * 0.16, r, shade(leaf, rng.range(0.8, 1.1)));
  }
  p.disc(x - h * 0.05, y - h * 0.8, h * 0.2, tint(leaf, 0.15));
}

const forest: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const n = Math.round(10 + (f.w / f.s) * 4);
  const col = motifColour(ctx, 'forest', shade(pal.foliage, 0.7));
  for (let i = 0; i < n; i++) {
    const x = f.x + f.w * ((i + rng.range(0, 1)) / n);
    const y = groundY(f, rng.range(0.02, 0.12));
    const h = f.s * rng.range(0.12, 0.22);
    p.line([x, y], [x, y - h * 0.2], h * 0.06, [0.3, 0.22, 0.15]);
    p.polygon(
      [
        [x, y - h],
        [x - h * 0.28, y - h * 0.15],
        [x + h * 0.28, y - h * 0.15],
      ],
      shade(col, rng.range(0.8, 1.15)),
    );
  }
};

const flower: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const n = ctx.solo ? 1 : rng.int(5, 8);
  for (let i = 0; i < n; i++) {
    const s = f.s * (ctx.solo ? 0.16 : rng.range(0.035, 0.06));
    const x = f.x + f.w * (ctx.solo ? 0.5 : (i + 0.5) / n + rng.range(-0.04, 0.04));
    const y = ctx.solo ? f.y + f.h * 0.45 : groundY(f, rng.range(0.45, 0.85));
    const petal = motifColour(ctx, 'flower', pal.accents[(i % 3) + (pal.accents.length > 3 ? 1 : 0)] ?? [0.9, 0.4, 0.5]);
    p.line([x, y], [x + s * 0.2, y + s * (ctx.solo ? 3 : 2.2)], Math.max(1.2, s * 0.12), shade(pal.foliage, 0.9));
    for (let k = 0; k < 6; k++) {
      const a = (k / 6) * Math.PI * 2;
      p.ellipse(x + Math.cos(a) * s * 0.55, y + Math.sin(a) * s * 0.55, s * 0.5, s * 0.28, k % 2 ? petal : shade(petal, 0.9), 1, a);
    }
    p.disc(x, y, s * 0.28, [0.98, 0.82, 0.3]);
  }
};

const leaf: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const autumn: Col[] = [[0.85, 0.45, 0.15], [0.9, 0.7, 0.2], [0.7, 0.25, 0.15], pal.foliage];
  const n = ctx.solo ? 1 : 12;
  for (let i = 0; i < n; i++) {
    const s = f.s * (ctx.solo ? 0.2 : rng.range(0.025, 0.045));
    const x = f.x + f.w * (ctx.solo ? 0.5 : rng.next());
    const y = f.y + f.h * (ctx.solo ? 0.5 : rng.range(0.15, 0.95));
    const a = rng.range(0, Math.PI);
    const col = motifColour(ctx, 'leaf', autumn[i % autumn.length]!);
    p.ellipse(x, y, s, s * 0.42, col, 1, a);
    p.line([x - Math.cos(a) * s * 1.2, y - Math.sin(a) * s * 1.2], [x + Math.cos(a) * s, y + Math.sin(a) * s], Math.max(1, s * 0.07), shade(col, 0.6));
  }
};

const stone: MotifDrawer = (ctx) => {
  const { p, f, rng } = ctx;
  const n = ctx.solo ? 1 : 3;
  for (let i = 0; i < n; i++) {
    const s = f.s * (ctx.solo ? 0.18 : rng.range(0.04, 0.07));
    const x = f.x + f.w * (ctx.solo ? 0.5 : 0.1 + 0.8 * ((ctx.at + i * 0.09) % 1));
    const y = ctx.solo ? f.y + f.h * 0.6 : groundY(f, rng.range(0.6, 0.9));
    const col = motifColour(ctx, 'stone', [0.55, 0.55, 0.56]);
    p.ellipse(x, y, s, s * 0.65, shade(col, 0.8));
    p.ellipse(x - s * 0.1, y - s * 0.1, s * 0.85, s * 0.5, col);
    p.ellipse(x - s * 0.3, y - s * 0.3, s * 0.3, s * 0.15, tint(col, 0.4));
  }
};

/** Land and water drawers. */
export const LAND_MOTIFS = {
  mountain,
  hill,
  island,
  sea,
  lake,
  river,
  path,
  bridge,
  grass,
  forest,
  tree: ((ctx) => tree(ctx)) as MotifDrawer,
  flower,
  leaf,
  stone,
} satisfies Record<string, MotifDrawer>;
