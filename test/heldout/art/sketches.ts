/**
 * The 20 held-out sketches: what each one shows, the words a client typed with it, and how it is
 * drawn. Coordinates are in the canvas (or paper) pixels of each item; `u`/`v` place a point at a
 * fraction of the width/height.
 */
import type { Device, Hand, Pt } from './hand.ts';
import { arc, curve, ellipse, scribbleFill } from './hand.ts';
import { box, bumpy, fir, person } from './shapes.ts';

export type Kind = 'drawing' | 'photo' | 'coloured';

export interface Expectation {
  /** What a therapist should recognise in the output. */
  readonly things: readonly string[];
  /** Where they are. */
  readonly where: string;
  /** Named in the prompt but not drawn in the sketch (the engine may add them from the words). */
  readonly notDrawn: readonly string[];
  /** Excluded by the prompt ("no people"). */
  readonly negated: readonly string[];
}

export interface Sketch {
  readonly id: string;
  readonly kind: Kind;
  readonly device: Device;
  /** Canvas (or paper) size the strokes are drawn on. */
  readonly width: number;
  readonly height: number;
  readonly prompt: string;
  readonly language: 'en' | 'es' | 'de';
  readonly expect: Expectation;
  /** Drawn horizon (far edge of land or water) as a fraction of the height, or null. */
  readonly horizon: number | null;
  /** Drawn ground line (where things stand), as a fraction of the height, or null. */
  readonly ground: number | null;
  readonly pen: { readonly size: number; readonly color: string };
  /** For photos: photo size, pencil/crayon colour, JPEG quality. */
  readonly photo?: { readonly width: number; readonly height: number; readonly ink: string; readonly quality: number };
  readonly draw: (h: Hand, u: (x: number) => number, v: (y: number) => number) => void;
}

const E = (things: string[], where: string, notDrawn: string[] = [], negated: string[] = []): Expectation => ({ things, where, notDrawn, negated });

/** A wobbly near-horizontal line across the picture, drawn in one or two strokes. */
function across(h: Hand, y: number, w: number, sag = 0): void {
  if (h.random() < 0.5) {
    h.draw(curve([[-4, y + h.between(-3, 3)], [w * 0.5, y + sag], [w + 4, y + h.between(-3, 3)]]), { overshoot: 8 });
  } else {
    const mid = w * h.between(0.4, 0.6);
    h.draw([[-4, y + h.between(-2, 2)], [mid + 10, y + sag * 0.8]]);
    h.draw([[mid - 6, y + sag * 0.8 + h.between(-2, 2)], [w + 4, y + h.between(-3, 3)]], { overshoot: 8 });
  }
}

/** A grass tuft: a quick zigzag of three blades standing on `y`. */
function tuft(h: Hand, x: number, y: number, size = 1): void {
  const k = size * h.between(0.8, 1.2);
  h.draw([[x - 12 * k, y - 13 * k], [x - 5 * k, y], [x, y - 20 * k], [x + 5 * k, y], [x + 12 * k, y - 12 * k]], { pace: 0.9 });
}

function fill(h: Hand, poly: readonly Pt[], color: string, spacing = 9, angle = -0.6): void {
  for (const s of scribbleFill(poly, spacing, angle + h.between(-0.15, 0.15), h)) {
    h.draw(s, { tool: 'marker', color, size: 12, opacity: 0.75, pace: 1.8, shaky: 0.6 });
  }
  h.pause(h.between(600, 1500));
}

export const SKETCHES: readonly Sketch[] = [
  {
    id: 'woman-holding-head', kind: 'drawing', device: 'stylus', width: 895, height: 720, language: 'en', horizon: null, ground: null,
    prompt: 'a woman holding her head in both hands, she looks exhausted', pen: { size: 4, color: '#222222' },
    expect: E(['woman', 'hands on head', 'long hair', 'closed eyes'],
      'standing figure centre-left (x ≈ 40 %), head in the upper third, elbows out to both sides'),
    draw: (h, u, v) => {
      const c: Pt = [u(0.4), v(0.28)];
      h.draw(ellipse(c, 46, 57, h));
      h.draw(curve([[c[0] - 10, c[1] - 58], [c[0] - 48, c[1] - 30], [c[0] - 60, c[1] + 20], [c[0] - 58, c[1] + 85]]));
      h.draw(curve([[c[0] + 8, c[1] - 58], [c[0] + 48, c[1] - 32], [c[0] + 60, c[1] + 20], [c[0] + 56, c[1] + 88]]));
      h.draw(curve([[c[0] - 40, c[1] - 30], [c[0], c[1] - 48], [c[0] + 42, c[1] - 24]]), { pace: 0.8 });
      h.pause(800);
      h.draw(arc([c[0] - 18, c[1] - 2], 11, 5, 0.2, 2.9), { pace: 0.5 });
      h.draw(arc([c[0] + 18, c[1] - 2], 11, 5, 0.2, 2.9), { pace: 0.5 });
      h.draw([[c[0] - 30, c[1] - 20], [c[0] - 8, c[1] - 13]], { pace: 0.5 });
      h.draw([[c[0] + 30, c[1] - 20], [c[0] + 8, c[1] - 13]], { pace: 0.5 });
      h.draw(arc([c[0], c[1] + 34], 12, 6, 3.5, 5.9), { pace: 0.5 });
      h.pause(1200);
      h.draw([[c[0] - 12, c[1] + 56], [c[0] - 13, c[1] + 82]]);
      h.draw([[c[0] + 12, c[1] + 56], [c[0] + 13, c[1] + 82]]);
      h.draw(curve([[c[0] - 70, c[1] + 98], [c[0], c[1] + 86], [c[0] + 70, c[1] + 98]]));
      h.draw([[c[0] - 70, c[1] + 98], [c[0] - 76, v(0.55)], [c[0] - 100, v(0.76)]], { overshoot: 6 });
      h.draw([[c[0] + 70, c[1] + 98], [c[0] + 78, v(0.55)], [c[0] + 102, v(0.76)]], { overshoot: 6 });
      h.draw(curve([[c[0] - 102, v(0.76)], [c[0], v(0.785)], [c[0] + 104, v(0.76)]]));
      h.draw([[c[0] - 35, v(0.78)], [c[0] - 38, v(0.94)], [c[0] - 58, v(0.95)]]);
      h.draw([[c[0] + 35, v(0.78)], [c[0] + 37, v(0.94)], [c[0] + 57, v(0.95)]]);
      h.pause(900);
      h.draw(curve([[c[0] - 68, c[1] + 100], [c[0] - 120, c[1] + 60], [c[0] - 132, c[1] + 5], [c[0] - 60, c[1] - 12]]));
      h.draw(curve([[c[0] - 52, c[1] + 112], [c[0] - 100, c[1] + 66], [c[0] - 108, c[1] + 24], [c[0] - 58, c[1] + 12]]));
      h.draw(curve([[c[0] + 68, c[1] + 100], [c[0] + 122, c[1] + 58], [c[0] + 134, c[1] + 2], [c[0] + 60, c[1] - 14]]));
      h.draw(curve([[c[0] + 52, c[1] + 112], [c[0] + 102, c[1] + 64], [c[0] + 110, c[1] + 22], [c[0] + 58, c[1] + 10]]));
      for (const side of [-1, 1]) {
        h.draw(ellipse([c[0] + side * 56, c[1] + 2], 13, 20, h), { pace: 0.6 });
        for (let f = 0; f < 4; f++) {
          const y = c[1] - 14 + f * 3;
          h.draw(curve([[c[0] + side * 52, y], [c[0] + side * (48 - f * 2), y - 22], [c[0] + side * (36 - f * 3), y - 38 + f * 3]]), { pace: 0.6 });
        }
      }
    },
  },
  {
    id: 'ranunculus-pot', kind: 'coloured', device: 'finger', width: 768, height: 1024, language: 'es', horizon: null, ground: null,
    prompt: 'una maceta con ranúnculos rosas y naranjas', pen: { size: 6, color: '#2b2b2b' },
    expect: E(['flower pot', 'three round layered ranunculus blooms', 'stems and leaves'],
      'terracotta pot at the bottom centre (y 62–90 %), blooms in the upper half: left, top centre, right'),
    draw: (h, u, v) => {
      const rim: Pt[] = [[u(0.28), v(0.61)], [u(0.72), v(0.61)], [u(0.72), v(0.67)], [u(0.28), v(0.67)]];
      const body: Pt[] = [[u(0.31), v(0.67)], [u(0.36), v(0.9)], [u(0.64), v(0.9)], [u(0.69), v(0.67)]];
      h.draw([...rim, [u(0.28), v(0.615)]]);
      h.draw(body);
      const blooms: [Pt, number][] = [[[u(0.33), v(0.33)], 68], [[u(0.53), v(0.2)], 74], [[u(0.7), v(0.36)], 62]];
      const bases: Pt[] = [[u(0.44), v(0.61)], [u(0.5), v(0.61)], [u(0.57), v(0.61)]];
      blooms.forEach(([c, r], i) => {
        h.draw(curve([bases[i]!, [(bases[i]![0] + c[0]) / 2 + h.between(-20, 20), (bases[i]![1] + c[1]) / 2], [c[0], c[1] + r]]));
      });
      for (const [c, r] of blooms) {
        h.draw(ellipse(c, r, r * 0.9, h));
        h.draw(ellipse([c[0] + 3, c[1] + 4], r * 0.64, r * 0.58, h), { pace: 0.8 });
        h.draw(ellipse([c[0] + 2, c[1] + 6], r * 0.32, r * 0.3, h, { sweep: 4 * Math.PI }), { pace: 0.7 });
      }
      const leaf = (a: Pt, b: Pt, bulge: number): Pt[] => {
        const m: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
        const n: Pt = [(-(b[1] - a[1]) / d) * bulge, ((b[0] - a[0]) / d) * bulge];
        return [...curve([a, [m[0] + n[0], m[1] + n[1]], b]), ...curve([b, [m[0] - n[0], m[1] - n[1]], a]).slice(1)];
      };
      const leaves = [
        leaf([u(0.42), v(0.5)], [u(0.24), v(0.47)], 22), leaf([u(0.53), v(0.44)], [u(0.7), v(0.52)], 20), leaf([u(0.49), v(0.56)], [u(0.36), v(0.58)], 14),
      ];
      for (const l of leaves) h.draw(l);
      h.pause(2500);
      const pot: Pt[] = [[u(0.28), v(0.61)], [u(0.72), v(0.61)], [u(0.72), v(0.67)], [u(0.69), v(0.67)], [u(0.64), v(0.9)], [u(0.36), v(0.9)],
        [u(0.31), v(0.67)], [u(0.28), v(0.67)]];
      fill(h, pot, '#d2691e', 10, -0.5);
      const disc = (c: Pt, r: number): Pt[] =>
        Array.from({ length: 20 }, (_, i) => [c[0] + Math.cos(i * 0.314) * r, c[1] + Math.sin(i * 0.314) * r * 0.9] as Pt);
      fill(h, disc(blooms[0]![0], blooms[0]![1]), '#f06292');
      fill(h, disc(blooms[1]![0], blooms[1]![1]), '#ff9f43');
      fill(h, disc(blooms[2]![0], blooms[2]![1]), '#ec407a');
      for (const l of leaves) fill(h, l, '#4caf50', 8, 0.3);
    },
  },
  {
    id: 'lotus-pond', kind: 'drawing', device: 'stylus', width: 1200, height: 600, language: 'en', horizon: 0.38, ground: null,
    prompt: 'a pink lotus flower floating on a calm pond at sunrise', pen: { size: 4, color: '#1f2a30' },
    expect: E(['lotus flower', 'pond (water surface)', 'lily pads', 'ripples'],
      'lotus in the centre (x ≈ 50 %, y ≈ 48–62 %), far shore line at 38 % height, pads left and right',
      ['pink colour', 'sunrise']),
    draw: (h, u, v) => {
      across(h, v(0.38), u(1), v(0.01));
      h.pause(1000);
      const b: Pt = [u(0.5), v(0.62)];
      const petal = (tip: Pt, w: number): void => {
        h.draw(curve([[b[0] - w, b[1]], [(b[0] + tip[0]) / 2 - w * 0.9, (b[1] + tip[1]) / 2], tip]));
        h.draw(curve([tip, [(b[0] + tip[0]) / 2 + w * 0.9, (b[1] + tip[1]) / 2], [b[0] + w, b[1]]]));
      };
      petal([u(0.5), v(0.36)], 28);
      petal([u(0.43), v(0.44)], 22);
      petal([u(0.57), v(0.44)], 22);
      h.draw(curve([[b[0] - 30, b[1]], [u(0.4), v(0.58)], [u(0.37), v(0.52)], [u(0.42), v(0.6)]]));
      h.draw(curve([[b[0] + 30, b[1]], [u(0.6), v(0.58)], [u(0.63), v(0.52)], [u(0.58), v(0.6)]]));
      h.draw(curve([[u(0.4), v(0.62)], [u(0.5), v(0.66)], [u(0.6), v(0.62)]]));
      h.pause(1400);
      for (const [x, y, rx, ry] of [[0.22, 0.74, 95, 26], [0.78, 0.69, 112, 30], [0.63, 0.88, 70, 18]] as const) {
        h.draw(ellipse([u(x), v(y)], rx, ry, h, { start: -1.35, sweep: 2 * Math.PI - 0.35, drift: 0 }));
        h.draw([[u(x), v(y)], [u(x) + rx * 0.2, v(y) - ry * 0.95]], { pace: 0.7 });
      }
      for (const [x, y, r] of [[0.5, 0.67, 150], [0.5, 0.7, 220], [0.22, 0.78, 140], [0.78, 0.74, 160]] as const) {
        h.draw(arc([u(x), v(y)], r, r * 0.12, 0.4, 2.7), { pace: 1.3 });
      }
    },
  },
  {
    id: 'house-path-horizon', kind: 'drawing', device: 'mouse', width: 1024, height: 768, language: 'de', horizon: 0.6, ground: null,
    prompt: 'ein Haus mit einem Weg und dem Horizont, abends', pen: { size: 5, color: '#202020' },
    expect: E(['house with a pitched roof, door and window', 'path leading from the door towards the viewer', 'horizon line'],
      'house right of centre (x 55–80 %), horizon at 60 % height, path from the door widening to the bottom edge (x 30–55 %)', ['evening light']),
    draw: (h, u, v) => {
      across(h, v(0.6), u(1));
      h.pause(900);
      box(h, u(0.55), v(0.38), u(0.8), v(0.66));
      h.draw([[u(0.53), v(0.39)], [u(0.675), v(0.21)], [u(0.82), v(0.39)]], { overshoot: 5 });
      h.draw([[u(0.74), v(0.28)], [u(0.74), v(0.2)], [u(0.77), v(0.2)], [u(0.77), v(0.315)]]);
      box(h, u(0.645), v(0.53), u(0.705), v(0.66));
      box(h, u(0.575), v(0.44), u(0.625), v(0.5));
      h.draw([[u(0.6), v(0.44)], [u(0.6), v(0.5)]]);
      h.draw([[u(0.575), v(0.47)], [u(0.625), v(0.47)]]);
      h.pause(1500);
      h.draw(curve([[u(0.648), v(0.665)], [u(0.6), v(0.76)], [u(0.45), v(0.86)], [u(0.3), v(1.01)]]));
      h.draw(curve([[u(0.703), v(0.665)], [u(0.68), v(0.78)], [u(0.6), v(0.88)], [u(0.55), v(1.01)]]));
      for (let i = 0; i < 6; i++) tuft(h, u(h.between(0.05, 0.45)), v(h.between(0.66, 0.95)));
    },
  },
  {
    id: 'hands-holding-heart', kind: 'photo', device: 'stylus', width: 1100, height: 1100, language: 'en', horizon: null, ground: null,
    prompt: 'two hands holding a heart', pen: { size: 5, color: '#000000' },
    photo: { width: 1000, height: 1000, ink: '#a3262a', quality: 62 },
    expect: E(['heart', 'two cupped hands holding it from below'], 'heart centred slightly above the middle, hands rising from the bottom edge on both sides'),
    draw: (h, u, v) => {
      const top: Pt = [u(0.5), v(0.33)];
      h.draw(curve([top, [u(0.42), v(0.22)], [u(0.3), v(0.26)], [u(0.3), v(0.4)], [u(0.4), v(0.5)], [u(0.5), v(0.6)]]));
      h.draw(curve([top, [u(0.58), v(0.21)], [u(0.7), v(0.25)], [u(0.71), v(0.39)], [u(0.61), v(0.5)], [u(0.505), v(0.605)]]));
      h.pause(1500);
      for (const s of [-1, 1]) {
        const x = (f: number): number => u(0.5 + s * f);
        h.draw(curve([[x(0.3), v(1.01)], [x(0.3), v(0.8)], [x(0.33), v(0.64)], [x(0.3), v(0.55)], [x(0.24), v(0.5)]]));
        for (let f = 0; f < 4; f++) {
          const y0 = v(0.5 + f * 0.045);
          h.draw(curve([[x(0.24 - f * 0.01), y0], [x(0.12 - f * 0.005), y0 + v(0.005)], [x(0.05 + f * 0.01), y0 + v(0.03)], [x(0.12), y0 + v(0.05)],
            [x(0.24 - f * 0.01), y0 + v(0.045)]]), { pace: 0.8 });
        }
        h.draw(curve([[x(0.24), v(0.69)], [x(0.14), v(0.75)], [x(0.12), v(0.9)], [x(0.14), v(1.01)]]));
      }
    },
  },
  {
    id: 'office-building-figure', kind: 'drawing', device: 'mouse', width: 768, height: 1024, language: 'en', horizon: null, ground: 0.88,
    prompt: 'a tall grey office building and a tiny person in front of it, no other people', pen: { size: 4, color: '#262626' },
    expect: E(['tall office building with a grid of windows', 'one small person'],
      'building centre-left filling most of the height (x 25–65 %), small figure bottom right (x ≈ 80 %)',
      ['grey colour'], ['other people']),
    draw: (h, u, v) => {
      across(h, v(0.88), u(1));
      box(h, u(0.25), v(0.08), u(0.65), v(0.88));
      h.pause(1000);
      for (let i = 1; i < 11; i++) h.draw([[u(0.25) + 3, v(0.08 + i * 0.065)], [u(0.65) - 3, v(0.08 + i * 0.065) + h.between(-3, 3)]], { pace: 1.4 });
      for (let i = 1; i < 5; i++) h.draw([[u(0.25 + i * 0.08), v(0.09)], [u(0.25 + i * 0.08) + h.between(-4, 4), v(0.73)]], { pace: 1.4 });
      box(h, u(0.4), v(0.78), u(0.5), v(0.88));
      h.pause(2000);
      person(h, [u(0.8), v(0.875)], v(0.1), { pace: 0.7 });
    },
  },
  {
    id: 'festival-tents-flags', kind: 'coloured', device: 'finger', width: 1200, height: 600, language: 'es', horizon: null, ground: 0.82,
    prompt: 'un festival con carpas y banderitas de colores, mucha gente bailando', pen: { size: 5, color: '#2a2a2a' },
    expect: E(['three peaked festival tents (red, yellow, blue)', 'a line of bunting flags', 'small flags on the tent tops'],
      'tents along the ground line at 82 % height (left, centre, right), bunting sagging across the top', ['people dancing']),
    draw: (h, u, v) => {
      across(h, v(0.82), u(1));
      const tents: [number, number, number, string][] = [[0.06, 0.32, 0.36, '#e53935'], [0.38, 0.64, 0.3, '#fdd835'], [0.7, 0.94, 0.4, '#1e88e5']];
      const shapes: Pt[][] = [];
      for (const [x0, x1, peak] of tents) {
        const m = (x0 + x1) / 2;
        const shape: Pt[] = [[u(x0), v(0.82)], [u(x0 + 0.02), v(0.6)], [u(m), v(peak)], [u(x1 - 0.02), v(0.6)], [u(x1), v(0.82)]];
        h.draw(shape);
        h.draw([[u(x0 + 0.02), v(0.6)], [u(x1 - 0.02), v(0.6)]]);
        h.draw([[u(m - 0.03), v(0.82)], [u(m), v(0.66)], [u(m + 0.03), v(0.82)]]);
        h.draw([[u(m), v(peak)], [u(m), v(peak - 0.12)]]);
        h.draw([[u(m), v(peak - 0.12)], [u(m + 0.04), v(peak - 0.095)], [u(m), v(peak - 0.07)]]);
        shapes.push(shape);
      }
      h.pause(1500);
      const line = curve([[u(0.0), v(0.12)], [u(0.5), v(0.26)], [u(1.0), v(0.1)]], false, 30);
      h.draw(line);
      const flags: Pt[][] = [];
      for (let i = 3; i < line.length - 3; i += 6) {
        const [x, y] = line[i]!;
        const f: Pt[] = [[x - 14, y], [x, y + 34], [x + 14, y]];
        h.draw([...f, [x - 12, y + 1]], { pace: 0.7 });
        flags.push(f);
      }
      h.pause(2000);
      shapes.forEach((s, i) => fill(h, s, tents[i]![3], 10, -0.7));
      const colours = ['#e53935', '#43a047', '#fdd835', '#8e24aa', '#fb8c00'];
      flags.forEach((f, i) => {
        if (i % 2 === 0) h.draw(f.concat([f[0]!]), { tool: 'marker', color: colours[i % colours.length]!, size: 12, opacity: 0.8, pace: 1.5 });
      });
    },
  },
  {
    id: 'tree-hill-sun', kind: 'drawing', device: 'stylus', width: 895, height: 720, language: 'en', horizon: null, ground: null,
    prompt: 'a tree on a hill under the sun with a red bird in the branches', pen: { size: 4, color: '#222222' },
    expect: E(['a single tree with a round crown', 'a hill', 'the sun with rays'],
      'tree on the hilltop in the centre, hill crest at ≈ 52 % height, sun top right', ['red bird']),
    draw: (h, u, v) => {
      h.draw(curve([[-5, v(0.8)], [u(0.22), v(0.63)], [u(0.5), v(0.52)], [u(0.78), v(0.62)], [u(1) + 5, v(0.79)]]), { overshoot: 6 });
      h.pause(1000);
      h.draw(curve([[u(0.478), v(0.535)], [u(0.482), v(0.45)], [u(0.485), v(0.37)]]));
      h.draw(curve([[u(0.522), v(0.535)], [u(0.518), v(0.45)], [u(0.516), v(0.37)]]));
      bumpy(h, [u(0.5), v(0.26)], u(0.13), v(0.14), 7);
      h.draw([[u(0.5), v(0.4)], [u(0.46), v(0.32)]], { pace: 0.7 });
      h.draw([[u(0.505), v(0.38)], [u(0.55), v(0.3)]], { pace: 0.7 });
      h.pause(1600);
      const sun: Pt = [u(0.84), v(0.15)];
      h.draw(ellipse(sun, v(0.065), v(0.065), h));
      for (let i = 0; i < 9; i++) {
        const a = (i / 9) * Math.PI * 2 + h.between(-0.1, 0.1);
        const r0 = v(0.09);
        const r1 = v(0.13) + h.between(-5, 8);
        h.draw([[sun[0] + Math.cos(a) * r0, sun[1] + Math.sin(a) * r0], [sun[0] + Math.cos(a) * r1, sun[1] + Math.sin(a) * r1]], { overshoot: 4 });
      }
    },
  },
  {
    id: 'boat-lake-mountains', kind: 'photo', device: 'finger', width: 1400, height: 1000, language: 'de', horizon: 0.55, ground: null,
    prompt: 'ein Segelboot auf einem See vor hohen Bergen', pen: { size: 6, color: '#000000' },
    photo: { width: 1280, height: 960, ink: '#1f4e9c', quality: 58 },
    expect: E(['sailing boat (hull, mast, triangular sail)', 'lake', 'mountain range with peaks'],
      'mountains across the upper half, lake shore at 55 % height, boat centre (x 45–62 %) on the water'),
    draw: (h, u, v) => {
      h.draw([[-5, v(0.5)], [u(0.14), v(0.24)], [u(0.3), v(0.43)], [u(0.45), v(0.17)], [u(0.61), v(0.41)], [u(0.77), v(0.22)], [u(0.9), v(0.38)],
        [u(1) + 5, v(0.29)]]);
      for (const [x, y] of [[0.14, 0.24], [0.45, 0.17], [0.77, 0.22]] as const) {
        const cap: Pt[] = [[u(x - 0.04), v(y + 0.07)], [u(x - 0.015), v(y + 0.05)], [u(x), v(y + 0.08)], [u(x + 0.02), v(y + 0.05)],
          [u(x + 0.045), v(y + 0.075)]];
        h.draw(cap, { pace: 0.7 });
      }
      across(h, v(0.55), u(1));
      h.pause(1200);
      h.draw([[u(0.44), v(0.66)], [u(0.64), v(0.66)], [u(0.6), v(0.73)], [u(0.48), v(0.73)], [u(0.44), v(0.665)]]);
      h.draw([[u(0.54), v(0.66)], [u(0.54), v(0.34)]]);
      h.draw([[u(0.54), v(0.35)], [u(0.62), v(0.62)], [u(0.545), v(0.62)]]);
      h.draw([[u(0.535), v(0.4)], [u(0.48), v(0.62)], [u(0.535), v(0.62)]]);
      h.pause(1000);
      for (let i = 0; i < 9; i++) {
        const x = u(h.between(0.05, 0.9));
        const y = v(h.between(0.6, 0.95));
        h.draw([[x, y], [x + u(h.between(0.04, 0.09)), y + h.between(-3, 3)]], { pace: 1.3 });
      }
    },
  },
  {
    id: 'lying-in-grass-clouds', kind: 'drawing', device: 'mouse', width: 1366, height: 768, language: 'en', horizon: null, ground: 0.72,
    prompt: 'me lying in the grass looking up at the clouds', pen: { size: 5, color: '#222222' },
    expect: E(['a person lying on their back, face up', 'grass', 'three clouds'],
      'figure lying along the ground line (x 25–72 %, y ≈ 59–72 %), clouds across the top'),
    draw: (h, u, v) => {
      across(h, v(0.72), u(1));
      for (let i = 0; i < 14; i++) {
        const x = u(h.between(0.02, 0.98));
        if (x < u(0.24) || x > u(0.74)) tuft(h, x, v(0.72));
      }
      h.pause(1500);
      h.draw(ellipse([u(0.28), v(0.645)], 44, 42, h));
      h.draw(ellipse([u(0.29), v(0.615)], 4, 4, h), { pace: 0.4 });
      h.draw(arc([u(0.283), v(0.63)], 22, 20, -0.5, 0.6), { pace: 0.5 });
      h.draw(ellipse([u(0.41), v(0.68)], u(0.09), v(0.032), h, { rot: 0.03 }));
      h.draw([[u(0.335), v(0.655)], [u(0.4), v(0.64)], [u(0.44), v(0.66)]], { pace: 0.8 });
      h.draw([[u(0.5), v(0.675)], [u(0.68), v(0.685)], [u(0.69), v(0.655)]], { overshoot: 3 });
      h.draw([[u(0.5), v(0.695)], [u(0.7), v(0.705)], [u(0.712), v(0.675)]], { overshoot: 3 });
      for (let i = 0; i < 5; i++) tuft(h, u(0.26 + i * 0.11) + h.between(-20, 20), v(0.722), 0.8);
      h.pause(2000);
      bumpy(h, [u(0.22), v(0.2)], u(0.09), v(0.07), 5);
      bumpy(h, [u(0.52), v(0.13)], u(0.11), v(0.075), 6);
      bumpy(h, [u(0.82), v(0.27)], u(0.08), v(0.06), 5);
    },
  },
  {
    id: 'two-people-embracing', kind: 'drawing', device: 'finger', width: 512, height: 512, language: 'en', horizon: null, ground: null,
    prompt: 'two people hugging', pen: { size: 4, color: '#222222' },
    expect: E(['two people', 'embracing (arms around each other)'],
      'two figures filling the picture, heads close together in the upper third (x ≈ 42 % and 58 %)'),
    draw: (h, u, v) => {
      h.draw(ellipse([u(0.41), v(0.27)], u(0.075), v(0.09), h, { rot: 0.2 }));
      h.draw(ellipse([u(0.59), v(0.25)], u(0.072), v(0.088), h, { rot: -0.2 }));
      h.draw(arc([u(0.4), v(0.27)], 7, 3, 0.3, 2.8), { pace: 0.5 });
      h.draw(arc([u(0.6), v(0.25)], 7, 3, 0.3, 2.8), { pace: 0.5 });
      h.draw(curve([[u(0.36), v(0.36)], [u(0.27), v(0.42)], [u(0.25), v(0.65)], [u(0.29), v(0.95)]]));
      h.draw(curve([[u(0.64), v(0.34)], [u(0.73), v(0.41)], [u(0.75), v(0.65)], [u(0.71), v(0.95)]]));
      h.draw(curve([[u(0.5), v(0.4)], [u(0.5), v(0.7)], [u(0.49), v(0.95)]]));
      h.pause(1200);
      h.draw(curve([[u(0.3), v(0.44)], [u(0.45), v(0.5)], [u(0.62), v(0.46)], [u(0.68), v(0.43)]]));
      h.draw(curve([[u(0.31), v(0.5)], [u(0.47), v(0.56)], [u(0.64), v(0.52)], [u(0.69), v(0.47)]]));
      h.draw(curve([[u(0.7), v(0.56)], [u(0.55), v(0.61)], [u(0.38), v(0.58)], [u(0.32), v(0.55)]]));
      h.draw(curve([[u(0.7), v(0.62)], [u(0.55), v(0.67)], [u(0.37), v(0.64)], [u(0.31), v(0.6)]]));
      h.draw(ellipse([u(0.69), v(0.45)], 10, 12, h), { pace: 0.6 });
      h.draw(ellipse([u(0.31), v(0.575)], 10, 12, h), { pace: 0.6 });
    },
  },
  {
    id: 'cat-windowsill', kind: 'coloured', device: 'stylus', width: 768, height: 1024, language: 'de', horizon: null, ground: null,
    prompt: 'eine Katze auf der Fensterbank, draußen regnet es', pen: { size: 5, color: '#262626' },
    expect: E(['ginger cat sitting', 'window with a cross frame', 'windowsill'],
      'window fills the upper 60 % (x 15–85 %), cat sitting on the sill in the centre (y 32–62 %)', ['rain']),
    draw: (h, u, v) => {
      box(h, u(0.15), v(0.1), u(0.85), v(0.62));
      h.draw([[u(0.5), v(0.1)], [u(0.5), v(0.3)]]);
      h.draw([[u(0.15), v(0.36)], [u(0.41), v(0.36)]]);
      h.draw([[u(0.6), v(0.36)], [u(0.85), v(0.36)]]);
      box(h, u(0.08), v(0.62), u(0.92), v(0.67));
      h.pause(1500);
      fill(h, [[u(0.16), v(0.11)], [u(0.49), v(0.11)], [u(0.49), v(0.35)], [u(0.16), v(0.35)]], '#9ad0ec', 12, -0.9);
      fill(h, [[u(0.51), v(0.11)], [u(0.84), v(0.11)], [u(0.84), v(0.35)], [u(0.51), v(0.35)]], '#9ad0ec', 12, -0.9);
      const body: Pt = [u(0.48), v(0.53)];
      h.draw(ellipse(body, u(0.12), v(0.085), h));
      const head: Pt = [u(0.5), v(0.39)];
      h.draw(ellipse(head, u(0.075), v(0.055), h));
      h.draw([[head[0] - u(0.06), head[1] - v(0.03)], [head[0] - u(0.055), head[1] - v(0.085)], [head[0] - u(0.02), head[1] - v(0.052)]]);
      h.draw([[head[0] + u(0.02), head[1] - v(0.052)], [head[0] + u(0.055), head[1] - v(0.086)], [head[0] + u(0.062), head[1] - v(0.028)]]);
      h.draw(ellipse([head[0] - 18, head[1] - 6], 6, 8, h), { pace: 0.5 });
      h.draw(ellipse([head[0] + 18, head[1] - 6], 6, 8, h), { pace: 0.5 });
      h.draw([[head[0] - 5, head[1] + 10], [head[0], head[1] + 15], [head[0] + 5, head[1] + 10]], { pace: 0.5 });
      for (const s of [-1, 1]) {
        for (const dy of [10, 18]) h.draw([[head[0] + s * 12, head[1] + dy], [head[0] + s * 60, head[1] + dy + h.between(-6, 6)]], { pace: 0.8 });
      }
      h.draw(curve([[u(0.59), v(0.58)], [u(0.7), v(0.6)], [u(0.7), v(0.5)], [u(0.64), v(0.46)]]));
      h.pause(2200);
      const disc = (c: Pt, rx: number, ry: number): Pt[] =>
        Array.from({ length: 24 }, (_, i) => [c[0] + Math.cos(i * 0.262) * rx, c[1] + Math.sin(i * 0.262) * ry] as Pt);
      fill(h, disc(body, u(0.12), v(0.085)), '#f5a623', 8, -0.4);
      fill(h, disc(head, u(0.075), v(0.055)), '#f5a623', 7, -0.4);
      fill(h, [[u(0.08), v(0.62)], [u(0.92), v(0.62)], [u(0.92), v(0.67)], [u(0.08), v(0.67)]], '#8d6e63', 8, 0);
    },
  },
  {
    id: 'road-into-distance', kind: 'drawing', device: 'mouse', width: 1024, height: 768, language: 'en', horizon: 0.42, ground: null,
    prompt: 'a long empty road going into the distance, no cars', pen: { size: 5, color: '#1e1e1e' },
    expect: E(['road narrowing to a vanishing point', 'dashed centre line', 'telephone poles', 'horizon'],
      'road from the bottom edge (x 20–85 %) to a vanishing point at x ≈ 53 % on the horizon at 42 % height, poles on the right', [], ['cars']),
    draw: (h, u, v) => {
      across(h, v(0.42), u(1));
      h.pause(700);
      h.draw([[u(0.19), v(1.01)], [u(0.525), v(0.425)]], { overshoot: 5 });
      h.draw([[u(0.86), v(1.01)], [u(0.538), v(0.425)]], { overshoot: 5 });
      for (let i = 0; i < 7; i++) {
        const a = 0.97 - i * 0.09 - i * i * 0.004;
        const b = a - 0.05 + i * 0.005;
        const x = (y: number): number => u(0.53 + ((y - 0.425) / 0.575) * 0.0);
        if (b > 0.44) h.draw([[x(a), v(a)], [x(b), v(b)]], { pace: 0.8 });
      }
      h.pause(1300);
      const tops: Pt[] = [];
      for (let i = 0; i < 5; i++) {
        const k = 1 / (1 + i * 0.9);
        const y = v(0.425 + 0.5 * k);
        const x = u(0.535 + 0.4 * k);
        const hgt = v(0.42) * k;
        h.draw([[x, y], [x + h.between(-2, 2), y - hgt]]);
        h.draw([[x - hgt * 0.16, y - hgt * 0.92], [x + hgt * 0.16, y - hgt * 0.92]], { overshoot: 3, pace: 0.8 });
        h.draw([[x - hgt * 0.11, y - hgt * 0.82], [x + hgt * 0.11, y - hgt * 0.82]], { overshoot: 3, pace: 0.8 });
        tops.push([x, y - hgt * 0.92]);
      }
      for (let i = 1; i < tops.length; i++) {
        const [a, b] = [tops[i - 1]!, tops[i]!];
        h.draw(curve([a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 10 * (1 / i)], b]), { pace: 1.2, shaky: 0.4 });
      }
    },
  },
  {
    id: 'bird-on-branch', kind: 'drawing', device: 'mouse', width: 512, height: 512, language: 'es', horizon: null, ground: null,
    prompt: 'un pájaro pequeño en una rama', pen: { size: 4, color: '#222222' },
    expect: E(['small bird perched', 'branch with leaves'], 'branch running diagonally across the lower half, bird sitting on it in the centre'),
    draw: (h, u, v) => {
      h.draw(curve([[u(0.02), v(0.78)], [u(0.5), v(0.66)], [u(0.98), v(0.56)]]), { overshoot: 4 });
      h.draw(curve([[u(0.02), v(0.83)], [u(0.5), v(0.7)], [u(0.97), v(0.6)]]));
      h.draw([[u(0.75), v(0.63)], [u(0.85), v(0.73)]]);
      for (const [x, y, a] of [[0.85, 0.74, 0.9], [0.2, 0.72, -2.2], [0.9, 0.52, -0.9]] as const) {
        const tip: Pt = [u(x) + Math.cos(a) * 44, v(y) + Math.sin(a) * 44];
        const base: Pt = [u(x), v(y)];
        const mid: Pt = [(base[0] + tip[0]) / 2, (base[1] + tip[1]) / 2];
        h.draw([...curve([base, [mid[0] + 10, mid[1] - 8], tip]), ...curve([tip, [mid[0] - 10, mid[1] + 8], base])]);
      }
      h.pause(1500);
      h.draw(ellipse([u(0.48), v(0.55)], u(0.13), v(0.085), h, { rot: -0.25 }));
      h.draw(ellipse([u(0.6), v(0.43)], u(0.062), u(0.062), h));
      h.draw([[u(0.66), v(0.41)], [u(0.73), v(0.43)], [u(0.66), v(0.45)]], { pace: 0.6 });
      h.draw(ellipse([u(0.615), v(0.42)], 3, 3, h), { pace: 0.4 });
      h.draw([[u(0.36), v(0.58)], [u(0.22), v(0.6)], [u(0.25), v(0.55)], [u(0.36), v(0.54)]]);
      h.draw(curve([[u(0.4), v(0.52)], [u(0.48), v(0.55)], [u(0.55), v(0.53)]]), { pace: 0.8 });
      h.draw([[u(0.46), v(0.63)], [u(0.45), v(0.68)]], { pace: 0.6 });
      h.draw([[u(0.51), v(0.63)], [u(0.51), v(0.675)]], { pace: 0.6 });
    },
  },
  {
    id: 'moon-over-sea', kind: 'photo', device: 'stylus', width: 1000, height: 1400, language: 'en', horizon: 0.55, ground: null,
    prompt: 'the full moon over the sea at night with a lighthouse', pen: { size: 5, color: '#000000' },
    photo: { width: 1080, height: 1350, ink: '#2e2e35', quality: 60 },
    expect: E(['full moon', 'sea with waves', "moon's reflection on the water"],
      'moon centred in the upper quarter, horizon at 55 % height, reflection a column below the moon', ['lighthouse', 'night sky colour']),
    draw: (h, u, v) => {
      across(h, v(0.55), u(1));
      h.pause(800);
      h.draw(ellipse([u(0.5), v(0.25)], u(0.13), u(0.13), h));
      for (const [x, y, r] of [[0.46, 0.22, 14], [0.55, 0.27, 10], [0.52, 0.2, 7]] as const) h.draw(ellipse([u(x), v(y)], r, r * 0.8, h), { pace: 0.6 });
      h.pause(1500);
      for (let i = 0; i < 12; i++) {
        const y = v(0.575 + i * 0.032);
        const w = u(0.1 - i * 0.005) * h.between(0.6, 1.2);
        h.draw([[u(0.5) - w, y], [u(0.5) + w, y + h.between(-3, 3)]], { pace: 1.2 });
      }
      for (let i = 0; i < 10; i++) {
        const x = u(h.between(0.05, 0.9));
        const y = v(h.between(0.6, 0.97));
        h.draw(arc([x, y], u(0.04), v(0.01), 3.4, 6.0), { pace: 1.2 });
      }
    },
  },
  {
    id: 'family-in-front-of-house', kind: 'drawing', device: 'finger', width: 1024, height: 768, language: 'en', horizon: null, ground: 0.9,
    prompt: 'my family, mum dad and me in front of our house with our dog', pen: { size: 5, color: '#222222' },
    expect: E(['three people: two adults and a child', 'house behind them'],
      'house in the upper middle (x 35–75 %), people in front along the bottom: adults at x ≈ 30 % and 46 %, child at x ≈ 62 %',
      ['dog']),
    draw: (h, u, v) => {
      across(h, v(0.9), u(1));
      box(h, u(0.35), v(0.25), u(0.75), v(0.62));
      h.draw([[u(0.33), v(0.26)], [u(0.55), v(0.06)], [u(0.77), v(0.26)]], { overshoot: 5 });
      box(h, u(0.4), v(0.32), u(0.47), v(0.41));
      box(h, u(0.63), v(0.32), u(0.7), v(0.41));
      box(h, u(0.52), v(0.47), u(0.58), v(0.62));
      h.pause(2000);
      person(h, [u(0.3), v(0.9)], v(0.5));
      person(h, [u(0.46), v(0.9)], v(0.46), { dress: true });
      person(h, [u(0.62), v(0.9)], v(0.3), { armsUp: true });
    },
  },
  {
    id: 'self-portrait-face', kind: 'photo', device: 'stylus', width: 1000, height: 1333, language: 'en', horizon: null, ground: null,
    prompt: 'self portrait', pen: { size: 5, color: '#000000' },
    photo: { width: 960, height: 1280, ink: '#222222', quality: 64 },
    expect: E(['a face (head and shoulders)', 'eyes, nose, mouth', 'wavy hair'],
      'face centred, filling the middle of the page (y 18–70 %), shoulders at the bottom'),
    draw: (h, u, v) => {
      const c: Pt = [u(0.5), v(0.43)];
      h.draw(ellipse(c, u(0.2), v(0.22), h));
      h.pause(900);
      h.draw(curve([[c[0] - u(0.21), c[1] + v(0.02)], [c[0] - u(0.2), c[1] - v(0.16)], [c[0] - u(0.08), c[1] - v(0.27)], [c[0] + u(0.06), c[1] - v(0.27)],
        [c[0] + u(0.19), c[1] - v(0.17)], [c[0] + u(0.215), c[1] + v(0.02)]]));
      for (let i = 0; i < 7; i++) {
        const a0 = Math.PI + 0.2 + i * 0.4;
        const sx = c[0] + Math.cos(a0) * u(0.21);
        const sy = c[1] + Math.sin(a0) * v(0.23);
        h.draw(curve([[sx, sy], [sx + h.between(-20, 20), sy - 30], [sx + (i < 3 ? -20 : 20), sy + 40 + h.between(0, 60)]]), { pace: 1.2 });
      }
      for (const s of [-1, 1]) {
        const e: Pt = [c[0] + s * u(0.085), c[1] - v(0.03)];
        h.draw([...arc(e, u(0.05), v(0.018), Math.PI, 2 * Math.PI), ...arc(e, u(0.05), v(0.018), 0, Math.PI)], { pace: 0.6 });
        h.draw(ellipse(e, 8, 8, h), { pace: 0.4 });
        h.draw(arc([e[0], e[1] - v(0.035)], u(0.055), v(0.012), Math.PI + 0.2, 2 * Math.PI - 0.2), { pace: 0.7 });
      }
      h.draw([[c[0] - 2, c[1] - v(0.01)], [c[0] - u(0.025), c[1] + v(0.07)], [c[0] + u(0.015), c[1] + v(0.075)]], { pace: 0.6 });
      h.draw(curve([[c[0] - u(0.07), c[1] + v(0.12)], [c[0], c[1] + v(0.105)], [c[0] + u(0.07), c[1] + v(0.12)]]), { pace: 0.6 });
      h.draw(curve([[c[0] - u(0.07), c[1] + v(0.12)], [c[0], c[1] + v(0.145)], [c[0] + u(0.07), c[1] + v(0.12)]]), { pace: 0.6 });
      h.draw(arc([c[0] - u(0.2), c[1]], u(0.025), v(0.04), 1.6, 4.7), { pace: 0.7 });
      h.draw(arc([c[0] + u(0.2), c[1]], u(0.025), v(0.04), -1.6, 1.6), { pace: 0.7 });
      h.pause(1200);
      h.draw([[c[0] - u(0.07), c[1] + v(0.21)], [c[0] - u(0.075), c[1] + v(0.3)]]);
      h.draw([[c[0] + u(0.07), c[1] + v(0.21)], [c[0] + u(0.075), c[1] + v(0.3)]]);
      h.draw(curve([[u(0.08), v(0.98)], [u(0.15), v(0.8)], [c[0] - u(0.075), c[1] + v(0.3)]]));
      h.draw(curve([[c[0] + u(0.075), c[1] + v(0.3)], [u(0.85), v(0.8)], [u(0.92), v(0.98)]]));
    },
  },
  {
    id: 'river-through-forest', kind: 'drawing', device: 'stylus', width: 1200, height: 600, language: 'de', horizon: 0.35, ground: null,
    prompt: 'ein Fluss, der durch einen dunklen Wald fließt', pen: { size: 4, color: '#1b2a1b' },
    expect: E(['river winding from the bottom to the horizon', 'fir trees on both banks'],
      'river from the bottom centre (x 30–62 %) narrowing to x ≈ 50 % on the horizon at 35 % height, trees left and right',
      ['darkness']),
    draw: (h, u, v) => {
      across(h, v(0.35), u(1));
      h.pause(900);
      h.draw(curve([[u(0.28), v(1.01)], [u(0.38), v(0.8)], [u(0.33), v(0.6)], [u(0.45), v(0.45)], [u(0.485), v(0.35)]]));
      h.draw(curve([[u(0.64), v(1.01)], [u(0.6), v(0.8)], [u(0.54), v(0.6)], [u(0.56), v(0.45)], [u(0.515), v(0.35)]]));
      h.pause(1400);
      const trees: [number, number, number][] = [[0.05, 0.95, 0.34], [0.16, 0.82, 0.28], [0.24, 0.62, 0.2], [0.33, 0.45, 0.12], [0.1, 0.55, 0.17],
        [0.77, 0.95, 0.34], [0.88, 0.8, 0.27], [0.69, 0.6, 0.2], [0.62, 0.44, 0.12], [0.95, 0.55, 0.16], [0.4, 0.37, 0.07], [0.58, 0.37, 0.07]];
      for (const [x, y, s] of trees) fir(h, [u(x), v(y)], v(s) * 1.6);
      for (let i = 0; i < 6; i++) {
        const y = v(h.between(0.55, 0.95));
        const x = u(0.46 + (y / v(1) - 0.5) * 0.05) + h.between(-30, 30);
        h.draw(curve([[x - 20, y], [x - 7, y - 5], [x + 7, y + 4], [x + 20, y]]), { pace: 1.2 });
      }
    },
  },
  {
    id: 'kite-in-sky', kind: 'drawing', device: 'finger', width: 768, height: 1024, language: 'en', horizon: null, ground: null,
    prompt: 'a kite flying in the wind over the beach', pen: { size: 5, color: '#222222' },
    expect: E(['diamond kite with a cross', 'kite tail with bows', 'kite string', 'two small clouds'],
      'kite upper right (x ≈ 60 %, y 12–40 %), string running down to the bottom-left corner', ['beach']),
    draw: (h, u, v) => {
      const top: Pt = [u(0.6), v(0.12)];
      const right: Pt = [u(0.74), v(0.24)];
      const bottom: Pt = [u(0.6), v(0.4)];
      const left: Pt = [u(0.47), v(0.24)];
      h.draw([top, right, bottom, left, [top[0] - 4, top[1] + 6]]);
      h.draw([top, bottom]);
      h.draw([left, right]);
      h.pause(1000);
      const tail = curve([bottom, [u(0.56), v(0.48)], [u(0.63), v(0.56)], [u(0.57), v(0.65)], [u(0.62), v(0.72)]]);
      h.draw(tail);
      for (const k of [0.3, 0.55, 0.8]) {
        const [x, y] = tail[Math.round(k * (tail.length - 1))]!;
        h.draw([[x - 14, y - 8], [x + 14, y + 8], [x + 14, y - 8], [x - 14, y + 8], [x - 12, y - 6]], { pace: 0.7 });
      }
      h.pause(1200);
      h.draw(curve([[u(0.6), v(0.24)], [u(0.45), v(0.5)], [u(0.28), v(0.78)], [u(0.12), v(0.99)]], false, 20), { pace: 1.3 });
      h.pause(1000);
      bumpy(h, [u(0.22), v(0.14)], u(0.11), v(0.05), 6);
      bumpy(h, [u(0.85), v(0.55)], u(0.1), v(0.045), 5);
    },
  },
  {
    id: 'bench-under-tree', kind: 'drawing', device: 'stylus', width: 895, height: 720, language: 'es', horizon: null, ground: 0.85,
    prompt: 'un banco bajo un árbol en el parque, en otoño', pen: { size: 4, color: '#2a2420' },
    expect: E(['park bench with backrest', 'a tree with a large crown', 'falling leaves'],
      'tree left of centre (trunk x ≈ 30 %), crown over the bench, bench right of the trunk (x 45–80 %) on the ground line at 85 %',
      ['autumn colours']),
    draw: (h, u, v) => {
      across(h, v(0.85), u(1));
      h.draw(curve([[u(0.28), v(0.85)], [u(0.285), v(0.6)], [u(0.29), v(0.42)]]));
      h.draw(curve([[u(0.335), v(0.85)], [u(0.325), v(0.6)], [u(0.32), v(0.42)]]));
      h.draw([[u(0.3), v(0.46)], [u(0.22), v(0.36)]], { pace: 0.8 });
      h.draw([[u(0.315), v(0.45)], [u(0.42), v(0.34)]], { pace: 0.8 });
      bumpy(h, [u(0.34), v(0.27)], u(0.26), v(0.2), 9);
      h.pause(1800);
      h.draw([[u(0.45), v(0.72)], [u(0.8), v(0.72)], [u(0.83), v(0.68)], [u(0.48), v(0.68)], [u(0.452), v(0.717)]]);
      h.draw([[u(0.485), v(0.68)], [u(0.485), v(0.53)]]);
      h.draw([[u(0.825), v(0.68)], [u(0.825), v(0.53)]]);
      h.draw([[u(0.48), v(0.555)], [u(0.83), v(0.555)]], { overshoot: 4 });
      h.draw([[u(0.48), v(0.6)], [u(0.83), v(0.6)]], { overshoot: 4 });
      for (const [x, y0, y1] of [[0.46, 0.72, 0.85], [0.79, 0.72, 0.85], [0.495, 0.68, 0.81], [0.82, 0.68, 0.81]] as const) {
        h.draw([[u(x), v(y0)], [u(x), v(y1)]]);
      }
      h.draw([[u(0.455), v(0.72)], [u(0.452), v(0.64)], [u(0.488), v(0.625)]], { pace: 0.8 });
      h.draw([[u(0.795), v(0.72)], [u(0.792), v(0.64)], [u(0.828), v(0.625)]], { pace: 0.8 });
      h.pause(1000);
      for (let i = 0; i < 6; i++) {
        const x = u(h.between(0.1, 0.9));
        const y = v(h.between(0.42, 0.8));
        const a = h.between(0, 6.28);
        const tip: Pt = [x + Math.cos(a) * 26, y + Math.sin(a) * 26];
        h.draw([[x, y], [(x + tip[0]) / 2 + 5, (y + tip[1]) / 2 - 5], tip, [(x + tip[0]) / 2 - 5, (y + tip[1]) / 2 + 5], [x, y]], { pace: 0.6 });
      }
    },
  },
];
