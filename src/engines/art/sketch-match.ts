/**
 * Matching the prompt's words to what the client already drew, so a named thing is painted
 * where it is drawn instead of being added a second time.
 *
 * 1. Objects: enclosed regions grouped when their boxes touch (a house's wall, roof, windows
 *    and door; a cat's body, head and ears), each with its box, rows' widths and shape cues.
 * 2. People: a small round head (hair around it allowed) with strokes below it (standing,
 *    sitting), or beside it at the same height (lying); two heads side by side with touching
 *    bodies are an embrace — two people.
 * 3. Each thing word gets the best unclaimed object of its class (building = box with a roof
 *    near the ground; tree = blob over a narrow trunk; animal = a body wider than tall with a
 *    head; sky thing = round shape in the sky; boat = wide shape at the water line; pot =
 *    wider at the top; flower = small round heads), and its parts get the thing's colours.
 *    Words with no plausible drawn object are added by the scene plan as before.
 * 4. Every other drawn shape gets the colour of what it is (a head → skin, a window → glass) or
 *    one calm neutral from the mood palette — never a random accent.
 */
import type { Col } from './color.ts';
import { mix } from './color.ts';
import { inkPieces } from './sketch.ts';
import type { Region, SketchLayout } from './sketch.ts';
import { shapeAt } from './shapes/shape-library.ts';
import { rasterShape } from './shapes/sprite.ts';
import { isBodyPart } from './scene-words.ts';
import type { WordUse } from './scene-words.ts';
import type { Box } from './scene-plan.ts';
import { objectFeatures, pairFeatures, pairObserver, pairScore, sketchScorer } from './sketch-learnt.ts';
import type { ObjectFeatures, PairObserver, ScorerWeights } from './sketch-learnt.ts';
import { assignPeople } from './sketch-people.ts';
import type { PeopleRelations } from './sketch-people.ts';

/** A group of enclosed regions that touch: one drawn object. */
export interface DrawnObject {
  readonly regions: readonly Region[];
  readonly box: Box;
  readonly area: number;
  readonly sky: boolean;
}

/** A drawn person: the head region and the box of the whole figure. */
export interface DrawnFigure {
  readonly head: Region;
  readonly box: Box;
  readonly lying: boolean;
  /** Head and shoulders only (people round a table): the table under them is not what they rest on. */
  readonly bust?: boolean;
}

/** A word painted on the client's own drawing. */
export interface SketchMatch {
  readonly word: string;
  /** What it was painted as (library label or "figure"). */
  readonly as: string;
  readonly box: Box;
  readonly sky: boolean;
}

export interface MatchResult {
  /** Fill colour per region label. */
  readonly colours: Map<number, Col>;
  /** Regions whose lower part (y > split) is painted another colour (a tree's trunk). */
  readonly splits: Map<number, { y: number; below: Col }>;
  /** Words painted on drawn objects (and how many drawn objects each took). */
  readonly matched: readonly SketchMatch[];
  readonly figures: readonly DrawnFigure[];
  /** Regions left unfilled: the gaps between a ladder's rungs or a cage's bars are not the thing. */
  readonly open: Set<number>;
}

type Kind = 'furniture' | 'building' | 'tree' | 'animal' | 'sky' | 'boat' | 'pot' | 'flower' | 'tent' | 'bird' | 'mountain' | 'none';

/** Classes whose rule says what a drawn object already is (a feature of the learnt scorer: a tree nobody named is not a guitar). */
const OTHER_KINDS: readonly Kind[] = ['building', 'tree', 'animal', 'tent', 'pot'];
/** Of those, the strict ones (a crown over a narrow trunk; a triangle on a wide base): what they read as is not taken by another word. */
const DISTINCT_KINDS: readonly Kind[] = ['tree', 'tent'];

const SKIN: Col = [0.9, 0.72, 0.6];
const CLOUD: Col = [0.97, 0.97, 0.98];
const GLASS: Col = [0.8, 0.89, 0.95];
const ROOF: Col = [0.68, 0.3, 0.24];
const WALL: Col = [0.93, 0.84, 0.68];
const DOOR: Col = [0.52, 0.34, 0.22];
const LEAVES: Col = [0.38, 0.6, 0.3];
const TRUNK: Col = [0.5, 0.35, 0.22];
const TERRACOTTA: Col = [0.78, 0.45, 0.3];
const SAIL: Col = [0.97, 0.96, 0.92];
const HULL: Col = [0.55, 0.36, 0.24];
const WOOD: Col = [0.62, 0.44, 0.28];
/** Things made of bars (a ladder, a cage, a fence): the spaces between the bars stay open. */
const BARRED = /\b(ladder|bird cage|fence|gate)\b/;

/** Words for the parts of a building, found on the drawn building (en, es, de). */
const PART_WORDS = /^(roofs?|techos?|tejados?|dach|dächer|dacher|windows?|ventanas?|fenster)$/;

/** Library things that hang on a wall, so they may be drawn high on the page. */
const ON_WALL = /\b(window|door|clock|framed picture|mirror|bookshelf|shelf)\b/;

/** Library things that fly, so they may be drawn in the sky. */
const FLYING = /\b(kite|balloon|airplane|plane|helicopter|rocket|parachute|butterfly|bee|flying saucer|ufo)\b/;

/** True for a library thing that flies (a balloon, a kite): drawn round in the sky, it is not an unnamed sun. */
export const fliesInSky = (label: string): boolean => FLYING.test(label);

/** What class of drawn object a library shape is. */
export function kindOfShape(label: string, place: string): Kind {
  if (/\b(desk|table|bench|chair|stool)\b/.test(label)) return 'furniture';
  if (/\b(house|home|hut|building|school|church|hospital|castle|cottage|barn|office|cabin|temple|shop|store)\b/.test(label)) return 'building';
  if (/\b(tree|palm|cactus)\b/.test(label)) return 'tree';
  if (/\b(boat|ship|sailboat|canoe|ferry|speedboat)\b/.test(label)) return 'boat';
  if (/\b(potted plant|pot)\b/.test(label)) return 'pot';
  if (/\b(flower|flowers|tulip|rose|blossom|sunflower|hibiscus|lotus|bouquet|daisy)\b/.test(label)) return 'flower';
  if (/\b(tent|tents|camping)\b/.test(label)) return 'tent';
  if (/\b(mountain|mountains|volcano|peak|mount fuji)\b/.test(label)) return 'mountain';
  if (/\b(bird|dove|eagle|parrot|owl|swan|duck|gull|seagull|robin|sparrow|crow|flamingo|peacock|hen|rooster|chick)\b/.test(label)) return 'bird';
  if (place === 's' || /\b(sun|moon|star|cloud)\b/.test(label)) return 'sky';
  if (/\b(cat|dog|rabbit|horse|cow|pig|sheep|bear|fox|mouse|hamster|lion|tiger|elephant|turtle|hedgehog|goat|deer|poodle|kitten|puppy)\b/.test(label))
    return 'animal';
  return 'none';
}

/** The shape's main colour: the largest layer that is neither near-black nor near-white. */
export function mainColourOf(shapeIndex: number): Col {
  const s = shapeAt(shapeIndex);
  let best: Col = [0.7, 0.62, 0.52];
  let bestArea = 0;
  for (const l of s.layers) {
    const [r, g, b] = l.colour;
    const mx = Math.max(r, g, b);
    const mn = Math.min(r, g, b);
    if (mx < 0.15 || mn > 0.93) continue;
    let a = 0;
    for (const ring of l.rings) {
      let acc = 0;
      for (let k = 0; k < ring.length; k += 2) {
        const j = (k + 2) % ring.length;
        acc += ring[k]! * ring[j + 1]! - ring[j]! * ring[k + 1]!;
      }
      a += Math.abs(acc) / 2;
    }
    if (a > bestArea) [best, bestArea] = [[r, g, b], a];
  }
  return best;
}

/** A flower's usual bloom colour by species (the library shape's largest layer is often its leaves). */
const BLOOMS: readonly [RegExp, Col][] = [
  [/\blotus\b/, [0.94, 0.6, 0.74]],
  [/\b(cherry blossom|blossom)\b/, [0.98, 0.78, 0.85]],
  [/\b(rose|tulip|hibiscus|poppy)\b/, [0.86, 0.2, 0.26]],
  [/\bsunflower\b/, [0.98, 0.78, 0.16]],
  [/\b(lavender|violet|iris)\b/, [0.62, 0.48, 0.82]],
  [/\bdaisy\b/, [0.97, 0.96, 0.92]],
];

/** The colour of a drawn flower: its species' bloom, else the shape's largest layer that is not leaf-green. */
function bloomColourOf(label: string, shapeIndex: number): Col {
  for (const [re, c] of BLOOMS) if (re.test(label)) return c;
  const s = shapeAt(shapeIndex);
  let best: Col | undefined;
  let bestArea = 0;
  for (const l of s.layers) {
    const [r, g, b] = l.colour;
    const mx = Math.max(r, g, b);
    const mn = Math.min(r, g, b);
    if (mx < 0.15 || mn > 0.93 || (g >= r && g >= b && mx - mn > 0.1)) continue;
    let a = 0;
    for (const ring of l.rings) {
      let acc = 0;
      for (let k = 0; k < ring.length; k += 2) {
        const j = (k + 2) % ring.length;
        acc += ring[k]! * ring[j + 1]! - ring[j]! * ring[k + 1]!;
      }
      a += Math.abs(acc) / 2;
    }
    if (a > bestArea) [best, bestArea] = [[r, g, b], a];
  }
  return best ?? mainColourOf(shapeIndex);
}

/**
 * The drawing's lines without a photo's dark table round the paper: ink that fills most of a
 * window of ±1.2 % of the shorter side (a drawn line is thinner), grown by that much, is taken
 * out when it touches three edges of the picture. The lines themselves when there is no table.
 */
export function tableless(lines: Float32Array, W: number, H: number): Float32Array {
  const r = Math.max(3, Math.round(Math.min(W, H) * 0.012));
  const sum = new Int32Array((W + 1) * (H + 1));
  for (let y = 0; y < H; y++) {
    let row = 0;
    for (let x = 0; x < W; x++) {
      row += lines[y * W + x]! >= 0.3 ? 1 : 0;
      sum[(y + 1) * (W + 1) + x + 1] = sum[y * (W + 1) + x + 1]! + row;
    }
  }
  const at = (x0: number, y0: number, x1: number, y1: number): number =>
    sum[y1 * (W + 1) + x1]! - sum[y0 * (W + 1) + x1]! - sum[y1 * (W + 1) + x0]! + sum[y0 * (W + 1) + x0]!;
  const solid = new Uint8Array(W * H);
  let any = false;
  let edges = 0;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const x0 = Math.max(0, x - r);
      const y0 = Math.max(0, y - r);
      const x1 = Math.min(W, x + r + 1);
      const y1 = Math.min(H, y + r + 1);
      if (at(x0, y0, x1, y1) > (x1 - x0) * (y1 - y0) * 0.7) {
        solid[y * W + x] = 1;
        any = true;
      }
    }
  if (!any) return lines;
  const m = Math.round(Math.min(W, H) * 0.03);
  const band = (x0: number, y0: number, x1: number, y1: number): boolean => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (solid[y * W + x]) return true;
    return false;
  };
  if (band(0, 0, m, H)) edges++;
  if (band(W - m, 0, W, H)) edges++;
  if (band(0, 0, W, m)) edges++;
  if (band(0, H - m, W, H)) edges++;
  if (edges < 3) return lines;
  // Grow the table by r (its ragged edge) with a second box sum over the solid mask.
  const s2 = new Int32Array((W + 1) * (H + 1));
  for (let y = 0; y < H; y++) {
    let row = 0;
    for (let x = 0; x < W; x++) {
      row += solid[y * W + x]!;
      s2[(y + 1) * (W + 1) + x + 1] = s2[y * (W + 1) + x + 1]! + row;
    }
  }
  const out = new Float32Array(lines);
  const g = r * 2;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const x0 = Math.max(0, x - g);
      const y0 = Math.max(0, y - g);
      const x1 = Math.min(W, x + g + 1);
      const y1 = Math.min(H, y + g + 1);
      if (s2[y1 * (W + 1) + x1]! - s2[y0 * (W + 1) + x1]! - s2[y1 * (W + 1) + x0]! + s2[y0 * (W + 1) + x0]! > 0) out[y * W + x] = 0;
    }
  return out;
}

/**
 * A drawn mountain range: one connected stroke across most of the page that zig-zags (its top
 * ink per column rises and falls by more than 6% of the height at least twice). Its box, or none.
 */
export function zigzagRidge(ink: Float32Array, W: number, H: number): { box: Box; profile: Float32Array } | undefined {
  const lines = tableless(ink, W, H);
  const low = new Int32Array(W);
  let best: { box: Box; profile: Float32Array } | undefined;
  // Strokes that only nearly meet at a peak or a valley, or a pencil line broken by the paper's
  // tooth, are one ridge: pieces joined across small breaks, positions from the ink.
  for (const piece of inkPieces(lines, W, H, Math.max(3, Math.round(W * 0.014)))) {
    low.fill(-1);
    let x0 = W;
    let x1 = 0;
    let top = H;
    let bottom = 0;
    for (const p of piece) {
      const x = p % W;
      const y = (p - x) / W;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      // The ridge is the piece's top edge per column (a boat's mast or the shore line that only
      // nearly touch it stay below; snow lines under the peaks too).
      if (low[x]! < 0 || y < low[x]!) low[x] = y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
    }
    if (x1 - x0 < W * 0.6) continue;
    // A photo's dark table round the paper (touching three edges of the picture) is no ridge.
    if ([x0 <= 1, x1 >= W - 2, top <= 1, bottom >= H - 2].filter(Boolean).length >= 3) continue;
    // Turns: the ridge changes direction after moving ≥ 6% of the height.
    const step = H * 0.06;
    let turns = 0;
    let dir = 0;
    let ext = -1;
    let yMin = H;
    let yMax = 0;
    for (let x = x0; x <= x1; x++) {
      const y = low[x]!;
      if (y < 0) continue;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
      if (ext < 0) ext = y;
      if (dir >= 0 && y < ext - step) {
        if (dir > 0) turns++;
        dir = -1;
        ext = y;
      } else if (dir <= 0 && y > ext + step) {
        if (dir < 0) turns++;
        dir = 1;
        ext = y;
      } else if ((dir < 0 && y < ext) || (dir > 0 && y > ext)) ext = y;
    }
    // Of the zig-zag pieces, the widest — or one about as wide that stands higher (the mountains
    // behind a bridge or a river's banks are the upper one).
    if (turns < 2) continue;
    if (best && !(x1 - x0 + 1 > best.box.w * 1.25 || (x1 - x0 + 1 > best.box.w * 0.8 && yMin < best.box.y - H * 0.05))) continue;
    // The ridge per column (its lowest ink), gaps interpolated, ends held flat.
    const profile = new Float32Array(W);
    let last = -1;
    for (let x = x0; x <= x1; x++) {
      const y = low[x]!;
      if (y < 0) continue;
      if (last >= 0 && x - last > 1) for (let k = last + 1; k < x; k++) profile[k] = profile[last]! + ((y - profile[last]!) * (k - last)) / (x - last);
      profile[x] = y;
      last = x;
    }
    for (let x = 0; x < x0; x++) profile[x] = profile[x0]!;
    for (let x = x1 + 1; x < W; x++) profile[x] = profile[x1]!;
    best = { box: { x: x0, y: yMin, w: x1 - x0 + 1, h: yMax - yMin + 1 }, profile };
  }
  return best;
}

const bw = (r: Region): number => r.x1 - r.x0 + 1;
const bh = (r: Region): number => r.y1 - r.y0 + 1;
const ellipseFill = (r: Region): number => r.area / ((Math.PI / 4) * bw(r) * bh(r));
const roundish = (r: Region, loose = false): boolean => {
  const a = bw(r) / bh(r);
  const f = ellipseFill(r);
  return loose ? a > 0.55 && a < 1.8 && f > 0.72 && f < 1.2 : a > 0.65 && a < 1.5 && f > 0.8 && f < 1.15;
};

/**
 * Groups enclosed regions whose boxes touch (margin ≈ a line's width). `leaveOut`: regions that
 * are someone's head or clothes, so people standing in front of a house do not join its group.
 */
export function drawnObjects(layout: SketchLayout, W: number, H: number, horizon: number | undefined, leaveOut?: ReadonlySet<number>): DrawnObject[] {
  const rs = leaveOut ? layout.enclosed.filter((r) => !leaveOut.has(r.label)) : layout.enclosed;
  const parent = rs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // More than a drawn line's width: parts separated by one stroke belong together.
  const m = Math.max(6, Math.min(W, H) * 0.014);
  for (let i = 0; i < rs.length; i++)
    for (let j = i + 1; j < rs.length; j++) {
      const a = rs[i]!;
      const b = rs[j]!;
      if (a.x0 - m <= b.x1 && b.x0 - m <= a.x1 && a.y0 - m <= b.y1 && b.y0 - m <= a.y1) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Region[]>();
  rs.forEach((r, i) => {
    const k = find(i);
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  });
  const out: DrawnObject[] = [];
  for (const regions of groups.values()) {
    const x0 = Math.min(...regions.map((r) => r.x0));
    const x1 = Math.max(...regions.map((r) => r.x1));
    const y0 = Math.min(...regions.map((r) => r.y0));
    const y1 = Math.max(...regions.map((r) => r.y1));
    const sky = horizon !== undefined ? y1 < horizon - H * 0.05 : (y0 + y1) / 2 < H * 0.3;
    out.push({ regions, box: { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 }, area: regions.reduce((s, r) => s + r.area, 0), sky });
  }
  return out.sort((a, b) => b.area - a.area || a.box.x - b.box.x);
}

/** The box of all the drawing's lines, if any. */
function inkBox(lines: Float32Array, W: number, H: number): Box | undefined {
  let x0 = W;
  let y0 = H;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      if (lines[y * W + x]! >= 0.3) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return x1 < 0 ? undefined : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** Line pixels in a box (share of its pixels). */
function inkIn(lines: Float32Array, W: number, H: number, x0: number, y0: number, x1: number, y1: number): number {
  let s = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(H - 1, y1); y++)
    for (let x = Math.max(0, Math.floor(x0)); x <= Math.min(W - 1, x1); x++) {
      n++;
      if (lines[y * W + x]! >= 0.3) s++;
    }
  return n ? s / n : 0;
}

/**
 * A shape whose bottom is as wide as its middle (a door on a house's ground line, a box), not a
 * head: a round head's row at 90 % of its height is about 0.6 of its width.
 */
function flatBottom(r: Region, labels: Int32Array, W: number, at = 0.9, share = 0.85): boolean {
  const y = Math.round(r.y0 + (r.y1 - r.y0) * at);
  let x0 = -1;
  let x1 = -1;
  for (let x = r.x0; x <= r.x1; x++)
    if (labels[y * W + x] === r.label) {
      if (x0 < 0) x0 = x;
      x1 = x;
    }
  return x0 >= 0 && x1 - x0 + 1 > bw(r) * share;
}

/** Drawn people: heads with a body below (standing, sitting) or beside (lying). */
export function drawnFigures(layout: SketchLayout, W: number, H: number, horizon: number | undefined): DrawnFigure[] {
  const out: DrawnFigure[] = [];
  for (const r of layout.enclosed) {
    if (!roundish(r, true) || r.area > W * H * 0.03 || flatBottom(r, layout.labels, W)) continue;
    const d = bh(r);
    const cx = (r.x0 + r.x1) / 2;
    const cy = (r.y0 + r.y1) / 2;
    // Far above the ground (more than a tall figure's 8 heads) is the sky: a sun, not a head.
    if (horizon !== undefined && cy < horizon - d * 8) continue;
    // Standing/sitting: strokes in a narrow column under the head for most rows of 1.5 heads.
    let hits = 0;
    let rows = 0;
    for (let y = r.y1 + 2; y < Math.min(H, r.y1 + 2 + d * 1.5); y++) {
      rows++;
      for (let dx = -Math.max(3, d * 0.25); dx <= Math.max(3, d * 0.25); dx++) {
        const x = Math.round(cx + dx);
        if (x >= 0 && x < W && layout.lines[y * W + x]! >= 0.3) {
          hits++;
          break;
        }
      }
    }
    // The body below a head is lines (a stick or a dress), not one big filled shape like a cat's body.
    const below = layout.enclosed.filter((o) => o !== r && o.y0 > r.y1 - d * 0.3 && o.y0 < r.y1 + d * 0.6 && o.x0 < cx && o.x1 > cx);
    // (a cat's body: wider than tall, or round and much wider than the head).
    // A bird's or an animal's head sits at the front of its body: the body only needs to reach under the head.
    const under = layout.enclosed.filter((o) => o !== r && o.y0 > r.y1 - d * 0.3 && o.y0 < r.y1 + d * 0.6 && o.x0 < r.x1 && o.x1 > r.x0);
    const bigBody = under.some((o) => o.area > r.area * 3 && (bw(o) > bh(o) * 1.3 || (bw(o) > d * 1.8 && bw(o) > bh(o) * 0.75 && roundish(o, true))));
    // A body under the head, wider than a stick (a dress, arms held up around the head): ink in
    // most rows of three heads below, within a head's width — standing, whatever is beside the head.
    let wide = 0;
    let wideRows = 0;
    for (let y = r.y1 + 2; y < Math.min(H, r.y1 + 2 + d * 3); y++) {
      wideRows++;
      for (let x = Math.max(0, Math.round(cx - d)); x <= Math.min(W - 1, Math.round(cx + d)); x++)
        if (layout.lines[y * W + x]! >= 0.3) {
          wide++;
          break;
        }
    }
    // Head and shoulders only (people round a table, a portrait cut at the chest): a shape right
    // under the head, centred on it, wider than the head and than tall, cut flat at the bottom.
    const bust = under.find(
      (o) =>
        o.y0 <= r.y1 + d * 0.4 &&
        bw(o) > d * 1.2 &&
        bw(o) < d * 3.5 &&
        bh(o) < d * 1.3 &&
        bw(o) > bh(o) &&
        Math.abs((o.x0 + o.x1) / 2 - cx) < bw(o) * 0.12 &&
        flatBottom(o, layout.labels, W, 0.85, 0.7),
    );
    if (bust) {
      out.push({ head: r, box: { x: bust.x0, y: r.y0, w: bw(bust), h: bust.y1 - r.y0 + 1 }, lying: false, bust: true });
      continue;
    }
    // Shoulders drawn as an arc whose ends run into another line (a table's edge): ink close
    // under the chin and, lower down, on both sides of the head, about a head's width apart.
    const inkAt = (y: number, xa: number, xb: number): boolean => {
      if (y < 0 || y >= H) return false;
      for (let x = Math.max(0, Math.round(xa)); x <= Math.min(W - 1, Math.round(xb)); x++) if (layout.lines[y * W + x]! >= 0.3) return true;
      return false;
    };
    const chin = [0.1, 0.2, 0.3].some((f) => inkAt(Math.round(r.y1 + 2 + d * f), cx - d * 0.5, cx + d * 0.5));
    const shoulders = [0.5, 0.65, 0.8].some(
      (f) => inkAt(Math.round(r.y1 + d * f), cx - d * 1.5, cx - d * 0.6) && inkAt(Math.round(r.y1 + d * f), cx + d * 0.6, cx + d * 1.5),
    );
    const hollow = !inkAt(Math.round(r.y1 + d * 0.6), cx - d * 0.3, cx + d * 0.3);
    if (chin && shoulders && hollow && !under.some((o) => o.y0 > r.y1 - d * 0.3 && o.y0 < r.y1 + d * 0.4 && bh(o) > d * 1.3 && bw(o) < d * 3)) {
      out.push({ head: r, box: { x: Math.round(cx - d * 1.3), y: r.y0, w: Math.round(d * 2.6), h: Math.round(d * 2) }, lying: false, bust: true });
      continue;
    }
    const dress = below.some((o) => bh(o) > d && bh(o) > bw(o) * 0.9);
    const body = (rows > 0 && hits / rows > 0.5) || dress || (wideRows > d * 2.5 && wide / wideRows > 0.85);
    if (body && !bigBody) {
      out.push({ head: r, box: { x: Math.round(cx - d * 1.3), y: r.y0, w: Math.round(d * 2.6), h: Math.min(H - r.y0, Math.round(d * 6)) }, lying: false });
      continue;
    }
    // Lying: a long, low body beside the head at its height (strokes on one side for 3 heads).
    for (const side of [-1, 1]) {
      const xa = side > 0 ? r.x1 + 2 : r.x0 - 2 - d * 3;
      const xb = side > 0 ? r.x1 + 2 + d * 3 : r.x0 - 2;
      const ink = inkIn(layout.lines, W, H, xa, r.y0 - d * 0.2, xb, r.y1 + d * 0.2);
      let cols = 0;
      for (let x = Math.max(0, Math.floor(xa)); x <= Math.min(W - 1, xb); x++) {
        for (let y = Math.max(0, r.y0); y <= Math.min(H - 1, r.y1 + 2); y++)
          if (layout.lines[y * W + x]! >= 0.3) {
            cols++;
            break;
          }
      }
      if (cols > d * 2.7 && ink > 0.02 && ink < 0.35) {
        out.push({
          head: r,
          box: { x: Math.round(Math.min(xa, r.x0)), y: r.y0, w: Math.round(Math.max(xb, r.x1) - Math.min(xa, r.x0)), h: d + 4 },
          lying: true,
        });
        break;
      }
    }
  }
  // A round gap inside a standing figure's body (between its legs and the ground) is not a head.
  // Round 10: nor is a big loop with no room for a body under it (a head over an eighth of the
  // page whose body would run off it), nor a "lying" one far larger than every standing head
  // (a blanket, a seesaw's board, a boat beside the people).
  const standing = out.filter((f) => !f.lying && !(bh(f.head) > H * 0.12 && f.head.y0 + bh(f.head) * 3.5 > H));
  const tallest = Math.max(0, ...standing.filter((f) => !f.bust).map((f) => bh(f.head)));
  return out.filter((f) => {
    if (!f.lying) return standing.includes(f);
    if (tallest > 0 && bh(f.head) > tallest * 1.6) return false;
    return !standing.some((g) => {
      const cx = (f.head.x0 + f.head.x1) / 2;
      const cy = (f.head.y0 + f.head.y1) / 2;
      return cx > g.box.x && cx < g.box.x + g.box.w && cy > g.head.y1 && cy < g.box.y + g.box.h;
    });
  });
}

/**
 * Birds drawn as strokes in the sky: small open "v" or "m" marks (a line drawing enclosing
 * nothing), wider than tall, above the ground line and off the page's edge.
 */
export function birdStrokes(layout: SketchLayout, W: number, H: number, horizon: number | undefined): Box[] {
  const { lines } = layout;
  const n = W * H;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const out: Box[] = [];
  const limit = horizon ?? H * 0.55;
  for (let start = 0; start < n; start++) {
    if (seen[start] || lines[start]! < 0.3) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let x0 = W;
    let x1 = 0;
    let y0 = H;
    let y1 = 0;
    let sn = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % W;
      const y = (p - x) / W;
      sn++;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
          const q = yy * W + xx;
          if (!seen[q] && lines[q]! >= 0.3) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (w < W * 0.02 || w > W * 0.15 || h > w * 0.8 || h < 2 || x0 === 0 || y0 === 0 || x1 === W - 1) continue;
    if (y1 > limit - H * 0.04) continue;
    // Nothing enclosed in or beside it (a sun's ray, a window's bar would be).
    if (layout.enclosed.some((r) => r.x0 <= x1 + 4 && r.x1 >= x0 - 4 && r.y0 <= y1 + 4 && r.y1 >= y0 - 4)) continue;
    // A sun's ray: a straight stroke pointing at a round shape near it (a bird's "v" is bent).
    if (isRay(layout.enclosed, sn, sx, sy, sxx, syy, sxy)) continue;
    out.push({ x: x0, y: y0, w, h });
  }
  return out.sort((a, b) => b.w * b.h - a.w * a.h || a.x - b.x);
}

/**
 * A straight stroke (pixel moments n, Σx, Σy, Σx², Σy², Σxy) whose long axis passes through a
 * round closed shape's centre and whose near end is within two radii of its edge: a ray.
 */
function isRay(enclosed: readonly Region[], n: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): boolean {
  if (n < 3) return false;
  const mx = sx / n;
  const my = sy / n;
  const vxx = sxx / n - mx * mx;
  const vyy = syy / n - my * my;
  const vxy = sxy / n - mx * my;
  const tr = (vxx + vyy) / 2;
  const det = Math.sqrt(Math.max(0, ((vxx - vyy) / 2) ** 2 + vxy * vxy));
  const major = tr + det;
  const minor = Math.max(0, tr - det);
  // Straight: the spread across the stroke is small beside its length (a line 3 px wide).
  if (minor > major * 0.12 && Math.sqrt(minor) > 1.6) return false;
  const ang = 0.5 * Math.atan2(2 * vxy, vxx - vyy);
  const ux = Math.cos(ang);
  const uy = Math.sin(ang);
  const half = Math.sqrt(3 * major);
  for (const r of enclosed) {
    if (!roundish(r, true)) continue;
    const cx = (r.x0 + r.x1) / 2;
    const cy = (r.y0 + r.y1) / 2;
    const rad = (bw(r) + bh(r)) / 4;
    const dx = cx - mx;
    const dy = cy - my;
    const off = Math.abs(dx * uy - dy * ux);
    const near = Math.hypot(dx, dy) - half - rad;
    if (off < Math.max(3, rad * 0.35) && near < rad * 2 && near > -rad * 0.5) return true;
  }
  return false;
}

/** A closed shape of a drawn person's body: inside the figure's box, from the head down. */
function insideFigure(r: Region, f: DrawnFigure): boolean {
  return r.x0 >= f.box.x - 2 && r.x1 <= f.box.x + f.box.w + 2 && r.y0 >= f.head.y1 - 4 && r.y1 <= f.box.y + f.box.h + 2;
}

function rowWidths(o: DrawnObject, labels: Int32Array, W: number): Int32Array {
  const set = new Set(o.regions.map((r) => r.label));
  const w = new Int32Array(o.box.h);
  for (let y = 0; y < o.box.h; y++) {
    let x0 = -1;
    let x1 = -1;
    const row = (o.box.y + y) * W;
    for (let x = o.box.x; x < o.box.x + o.box.w; x++)
      if (set.has(labels[row + x]!)) {
        if (x0 < 0) x0 = x;
        x1 = x;
      }
    w[y] = x0 < 0 ? 0 : x1 - x0 + 1;
  }
  return w;
}

/** How well an object fits a class (0 = not at all). */
function fit(kind: Kind, o: DrawnObject, widths: Int32Array, W: number, H: number, horizon: number | undefined): number {
  const main = o.regions.reduce((a, b) => (b.area > a.area ? b : a));
  const big = o.area / (W * H);
  const aspect = o.box.w / o.box.h;
  const ground = horizon ?? H * 0.55;
  const nearGround = o.box.y + o.box.h > ground - H * 0.12;
  const maxW = Math.max(1, ...widths);
  const at = (f: number): number => widths[Math.min(widths.length - 1, Math.floor(f * widths.length))]!;
  const rect = main.area / (bw(main) * bh(main));
  switch (kind) {
    case 'building':
      return !o.sky && nearGround && big > 0.01 && aspect > 0.35 && aspect < 2.8 && (o.regions.length >= 2 || (rect > 0.8 && !roundish(main)))
        ? big + o.regions.length * 0.01
        : 0;
    case 'tree': {
      const trunk = Math.min(at(0.85), at(0.95));
      return !o.sky && o.box.h > H * 0.15 && trunk > 0 && trunk < maxW * 0.45 && at(0.35) > maxW * 0.6 ? big + 0.05 : 0;
    }
    case 'animal': {
      // Lying or walking: wider than tall. Sitting: a round body with a smaller round head on top.
      const head = o.regions.find((r) => r !== main && r.y1 < main.y0 + bh(main) * 0.25 && r.area < main.area * 0.6 && roundish(r, true));
      const sitting = head !== undefined && roundish(main, true) && aspect > 0.45;
      return !o.sky && big > 0.004 && (sitting || (aspect > 1.05 && aspect < 3.5)) && rect < 0.9 && o.regions.length >= 2 ? big : 0;
    }
    case 'tent':
      // A triangle standing on the ground: narrow at the top, wide at the base.
      return !o.sky && big > 0.002 && aspect > 0.6 && aspect < 3 && at(0.15) < at(0.85) * 0.55 && at(0.85) > maxW * 0.7 ? big : 0;
    case 'bird': {
      // A small drawn body, not one round disc (that is a sun or a head).
      if (big > 0.0005 && big < 0.03 && aspect > 0.5 && aspect < 3 && (o.regions.length >= 2 || !roundish(main))) return 0.03 - big;
      // A bird drawn large (on a branch, on the ground): a body with a smaller round head at its upper front.
      const mcx = (main.x0 + main.x1) / 2;
      const head = o.regions.find(
        (r) =>
          r !== main &&
          roundish(r, true) &&
          r.area < main.area * 0.7 &&
          r.area > main.area * 0.08 &&
          r.y1 < main.y0 + bh(main) * 0.5 &&
          Math.abs((r.x0 + r.x1) / 2 - mcx) > bw(main) * 0.25,
      );
      return head && big < 0.2 && aspect > 0.6 && aspect < 3.5 ? 0.01 : 0;
    }
    case 'sky':
      return (o.sky || (horizon === undefined && o.box.y + o.box.h < H * 0.45)) && roundish(main) ? 0.1 + big : 0;
    case 'boat':
      // At the water line, or floating on the water drawn in front of it (below a drawn shore).
      return aspect > 0.8 && big > 0.004 && (Math.abs(o.box.y + o.box.h - ground) < H * 0.15 || (horizon !== undefined && o.box.y > horizon - H * 0.1))
        ? big
        : 0;
    case 'pot':
      return !o.sky && big > 0.004 && at(0.1) > at(0.9) * 1.15 && rect > 0.6 ? big : 0;
    case 'flower':
      // A round bloom, or petals: three or more closed shapes side by side (a lotus, a tulip).
      return (big < 0.03 && roundish(main, true)) || (big < 0.08 && o.regions.length >= 3 && aspect > 0.7 && aspect < 3.5 && rect < 0.75) ? 0.08 - big : 0;
    default:
      return 0;
  }
}

/**
 * How much a drawn object looks like a library shape: the overlap (intersection over union) of
 * its closed regions with the shape's silhouette set in the same box (same height, centred).
 */
function likeness(o: DrawnObject, shapeIndex: number, labels: Int32Array, W: number): number {
  const sp = rasterShape(shapeAt(shapeIndex), o.box.x + o.box.w / 2, o.box.y + o.box.h, o.box.h);
  const set = new Set(o.regions.map((r) => r.label));
  let inter = 0;
  let union = 0;
  const x0 = Math.min(o.box.x, Math.floor(sp.x0));
  const x1 = Math.max(o.box.x + o.box.w, Math.ceil(sp.x0 + sp.w));
  const y0 = Math.min(o.box.y, Math.floor(sp.y0));
  const y1 = Math.max(o.box.y + o.box.h, Math.ceil(sp.y0 + sp.h));
  const H = labels.length / W;
  for (let y = Math.max(0, y0); y < Math.min(H, y1); y++)
    for (let x = Math.max(0, x0); x < Math.min(W, x1); x++) {
      const a = set.has(labels[y * W + x]!);
      const sx = x - Math.floor(sp.x0);
      const sy = y - Math.floor(sp.y0);
      const b = sx >= 0 && sy >= 0 && sx < sp.w && sy < sp.h && sp.alpha[sy * sp.w + sx]! > 0.5;
      if (a && b) inter++;
      if (a || b) union++;
    }
  return union ? inter / union : 0;
}

/**
 * Whether a region is part of a drawn object the tree rule reads as a tree (a round crown on a
 * narrow trunk): such a crown is never the sun or moon the words name, however round.
 */
export function partOfDrawnTree(layout: SketchLayout, W: number, H: number, horizon: number | undefined, r: Region): boolean {
  const o = drawnObjects(layout, W, H, horizon).find((g) => g.regions.includes(r));
  return o !== undefined && o.regions.length > 1 && fit('tree', o, rowWidths(o, layout.labels, W), W, H, horizon) > 0;
}

/**
 * A drawn piece of furniture: a flat top (a table's top, a chair's seat — much wider than tall)
 * with lines going down from it (legs). Returns the top's region and the regions that belong to
 * it — those under the top within its width (a pedestal, the space between the legs) and, for a
 * chair, the tall narrow back standing at one end — and the box down to the legs' ends.
 * Region-level, not object-level: a cup or a cat on the table is its own thing.
 */
function drawnFurniture(layout: SketchLayout, W: number, H: number, skip: (r: Region) => boolean): { top: Region; parts: Region[]; box: Box } | undefined {
  let best: { top: Region; score: number } | undefined;
  for (const r of layout.enclosed) {
    if (skip(r) || bw(r) < W * 0.12 || bw(r) < bh(r) * 3) continue;
    // Legs: ink in the band under the top at its two ends or at its middle (a pedestal).
    const band = Math.max(6, H * 0.05);
    const leg = (fx0: number, fx1: number): number => inkIn(layout.lines, W, H, r.x0 + bw(r) * fx0, r.y1 + 3, r.x0 + bw(r) * fx1, r.y1 + 3 + band);
    const legs = (leg(0, 0.2) > 0.02 ? 1 : 0) + (leg(0.8, 1) > 0.02 ? 1 : 0) + (leg(0.4, 0.6) > 0.02 ? 1 : 0);
    if (legs === 0 || r.y1 > H * 0.97) continue;
    const score = bw(r) / W + legs * 0.05;
    if (!best || score > best.score) best = { top: r, score };
  }
  if (!best) return undefined;
  const top = best.top;
  const parts = [top];
  for (const r of layout.enclosed) {
    if (r === top || skip(r)) continue;
    const under = r.y0 >= top.y1 - 2 && r.x0 >= top.x0 - 4 && r.x1 <= top.x1 + 4;
    // A chair's back: narrow, rising above one end of the seat and reaching down to it.
    const back =
      bw(r) < bw(top) * 0.3 &&
      r.y1 >= top.y0 - H * 0.06 &&
      r.y1 <= top.y1 + 2 &&
      (Math.abs(r.x0 - top.x0) < bw(top) * 0.08 || Math.abs(r.x1 - top.x1) < bw(top) * 0.08);
    if (under || back) parts.push(r);
  }
  // A back drawn as stacked boxes (slats): narrow regions right above a part of the back.
  for (let grew = true; grew;) {
    grew = false;
    for (const r of layout.enclosed) {
      if (parts.includes(r) || skip(r) || bw(r) >= bw(top) * 0.3) continue;
      const onBack = parts.some((p) => p !== top && p.y1 <= top.y1 && r.y1 <= p.y0 + 2 && r.y1 >= p.y0 - H * 0.03 && r.x0 < p.x1 && p.x0 < r.x1);
      if (onBack) {
        parts.push(r);
        grew = true;
      }
    }
  }
  // Down the legs: rows under the top that still hold ink within its width.
  let y1 = top.y1;
  const row = Math.max(2, Math.round(H * 0.01));
  while (y1 + row < H && inkIn(layout.lines, W, H, top.x0, y1 + 1, top.x1, y1 + row) > 0.002) y1 += row;
  for (const r of parts) y1 = Math.max(y1, r.y1);
  const x0 = Math.min(...parts.map((r) => r.x0));
  const x1 = Math.max(...parts.map((r) => r.x1));
  const y0 = Math.min(...parts.map((r) => r.y0));
  return { top, parts, box: { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 } };
}

/**
 * A window's panes (the cross of its frame splits it into four closed shapes) are one window:
 * parts whose boxes lie within `gap` px of each other are joined into one box.
 */
function panesJoined(parts: readonly Region[], gap: number): { x: number; y: number; x1: number; y1: number }[] {
  const boxes = parts.map((r) => ({ x: r.x0, y: r.y0, x1: r.x1, y1: r.y1 }));
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < boxes.length && !joined; i++)
      for (let j = i + 1; j < boxes.length && !joined; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x - gap <= b.x1 && b.x - gap <= a.x1 && a.y - gap <= b.y1 && b.y - gap <= a.y1) {
          boxes[i] = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
          boxes.splice(j, 1);
          joined = true;
        }
      }
  }
  return boxes;
}

/** Colours for a matched object's regions, by class and part. */
function paintObject(kind: Kind, o: DrawnObject, own: Col, widths: Int32Array, res: MatchResult, given?: Col): void {
  const main = o.regions.reduce((a, b) => (b.area > a.area ? b : a));
  for (const r of o.regions) {
    if (res.colours.has(r.label)) continue;
    // What a bird or animal stands on (a branch, the gap between its legs) is not its body.
    if ((kind === 'bird' || kind === 'animal') && (r.y0 + r.y1) / 2 > main.y1) continue;
    let c: Col = given ?? own;
    if (kind === 'building') {
      const inside = r !== main && r.x0 >= main.x0 - 2 && r.x1 <= main.x1 + 2 && r.y0 >= main.y0 - 2 && r.y1 <= main.y1 + 4;
      const boxy = r.area / (bw(r) * bh(r)) > 0.8;
      if (r === main) c = given ?? WALL;
      // Above the wall: a roof (a triangle, its middle above the wall's top; eaves may slant
      // past it) — or, boxy, the upper storeys of a tall building: windows, or wall when large.
      else if ((r.y0 + r.y1) / 2 < main.y0 && !boxy) c = ROOF;
      else if (r.y1 <= main.y0 + 4) c = r.area < main.area * 0.5 ? GLASS : (given ?? WALL);
      else if (inside && r.y1 >= main.y1 - 4) c = DOOR;
      else c = GLASS;
    } else if (kind === 'tree') {
      c = LEAVES;
      // The trunk: from the first row (below the crown's widest part) narrower than 45% of the widest.
      const maxW = Math.max(1, ...widths);
      let split = -1;
      let widest = 0;
      for (let y = 0; y < widths.length; y++) if (widths[y]! >= maxW * 0.98) widest = y;
      for (let y = widest; y < widths.length; y++)
        if (widths[y]! > 0 && widths[y]! < maxW * 0.45) {
          split = y;
          break;
        }
      if (split >= 0) res.splits.set(r.label, { y: o.box.y + split, below: TRUNK });
      if (given) c = given;
    } else if (kind === 'boat') c = r === main ? (given ?? HULL) : SAIL;
    else if (kind === 'pot') c = r === main ? (given ?? TERRACOTTA) : LEAVES;
    res.colours.set(r.label, c);
  }
}

/**
 * Matches thing and person words to the drawn objects and people, and gives every drawn shape
 * its colour (see the header). `ownColours` are the client's own fills, which always win.
 */
export function matchSketch(
  layout: SketchLayout,
  W: number,
  H: number,
  horizon: number | undefined,
  uses: readonly WordUse[],
  ownColours: ReadonlyMap<number, Col>,
  neutral: Col,
  /** Region labels already read as something else (the sun or moon drawn in the sky). */
  exclude: ReadonlySet<number> = new Set(),
  /** The drawn people, when already found (drawnFigures). */
  figures: readonly DrawnFigure[] = drawnFigures(layout, W, H, horizon),
  /** How the people the prompt names stand to each other (peopleOfPrompt). */
  relations?: PeopleRelations,
): MatchResult {
  const res: MatchResult = { colours: new Map(ownColours), splits: new Map(), matched: [], figures, open: new Set() };
  const matched = res.matched as SketchMatch[];
  // Furniture first, region by region: the top on its legs is the table or the chair, and what
  // stands on it (a cup, a sleeping cat) stays its own object for the other words.
  const furnitureLabels = new Set<number>();
  const furnitureUses = new Set<WordUse>();
  const tops: Region[] = [];
  for (const u of uses) {
    if (u.as !== 'thing') continue;
    const s = shapeAt(u.shapes[0]!);
    if (kindOfShape(s.label, s.place) !== 'furniture') continue;
    // "… at a table, a cat under the table": the word again is the same table.
    if (matched.some((m) => m.word === u.word)) {
      furnitureUses.add(u);
      continue;
    }
    const f = drawnFurniture(layout, W, H, (r) => furnitureLabels.has(r.label) || exclude.has(r.label));
    if (!f) continue;
    furnitureUses.add(u);
    tops.push(f.top);
    const given: Col | undefined = u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined;
    for (const r of f.parts) {
      furnitureLabels.add(r.label);
      // The top, the back and narrow legs are wood; the space between the legs is not the thing.
      if (r === f.top || bw(r) < bw(f.top) * 0.3) res.colours.set(r.label, given ?? WOOD);
      else res.open.add(r.label);
    }
    matched.push({ word: u.word, as: s.label, box: f.box, sky: false });
  }
  // A "head" resting on a furniture top (a cup, a pot, a vase on the table, the leg below read
  // as a body) is a thing standing on it, not a person.
  // A round shape inside the top's outline (a plate on a round table) is not a head either.
  const onTop = (f: DrawnFigure): boolean =>
    f.bust !== true &&
    tops.some(
      (t) =>
        (Math.abs(f.head.y1 - t.y0) < H * 0.03 || (f.head.y0 >= t.y0 && f.head.y1 <= t.y1 + 2 && f.head !== t)) &&
        f.head.x0 >= t.x0 - 2 &&
        f.head.x1 <= t.x1 + 2,
    );
  if (tops.length) (res as { figures: readonly DrawnFigure[] }).figures = figures.filter((f) => !onTop(f));
  const leave = (extra: ReadonlySet<number>): ReadonlySet<number> | undefined =>
    furnitureLabels.size + extra.size > 0 ? new Set([...furnitureLabels, ...extra]) : undefined;
  const objects = drawnObjects(layout, W, H, horizon, leave(new Set()));
  // The same drawing without its people (heads and the closed shapes of their bodies): what a
  // house, tree or animal word is matched against, so a family in front of a house leaves the
  // house a house. Flowers keep the people-inclusive grouping (a round bloom reads like a head).
  const personal = new Set<number>();
  for (const f of res.figures) {
    personal.add(f.head.label);
    for (const r of layout.enclosed) if (r !== f.head && insideFigure(r, f)) personal.add(r.label);
  }
  const withoutPeople = personal.size > 0 ? drawnObjects(layout, W, H, horizon, leave(personal)) : objects;
  const claimedLabels = new Set<number>();
  // The sun or moon drawn in the sky is taken only by a sky word ("sol", "full moon").
  const excluded = (o: DrawnObject): boolean => o.regions.some((r) => exclude.has(r.label));
  // A small shape drawn inside another one (a moon seen through a window, a fish in its bowl) may
  // be named on its own; taking it leaves the shape around it free for its own word.
  const nestedParts = new Set<number>();
  const isClaimed = (o: DrawnObject): boolean => o.regions.some((r) => claimedLabels.has(r.label) && !(nestedParts.has(r.label) && o.regions.length > 1));
  const widthsOf = new Map<DrawnObject, Int32Array>();
  const widths = (o: DrawnObject): Int32Array => {
    let w = widthsOf.get(o);
    if (!w) widthsOf.set(o, (w = rowWidths(o, layout.labels, W)));
    return w;
  };
  const headOf = new Map<number, DrawnFigure>(res.figures.map((f) => [f.head.label, f]));
  const holdsHead = (o: DrawnObject): boolean => o.regions.some((r) => headOf.has(r.label));
  const kindOfMatch = new Map<SketchMatch, Kind>();
  const unmatched: { u: Extract<WordUse, { as: 'thing' }>; kind: Kind }[] = [];
  let strokes: Box[] | undefined;
  let ridgeBox: Box | null | undefined;
  const partUses: Extract<WordUse, { as: 'thing' }>[] = [];
  const objectOf = new Map<SketchMatch, DrawnObject>();
  const scorer = sketchScorer();
  const learnt: { u: Extract<WordUse, { as: 'thing' }>; kind: Kind; given: Col | undefined; own: Col }[] = [];
  for (const u of uses) {
    if (u.as !== 'thing' || furnitureUses.has(u)) continue;
    // A part of a building ("ein Haus mit rotem Dach", "a house with two windows") is found on the
    // building once it is matched (below), never as a second building.
    if (PART_WORDS.test(u.word) && uses.some((v) => v !== u && v.as === 'thing' && kindOfShape(shapeAt(v.shapes[0]!).label, shapeAt(v.shapes[0]!).place) === 'building')) {
      partUses.push(u);

      continue;
    }
    const s = shapeAt(u.shapes[0]!);
    const kind = kindOfShape(s.label, s.place);
    if ((kind === 'none' && (!scorer || scorer.pairsFirst === true || isBodyPart(u.word))) || kind === 'furniture') {
      unmatched.push({ u, kind });
      continue;
    }
    if (kind === 'none') {
      const given: Col | undefined = u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined;
      learnt.push({ u, kind, given, own: mainColourOf(u.shapes[0]!) });
      continue;
    }
    const given: Col | undefined = u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined;
    const own = kind === 'flower' ? bloomColourOf(s.label, u.shapes[0]!) : mainColourOf(u.shapes[0]!);
    // A mountain word is a drawn zig-zag ridge across the page, never a small closed shape.
    if (kind === 'mountain') {
      const ridge = (ridgeBox ??= zigzagRidge(layout.lines, W, H)?.box ?? null);
      if (ridge) {
        const m: SketchMatch = { word: u.word, as: s.label, box: ridge, sky: false };
        matched.push(m);
        kindOfMatch.set(m, kind);
      }
      continue;
    }
    // Birds drawn as "v"/"m" strokes in the sky: the word is those strokes.
    if (kind === 'bird') {
      strokes ??= birdStrokes(layout, W, H, horizon);
      if (strokes.length) {
        const got = strokes.splice(0, u.count > 1 || u.plural === true ? 8 : 1);
        const x0 = Math.min(...got.map((b) => b.x));
        const y0 = Math.min(...got.map((b) => b.y));
        const x1 = Math.max(...got.map((b) => b.x + b.w));
        const y1 = Math.max(...got.map((b) => b.y + b.h));
        const m: SketchMatch = { word: u.word, as: s.label, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, sky: true };
        matched.push(m);
        kindOfMatch.set(m, kind);
        continue;
      }
    }
    // Round 9: the learnt scorer picks among all drawn objects (below), the class's rule one of its features.
    if (scorer && !scorer.rulesFirst) {
      learnt.push({ u, kind, given, own });
      continue;
    }
    // A plural of flowers takes every fitting object; anything else the best one.
    const fits = (kind === 'flower' ? objects : withoutPeople)
      .filter((o) => !isClaimed(o) && (kind === 'sky' || !excluded(o)) && (kind === 'flower' || !holdsHead(o)))
      .map((o) => ({ o, f: fit(kind, o, widths(o), W, H, horizon) }))
      .filter((x) => x.f > 0)
      .sort((a, b) => b.f - a.f);
    // A plural word ("tents", "carpas", "houses") takes every fitting drawn thing of its class.
    const many = u.count > 1 || u.plural === true;
    const take = many ? fits.slice(0, 8) : fits.slice(0, 1);
    if (!take.length) {
      // "lotus flower", "oak tree": a second word of a class already matched names the same drawn thing.
      const same = matched.find((m) => kindOfMatch.get(m) === kind);
      if (same) matched.push({ ...same, word: u.word });
      else if (scorer && !scorer.pairsFirst) learnt.push({ u, kind, given, own });
      else unmatched.push({ u, kind });
      continue;
    }
    for (const { o } of take) {
      for (const r of o.regions) claimedLabels.add(r.label);
      paintObject(kind, o, own, widths(o), res, given);
    }
    // One match per drawn object: three drawn tulips are three places, not one box around them.
    for (const { o } of take) {
      const m: SketchMatch = { word: u.word, as: s.label, box: o.box, sky: o.sky };
      matched.push(m);
      kindOfMatch.set(m, kind);
      objectOf.set(m, o);
    }
  }
  const featuresOf = new Map<DrawnObject, ObjectFeatures>();
  /** The learnt scorer's probability that the word names the drawn object (`pool`: the objects it is ranked among). */
  const learntP = (u: Extract<WordUse, { as: 'thing' }>, kind: Kind, o: DrawnObject, pool: readonly DrawnObject[], w: ScorerWeights, observe?: PairObserver): number => {
    const s = shapeAt(u.shapes[0]!);
    let f = featuresOf.get(o);
    if (!f) featuresOf.set(o, (f = objectFeatures(o, pool, layout, W, H, horizon)));
    const x = pairFeatures(f, o, {
      hasRule: kind !== 'none',
      ruleFit: kind !== 'none' && fit(kind, o, widths(o), W, H, horizon) > 0,
      otherFit: OTHER_KINDS.some((k) => k !== kind && fit(k, o, widths(o), W, H, horizon) > 0),
      skyThing: s.place === 's' || kind === 'sky',
      flies: FLYING.test(s.label) || ON_WALL.test(s.label),
      likeness: likeness(o, u.shapes[0]!, layout.labels, W),
      plural: u.count > 1 || u.plural === true,
    });
    observe?.({ word: u.word, box: o.box, x });
    return pairScore(x, w);
  };
  // A drawn object a strict class rule reads as something else (a crown on a trunk is a tree) is not taken
  // by a word of another class unless its outline looks like that word's shape: a tree nobody named
  // is no guitar.
  const readsAsOther = (kind: Kind, o: DrawnObject, shapeIndex: number): boolean =>
    DISTINCT_KINDS.some((k) => k !== kind && fit(k, o, widths(o), W, H, horizon) > 0) && likeness(o, shapeIndex, layout.labels, W) < 0.45;
  const runLearnt = (): void => {
    if (!scorer || !learnt.length) return;
    // Every (word, drawn object) pair scored; the most likely pairs taken first, each object once,
    // each word once (a plural up to eight objects of about its first one's size).
    const observe = pairObserver();
    const scored: { k: number; o: DrawnObject; p: number }[] = [];
    learnt.forEach(({ u, kind }, k) => {
      const pool = kind === 'flower' ? objects : withoutPeople;
      for (const o of pool) {
        if (isClaimed(o) || (kind !== 'sky' && excluded(o)) || (kind !== 'flower' && holdsHead(o)) || readsAsOther(kind, o, u.shapes[0]!)) continue;
        scored.push({ k, o, p: learntP(u, kind, o, pool, scorer, observe) });
      }
    });
    scored.sort((a, b) => b.p - a.p || a.k - b.k);
    const firstArea = new Map<number, number>();
    for (const { k, o, p } of scored) {
      if (p < scorer.threshold) break;
      if (isClaimed(o)) continue;
      const { u, kind, given, own } = learnt[k]!;
      const first = firstArea.get(k);
      if (first !== undefined) {
        const many = u.count > 1 || u.plural === true;
        const taken = matched.filter((m) => m.word === u.word).length;
        if (!many || taken >= 8 || o.area < first / 3 || o.area > first * 3) continue;
      } else firstArea.set(k, o.area);
      const s = shapeAt(u.shapes[0]!);
      for (const r of o.regions) claimedLabels.add(r.label);
      if (BARRED.test(s.label)) for (const r of o.regions) res.open.add(r.label);
      else paintObject(kind, o, own, widths(o), res, given);
      const m: SketchMatch = { word: u.word, as: s.label, box: o.box, sky: o.sky };
      matched.push(m);
      kindOfMatch.set(m, kind);
      objectOf.set(m, o);
    }
    learnt.forEach(({ u, kind }, k) => {
      if (firstArea.has(k)) return;
      // "lotus flower", "oak tree": a second word of a class already matched names the same drawn thing.
      const same = kind !== 'none' ? matched.find((m) => kindOfMatch.get(m) === kind) : undefined;
      if (same) matched.push({ ...same, word: u.word });
    });
  };
  if (!scorer?.pairsFirst) runLearnt();
  // A named thing with no matcher (a heart, a lighthouse) — or whose matcher found nothing — is
  // a drawn object left at a plausible place (sky things in the sky, others below it), if it is
  // big enough to be meant: 0.4% of the picture, 1% for classes that had a matcher. When several
  // words compete, the pair whose drawn outline looks most like the library shape goes first
  // ("two hands holding a heart": the heart-shaped outline is the heart).
  const pairs: { k: number; o: DrawnObject; score: number }[] = [];
  const nestedOf = new Map<DrawnObject, number>();
  unmatched.forEach(({ u, kind }, k) => {
    // A body part named alone is the client's own lines (below), never another drawn shape.
    if (isBodyPart(u.word)) return;
    const s = shapeAt(u.shapes[0]!);
    const inSky = s.place === 's';
    // Things that fly (a kite, a balloon) may be drawn in the sky though they belong to the ground;
    // things on a wall (a window, a door, a shelf) may be drawn high up on the page.
    const flies = FLYING.test(s.label) || ON_WALL.test(s.label);
    const min = W * H * (kind === 'none' ? 0.004 : 0.01);
    for (const o of withoutPeople)
      if (!excluded(o) && !holdsHead(o) && o.area >= min && (o.sky === inSky || (flies && o.sky)))
        if (!readsAsOther(kind, o, u.shapes[0]!))
          pairs.push({ k, o, score: likeness(o, u.shapes[0]!, layout.labels, W) + o.area / (W * H) });
    // A sky thing (a moon, a star) drawn small inside another drawn shape (a window's pane).
    if (inSky)
      for (const o of withoutPeople) {
        if (o.regions.length < 2 || excluded(o)) continue;
        for (const r of o.regions) {
          const host = o.regions.find((h) => h !== r && r.x0 > h.x0 && r.x1 < h.x1 && r.y0 > h.y0 && r.y1 < h.y1 && h.area > r.area * 3);
          if (!host || r.area < W * H * 0.0005) continue;
          const sub: DrawnObject = { regions: [r], box: { x: r.x0, y: r.y0, w: bw(r), h: bh(r) }, area: r.area, sky: o.sky };
          nestedOf.set(sub, r.label);
          pairs.push({ k, o: sub, score: 1 + likeness(sub, u.shapes[0]!, layout.labels, W) });
        }
      }
  });
  pairs.sort((a, b) => b.score - a.score || a.k - b.k);
  const placed = new Set<number>();
  // A plural ("Heißluftballons", "balloons") takes more drawn objects of about the first one's size.
  const firstArea = new Map<number, number>();
  for (const { k, o } of pairs) {
    if (isClaimed(o)) continue;
    const first = firstArea.get(k);
    if (first !== undefined) {
      const { u } = unmatched[k]!;
      const many = u.count > 1 || u.plural === true;
      const taken = matched.filter((m) => m.word === u.word).length;
      if (!many || taken >= 8 || o.area < first / 3 || o.area > first * 3) continue;
    }
    placed.add(k);
    const nested = nestedOf.get(o);
    if (nested !== undefined) nestedParts.add(nested);
    if (first === undefined) firstArea.set(k, o.area);
    const { u, kind } = unmatched[k]!;
    const s = shapeAt(u.shapes[0]!);
    for (const r of o.regions) claimedLabels.add(r.label);
    const given: Col | undefined = u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined;
    // A ladder or a cage: only the bars (the client's lines); the gaps between them stay open.
    if (BARRED.test(s.label)) for (const r of o.regions) res.open.add(r.label);
    else paintObject('none', o, kind === 'flower' ? bloomColourOf(s.label, u.shapes[0]!) : mainColourOf(u.shapes[0]!), widths(o), res, given);
    const m: SketchMatch = { word: u.word, as: s.label, box: o.box, sky: o.sky };
    matched.push(m);
    kindOfMatch.set(m, kind);
    objectOf.set(m, o);
  }
  // Pairs first: the scorer takes the words that neither a class rule nor a drawn outline like the word's shape took.
  if (scorer?.pairsFirst) {
    unmatched.forEach(({ u, kind }, k) => {
      if (placed.has(k) || isBodyPart(u.word) || kind === 'furniture') return;
      const s = shapeAt(u.shapes[0]!);
      learnt.push({ u, kind, given: u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined, own: kind === 'flower' ? bloomColourOf(s.label, u.shapes[0]!) : mainColourOf(u.shapes[0]!) });
    });
    runLearnt();
  }
  // Parts of a matched building: the roof above its wall, windows inside it, the door at its foot.
  for (const u of partUses) {
    const house = matched.find((m) => kindOfMatch.get(m) === 'building' && objectOf.has(m));
    const o = house && objectOf.get(house);
    if (!o) continue;
    const wall = o.regions.reduce((a, b) => (b.area > a.area ? b : a));
    const inWall = (r: Region): boolean => r !== wall && r.x0 >= wall.x0 - 2 && r.x1 <= wall.x1 + 2 && r.y0 >= wall.y0 - 2 && r.y1 <= wall.y1 + 4;
    const part = PART_WORDS.exec(u.word)![0];
    const roof = /^(roof|techo|tejado|dach)/.test(part);
    const parts = o.regions.filter((r) =>
      roof ? r !== wall && (r.y0 + r.y1) / 2 < wall.y0 && r.area / (bw(r) * bh(r)) <= 0.8 : inWall(r) && r.y1 < wall.y1 - 4,
    );
    if (!parts.length && roof) {
      // A roof coloured in (its crayon is ink, not a closed shape): the marks right above the wall.
      const ww = bw(wall);
      const xa = wall.x0 - ww * 0.25;
      const xb = wall.x1 + ww * 0.25;
      let top = wall.y0;
      const step = Math.max(2, Math.round(H * 0.01));
      while (top - step >= 0 && inkIn(layout.lines, W, H, xa, top - step, xb, top - 1) > 0.05) top -= step;
      if (top < wall.y0 - H * 0.03) {
        matched.push({ word: u.word, as: 'roof', box: { x: Math.round(xa), y: top, w: Math.round(xb - xa), h: wall.y0 - top }, sky: false });
        claimedLabels.add(wall.label);
      }
      continue;
    }
    if (!parts.length) continue;
    const boxes = roof
      ? [
          {
            x: Math.min(...parts.map((r) => r.x0)),
            y: Math.min(...parts.map((r) => r.y0)),
            x1: Math.max(...parts.map((r) => r.x1)),
            y1: Math.max(...parts.map((r) => r.y1)),
          },
        ]
      : panesJoined(parts, Math.max(4, Math.min(W, H) * 0.012));
    const given: Col | undefined = u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined;
    if (given) for (const r of parts) res.colours.set(r.label, given);
    for (const b of boxes) matched.push({ word: u.word, as: roof ? 'roof' : 'window', box: { x: b.x, y: b.y, w: b.x1 - b.x + 1, h: b.y1 - b.y + 1 }, sky: false });
  }
  // A body part named alone ("two hands holding a heart") is the client's own lines, never a
  // detached painted hand, when the drawing has lines left that no word took.
  const ink = inkBox(layout.lines, W, H);
  unmatched.forEach(({ u }, k) => {
    if (!placed.has(k) && ink && isBodyPart(u.word)) matched.push({ word: u.word, as: 'your own lines', box: ink, sky: false });
  });
  // People: a head in skin tone, the body's closed shapes (a dress, a shirt) in a calm colour.
  const people = res.figures.filter((f) => !claimedLabels.has(f.head.label));
  for (const f of people) {
    if (!res.colours.has(f.head.label)) res.colours.set(f.head.label, SKIN);
    for (const r of layout.enclosed)
      if (!res.colours.has(r.label) && r !== f.head && insideFigure(r, f)) res.colours.set(r.label, mix(neutral, [0.45, 0.55, 0.7], 0.35));
  }
  const personWords = uses.filter((u): u is Extract<WordUse, { as: 'figure' }> => u.as === 'figure');
  const distinct = personWords.filter((u, i) => personWords.findIndex((v) => v.word === u.word) === i);
  const named = distinct.reduce((n, u) => n + u.count, 0);
  if (people.length >= 1 && named > 1) {
    // Several people named ("mum, dad and me", "a parent and a child", "three people"): each
    // single person word its own drawn figure, by sentence order against left to right, size and
    // the relations the prompt gives (sketch-people.ts); group words the figures left or all of them.
    for (const { word, figures } of assignPeople(people, personWords, relations))
      for (const f of figures) matched.push({ word, as: f.lying ? 'figure, lying' : 'figure', box: f.box, sky: false });
  } else if (people.length && personWords.length) {
    const x0 = Math.min(...people.map((f) => f.box.x));
    const y0 = Math.min(...people.map((f) => f.box.y));
    const x1 = Math.max(...people.map((f) => f.box.x + f.box.w));
    const y1 = Math.max(...people.map((f) => f.box.y + f.box.h));
    for (const u of personWords)
      matched.push({ word: u.word, as: people.every((p) => p.lying) ? 'figure, lying' : 'figure', box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, sky: false });
  }
  // Wide shapes alone in the sky are clouds.
  for (const o of objects) {
    if (isClaimed(o) || !o.sky || o.box.w < o.box.h * 1.4) continue;
    for (const r of o.regions) if (!res.colours.has(r.label) && !roundish(r)) res.colours.set(r.label, CLOUD);
  }
  // Everything else: small boxes inside a bigger shape are windows; the rest one calm neutral.
  for (const r of layout.enclosed) {
    if (res.colours.has(r.label) || res.open.has(r.label)) continue;
    const host = layout.enclosed.find((o) => o !== r && o.area > r.area * 4 && r.x0 >= o.x0 && r.x1 <= o.x1 && r.y0 >= o.y0 && r.y1 <= o.y1);
    const boxy = r.area / (bw(r) * bh(r)) > 0.85;
    res.colours.set(r.label, host && boxy ? GLASS : neutral);
  }
  return res;
}
