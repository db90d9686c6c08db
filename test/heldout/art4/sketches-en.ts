/**
 * The fourth held-out set's English sketches: each the shapes a person puts down, in drawing order
 * (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * SEALED: see README.md — engine work never opens this file.
 */
import type { Sketch, U } from '../art3/draw.ts';
import { STAND, WAVE, figure, fill, frame, line, loop, oval, ring, shape, smooth } from '../art3/draw.ts';
import { ARMS_CROSSED, ON_SHOULDERS, POINT, drop, sun } from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const EN: readonly Sketch[] = [
  {
    id: 'bath-bubbles-rubber-duck', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'my safe place: a warm bath full of bubbles with a rubber duck', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 6 });
      c.thing('bath', 'bathtub on feet', () => {
        line(c, f, [[0.18, 0.47], [1.15, 0.47]]);
        smooth(c, f, [[0.2, 0.47], [0.22, 0.68], [0.34, 0.8], [0.66, 0.82], [0.98, 0.8], [1.1, 0.68], [1.13, 0.47]]);
        line(c, f, [[0.2, 0.52], [1.13, 0.52]], { pace: 1.3 });
        line(c, f, [[0.34, 0.8], [0.31, 0.9]]);
        line(c, f, [[0.98, 0.8], [1.01, 0.9]]);
        line(c, f, [[1.08, 0.47], [1.08, 0.28], [0.97, 0.28], [0.97, 0.34]]);
        line(c, f, [[0.95, 0.34], [0.99, 0.34]], { pace: 0.6 });
      });
      for (const [x, y, r] of [[0.55, 0.4, 0.065], [0.7, 0.33, 0.05], [0.84, 0.4, 0.07], [0.66, 0.2, 0.04]] as const) {
        c.thing('bubbles', 'soap bubble', () => {
          oval(c, f, x, y, r, r);
          smooth(c, f, [[x - r * 0.5, y - r * 0.2], [x - r * 0.35, y - r * 0.5], [x - r * 0.05, y - r * 0.6]], { pace: 0.5 });
        });
      }
      c.thing('duck', 'rubber duck floating', () => {
        smooth(c, f, [[0.24, 0.44], [0.26, 0.4], [0.36, 0.41], [0.42, 0.37], [0.43, 0.44], [0.38, 0.47], [0.27, 0.47], [0.24, 0.44]]);
        oval(c, f, 0.33, 0.33, 0.04, 0.038);
        shape(c, f, [[0.36, 0.325], [0.41, 0.335], [0.36, 0.345]]);
        line(c, f, [[0.335, 0.32], [0.337, 0.322]], { pace: 0.3 });
      });
    },
  },
  {
    id: 'son-on-fathers-shoulders', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'a father carrying his son on his shoulders, the boy holding a balloon', ...none, horizon: null, ground: 0.94,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.25], [1, 1.25]], { overshoot: 6 });
      c.thing('father', 'father standing', () => figure(c, frame(c, 0.45, 0.94, 0.62), STAND, { hair: 'short', face: 'smile' }));
      c.thing('son', 'boy sitting on his father\'s shoulders', () => figure(c, frame(c, 0.45, 0.5, 0.42), ON_SHOULDERS, { face: 'smile' }));
      c.thing('balloon', 'balloon on a string', () => {
        smooth(c, f, [[0.545, 0.41], [0.58, 0.32], [0.56, 0.25], [0.6, 0.2]]);
        loop(c, f, [[0.6, 0.2], [0.52, 0.15], [0.5, 0.06], [0.58, -0.01], [0.68, 0.01], [0.71, 0.1], [0.66, 0.17]]);
      });
    },
  },
  {
    id: 'anger-red-volcano', kind: 'coloured', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'my anger is a red volcano with smoke pouring out, birds flying away', notDrawn: ['birds'], negated: [],
    colours: [{ word: 'red', of: 'volcano' }], horizon: null, ground: 0.95,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.95], [1, 0.95]], { overshoot: 4 });
      const cone: U[] = [[0.05, 0.95], [0.38, 0.44], [0.62, 0.44], [0.95, 0.95]];
      c.thing('volcano', 'volcano', () => {
        line(c, f, cone);
        smooth(c, f, [[0.38, 0.44], [0.5, 0.47], [0.62, 0.44]], { pace: 0.8 });
        for (const [x, l] of [[0.42, 0.2], [0.5, 0.32], [0.57, 0.16]] as const) {
          smooth(c, f, [[x, 0.46], [x - 0.01, 0.46 + l * 0.6], [x + 0.01, 0.46 + l]], { pace: 0.8 });
        }
      });
      c.thing('smoke', 'smoke pouring out of the crater', () => {
        loop(c, f, ring(0.5, 0.32, 0.1, 0.08, 10));
        loop(c, f, ring(0.42, 0.19, 0.09, 0.07, 10));
        loop(c, f, ring(0.56, 0.08, 0.11, 0.07, 10));
      });
      fill(c, f, cone, '#d42a1c', { angle: 0.4 });
      fill(c, f, ring(0.5, 0.32, 0.09, 0.07), '#8c8c8c', { opacity: 0.45 });
      fill(c, f, ring(0.42, 0.19, 0.08, 0.06), '#8c8c8c', { opacity: 0.45 });
    },
  },
  {
    id: 'body-knot-tight-band', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'the outline of my body with a knot in my stomach and a tight band around my head', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('body', 'outline of a body, front view', () => {
        oval(c, f, 0.5, 0.2, 0.1, 0.12);
        line(c, f, [[0.45, 0.315], [0.45, 0.35], [0.3, 0.38], [0.18, 0.78], [0.24, 0.8], [0.32, 0.52], [0.33, 0.78], [0.33, 1.26], [0.47, 1.27],
          [0.49, 0.86], [0.51, 0.86], [0.53, 1.27], [0.67, 1.26], [0.67, 0.78], [0.68, 0.52], [0.76, 0.8], [0.82, 0.78], [0.7, 0.38],
          [0.55, 0.35], [0.55, 0.315]]);
      });
      c.thing('knot', 'knot in the stomach', () => {
        oval(c, f, 0.47, 0.68, 0.055, 0.035, { turn: 0.6 });
        oval(c, f, 0.53, 0.68, 0.055, 0.035, { turn: -0.6 });
        smooth(c, f, [[0.41, 0.72], [0.44, 0.7], [0.47, 0.69]], { pace: 0.6 });
        smooth(c, f, [[0.53, 0.67], [0.56, 0.64], [0.6, 0.63]], { pace: 0.6 });
      });
      c.thing('band', 'tight band around the head', () => {
        line(c, f, [[0.39, 0.15], [0.61, 0.15]]);
        line(c, f, [[0.39, 0.185], [0.61, 0.185]]);
        for (const s of [-1, 1]) {
          line(c, f, [[0.5 + s * 0.13, 0.13], [0.5 + s * 0.18, 0.1]], { pace: 0.6 });
          line(c, f, [[0.5 + s * 0.13, 0.2], [0.5 + s * 0.18, 0.23]], { pace: 0.6 });
        }
      });
    },
  },
  {
    id: 'owl-on-branch-full-moon', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 9 }, language: 'en',
    prompt: 'an owl sitting on a branch under a full moon and stars', notDrawn: ['stars'], negated: [], colours: [],
    horizon: null, ground: null, photo: { width: 1080, height: 1350, ink: '#2c2a2a', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('moon', 'full moon', () => oval(c, f, 0.7, 0.3, 0.17, 0.17));
      c.thing('branch', 'branch from the left edge', () => {
        smooth(c, f, [[0, 0.92], [0.3, 0.95], [0.6, 0.93], [0.88, 0.9]]);
        smooth(c, f, [[0, 0.99], [0.3, 1.0], [0.6, 0.97], [0.88, 0.9]]);
        line(c, f, [[0.66, 0.93], [0.8, 0.8]]);
        loop(c, f, [[0.8, 0.8], [0.9, 0.74], [0.94, 0.78], [0.86, 0.82]]);
      });
      c.thing('owl', 'owl sitting on the branch', () => {
        oval(c, f, 0.38, 0.74, 0.15, 0.2);
        oval(c, f, 0.32, 0.65, 0.05, 0.05);
        oval(c, f, 0.44, 0.65, 0.05, 0.05);
        for (const x of [0.32, 0.44]) line(c, f, [[x, 0.65], [x + 0.005, 0.655]], { pace: 0.3 });
        shape(c, f, [[0.36, 0.7], [0.4, 0.7], [0.38, 0.75]]);
        line(c, f, [[0.26, 0.6], [0.25, 0.5], [0.32, 0.57]]);
        line(c, f, [[0.5, 0.6], [0.51, 0.5], [0.44, 0.57]]);
        smooth(c, f, [[0.26, 0.72], [0.29, 0.82], [0.33, 0.88]], { pace: 0.8 });
        smooth(c, f, [[0.5, 0.72], [0.47, 0.82], [0.43, 0.88]], { pace: 0.8 });
        for (const x of [0.33, 0.43]) line(c, f, [[x, 0.93], [x, 0.96]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'whale-under-waves-small-fish', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a whale swimming under the waves with a small fish beside it', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('waves', 'waves on the surface', () => {
        const pts: U[] = [];
        for (let i = 0; i <= 18; i++) pts.push([i * 0.1, 0.3 + (i % 2 === 0 ? 0 : -0.045)]);
        smooth(c, f, pts);
      });
      c.thing(null, 'seagull in the sky', () => {
        smooth(c, f, [[0.34, 0.12], [0.37, 0.085], [0.4, 0.12]]);
        smooth(c, f, [[0.4, 0.12], [0.43, 0.085], [0.46, 0.12]]);
      });
      c.thing('whale', 'big whale with its tail up', () => {
        loop(c, f, [[0.34, 0.66], [0.38, 0.52], [0.55, 0.45], [0.8, 0.45], [1.02, 0.5], [1.18, 0.5], [1.3, 0.44], [1.34, 0.47], [1.24, 0.58],
          [1.06, 0.68], [0.8, 0.78], [0.55, 0.8], [0.4, 0.76]]);
        shape(c, f, [[1.32, 0.46], [1.3, 0.36], [1.36, 0.4], [1.44, 0.33], [1.43, 0.42], [1.34, 0.47]]);
        line(c, f, [[0.5, 0.6], [0.505, 0.605]], { pace: 0.3 });
        smooth(c, f, [[0.35, 0.67], [0.45, 0.68], [0.58, 0.67]], { pace: 0.8 });
        for (const x of [0.46, 0.52, 0.58, 0.64]) line(c, f, [[x, 0.72], [x + 0.06, 0.74]], { pace: 0.7 });
        smooth(c, f, [[0.76, 0.74], [0.82, 0.86], [0.9, 0.76]]);
      });
      c.thing('fish', 'small fish beside the whale', () => {
        oval(c, f, 1.52, 0.86, 0.055, 0.028);
        shape(c, f, [[1.575, 0.86], [1.62, 0.83], [1.62, 0.89]]);
        line(c, f, [[1.495, 0.855], [1.497, 0.857]], { pace: 0.3 });
      });
    },
  },
  {
    id: 'yellow-sunflowers-and-snail', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'three tall yellow sunflowers in a row, a snail at the bottom and a bee', notDrawn: ['bee'], negated: [],
    colours: [{ word: 'yellow', of: 'sunflowers' }], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [2, 0.92]], { overshoot: 8 });
      const heads: [number, number][] = [[0.5, 0.28], [1.0, 0.2], [1.45, 0.3]];
      for (const [x, y] of heads) {
        c.thing('sunflowers', 'tall sunflower', () => {
          line(c, f, [[x, 0.92], [x + 0.01, y + 0.15]]);
          loop(c, f, [[x, 0.65], [x + 0.1, 0.57], [x + 0.16, 0.6], [x + 0.08, 0.66]]);
          loop(c, f, [[x, 0.75], [x - 0.1, 0.67], [x - 0.15, 0.7], [x - 0.08, 0.76]]);
          const petals: U[] = [];
          for (let i = 0; i < 24; i++) {
            const a = (i / 24) * 2 * Math.PI;
            const r = i % 2 === 0 ? 0.15 : 0.1;
            petals.push([x + Math.cos(a) * r, y + Math.sin(a) * r]);
          }
          loop(c, f, petals);
          oval(c, f, x, y, 0.065, 0.065);
        });
      }
      c.thing('snail', 'snail at the bottom', () => {
        smooth(c, f, [[1.68, 0.91], [1.86, 0.91], [1.9, 0.86]]);
        const sp: U[] = [];
        for (let i = 0; i <= 30; i++) {
          const a = (i / 30) * 2.4 * 2 * Math.PI;
          const r = 0.07 * (1 - i / 34);
          sp.push([1.76 + Math.cos(a) * r, 0.84 + Math.sin(a) * r]);
        }
        smooth(c, f, sp.reverse());
        line(c, f, [[1.89, 0.87], [1.91, 0.82]], { pace: 0.6 });
      });
      c.h.pause(2000);
      for (const [x, y] of heads) {
        fill(c, f, ring(x, y, 0.14, 0.14), '#f2c318', { angle: 0.3 });
        fill(c, f, ring(x, y, 0.06, 0.06), '#6b3f16', { angle: -0.6, opacity: 0.8 });
        fill(c, f, [[x - 0.015, 0.92], [x - 0.01, y + 0.16], [x + 0.025, y + 0.16], [x + 0.02, 0.92]], '#3f9b3a', { opacity: 0.6 });
      }
    },
  },
  {
    id: 'rainbow-two-puddles', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a rainbow over two puddles, no umbrella', notDrawn: [], negated: ['umbrella'], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing(null, 'sun in the top left corner', () => sun(c, f, 0.07, 0.07, 0.09, 7));
      c.thing('rainbow', 'rainbow of three arcs', () => {
        for (const r of [0.42, 0.35, 0.28]) {
          const pts: U[] = [];
          for (let i = 0; i <= 12; i++) pts.push([0.5 - Math.cos((i / 12) * Math.PI) * r, 0.78 - Math.sin((i / 12) * Math.PI) * r * 0.95]);
          smooth(c, f, pts);
        }
      });
      c.thing('puddles', 'puddle on the left', () => oval(c, f, 0.27, 0.86, 0.14, 0.045));
      c.thing('puddles', 'puddle on the right', () => oval(c, f, 0.74, 0.9, 0.12, 0.04));
    },
  },
  {
    id: 'suitcase-map-ticket-passport', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'packed for my journey: a suitcase, a map and a ticket, but I forgot my passport', notDrawn: ['passport'], negated: [], colours: [],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('suitcase', 'suitcase with a handle and straps', () => {
        shape(c, f, [[0.12, 0.38], [0.66, 0.38], [0.66, 0.86], [0.12, 0.86]]);
        smooth(c, f, [[0.31, 0.38], [0.32, 0.29], [0.46, 0.29], [0.47, 0.38]]);
        for (const x of [0.25, 0.53]) line(c, f, [[x, 0.38], [x, 0.86]], { pace: 1.2 });
        for (const x of [0.2, 0.58]) oval(c, f, x, 0.89, 0.025, 0.025);
      });
      c.thing('map', 'folded map with a route', () => {
        shape(c, f, [[0.8, 0.16], [0.94, 0.21], [1.08, 0.16], [1.22, 0.21], [1.22, 0.52], [1.08, 0.47], [0.94, 0.52], [0.8, 0.47]]);
        line(c, f, [[0.94, 0.21], [0.94, 0.52]], { pace: 1.2 });
        line(c, f, [[1.08, 0.16], [1.08, 0.47]], { pace: 1.2 });
        for (let i = 0; i < 6; i++) {
          const t = i / 6;
          line(c, f, [[0.85 + t * 0.28, 0.42 - t * 0.17 + Math.sin(t * 6) * 0.03], [0.87 + t * 0.28, 0.41 - t * 0.17 + Math.sin(t * 6) * 0.03]], { pace: 0.4 });
        }
        line(c, f, [[1.13, 0.22], [1.17, 0.26]], { pace: 0.5 });
        line(c, f, [[1.17, 0.22], [1.13, 0.26]], { pace: 0.5 });
      });
      c.thing('ticket', 'train ticket', () => {
        const g = frame(c, 0.78, 0.74, 1, { rot: -0.12 });
        shape(c, g, [[-0.18, -0.07], [0.18, -0.07], [0.18, 0.07], [-0.18, 0.07]]);
        line(c, g, [[0.08, -0.07], [0.08, 0.07]], { pace: 1.4 });
        for (const y of [-0.025, 0.015]) line(c, g, [[-0.14, y], [0.03, y]], { pace: 1.2 });
      });
    },
  },
  {
    id: 'open-lunchbox-sandwich-apple', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'an open lunchbox with a sandwich inside, an apple next to it and a juice box', notDrawn: ['juice'], negated: [], colours: [],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('lunchbox', 'open lunchbox seen from above, the lid flipped back', () => {
        shape(c, f, [[0.1, 0.46], [0.86, 0.46], [0.86, 0.9], [0.1, 0.9]]);
        shape(c, f, [[0.15, 0.5], [0.81, 0.5], [0.81, 0.86], [0.15, 0.86]], { pace: 1.2 });
        shape(c, f, [[0.1, 0.08], [0.86, 0.08], [0.86, 0.43], [0.1, 0.43]]);
        for (const x of [0.26, 0.7]) line(c, f, [[x - 0.03, 0.43], [x - 0.03, 0.46]], { pace: 0.5 });
        smooth(c, f, [[0.36, 0.18], [0.38, 0.13], [0.58, 0.13], [0.6, 0.18]]);
        line(c, f, [[0.36, 0.18], [0.6, 0.18]], { pace: 0.8 });
      });
      c.thing('sandwich', 'sandwich half in the box', () => {
        shape(c, f, [[0.22, 0.8], [0.46, 0.56], [0.64, 0.8]]);
        line(c, f, [[0.29, 0.76], [0.46, 0.61], [0.58, 0.76]], { pace: 0.9 });
        smooth(c, f, [[0.25, 0.78], [0.32, 0.74], [0.39, 0.78], [0.46, 0.74], [0.53, 0.78], [0.61, 0.77]], { pace: 0.8 });
      });
      c.thing('apple', 'apple next to the lunchbox', () => {
        loop(c, f, [[1.02, 0.63], [1.1, 0.6], [1.16, 0.68], [1.13, 0.81], [1.04, 0.85], [0.95, 0.81], [0.92, 0.68], [0.97, 0.61]]);
        line(c, f, [[1.03, 0.63], [1.05, 0.55]]);
        loop(c, f, [[1.05, 0.57], [1.1, 0.53], [1.14, 0.55], [1.09, 0.59]]);
      });
    },
  },
  {
    id: 'teacher-points-at-blackboard', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 10 }, language: 'en',
    prompt: 'a teacher pointing at the blackboard, a clock on the wall', ...none,
    horizon: null, ground: 0.92, photo: { width: 1280, height: 960, ink: '#33302c', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 6 });
      c.thing('clock', 'clock on the wall', () => {
        oval(c, f, 0.17, 0.17, 0.1, 0.1);
        line(c, f, [[0.17, 0.17], [0.17, 0.1]], { pace: 0.7 });
        line(c, f, [[0.17, 0.17], [0.22, 0.19]], { pace: 0.7 });
      });
      c.thing('blackboard', 'blackboard with writing', () => {
        shape(c, f, [[0.48, 0.16], [1.26, 0.16], [1.26, 0.6], [0.48, 0.6]]);
        line(c, f, [[0.46, 0.64], [1.28, 0.64]]);
        smooth(c, f, [[0.58, 0.28], [0.62, 0.25], [0.66, 0.29], [0.7, 0.25], [0.74, 0.29], [0.8, 0.26]], { pace: 0.7 });
        line(c, f, [[0.86, 0.27], [0.92, 0.27]], { pace: 0.6 });
        line(c, f, [[0.89, 0.24], [0.89, 0.3]], { pace: 0.6 });
        smooth(c, f, [[0.58, 0.42], [0.64, 0.39], [0.7, 0.43], [0.78, 0.39], [0.86, 0.43], [0.96, 0.4], [1.06, 0.43]], { pace: 0.7 });
      });
      c.thing('teacher', 'teacher pointing at the board', () => figure(c, frame(c, 0.27, 0.93, 0.64), POINT, { dress: true, hair: 'long' }));
      c.thing(null, 'desk in front', () => {
        line(c, f, [[0.86, 0.72], [1.3, 0.72]]);
        for (const x of [0.9, 1.26]) line(c, f, [[x, 0.72], [x, 0.92]]);
      });
    },
  },
  {
    id: 'trumpet-chair-music-stand', kind: 'drawing', width: 1366, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a trumpet lying on a chair next to a music stand, no drums', notDrawn: [], negated: ['drums'], colours: [], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.78, 0.92]], { overshoot: 8 });
      c.thing('chair', 'chair seen from the side', () => {
        line(c, f, [[0.38, 0.6], [0.78, 0.6]]);
        line(c, f, [[0.38, 0.64], [0.76, 0.64]], { pace: 1.2 });
        line(c, f, [[0.76, 0.64], [0.78, 0.18]]);
        line(c, f, [[0.72, 0.2], [0.8, 0.17]]);
        line(c, f, [[0.4, 0.64], [0.38, 0.92]], { overshoot: 2 });
        line(c, f, [[0.76, 0.64], [0.78, 0.92]], { overshoot: 2 });
      });
      c.thing('trumpet', 'trumpet lying on the seat', () => {
        line(c, f, [[0.4, 0.54], [0.6, 0.54]]);
        line(c, f, [[0.41, 0.525], [0.41, 0.555]], { pace: 0.5 });
        shape(c, f, [[0.6, 0.535], [0.75, 0.45], [0.75, 0.6], [0.6, 0.548]]);
        smooth(c, f, [[0.45, 0.54], [0.46, 0.585], [0.57, 0.585], [0.58, 0.54]], { pace: 0.8 });
        for (const x of [0.48, 0.515, 0.55]) line(c, f, [[x, 0.54], [x, 0.49]], { pace: 0.6 });
      });
      c.thing('stand', 'music stand with a sheet', () => {
        shape(c, f, [[1.06, 0.15], [1.46, 0.15], [1.49, 0.4], [1.03, 0.4]]);
        for (const y of [0.22, 0.26, 0.3]) line(c, f, [[1.1, y], [1.42, y]], { pace: 1.3 });
        line(c, f, [[1.26, 0.4], [1.26, 0.74]]);
        for (const x of [1.1, 1.26, 1.42]) line(c, f, [[1.26, 0.74], [x, 0.92]]);
      });
    },
  },
  {
    id: 'back-to-back-crack-in-ground', kind: 'drawing', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'two people standing back to back with their arms crossed, a crack in the ground between them', ...none, horizon: null, ground: 0.86,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.86], [0.97, 0.86]], { overshoot: 2 });
      line(c, f, [[1.04, 0.86], [2, 0.86]], { overshoot: 4 });
      for (const [x, flip] of [[0.455, true], [0.545, false]] as const) {
        c.thing('people', flip ? 'person on the left facing away' : 'person on the right facing away', () => {
          const g = frame(c, x, 0.86, 0.74, { flip });
          figure(c, g, ARMS_CROSSED, { hair: flip ? 'long' : 'short' });
          line(c, g, [[0.085, -0.9], [0.13, -0.88], [0.085, -0.865]], { pace: 0.6 });
          line(c, g, [[0.045, -0.915], [0.05, -0.91]], { pace: 0.3 });
          line(c, g, [[0.03, -0.86], [0.065, -0.865]], { pace: 0.5 });
        });
      }
      c.thing('crack', 'crack in the ground between them', () => {
        line(c, f, [[0.97, 0.86], [1.0, 0.9], [0.96, 0.93], [1.0, 0.96], [0.97, 1.0]]);
        line(c, f, [[1.04, 0.86], [1.02, 0.9], [1.06, 0.93], [1.02, 0.96], [1.05, 1.0]]);
        line(c, f, [[0.97, 0.93], [0.9, 0.95], [0.86, 1.0]], { pace: 0.8 });
        line(c, f, [[1.05, 0.92], [1.12, 0.95], [1.16, 0.99]], { pace: 0.8 });
      });
    },
  },
  {
    id: 'child-hides-behind-mother', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a small child hiding behind her mother, a stranger waving at them', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 6 });
      c.thing('mother', 'mother standing in front', () => figure(c, frame(c, 0.36, 0.91, 0.74), STAND, { dress: true, hair: 'long', face: 'flat' }));
      c.thing('child', 'small child peeking out behind her', () => figure(c, frame(c, 0.24, 0.91, 0.34), STAND, { hair: 'long', face: 'sad' }));
      c.thing('stranger', 'stranger waving', () => figure(c, frame(c, 0.8, 0.91, 0.72), WAVE, { hair: 'short', face: 'smile' }));
    },
  },
  {
    id: 'green-turtle-on-rock-rain', kind: 'photo', width: 900, height: 900, device: 'mouse', pen: { color: INK, size: 9 }, language: 'en',
    prompt: 'a turtle pulled into its green shell on a rock, raindrops falling', notDrawn: [], negated: [],
    colours: [{ word: 'green', of: 'turtle' }], horizon: null, ground: null, photo: { width: 1000, height: 1000, ink: '#24402a', quality: 59 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('rock', 'rock', () => {
        smooth(c, f, [[0.08, 0.88], [0.17, 0.68], [0.5, 0.6], [0.82, 0.68], [0.92, 0.88]]);
        line(c, f, [[0.06, 0.88], [0.94, 0.88]]);
        smooth(c, f, [[0.62, 0.78], [0.7, 0.74], [0.76, 0.8]], { pace: 0.7 });
      });
      c.thing('turtle', 'turtle hidden in its shell', () => {
        smooth(c, f, [[0.28, 0.62], [0.33, 0.45], [0.5, 0.38], [0.67, 0.45], [0.72, 0.62]]);
        line(c, f, [[0.26, 0.62], [0.74, 0.62]]);
        shape(c, f, [[0.43, 0.5], [0.5, 0.45], [0.57, 0.5], [0.55, 0.58], [0.45, 0.58]], { color: '#2f7a34' });
        for (const [a, b] of [[[0.43, 0.5], [0.36, 0.48]], [[0.57, 0.5], [0.64, 0.48]], [[0.45, 0.58], [0.4, 0.62]], [[0.55, 0.58], [0.6, 0.62]]] as const) {
          line(c, f, [a, b], { color: '#2f7a34', pace: 0.8 });
        }
        smooth(c, f, [[0.72, 0.6], [0.77, 0.56], [0.79, 0.61]], { pace: 0.7 });
      });
      for (const [x, y] of [[0.18, 0.24], [0.5, 0.14], [0.8, 0.28]] as const) c.thing('raindrops', 'falling raindrop', () => drop(c, f, x, y, 0.1));
    },
  },
  {
    id: 'footprints-to-the-sea-starfish', kind: 'coloured', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'footprints across the sand down to the sea, and a starfish', ...none, horizon: 0.14, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const shore: U[] = [[0, 0.38], [0.3, 0.34], [0.6, 0.4], [0.9, 0.33], [1.2, 0.39], [1.5, 0.33], [1.78, 0.37]];
      c.thing('sea', 'sea up to the horizon', () => {
        line(c, f, [[0, 0.14], [1.78, 0.14]], { overshoot: 8 });
        smooth(c, f, shore);
        smooth(c, f, [[0.3, 0.24], [0.4, 0.22], [0.5, 0.24]], { pace: 0.7 });
        smooth(c, f, [[1.2, 0.22], [1.3, 0.2], [1.4, 0.22]], { pace: 0.7 });
      });
      c.thing('sand', 'sand of the beach', () => {
        for (const [x, y] of [[0.1, 0.6], [0.2, 0.9], [0.6, 0.95], [0.75, 0.6], [1.15, 0.9], [1.3, 0.55], [1.7, 0.92], [1.65, 0.5], [0.45, 0.48]] as const) {
          line(c, f, [[x, y], [x + 0.006, y + 0.004]], { pace: 0.3 });
        }
        smooth(c, f, [[1.05, 0.97], [1.2, 0.93], [1.35, 0.96]], { pace: 0.8 });
      });
      const steps: [number, number, number][] = [[0.3, 0.86, 0.5], [0.5, 0.74, 0.5], [0.66, 0.62, 0.6], [0.84, 0.5, 0.6]];
      for (const [i, [x, y, rot]] of steps.entries()) {
        c.thing('footprints', 'bare footprint', () => {
          const g = frame(c, (x + (i % 2 === 0 ? -0.03 : 0.03)) / 1.778, y, 1, { rot });
          oval(c, g, 0, 0, 0.025, 0.05);
          for (const [dx, dy] of [[-0.02, -0.068], [0, -0.074], [0.02, -0.068]] as const) oval(c, g, dx, dy, 0.009, 0.009, { pace: 0.5 });
        });
      }
      const star: U[] = [];
      for (let i = 0; i < 10; i++) {
        const a = (i / 10) * 2 * Math.PI - Math.PI / 2;
        const r = i % 2 === 0 ? 0.1 : 0.045;
        star.push([1.42 + Math.cos(a) * r, 0.74 + Math.sin(a) * r]);
      }
      c.thing('starfish', 'starfish on the sand', () => shape(c, f, star));
      c.h.pause(2000);
      fill(c, f, [[0, 0.14], [1.78, 0.14], ...shore.slice().reverse()], '#3f7fd0', { angle: 0.05, opacity: 0.6 });
      fill(c, f, [...shore, [1.78, 1], [0, 1]], '#ead08a', { angle: -0.3, opacity: 0.45 });
      fill(c, f, star, '#f08a24', { opacity: 0.8 });
    },
  },
];
