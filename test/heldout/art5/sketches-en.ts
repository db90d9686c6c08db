/**
 * The fifth held-out set's English sketches: each the shapes a person puts down, in drawing order
 * (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * SEALED: see README.md — engine work never opens this file.
 */
import type { Sketch, U } from '../art3/draw.ts';
import { STAND, figure, fill, frame, line, loop, oval, ring, shape, smooth } from '../art3/draw.ts';
import { HAND_UP, JUMP, SIT_FRONT, SIT_SIDE, cup, note, palm, star } from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const EN: readonly Sketch[] = [
  {
    id: 'hammock-between-two-palms', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'my safe place: a hammock between two palms, a coconut in the sand and a parrot', notDrawn: ['parrot'], negated: [], colours: [],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      smooth(c, f, [[0, 0.9], [0.5, 0.88], [1.0, 0.91], [1.778, 0.89]], { overshoot: 6 });
      c.thing('palms', 'palm on the left', () => palm(c, frame(c, 0.19, 0.9, 0.66), -0.1));
      c.thing('palms', 'palm on the right', () => palm(c, frame(c, 0.81, 0.9, 0.7), 0.12));
      c.thing('hammock', 'hammock hanging between the trunks', () => {
        line(c, f, [[0.34, 0.52], [0.48, 0.6]]);
        line(c, f, [[1.46, 0.5], [1.3, 0.6]]);
        smooth(c, f, [[0.48, 0.6], [0.7, 0.7], [0.9, 0.72], [1.1, 0.7], [1.3, 0.6]]);
        smooth(c, f, [[0.48, 0.6], [0.7, 0.76], [0.9, 0.79], [1.1, 0.76], [1.3, 0.6]]);
        for (const x of [0.62, 0.78, 0.94, 1.1]) line(c, f, [[x, 0.69 + (x === 0.62 || x === 1.1 ? -0.02 : 0)], [x + 0.02, 0.76]], { pace: 1.2 });
      });
      c.thing('coconut', 'coconut lying in the sand', () => {
        oval(c, f, 0.95, 0.86, 0.05, 0.045);
        for (const [x, y] of [[0.935, 0.845], [0.965, 0.845], [0.95, 0.87]] as const) line(c, f, [[x, y], [x + 0.003, y + 0.003]], { pace: 0.3 });
      });
    },
  },
  {
    id: 'grandpa-reads-to-me-on-lap', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'my grandpa reading a book to me, I sit on his lap', ...none, horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 6 });
      c.thing(null, 'wooden chair behind grandpa', () => {
        line(c, f, [[0.36, 0.92], [0.36, 0.2], [0.84, 0.2], [0.84, 0.92]]);
        line(c, f, [[0.3, 0.66], [0.9, 0.66]]);
      });
      c.thing('grandpa', 'grandpa sitting with glasses and a beard', () => {
        const g = frame(c, 0.55 / 1.333, 0.66, 0.62);
        figure(c, g, { ...SIT_FRONT, arms: [[[-0.15, -0.22], [0.0, -0.12]], [[0.15, -0.26], [0.36, -0.24]]] });
        for (const x of [-0.035, 0.035]) oval(c, g, x, -0.535, 0.03, 0.025, { pace: 0.5 });
        smooth(c, g, [[-0.07, -0.48], [-0.05, -0.4], [0, -0.37], [0.05, -0.4], [0.07, -0.48]]);
        smooth(c, g, [[-0.085, -0.56], [-0.05, -0.62], [0, -0.615], [0.05, -0.62], [0.085, -0.56]], { pace: 0.6 });
      });
      c.thing('me', 'little girl sitting on his lap', () => {
        const g = frame(c, 0.72 / 1.333, 0.66, 0.4);
        figure(c, g, { ...SIT_FRONT, arms: [[[-0.14, -0.24], [0.02, -0.28]], [[0.15, -0.24], [0.3, -0.3]]] }, { hair: 'long', face: 'smile', dress: true });
      });
      c.thing('book', 'open book held out between them', () => {
        shape(c, f, [[0.76, 0.46], [0.84, 0.5], [0.92, 0.46], [0.92, 0.58], [0.84, 0.62], [0.76, 0.58]]);
        line(c, f, [[0.84, 0.5], [0.84, 0.62]], { pace: 0.8 });
        for (const y of [0.51, 0.54]) {
          line(c, f, [[0.775, y], [0.825, y + 0.015]], { pace: 1.2 });
          line(c, f, [[0.855, y + 0.015], [0.905, y]], { pace: 1.2 });
        }
      });
    },
  },
  {
    id: 'monster-under-my-bed', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a monster hiding under my bed with big round eyes, no teddy', notDrawn: [], negated: ['teddy'], colours: [], horizon: null, ground: 0.88,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.88], [1.333, 0.88]], { overshoot: 6 });
      c.thing('bed', 'bed seen from the side', () => {
        line(c, f, [[0.16, 0.88], [0.16, 0.2]]);
        smooth(c, f, [[0.16, 0.22], [0.2, 0.16], [0.24, 0.22]], { pace: 0.7 });
        line(c, f, [[0.24, 0.22], [0.24, 0.88]]);
        shape(c, f, [[0.24, 0.42], [1.1, 0.42], [1.1, 0.54], [0.24, 0.54]]);
        line(c, f, [[1.1, 0.34], [1.16, 0.34], [1.16, 0.88]]);
        line(c, f, [[1.1, 0.34], [1.1, 0.88]]);
        loop(c, f, [[0.28, 0.41], [0.3, 0.33], [0.44, 0.32], [0.46, 0.4]]);
        smooth(c, f, [[0.52, 0.42], [0.56, 0.34], [0.8, 0.32], [1.06, 0.36], [1.08, 0.42]]);
      });
      c.thing('monster', 'monster peeking out from under the bed', () => {
        smooth(c, f, [[0.4, 0.88], [0.42, 0.66], [0.5, 0.58], [0.64, 0.56], [0.78, 0.58], [0.86, 0.66], [0.9, 0.88]]);
        for (const x of [0.56, 0.74]) {
          oval(c, f, x, 0.67, 0.055, 0.055);
          oval(c, f, x + 0.01, 0.68, 0.018, 0.022, { pace: 0.4 });
        }
        line(c, f, [[0.55, 0.8], [0.59, 0.76], [0.63, 0.8], [0.67, 0.76], [0.71, 0.8], [0.75, 0.76], [0.78, 0.8]], { pace: 0.8 });
        for (const [x, d] of [[0.45, -1], [0.86, 1]] as const) line(c, f, [[x, 0.64], [x + d * 0.04, 0.58], [x + d * 0.02, 0.66]], { pace: 0.7 });
      });
      c.thing(null, 'slipper on the floor by the bed', () => {
        loop(c, f, [[1.2, 0.87], [1.21, 0.83], [1.27, 0.82], [1.31, 0.85], [1.3, 0.88]]);
        smooth(c, f, [[1.24, 0.83], [1.25, 0.86], [1.28, 0.86]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'listening-ear-zipped-mouth', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a big ear that listens and a mouth with a zip across it', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('ear', 'big ear', () => {
        smooth(c, f, [[0.3, 0.6], [0.2, 0.52], [0.13, 0.32], [0.18, 0.12], [0.33, 0.05], [0.48, 0.1], [0.53, 0.26], [0.46, 0.4], [0.4, 0.48], [0.38,
          0.58], [0.3, 0.62]]);
        smooth(c, f, [[0.24, 0.32], [0.27, 0.17], [0.37, 0.14], [0.44, 0.22], [0.38, 0.31], [0.33, 0.33], [0.34, 0.42]]);
        smooth(c, f, [[0.27, 0.45], [0.3, 0.4], [0.3, 0.5]], { pace: 0.6 });
        for (const [a, b] of [[[0.58, 0.12], [0.64, 0.09]], [[0.6, 0.22], [0.68, 0.22]], [[0.58, 0.32], [0.64, 0.35]]] as const) line(c, f, [a, b],
          { pace: 0.6 });
      });
      c.thing('mouth', 'closed mouth', () => {
        smooth(c, f, [[0.36, 0.76], [0.46, 0.68], [0.56, 0.7], [0.62, 0.67], [0.72, 0.69], [0.84, 0.76]]);
        smooth(c, f, [[0.36, 0.76], [0.5, 0.87], [0.7, 0.87], [0.84, 0.76]]);
      });
      c.thing('zip', 'zip across the lips with its pull', () => {
        line(c, f, [[0.34, 0.765], [0.86, 0.765]]);
        for (let i = 0; i < 9; i++) {
          const x = 0.39 + i * 0.05;
          line(c, f, [[x, 0.745], [x, 0.785]], { pace: 0.4 });
        }
        shape(c, f, [[0.86, 0.75], [0.93, 0.75], [0.93, 0.8], [0.86, 0.8]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'green-frog-catching-fly', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a green frog on a lily pad catching a fly with its tongue', notDrawn: [], negated: [],
    colours: [{ word: 'green', of: 'frog' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const pad: U[] = [[0.9, 0.82], [0.55, 0.9], [0.45, 0.82], [0.55, 0.73], [0.9, 0.7], [1.25, 0.73], [1.36, 0.8], [1.25, 0.89]];
      c.thing('pad', 'lily pad on the water', () => {
        line(c, f, [[0.9, 0.82], ...pad.slice(1), [0.98, 0.8], [0.9, 0.82]]);
        smooth(c, f, [[0.3, 0.93], [0.4, 0.95], [0.5, 0.93]], { pace: 0.7 });
        smooth(c, f, [[1.4, 0.94], [1.5, 0.96], [1.6, 0.94]], { pace: 0.7 });
      });
      const body = ring(0.9, 0.6, 0.2, 0.14);
      c.thing('frog', 'frog sitting on the pad with its tongue out', () => {
        loop(c, f, body);
        for (const x of [0.8, 1.0]) {
          oval(c, f, x, 0.45, 0.06, 0.06);
          oval(c, f, x, 0.45, 0.02, 0.025, { pace: 0.4 });
        }
        smooth(c, f, [[0.78, 0.58], [0.9, 0.63], [1.02, 0.58]], { pace: 0.7 });
        for (const s of [-1, 1]) {
          smooth(c, f, [[0.9 + s * 0.18, 0.66], [0.9 + s * 0.3, 0.62], [0.9 + s * 0.27, 0.74], [0.9 + s * 0.18, 0.74]]);
          line(c, f, [[0.9 + s * 0.08, 0.7], [0.9 + s * 0.1, 0.76]], { pace: 0.7 });
        }
        smooth(c, f, [[1.0, 0.6], [1.2, 0.52], [1.38, 0.4], [1.5, 0.33]]);
      });
      c.thing('fly', 'fly caught on the tongue tip', () => {
        oval(c, f, 1.55, 0.3, 0.035, 0.022);
        loop(c, f, [[1.54, 0.285], [1.5, 0.22], [1.55, 0.21], [1.56, 0.28]]);
        loop(c, f, [[1.57, 0.285], [1.6, 0.21], [1.64, 0.23], [1.58, 0.29]]);
      });
      c.thing(null, 'bulrush at the left edge', () => {
        line(c, f, [[0.12, 1.0], [0.14, 0.2]]);
        oval(c, f, 0.14, 0.28, 0.03, 0.09);
        smooth(c, f, [[0.12, 0.98], [0.06, 0.7], [0.02, 0.5]], { pace: 0.8 });
      });
      c.h.pause(2000);
      fill(c, f, body, '#4aa23a', { angle: 0.3 });
      fill(c, f, ring(0.8, 0.45, 0.05, 0.05), '#4aa23a', { opacity: 0.6 });
      fill(c, f, ring(1.0, 0.45, 0.05, 0.05), '#4aa23a', { opacity: 0.6 });
      fill(c, f, pad, '#2d6b2a', { angle: -0.4, opacity: 0.45 });
      fill(c, f, ring(0.14, 0.28, 0.025, 0.08), '#7a4a1e', { opacity: 0.8 });
    },
  },
  {
    id: 'tornado-towards-barn', kind: 'photo', width: 1000, height: 750, device: 'mouse', pen: { color: INK, size: 9 }, language: 'en',
    prompt: 'a tornado spinning across the field towards a barn, a cow running away', notDrawn: ['cow'], negated: [], colours: [],
    horizon: 0.6, ground: null, photo: { width: 1280, height: 960, ink: '#2a2826', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('field', 'ploughed field up to the horizon', () => {
        line(c, f, [[0, 0.6], [1.333, 0.6]], { overshoot: 6 });
        for (const [a, b] of [[0.1, -0.3], [0.45, 0.15], [0.8, 0.75], [1.15, 1.4]] as const) line(c, f, [[a + (b - a) * 0.05, 0.62], [b, 1.0]], { pace: 1.3 });
      });
      c.thing('tornado', 'tornado funnel from a dark cloud', () => {
        smooth(c, f, [[0.08, 0.14], [0.18, 0.05], [0.4, 0.04], [0.62, 0.06], [0.78, 0.13]]);
        const rows: [number, number, number][] = [[0.43, 0.16, 0.26], [0.45, 0.26, 0.2], [0.47, 0.36, 0.14], [0.5, 0.46, 0.09], [0.54, 0.55, 0.05]];
        for (const [x, y, w] of rows) smooth(c, f, [[x - w, y - 0.02], [x - w * 0.3, y + 0.02], [x + w * 0.5, y + 0.01], [x + w, y - 0.03]]);
        smooth(c, f, [[0.17, 0.14], [0.3, 0.3], [0.43, 0.46], [0.54, 0.6]]);
        smooth(c, f, [[0.69, 0.13], [0.63, 0.3], [0.58, 0.46], [0.56, 0.6]]);
        for (const [x, y] of [[0.45, 0.62], [0.62, 0.6], [0.66, 0.55]] as const) line(c, f, [[x, y], [x + 0.015, y - 0.01]], { pace: 0.4 });
      });
      c.thing('barn', 'barn with a big door', () => {
        shape(c, f, [[0.9, 0.66], [0.9, 0.44], [1.0, 0.33], [1.12, 0.29], [1.24, 0.33], [1.34, 0.44], [1.34, 0.66]]);
        shape(c, f, [[1.02, 0.66], [1.02, 0.5], [1.22, 0.5], [1.22, 0.66]], { pace: 0.9 });
        line(c, f, [[1.02, 0.5], [1.22, 0.66]], { pace: 0.9 });
        line(c, f, [[1.22, 0.5], [1.02, 0.66]], { pace: 0.9 });
        shape(c, f, [[1.08, 0.38], [1.16, 0.38], [1.16, 0.44], [1.08, 0.44]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'teapot-two-cups-on-tray', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'a teapot and two cups on a tray, steam rising from the pot', ...none,
    horizon: null, ground: null, photo: { width: 1080, height: 1350, ink: '#2d2a28', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('tray', 'oval tray with handles', () => {
        oval(c, f, 0.5, 1.1, 0.44, 0.17);
        oval(c, f, 0.5, 1.1, 0.39, 0.13, { pace: 1.2 });
        smooth(c, f, [[0.04, 1.06], [0.0, 1.1], [0.04, 1.14]], { pace: 0.7 });
        smooth(c, f, [[0.96, 1.06], [1.0, 1.1], [0.96, 1.14]], { pace: 0.7 });
      });
      c.thing('teapot', 'round teapot with spout, lid and handle', () => {
        loop(c, f, [[0.42, 0.7], [0.6, 0.74], [0.64, 0.86], [0.58, 0.98], [0.42, 1.01], [0.26, 0.98], [0.2, 0.86], [0.24, 0.74]]);
        smooth(c, f, [[0.3, 0.71], [0.34, 0.64], [0.5, 0.64], [0.54, 0.71]]);
        oval(c, f, 0.42, 0.61, 0.03, 0.025, { pace: 0.5 });
        smooth(c, f, [[0.22, 0.9], [0.12, 0.82], [0.07, 0.72], [0.05, 0.7]]);
        smooth(c, f, [[0.23, 0.83], [0.14, 0.77], [0.1, 0.7]]);
        smooth(c, f, [[0.62, 0.78], [0.74, 0.76], [0.76, 0.88], [0.62, 0.94]]);
      });
      c.thing('steam', 'steam rising from the teapot', () => {
        for (const x of [0.05, 0.13]) smooth(c, f, [[x, 0.64], [x - 0.03, 0.56], [x + 0.02, 0.48], [x - 0.02, 0.4], [x + 0.01, 0.33]], { pace: 0.8 });
        smooth(c, f, [[0.42, 0.56], [0.39, 0.48], [0.44, 0.4], [0.4, 0.32]], { pace: 0.8 });
      });
      c.thing('cups', 'cup on the right', () => cup(c, f, 0.8, 1.06, 0.16));
      c.thing('cups', 'cup at the front', () => cup(c, f, 0.55, 1.2, 0.16));
    },
  },
  {
    id: 'rocket-past-ringed-planet', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a rocket flying past a planet with a ring, and three stars', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('planet', 'planet with a ring round it', () => {
        oval(c, f, 0.68, 0.34, 0.17, 0.17);
        smooth(c, f, [[0.52, 0.37], [0.4, 0.44], [0.46, 0.48], [0.68, 0.42], [0.9, 0.32], [0.98, 0.24], [0.9, 0.22], [0.84, 0.24]]);
        smooth(c, f, [[0.6, 0.24], [0.68, 0.22], [0.76, 0.26]], { pace: 0.6 });
      });
      c.thing('rocket', 'rocket flying up to the right', () => {
        const g = frame(c, 0.36, 0.72, 0.5, { rot: 0.55 });
        shape(c, g, [[-0.1, 0.3], [-0.1, -0.25], [0, -0.45], [0.1, -0.25], [0.1, 0.3]]);
        oval(c, g, 0, -0.1, 0.05, 0.05);
        line(c, g, [[-0.1, -0.25], [0.1, -0.25]], { pace: 0.8 });
        shape(c, g, [[-0.1, 0.1], [-0.2, 0.32], [-0.1, 0.3]]);
        shape(c, g, [[0.1, 0.1], [0.2, 0.32], [0.1, 0.3]]);
        line(c, g, [[-0.07, 0.3], [-0.05, 0.42], [0, 0.36], [0.04, 0.46], [0.07, 0.3]], { pace: 0.7 });
      });
      for (const [x, y, r] of [[0.16, 0.18, 0.06], [0.82, 0.86, 0.07], [0.62, 1.22, 0.05]] as const) c.thing('stars', 'star', () => star(c, f, x, y, r));
    },
  },
  {
    id: 'ice-cream-two-pink-scoops', kind: 'coloured', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'an ice cream cone with two pink scoops and a cherry on top, a wasp buzzing round it', notDrawn: ['wasp'], negated: [],
    colours: [{ word: 'pink', of: 'scoops' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const coneP: U[] = [[0.28, 0.74], [0.72, 0.74], [0.5, 1.26]];
      c.thing('cone', 'waffle cone', () => {
        shape(c, f, coneP);
        line(c, f, [[0.36, 0.74], [0.6, 1.02]], { pace: 1.2 });
        line(c, f, [[0.5, 0.74], [0.65, 0.9]], { pace: 1.2 });
        line(c, f, [[0.64, 0.74], [0.4, 1.02]], { pace: 1.2 });
        line(c, f, [[0.5, 0.74], [0.35, 0.9]], { pace: 1.2 });
      });
      const low: U[] = [[0.26, 0.74], [0.24, 0.6], [0.34, 0.47], [0.5, 0.44], [0.66, 0.47], [0.76, 0.6], [0.74, 0.74], [0.64, 0.77], [0.56, 0.73],
        [0.46, 0.78], [0.36, 0.73]];
      const high = ring(0.5, 0.36, 0.18, 0.15);
      c.thing('scoops', 'lower scoop dripping', () => {
        loop(c, f, low);
        loop(c, f, [[0.64, 0.77], [0.66, 0.86], [0.63, 0.88], [0.62, 0.78]], { pace: 0.6 });
      });
      c.thing('scoops', 'upper scoop', () => loop(c, f, high));
      c.thing('cherry', 'cherry on top', () => {
        oval(c, f, 0.52, 0.17, 0.05, 0.05);
        smooth(c, f, [[0.53, 0.12], [0.56, 0.06], [0.62, 0.03]], { pace: 0.6 });
      });
      c.h.pause(2000);
      fill(c, f, low, '#f08bb4', { angle: 0.2 });
      fill(c, f, high, '#f08bb4', { angle: -0.3 });
      fill(c, f, coneP, '#d9a25a', { opacity: 0.55 });
      fill(c, f, ring(0.52, 0.17, 0.045, 0.045), '#d4202a', { opacity: 0.85 });
    },
  },
  {
    id: 'girl-raises-hand-globe-on-shelf', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a girl raising her hand in class, a globe on the shelf behind her', ...none, horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 6 });
      c.thing('shelf', 'shelf on the wall', () => {
        line(c, f, [[0.82, 0.4], [1.26, 0.4]]);
        line(c, f, [[0.82, 0.43], [1.26, 0.43]], { pace: 1.2 });
        for (const x of [0.88, 1.2]) line(c, f, [[x, 0.43], [x, 0.5], [x + 0.04, 0.43]], { pace: 0.7 });
      });
      c.thing('globe', 'globe on a stand', () => {
        oval(c, f, 1.1, 0.25, 0.09, 0.09);
        smooth(c, f, [[1.04, 0.17], [1.0, 0.25], [1.04, 0.34], [1.12, 0.36], [1.19, 0.31]], { pace: 0.8 });
        line(c, f, [[1.1, 0.35], [1.1, 0.38]]);
        line(c, f, [[1.05, 0.39], [1.15, 0.39]]);
        smooth(c, f, [[1.07, 0.2], [1.12, 0.22], [1.1, 0.28], [1.14, 0.3]], { pace: 0.6 });
      });
      c.thing(null, 'book standing on the shelf', () => {
        shape(c, f, [[0.88, 0.39], [0.88, 0.23], [0.94, 0.23], [0.94, 0.39]]);
        line(c, f, [[0.895, 0.27], [0.925, 0.27]], { pace: 0.5 });
      });
      c.thing('girl', 'girl with her hand up', () => figure(c, frame(c, 0.42, 0.92, 0.66), HAND_UP, { dress: true, hair: 'long', face: 'smile' }));
    },
  },
  {
    id: 'lying-with-headphones-notes', kind: 'drawing', width: 1366, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'me lying on the floor with big headphones on, music notes floating up', ...none, horizon: null, ground: 0.86,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.86], [1.778, 0.86]], { overshoot: 8 });
      const g = frame(c, 1.42 / 1.778, 0.735, 0.75, { rot: -Math.PI / 2 });
      c.thing('me', 'me lying on my back', () => figure(c, g, STAND, { hair: 'short', face: 'smile' }));
      c.thing('headphones', 'big headphones over the head', () => {
        smooth(c, g, [[-0.11, -0.88], [-0.13, -0.98], [0, -1.06], [0.13, -0.98], [0.11, -0.88]]);
        for (const x of [-0.11, 0.11]) oval(c, g, x, -0.89, 0.045, 0.06);
      });
      for (const [x, y, h] of [[0.86, 0.5, 0.16], [1.08, 0.34, 0.15], [1.32, 0.2, 0.16]] as const) c.thing('notes', 'music note floating up',
        () => note(c, f, x, y, h));
    },
  },
  {
    id: 'two-children-on-seesaw', kind: 'drawing', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'two children on a seesaw, one up and one down, no adults around', notDrawn: [], negated: ['adults'], colours: [], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [2, 0.92]], { overshoot: 8 });
      c.thing('seesaw', 'seesaw tipped to the left', () => {
        shape(c, f, [[0.92, 0.92], [1.0, 0.7], [1.08, 0.92]]);
        line(c, f, [[0.42, 0.88], [1.58, 0.5]]);
        line(c, f, [[0.43, 0.91], [1.59, 0.53]]);
        line(c, f, [[0.58, 0.84], [0.6, 0.76], [0.64, 0.76]], { pace: 0.7 });
        line(c, f, [[1.38, 0.57], [1.36, 0.48], [1.32, 0.48]], { pace: 0.7 });
      });
      c.thing('children', 'child down on the left', () => figure(c, frame(c, 0.52 / 2, 0.85, 0.5), { ...SIT_SIDE, legs: [[[0.2, -0.05], [0.3, 0.13]], [[0.18, -0.04], [0.27, 0.14]]] }, { hair: 'short', face: 'smile' }));
      c.thing('children', 'child up on the right', () => figure(c, frame(c, 1.48 / 2, 0.515, 0.5, { flip: true }), SIT_SIDE, { hair: 'long', face: 'smile' }));
    },
  },
  {
    id: 'treehouse-rope-ladder-flag', kind: 'photo', width: 707, height: 1000, device: 'finger', pen: { color: INK, size: 10 }, language: 'en',
    prompt: 'my treehouse with a rope ladder and a flag on the roof', ...none,
    horizon: null, ground: 0.94, photo: { width: 960, height: 1280, ink: '#302d2a', quality: 59 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.33], [1, 1.33]], { overshoot: 6 });
      c.thing('treehouse', 'tree with a little house in its branches', () => {
        line(c, f, [[0.5, 1.33], [0.52, 0.62]]);
        line(c, f, [[0.64, 1.33], [0.62, 0.62]]);
        line(c, f, [[0.52, 0.75], [0.3, 0.64], [0.2, 0.66]]);
        line(c, f, [[0.62, 0.72], [0.86, 0.6], [0.95, 0.62]]);
        for (const s of [-1, 1]) {
          const pts: U[] = [];
          for (let i = 0; i <= 8; i++) {
            const a = Math.PI / 2 + s * (0.35 + (i / 8) * 2.3);
            const r = i % 2 === 0 ? 0.44 : 0.5;
            pts.push([0.52 + Math.cos(a) * r, 0.4 + Math.sin(a) * r * 0.62]);
          }
          smooth(c, f, pts);
        }
        shape(c, f, [[0.22, 0.62], [0.22, 0.36], [0.82, 0.36], [0.82, 0.62]]);
        shape(c, f, [[0.18, 0.37], [0.52, 0.16], [0.86, 0.37]]);
        shape(c, f, [[0.3, 0.44], [0.42, 0.44], [0.42, 0.54], [0.3, 0.54]], { pace: 0.8 });
        line(c, f, [[0.6, 0.62], [0.6, 0.44], [0.72, 0.44], [0.72, 0.62]], { pace: 0.8 });
      });
      c.thing('flag', 'flag on the roof', () => {
        line(c, f, [[0.52, 0.16], [0.52, 0.02]]);
        shape(c, f, [[0.52, 0.02], [0.68, 0.05], [0.52, 0.09]]);
      });
      c.thing('ladder', 'rope ladder hanging to the ground', () => {
        smooth(c, f, [[0.3, 0.62], [0.28, 0.8], [0.31, 1.0], [0.28, 1.2], [0.3, 1.3]]);
        smooth(c, f, [[0.4, 0.62], [0.38, 0.8], [0.41, 1.0], [0.38, 1.2], [0.4, 1.3]]);
        for (let i = 0; i < 6; i++) {
          const y = 0.72 + i * 0.1;
          line(c, f, [[0.29, y], [0.39, y + 0.005]], { pace: 0.6 });
        }
      });
    },
  },
  {
    id: 'message-in-a-bottle-island', kind: 'photo', width: 1000, height: 700, device: 'stylus', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'a bottle with a message inside floating on the waves, an island far away', ...none,
    horizon: 0.42, ground: null, photo: { width: 1366, height: 768, ink: '#2a2c30', quality: 58 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.42], [1.429, 0.42]], { overshoot: 6 });
      c.thing('island', 'small island with a palm on the horizon', () => {
        smooth(c, f, [[1.04, 0.42], [1.1, 0.37], [1.2, 0.36], [1.28, 0.42]]);
        smooth(c, f, [[1.16, 0.365], [1.17, 0.3], [1.19, 0.25]], { pace: 0.7 });
        for (const d of [-1, 1]) smooth(c, f, [[1.19, 0.25], [1.19 + d * 0.04, 0.23], [1.19 + d * 0.07, 0.27]], { pace: 0.6 });
      });
      c.thing('waves', 'waves', () => {
        for (const y of [0.62, 0.82]) {
          const pts: U[] = [];
          for (let i = 0; i <= 14; i++) pts.push([i * 0.103, y + (i % 2 === 0 ? 0 : -0.035)]);
          smooth(c, f, pts);
        }
        for (const [x, y] of [[0.2, 0.5], [0.9, 0.52], [0.5, 0.95]] as const) smooth(c, f, [[x, y], [x + 0.04, y - 0.02], [x + 0.08, y]], { pace: 0.6 });
      });
      const g = frame(c, 0.64 / 1.429, 0.6, 1.5, { rot: -0.3 });
      c.thing('bottle', 'bottle floating with a cork', () => {
        line(c, g, [[-0.22, -0.07], [0.12, -0.07], [0.18, -0.03], [0.26, -0.03]]);
        line(c, g, [[-0.22, 0.07], [0.12, 0.07], [0.18, 0.03], [0.26, 0.03]]);
        smooth(c, g, [[-0.22, -0.07], [-0.25, 0], [-0.22, 0.07]]);
        shape(c, g, [[0.26, -0.035], [0.31, -0.035], [0.31, 0.035], [0.26, 0.035]], { pace: 0.6 });
      });
      c.thing('message', 'rolled message inside the bottle', () => {
        shape(c, g, [[-0.14, -0.03], [0.06, -0.03], [0.06, 0.03], [-0.14, 0.03]], { pace: 0.7 });
        line(c, g, [[-0.1, -0.03], [-0.1, 0.03]], { pace: 0.4 });
      });
    },
  },
  {
    id: 'spider-web-caught-leaf', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a spider waiting in the middle of its web, a leaf caught at the edge', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const [cx, cy] = [0.6, 0.46];
      const spokes = 9;
      const rim = (i: number, r: number): U => {
        const a = (i / spokes) * 2 * Math.PI + 0.15;
        return [cx + Math.cos(a) * r, cy + Math.sin(a) * r * 0.95];
      };
      c.thing('web', 'web with spokes and rings', () => {
        for (let i = 0; i < spokes; i++) line(c, f, [[cx, cy], rim(i, 0.42)], { pace: 1.2 });
        for (const r of [0.1, 0.19, 0.28, 0.37]) line(c, f, Array.from({ length: spokes + 1 }, (_, i) => rim(i, r * (1 + (i % 2) * 0.04))), { pace: 1.1 });
        line(c, f, [rim(6, 0.42), [cx - 0.14, 0]], { pace: 1.3 });
        line(c, f, [rim(2, 0.42), [cx - 0.1, 1.0]], { pace: 1.3 });
        line(c, f, [rim(0, 0.42), [1.243, cy + 0.02]], { pace: 1.3 });
      });
      c.thing('spider', 'spider in the middle', () => {
        oval(c, f, cx, cy + 0.025, 0.035, 0.045);
        oval(c, f, cx, cy - 0.035, 0.022, 0.02);
        for (const s of [-1, 1]) {
          for (const [a, b] of [[-0.05, -0.1], [-0.01, -0.04], [0.02, 0.04], [0.04, 0.1]] as const) {
            line(c, f, [[cx + s * 0.025, cy + a * 0.4], [cx + s * 0.07, cy + a], [cx + s * 0.1, cy + b]], { pace: 0.6 });
          }
        }
      });
      c.thing('leaf', 'leaf caught in the web', () => {
        const g = frame(c, 0.94 / 1.243, 0.74, 1, { rot: 0.7 });
        loop(c, g, [[-0.08, 0], [-0.03, -0.04], [0.05, -0.03], [0.09, 0], [0.05, 0.03], [-0.03, 0.04]]);
        line(c, g, [[-0.11, 0.005], [0.08, 0]], { pace: 0.7 });
      });
    },
  },
  {
    id: 'jumping-on-blue-trampoline', kind: 'coloured', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a girl jumping high on a blue trampoline with her arms up, clouds above her', notDrawn: ['clouds'], negated: [],
    colours: [{ word: 'blue', of: 'trampoline' }], horizon: null, ground: 0.93,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.93], [1.333, 0.93]], { overshoot: 6 });
      const mat = ring(0.66, 0.74, 0.4, 0.07);
      c.thing('trampoline', 'round trampoline on legs', () => {
        oval(c, f, 0.66, 0.74, 0.44, 0.09);
        oval(c, f, 0.66, 0.74, 0.38, 0.065, { pace: 1.2 });
        for (const x of [0.28, 0.52, 0.8, 1.04]) line(c, f, [[x, 0.77 + (x > 0.4 && x < 0.9 ? 0.05 : 0)], [x, 0.93]]);
      });
      c.thing('girl', 'girl in the air with her arms up', () => figure(c, frame(c, 0.66 / 1.333, 0.6, 0.5), JUMP, { dress: true, hair: 'long',
        face: 'smile' }));
      c.h.pause(2000);
      fill(c, f, mat, '#2f64c8', { angle: 0.05, opacity: 0.65 });
    },
  },
];
