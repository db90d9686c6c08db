/**
 * The shape library: ~2,300 named vector shapes (fluent-emoji-flat, game-icons), flattened to
 * polygons by scripts/build-shape-index.ts, with ~9,800 words in English, Spanish and German
 * from emojibase-data plus Hearth's own synonyms (thing-words.ts). Decoded lazily and cached:
 * the index is built once per process (or Worker), a shape's polygons the first time it is drawn.
 */
import data from './shape-data.json';
import { SYNONYM_LANG, THING_SYNONYMS } from './thing-words.ts';

/** One licensed source of shapes. */
export interface ShapeSource {
  readonly id: string;
  readonly package: string;
  readonly licence: string;
  readonly author: string;
  readonly url: string;
}

/** One filled layer: colour 0..1, fill rule, rings of points in the 32-unit box. */
export interface ShapeLayer {
  readonly colour: readonly [number, number, number];
  readonly evenOdd: boolean;
  readonly rings: readonly Float32Array[];
}

/** g = on the ground, G = large on the ground (buildings, trees), s = in the sky, w = on water. */
export type ShapePlace = 'g' | 'G' | 's' | 'w';

/** A drawable shape: its id ("fluent-emoji-flat:rose"), English label, source and layers. */
export interface Shape {
  readonly id: string;
  readonly label: string;
  readonly source: ShapeSource;
  /** Where it belongs in a scene. */
  readonly place: ShapePlace;
  /** True for one-colour silhouettes (game-icons), painted in the scene's colours. */
  readonly silhouette: boolean;
  readonly layers: readonly ShapeLayer[];
  /** Bounds of all rings in the 32-unit box. */
  readonly bounds: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

type RawLayer = [string, number, string];
interface RawData {
  readonly sources: readonly ShapeSource[];
  readonly shapes: readonly (readonly [string, string, string, readonly RawLayer[]])[];
  readonly index: Readonly<Record<string, readonly number[]>>;
}

const RAW = data as unknown as RawData;

/** Every source of shapes, with its licence (docs/licences/shapes.md records them). */
export const SHAPE_SOURCES: readonly ShapeSource[] = RAW.sources;

/** How many shapes and words the library holds. */
export const SHAPE_COUNT = RAW.shapes.length;
export const SHAPE_WORD_COUNT = Object.keys(RAW.index).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
let decodeTable: Int8Array | undefined;

function decodeRings(s: string): Float32Array[] {
  if (!decodeTable) {
    decodeTable = new Int8Array(128).fill(-1);
    for (let i = 0; i < B64.length; i++) decodeTable[B64.charCodeAt(i)] = i;
  }
  const t = decodeTable;
  return s.split(' ').map((ring) => {
    const n = ring.length >> 1;
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = ((t[ring.charCodeAt(2 * i)]! << 6) | t[ring.charCodeAt(2 * i + 1)]!) / 32 - 16;
    return out;
  });
}

const cache = new Map<number, Shape>();

/** The shape at an index of the library (decoded once, then cached). */
export function shapeAt(i: number): Shape {
  const hit = cache.get(i);
  if (hit) return hit;
  const raw = RAW.shapes[i];
  if (!raw) throw new RangeError(`no shape ${i}`);
  const [id, label, place, layers] = raw;
  const source = RAW.sources.find((s) => id.startsWith(`${s.id}:`));
  if (!source) throw new Error(`shape ${id} has no recorded source`);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const decoded = layers.map(([hex, rule, rings]): ShapeLayer => {
    const n = parseInt(hex, 16);
    const rs = decodeRings(rings);
    for (const r of rs)
      for (let k = 0; k < r.length; k += 2) {
        x0 = Math.min(x0, r[k]!);
        x1 = Math.max(x1, r[k]!);
        y0 = Math.min(y0, r[k + 1]!);
        y1 = Math.max(y1, r[k + 1]!);
      }
    return { colour: [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255], evenOdd: rule === 1, rings: rs };
  });
  const shape: Shape = {
    id,
    label,
    source,
    place: (place === 'G' || place === 's' || place === 'w' ? place : 'g') as ShapePlace,
    silhouette: source.id === 'game-icons',
    layers: decoded,
    bounds: { x0, y0, x1, y1 },
  };
  cache.set(i, shape);
  return shape;
}

const unUmlaut = (w: string): string => w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

/**
 * Forms of a word to look up: itself, then plural endings of en/es/de ("flores" → "flor",
 * "Blumen" → "blume"), umlaut plurals, and German and Spanish diminutives ("Kätzchen" → "katze",
 * "gatito" → "gato").
 */
export function wordForms(word: string): string[] {
  const out = [word];
  const add = (w: string): void => {
    if (w.length >= 3 && !out.includes(w)) out.push(w);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves')) add(`${word.slice(0, -3)}f`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('en')) add(word.slice(0, -2));
  if (word.endsWith('n')) add(word.slice(0, -1));
  if (word.endsWith('e')) add(word.slice(0, -1));
  if (word.endsWith('er')) add(word.slice(0, -2));
  // German plurals that add an umlaut: Vögel → Vogel, Bäume → Baum, Häuser → Haus.
  if (/[äöü]/.test(word)) {
    const plain = unUmlaut(word);
    for (const f of [plain, plain.endsWith('er') ? plain.slice(0, -2) : '', plain.endsWith('e') ? plain.slice(0, -1) : '']) if (f) add(f);
  }
  // German feminine plurals: Freundinnen → Freundin, Lehrerinnen → Lehrerin.
  if (word.endsWith('innen')) add(word.slice(0, -3));
  // Spanish plurals of -z: luces → luz, peces → pez, lápices → lápiz.
  if (word.endsWith('ces')) add(`${word.slice(0, -3)}z`);
  // German diminutives → the base noun, umlaut undone: Kätzchen → Katze, Bäumchen → Baum, Häuschen → Haus, Fischlein → Fisch.
  const de = /^(.{3,}?)(chen|lein)$/.exec(word);
  if (de) for (const stem of [de[1]!, unUmlaut(de[1]!)]) for (const f of [stem, `${stem}e`, stem.endsWith('s') ? stem.slice(0, -1) : '']) if (f) add(f);
  // Spanish diminutives → the base noun: gatito → gato, casita → casa, florecita → flor, ratoncito → ratón, perritos → perro.
  const es = /^(.{2,}?)(ecit|cit|it|ill)(o|a)s?$/.exec(word);
  if (es) {
    const stem = es[1]!;
    for (const f of [`${stem}${es[3]}`, `${stem}o`, `${stem}a`, stem, `${stem.replace(/on$/, 'ón')}`]) add(f);
  }
  return out;
}

/**
 * The best of a word's index hits: a shape whose English label is the word, then one whose label
 * ends in it (its head noun: "hiking boot" for boot), then one whose label holds it; a hit found
 * only through tags (sand → hourglass, angel → fishing pole) only when no label names the word.
 * Labels are English, so this ranks an English word's hits.
 */
export function bestHit(word: string, hits: readonly number[]): number | undefined {
  let best: number | undefined;
  let bestScore = -1;
  for (const i of hits) {
    const label = RAW.shapes[i]![1].toLowerCase();
    const words = label.split(/[\s-]+/);
    // A label in the plural names the word too ("bubbles" for bubble).
    const is = (l: string | undefined): boolean => l === word || l === `${word}s` || l === `${word}es`;
    const score = label === word ? 3 : is(words[words.length - 1]) ? 2 : words.some(is) ? 1 : 0;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/**
 * Library indices a word (or two-word phrase) names: a synonym's targets (several = a group,
 * festival → tent, flags, balloons), else the best match of the emoji words; empty if none.
 * Forms are tried in order (the word itself before its folded singulars). With the prompt's
 * language, a synonym recorded for another language (SYNONYM_LANG: German "Boot") is skipped when
 * the library knows the form in its own right ("boots" in English: boots).
 */
export function shapesForWord(word: string, lang?: 'en' | 'es' | 'de'): number[] {
  const w = word.toLowerCase();
  // A two-word name written as one ("tree house" → treehouse).
  const forms = w.includes(' ') ? [w, w.replace(' ', '')] : wordForms(w);
  const foreign = (f: string): boolean => lang !== undefined && SYNONYM_LANG[f] !== undefined && SYNONYM_LANG[f] !== lang;
  const ownHit = forms.some((f) => (RAW.index[f]?.length ?? 0) > 0);
  for (const f of forms) {
    const syn = THING_SYNONYMS[f];
    if (syn && !(foreign(f) && ownHit)) return syn.flatMap((s) => (RAW.index[s]?.length ? [bestHit(s, RAW.index[s])!] : []));
  }
  // Labels are English: a Spanish or German word keeps the index's own order ("pan" is bread, not a pan).
  for (const f of forms) {
    const hit = RAW.index[f];
    if (hit && hit.length) return [lang === 'es' || lang === 'de' ? hit[0]! : bestHit(f, hit)!];
  }
  return [];
}

/** The library index of a shape id, for tests and reports. */
export function shapeIndexOf(id: string): number {
  return RAW.shapes.findIndex((s) => s[0] === id);
}

/** True when the word itself (not a singular of it) names shapes. */
export function isLibraryWord(word: string): boolean {
  return THING_SYNONYMS[word] !== undefined || (RAW.index[word]?.length ?? 0) > 0;
}
