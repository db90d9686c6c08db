/**
 * Builds the art engine's shape library (src/engines/art/shapes/shape-data.json) from installed,
 * permissively licensed vector sets and multilingual emoji annotations:
 *
 *   - @iconify-json/fluent-emoji-flat (MIT, Microsoft): coloured things, the main source;
 *   - @iconify-json/game-icons (CC BY 3.0, game-icons.net): silhouettes for English names no
 *     emoji covers (lighthouse, tent, …);
 *   - emojibase-data en/es/de (MIT): the labels and tags that name each emoji in three languages.
 *
 * Every shape is flattened to polygons here (curves → line segments, 1/32-unit precision on a
 * 32-unit box) so the engine needs no SVG parser at run time, and stays pure (it runs in a Web
 * Worker). Run: `npx tsx scripts/build-shape-index.ts` (about 20 s); the output is committed and
 * `shapes.test.ts` checks every source's licence is recorded in docs/licences/shapes.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import svgpath from 'svgpath';

const require = createRequire(import.meta.url);
const OUT = new URL('../src/engines/art/shapes/shape-data.json', import.meta.url);

interface IconSet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  width?: number;
  height?: number;
}
interface Emoji {
  label: string;
  hexcode: string;
  tags?: string[];
  group?: number;
  subgroup?: number;
  order?: number;
}

const fluent = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8')) as IconSet;
const fluentChars = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/chars.json'), 'utf8')) as Record<string, string>;
const game = JSON.parse(readFileSync(require.resolve('@iconify-json/game-icons/icons.json'), 'utf8')) as IconSet;
const emoji = (lang: string): Emoji[] => JSON.parse(readFileSync(require.resolve(`emojibase-data/${lang}/data.json`), 'utf8')) as Emoji[];

/** Emoji subgroups that are things (hearts, hands and body parts, nature, food, places, objects, flags). */
const KEEP_SUBGROUPS = new Set<number>([14, 16, 17, 18, 19, 20, 21, 22, 97]);
for (let s = 34; s <= 82; s++) KEEP_SUBGROUPS.add(s);

// ---- geometry --------------------------------------------------------------------------------

type Poly = number[]; // x0, y0, x1, y1, … in 32-unit space

function flatten(d: string, transform: string, scale: number): Poly[] {
  const polys: Poly[] = [];
  let cur: Poly = [];
  let sx = 0;
  let sy = 0;
  const push = (x: number, y: number): void => {
    cur.push(x * scale, y * scale);
  };
  let p = svgpath(d).abs().unarc().unshort();
  if (transform) p = p.transform(transform);
  p.abs().iterate((seg, _i, x, y) => {
    const c = seg[0];
    if (c === 'M') {
      if (cur.length >= 6) polys.push(cur);
      cur = [];
      sx = seg[1] as number;
      sy = seg[2] as number;
      push(sx, sy);
    } else if (c === 'L') push(seg[1] as number, seg[2] as number);
    else if (c === 'H') push(seg[1] as number, y);
    else if (c === 'V') push(x, seg[1] as number);
    else if (c === 'C' || c === 'Q') {
      const pts = seg.slice(1) as number[];
      const ex = pts[pts.length - 2]!;
      const ey = pts[pts.length - 1]!;
      const len = Math.hypot(ex - x, ey - y) * scale + Math.hypot(pts[0]! - x, pts[1]! - y) * scale;
      const n = Math.max(2, Math.min(24, Math.ceil(len * 1.5)));
      for (let k = 1; k <= n; k++) {
        const t = k / n;
        const u = 1 - t;
        if (c === 'Q') push(u * u * x + 2 * u * t * pts[0]! + t * t * ex, u * u * y + 2 * u * t * pts[1]! + t * t * ey);
        else
          push(
            u * u * u * x + 3 * u * u * t * pts[0]! + 3 * u * t * t * pts[2]! + t * t * t * ex,
            u * u * u * y + 3 * u * u * t * pts[1]! + 3 * u * t * t * pts[3]! + t * t * t * ey,
          );
      }
    } else if (c === 'Z' || c === 'z') {
      if (cur.length >= 6) polys.push(cur);
      cur = [];
      push(sx, sy);
    }
  });
  if (cur.length >= 6) polys.push(cur);
  return polys.map(simplify).filter((q) => q.length >= 6);
}

/** Douglas–Peucker on a closed ring, tolerance 0.08 units (≈ 0.4 px at 160 px). */
function simplify(q: Poly): Poly {
  const n = q.length / 2;
  if (n <= 4) return q;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const ax = q[a * 2]!;
    const ay = q[a * 2 + 1]!;
    const bx = q[b * 2]!;
    const by = q[b * 2 + 1]!;
    const L = Math.hypot(bx - ax, by - ay);
    let best = -1;
    let bd = 0.08;
    for (let i = a + 1; i < b; i++) {
      // Distance to the chord (or to its end, for a ring whose ends meet).
      const d = L < 1e-6 ? Math.hypot(q[i * 2]! - ax, q[i * 2 + 1]! - ay) : Math.abs((bx - ax) * (ay - q[i * 2 + 1]!) - (ax - q[i * 2]!) * (by - ay)) / L;
      if (d > bd) [best, bd] = [i, d];
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  const out: Poly = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(q[i * 2]!, q[i * 2 + 1]!);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Two base-64 characters per coordinate: q = round((v + 16) · 32), 0..4095. */
function encode(polys: Poly[]): string {
  return polys
    .map((q) =>
      q
        .map((v) => {
          const n = Math.max(0, Math.min(4095, Math.round((v + 16) * 32)));
          return B64[n >> 6]! + B64[n & 63]!;
        })
        .join(''),
    )
    .join(' ');
}

/** [fill colour "rrggbb", 1 = even-odd, polygons] */
type Layer = [string, number, string];

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

function hex(c: string | undefined, grads: Map<string, string>): string | undefined {
  if (!c || c === 'none') return undefined;
  const url = /^url\(#([^)]+)\)$/.exec(c);
  if (url) return grads.get(url[1]!);
  if (c === 'currentColor') return '000000';
  const h = /^#([0-9a-fA-F]{3,6})$/.exec(c)?.[1];
  if (!h) return undefined;
  return (h.length === 3 ? [...h].map((x) => x + x).join('') : h).toLowerCase();
}

/** The filled elements of an icon body as layers (gradients → their middle stop). */
function layersOf(body: string, scale: number): Layer[] | undefined {
  const grads = new Map<string, string>();
  for (const g of body.matchAll(/<(linear|radial)Gradient[^>]*id="([^"]+)"[^>]*>([\s\S]*?)<\/\1Gradient>/g)) {
    const stops = [...g[3]!.matchAll(/stop-color="([^"]+)"/g)].map((m) => m[1]!);
    const mid = hex(stops[Math.floor(stops.length / 2)], new Map());
    if (mid) grads.set(g[2]!, mid);
  }
  const clean = body.replace(/<defs>[\s\S]*?<\/defs>/g, '').replace(/<clipPath[\s\S]*?<\/clipPath>/g, '');
  const layers: Layer[] = [];
  // Inherited fill and transform from enclosing <g> (one level is what these sets use).
  const stack: { fill?: string; transform: string }[] = [{ transform: '' }];
  for (const m of clean.matchAll(/<\/?(g|path|circle|ellipse|rect)\b[^>]*>/g)) {
    const tag = m[0];
    const top = stack[stack.length - 1]!;
    if (tag.startsWith('</g')) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const fillAttr = attr(tag, 'fill') ?? top.fill;
    const transform = [top.transform, attr(tag, 'transform') ?? ''].filter(Boolean).join(' ');
    if (m[1] === 'g') {
      if (!tag.endsWith('/>')) stack.push({ fill: fillAttr, transform });
      continue;
    }
    if (attr(tag, 'stroke') && (!fillAttr || fillAttr === 'none')) continue; // strokes only: skip
    const fill = hex(fillAttr ?? '#000', grads);
    if (!fill) continue;
    const opacity = Number(attr(tag, 'opacity') ?? attr(tag, 'fill-opacity') ?? '1');
    if (opacity < 0.5) continue;
    let d: string | undefined;
    if (m[1] === 'path') d = attr(tag, 'd');
    else if (m[1] === 'circle' || m[1] === 'ellipse') {
      const cx = Number(attr(tag, 'cx') ?? 0);
      const cy = Number(attr(tag, 'cy') ?? 0);
      const rx = Number(attr(tag, 'rx') ?? attr(tag, 'r') ?? 0);
      const ry = Number(attr(tag, 'ry') ?? attr(tag, 'r') ?? 0);
      d = `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`;
    } else {
      const x = Number(attr(tag, 'x') ?? 0);
      const y = Number(attr(tag, 'y') ?? 0);
      d = `M${x} ${y}h${attr(tag, 'width') ?? 0}v${attr(tag, 'height') ?? 0}h${-Number(attr(tag, 'width') ?? 0)}z`;
    }
    if (!d) continue;
    const polys = flatten(d, transform, scale);
    if (polys.length === 0) continue;
    layers.push([fill, attr(tag, 'fill-rule') === 'evenodd' ? 1 : 0, encode(polys)]);
  }
  return layers.length ? layers : undefined;
}

// ---- words -----------------------------------------------------------------------------------

const STOP = new Set(
  'the and with for from into over under face button sign symbol mark object other person people man woman symbol light dark skin tone medium a an of de la el los las con sin en y un una del al der die das und mit ohne ein eine im am zum zur von für mittel hell dunkel hautfarbe tono piel claro oscuro'.split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w));
}

interface Shape {
  id: string;
  src: number;
  label: string;
  /** Where it belongs: g = on the ground, G = large on the ground (buildings, trees), s = sky, w = water. */
  place: string;
  layers: Layer[];
}

const TREES = /\b(tree|palm|cactus)\b/;
function placeOf(e: Emoji): string {
  const s = e.subgroup ?? -1;
  if (s === 56 || s === 59 || s === 35) return /\b(chicken|rooster|penguin|turkey|duck|swan|peacock|flamingo|dodo)\b/.test(e.label) ? 'g' : 's';
  if (s === 55 || s === 38) return 'w';
  if (s === 50 || s === 51 || s === 52 || s === 53 || TREES.test(e.label)) return 'G';
  return 'g';
}

function main(): void {
  const shapes: Shape[] = [];
  /** word → [shape index, score] */
  const words = new Map<string, Map<number, number>>();
  const addWord = (w: string, shape: number, score: number): void => {
    let m = words.get(w);
    if (!m) words.set(w, (m = new Map()));
    if ((m.get(shape) ?? 0) < score) m.set(shape, score);
  };
  const en = emoji('en');
  const byHex = new Map<string, number>();
  for (const e of en) {
    if (e.group === undefined || !KEEP_SUBGROUPS.has(e.subgroup ?? -1)) continue;
    const name = fluentChars[e.hexcode.toLowerCase()] ?? fluentChars[e.hexcode.toLowerCase().replace(/-fe0f/g, '')];
    const icon = name ? fluent.icons[name] : undefined;
    if (!name || !icon) continue;
    const layers = layersOf(icon.body, 32 / (icon.width ?? fluent.width ?? 32));
    if (!layers) continue;
    byHex.set(e.hexcode, shapes.length);
    shapes.push({ id: `fluent-emoji-flat:${name}`, src: 0, label: e.label, place: placeOf(e), layers });
  }
  for (const lang of ['en', 'es', 'de']) {
    for (const e of emoji(lang)) {
      const i = byHex.get(e.hexcode);
      if (i === undefined) continue;
      const label = wordsOf(e.label);
      const whole = label.join(' ');
      // The whole label (3), its last word — usually the noun in English (2) or any label word (1.5), tags (1).
      addWord(whole, i, 3);
      label.forEach((w, k) => addWord(w, i, lang === 'en' && k === label.length - 1 ? 2 : k === 0 && lang !== 'en' ? 2 : 1.5));
      for (const t of e.tags ?? []) for (const w of wordsOf(t)) addWord(w, i, 1);
    }
  }
  // game-icons: silhouettes for English names (one or two words) that no emoji covers.
  let added = 0;
  for (const [name, icon] of Object.entries(game.icons)) {
    const parts = name.split('-');
    if (parts.length > 2 || parts.some((p) => p.length < 3 || /\d/.test(p))) continue;
    const whole = parts.join(' ');
    const head = parts[parts.length - 1]!;
    if (words.has(whole) || words.has(head)) continue;
    const layers = layersOf(icon.body, 32 / (icon.width ?? game.width ?? 512));
    if (!layers) continue;
    const i = shapes.length;
    shapes.push({
      id: `game-icons:${name}`,
      src: 1,
      label: whole,
      place: /\b(house|tower|castle|tent|lighthouse|church|temple|tree|windmill|barn)\b/.test(whole) ? 'G' : 'g',
      layers: layers.map(([, r, p]) => ['000000', r, p]),
    });
    addWord(whole, i, 3);
    addWord(head, i, parts.length === 1 ? 3 : 1.2);
    added++;
  }
  const index: Record<string, number[]> = {};
  for (const w of [...words.keys()].sort()) {
    const len = (i: number): number => shapes[i]!.label.split(' ').length;
    const ranked = [...words.get(w)!.entries()].sort((a, b) => b[1] - a[1] || len(a[0]) - len(b[0]) || a[0] - b[0]).slice(0, 4);
    index[w] = ranked.map(([i]) => i);
  }
  const out = {
    version: 1,
    note: 'Generated by scripts/build-shape-index.ts — do not edit. Licences: docs/licences/shapes.md.',
    sources: [
      {
        id: 'fluent-emoji-flat',
        package: '@iconify-json/fluent-emoji-flat',
        licence: 'MIT',
        author: 'Microsoft Corporation',
        url: 'https://github.com/microsoft/fluentui-emoji',
      },
      {
        id: 'game-icons',
        package: '@iconify-json/game-icons',
        licence: 'CC-BY-3.0',
        author: 'game-icons.net contributors (Lorc, Delapouite and others)',
        url: 'https://github.com/game-icons/icons',
      },
    ],
    words: { package: 'emojibase-data', licence: 'MIT', languages: ['en', 'es', 'de'] },
    shapes: shapes.map((s) => [s.id, s.label, s.place, s.layers]),
    index,
  };
  writeFileSync(OUT, JSON.stringify(out));
  console.log(`shapes: ${shapes.length} (${added} game-icons), words: ${Object.keys(index).length}, bytes: ${JSON.stringify(out).length}`);
}

main();
