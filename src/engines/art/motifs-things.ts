/**
 * Made things and symbols: house, door, window, boat, lighthouse, fish, heart, fire, candle,
 * spiral. Symbols (heart, spiral, candle, door, window) become the centred subject when they are
 * the only motif named.
 */
import { mix, shade, tint } from './color.ts';
import type { Pt } from './painter.ts';
import { groundY, hasWater, motifColour } from './motif-context.ts';
import { RIVER_PHASE, winding } from './motifs-land.ts';
import type { MotifContext, MotifDrawer } from './motif-context.ts';

const centreX = (ctx: MotifContext, spread = 0.7): number => ctx.f.x + ctx.f.w * (ctx.solo ? 0.5 : 0.5 - spread / 2 + spread * ctx.at);

/** A warm light opening (window pane, open door) with a halo, brighter at night. */
function warmOpening(ctx: MotifContext, x0: number, y0: number, x1: number, y1: number): void {
  const { p, pal } = ctx;
  if (pal.night) p.glow((x0 + x1) / 2, (y0 + y1) / 2, Math.max(x1 - x0, y1 - y0) * 1.6, pal.light, 0.45);
  p.rect(x0, y0, x1, y1, mix(pal.light, [1, 1, 0.85], 0.3));
}

const house: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const w = f.s * (ctx.solo ? 0.42 : 0.24);
  const x = centreX(ctx);
  const y = groundY(f, ctx.solo ? 0.45 : 0.3);
  const wall = motifColour(ctx, 'house', mix([0.93, 0.86, 0.72], pal.accents[3] ?? [0.9, 0.9, 0.8], 0.2));
  const roof = ctx.pal.motifColours.house ? shade(wall, 0.6) : mix([0.65, 0.25, 0.2], pal.accents[0] ?? [0.6, 0.3, 0.2], 0.3);
  p.rect(x - w / 2, y - w * 0.62, x + w / 2, y, wall);
  p.rect(x + w * 0.18, y - w * 0.62, x + w / 2, y, shade(wall, 0.88));
  p.polygon(
    [
      [x - w * 0.62, y - w * 0.6],
      [x, y - w * 1.08],
      [x + w * 0.62, y - w * 0.6],
    ],
    roof,
  );
  p.rect(x + w * 0.22, y - w * 1.0, x + w * 0.34, y - w * 0.78, shade(roof, 0.8));
  const door = ctx.motifs.includes('door') ? motifColour(ctx, 'door', [0.45, 0.28, 0.18]) : ([0.45, 0.28, 0.18] as const);
  p.rect(x - w * 0.09, y - w * 0.36, x + w * 0.09, y, door);
  warmOpening(ctx, x - w * 0.4, y - w * 0.45, x - w * 0.2, y - w * 0.25);
  warmOpening(ctx, x + w * 0.2, y - w * 0.45, x + w * 0.4, y - w * 0.25);
};

const door: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  if (ctx.motifs.includes('house')) return; // the house already has the door
  const w = f.s * (ctx.solo ? 0.26 : 0.16);
  const x = centreX(ctx);
  const y = groundY(f, ctx.solo ? 0.55 : 0.35);
  const h = w * 1.9;
  const frame = mix([0.72, 0.68, 0.62], pal.groundFar, 0.2);
  const wood = motifColour(ctx, 'door', [0.5, 0.3, 0.18]);
  const arch = (pad: number): Pt[] => {
    const pts: Pt[] = [[x - w / 2 - pad, y]];
    for (let i = 0; i <= 16; i++) {
      const a = Math.PI + (i / 16) * Math.PI;
      pts.push([x + Math.cos(a) * (w / 2 + pad), y - h + w / 2 + Math.sin(a) * (w / 2 + pad)]);
    }
    pts.push([x + w / 2 + pad, y]);
    return pts;
  };
  p.polygon(arch(w * 0.14), frame);
  // Slightly open: light spills through the gap and onto the ground.
  p.polygon(arch(0), mix(pal.light, [1, 1, 0.9], 0.4));
  p.polygon(
    [
      [x - w / 2, y],
      [x + w / 2, y],
      [x + w * 1.1, y + w * 0.5],
      [x - w * 0.9, y + w * 0.5],
    ],
    pal.light,
    0.35,
  );
  p.polygon(
    [
      [x - w / 2, y],
      [x + w * 0.2, y - w * 0.05],
      [x + w * 0.2, y - h + w * 0.6],
      [x - w / 2, y - h + w * 0.45],
    ],
    wood,
  );
  p.disc(x + w * 0.08, y - h * 0.42, w * 0.05, [0.85, 0.7, 0.3]);
};

const windowMotif: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  if (ctx.motifs.includes('house')) return;
  const w = f.s * (ctx.solo ? 0.36 : 0.18);
  const x = centreX(ctx);
  const y = ctx.solo ? f.y + f.h * 0.45 : f.horizon - w * 0.2;
  const frame = motifColour(ctx, 'window', [0.92, 0.9, 0.85]);
  p.rect(x - w / 2 - w * 0.08, y - w / 2 - w * 0.08, x + w / 2 + w * 0.08, y + w / 2 + w * 0.08, frame);
  p.rect(x - w / 2, y - w / 2, x + w / 2, y + w / 2, mix(pal.skyTop, pal.light, 0.45));
  p.glow(x + w * 0.15, y - w * 0.15, w * 0.4, pal.light, 0.6);
  p.line([x, y - w / 2], [x, y + w / 2], w * 0.06, frame);
  p.line([x - w / 2, y], [x + w / 2, y], w * 0.06, frame);
};

const boat: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const s = f.s * (ctx.solo ? 0.22 : 0.12);
  let x = centreX(ctx, 0.6);
  let y = hasWater(ctx.motifs) ? groundY(f, ctx.motifs.includes('sea') ? 0.28 : 0.4) : f.y + f.h * 0.6;
  if (ctx.motifs.includes('river') && !ctx.motifs.includes('sea') && !ctx.motifs.includes('lake')) {
    // Afloat on the river, downstream of any bridge.
    [x, y] = winding({ f, at: 0.5 }, RIVER_PHASE)(0.75);
  } else if (ctx.motifs.includes('lake') && !ctx.motifs.includes('sea')) {
    x = f.x + f.w * 0.5; // the lake is centred
  }
  const hull = motifColour(ctx, 'boat', [0.45, 0.25, 0.18]);
  p.polygon(
    [
      [x - s, y - s * 0.25],
      [x + s, y - s * 0.25],
      [x + s * 0.7, y + s * 0.05],
      [x - s * 0.7, y + s * 0.05],
    ],
    hull,
  );
  p.line([x, y - s * 0.25], [x, y - s * 1.3], s * 0.05, shade(hull, 0.7));
  p.polygon(
    [
      [x + s * 0.04, y - s * 1.3],
      [x + s * 0.04, y - s * 0.35],
      [x + s * 0.75, y - s * 0.35],
    ],
    [0.96, 0.94, 0.86],
  );
  p.polygon(
    [
      [x - s * 0.04, y - s * 1.1],
      [x - s * 0.04, y - s * 0.35],
      [x - s * 0.55, y - s * 0.35],
    ],
    mix([0.96, 0.94, 0.86], pal.accents[0] ?? [1, 1, 1], 0.4),
  );
  p.ellipse(x, y + s * 0.12, s * 0.9, s * 0.05, shade(pal.water, 0.75), 0.6);
};

const lighthouse: MotifDrawer = (ctx) => {
  const { p, f, pal, rng } = ctx;
  const h = f.s * (ctx.solo ? 0.55 : 0.42);
  const x = f.x + f.w * (ctx.solo ? 0.5 : 0.78 + rng.range(-0.05, 0.05));
  const y = groundY(f, 0.12);
  const w0 = h * 0.13;
  const w1 = h * 0.08;
  p.ellipse(x, y + h * 0.02, h * 0.25, h * 0.06, shade(pal.ground, 0.7));
  for (let i = 0; i < 5; i++) {
    const t0 = i / 5;
    const t1 = (i + 1) / 5;
    const half = (t: number): number => w0 + (w1 - w0) * t;
    const col = i % 2 ? motifColour(ctx, 'lighthouse', [0.8, 0.2, 0.2]) : ([0.96, 0.95, 0.9] as const);
    p.polygon(
      [
        [x - half(t0), y - h * 0.8 * t0],
        [x + half(t0), y - h * 0.8 * t0],
        [x + half(t1), y - h * 0.8 * t1],
        [x - half(t1), y - h * 0.8 * t1],
      ],
      col,
    );
  }
  const lampY = y - h * 0.88;
  p.polygon(
    [
      [x, lampY],
      [x - f.w * 0.6, lampY - h * 0.15],
      [x - f.w * 0.6, lampY + h * 0.12],
    ],
    pal.light,
    0.25,
  );
  p.glow(x, lampY, h * 0.25, pal.light, 0.8);
  p.rect(x - w1, lampY - h * 0.06, x + w1, lampY + h * 0.06, mix(pal.light, [1, 1, 0.9], 0.5));
  p.polygon(
    [
      [x - w1 * 1.3, lampY - h * 0.06],
      [x, lampY - h * 0.14],
      [x + w1 * 1.3, lampY - h * 0.06],
    ],
    [0.2, 0.2, 0.22],
  );
};

const fish: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const n = ctx.solo ? 1 : 3;
  for (let i = 0; i < n; i++) {
    const s = f.s * (ctx.solo ? 0.2 : rng.range(0.05, 0.08));
    const x = f.x + f.w * (ctx.solo ? 0.5 : 0.2 + 0.6 * ((ctx.at + i * 0.21) % 1));
    const y = ctx.solo ? f.y + f.h * 0.55 : hasWater(ctx.motifs) ? groundY(f, rng.range(0.45, 0.85)) : f.y + f.h * rng.range(0.4, 0.8);
    const dir = rng.next() < 0.5 ? -1 : 1;
    const col = motifColour(ctx, 'fish', pal.accents[1] ?? [0.95, 0.55, 0.2]);
    p.polygon(
      [
        [x - dir * s * 0.8, y],
        [x - dir * s * 1.3, y - s * 0.4],
        [x - dir * s * 1.3, y + s * 0.4],
      ],
      shade(col, 0.85),
    );
    p.ellipse(x, y, s, s * 0.45, col);
    p.disc(x + dir * s * 0.55, y - s * 0.08, s * 0.08, [0.1, 0.1, 0.12]);
  }
};

const heart: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const s = f.s * (ctx.solo ? 0.019 : 0.01);
  const x = centreX(ctx, 0.5);
  const y = ctx.solo ? f.y + f.h * 0.48 : f.y + (f.horizon - f.y) * 0.55;
  const col = motifColour(ctx, 'heart', mix([0.86, 0.2, 0.3], pal.accents[0] ?? [0.86, 0.2, 0.3], 0.25));
  const pts: Pt[] = [];
  for (let i = 0; i < 64; i++) {
    const t = (i / 64) * Math.PI * 2;
    pts.push([x + s * 16 * Math.sin(t) ** 3, y - s * (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t))]);
  }
  p.glow(x, y, s * 26, tint(col, 0.5), 0.35);
  p.polygon(pts, col);
  p.ellipse(x - s * 7, y - s * 5, s * 3, s * 1.8, tint(col, 0.45), 0.7, -0.6);
};

/** A teardrop flame with its tip at (x, y − h). */
function flame(ctx: MotifContext, x: number, y: number, w: number, h: number): void {
  const { p, rng, pal } = ctx;
  const layers = [motifColour(ctx, 'fire', [0.9, 0.25, 0.1]), [1, 0.55, 0.12] as const, [1, 0.88, 0.45] as const];
  layers.forEach((col, k) => {
    const sc = 1 - k * 0.28;
    const sway = w * 0.4 * pal.turbulence * rng.range(-1, 1);
    const pts: Pt[] = [];
    for (let i = 0; i <= 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      const r = w * 0.5 * sc;
      const up = Math.sin(a) < 0;
      const px = x + Math.cos(a) * r * (up ? 1 + Math.sin(a) * 0.6 : 1);
      const py = up ? y - r + Math.sin(a) * h * sc : y - r + Math.sin(a) * r;
      pts.push([px + (up ? sway * -Math.sin(a) : 0), py]);
    }
    p.polygon(pts, col);
  });
}

const fire: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const s = f.s * (ctx.solo ? 0.3 : 0.18);
  const x = centreX(ctx, 0.5);
  const y = groundY(f, ctx.solo ? 0.5 : 0.45);
  p.glow(x, y - s * 0.4, s * 1.8, pal.light, 0.5);
  p.line([x - s * 0.6, y + s * 0.05], [x + s * 0.6, y - s * 0.1], s * 0.12, [0.35, 0.22, 0.14]);
  p.line([x - s * 0.6, y - s * 0.1], [x + s * 0.6, y + s * 0.05], s * 0.12, [0.42, 0.27, 0.16]);
  flame(ctx, x, y, s * 0.9, s * 1.3);
};

const candle: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const s = f.s * (ctx.solo ? 0.22 : 0.12);
  const x = centreX(ctx, 0.5);
  const y = ctx.solo ? f.y + f.h * 0.8 : groundY(f, 0.5);
  p.glow(x, y - s * 1.7, s * 2.2, pal.light, 0.55);
  p.rect(x - s * 0.22, y - s * 1.4, x + s * 0.22, y, motifColour(ctx, 'candle', [0.96, 0.92, 0.82]));
  p.rect(x + s * 0.08, y - s * 1.4, x + s * 0.22, y, [0.86, 0.8, 0.7], 0.7);
  p.line([x, y - s * 1.4], [x, y - s * 1.5], s * 0.04, [0.15, 0.12, 0.1]);
  flame(ctx, x, y - s * 1.45, s * 0.22, s * 0.45);
};

const spiral: MotifDrawer = (ctx) => {
  const { p, f, pal } = ctx;
  const R = f.s * (ctx.solo ? 0.32 : 0.16);
  const x = centreX(ctx, 0.5);
  const y = ctx.solo ? f.y + f.h * 0.5 : f.y + (f.horizon - f.y) * 0.55;
  const pts: Pt[] = [];
  const turns = 3.5;
  for (let i = 0; i <= 200; i++) {
    const t = i / 200;
    const a = t * turns * Math.PI * 2;
    pts.push([x + Math.cos(a) * R * t, y + Math.sin(a) * R * t]);
  }
  p.polyline(pts, Math.max(1.5, f.s * 0.018), motifColour(ctx, 'spiral', pal.accents[0] ?? [0.3, 0.3, 0.6]));
};

/** Drawers of made things and symbols. */
export const THING_MOTIFS = { house, door, window: windowMotif, boat, lighthouse, fish, heart, fire, candle, spiral } satisfies Record<string, MotifDrawer>;
