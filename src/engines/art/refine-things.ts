/**
 * New things for a refined area, sized to it: "a bright yellow sun" painted into a mask gives a
 * sun that fills the mask's extent, not a small sun where a whole picture's sun would be.
 *
 * The things the words name are painted twice into a small probe frame — once over black, once
 * over white — which gives their exact coverage (a = 1 − (white − black)) and so their extent.
 * The frame is then scaled and moved so that extent fills the mask's bounding box (keeping its
 * shape), and the things are painted again at full size, still as a layer with its own alpha.
 */
import type { Rng } from '../core/index.ts';
import type { AffectReading } from '../affect/index.ts';
import { mix } from './color.ts';
import type { Col } from './color.ts';
import { figureLook, figureSprite, poseHeight } from './figures.ts';
import { lightFrom, paintThing } from './paint-thing.ts';
import { LIBRARY_MOTIFS, thingsOfPrompt } from './scene-words.ts';
import type { WordUse } from './scene-words.ts';
import { shapeAt } from './shapes/shape-library.ts';
import { rasterShape } from './shapes/sprite.ts';
import type { Sprite } from './shapes/sprite.ts';
import type { Pose } from './shapes/thing-words.ts';
import type { Palette } from './palette.ts';
import { createCanvas } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import { paintScene } from './scene.ts';
import type { SceneRect } from './scene.ts';

/** A painted layer: colour (interleaved RGB, 0..1) and coverage per pixel. */
export interface ThingLayer {
  readonly rgb: Float32Array;
  readonly alpha: Float32Array;
}

/** How much of the box the things' extent fills (the rest is breathing room). */
const FILL = 0.92;
/** Coverage above which a pixel counts toward a thing's extent (leaves out glows and haze). */
const SOLID = 0.5;

/**
 * Words that tell the refine what to do rather than what to paint ("make it calmer", "add a
 * sun", "haz el cielo más claro", "mach es ruhiger"): never drawn as things.
 */
const INSTRUCTION_WORDS: ReadonlySet<string> = new Set([
  'make',
  'add',
  'put',
  'change',
  'turn',
  'replace',
  'remove',
  'paint',
  'draw',
  'show',
  'give',
  'let',
  'fill',
  'haz',
  'hacer',
  'añade',
  'añadir',
  'pon',
  'poner',
  'cambia',
  'cambiar',
  'quita',
  'quitar',
  'pinta',
  'pintar',
  'dibuja',
  'dibujar',
  'mach',
  'mache',
  'machen',
  'füge',
  'hinzu',
  'setze',
  'setz',
  'ändere',
  'ändern',
  'entferne',
  'male',
  'malen',
  'zeichne',
  'zeichnen',
]);

/** What the words name: motifs for the drawers, and things and people from the shape library. */
interface Named {
  readonly affect: AffectReading;
  readonly uses: readonly WordUse[];
  readonly pose: Pose;
}

/** Paints the named things as a layer over a `width` × `height` canvas, filling `box`; undefined when nothing is named. */
export function thingsInBox(
  affect: AffectReading,
  prompt: string,
  negativePrompt: string,
  pal: Palette,
  rng: Rng,
  box: SceneRect,
  width: number,
  height: number,
): ThingLayer | undefined {
  const said = thingsOfPrompt(prompt, negativePrompt);
  const uses = said.uses.filter((u) => (u.as === 'thing' || u.as === 'figure') && !INSTRUCTION_WORDS.has(u.word));
  const named: Named = { affect: { ...affect, motifs: affect.motifs.filter((m) => !LIBRARY_MOTIFS.has(m) || uses.length === 0) }, uses, pose: said.pose };
  if (named.affect.motifs.length === 0 && uses.length === 0) return undefined;
  const k = Math.min(1, 128 / Math.max(box.w, box.h));
  const pw = Math.max(8, Math.round(box.w * k)),
    ph = Math.max(8, Math.round(box.h * k));
  const probe = layer(named, pal, rng, { x: 0, y: 0, w: pw, h: ph }, pw, ph);
  let x0 = pw,
    y0 = ph,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < ph; y++)
    for (let x = 0; x < pw; x++) {
      if (probe.alpha[y * pw + x]! < SOLID) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  if (x1 < 0) return undefined;
  // The extent as fractions of the probe frame, then the frame that makes it fill the box.
  const u0 = x0 / pw,
    u1 = (x1 + 1) / pw,
    v0 = y0 / ph,
    v1 = (y1 + 1) / ph;
  const grow = Math.min(6, FILL / Math.max(u1 - u0, v1 - v0));
  const fw = box.w * grow,
    fh = box.h * grow;
  const frame = { x: box.x + box.w / 2 - ((u0 + u1) / 2) * fw, y: box.y + box.h / 2 - ((v0 + v1) / 2) * fh, w: fw, h: fh };
  return layer(named, pal, rng, frame, width, height);
}

/** The things painted over black and over white; colour and coverage recovered from the two. */
function layer(named: Named, pal: Palette, rng: Rng, rect: SceneRect, width: number, height: number): ThingLayer {
  const paint = (bg: 0 | 1): Canvas => {
    const c = createCanvas(width, height, [bg, bg, bg]);
    if (named.affect.motifs.length) paintScene(c, named.affect, pal, rng.fork('things'), { rect, background: false, defaultMotif: false });
    paintLibraryThings(c, named, pal, rng.fork('library'), rect);
    return c;
  };
  const black = paint(0),
    white = paint(1);
  const n = width * height;
  const rgb = new Float32Array(n * 3);
  const alpha = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    const a = 1 - (white.rgb[i]! - black.rgb[i]! + white.rgb[i + 1]! - black.rgb[i + 1]! + white.rgb[i + 2]! - black.rgb[i + 2]!) / 3;
    if (a <= 1e-3) continue;
    alpha[p] = Math.min(1, a);
    for (let j = 0; j < 3; j++) rgb[i + j] = Math.min(1, black.rgb[i + j]! / Math.max(a, 1e-3));
  }
  return { rgb, alpha };
}

/**
 * Things and people the words name from the shape library, side by side in the rect, each as
 * tall as its slot allows, painted with volume and one light (paint-thing.ts) but no cast
 * shadow (a refined area has no ground of its own).
 */
function paintLibraryThings(c: Canvas, named: Named, pal: Palette, rng: Rng, rect: SceneRect): void {
  const n = named.uses.length;
  if (n === 0) return;
  const light = lightFrom(-1, 0.8);
  const slotW = rect.w / n;
  named.uses.forEach((u, i) => {
    const r = rng.fork(`thing:${i}`);
    const cx = rect.x + slotW * (i + 0.5);
    const bottom = rect.y + rect.h;
    let sprite: Sprite | undefined;
    let tint: Col | undefined;
    let recolour: Col | undefined;
    if (u.as === 'figure') {
      const pose = named.pose;
      sprite = figureSprite(pose, figureLook(pal, r, u.child, u.hair), cx, bottom, Math.min(rect.h, slotW * 2) / poseHeight(pose));
    } else if (u.as === 'thing' && u.shapes.length) {
      const shape = shapeAt(u.shapes[0]!);
      const b = shape.bounds;
      const aspect = (b.x1 - b.x0) / Math.max(1e-6, b.y1 - b.y0);
      sprite = rasterShape(shape, cx, bottom, Math.min(rect.h, slotW / Math.max(1e-6, aspect)));
      if (shape.silhouette) tint = mix(pal.accents[i % Math.max(1, pal.accents.length)] ?? [0.5, 0.45, 0.4], [0.25, 0.22, 0.25], 0.35);
      if (u.colour) recolour = [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255];
    }
    if (!sprite) return;
    paintThing(c, sprite, { light, pal, rng: r, haze: 0, tint: recolour && tint ? recolour : tint, recolour: tint ? undefined : recolour });
  });
}
