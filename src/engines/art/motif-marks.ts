/**
 * Scene motifs the client drew (round 8): a sea, a lake or a river, waves, rain, clouds,
 * mountains, a hill, a field with furrows, a road or path, snow on the ground, a bridge. They
 * are painted as the background, and the report places each motif word on the drawn marks
 * that are that motif, so the client sees their own waves, streaks and ridges named.
 *
 * The drawing's ink is cut into pieces (strokes joined across tiny breaks); pieces inside a
 * thing or person already matched are theirs. Each motif word then takes the unclaimed pieces
 * of its kind, in a fixed order (ridges, clouds, rain, bridges, roads, water, hills, ground):
 * - mountain: a zig-zag ridge across the page, or one wide piece rising to a peak;
 * - cloud: wide pieces in the sky (a plural takes each one);
 * - rain (snow falling): many short marks under the sky;
 * - bridge: a wide, low piece below the horizon;
 * - path/road: pieces running up from the bottom edge toward the horizon (converging lines);
 * - sea, lake, river: the wide (wavy) marks below the horizon, with the shore line;
 * - hill: the widest piece in the lower half with its top in the middle (a dome);
 * - grass/field, snow on the ground: the low wide marks (furrows, a snow line).
 * A word with no such marks is left to the scene as before (never a guess elsewhere).
 */
import type { Box } from './scene-plan.ts';
import type { SketchMatch } from './sketch-match.ts';
import { tableless, zigzagRidge } from './sketch-match.ts';
import { inkPieces } from './sketch.ts';
import type { MotifId } from '../affect/index.ts';

interface Piece {
  readonly box: Box;
  readonly n: number;
  /** Top ink per column of the box (−1 where none). */
  readonly top: Int32Array;
  used: boolean;
}

const cx = (b: Box): number => b.x + b.w / 2;
const cy = (b: Box): number => b.y + b.h / 2;
const union = (bs: readonly Box[]): Box => {
  const x0 = Math.min(...bs.map((b) => b.x));
  const y0 = Math.min(...bs.map((b) => b.y));
  const x1 = Math.max(...bs.map((b) => b.x + b.w));
  const y1 = Math.max(...bs.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
};

/** Share of box a inside box b. */
function inside(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return (ix * iy) / Math.max(1, a.w * a.h);
}

/** The order motifs take their marks in: the most particular first. */
const ORDER: readonly MotifId[] = ['mountain', 'cloud', 'storm', 'rain', 'bridge', 'path', 'sea', 'lake', 'river', 'hill', 'grass', 'snow'];

/**
 * Places the prompt's scene motif words on the drawn marks that are that motif (see the header).
 * `claimed`: boxes of things and people already matched (their marks are theirs).
 */
export function motifMarks(
  lines: Float32Array,
  W: number,
  H: number,
  horizon: number | undefined,
  motifs: readonly { word: string; motif: MotifId; plural: boolean }[],
  claimed: readonly Box[],
  /** Boxes of the drawn people: their lines are theirs, even where they stand on a hill or a road. */
  people: readonly Box[] = [],
): SketchMatch[] {
  const wanted = motifs.filter((m) => ORDER.includes(m.motif)).sort((a, b) => ORDER.indexOf(a.motif) - ORDER.indexOf(b.motif));
  if (!wanted.length) return [];
  const pieces: Piece[] = [];
  const minN = Math.max(4, Math.round(Math.min(W, H) * 0.012));
  let ink = tableless(lines, W, H);
  if (people.length) {
    if (ink === lines) ink = new Float32Array(lines);
    for (const b of people)
      for (let y = Math.max(0, b.y); y < Math.min(H, b.y + b.h); y++) ink.fill(0, y * W + Math.max(0, b.x), y * W + Math.min(W, b.x + b.w));
  }
  for (const p of inkPieces(ink, W, H, Math.max(2, Math.round(Math.min(W, H) * 0.008)))) {
    if (p.length < minN) continue;
    let x0 = W;
    let y0 = H;
    let x1 = 0;
    let y1 = 0;
    for (const q of p) {
      const x = q % W;
      const y = (q - x) / W;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const box = { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
    // A photo's dark table round the paper (touching three edges of the picture) is no mark.
    if ([x0 <= 1, x1 >= W - 2, y0 <= 1, y1 >= H - 2].filter(Boolean).length >= 3) continue;
    const top = new Int32Array(box.w).fill(-1);
    for (const q of p) {
      const x = q % W;
      const y = (q - x) / W;
      if (top[x - x0]! < 0 || y < top[x - x0]!) top[x - x0] = y;
    }
    // A piece drawn inside a thing or person already named is part of it.
    const owned = claimed.some((c) => inside(box, c) > 0.7);
    pieces.push({ box, n: p.length, top, used: owned });
  }
  const hz = horizon ?? H * 0.5;
  const free = (): Piece[] => pieces.filter((p) => !p.used);
  const out: SketchMatch[] = [];
  const take = (word: string, ps: readonly Piece[], sky: boolean, each = false): void => {
    if (!ps.length) return;
    for (const p of ps) p.used = true;
    if (each) for (const p of ps) out.push({ word, as: 'your own marks', box: p.box, sky });
    else out.push({ word, as: 'your own marks', box: union(ps.map((p) => p.box)), sky });
  };
  let ridge: Box | null | undefined;
  for (const { word, motif, plural } of wanted) {
    // The same motif named twice ("sea … waves") is the same marks.
    const again = out.find((m) => wanted.find((w) => w.word === m.word)?.motif === motif);
    if (again) {
      out.push({ ...again, word });
      continue;
    }
    switch (motif) {
      case 'mountain': {
        ridge ??= zigzagRidge(lines, W, H)?.box ?? null;
        if (ridge) {
          const r = ridge;
          for (const p of pieces) if (inside(p.box, r) > 0.6) p.used = true;
          out.push({ word, as: 'your own marks', box: r, sky: false });
          break;
        }
        // One peak: a wide piece whose top rises well above both its ends.
        const peaks = free()
          .filter((p) => {
            if (p.box.w < W * 0.25) return false;
            let mn = H;
            let at = 0;
            p.top.forEach((y, i) => {
              if (y >= 0 && y < mn) [mn, at] = [y, i];
            });
            const end = (from: number, dir: number): number => {
              for (let i = from; i >= 0 && i < p.top.length; i += dir) if (p.top[i]! >= 0) return p.top[i]!;
              return mn;
            };
            const rise = Math.min(end(0, 1), end(p.top.length - 1, -1)) - mn;
            return rise > H * 0.15 && at > p.box.w * 0.15 && at < p.box.w * 0.85;
          })
          .sort((a, b) => b.box.w - a.box.w);
        take(word, peaks.slice(0, 1), false);
        break;
      }
      case 'cloud':
      case 'storm': {
        const clouds = free()
          .filter((p) => p.box.y + p.box.h < Math.min(hz, H * 0.6) && p.box.w > p.box.h * 1.2 && p.box.w > W * 0.08 && p.box.w < W * 0.8)
          .sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h);
        take(word, plural ? clouds.slice(0, 6) : clouds.slice(0, 1), true, plural);
        break;
      }
      case 'rain': {
        // Many short streaks (or drops) under the sky's clouds, above the ground.
        const streaks = free().filter((p) => p.box.w < W * 0.06 && p.box.h < H * 0.12 && cy(p.box) < Math.max(hz, H * 0.75));
        if (streaks.length >= 4) take(word, streaks, true);
        break;
      }
      case 'bridge': {
        const b = free()
          .filter((p) => p.box.w > W * 0.3 && p.box.h < p.box.w * 0.6 && cy(p.box) > Math.min(hz, H * 0.5) - H * 0.1 && cy(p.box) < H * 0.85)
          .sort((a, b) => b.box.w - a.box.w);
        take(word, b.slice(0, 1), false);
        break;
      }
      case 'path': {
        // Lines running up from the bottom of the page toward the horizon.
        const ps = free().filter((p) => p.box.y + p.box.h > H * 0.88 && p.box.h > H * 0.2 && p.box.y > hz - H * 0.1);
        if (ps.length) take(word, ps, false);
        else {
          // A path drawn on something (up a mountain): a long thin piece, taller than wide, below the sky.
          const up = free()
            .filter((p) => p.box.h > H * 0.2 && p.box.h > p.box.w * 1.2 && p.box.w < W * 0.4 && p.box.y > H * 0.1)
            .sort((a, b) => b.box.h - a.box.h);
          take(word, up.slice(0, 1), false);
        }
        break;
      }
      case 'sea':
      case 'lake':
      case 'river': {
        // Waves and ripples: wide marks below the horizon; the shore line at the horizon with them.
        const waves = free().filter((p) => cy(p.box) > hz - H * 0.03 && p.box.w > p.box.h * 1.5 && p.box.w > W * 0.03);
        const banks = motif === 'river' ? free().filter((p) => cy(p.box) > hz && p.box.h > H * 0.15 && p.box.y + p.box.h > H * 0.8) : [];
        const all = [...new Set([...waves, ...banks])];
        if (all.length >= 2 || all.some((p) => p.box.w > W * 0.3)) take(word, all, false);
        break;
      }
      case 'hill': {
        const domes = free()
          .filter((p) => {
            if (p.box.w < W * 0.3 || cy(p.box) < H * 0.4) return false;
            const mid = p.top[Math.floor(p.top.length / 2)]!;
            const l = p.top.find((y) => y >= 0) ?? mid;
            const r = [...p.top].reverse().find((y) => y >= 0) ?? mid;
            return mid >= 0 && mid < Math.max(l, r) - H * 0.04;
          })
          .sort((a, b) => b.box.w - a.box.w);
        const hill = domes[0];
        if (!hill) break;
        // The rest of the outline where a figure standing on it cut it: wide pieces beside it at its height.
        const rest = free().filter(
          (p) => p !== hill && p.box.w > W * 0.15 && p.box.y < hill.box.y + hill.box.h && p.box.y + p.box.h > hill.box.y && cy(p.box) > H * 0.3,
        );
        take(word, [hill, ...rest], false);
        break;
      }
      case 'grass':
      case 'snow': {
        // Low wide marks: furrows across a field, the line of snow on the ground.
        const low = free().filter((p) => cy(p.box) > Math.max(hz - H * 0.02, H * 0.5) && p.box.w > p.box.h * 1.5 && p.box.w > W * 0.08);
        if (low.length) take(word, low, false);
        break;
      }
      default:
        break;
    }
  }
  return out.filter((m) => cx(m.box) >= 0);
}
