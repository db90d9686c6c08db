/**
 * paletteFromAffect: how feelings become colour. This is the mapping a therapist can read and
 * question; every number below is a deliberate, documented choice, not a learned weight.
 *
 * 1. Each feeling has a palette (sky, ground, water, accents), drawn from common colour–emotion
 *    associations in art-therapy literature and colour psychology surveys:
 *    - calm: soft blues, sage green, lavender, low contrast — open, unhurried space.
 *    - joy: clear sky blue, sunny yellow, orange and pink, saturated — warmth and play.
 *    - hope: dawn colours (peach, pale gold) over fresh green — light arriving.
 *    - love: rose, pink, warm cream — closeness and warmth.
 *    - wonder: deep blue to violet with gold — night sky, vastness.
 *    - anger: reds, orange and near-black, high contrast — heat and force.
 *    - sadness: grey-blue and slate, muted — heaviness, rain-light.
 *    - grief: deep indigo, charcoal, muted violet — dusk, very low saturation.
 *    - fear: dark violet, sickly green, black — shadow.
 *    - anxiety: mustard, grey-violet — unsettled, slightly off colours.
 *    - loneliness: pale grey-blue, empty space — distance.
 *    With several feelings, palettes are blended by intensity; with none, a gentle daylight
 *    palette is used.
 * 2. Named colours win: the first named colour leads the accents and tints sky and water 35%;
 *    a colour naming a motif ("red rose") colours that motif.
 * 3. Global adjustments (applied to the whole picture, see adjust.ts):
 *    - contrast  = 1 + 0.35·arousal + 0.4·tone.contrast  (calm ≈ 0.8, anger ≈ 1.3)
 *    - saturation = 1 + 0.3·arousal + 0.2·valence + 0.5·tone.saturation (grief ≈ 0.75, joy ≈ 1.3)
 *    - brightness = 0.1·valence + 0.15·tone.brightness (sad pictures a little darker)
 *    - turbulence (clouds, brush jitter, wave height) = 0.5 + 0.5·arousal
 *    - clouds are bright white for pleasant moods and grey for unpleasant ones
 *    Intensity scales the feeling's pull away from the neutral palette.
 * 4. Exclusions ("no red", negative prompt) rotate any palette colour out of the excluded hue
 *    family; a last pass over the pixels (adjust.ts) removes what mixing brought back.
 *    "not dark" raises the darkest tones.
 */
import type { Rng } from '../core/index.ts';
import type { AffectReading, EmotionId, MotifId } from '../affect/index.ts';
import { FAMILY_HUE } from '../affect/index.ts';
import { adjustHsl, clamp01, fromBytes, hslToRgb, hueDelta, mix, rgbToHsl } from './color.ts';
import type { Col } from './color.ts';

type Bytes = readonly [number, number, number];
interface MoodColours {
  skyTop: Bytes;
  skyHorizon: Bytes;
  ground: Bytes;
  water: Bytes;
  accents: readonly Bytes[];
}

const MOODS: Readonly<Record<EmotionId | 'neutral', MoodColours>> = {
  neutral: {
    skyTop: [110, 165, 220],
    skyHorizon: [236, 228, 205],
    ground: [120, 165, 95],
    water: [60, 130, 190],
    accents: [
      [232, 180, 80],
      [205, 95, 85],
      [90, 150, 200],
      [120, 170, 90],
      [180, 140, 200],
    ],
  },
  calm: {
    skyTop: [135, 180, 210],
    skyHorizon: [218, 230, 232],
    ground: [128, 162, 142],
    water: [70, 130, 172],
    accents: [
      [110, 160, 195],
      [160, 192, 172],
      [185, 175, 218],
      [228, 220, 200],
    ],
  },
  joy: {
    skyTop: [80, 165, 235],
    skyHorizon: [252, 228, 150],
    ground: [115, 190, 75],
    water: [45, 150, 215],
    accents: [
      [252, 200, 45],
      [245, 130, 55],
      [235, 80, 120],
      [80, 185, 90],
      [60, 150, 235],
    ],
  },
  hope: {
    skyTop: [125, 165, 220],
    skyHorizon: [252, 208, 165],
    ground: [140, 186, 108],
    water: [100, 160, 205],
    accents: [
      [250, 205, 120],
      [242, 160, 140],
      [160, 202, 118],
      [140, 190, 232],
    ],
  },
  love: {
    skyTop: [232, 160, 178],
    skyHorizon: [252, 226, 205],
    ground: [196, 140, 130],
    water: [190, 120, 150],
    accents: [
      [222, 65, 90],
      [242, 150, 172],
      [250, 215, 200],
      [180, 55, 90],
    ],
  },
  wonder: {
    skyTop: [35, 45, 115],
    skyHorizon: [150, 110, 190],
    ground: [60, 58, 110],
    water: [50, 70, 150],
    accents: [
      [242, 202, 90],
      [150, 110, 210],
      [80, 120, 222],
      [230, 160, 220],
    ],
  },
  anger: {
    skyTop: [95, 18, 18],
    skyHorizon: [235, 95, 30],
    ground: [62, 24, 20],
    water: [125, 30, 28],
    accents: [
      [222, 30, 30],
      [250, 120, 20],
      [35, 12, 12],
      [250, 200, 40],
    ],
  },
  sadness: {
    skyTop: [88, 104, 132],
    skyHorizon: [162, 170, 182],
    ground: [88, 98, 104],
    water: [70, 90, 122],
    accents: [
      [90, 110, 152],
      [130, 140, 162],
      [70, 80, 102],
      [170, 176, 186],
    ],
  },
  grief: {
    skyTop: [42, 42, 68],
    skyHorizon: [112, 104, 126],
    ground: [50, 50, 60],
    water: [50, 55, 80],
    accents: [
      [72, 60, 102],
      [112, 100, 122],
      [42, 40, 52],
      [152, 140, 152],
    ],
  },
  fear: {
    skyTop: [25, 20, 42],
    skyHorizon: [82, 92, 70],
    ground: [30, 30, 32],
    water: [30, 40, 52],
    accents: [
      [92, 40, 112],
      [112, 132, 60],
      [22, 22, 24],
      [150, 150, 162],
    ],
  },
  anxiety: {
    skyTop: [118, 108, 142],
    skyHorizon: [205, 182, 118],
    ground: [102, 96, 80],
    water: [90, 100, 122],
    accents: [
      [202, 170, 60],
      [130, 100, 152],
      [92, 92, 92],
      [202, 120, 90],
    ],
  },
  loneliness: {
    skyTop: [128, 144, 170],
    skyHorizon: [202, 206, 212],
    ground: [130, 135, 136],
    water: [110, 130, 152],
    accents: [
      [150, 166, 192],
      [190, 190, 196],
      [100, 110, 132],
      [212, 200, 180],
    ],
  },
};

/** The colours and global adjustments one picture is painted with. */
export interface Palette {
  readonly skyTop: Col;
  readonly skyHorizon: Col;
  readonly cloud: Col;
  readonly ground: Col;
  readonly groundFar: Col;
  readonly water: Col;
  /** Fill colours for the client's enclosed regions and for flowers, hearts, etc. */
  readonly accents: readonly Col[];
  /** Warm light: sun, fire, candle, window glow. */
  readonly light: Col;
  readonly foliage: Col;
  readonly ink: Col;
  readonly paper: Col;
  readonly motifColours: Partial<Record<MotifId, Col>>;
  readonly night: boolean;
  /** Multipliers around 1 and a shift around 0 (see the header). */
  readonly contrast: number;
  readonly saturation: number;
  readonly brightness: number;
  readonly warmth: number;
  /** 0 still … 1 agitated. */
  readonly turbulence: number;
  /** Hue ranges (degrees) that must not appear. */
  readonly excludedHues: readonly { centre: number; halfWidth: number }[];
  /** Minimum lightness (0..1) — raised by "not dark" / "no black". */
  readonly floor: number;
  /** Maximum lightness (0..1) — lowered by "no white". */
  readonly ceiling: number;
}

/** Moves a colour's hue out of every excluded range (keeps lightness, so the picture holds). */
export function avoidHues(c: Col, ranges: Palette['excludedHues']): Col {
  if (ranges.length === 0) return c;
  const [h0, s, l] = rgbToHsl(c[0], c[1], c[2]);
  if (s < 0.12) return c;
  let h = h0;
  for (let pass = 0; pass < 4; pass++) {
    const hit = ranges.find((r) => Math.abs(hueDelta(h, r.centre)) < r.halfWidth + 8);
    if (!hit) return hslToRgb(h, s, l);
    const d = hueDelta(h, hit.centre);
    h = hit.centre + (d >= 0 ? hit.halfWidth + 30 : -hit.halfWidth - 30);
  }
  return hslToRgb(h, s * 0.2, l);
}

/** Builds the palette for a reading of the prompt (see the header for the mapping). */
export function paletteFromAffect(affect: AffectReading): Palette {
  const weights: [MoodColours, number][] = affect.emotions.map((e) => [MOODS[e.id], e.intensity]);
  const total = weights.reduce((s, [, w]) => s + w, 0);
  weights.push([MOODS.neutral, Math.max(0.15, 0.8 - total)]);
  const blend = (pick: (m: MoodColours) => Bytes): Col => {
    let r = 0,
      g = 0,
      b = 0,
      w = 0;
    for (const [m, k] of weights) {
      const c = pick(m);
      r += c[0] * k;
      g += c[1] * k;
      b += c[2] * k;
      w += k;
    }
    return [r / w / 255, g / w / 255, b / w / 255];
  };
  const excludedHues = affect.excludedColours.flatMap((c) => {
    const fam = FAMILY_HUE[c.family];
    return fam ? [fam] : [];
  });
  const avoid = (c: Col): Col => avoidHues(c, excludedHues);

  let skyTop = blend((m) => m.skyTop);
  let skyHorizon = blend((m) => m.skyHorizon);
  let water = blend((m) => m.water);
  const ground = blend((m) => m.ground);
  const moodAccents: Col[] = [];
  const sorted = [...weights].sort((a, b) => b[1] - a[1]);
  for (const [m] of sorted) for (const a of m.accents) if (moodAccents.length < 6) moodAccents.push(fromBytes(a));

  const free = affect.colours.filter((c) => !c.target).map((c) => fromBytes(c.rgb));
  const lead = free[0];
  if (lead) {
    skyTop = mix(skyTop, lead, 0.35);
    water = mix(water, lead, 0.45);
    skyHorizon = mix(skyHorizon, lead, 0.15);
  }
  const motifColours: Partial<Record<MotifId, Col>> = {};
  for (const c of affect.colours) if (c.target) motifColours[c.target] = avoid(fromBytes(c.rgb));

  const night = (affect.motifs.includes('moon') || affect.motifs.includes('stars')) && !affect.motifs.includes('sun');
  if (night) {
    skyTop = mix(skyTop, [0.06, 0.08, 0.22], 0.75);
    skyHorizon = mix(skyHorizon, [0.25, 0.27, 0.45], 0.7);
  }
  const stormy = affect.motifs.includes('storm');
  if (stormy) {
    skyTop = mix(skyTop, [0.22, 0.24, 0.28], 0.6);
    skyHorizon = mix(skyHorizon, [0.5, 0.52, 0.55], 0.5);
  }
  const { valence: v, arousal: a, tone } = affect;
  const excludedNames = new Set(affect.excludedColours.map((c) => c.family));
  const noDark = affect.excludedTones.includes('dark') || affect.excludedTones.includes('darkness');
  const warmLight: Col = a > 0.4 && v < 0 ? [1, 0.55, 0.15] : [1, 0.82, 0.4];
  return {
    skyTop: avoid(skyTop),
    skyHorizon: avoid(skyHorizon),
    cloud: avoid(mix(skyHorizon, [1, 1, 1], night ? 0.15 : Math.min(0.8, Math.max(0.1, 0.55 + 0.4 * affect.valence)))),
    ground: avoid(ground),
    groundFar: avoid(mix(ground, skyHorizon, 0.35)),
    water: avoid(water),
    accents: [...free, ...moodAccents].map(avoid),
    light: avoid(warmLight),
    foliage: avoid(mix(ground, [0.2, 0.45, 0.2], 0.5)),
    ink: excludedNames.has('black') ? [0.25, 0.2, 0.3] : avoid([0.1, 0.09, 0.12]),
    paper: avoid([0.97, 0.95, 0.9]),
    motifColours,
    night,
    contrast: Math.max(0.5, 1 + 0.35 * a + 0.4 * tone.contrast),
    saturation: Math.max(0.2, 1 + 0.3 * a + 0.2 * v + 0.5 * tone.saturation),
    brightness: 0.1 * v + 0.15 * tone.brightness,
    warmth: tone.warmth,
    turbulence: clamp01(0.5 + 0.5 * a + (stormy ? 0.3 : 0)),
    excludedHues,
    floor: noDark ? 0.35 : excludedNames.has('black') ? 0.18 : 0,
    ceiling: excludedNames.has('white') ? 0.85 : 1,
  };
}

/**
 * A seed's own version of a palette, so variations differ in colour as well as layout: hues turn
 * a little (±14°), the sky's lightness and the accents' order change. Excluded hues stay out.
 */
export function varyPalette(pal: Palette, rng: Rng): Palette {
  const turn = rng.range(-14, 14);
  const lift = rng.range(-0.05, 0.05);
  const shift = (c: Col, k = 1): Col => avoidHues(adjustHsl(c, turn * k, 1, lift * k), pal.excludedHues);
  const accents = [...pal.accents];
  const r = accents.length ? rng.int(0, accents.length - 1) : 0;
  const rotated = [...accents.slice(r), ...accents.slice(0, r)].map((c) => shift(c, 0.6));
  return {
    ...pal,
    skyTop: shift(pal.skyTop),
    skyHorizon: shift(pal.skyHorizon),
    cloud: shift(pal.cloud, 0.5),
    ground: shift(pal.ground, 0.7),
    groundFar: shift(pal.groundFar, 0.7),
    water: shift(pal.water),
    foliage: shift(pal.foliage, 0.5),
    accents: rotated,
  };
}
