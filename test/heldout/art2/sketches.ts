/**
 * The second held-out sketch set: 24 drawings as clients in art therapy make them, with the words
 * they would type. Each sketch is the shapes a person puts down, in drawing order, using the hand
 * model and shapes of the first set (../art/hand.ts, ../art/shapes.ts). Every drawn thing is
 * drawn inside `c.thing(word, label, …)`, so its box is measured from its own strokes (make.ts).
 */
import type { Device, Hand, Pt, StrokeOptions } from '../art/hand.ts';
import { arc, curve, ellipse, scribbleFill } from '../art/hand.ts';
import { box, bumpy, fir, person } from '../art/shapes.ts';

export type Kind = 'drawing' | 'coloured' | 'photo';
export type Language = 'en' | 'es' | 'de';

/** What a sketch draws on: fractions of the canvas to pixels, and a way to name what is drawn. */
export interface Canvas {
  readonly h: Hand;
  readonly W: number;
  readonly H: number;
  /** A point given as fractions of the canvas width and height. */
  p(fx: number, fy: number): Pt;
  /** A length as a fraction of the canvas's shorter side. */
  s(f: number): number;
  /**
   * Draws one thing. `word` is the word as the prompt names it (null when the prompt does not
   * name it); its box is measured from the strokes drawn inside `fn`.
   */
  thing(word: string | null, label: string, fn: () => void): void;
}

export interface Sketch {
  readonly id: string;
  readonly kind: Kind;
  /** Canvas (or paper) size in pixels. */
  readonly width: number;
  readonly height: number;
  readonly device: Device;
  readonly pen: { readonly color: string; readonly size: number };
  readonly language: Language;
  readonly prompt: string;
  /** Words of the prompt naming things the sketch does not show. */
  readonly notDrawn: readonly string[];
  /** Words the prompt excludes ("no people"). */
  readonly negated: readonly string[];
  /** Colour words of the prompt and the word of the thing they colour. */
  readonly colours: readonly { readonly word: string; readonly of: string }[];
  /** Drawn horizon / ground line as a fraction of the canvas height, null when none. */
  readonly horizon: number | null;
  readonly ground: number | null;
  /** Photographs of paper art: photo size, pencil/crayon colour and JPEG quality. */
  readonly photo?: { readonly width: number; readonly height: number; readonly ink: string; readonly quality: number };
  readonly draw: (c: Canvas) => void;
}

// ---- small things people draw, in canvas pixels -------------------------------------------------

type O = StrokeOptions;

/** A crayon scribble fill of a closed outline. */
function fill(h: Hand, poly: readonly Pt[], color: string, spacing = 9, angle = 0.6, size = 10): void {
  h.pause(h.between(700, 1600));
  for (const s of scribbleFill(poly, spacing, angle, h)) h.draw(s, { tool: 'marker', color, size, opacity: 0.85, pace: 1.6, shaky: 0.6 });
}

/** A wavy line from x0 to x1 around row y. */
function wave(h: Hand, x0: number, x1: number, y: number, amp: number, period: number, o: O = {}): Pt[] {
  const pts: Pt[] = [];
  for (let x = x0; x <= x1 + 0.1; x += period / 4) pts.push([x, y + amp * Math.sin(((x - x0) / period) * Math.PI * 2)]);
  h.draw(pts, o);
  return pts;
}

function circle(h: Hand, c: Pt, r: number, o: O = {}): Pt[] {
  const pts = ellipse(c, r, r, h);
  h.draw(pts, o);
  return pts;
}

function sun(h: Hand, c: Pt, r: number, rays: number, o: O = {}): void {
  circle(h, c, r, o);
  for (let i = 0; i < rays; i++) {
    const a = (i / rays) * Math.PI * 2 + h.between(-0.1, 0.1);
    h.draw([[c[0] + Math.cos(a) * r * 1.35, c[1] + Math.sin(a) * r * 1.35], [c[0] + Math.cos(a) * r * 1.9, c[1] + Math.sin(a) * r * 1.9]],
      { overshoot: 3, ...o });
  }
}

/** A daisy-like flower: stem, leaf, petal ring and centre; head centre at `c`, radius r, stem down to `foot`. */
function flower(h: Hand, c: Pt, r: number, foot: Pt, o: O = {}): { petals: Pt[]; centre: Pt[] } {
  h.draw(curve([[foot[0], foot[1]], [foot[0] + r * 0.2, (foot[1] + c[1]) / 2], [c[0], c[1] + r * 1.2]], false, 8), o);
  const my = (foot[1] + c[1]) / 2 + r * 0.6;
  h.draw(curve([[foot[0] + r * 0.1, my], [foot[0] + r * 0.9, my - r * 0.6], [foot[0] + r * 1.5, my - r * 0.4], [foot[0] + r * 0.8, my + r * 0.1],
    [foot[0] + r * 0.1, my]], false, 6), o);
  const petals = bumpy(h, c, r, r, 6, o);
  const centre = circle(h, c, r * 0.35, o);
  return { petals, centre };
}

/** A tulip: cup with a zigzag top and a stem down to `foot`; returns the cup outline. */
function tulip(h: Hand, c: Pt, r: number, foot: Pt, o: O = {}): Pt[] {
  const [x, y] = c;
  const cup: Pt[] = [[x - r, y - r * 0.9], [x - r * 0.5, y - r * 0.3], [x, y - r * 1.05], [x + r * 0.5, y - r * 0.3], [x + r, y - r * 0.9],
    [x + r * 0.95, y + r * 0.2], [x + r * 0.5, y + r * 0.8], [x - r * 0.5, y + r * 0.8], [x - r * 0.95, y + r * 0.2]];
  h.draw([...cup, [x - r, y - r * 0.85]], o);
  h.draw(curve([[x, y + r * 0.8], [x + r * 0.15, (y + foot[1]) / 2], foot], false, 8), o);
  const ly = (y + foot[1]) / 2 + r;
  h.draw(curve([[foot[0], ly + r], [foot[0] - r * 0.9, ly], [foot[0] - r * 1.1, ly - r * 0.7], [foot[0] - r * 0.2, ly + r * 0.2]], false, 6), o);
  return cup;
}

/** A fir of shapes.ts with its outline returned for a fill. */
function firOutline(foot: Pt, height: number): Pt[] {
  const [x, y] = foot;
  const w = height * 0.42;
  return [[x, y - height], [x + w, y - height * 0.12], [x - w, y - height * 0.12]];
}

/** A tree: two trunk lines and a bumpy crown; returns the crown outline. */
function tree(h: Hand, foot: Pt, height: number, o: O = {}): Pt[] {
  const [x, y] = foot;
  const tw = height * 0.06;
  h.draw([[x - tw, y], [x - tw * 0.8, y - height * 0.5]], o);
  h.draw([[x + tw, y + h.between(-2, 2)], [x + tw * 0.8, y - height * 0.5]], o);
  return bumpy(h, [x, y - height * 0.7], height * 0.32, height * 0.26, 6, o);
}

/** A side-view bird facing right, body centre `c`, body length `l`. */
function bird(h: Hand, c: Pt, l: number, o: O = {}, flying = false): Pt[] {
  const [x, y] = c;
  const body = ellipse([x, y], l * 0.5, l * 0.28, h);
  h.draw(body, o);
  circle(h, [x + l * 0.5, y - l * 0.3], l * 0.18, o);
  h.draw([[x + l * 0.66, y - l * 0.34], [x + l * 0.86, y - l * 0.28], [x + l * 0.66, y - l * 0.22]], { ...o, pace: 0.6 });
  h.draw([[x - l * 0.48, y - l * 0.05], [x - l * 0.85, y - l * 0.25], [x - l * 0.8, y + l * 0.12], [x - l * 0.47, y + l * 0.06]], o);
  if (flying) {
    h.draw([[x - l * 0.2, y - l * 0.1], [x - l * 0.05, y - l * 0.75], [x + l * 0.25, y - l * 0.12]], o);
  } else {
    h.draw(arc([x - l * 0.05, y], l * 0.3, l * 0.14, Math.PI * 0.9, Math.PI * 2.1), o);
    h.draw([[x - l * 0.05, y + l * 0.27], [x - l * 0.05, y + l * 0.5]], { ...o, pace: 0.6 });
    h.draw([[x + l * 0.12, y + l * 0.25], [x + l * 0.12, y + l * 0.5]], { ...o, pace: 0.6 });
  }
  return body;
}

/** A heart outline centred at `c`, width `w`, as a list of points (not drawn). */
function heartPts(c: Pt, w: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= 48; i++) {
    const t = (i / 48) * Math.PI * 2;
    const x = 16 * Math.sin(t) ** 3;
    const y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
    out.push([c[0] + (x / 32) * w, c[1] - (y / 32) * w]);
  }
  return out;
}

// ---- the 24 sketches -----------------------------------------------------------------------------

const BLACK = { color: '#1f1f1f', size: 4 };

export const SKETCHES: readonly Sketch[] = [
  {
    id: 'alone-under-rain-clouds', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: BLACK, language: 'en',
    prompt: 'a person standing alone under dark rain clouds', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: 0.84,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.04, 0.84), c.p(0.5, 0.845), c.p(0.96, 0.835)], { overshoot: 8 });
      c.thing('person', 'person standing alone', () => person(h, c.p(0.5, 0.83), c.s(0.3)));
      c.thing('clouds', 'left rain cloud', () => bumpy(h, c.p(0.36, 0.17), c.s(0.2), c.s(0.08), 6));
      c.thing('clouds', 'right rain cloud', () => bumpy(h, c.p(0.66, 0.21), c.s(0.17), c.s(0.07), 5));
      h.pause(1200);
      c.thing('rain', 'rain streaks', () => {
        for (let i = 0; i < 16; i++) {
          const x = 0.24 + (i / 15) * 0.54 + h.between(-0.01, 0.01);
          const y = 0.31 + h.between(0, 0.06) + (i % 3) * 0.1;
          h.draw([c.p(x, y), c.p(x - 0.012, y + 0.07)], { overshoot: 3, pace: 1.4 });
        }
      });
    },
  },
  {
    id: 'boat-storm-lighthouse', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: '#222222', size: 6 }, language: 'en',
    prompt: 'a small boat on a stormy sea and a lighthouse on the rocks', notDrawn: [], negated: [], colours: [],
    horizon: 0.46, ground: null, photo: { width: 1280, height: 960, ink: '#2b2b33', quality: 61 },
    draw: (c) => {
      const { h } = c;
      c.thing('sea', 'stormy sea (horizon and waves)', () => {
        h.draw([c.p(0.02, 0.46), c.p(0.6, 0.462)], { overshoot: 6 });
        for (let r = 0; r < 4; r++) wave(h, c.W * (0.03 + r * 0.02), c.W * (0.97 - r * 0.03), c.H * (0.56 + r * 0.1), c.s(0.025), c.s(0.12), { pace: 1.2 });
      });
      c.thing('lighthouse', 'lighthouse', () => {
        const [x, y] = c.p(0.8, 0.46);
        const w = c.s(0.06);
        const t = c.s(0.34);
        h.draw([[x - w, y], [x - w * 0.6, y - t], [x + w * 0.6, y - t], [x + w, y], [x - w, y]]);
        h.draw([[x - w * 0.8, y - t * 0.35], [x + w * 0.82, y - t * 0.33]]);
        h.draw([[x - w * 0.7, y - t * 0.7], [x + w * 0.72, y - t * 0.68]]);
        box(h, x - w * 0.55, y - t - c.s(0.06), x + w * 0.55, y - t);
        h.draw([[x - w * 0.7, y - t - c.s(0.06)], [x, y - t - c.s(0.11)], [x + w * 0.7, y - t - c.s(0.06)]]);
        for (const s of [-1, 1]) h.draw([[x + s * w * 0.8, y - t - c.s(0.03)], [x + s * c.s(0.2), y - t - c.s(0.07)]], { pace: 1.3 });
      });
      c.thing('rocks', 'rocks under the lighthouse', () => {
        h.draw(curve([c.p(0.68, 0.56), c.p(0.71, 0.48), c.p(0.78, 0.455), c.p(0.86, 0.45), c.p(0.93, 0.5), c.p(0.97, 0.58)], false, 6));
      });
      c.thing('boat', 'small boat', () => {
        const [x, y] = c.p(0.3, 0.66);
        const l = c.s(0.16);
        h.draw([[x - l, y - l * 0.3], [x + l, y - l * 0.35], [x + l * 0.65, y + l * 0.15], [x - l * 0.7, y + l * 0.12], [x - l, y - l * 0.28]]);
        h.draw([[x, y - l * 0.32], [x + 2, y - l * 1.5]]);
        h.draw([[x + 4, y - l * 1.45], [x + l * 0.8, y - l * 0.45], [x + 4, y - l * 0.42]]);
      });
    },
  },
  {
    id: 'table-cup-plant', kind: 'drawing', width: 768, height: 1024, device: 'mouse', pen: { color: '#262626', size: 3 }, language: 'de',
    prompt: 'Ein Tisch mit einer Tasse und einer Pflanze im Topf', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: 0.86,
    draw: (c) => {
      const { h } = c;
      c.thing('Tisch', 'table', () => {
        box(h, c.W * 0.1, c.H * 0.56, c.W * 0.9, c.H * 0.6);
        h.draw([c.p(0.15, 0.6), c.p(0.15, 0.86)]);
        h.draw([c.p(0.85, 0.6), c.p(0.85, 0.86)]);
        h.draw([c.p(0.2, 0.6), c.p(0.2, 0.8)]);
        h.draw([c.p(0.8, 0.6), c.p(0.8, 0.8)]);
      });
      c.thing('Tasse', 'cup', () => {
        const [x, y] = c.p(0.3, 0.555);
        const w = c.s(0.09);
        h.draw([[x - w, y - w * 1.3], [x - w * 0.85, y], [x + w * 0.85, y], [x + w, y - w * 1.3]]);
        h.draw(ellipse([x, y - w * 1.3], w, w * 0.25, h));
        h.draw(arc([x + w * 0.95, y - w * 0.7], w * 0.45, w * 0.4, -Math.PI / 2, Math.PI / 2));
        for (const dx of [-0.3, 0.2]) h.draw(curve([[x + dx * w, y - w * 1.7], [x + dx * w + 8, y - w * 2.1], [x + dx * w - 4, y - w * 2.5]], false,
          6), { pace: 0.7 });
      });
      c.thing('Pflanze', 'plant in its pot', () => {
        const [x, y] = c.p(0.66, 0.555);
        const w = c.s(0.1);
        c.thing('Topf', 'flower pot', () => {
          h.draw([[x - w, y - w * 1.5], [x - w * 0.7, y], [x + w * 0.7, y], [x + w, y - w * 1.5], [x - w - 4, y - w * 1.5]]);
          h.draw([[x - w, y - w * 1.25], [x + w, y - w * 1.25]]);
        });
        for (const [dx, top, side] of [[-0.1, 3.2, -1], [0, 4.2, 1], [0.1, 3.6, 1], [-0.05, 2.6, -1]] as const) {
          const base: Pt = [x + dx * w, y - w * 1.5];
          const tip: Pt = [x + dx * w + side * w * 0.9, y - w * top];
          h.draw(curve([base, [x + dx * w + side * w * 0.2, y - w * (top * 0.7)], tip], false, 8));
          h.draw(curve([tip, [tip[0] + side * w * 0.5, tip[1] - w * 0.2], [tip[0] + side * w * 0.9, tip[1] + w * 0.1], [tip[0] + side * w * 0.4,
            tip[1] + w * 0.3], tip], false, 5), { pace: 0.8 });
        }
      });
    },
  },
  {
    id: 'parent-child-hands', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: '#202020', size: 5 }, language: 'en',
    prompt: 'a parent and a child holding hands', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: 0.86,
    draw: (c) => {
      const { h } = c;
      c.thing('parent', 'parent (tall figure, left)', () => person(h, c.p(0.36, 0.85), c.s(0.56), { dress: true }));
      c.thing('child', 'child (small figure, right)', () => person(h, c.p(0.62, 0.85), c.s(0.32)));
      h.draw([c.p(0.47, 0.54), c.p(0.53, 0.63), c.p(0.56, 0.64)], { pace: 0.7 });
      h.draw([c.p(0.04, 0.86), c.p(0.96, 0.865)], { overshoot: 6 });
      c.thing(null, 'sun in the top right corner (not named in the prompt)', () => sun(h, c.p(0.83, 0.15), c.s(0.07), 8));
    },
  },
  {
    id: 'dog-by-fence', kind: 'coloured', width: 1024, height: 768, device: 'stylus', pen: { color: '#2a2a2a', size: 4 }, language: 'en',
    prompt: 'a brown dog sitting by a white fence', notDrawn: [], negated: [], colours: [{ word: 'brown', of: 'dog' }, { word: 'white', of: 'fence' }],
    horizon: null, ground: 0.82,
    draw: (c) => {
      const { h } = c;
      c.thing('fence', 'picket fence', () => {
        for (let i = 0; i < 9; i++) {
          const x0 = c.W * (0.06 + i * 0.1);
          const x1 = x0 + c.W * 0.06;
          h.draw([[x0, c.H * 0.8], [x0, c.H * 0.42], [(x0 + x1) / 2, c.H * 0.37], [x1, c.H * 0.42], [x1, c.H * 0.8]]);
        }
        h.draw([c.p(0.03, 0.5), c.p(0.97, 0.5)], { overshoot: 6 });
        h.draw([c.p(0.03, 0.7), c.p(0.97, 0.705)], { overshoot: 6 });
      });
      h.draw([c.p(0.02, 0.82), c.p(0.98, 0.82)], { overshoot: 8 });
      c.thing('dog', 'dog sitting in front of the fence', () => {
        const [x, y] = c.p(0.5, 0.8);
        const u = c.s(0.1);
        const body: Pt[] = curve([[x - u * 1.2, y], [x - u * 1.4, y - u * 0.9], [x - u * 0.6, y - u * 1.9], [x + u * 0.4, y - u * 2.1], [x + u * 0.7,
          y - u * 1.2], [x + u * 0.6, y], [x - u * 1.2, y]], false, 8);
        h.draw(body);
        const head = ellipse([x + u * 0.5, y - u * 2.5], u * 0.65, u * 0.55, h);
        h.draw(head);
        h.draw(curve([[x + u * 0.9, y - u * 2.7], [x + u * 1.5, y - u * 2.55], [x + u * 1.45, y - u * 2.2], [x + u * 1.0, y - u * 2.2]], false, 6));
        h.draw(curve([[x + u * 0.2, y - u * 2.95], [x - u * 0.15, y - u * 2.5], [x - u * 0.05, y - u * 1.95]], false, 6));
        circle(h, [x + u * 0.75, y - u * 2.65], 3, { pace: 0.5 });
        circle(h, [x + u * 1.47, y - u * 2.5], 5, { pace: 0.5 });
        h.draw([[x + u * 0.2, y - u * 1.2], [x + u * 0.25, y]]);
        h.draw([[x + u * 0.5, y - u * 1.2], [x + u * 0.55, y]]);
        h.draw(curve([[x - u * 1.3, y - u * 0.3], [x - u * 1.9, y - u * 0.6], [x - u * 2.1, y - u * 1.2]], false, 6));
        fill(h, body, '#8a5a2b');
        fill(h, head, '#8a5a2b');
      });
      h.pause(1500);
      fill(h, [c.p(0, 0.82), c.p(1, 0.82), c.p(1, 1), c.p(0, 1)], '#5fae4b', 14, 0.2, 12);
    },
  },
  {
    id: 'garden-watering-can', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: '#1e1e1e', size: 5 }, language: 'es',
    prompt: 'un jardín con flores y una regadera', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: 0.86,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.02, 0.86), c.p(0.98, 0.855)], { overshoot: 8 });
      const heads: [Pt, string][] = [];
      for (const [fx, fy, col] of [[0.14, 0.42, '#e0475b'], [0.3, 0.36, '#f2c12e'], [0.46, 0.45, '#b35fd6']] as const) {
        c.thing('flores', 'flower', () => {
          const f = flower(h, c.p(fx, fy), c.s(0.09), c.p(fx + 0.005, 0.86));
          fill(h, f.petals, col, 8);
          heads.push([c.p(fx, fy), col]);
        });
      }
      c.thing('regadera', 'watering can', () => {
        const [x, y] = c.p(0.76, 0.84);
        const u = c.s(0.1);
        const body: Pt[] = [[x - u * 1.2, y], [x - u * 1.1, y - u * 2], [x + u * 1.0, y - u * 2], [x + u * 1.1, y]];
        h.draw([...body, [x - u * 1.2, y + 2]]);
        h.draw(arc([x - u * 0.05, y - u * 2], u * 0.8, u * 0.9, Math.PI, Math.PI * 2));
        h.draw([[x + u * 1.05, y - u * 0.6], [x + u * 2.4, y - u * 2.3]]);
        h.draw([[x + u * 1.05, y - u * 1.1], [x + u * 2.3, y - u * 2.5]]);
        h.draw([[x + u * 2.2, y - u * 2.6], [x + u * 2.65, y - u * 2.15]]);
        for (let i = 0; i < 4; i++) h.draw([[x + u * (2.6 + i * 0.15), y - u * (2.1 - i * 0.05)], [x + u * (2.75 + i * 0.18),
          y - u * (1.5 - i * 0.1)]], { pace: 1.3 });
        fill(h, body, '#3f86c9');
      });
      fill(h, [c.p(0, 0.86), c.p(1, 0.86), c.p(1, 1), c.p(0, 1)], '#6b4a2f', 12, 0.15, 12);
    },
  },
  {
    id: 'ladder-to-door', kind: 'drawing', width: 768, height: 1024, device: 'mouse', pen: { color: '#222222', size: 3 }, language: 'en',
    prompt: 'a ladder going up to a door in the sky, with stars all around', notDrawn: ['stars'], negated: [], colours: [],
    horizon: null, ground: 0.92,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.05, 0.92), c.p(0.95, 0.925)], { overshoot: 6 });
      c.thing('ladder', 'ladder', () => {
        h.draw([c.p(0.34, 0.92), c.p(0.44, 0.34)]);
        h.draw([c.p(0.5, 0.92), c.p(0.56, 0.34)]);
        for (let i = 0; i < 10; i++) {
          const f = (i + 0.5) / 10;
          h.draw([c.p(0.34 + 0.1 * f, 0.92 - 0.58 * f), c.p(0.5 + 0.06 * f, 0.92 - 0.58 * f)], { overshoot: 3, pace: 0.9 });
        }
      });
      c.thing('door', 'door floating in the sky', () => {
        box(h, c.W * 0.4, c.H * 0.06, c.W * 0.64, c.H * 0.32);
        box(h, c.W * 0.43, c.H * 0.09, c.W * 0.61, c.H * 0.18);
        circle(h, c.p(0.6, 0.21), c.s(0.012), { pace: 0.5 });
      });
    },
  },
  {
    id: 'bridge-over-river', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: '#333333', size: 5 }, language: 'de',
    prompt: 'Eine Brücke über einen Fluss, dahinter Berge', notDrawn: [], negated: [], colours: [],
    horizon: 0.36, ground: null, photo: { width: 1080, height: 1350, ink: '#3a3a44', quality: 59 },
    draw: (c) => {
      const { h } = c;
      c.thing('Berge', 'mountains behind', () => {
        h.draw([c.p(0.02, 0.36), c.p(0.2, 0.2), c.p(0.36, 0.31), c.p(0.55, 0.12), c.p(0.75, 0.3), c.p(0.86, 0.22), c.p(0.98, 0.36)]);
      });
      c.thing('Brücke', 'arched bridge over the river', () => {
        h.draw([c.p(0.04, 0.58), c.p(0.96, 0.575)], { overshoot: 5 });
        h.draw([c.p(0.04, 0.54), c.p(0.96, 0.535)], { overshoot: 5 });
        h.draw(arc(c.p(0.5, 0.7), c.W * 0.3, c.H * 0.1, Math.PI, Math.PI * 2));
        for (let i = 0; i < 9; i++) h.draw([c.p(0.08 + i * 0.105, 0.54), c.p(0.08 + i * 0.105, 0.5)], { pace: 0.8 });
        h.draw([c.p(0.06, 0.5), c.p(0.94, 0.498)]);
        h.draw([c.p(0.2, 0.58), c.p(0.2, 0.7)]);
        h.draw([c.p(0.8, 0.58), c.p(0.8, 0.7)]);
      });
      c.thing('Fluss', 'river flowing towards the viewer', () => {
        // The banks stop at the bridge and go on below it: the bridge was drawn first.
        const banks = [[c.p(0.46, 0.36), c.p(0.4, 0.5), c.p(0.28, 0.7), c.p(0.12, 0.98)], [c.p(0.54, 0.36), c.p(0.6, 0.5), c.p(0.74, 0.7), c.p(0.92, 0.98)]];
        for (const bank of banks) {
          const line = curve(bank, false, 10);
          h.draw(line.filter(([, y]) => y <= c.H * 0.49));
          h.draw(line.filter(([, y]) => y >= c.H * 0.59));
        }
        for (const [fx, fy] of [[0.45, 0.8], [0.55, 0.88], [0.5, 0.47]] as const) wave(h, c.W * (fx - 0.08), c.W * (fx + 0.08), c.H * fy, c.s(0.01),
          c.s(0.05), { pace: 0.8 });
      });
    },
  },
  {
    id: 'mountain-path-figure', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: '#1c1c1c', size: 3 }, language: 'en',
    prompt: 'a tall mountain with a path winding up to a tiny figure near the top', notDrawn: [], negated: [], colours: [],
    horizon: 0.86, ground: null,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.02, 0.86), c.p(0.25, 0.86)], { overshoot: 5 });
      h.draw([c.p(0.75, 0.86), c.p(0.98, 0.865)], { overshoot: 5 });
      c.thing('mountain', 'tall mountain', () => {
        h.draw([c.p(0.22, 0.87), c.p(0.4, 0.4), c.p(0.46, 0.2), c.p(0.52, 0.08), c.p(0.58, 0.22), c.p(0.66, 0.42), c.p(0.8, 0.87)]);
        h.draw([c.p(0.47, 0.18), c.p(0.49, 0.22), c.p(0.52, 0.17), c.p(0.55, 0.22), c.p(0.57, 0.19)], { pace: 0.8 });
      });
      c.thing('path', 'path winding up the mountain', () => {
        h.draw(curve([c.p(0.44, 0.88), c.p(0.6, 0.74), c.p(0.42, 0.6), c.p(0.56, 0.46), c.p(0.48, 0.36), c.p(0.52, 0.28)], false, 10));
        h.draw(curve([c.p(0.5, 0.88), c.p(0.64, 0.74), c.p(0.46, 0.6), c.p(0.58, 0.46), c.p(0.5, 0.36), c.p(0.53, 0.28)], false, 10));
      });
      c.thing('figure', 'tiny figure near the top', () => person(h, c.p(0.535, 0.27), c.s(0.09), { pace: 0.6 }));
    },
  },
  {
    id: 'bed-window-moon', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: '#202020', size: 3 }, language: 'es',
    prompt: 'una cama junto a la ventana y la luna afuera', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: 0.85,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.02, 0.85), c.p(0.98, 0.85)], { overshoot: 6 });
      c.thing('ventana', 'window', () => {
        box(h, c.W * 0.52, c.H * 0.1, c.W * 0.88, c.H * 0.5);
        h.draw([c.p(0.7, 0.1), c.p(0.7, 0.5)]);
        h.draw([c.p(0.52, 0.3), c.p(0.88, 0.3)]);
      });
      c.thing('luna', 'crescent moon seen through the window', () => {
        const ctr = c.p(0.79, 0.19);
        const r = c.s(0.055);
        h.draw([...arc(ctr, r, r, Math.PI * 1.5, Math.PI * 0.5), ...curve([[ctr[0], ctr[1] + r], [ctr[0] - r * 0.3, ctr[1]], [ctr[0], ctr[1] - r]],
          false, 8)]);
      });
      c.thing('cama', 'bed', () => {
        box(h, c.W * 0.08, c.H * 0.58, c.W * 0.62, c.H * 0.72);
        h.draw([c.p(0.08, 0.85), c.p(0.08, 0.42)]);
        h.draw([c.p(0.62, 0.72), c.p(0.62, 0.85)]);
        h.draw(ellipse(c.p(0.17, 0.55), c.s(0.08), c.s(0.035), h));
        h.draw(curve([c.p(0.26, 0.58), c.p(0.3, 0.54), c.p(0.6, 0.55), c.p(0.63, 0.6)], false, 8));
      });
    },
  },
  {
    id: 'three-at-dinner', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: '#242424', size: 5 }, language: 'en',
    prompt: 'three people sitting at a round table having dinner, a cat under the table', notDrawn: ['cat'], negated: [], colours: [],
    horizon: null, ground: 0.9,
    draw: (c) => {
      const { h } = c;
      for (const fx of [0.3, 0.5, 0.7]) {
        c.thing('people', 'person at the table', () => {
          const [x] = c.p(fx, 0);
          const r = c.s(0.07);
          const hy = c.H * 0.28;
          circle(h, [x, hy], r);
          h.draw(arc([x, hy + r * 3.2], r * 1.5, r * 2, Math.PI * 1.05, Math.PI * 1.95));
          h.draw([[x - r * 1.45, hy + r * 2.7], [x - r * 1.5, c.H * 0.52]]);
          h.draw([[x + r * 1.45, hy + r * 2.7], [x + r * 1.5, c.H * 0.52]]);
          h.draw([[x - r * 0.35, hy + r * 0.35], [x, hy + r * 0.5], [x + r * 0.35, hy + r * 0.35]], { pace: 0.6 });
        });
      }
      c.thing('table', 'round table', () => {
        h.draw(ellipse(c.p(0.5, 0.56), c.W * 0.34, c.H * 0.07, h));
        h.draw([c.p(0.48, 0.63), c.p(0.48, 0.88)]);
        h.draw([c.p(0.52, 0.63), c.p(0.52, 0.88)]);
        h.draw([c.p(0.4, 0.9), c.p(0.6, 0.9)]);
      });
      for (const fx of [0.33, 0.5, 0.67]) h.draw(ellipse(c.p(fx, 0.56), c.s(0.06), c.s(0.018), h), { pace: 0.8 });
    },
  },
  {
    id: 'tree-with-empty-swing', kind: 'drawing', width: 720, height: 960, device: 'stylus', pen: { color: '#1e1e1e', size: 3 }, language: 'en',
    prompt: 'a big tree with an empty swing, no people', notDrawn: [], negated: ['people'], colours: [],
    horizon: null, ground: 0.9,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.03, 0.9), c.p(0.97, 0.9)], { overshoot: 6 });
      c.thing('tree', 'big tree with a side branch', () => {
        h.draw([c.p(0.24, 0.9), c.p(0.27, 0.38)]);
        h.draw([c.p(0.36, 0.9), c.p(0.33, 0.38)]);
        h.draw([c.p(0.33, 0.46), c.p(0.8, 0.4)]);
        h.draw([c.p(0.33, 0.5), c.p(0.8, 0.44)]);
        bumpy(h, c.p(0.4, 0.24), c.W * 0.36, c.H * 0.17, 8);
      });
      c.thing('swing', 'swing hanging from the branch', () => {
        h.draw([c.p(0.62, 0.425), c.p(0.62, 0.74)]);
        h.draw([c.p(0.76, 0.41), c.p(0.76, 0.74)]);
        box(h, c.W * 0.58, c.H * 0.74, c.W * 0.8, c.H * 0.765);
      });
    },
  },
  {
    id: 'house-in-snow', kind: 'coloured', width: 1024, height: 768, device: 'finger', pen: { color: '#202020', size: 5 }, language: 'de',
    prompt: 'Ein kleines Haus im Schnee mit rotem Dach und zwei Tannen daneben', notDrawn: [], negated: [], colours: [{ word: 'rotem', of: 'Dach' }],
    horizon: null, ground: 0.78,
    draw: (c) => {
      const { h } = c;
      c.thing('Schnee', 'snow lying on the ground', () => {
        h.draw(curve([c.p(0.02, 0.79), c.p(0.2, 0.76), c.p(0.45, 0.79), c.p(0.7, 0.77), c.p(0.98, 0.79)], false, 8));
        h.draw(curve([c.p(0.04, 0.88), c.p(0.25, 0.85), c.p(0.5, 0.88), c.p(0.75, 0.86), c.p(0.96, 0.89)], false, 8), { pace: 1.2 });
      });
      c.thing('Haus', 'small house', () => {
        box(h, c.W * 0.36, c.H * 0.46, c.W * 0.62, c.H * 0.78);
        c.thing('Dach', 'roof', () => {
          const roof: Pt[] = [c.p(0.33, 0.47), c.p(0.49, 0.27), c.p(0.65, 0.47)];
          h.draw([...roof, c.p(0.33, 0.475)]);
          fill(h, roof, '#d2342b', 8);
        });
        box(h, c.W * 0.45, c.H * 0.62, c.W * 0.52, c.H * 0.78);
        box(h, c.W * 0.39, c.H * 0.52, c.W * 0.44, c.H * 0.59);
        box(h, c.W * 0.55, c.H * 0.52, c.W * 0.6, c.H * 0.59);
        box(h, c.W * 0.56, c.H * 0.3, c.W * 0.6, c.H * 0.39);
        h.draw(curve([c.p(0.58, 0.29), c.p(0.6, 0.24), c.p(0.57, 0.2), c.p(0.61, 0.15)], false, 8), { pace: 0.7 });
      });
      for (const fx of [0.16, 0.8]) {
        c.thing('Tannen', 'fir tree', () => {
          fir(h, c.p(fx, 0.78), c.s(0.4));
          fill(h, firOutline(c.p(fx, 0.78), c.s(0.4)), '#2f7d3a', 9);
        });
      }
      h.pause(900);
      for (let i = 0; i < 18; i++) circle(h, c.p(0.05 + ((i * 0.37) % 0.9), 0.06 + ((i * 0.23) % 0.5)), 3, { pace: 0.4 });
    },
  },
  {
    id: 'open-cage-bird', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: '#1f1f1f', size: 3 }, language: 'en',
    prompt: 'a birdcage with its door open and a yellow bird flying out', notDrawn: [], negated: [], colours: [{ word: 'yellow', of: 'bird' }],
    horizon: null, ground: null,
    draw: (c) => {
      const { h } = c;
      c.thing('birdcage', 'bird cage with open door', () => {
        const [cx, top] = c.p(0.38, 0.3);
        const w = c.W * 0.26;
        const base = c.H * 0.82;
        h.draw(arc([cx, top + w * 0.6], w, w * 0.6, Math.PI, Math.PI * 2));
        h.draw(ellipse([cx, base], w, w * 0.14, h));
        for (let i = 0; i <= 8; i++) {
          const x = cx - w + (i / 8) * 2 * w;
          const dy = Math.sqrt(Math.max(0, 1 - ((x - cx) / w) ** 2)) * w * 0.6;
          if (i === 6 || i === 7) continue;
          h.draw([[x, top + w * 0.6 - dy + 3], [x, base]], { pace: 1.1 });
        }
        circle(h, [cx, top - 10], 10, { pace: 0.6 });
        box(h, cx + w * 0.3, base - w * 1.0, cx + w * 0.9, base - w * 0.15);
        const door: Pt[] = [[cx + w * 0.9, base - w * 1.0], [cx + w * 1.45, base - w * 1.2], [cx + w * 1.45, base - w * 0.35], [cx + w * 0.9,
          base - w * 0.15]];
        h.draw([...door, door[0]!]);
        for (const f of [0.33, 0.66]) h.draw([[cx + w * (0.9 + 0.55 * f), base - w * (1.0 + 0.2 * f)], [cx + w * (0.9 + 0.55 * f),
          base - w * (0.15 + 0.2 * f)]], { pace: 0.8 });
      });
      c.thing('bird', 'bird flying out of the cage', () => bird(h, c.p(0.74, 0.3), c.s(0.17), {}, true));
    },
  },
  {
    id: 'arms-open-on-hill', kind: 'photo', width: 1000, height: 1000, device: 'stylus', pen: { color: '#303030', size: 6 }, language: 'en',
    prompt: 'me on top of a green hill with my arms wide open, the sun rising behind me', notDrawn: ['sun'], negated: [], colours: [{ word: 'green',
      of: 'hill' }],
    horizon: 0.62, ground: null, photo: { width: 1000, height: 1000, ink: '#2e3a2a', quality: 63 },
    draw: (c) => {
      const { h } = c;
      c.thing('hill', 'hill', () => {
        h.draw(curve([c.p(0.01, 0.72), c.p(0.25, 0.6), c.p(0.5, 0.55), c.p(0.75, 0.6), c.p(0.99, 0.72)], false, 12));
        for (const [fx, fy] of [[0.3, 0.75], [0.55, 0.7], [0.7, 0.82], [0.2, 0.88]] as const) h.draw([c.p(fx, fy), c.p(fx + 0.01, fy - 0.025),
          c.p(fx + 0.02, fy)], { pace: 0.6 });
      });
      c.thing('me', 'person with arms open on top of the hill', () => {
        const [x, y] = c.p(0.5, 0.555);
        const t = c.s(0.36);
        circle(h, [x, y - t * 0.86], t * 0.13);
        h.draw([[x, y - t * 0.73], [x + 2, y - t * 0.42]]);
        h.draw([[x - t * 0.42, y - t * 0.86], [x - t * 0.2, y - t * 0.68], [x, y - t * 0.64], [x + t * 0.2, y - t * 0.68], [x + t * 0.43, y - t * 0.88]]);
        h.draw([[x, y - t * 0.42], [x - t * 0.14, y]], { overshoot: 4 });
        h.draw([[x + 2, y - t * 0.42], [x + t * 0.14, y + 2]], { overshoot: 4 });
        h.draw(arc([x, y - t * 0.84], t * 0.06, t * 0.04, 0.2, Math.PI - 0.2), { pace: 0.5 });
      });
    },
  },
  {
    id: 'broken-heart', kind: 'coloured', width: 512, height: 512, device: 'finger', pen: { color: '#1a1a1a', size: 5 }, language: 'es',
    prompt: 'un corazón rojo roto en dos', notDrawn: [], negated: [], colours: [{ word: 'rojo', of: 'corazón' }],
    horizon: null, ground: null,
    draw: (c) => {
      const { h } = c;
      c.thing('corazón', 'heart broken into two halves', () => {
        const heart = heartPts(c.p(0.5, 0.5), c.s(0.72));
        const crack: Pt[] = [c.p(0.5, 0.31), c.p(0.46, 0.42), c.p(0.53, 0.5), c.p(0.46, 0.6), c.p(0.52, 0.7), c.p(0.5, 0.79)];
        const left = heart.filter(([x]) => x <= c.W * 0.5).map(([x, y]): Pt => [x - c.s(0.04), y + 4]);
        const right = heart.filter(([x]) => x >= c.W * 0.5).map(([x, y]): Pt => [x + c.s(0.04), y - 4]);
        const crackL = crack.map(([x, y]): Pt => [x - c.s(0.04), y + 4]);
        const crackR = crack.map(([x, y]): Pt => [x + c.s(0.04), y - 4]);
        const lpoly = [...left.slice(left.length / 2 | 0), ...left.slice(0, left.length / 2 | 0)];
        h.draw(lpoly);
        h.draw(crackL);
        h.draw(right);
        h.draw(crackR);
        fill(h, [...right, ...crackR.reverse()], '#d8232f', 8, 0.9);
        fill(h, [...crackL, ...lpoly], '#d8232f', 8, 0.9);
      });
    },
  },
  {
    id: 'butterfly-over-tulips', kind: 'coloured', width: 1080, height: 1080, device: 'mouse', pen: { color: '#222222', size: 4 }, language: 'en',
    prompt: 'a purple butterfly flying over tulips', notDrawn: [], negated: [], colours: [{ word: 'purple', of: 'butterfly' }],
    horizon: null, ground: 0.9,
    draw: (c) => {
      const { h } = c;
      c.thing('butterfly', 'butterfly', () => {
        const [x, y] = c.p(0.5, 0.26);
        const u = c.s(0.08);
        const wings = [ellipse([x - u * 1.1, y - u * 0.6], u * 1.1, u * 0.85, h, { rot: -0.4 }), ellipse([x + u * 1.1, y - u * 0.6], u * 1.1,
          u * 0.85, h, { rot: 0.4 }),
          ellipse([x - u * 0.8, y + u * 0.8], u * 0.75, u * 0.55, h, { rot: 0.5 }), ellipse([x + u * 0.8, y + u * 0.8], u * 0.75, u * 0.55, h,
            { rot: -0.5 })];
        h.draw(ellipse([x, y], u * 0.22, u * 1.4, h));
        for (const w of wings) h.draw(w);
        h.draw(curve([[x - 3, y - u * 1.3], [x - u * 0.3, y - u * 2], [x - u * 0.6, y - u * 2.3]], false, 6), { pace: 0.6 });
        h.draw(curve([[x + 3, y - u * 1.3], [x + u * 0.3, y - u * 2], [x + u * 0.6, y - u * 2.3]], false, 6), { pace: 0.6 });
        for (const w of wings) fill(h, w, '#8e44c9', 8);
      });
      h.draw([c.p(0.03, 0.9), c.p(0.97, 0.9)], { overshoot: 6 });
      for (const [fx, fy, col] of [[0.16, 0.6, '#e23b3b'], [0.38, 0.66, '#f0a020'], [0.62, 0.58, '#e85aa0'], [0.84, 0.64, '#e23b3b']] as const) {
        c.thing('tulips', 'tulip', () => {
          const cup = tulip(h, c.p(fx, fy), c.s(0.06), c.p(fx + 0.005, 0.9));
          fill(h, cup, col, 7);
        });
      }
    },
  },
  {
    id: 'goldfish-bowl-shelf', kind: 'drawing', width: 512, height: 512, device: 'mouse', pen: { color: '#1b1b1b', size: 3 }, language: 'de',
    prompt: 'Ein Goldfisch allein in einem runden Glas auf einem Regal', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: 0.72,
    draw: (c) => {
      const { h } = c;
      c.thing('Regal', 'shelf', () => {
        box(h, c.W * 0.06, c.H * 0.72, c.W * 0.94, c.H * 0.77);
        h.draw([c.p(0.15, 0.77), c.p(0.2, 0.86), c.p(0.2, 0.77)]);
        h.draw([c.p(0.85, 0.77), c.p(0.8, 0.86), c.p(0.8, 0.77)]);
      });
      c.thing('Glas', 'round fish bowl', () => {
        const ctr = c.p(0.5, 0.46);
        const r = c.s(0.25);
        h.draw(arc(ctr, r, r, -Math.PI * 0.3, Math.PI * 1.3));
        h.draw(ellipse([ctr[0], ctr[1] - r * 0.81], r * 0.6, r * 0.1, h));
        wave(h, ctr[0] - r * 0.88, ctr[0] + r * 0.88, ctr[1] - r * 0.45, 3, r * 0.4, { pace: 0.8 });
      });
      c.thing('Goldfisch', 'goldfish', () => {
        const [x, y] = c.p(0.48, 0.5);
        const l = c.s(0.1);
        h.draw(ellipse([x, y], l, l * 0.55, h));
        h.draw([[x - l * 0.9, y], [x - l * 1.6, y - l * 0.55], [x - l * 1.55, y + l * 0.5], [x - l * 0.9, y + 2]]);
        circle(h, [x + l * 0.5, y - l * 0.12], 3, { pace: 0.5 });
        for (let i = 0; i < 3; i++) circle(h, [x + l * (1.3 + i * 0.2), y - l * (0.6 + i * 0.5)], 4 + i * 2, { pace: 0.6 });
      });
    },
  },
  {
    id: 'candle-on-table', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: '#2a2a2a', size: 6 }, language: 'en',
    prompt: 'a single candle burning on a small table in a dark room', notDrawn: [], negated: [], colours: [],
    horizon: null, ground: null, photo: { width: 960, height: 1280, ink: '#262030', quality: 58 },
    draw: (c) => {
      const { h } = c;
      c.thing('table', 'small table', () => {
        box(h, c.W * 0.18, c.H * 0.6, c.W * 0.82, c.H * 0.64);
        h.draw([c.p(0.24, 0.64), c.p(0.22, 0.92)]);
        h.draw([c.p(0.76, 0.64), c.p(0.78, 0.92)]);
      });
      c.thing('candle', 'burning candle', () => {
        box(h, c.W * 0.44, c.H * 0.38, c.W * 0.56, c.H * 0.6);
        h.draw(curve([c.p(0.44, 0.39), c.p(0.46, 0.41), c.p(0.47, 0.44)], false, 4), { pace: 0.6 });
        h.draw([c.p(0.5, 0.38), c.p(0.5, 0.35)], { pace: 0.5 });
        h.draw(curve([c.p(0.5, 0.35), c.p(0.47, 0.32), c.p(0.48, 0.27), c.p(0.5, 0.22), c.p(0.53, 0.27), c.p(0.53, 0.32), c.p(0.5, 0.35)], false, 6),
          { pace: 0.6 });
        for (let i = 0; i < 8; i++) {
          const a = (i / 8) * Math.PI * 2;
          const [x, y] = c.p(0.5, 0.29);
          h.draw([[x + Math.cos(a) * c.s(0.1), y + Math.sin(a) * c.s(0.1)], [x + Math.cos(a) * c.s(0.15), y + Math.sin(a) * c.s(0.15)]], { pace: 0.8 });
        }
      });
    },
  },
  {
    id: 'hot-air-balloons', kind: 'drawing', width: 1366, height: 768, device: 'finger', pen: { color: '#202020', size: 5 }, language: 'de',
    prompt: 'Drei Heißluftballons über einem Feld, daneben fliegen Vögel', notDrawn: ['Vögel'], negated: [], colours: [],
    horizon: 0.78, ground: null,
    draw: (c) => {
      const { h } = c;
      c.thing('Feld', 'field with furrows', () => {
        h.draw([c.p(0.01, 0.78), c.p(0.99, 0.775)], { overshoot: 8 });
        for (let i = -4; i <= 4; i++) h.draw([c.p(0.5 + i * 0.04, 0.79), c.p(0.5 + i * 0.16, 0.99)], { pace: 1.2 });
      });
      for (const [fx, fy, k] of [[0.22, 0.3, 1], [0.52, 0.2, 0.8], [0.78, 0.4, 0.65]] as const) {
        c.thing('Heißluftballons', 'hot air balloon', () => {
          const [x, y] = c.p(fx, fy);
          const r = c.s(0.13) * k;
          h.draw(curve([[x - r * 0.35, y + r * 1.25], [x - r * 0.9, y + r * 0.5], [x - r, y - r * 0.2], [x - r * 0.5, y - r * 0.9], [x, y - r],
            [x + r * 0.5, y - r * 0.9], [x + r, y - r * 0.2], [x + r * 0.9, y + r * 0.5], [x + r * 0.35, y + r * 1.25]], false, 8));
          h.draw([[x - r * 0.35, y + r * 1.25], [x + r * 0.35, y + r * 1.25]], { pace: 0.7 });
          h.draw(curve([[x, y - r], [x - r * 0.35, y], [x - r * 0.2, y + r * 1.2]], false, 6), { pace: 0.8 });
          h.draw(curve([[x, y - r], [x + r * 0.35, y], [x + r * 0.2, y + r * 1.2]], false, 6), { pace: 0.8 });
          h.draw([[x - r * 0.33, y + r * 1.25], [x - r * 0.25, y + r * 1.6]], { pace: 0.6 });
          h.draw([[x + r * 0.33, y + r * 1.25], [x + r * 0.25, y + r * 1.6]], { pace: 0.6 });
          box(h, x - r * 0.28, y + r * 1.6, x + r * 0.28, y + r * 1.95);
        });
      }
    },
  },
  {
    id: 'red-car-to-mountains', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: '#1d1d1d', size: 3 }, language: 'en',
    prompt: 'a red car driving on a road towards the mountains', notDrawn: [], negated: [], colours: [{ word: 'red', of: 'car' }],
    horizon: 0.45, ground: null,
    draw: (c) => {
      const { h } = c;
      c.thing('mountains', 'mountains at the horizon', () => {
        h.draw([c.p(0.01, 0.45), c.p(0.14, 0.24), c.p(0.26, 0.38), c.p(0.4, 0.16), c.p(0.56, 0.4), c.p(0.7, 0.22), c.p(0.84, 0.36), c.p(0.92, 0.28),
          c.p(0.99, 0.45)]);
      });
      c.thing('road', 'road going into the distance', () => {
        h.draw([c.p(0.2, 0.99), c.p(0.48, 0.46)]);
        h.draw([c.p(0.82, 0.99), c.p(0.52, 0.46)]);
        for (let i = 0; i < 4; i++) {
          const f = 0.15 + i * 0.22;
          h.draw([c.p(0.5 + 0.01 * f, 0.47 + 0.52 * f), c.p(0.5 + 0.01 * (f + 0.08), 0.47 + 0.52 * (f + 0.08))], { pace: 0.8 });
        }
      });
      c.thing('car', 'car on the road', () => {
        const [x, y] = c.p(0.47, 0.84);
        const u = c.s(0.1);
        h.draw([[x - u * 1.4, y], [x - u * 1.4, y - u * 0.6], [x - u * 0.7, y - u * 0.65], [x - u * 0.45, y - u * 1.15], [x + u * 0.5, y - u * 1.15],
          [x + u * 0.8, y - u * 0.65], [x + u * 1.4, y - u * 0.6], [x + u * 1.45, y], [x - u * 1.4, y]]);
        h.draw([[x - u * 0.3, y - u * 1.05], [x + u * 0.0, y - u * 0.7], [x + u * 0.4, y - u * 0.7], [x + u * 0.4, y - u * 1.05]], { pace: 0.7 });
        circle(h, [x - u * 0.85, y + 2], u * 0.3);
        circle(h, [x + u * 0.85, y + 2], u * 0.3);
      });
      c.thing(null, 'tree beside the road (not named in the prompt)', () => tree(h, c.p(0.88, 0.7), c.s(0.42)));
    },
  },
  {
    id: 'tent-and-campfire', kind: 'drawing', width: 1200, height: 600, device: 'stylus', pen: { color: '#222222', size: 3 }, language: 'en',
    prompt: 'a tent and a campfire at night, an owl watching', notDrawn: ['owl'], negated: [], colours: [],
    horizon: null, ground: 0.82,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.02, 0.82), c.p(0.98, 0.825)], { overshoot: 6 });
      c.thing('tent', 'tent', () => {
        h.draw([c.p(0.12, 0.82), c.p(0.3, 0.3), c.p(0.48, 0.82)]);
        h.draw([c.p(0.3, 0.3), c.p(0.25, 0.82)], { pace: 0.8 });
        h.draw([c.p(0.3, 0.3), c.p(0.35, 0.82)], { pace: 0.8 });
        h.draw([c.p(0.3, 0.3), c.p(0.28, 0.24)], { pace: 0.6 });
      });
      c.thing('campfire', 'campfire', () => {
        const [x, y] = c.p(0.7, 0.8);
        const u = c.s(0.15);
        h.draw([[x - u * 1.1, y + u * 0.1], [x + u * 1.1, y - u * 0.35]]);
        h.draw([[x - u * 1.1, y - u * 0.35], [x + u * 1.1, y + u * 0.1]]);
        h.draw(curve([[x - u * 0.7, y - u * 0.2], [x - u * 0.6, y - u * 1.0], [x - u * 0.3, y - u * 0.7], [x, y - u * 1.7], [x + u * 0.3,
          y - u * 0.8], [x + u * 0.6, y - u * 1.2], [x + u * 0.7, y - u * 0.2]], false, 6));
        h.draw(curve([[x - u * 0.25, y - u * 0.25], [x - u * 0.1, y - u * 0.8], [x + u * 0.2, y - u * 0.3]], false, 6), { pace: 0.7 });
        for (const [dx, dy] of [[-0.2, -2.2], [0.3, -2.5], [0.1, -2.9]] as const) circle(h, [x + u * dx, y + u * dy], 3, { pace: 0.4 });
      });
    },
  },
  {
    id: 'pier-on-quiet-lake', kind: 'photo', width: 1000, height: 700, device: 'mouse', pen: { color: '#2c2c2c', size: 6 }, language: 'es',
    prompt: 'un muelle de madera en un lago tranquilo, sin barcos', notDrawn: [], negated: ['barcos'], colours: [],
    horizon: 0.4, ground: null, photo: { width: 1366, height: 768, ink: '#30333a', quality: 64 },
    draw: (c) => {
      const { h } = c;
      c.thing('lago', 'lake (far shore and ripples)', () => {
        h.draw(curve([c.p(0.01, 0.4), c.p(0.2, 0.34), c.p(0.4, 0.38), c.p(0.62, 0.33), c.p(0.8, 0.37), c.p(0.99, 0.4)], false, 8));
        h.draw([c.p(0.01, 0.41), c.p(0.99, 0.412)], { overshoot: 5 });
        for (const [fx, fy] of [[0.12, 0.55], [0.2, 0.75], [0.8, 0.6], [0.85, 0.82], [0.7, 0.48], [0.25, 0.47]] as const) h.draw([c.p(fx, fy),
          c.p(fx + 0.07, fy)], { pace: 0.8 });
      });
      c.thing('muelle', 'wooden pier going into the lake', () => {
        h.draw([c.p(0.3, 0.99), c.p(0.45, 0.5)]);
        h.draw([c.p(0.7, 0.99), c.p(0.55, 0.5)]);
        h.draw([c.p(0.45, 0.5), c.p(0.55, 0.5)]);
        for (let i = 1; i < 9; i++) {
          const f = i / 9;
          const y = 0.5 + 0.49 * f * f;
          const half = 0.05 + 0.15 * f * f;
          h.draw([c.p(0.5 - half, y), c.p(0.5 + half, y)], { pace: 0.9 });
        }
        for (const [fx, fy, l] of [[0.34, 0.86, 0.1], [0.66, 0.86, 0.1], [0.42, 0.6, 0.05], [0.58, 0.6, 0.05]] as const) h.draw([c.p(fx, fy), c.p(fx,
          fy + l)], { pace: 0.8 });
      });
    },
  },
  {
    id: 'cat-asleep-on-chair', kind: 'drawing', width: 895, height: 720, device: 'finger', pen: { color: '#1f1f1f', size: 5 }, language: 'es',
    prompt: 'un gato dormido en una silla junto a la chimenea', notDrawn: ['chimenea'], negated: [], colours: [],
    horizon: null, ground: 0.9,
    draw: (c) => {
      const { h } = c;
      h.draw([c.p(0.02, 0.9), c.p(0.98, 0.9)], { overshoot: 6 });
      c.thing('silla', 'chair', () => {
        h.draw([c.p(0.3, 0.9), c.p(0.3, 0.12)]);
        h.draw([c.p(0.36, 0.56), c.p(0.36, 0.12)]);
        h.draw([c.p(0.28, 0.12), c.p(0.38, 0.12)], { overshoot: 3 });
        for (const fy of [0.24, 0.36, 0.48]) h.draw([c.p(0.3, fy), c.p(0.36, fy)], { pace: 0.6 });
        box(h, c.W * 0.3, c.H * 0.56, c.W * 0.72, c.H * 0.61);
        h.draw([c.p(0.7, 0.61), c.p(0.7, 0.9)]);
        h.draw([c.p(0.36, 0.61), c.p(0.36, 0.9)]);
      });
      c.thing('gato', 'cat curled up asleep on the seat', () => {
        const [x, y] = c.p(0.53, 0.55);
        const u = c.s(0.1);
        h.draw(curve([[x - u * 1.3, y], [x - u * 1.2, y - u * 0.8], [x - u * 0.2, y - u * 1.15], [x + u * 0.9, y - u * 0.9], [x + u * 1.3,
          y - u * 0.2], [x + u * 1.2, y], [x - u * 1.3, y]], false, 8));
        circle(h, [x + u * 0.9, y - u * 0.45], u * 0.42);
        h.draw([[x + u * 0.62, y - u * 0.72], [x + u * 0.72, y - u * 1.15], [x + u * 0.92, y - u * 0.86]]);
        h.draw([[x + u * 0.98, y - u * 0.86], [x + u * 1.22, y - u * 1.1], [x + u * 1.26, y - u * 0.66]]);
        h.draw(arc([x + u * 0.8, y - u * 0.45], u * 0.1, u * 0.05, 0, Math.PI), { pace: 0.4 });
        h.draw(arc([x + u * 1.08, y - u * 0.45], u * 0.1, u * 0.05, 0, Math.PI), { pace: 0.4 });
        h.draw(curve([[x - u * 1.3, y - u * 0.1], [x - u * 1.0, y + u * 0.1], [x, y + u * 0.05], [x + u * 0.5, y - u * 0.15]], false, 8));
      });
      h.pause(800);
      for (const [fx, fy, k] of [[0.66, 0.36, 1], [0.72, 0.28, 1.4], [0.8, 0.18, 1.8]] as const) {
        const z = c.s(0.025) * k;
        const [x, y] = c.p(fx, fy);
        h.draw([[x, y], [x + z, y], [x, y + z], [x + z, y + z]], { pace: 0.5 });
      }
    },
  },
];
