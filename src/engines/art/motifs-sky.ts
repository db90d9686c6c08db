/**
 * Motifs of the sky and the weather: sun, moon, stars, clouds, storm, rain, snow, rainbow,
 * birds, butterflies and light. Sizes are fractions of the frame's short side (f.s).
 */
import { mix, shade } from './color.ts';
import type { Col } from './color.ts';
import { bezier } from './painter.ts';
import type { Pt } from './painter.ts';
import { motifColour } from './motif-context.ts';
import type { MotifContext, MotifDrawer } from './motif-context.ts';

const skyY = (ctx: MotifContext, t: number): number => ctx.f.y + (ctx.f.horizon - ctx.f.y) * t;

function cloudAt(ctx: MotifContext, cx: number, cy: number, size: number, col: Col): void {
  const { p, rng } = ctx;
  const n = 5 + rng.int(0, 3);
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1) - 0.5;
    const r = size * (0.32 + 0.25 * (1 - Math.abs(t) * 1.6)) * rng.range(0.8, 1.1);
    p.ellipse(cx + t * size * 1.6, cy - r * 0.35, r, r * 0.85, i % 2 ? col : shade(col, 0.96));
  }
  p.ellipse(cx, cy + size * 0.05, size * 0.95, size * 0.22, shade(col, 0.93));
}

const sun: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const r = f.s * (ctx.solo ? 0.13 : 0.085);
  // A lighthouse stands on the right: the sun keeps to the left of it.
  const span = ctx.motifs.includes('lighthouse') ? 0.3 : 0.5;
  const cx = f.x + f.w * (ctx.solo ? 0.5 : 0.2 + span * ctx.at);
  const cy = skyY(ctx, ctx.solo ? 0.4 : rng.range(0.28, 0.38));
  const col = motifColour(ctx, 'sun', mix(pal.light, [1, 0.95, 0.7], 0.3));
  p.glow(cx, cy, r * 3.2, mix(col, [1, 1, 0.9], 0.3), 0.55);
  p.disc(cx, cy, r, col);
  p.disc(cx - r * 0.2, cy - r * 0.2, r * 0.6, mix(col, [1, 1, 0.92], 0.45), 0.7);
};

const moon: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const r = f.s * (ctx.solo ? 0.12 : 0.075);
  const cx = f.x + f.w * (0.2 + 0.6 * ctx.at);
  const cy = skyY(ctx, rng.range(0.22, 0.34));
  const col = motifColour(ctx, 'moon', [0.97, 0.95, 0.82]);
  p.glow(cx, cy, r * 3, col, 0.35);
  p.disc(cx, cy, r, col);
  // Crescent: the night sky covers part of the disc.
  const sky = mix(pal.skyTop, pal.skyHorizon, 0.3);
  p.disc(cx + r * 0.45, cy - r * 0.2, r * 0.88, sky, 0.92);
};

const stars: MotifDrawer = (ctx) => {
  const { p, f, rng } = ctx;
  const n = Math.round(18 + ((f.w * (f.horizon - f.y)) / (f.s * f.s)) * 50);
  const col = motifColour(ctx, 'stars', [1, 0.96, 0.78]);
  for (let i = 0; i < n; i++) {
    const x = f.x + rng.next() * f.w;
    const y = skyY(ctx, Math.pow(rng.next(), 1.3) * 0.92);
    const r = f.s * rng.range(0.003, 0.007);
    p.disc(x, y, r, col);
    if (rng.next() < 0.25) {
      const l = r * 4;
      p.line([x - l, y], [x + l, y], r * 0.6, col, 0.8);
      p.line([x, y - l], [x, y + l], r * 0.6, col, 0.8);
      p.glow(x, y, r * 5, col, 0.3);
    }
  }
};

const cloud: MotifDrawer = (ctx) => {
  const { f, rng, pal } = ctx;
  const n = ctx.solo ? 3 : 2;
  for (let i = 0; i < n; i++) {
    const cx = f.x + f.w * ((i + 0.5) / n + rng.range(-0.08, 0.08));
    cloudAt(ctx, cx, skyY(ctx, rng.range(0.22, 0.55)), f.s * rng.range(0.12, 0.18), motifColour(ctx, 'cloud', pal.cloud));
  }
};

const rain: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const n = Math.round(((f.w * f.h) / (f.s * f.s)) * 160);
  const col = motifColour(ctx, 'rain', mix(pal.cloud, [0.75, 0.82, 0.95], 0.5));
  const slant = 0.15 + 0.35 * pal.turbulence;
  for (let i = 0; i < n; i++) {
    const x = f.x + rng.next() * f.w;
    const y = f.y + rng.next() * f.h;
    const l = f.s * rng.range(0.025, 0.045);
    p.line([x, y], [x - l * slant, y + l], Math.max(1, f.s * 0.003), col, 0.55);
  }
};

const storm: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const dark = shade(mix(pal.cloud, [0.35, 0.37, 0.42], 0.6), 0.8);
  for (let i = 0; i < 4; i++)
    cloudAt(ctx, f.x + f.w * (i / 3), skyY(ctx, rng.range(0.05, 0.2)), f.s * rng.range(0.16, 0.22), shade(dark, rng.range(0.85, 1.05)));
  const pts: Pt[] = [];
  let x = f.x + f.w * (0.3 + 0.4 * ctx.at);
  let y = skyY(ctx, 0.22);
  pts.push([x, y]);
  while (y < skyY(ctx, 0.95)) {
    x += f.s * rng.range(-0.06, 0.06);
    y += f.s * rng.range(0.04, 0.08);
    pts.push([x, y]);
  }
  p.polyline(pts, f.s * 0.02, [1, 0.95, 0.7], 0.35);
  p.polyline(pts, f.s * 0.008, [1, 1, 0.9]);
  rain(ctx);
};

const rainbow: MotifDrawer = (ctx) => {
  const { p, f } = ctx;
  const bands: Col[] = [
    [0.9, 0.3, 0.3],
    [0.95, 0.6, 0.25],
    [0.95, 0.88, 0.35],
    [0.4, 0.75, 0.4],
    [0.35, 0.55, 0.85],
    [0.55, 0.4, 0.75],
  ];
  const cx = f.x + f.w * 0.5;
  const cy = f.horizon + f.s * 0.05;
  const R = f.w * 0.42;
  const bw = f.s * 0.022;
  for (let y = Math.floor(cy - R - 1); y < Math.min(cy, f.horizon); y++) {
    for (let x = Math.floor(cx - R - 1); x <= Math.ceil(cx + R + 1); x++) {
      const d = R - Math.hypot(x - cx, y - cy);
      const k = Math.floor(d / bw);
      const band = bands[k];
      if (d >= 0 && band) p.blend(x, y, motifColour(ctx, 'rainbow', band), 0.6);
    }
  }
};

const bird: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const n = ctx.solo ? 1 : rng.int(3, 5);
  const col = motifColour(ctx, 'bird', pal.night ? [0.9, 0.9, 0.95] : shade(pal.ink, 1.4));
  for (let i = 0; i < n; i++) {
    const s = f.s * (ctx.solo ? 0.12 : rng.range(0.025, 0.045));
    const x = f.x + f.w * (ctx.solo ? 0.5 : 0.2 + 0.6 * ((ctx.at + i * 0.13) % 1));
    const y = skyY(ctx, ctx.solo ? 0.45 : rng.range(0.2, 0.6));
    const lift = rng.range(0.3, 0.6);
    p.polyline(bezier([x - s, y - s * lift], [x - s * 0.45, y - s * 0.7], [x, y]), Math.max(1.2, s * 0.12), col);
    p.polyline(bezier([x, y], [x + s * 0.45, y - s * 0.7], [x + s, y - s * lift]), Math.max(1.2, s * 0.12), col);
  }
};

const snow: MotifDrawer = (ctx) => {
  const { p, f, rng } = ctx;
  const n = Math.round(((f.w * f.h) / (f.s * f.s)) * 220);
  for (let i = 0; i < n; i++) p.disc(f.x + rng.next() * f.w, f.y + rng.next() * f.h, f.s * rng.range(0.003, 0.008), [1, 1, 1], 0.9);
};

const butterfly: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const s = f.s * (ctx.solo ? 0.18 : 0.06);
  const cx = f.x + f.w * (ctx.solo ? 0.5 : 0.15 + 0.7 * ctx.at);
  const cy = ctx.solo ? f.y + f.h * 0.5 : skyY(ctx, rng.range(0.6, 0.95));
  const col = motifColour(ctx, 'butterfly', pal.accents[1] ?? [0.9, 0.5, 0.3]);
  const tilt = rng.range(-0.3, 0.3);
  for (const side of [-1, 1]) {
    p.ellipse(cx + side * s * 0.5, cy - s * 0.3, s * 0.55, s * 0.4, col, 1, side * (0.6 + tilt));
    p.ellipse(cx + side * s * 0.38, cy + s * 0.32, s * 0.35, s * 0.25, shade(col, 0.85), 1, side * (-0.5 + tilt));
    p.disc(cx + side * s * 0.55, cy - s * 0.35, s * 0.12, mix(col, [1, 1, 1], 0.6));
  }
  p.line([cx, cy - s * 0.5], [cx, cy + s * 0.5], s * 0.12, pal.ink);
};

const light: MotifDrawer = (ctx) => {
  const { p, f, rng, pal } = ctx;
  const col = motifColour(ctx, 'light', mix(pal.light, [1, 1, 0.9], 0.5));
  const cx = f.x + f.w * (0.35 + 0.3 * ctx.at);
  const cy = f.y + f.h * 0.12;
  const len = f.h * 1.1;
  for (let i = 0; i < 7; i++) {
    const a = Math.PI / 2 + (i - 3) * 0.18 + rng.range(-0.05, 0.05);
    const wdt = 0.035;
    p.polygon(
      [
        [cx, cy],
        [cx + Math.cos(a - wdt) * len, cy + Math.sin(a - wdt) * len],
        [cx + Math.cos(a + wdt) * len, cy + Math.sin(a + wdt) * len],
      ],
      col,
      0.16,
    );
  }
  p.glow(cx, cy, f.s * 0.45, col, 0.75);
};

/** Sky and weather drawers. */
export const SKY_MOTIFS = { sun, moon, stars, cloud, rain, storm, rainbow, bird, snow, butterfly, light } satisfies Record<string, MotifDrawer>;
