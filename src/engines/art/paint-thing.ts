/**
 * Painting a thing into the scene rather than pasting it: the sprite's silhouette is given a
 * rounded body (a height field from its blurred coverage) lit from the scene's one light, its
 * colours are pulled toward the palette and textured like a brush, distant things fade into
 * the haze of the sky, and things on the ground cast a soft shadow away from the light.
 * The chosen style then brushes over everything, things included.
 */
import type { Rng } from '../core/index.ts';
import { mix, rgbToHsl } from './color.ts';
import type { Col } from './color.ts';
import type { Palette } from './palette.ts';
import { boxBlur, hash2 } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import type { Sprite } from './shapes/sprite.ts';
import { textured } from './materials.ts';
import type { Material, MaterialScene } from './materials.ts';

/** A sprite pixel's material: glass only where the shape is glass-blue, foliage green, bark brown. */
function pixelMaterial(m: Material, r: number, g: number, b: number): Material {
  if (m !== 'glass' && m !== 'foliage' && m !== 'water') return m;
  const [h, s, l] = rgbToHsl(r, g, b);
  if (m === 'foliage') return h > 65 && h < 170 && s > 0.15 ? 'foliage' : h > 10 && h < 50 && l < 0.55 ? 'bark' : 'plain';
  return h > 170 && h < 250 && s > 0.12 ? m : 'plain';
}

/** The scene's single light: unit vector toward the light (x right, y down, z toward the viewer). */
export interface Light {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A light from the left (side < 0) or right, `elevation` radians above the ground plane. */
export function lightFrom(side: number, elevation: number): Light {
  const x = Math.sign(side || 1) * Math.cos(elevation) * 0.8;
  const y = -Math.sin(elevation) * 0.6;
  const z = 0.7;
  const n = Math.hypot(x, y, z);
  return { x: x / n, y: y / n, z: z / n };
}

export interface PaintThingOptions {
  readonly light: Light;
  readonly pal: Palette;
  readonly rng: Rng;
  /** 0 near … 1 at the horizon: how much the sky's haze veils it. */
  readonly haze: number;
  /** y of the ground the thing stands on (casts a shadow there), or undefined (sky, lying flat). */
  readonly groundY?: number;
  /** One-colour silhouettes take this colour (from the palette) instead. */
  readonly tint?: Col;
  /** A colour the words ask for: the thing's colours move to it, keeping their light and dark. */
  readonly recolour?: Col;
  /** Overall opacity (things fade back when a sketch leads). */
  readonly opacity?: number;
  /** How far the own colours move toward the palette's mood (0..1). */
  readonly harmony?: number;
  /** What the thing is made of (materials.ts): its texture under the light. */
  readonly material?: Material;
}

/** Paints the sprite's cast shadow onto the ground (before the thing itself). */
export function paintShadow(c: Canvas, sp: Sprite, groundY: number, light: Light, strength: number): void {
  const { width, height, rgb } = c;
  // Project each covered pixel onto the ground: height above ground → offset away from the light.
  const lean = -light.x / Math.max(0.25, -light.y + 0.35);
  const squash = 0.28;
  const sh = Math.ceil(sp.h * squash) + 4;
  const sw = sp.w + Math.ceil(Math.abs(lean) * sp.h * squash) + 8;
  const ox = sp.x0 + (lean < 0 ? -(sw - sp.w) + 4 : -4);
  const oy = Math.round(groundY - sh / 2);
  const buf = new Float32Array(sw * sh);
  for (let y = 0; y < sp.h; y++) {
    const up = groundY - (sp.y0 + y);
    if (up < 0) continue;
    const dy = Math.round(groundY - up * squash * 0.35 - oy);
    const dxo = lean * up * squash;
    if (dy < 0 || dy >= sh) continue;
    for (let x = 0; x < sp.w; x++) {
      const a = sp.alpha[y * sp.w + x]!;
      if (a <= 0.05) continue;
      const dx = Math.round(sp.x0 + x + dxo - ox);
      if (dx >= 0 && dx < sw) buf[dy * sw + dx] = Math.max(buf[dy * sw + dx]!, a);
    }
  }
  const soft = boxBlur(buf, sw, sh, 1, Math.max(1, sp.h * 0.02), 2);
  for (let y = 0; y < sh; y++) {
    const cy = oy + y;
    if (cy < 0 || cy >= height) continue;
    for (let x = 0; x < sw; x++) {
      const cx = ox + x;
      if (cx < 0 || cx >= width) continue;
      const a = soft[y * sw + x]! * strength;
      if (a <= 0.003) continue;
      const i = (cy * width + cx) * 3;
      const k = 1 - 0.55 * a;
      rgb[i] = rgb[i]! * k;
      rgb[i + 1] = rgb[i + 1]! * k;
      rgb[i + 2] = rgb[i + 2]! * (k + 0.04 * a);
    }
  }
}

/** Paints a sprite: volume and light, palette harmony, brush texture, haze. Returns pixels covered (alpha > 0.5). */
export function paintThing(c: Canvas, sp: Sprite, o: PaintThingOptions): number {
  const { width, height, rgb } = c;
  const { light, pal } = o;
  const opacity = o.opacity ?? 1;
  if (o.groundY !== undefined) paintShadow(c, sp, o.groundY, light, 0.75 * opacity * (1 - o.haze * 0.7));
  // Height field: coverage blurred at two scales — a body that is round at its edges and in its parts.
  const r = Math.max(1.5, Math.min(sp.w, sp.h) * 0.07);
  const hBig = boxBlur(sp.alpha, sp.w, sp.h, 1, r, 2);
  const lumPlane = new Float32Array(sp.w * sp.h);
  for (let p = 0; p < lumPlane.length; p++) {
    const i = p * 3;
    lumPlane[p] = sp.alpha[p]! * (0.3 * sp.rgb[i]! + 0.59 * sp.rgb[i + 1]! + 0.11 * sp.rgb[i + 2]!);
  }
  const hSmall = boxBlur(lumPlane, sp.w, sp.h, 1, Math.max(1, r * 0.35), 1);
  const seed = o.rng.int(0, 1 << 30);
  const haze = mix(pal.skyHorizon, pal.cloud, 0.3);
  const mood: Col = mix(pal.light, pal.accents[0] ?? pal.light, 0.5);
  const harmony = o.harmony ?? 0.18;
  const recolourLum = o.recolour ? 0.3 * o.recolour[0] + 0.59 * o.recolour[1] + 0.11 * o.recolour[2] : 0;
  const gain = r * 2.2;
  let covered = 0;
  const { w, h } = sp;
  const base: [number, number, number] = [0, 0, 0];
  const tscale = Math.min(width, height) / 512;
  const sc: MaterialScene = { skyTop: pal.skyTop, skyHorizon: pal.skyHorizon, light: pal.light, lx: light.x, ly: light.y };
  for (let y = 0; y < h; y++) {
    const cy = sp.y0 + y;
    if (cy < 0 || cy >= height) continue;
    for (let x = 0; x < w; x++) {
      const cx = sp.x0 + x;
      if (cx < 0 || cx >= width) continue;
      const p = y * w + x;
      const a = sp.alpha[p]!;
      if (a <= 0.004) continue;
      if (a > 0.5) covered++;
      const xl = x > 0 ? p - 1 : p;
      const xr = x < w - 1 ? p + 1 : p;
      const yu = y > 0 ? p - w : p;
      const yd = y < h - 1 ? p + w : p;
      const gx = (hBig[xr]! - hBig[xl]!) * gain + (hSmall[xr]! - hSmall[xl]!) * gain * 0.6;
      const gy = (hBig[yd]! - hBig[yu]!) * gain + (hSmall[yd]! - hSmall[yu]!) * gain * 0.6;
      const nz = 1 / Math.sqrt(gx * gx + gy * gy + 1);
      const nx = -gx * nz;
      const ny = -gy * nz;
      const lambert = nx * light.x + ny * light.y + nz * light.z;
      // 1 for a face turned to the viewer; brighter toward the light, darker away (never black).
      const shade = Math.max(0.45, 1 + 0.75 * (lambert - light.z));
      const grain = 1 + (hash2(cx >> 1, cy >> 1, seed) - 0.5) * 0.1 + (hash2(cx >> 3, cy >> 2, seed + 7) - 0.5) * 0.08;
      const i = p * 3;
      let r0 = o.tint ? o.tint[0] : sp.rgb[i]!;
      let g0 = o.tint ? o.tint[1] : sp.rgb[i + 1]!;
      let b0 = o.tint ? o.tint[2] : sp.rgb[i + 2]!;
      if (o.recolour) {
        // Keep each part's lightness relative to the asked colour, take its hue: 75 % of the way.
        const l = 0.3 * r0 + 0.59 * g0 + 0.11 * b0;
        const k = Math.min(1.6, (0.35 + l) / (0.35 + recolourLum));
        r0 += (Math.min(1, o.recolour[0] * k) - r0) * 0.75;
        g0 += (Math.min(1, o.recolour[1] * k) - g0) * 0.75;
        b0 += (Math.min(1, o.recolour[2] * k) - b0) * 0.75;
      }
      r0 += (mood[0] - r0) * harmony;
      g0 += (mood[1] - g0) * harmony;
      b0 += (mood[2] - b0) * harmony;
      const k = shade * grain;
      // Lit side warms toward the light's colour, shadow side cools.
      const warm = Math.max(-0.5, Math.min(0.5, lambert - light.z));
      let rr = r0 * k + warm * 0.12 * (pal.light[0] - 0.5);
      let gg = g0 * k + warm * 0.12 * (pal.light[1] - 0.5);
      let bb = b0 * k - warm * 0.06;
      if (o.material && o.material !== 'plain') {
        const pm = pixelMaterial(o.material, r0, g0, b0);
        if (pm !== 'plain') {
          base[0] = Math.min(1, Math.max(0, rr));
          base[1] = Math.min(1, Math.max(0, gg));
          base[2] = Math.min(1, Math.max(0, bb));
          textured(pm, base, cx, cy, (x / w) * 2 - 1, (y / h) * 2 - 1, tscale, w > h, seed + 101, sc, base);
          [rr, gg, bb] = base;
        }
      }
      rr += (haze[0] - rr) * o.haze;
      gg += (haze[1] - gg) * o.haze;
      bb += (haze[2] - bb) * o.haze;
      const j = (cy * width + cx) * 3;
      const t = Math.min(1, a) * opacity;
      rgb[j] = rgb[j]! + (Math.min(1, Math.max(0, rr)) - rgb[j]!) * t;
      rgb[j + 1] = rgb[j + 1]! + (Math.min(1, Math.max(0, gg)) - rgb[j + 1]!) * t;
      rgb[j + 2] = rgb[j + 2]! + (Math.min(1, Math.max(0, bb)) - rgb[j + 2]!) * t;
    }
  }
  return covered;
}
