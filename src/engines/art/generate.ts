/**
 * generateImage: words (+ an optional sketch) → a styled picture, deterministic for a seed.
 *
 * Pipeline: read the words (affect) → palette and mood adjustments (palette.ts) → compose the
 * mood background and the named motifs (scene.ts) → fill the regions the client's lines
 * enclose (sketch.ts) → mood contrast/saturation (adjust.ts) → the chosen style
 * (styles/) → the client's lines drawn on top in the style's ink → excluded colours removed.
 */
import { assert, assertRange, createRng } from '../core/index.ts';
import type { RgbaImage, Rng } from '../core/index.ts';
import { isStyleId, readAffect } from '../affect/index.ts';
import type { AffectReading, StyleId } from '../affect/index.ts';
import { applyMood, guardColours } from './adjust.ts';
import { avoidHues, paletteFromAffect, varyPalette } from './palette.ts';
import type { Palette } from './palette.ts';
import { createCanvas } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import { paintScene } from './scene.ts';
import { fillRegions, roundRegionInSky, sketchLayout } from './sketch.ts';
import type { Region } from './sketch.ts';
import { readSketch } from './sketch-read.ts';
import { drawnFigures, drawnObjects, fliesInSky, matchSketch, partOfDrawnTree, zigzagRidge } from './sketch-match.ts';
import { peopleOfPrompt } from './sketch-people.ts';
import type { SketchMatch } from './sketch-match.ts';
import type { SketchReading } from './sketch-read.ts';
import { mix } from './color.ts';
import type { Col } from './color.ts';
import { LIBRARY_MOTIFS, thingsOfPrompt } from './scene-words.ts';
import type { WordUse } from './scene-words.ts';
import { drawnCells, freeMask, planScene } from './scene-plan.ts';
import { motifMarks } from './motif-marks.ts';
import type { Box, Layer, Placement } from './scene-plan.ts';
import { lightFrom, paintThing } from './paint-thing.ts';
import type { Light } from './paint-thing.ts';
import { figureLook, figureSprite, poseHeight } from './figures.ts';
import { paintFigures, planFigures } from './figure-paint.ts';
import { materialOf, regionMaterials } from './materials.ts';
import { shapeAt } from './shapes/shape-library.ts';
import { rasterShape } from './shapes/sprite.ts';
import type { Sprite } from './shapes/sprite.ts';
import type { MotifId } from '../affect/index.ts';
import { styleDef } from './styles.ts';

/** Called with progress 0..1 and the stage name, for the UI. */
export type ProgressFn = (fraction: number, stage: string) => void;

export interface GenerateOptions {
  readonly prompt: string;
  readonly negativePrompt?: string;
  /** The client's drawing (any size; resampled). Dark marks on light paper are the lines. */
  readonly sketch?: RgbaImage;
  /** How closely the result follows the sketch, 0..1 (default 0.7). */
  readonly sketchStrength?: number;
  /** A style id; default: a style named in the prompt, else watercolour. */
  readonly style?: string;
  /** Any integer; same inputs + seed → identical bytes. */
  readonly seed: number;
  /** Output size in px, 16..4096. */
  readonly width: number;
  readonly height: number;
  readonly onProgress?: ProgressFn;
}

/** Default style when neither the options nor the prompt name one. */
export const DEFAULT_STYLE: StyleId = 'watercolour';

/** The style an explicit choice or the prompt selects. */
export function resolveStyle(style: string | undefined, affect: AffectReading): StyleId {
  if (style !== undefined) {
    assert(isStyleId(style), `unknown style "${style}"`);
    return style;
  }
  return affect.styles[0] ?? DEFAULT_STYLE;
}

/** Float canvas → 8-bit opaque RGBA (Uint8ClampedArray clamps and rounds, ties to even). */
export function toRgba(c: Canvas): RgbaImage {
  const n = c.width * c.height;
  const data = new Uint8ClampedArray(n * 4);
  const s = c.rgb;
  for (let p = 0, i = 0, j = 0; p < n; p++, i += 4, j += 3) {
    data[i] = s[j]! * 255;
    data[i + 1] = s[j + 1]! * 255;
    data[i + 2] = s[j + 2]! * 255;
    data[i + 3] = 255;
  }
  return { width: c.width, height: c.height, data };
}

/** Draws line coverage × opacity in the ink colour over the canvas. */
export function overlayLines(c: Canvas, lines: Float32Array, ink: readonly [number, number, number], opacity: number, own?: Float32Array): void {
  const s = c.rgb;
  for (let p = 0; p < lines.length; p++) {
    const a = lines[p]! * opacity;
    if (a <= 0) continue;
    const i = p * 3;
    // A line drawn in colour keeps its colour (own: rgb per pixel, negative = use the ink).
    const coloured = own !== undefined && own[i]! >= 0;
    const r = coloured ? own[i]! : ink[0];
    const g = coloured ? own[i + 1]! : ink[1];
    const b = coloured ? own[i + 2]! : ink[2];
    s[i] = s[i]! + (r - s[i]!) * a;
    s[i + 1] = s[i + 1]! + (g - s[i + 1]!) * a;
    s[i + 2] = s[i + 2]! + (b - s[i + 2]!) * a;
  }
}

/** What one word of the prompt became, in plain terms, for the client and therapist. */
export interface WordReport {
  readonly word: string;
  /** thing | figure | motif (sky, land, water, weather) | feeling | colour | style | tone | left-out | not-drawn */
  readonly as: WordUse['as'];
  /** The thing drawn: library label ("potted plant") or pose ("figure, head in hands"). */
  readonly drawn?: string;
  /** Shape id in the library (e.g. "fluent-emoji-flat:rose"), for attribution. */
  readonly shape?: string;
  /** Where it was put: box in px and depth layer. Several boxes for a group or a plural. */
  readonly where?: readonly { readonly box: Box; readonly layer: Layer }[];
  /** True when the client drew it: their shape was painted as the thing, nothing was added. */
  readonly fromSketch?: boolean;
}

/** What the engine read and decided: `hearth generate --json` and the studio show it. */
export interface GenerateReport {
  readonly words: readonly WordReport[];
  /** Words that asked for something the engine could not draw. */
  readonly notDrawn: readonly string[];
  /** Words left out because they were negated or in the negative prompt. */
  readonly leftOut: readonly string[];
  readonly style: StyleId;
  readonly seed: number;
  readonly width: number;
  readonly height: number;
  /** y of the horizon in px, and whether it was the client's drawn line. */
  readonly horizon: { readonly y: number; readonly drawn: boolean };
  /** Where the light comes from. */
  readonly light: 'left' | 'right';
  /** What was read in the sketch, if any. */
  readonly sketch?: SketchReading;
}

/** Everything generateImage decided, for `--json` output and the version tree. */
export interface GenerateResult {
  readonly image: RgbaImage;
  readonly style: StyleId;
  readonly affect: AffectReading;
  readonly palette: Palette;
  readonly report: GenerateReport;
  /** The placements of things and figures (boxes, depth), as painted. */
  readonly placements: readonly Placement[];
}

/** Everything decided before painting: shared by generateWithDetails and describeImage. */
function prepare(opts: GenerateOptions) {
  const { width, height, seed } = opts;
  assert(Number.isInteger(width) && Number.isInteger(height), 'width and height must be integers');
  assertRange(width, 16, 4096, 'width');
  assertRange(height, 16, 4096, 'height');
  assert(Number.isFinite(seed), 'seed must be a finite number');
  const strength = opts.sketchStrength ?? 0.7;
  assertRange(strength, 0, 1, 'sketchStrength');
  const affect = readAffect(opts.prompt, opts.negativePrompt);
  const style = resolveStyle(opts.style, affect);
  const rng = createRng(seed);
  // Streams in a fixed order, so planning alone (describeImage) sees the same numbers.
  const palRng = rng.fork('palette');
  const lightRng = rng.fork('light');
  const horizonRng = rng.fork('horizon');
  const sceneRng = rng.fork('scene');
  const regionsRng = rng.fork('regions');
  const planRng = rng.fork('plan');
  const thingsRng = rng.fork('things');
  const styleRng = rng.fork(`style:${style}`);
  const pal = varyPalette(paletteFromAffect(affect), palRng);
  const layout = opts.sketch ? sketchLayout(opts.sketch, width, height) : undefined;
  const reading = layout && opts.sketch ? readSketch(opts.sketch, layout, width, height) : undefined;
  let words = thingsOfPrompt(opts.prompt, opts.negativePrompt);
  // One light for the whole picture: its side and height come from the seed.
  const side = lightRng.next() < 0.5 ? -1 : 1;
  const light = lightFrom(side, lightRng.range(0.35, 1.0));
  const motifsNamed = affect.motifs;
  const baseHz = motifsNamed.includes('sea') ? 0.5 : motifsNamed.includes('mountain') ? 0.62 : horizonRng.pick([0.5, 0.58, 0.62, 0.66]);
  // Mountains named and a zig-zag ridge drawn across the page (no flat ground line): the ridge is the horizon.
  const namesMountain = words.uses.some(
    (u) => (u.as === 'motif' && u.motif === 'mountain') || (u.as === 'thing' && /\bmountain\b/.test(shapeAt(u.shapes[0]!).label)),
  );
  const ridge = layout && strength >= 0.5 && namesMountain ? zigzagRidge(layout.lines, width, height) : undefined;
  let ridgeY: number | undefined;
  if (ridge && reading?.horizon === undefined) {
    ridgeY = 0;
    for (let x = 0; x < width; x++) ridgeY += ridge.profile[x]!;
    ridgeY /= width;
  }
  const horizon = reading?.horizon ?? ridgeY ?? height * (baseHz + horizonRng.range(-0.03, 0.03));
  const water = affect.motifs.some((m) => m === 'sea' || m === 'lake' || m === 'river');
  // Words the client already drew are painted on their drawing, not added a second time.
  const neutral = mix([0.86, 0.76, 0.62], pal.accents[0] ?? [0.6, 0.58, 0.55], 0.25);
  // A round shape drawn in the sky is the sun or moon (painted in generateWithDetails), not another thing.
  // Only when the words name the sun or moon, or it is high in the sky — and it is nobody's head.
  const figures = layout ? drawnFigures(layout, width, height, reading?.horizon) : [];
  // Several people drawn: "me"/"yo"/"ich" beside other people is one of them, and "between", "on the left" place them (sketch-people.ts).
  const namedPeople = peopleOfPrompt(opts.prompt, words, figures.length);
  words = namedPeople.things;
  const heads = new Set(figures.map((f) => f.head.label));
  const round = layout && strength >= 0.5 ? roundRegionInSky(layout, reading?.horizon ?? height * 0.5, (r) => heads.has(r.label)) : undefined;
  const namedSky = affect.motifs.find((m) => m === 'sun' || m === 'moon');
  const alone = (r: Region): boolean => drawnObjects(layout!, width, height, reading?.horizon).some((o) => o.regions.length === 1 && o.regions[0] === r);
  // Balloons or kites named and no sun: a round shape in the sky is one of them, not an unnamed sun.
  const fliers = words.uses.some((u) => u.as === 'thing' && fliesInSky(shapeAt(u.shapes[0]!).label));
  // A round shape drawn inside another (a moon seen in a window's pane) is matched with that shape's words.
  const nested = (r: Region): boolean => layout!.enclosed.some((o) => o !== r && o.x0 < r.x0 && o.x1 > r.x1 && o.y0 < r.y0 && o.y1 > r.y1);
  // A round crown on a drawn trunk is a tree, not the sun the words name.
  const crown = round !== undefined && partOfDrawnTree(layout!, width, height, reading?.horizon, round);
  const high = round !== undefined && !fliers && (round.y0 + round.y1) / 2 < Math.min(horizon, height) * 0.6 && alone(round);
  const disc = round && !nested(round) && !crown && (namedSky || high) ? round : undefined;
  const match =
    layout && reading
      ? matchSketch(
          layout, width, height, reading.horizon, words.uses, reading.regionColours, neutral, new Set(disc ? [disc.label] : []), figures, namedPeople.relations,
        )
      : undefined;
  const drawnWords = new Set(match?.matched.map((m) => m.word) ?? []);
  const sketchHasFigures = (match?.figures.length ?? 0) > 0;
  const toPlan = words.uses.filter((u) => !(u.as === 'thing' && drawnWords.has(u.word)));
  // Added things keep off the client's drawing (its ink and the inside of its shapes); a word with no room is reported.
  const noRoom: string[] = [];
  const cells = layout ? drawnCells(layout.lines, width, height, layout, reading?.profile ?? ridge?.profile) : undefined;
  const placements = planScene({
    uses: toPlan,
    pose: words.pose,
    width,
    height,
    horizon,
    water,
    lines: layout?.lines,
    cells,
    sketchHasFigures,
    rng: planRng,
    noRoom,
  });
  const skyWord = disc ? words.uses.find((u) => u.as === 'motif' && (u.motif === 'sun' || u.motif === 'moon')) : undefined;
  const matched = [...(match?.matched ?? [])];
  if (disc && skyWord?.as === 'motif')
    matched.push({ word: skyWord.word, as: skyWord.motif, box: { x: disc.x0, y: disc.y0, w: disc.x1 - disc.x0 + 1, h: disc.y1 - disc.y0 + 1 }, sky: true });
  // "mountains" named and a zig-zag ridge drawn across the page: the ridge is the mountains (not painted again).
  const mountainWord = ridge ? words.uses.find((u) => u.as === 'motif' && u.motif === 'mountain') : undefined;
  if (ridge && mountainWord) matched.push({ word: mountainWord.word, as: 'mountain', box: ridge.box, sky: false });
  // Scene motifs the client drew (waves, rain, clouds, a peak, a road, furrows): their word on those marks.
  if (layout && strength >= 0.5) {
    const done = new Set(matched.map((m) => m.word));
    const motifs = words.uses.flatMap((u) =>
      u.as === 'motif' && !done.has(u.word) ? [{ word: u.word, motif: u.motif, plural: u.word !== u.motif && /(s|n)$/.test(u.word) }] : [],
    );
    const people = (match?.figures ?? []).map((f) => f.box);
    matched.push(...motifMarks(layout.lines, width, height, reading?.horizon ?? ridgeY, motifs, [...matched.map((m) => m.box), ...people], people));
  }
  const report = reportOf(words.uses, placements, matched, noRoom, {
    style,
    seed,
    width,
    height,
    horizon: { y: Math.round(horizon), drawn: reading?.horizon !== undefined || ridgeY !== undefined },
    light: side < 0 ? 'left' : 'right',
    sketch: reading?.summary,
  });
  return {
    width,
    height,
    strength,
    affect,
    style,
    pal,
    layout,
    reading,
    words,
    side,
    light,
    horizon,
    placements,
    report,
    match,
    disc,
    ridge,
    cells,
    sceneRng,
    regionsRng,
    thingsRng,
    styleRng,
  };
}

/**
 * The report of what generateImage would paint for these options (words → things and where,
 * words not drawn, style, seed, size), without painting: cheap enough to ask beside a model server.
 */
export function describeImage(opts: GenerateOptions): GenerateReport {
  return prepare(opts).report;
}

/** Like generateImage, also returning the reading, palette, style and the report. */
export function generateWithDetails(opts: GenerateOptions): GenerateResult {
  const progress = opts.onProgress ?? (() => {});
  const pr = prepare(opts);
  const { width, height, strength, affect, style, pal, layout, reading, words, side, light, horizon, placements } = pr;
  progress(0.05, 'reading');
  const canvas = createCanvas(width, height);
  const namesThings = words.uses.some((u) => u.as === 'thing' || u.as === 'figure');
  // With a sketch, the client's shapes lead: a circle drawn in the sky becomes the sun or moon
  // the words name, and other objects fade back as the sketch strength rises.
  const skip: MotifId[] = [...LIBRARY_MOTIFS];
  const special = new Map<number, Col>(pr.match?.colours ?? reading?.regionColours ?? []);
  const disc = pr.disc;
  const named = affect.motifs.find((m) => m === 'sun' || m === 'moon');
  // Unnamed, a circle high in the sky is still the sun — the moon when the words say night.
  const high = disc !== undefined && (disc.y0 + disc.y1) / 2 < Math.min(horizon, height) * 0.6;
  const sky = named ?? (high ? (affect.motifs.includes('stars') ? 'moon' : 'sun') : undefined);
  if (disc && sky) {
    if (named) skip.push(sky);
    if (!reading?.regionColours.has(disc.label)) special.set(disc.label, pal.motifColours[sky] ?? (sky === 'sun' ? [1, 0.84, 0.42] : [0.97, 0.95, 0.82]));
  }
  if (pr.ridge && words.uses.some((u) => u.as === 'motif' && u.motif === 'mountain')) skip.push('mountain');
  const lightAt = side < 0 ? 0.2 : 0.8;
  paintScene(canvas, affect, pal, pr.sceneRng, {
    skip,
    objectOpacity: layout ? 1 - 0.75 * strength : 1,
    horizon,
    horizonProfile: reading?.profile ?? pr.ridge?.profile,
    at: { sun: lightAt, moon: lightAt, light: lightAt },
    moodScene: !namesThings && !layout,
    defaultMotif: !layout,
    // Named scene things (a sun, a spiral, a heart) never paint over the client's drawing.
    objectClip: pr.cells ? () => freeMask(pr.cells!, width, height) : undefined,
  });
  progress(0.3, 'composing');
  const lines = layout?.lines;
  // Regions the match leaves open (between a ladder's rungs, a cage's bars) are not filled.
  // Drawn people are painted as people along their lines (figure-paint.ts): clothes, skin, no cone.
  const people = layout && pr.match ? planFigures(layout, pr.match, width, height, pal, pr.regionsRng.fork('people'), reading?.regionColours) : undefined;
  for (const [l, col] of people?.colours ?? []) special.set(l, col);
  const open = new Set([...(pr.match?.open ?? []), ...(people?.open ?? [])]);
  const filled = layout && open.size ? { ...layout, enclosed: layout.enclosed.filter((r) => !open.has(r.label)) } : layout;
  // Each drawn part painted in the material its word implies (materials.ts): foliage, bark, glass …
  const materials = filled && pr.match ? regionMaterials(filled.enclosed, pr.match.matched, special) : undefined;
  for (const [l, m] of people?.materials ?? []) materials?.set(l, m);
  const matScene = { skyTop: pal.skyTop, skyHorizon: pal.skyHorizon, light: pal.light, lx: light.x, ly: light.y };
  if (filled) fillRegions(canvas, filled, pal.accents, strength, pr.regionsRng, special, light, reading, pr.match?.splits, materials, matScene);
  if (people) paintFigures(canvas, people, pal, light, strength);
  paintPlacements(canvas, placements, pal, light, pr.thingsRng, layout ? 0.92 : 1);
  progress(0.45, 'painting');
  applyMood(canvas, pal);
  progress(0.5, 'styling');
  const def = styleDef(style);
  const styled = def.render({ base: canvas, pal, rng: pr.styleRng, scale: Math.min(width, height) / 512 });
  // The client's lines: fully there at strength 1, a faint trace at 0.2 — in their own colour when they drew in colour.
  if (lines) overlayLines(styled, lines, def.ink, Math.pow(strength, 1.5), reading?.lineColours);
  const image = toRgba(styled);
  guardColours(image.data, pal);
  progress(1, 'done');
  return { image, style, affect, palette: pal, report: pr.report, placements };
}

/** Paints things and figures back to front with the scene's light. */
function paintPlacements(c: Canvas, placements: readonly Placement[], pal: Palette, light: Light, rng: Rng, opacity: number): void {
  placements.forEach((p, i) => {
    const r = rng.fork(`thing:${i}`);
    let sprite: Sprite;
    let tint: Col | undefined;
    if (p.kind === 'figure') {
      sprite = figureSprite(p.pose ?? 'standing', figureLook(pal, r, p.child === true, p.hair), p.cx, p.bottom, p.height / poseHeight(p.pose ?? 'standing'));
    } else {
      const shape = shapeAt(p.shape!);
      sprite = rasterShape(shape, p.cx, p.bottom, p.height, p.mirror);
      if (shape.silhouette) tint = mix(pal.accents[i % Math.max(1, pal.accents.length)] ?? [0.5, 0.45, 0.4], [0.25, 0.22, 0.25], 0.35);
    }
    const grounded = p.layer !== 'sky';
    const recolour = p.colour ? avoidHues(p.colour, pal.excludedHues) : undefined;
    paintThing(c, sprite, {
      light,
      pal,
      rng: r,
      haze: p.layer === 'sky' ? 0.12 : (1 - p.depth) * 0.5,
      groundY: grounded && p.layer !== 'water' ? p.bottom : undefined,
      tint: recolour && tint ? recolour : tint,
      recolour: tint ? undefined : recolour,
      opacity,
      material: p.kind === 'figure' ? undefined : materialOf(shapeAt(p.shape!).label),
    });
  });
}

/**
 * The part of the picture the scene paints a motif in: the sky above the horizon (sun, moon,
 * stars, clouds, rainbow, light, storm), the whole picture (rain, snow), the water or ground below
 * it (sea, lake, river, island; path, grass, bridge), the band along it (mountain, hill, forest).
 * Objects the scene places itself (heart, spiral, candle …) have no area here.
 */
export function motifArea(m: MotifId, W: number, H: number, horizon: number): { box: Box; layer: Layer } | undefined {
  const hz = Math.max(1, Math.min(H - 1, Math.round(horizon)));
  const band = Math.round(H * 0.25);
  switch (m) {
    case 'sun':
    case 'moon':
    case 'stars':
    case 'cloud':
    case 'rainbow':
    case 'light':
    case 'storm':
      return { box: { x: 0, y: 0, w: W, h: hz }, layer: 'sky' };
    case 'rain':
    case 'snow':
      return { box: { x: 0, y: 0, w: W, h: H }, layer: 'sky' };
    case 'sea':
    case 'lake':
    case 'river':
    case 'island':
      return { box: { x: 0, y: hz, w: W, h: H - hz }, layer: 'water' };
    case 'path':
    case 'grass':
    case 'bridge':
      return { box: { x: 0, y: hz, w: W, h: H - hz }, layer: 'near' };
    case 'mountain':
    case 'hill':
    case 'forest':
      return { box: { x: 0, y: Math.max(0, hz - band), w: W, h: Math.min(band, hz) }, layer: 'far' };
    default:
      return undefined;
  }
}

/** The report's words for a thing that found no free space off the drawing. */
export const NO_ROOM = 'not added: no room beside your drawing';

function reportOf(
  uses: readonly WordUse[],
  placements: readonly Placement[],
  matched: readonly SketchMatch[],
  noRoom: readonly string[],
  rest: Omit<GenerateReport, 'words' | 'notDrawn' | 'leftOut'>,
): GenerateReport {
  const words: WordReport[] = uses.map((u) => {
    // The same word twice ("me … behind me") is one drawn thing: each box once.
    const drawnAll = matched.filter(
      (m, i) =>
        m.word === u.word &&
        matched.findIndex((n) => n.word === m.word && n.box.x === m.box.x && n.box.y === m.box.y && n.box.w === m.box.w && n.box.h === m.box.h) === i,
    );
    const drawn = drawnAll[0];
    if (drawn && (u.as === 'thing' || u.as === 'figure' || u.as === 'motif'))
      return {
        word: u.word,
        as: u.as,
        drawn: `drawn by you, painted as ${drawn.as}`,
        shape: u.as === 'thing' ? shapeAt(u.shapes[0]!).id : undefined,
        // Every drawn object a plural took ("three balloons"), each in its own place.
        where: drawnAll.map((m) => ({ box: m.box, layer: m.sky ? 'sky' : 'near' })),
        fromSketch: true,
      };
    const mine = placements.filter((p) => p.word === u.word);
    const where = mine.map((p) => ({ box: p.box, layer: p.layer }));
    // Nowhere off the client's drawing was large enough: left out rather than painted over it.
    if (!mine.length && noRoom.includes(u.word) && (u.as === 'thing' || u.as === 'figure'))
      return { word: u.word, as: u.as, drawn: NO_ROOM, shape: u.as === 'thing' ? shapeAt(u.shapes[0]!).id : undefined, where: [] };
    if (u.as === 'thing') {
      const shapes = [...new Set(mine.map((p) => p.shape!))].map(shapeAt);
      return {
        word: u.word,
        as: u.as,
        drawn:
          shapes.map((s) => s.label).join(', ') +
          (u.colour ? ` (${u.colour.name})` : '') +
          (u.nearest && shapes.length ? ` — the nearest shape: none of its own for “${u.word}”` : ''),
        shape: shapes.map((s) => s.id).join(', '),
        where,
      };
    }
    if (u.as === 'figure')
      return { word: u.word, as: u.as, drawn: mine.length ? `figure, ${mine[0]?.pose?.replace(/-/g, ' ') ?? 'standing'}` : 'the figure in the sketch', where };
    if (u.as === 'motif') {
      // A scene motif the sketch lacks is painted by the scene (off the drawing): the report says which part of the picture.
      const area = motifArea(u.motif, rest.width, rest.height, rest.horizon.y);
      return { word: u.word, as: u.as, drawn: u.motif, ...(area ? { where: [area] } : {}) };
    }
    return { word: u.word, as: u.as };
  });
  return {
    words,
    notDrawn: uses.filter((u) => u.as === 'not-drawn').map((u) => u.word),
    leftOut: uses.filter((u) => u.as === 'left-out').map((u) => u.word),
    ...rest,
  };
}

/**
 * Output size that keeps a picture's aspect ratio (width / height): the longer side is `size`,
 * unless a width or height is given, which then sets the other side. Sides 64..2048 px.
 */
export function sizeForAspect(aspect: number, size: number, width?: number, height?: number): { width: number; height: number } {
  assert(Number.isFinite(aspect) && aspect > 0, 'aspect must be a positive number');
  const clamp = (v: number): number => Math.max(64, Math.min(2048, Math.round(v)));
  if (width !== undefined && height !== undefined) return { width: clamp(width), height: clamp(height) };
  if (width !== undefined) return { width: clamp(width), height: clamp(width / aspect) };
  if (height !== undefined) return { width: clamp(height * aspect), height: clamp(height) };
  return aspect >= 1 ? { width: clamp(size), height: clamp(size / aspect) } : { width: clamp(size * aspect), height: clamp(size) };
}

/** Generates a picture from words and an optional sketch (see GenerateOptions). */
export function generateImage(opts: GenerateOptions): RgbaImage {
  return generateWithDetails(opts).image;
}
