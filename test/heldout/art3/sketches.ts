/**
 * The third held-out sketch set: each sketch is the shapes a person puts down, in drawing order
 * (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`. Drawn by
 * the first set's hand model through draw.ts; make.ts turns them into strokes, images and the
 * manifest. SEALED: see README.md — engine work never opens this file.
 */
import type { Sketch, U } from './draw.ts';
import { ARMS_OPEN, HEAD_IN_HANDS, HUG, STAND, WALK, WAVE, cloud, dog, figure, fill, frame, line, loop, oval, ring, shape, smooth, tree } from './draw.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const SKETCHES: readonly Sketch[] = [
  {
    id: 'blanket-fort-lamp-teddy', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'my safe place: a blanket fort with a lamp and my teddy inside', ...none, horizon: null, ground: 0.86,
    draw(c) {
      const f = frame(c, 0.5, 0.86, 1);
      line(c, f, [[-0.66, 0], [0.66, 0]], { overshoot: 8 });
      c.thing('fort', 'blanket fort', () => {
        smooth(c, f, [[-0.5, 0], [-0.42, -0.3], [-0.2, -0.62], [0, -0.74], [0.2, -0.62], [0.42, -0.3], [0.52, 0]]);
        smooth(c, f, [[-0.5, 0], [-0.44, -0.05], [-0.36, 0], [-0.3, -0.04], [-0.22, 0]]);
        smooth(c, f, [[0.22, 0], [0.3, -0.05], [0.38, 0], [0.45, -0.04], [0.52, 0]]);
        smooth(c, f, [[-0.22, 0], [-0.2, -0.3], [-0.1, -0.46], [0, -0.5], [0.1, -0.46], [0.2, -0.3], [0.22, 0]]);
        for (const x of [-0.36, -0.28, 0.3, 0.38]) line(c, f, [[x, -0.08 - Math.abs(x) * 0.2], [x * 0.55, -0.6 + Math.abs(x) * 0.3]], { pace: 0.8 });
        smooth(c, f, [[-0.4, -0.3], [-0.3, -0.34], [-0.22, -0.32]], { pace: 0.8 });
        smooth(c, f, [[0.22, -0.32], [0.32, -0.34], [0.42, -0.3]], { pace: 0.8 });
        line(c, f, [[0, -0.74], [0.02, -0.82]]);
        shape(c, f, [[0.02, -0.82], [0.12, -0.79], [0.02, -0.76]]);
      });
      c.thing('lamp', 'small lamp inside the fort', () => {
        line(c, f, [[0.06, 0], [0.16, 0]]);
        line(c, f, [[0.11, 0], [0.11, -0.2]]);
        shape(c, f, [[0.07, -0.2], [0.15, -0.2], [0.13, -0.29], [0.09, -0.29]]);
        for (const [dx, dy] of [[0.06, -0.03], [0.08, 0.02], [0.05, 0.07]] as const) line(c, f, [[0.11 + dx, -0.24 + dy * 0.5],
          [0.11 + dx * 1.5, -0.24 + dy * 0.9]], { pace: 0.5 });
      });
      c.thing('teddy', 'teddy bear inside the fort', () => {
        oval(c, f, -0.09, -0.09, 0.07, 0.085);
        oval(c, f, -0.09, -0.23, 0.055, 0.05);
        oval(c, f, -0.135, -0.275, 0.018, 0.018);
        oval(c, f, -0.045, -0.275, 0.018, 0.018);
        oval(c, f, -0.09, -0.215, 0.018, 0.013);
        smooth(c, f, [[-0.155, -0.14], [-0.185, -0.1], [-0.17, -0.07]]);
        smooth(c, f, [[-0.025, -0.14], [0.005, -0.1], [-0.01, -0.07]]);
        oval(c, f, -0.13, -0.01, 0.03, 0.02);
        oval(c, f, -0.05, -0.01, 0.03, 0.02);
      });
    },
  },
  {
    id: 'boy-on-stairs-head-in-hands', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'a boy sitting on the stairs with his head in his hands, a grey cloud above him',
    notDrawn: [], negated: [], colours: [{ word: 'grey', of: 'cloud' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const stepY = [0.78, 0.88, 0.99, 1.1, 1.21, 1.333];
      const side = (y: number): number => 0.08 + ((1.333 - y) / (1.333 - 0.78)) * 0.18;
      c.thing('stairs', 'stairs seen from the front', () => {
        line(c, f, [[0.08, 1.34], [0.26, 0.78]]);
        line(c, f, [[0.92, 1.34], [0.74, 0.78]]);
        for (const y of stepY.slice(0, -1)) {
          if (y < 0.8) line(c, f, [[side(y) - 0.01, y], [1 - side(y) + 0.01, y]], { overshoot: 4 });
          else for (const [a, b] of [[side(y) - 0.01, 0.33], [0.67, 1 - side(y) + 0.01]] as const) line(c, f, [[a, y], [b, y]], { overshoot: 3 });
        }
        line(c, f, [[0.26, 0.78], [0.3, 0.7], [0.7, 0.7], [0.74, 0.78]]);
      });
      c.thing('boy', 'boy sitting on a step with his head in his hands', () => {
        figure(c, frame(c, 0.5, 1.21 / 1.333, 0.74), HEAD_IN_HANDS, { hair: 'short', hands: true });
      });
      c.thing('cloud', 'grey cloud above his head', () => {
        const g = frame(c, 0.5, 0.3, 1);
        cloud(c, g, 0.5, { color: '#6f6f6f' });
        for (const x of [-0.12, -0.02, 0.08]) line(c, g, [[x, 0.14], [x - 0.02, 0.22]], { color: '#6f6f6f', pace: 0.7 });
      });
    },
  },
  {
    id: 'girl-under-red-umbrella', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a girl lying on the sand under a red umbrella, no other people',
    notDrawn: [], negated: ['people'], colours: [{ word: 'red', of: 'umbrella' }], horizon: 0.36, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.36], [2, 0.36]], { overshoot: 10 });
      c.thing('sand', 'sand of the beach', () => {
        smooth(c, f, [[0, 0.55], [0.4, 0.5], [0.9, 0.56], [1.4, 0.5], [2, 0.54]]);
        for (const [x, y] of [[0.15, 0.75], [0.3, 0.9], [1.1, 0.95], [1.6, 0.72], [1.8, 0.9], [0.55, 0.62]] as const) line(c, f, [[x, y],
          [x + 0.005, y + 0.005]], { pace: 0.3 });
      });
      c.thing('umbrella', 'red beach umbrella', () => {
        line(c, f, [[1.22, 0.92], [1.12, 0.2]]);
        const top: U[] = [[0.84, 0.34], [0.92, 0.17], [1.1, 0.08], [1.3, 0.13], [1.42, 0.28]];
        smooth(c, f, top);
        smooth(c, f, [[0.84, 0.34], [0.9, 0.3], [0.96, 0.33], [1.03, 0.3], [1.1, 0.33], [1.17, 0.29], [1.24, 0.32], [1.32, 0.28], [1.42, 0.28]]);
      });
      const gf = frame(c, 0.4, 0.8, 0.72, { rot: Math.PI / 2 });
      c.thing('girl', 'girl lying on the sand', () => figure(c, gf, STAND, { hair: 'long', face: 'smile', dress: true }));
      c.h.pause(2500);
      fill(c, f, [[0, 0.36], [2, 0.36], [2, 0.53], [1.4, 0.5], [0.9, 0.56], [0.4, 0.5], [0, 0.55]], '#4f8fd6', { angle: 0.1 });
      fill(c, f, [[0, 0.57], [0.4, 0.52], [0.9, 0.58], [1.4, 0.52], [2, 0.56], [2, 1], [0, 1]], '#e8cf78', { angle: -0.3, opacity: 0.5 });
      fill(c, f, [[0.86, 0.33], [0.93, 0.18], [1.1, 0.1], [1.3, 0.15], [1.4, 0.28], [1.1, 0.31]], '#d8262b', { angle: 0.5 });
      fill(c, gf, [[0, -0.74], [-0.12, -0.37], [0.12, -0.37]], '#e85d9a');
    },
  },
  {
    id: 'man-walking-dog-bench', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a man walking his dog past a bench', ...none, horizon: null, ground: 0.84,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.84], [1.78, 0.84]], { overshoot: 8 });
      c.thing('bench', 'park bench behind them', () => {
        for (const y of [0.62, 0.66]) line(c, f, [[1.16, y], [1.66, y]]);
        for (const y of [0.44, 0.5]) line(c, f, [[1.18, y], [1.64, y]]);
        for (const x of [1.22, 1.58]) line(c, f, [[x, 0.62], [x + 0.01, 0.42]]);
        for (const [x, dx] of [[1.19, -0.03], [1.63, 0.03]] as const) line(c, f, [[x, 0.66], [x + dx, 0.84]], { overshoot: 3 });
      });
      c.thing('man', 'man walking', () => {
        figure(c, frame(c, 0.38, 0.86, 0.6), WALK, { hair: 'short' });
      });
      smooth(c, f, [[0.8, 0.56], [0.92, 0.64], [1.02, 0.66], [1.12, 0.64]]);
      c.thing('dog', 'dog on the lead', () => dog(c, frame(c, 0.56, 0.855, 0.38)));
    },
  },
  {
    id: 'wall-between-me-and-friends', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a high wall between me and my friends', ...none, horizon: null, ground: 0.85,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.85], [1.333, 0.85]], { overshoot: 6 });
      c.thing('wall', 'high brick wall', () => {
        shape(c, f, [[0.58, 0.85], [0.58, 0.08], [0.76, 0.08], [0.76, 0.85]]);
        for (let i = 1; i < 11; i++) {
          const y = 0.08 + i * 0.07;
          line(c, f, [[0.58, y], [0.76, y]], { pace: 1.4 });
          const off = i % 2 === 0 ? 0.64 : 0.7;
          line(c, f, [[off, y - 0.07], [off, y]], { pace: 1.4 });
        }
      });
      c.thing('me', 'me alone on the left', () => {
        figure(c, frame(c, 0.25, 0.86, 0.42), STAND, { face: 'sad', hair: 'long' });
      });
      c.thing('friends', 'first friend', () => {
        figure(c, frame(c, 0.76, 0.86, 0.4), STAND, { face: 'smile', hair: 'short' });
      });
      c.thing('friends', 'second friend', () => {
        figure(c, frame(c, 0.9, 0.86, 0.38), WAVE, { face: 'smile', dress: true });
      });
    },
  },
  {
    id: 'pink-heart-bandage', kind: 'coloured', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a pink heart with a bandage across it', notDrawn: [], negated: [], colours: [{ word: 'pink', of: 'heart' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0.5, 0.5, 1);
      const heart: U[] = [[0, -0.2], [0.12, -0.34], [0.3, -0.33], [0.38, -0.16], [0.3, 0.06], [0, 0.36], [-0.3, 0.06], [-0.38, -0.16],
        [-0.3, -0.33], [-0.12, -0.34]];
      const band: U[] = [[-0.3, 0.02], [0.22, -0.26], [0.3, -0.12], [-0.22, 0.16]];
      c.thing('heart', 'pink heart', () => loop(c, f, heart));
      c.thing('bandage', 'bandage across the heart', () => {
        shape(c, f, band);
        shape(c, f, [[-0.08, -0.06], [0.04, -0.13], [0.09, -0.04], [-0.03, 0.03]]);
        for (const [x, y] of [[-0.2, 0.05], [-0.15, 0.09], [0.14, -0.15], [0.19, -0.12]] as const) line(c, f, [[x, y], [x + 0.004, y + 0.004]], { pace: 0.3 });
      });
      fill(c, f, heart.map(([x, y]) => [x * 0.93, y * 0.93] as U), '#f28cb8', { angle: 0.6 });
      fill(c, f, band.map(([x, y]) => [x * 0.92, y * 0.9 - 0.005] as U), '#e2b487', { angle: -0.5, opacity: 0.6 });
    },
  },
  {
    id: 'rabbit-eating-carrot', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a rabbit eating a carrot, the sun behind the hill', notDrawn: ['sun'], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('hill', 'hill', () => smooth(c, f, [[0, 0.72], [0.25, 0.5], [0.55, 0.44], [0.8, 0.52], [1, 0.66]]));
      c.thing('rabbit', 'rabbit sitting on the hill', () => {
        oval(c, f, 0.42, 0.74, 0.13, 0.11);
        oval(c, f, 0.55, 0.6, 0.065, 0.06);
        smooth(c, f, [[0.52, 0.55], [0.49, 0.45], [0.5, 0.38], [0.535, 0.46], [0.54, 0.55]]);
        smooth(c, f, [[0.565, 0.55], [0.58, 0.45], [0.61, 0.39], [0.615, 0.47], [0.59, 0.56]]);
        oval(c, f, 0.29, 0.76, 0.03, 0.03);
        line(c, f, [[0.57, 0.59], [0.575, 0.595]], { pace: 0.3 });
        line(c, f, [[0.45, 0.84], [0.5, 0.85]]);
      });
      c.thing('carrot', 'carrot at its mouth', () => {
        shape(c, f, [[0.6, 0.63], [0.75, 0.67], [0.61, 0.69]]);
        line(c, f, [[0.6, 0.64], [0.56, 0.6]], { pace: 0.6 });
        line(c, f, [[0.6, 0.66], [0.55, 0.66]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'house-red-door-four-windows', kind: 'coloured', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a house with a big red door and four windows', notDrawn: [], negated: [], colours: [{ word: 'red', of: 'door' }], horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.243, 0.9]], { overshoot: 6 });
      const win: [number, number][] = [[0.3, 0.42], [0.8, 0.42], [0.3, 0.66], [0.8, 0.66]];
      c.thing('house', 'house with its roof', () => {
        shape(c, f, [[0.2, 0.9], [0.2, 0.34], [1.04, 0.34], [1.04, 0.9]]);
        shape(c, f, [[0.14, 0.35], [0.62, 0.06], [1.1, 0.35]]);
        line(c, f, [[0.86, 0.22], [0.86, 0.1], [0.94, 0.1], [0.94, 0.27]]);
      });
      c.thing('door', 'big red door', () => {
        line(c, f, [[0.52, 0.9], [0.52, 0.56], [0.56, 0.5], [0.62, 0.48], [0.68, 0.5], [0.72, 0.56], [0.72, 0.9]]);
        oval(c, f, 0.67, 0.72, 0.012, 0.012);
      });
      for (const [x, y] of win) {
        c.thing('windows', `window ${y < 0.5 ? 'upper' : 'lower'} ${x < 0.5 ? 'left' : 'right'}`, () => {
          shape(c, f, [[x, y], [x + 0.14, y], [x + 0.14, y + 0.13], [x, y + 0.13]]);
          line(c, f, [[x + 0.07, y], [x + 0.07, y + 0.13]], { pace: 0.8 });
          line(c, f, [[x, y + 0.065], [x + 0.14, y + 0.065]], { pace: 0.8 });
        });
      }
      fill(c, f, [[0.53, 0.89], [0.53, 0.57], [0.62, 0.5], [0.71, 0.57], [0.71, 0.89]], '#d3202a', { angle: 1.3 });
      fill(c, f, [[0.2, 0.34], [0.62, 0.08], [1.06, 0.34]], '#9a5a32', { angle: 0.2 });
      for (const [x, y] of win) fill(c, f, [[x + 0.01, y + 0.01], [x + 0.13, y + 0.01], [x + 0.13, y + 0.12], [x + 0.01, y + 0.12]],
        '#8ecdf0', { angle: 0.8, opacity: 0.6 });
    },
  },
  {
    id: 'scarecrow-among-pumpkins', kind: 'drawing', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a scarecrow standing among pumpkins, crows flying above', notDrawn: ['crows'], negated: [], colours: [], horizon: 0.7, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.7], [2, 0.7]], { overshoot: 8 });
      c.thing('scarecrow', 'scarecrow on a pole', () => {
        line(c, f, [[1.0, 0.98], [1.0, 0.3]]);
        line(c, f, [[0.72, 0.4], [1.28, 0.4]]);
        oval(c, f, 1.0, 0.23, 0.07, 0.075);
        line(c, f, [[0.88, 0.17], [1.12, 0.17]]);
        shape(c, f, [[0.94, 0.17], [0.96, 0.06], [1.04, 0.06], [1.06, 0.17]]);
        shape(c, f, [[0.9, 0.36], [1.1, 0.36], [1.12, 0.66], [0.88, 0.66]]);
        for (const side of [-1, 1]) for (const dy of [-0.03, 0, 0.03]) line(c, f, [[1 + side * 0.28, 0.4], [1 + side * 0.34, 0.4 + dy]], { pace: 0.6 });
        for (const dx of [-0.08, -0.02, 0.04, 0.09]) line(c, f, [[1 + dx, 0.66], [1 + dx * 1.2, 0.72]], { pace: 0.6 });
        line(c, f, [[0.97, 0.25], [1.03, 0.25]], { pace: 0.5 });
      });
      const pumpkin = (x: number, y: number, r: number, label: string): void => c.thing('pumpkins', label, () => {
        oval(c, f, x, y, r * 1.3, r);
        smooth(c, f, [[x - r * 0.4, y - r * 0.95], [x - r * 0.55, y], [x - r * 0.4, y + r * 0.95]], { pace: 0.7 });
        smooth(c, f, [[x + r * 0.4, y - r * 0.95], [x + r * 0.55, y], [x + r * 0.4, y + r * 0.95]], { pace: 0.7 });
        line(c, f, [[x, y - r * 0.95], [x + r * 0.15, y - r * 1.35]]);
      });
      pumpkin(0.36, 0.84, 0.11, 'big pumpkin on the left');
      pumpkin(1.1, 0.9, 0.07, 'pumpkin at the foot of the pole');
      pumpkin(1.66, 0.8, 0.085, 'pumpkin on the right');
    },
  },
  {
    id: 'storm-over-small-house', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 5 }, language: 'en',
    prompt: 'dark clouds and lightning over a small house', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('clouds', 'dark cloud top left', () => {
        cloud(c, frame(c, 0.3, 0.14, 1), 0.58);
        for (let i = 0; i < 4; i++) line(c, f, [[0.12 + i * 0.08, 0.17], [0.2 + i * 0.08, 0.12]], { pace: 1.5, shaky: 0.4 });
      });
      c.thing('clouds', 'dark cloud top right', () => {
        cloud(c, frame(c, 0.72, 0.24, 1), 0.48);
        for (let i = 0; i < 3; i++) line(c, f, [[0.63 + i * 0.08, 0.32], [0.7 + i * 0.08, 0.27]], { pace: 1.5, shaky: 0.4 });
      });
      c.thing('lightning', 'lightning bolt', () => {
        shape(c, f, [[0.6, 0.4], [0.48, 0.62], [0.56, 0.62], [0.46, 0.86], [0.66, 0.56], [0.58, 0.56], [0.68, 0.4]]);
      });
      line(c, f, [[0, 1.2], [1, 1.2]], { overshoot: 6 });
      c.thing('house', 'small house', () => {
        shape(c, f, [[0.12, 1.2], [0.12, 1.02], [0.38, 1.02], [0.38, 1.2]]);
        shape(c, f, [[0.08, 1.03], [0.25, 0.9], [0.42, 1.03]]);
        shape(c, f, [[0.22, 1.2], [0.22, 1.11], [0.28, 1.11], [0.28, 1.2]]);
        shape(c, f, [[0.3, 1.06], [0.35, 1.06], [0.35, 1.1], [0.3, 1.1]]);
      });
      c.thing(null, 'tree beside the house (not named)', () => tree(c, frame(c, 0.78, 1.2 / 1.333, 0.5), 0.42, 0.3));
    },
  },
  {
    id: 'paper-boat-in-puddle', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 10 }, language: 'en',
    prompt: 'a paper boat floating in a puddle next to my yellow rain boots', notDrawn: [], negated: [], colours: [{ word: 'yellow', of: 'boots' }],
    horizon: null, ground: null, photo: { width: 1280, height: 960, ink: '#3b3631', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('puddle', 'puddle', () => loop(c, f, [[0.08, 0.68], [0.2, 0.55], [0.5, 0.52], [0.78, 0.56], [0.9, 0.66], [0.8, 0.8], [0.5, 0.84], [0.2, 0.8]]));
      c.thing('boat', 'paper boat on the puddle', () => {
        shape(c, f, [[0.3, 0.58], [0.68, 0.58], [0.6, 0.66], [0.38, 0.66]]);
        shape(c, f, [[0.38, 0.58], [0.49, 0.38], [0.6, 0.58]]);
        line(c, f, [[0.49, 0.38], [0.49, 0.58]], { pace: 0.8 });
      });
      for (const [x, label] of [[0.92, 'left boot'], [1.1, 'right boot']] as const) {
        c.thing('boots', label, () => {
          line(c, f, [[x, 0.32], [x, 0.74], [x + 0.2, 0.74], [x + 0.2, 0.68], [x + 0.16, 0.63], [x + 0.11, 0.6], [x + 0.11, 0.32], [x, 0.32]]);
          line(c, f, [[x - 0.01, 0.38], [x + 0.12, 0.38]], { pace: 0.8 });
          line(c, f, [[x, 0.7], [x + 0.2, 0.7]], { pace: 0.8 });
        });
      }
      for (const [x, y] of [[0.15, 0.5], [0.82, 0.5], [0.6, 0.88]] as const) smooth(c, f, [[x - 0.04, y], [x, y - 0.012], [x + 0.04, y]], { pace: 0.6 });
    },
  },
  {
    id: 'bicycle-leaning-on-tree', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'a bicycle leaning against a tree and a kite stuck in the branches', notDrawn: ['kite'], negated: [], colours: [],
    horizon: null, ground: 0.9, photo: { width: 1080, height: 1350, ink: '#2f2c29', quality: 62 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.27], [1, 1.27]], { overshoot: 5 });
      c.thing('tree', 'big tree, its crown at the top edge', () => {
        line(c, f, [[0.6, 1.27], [0.62, 0.62]]);
        line(c, f, [[0.76, 1.27], [0.73, 0.62]]);
        line(c, f, [[0.64, 0.7], [0.5, 0.55]]);
        line(c, f, [[0.71, 0.7], [0.85, 0.52]]);
        loop(c, f, [[0.2, 0.5], [0.12, 0.3], [0.22, 0.1], [0.45, 0.0], [0.7, -0.02], [0.95, 0.06], [1.04, 0.3], [0.94, 0.54], [0.68, 0.64], [0.42, 0.62]]);
      });
      c.thing('bicycle', 'bicycle leaning on the trunk', () => {
        const [rx, fx, wy, r] = [0.24, 0.62, 1.1, 0.15];
        oval(c, f, rx, wy, r, r);
        oval(c, f, fx, wy, r, r);
        line(c, f, [[rx, wy], [0.38, 0.94], [0.55, 0.94], [fx, wy]]);
        line(c, f, [[rx, wy], [0.43, wy], [0.38, 0.94]]);
        line(c, f, [[0.43, wy], [0.55, 0.94]]);
        line(c, f, [[0.38, 0.94], [0.36, 0.88]]);
        line(c, f, [[0.31, 0.88], [0.41, 0.88]]);
        line(c, f, [[0.55, 0.94], [0.53, 0.85], [0.6, 0.84]]);
      });
    },
  },
  {
    id: 'blue-birthday-cake-candles', kind: 'photo', width: 900, height: 900, device: 'mouse', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'a birthday cake with blue icing and five candles', notDrawn: [], negated: [], colours: [{ word: 'blue', of: 'cake' }],
    horizon: null, ground: null, photo: { width: 1000, height: 1000, ink: '#2a3550', quality: 59 },
    draw(c) {
      const f = frame(c, 0.5, 0.5, 1);
      c.thing('cake', 'cake on its plate', () => {
        oval(c, f, 0, 0.28, 0.42, 0.08);
        oval(c, f, 0, -0.02, 0.3, 0.07);
        line(c, f, [[-0.3, -0.02], [-0.3, 0.26]]);
        line(c, f, [[0.3, -0.02], [0.3, 0.26]]);
        smooth(c, f, [[-0.3, 0.26], [-0.15, 0.31], [0, 0.32], [0.15, 0.31], [0.3, 0.26]]);
        smooth(c, f, [[-0.3, 0.04], [-0.26, 0.1], [-0.22, 0.05], [-0.16, 0.12], [-0.1, 0.07], [-0.03, 0.12], [0.04, 0.07], [0.1, 0.12],
          [0.16, 0.06], [0.22, 0.11], [0.3, 0.04]]);
      });
      [-0.2, -0.1, 0, 0.1, 0.2].forEach((x, i) => c.thing('candles', `candle ${i + 1} of 5`, () => {
        const top = -0.26 + Math.abs(x) * 0.3;
        const base = -0.02 + Math.abs(x) * 0.06;
        line(c, f, [[x - 0.018, base], [x - 0.018, top], [x + 0.018, top], [x + 0.018, base]]);
        line(c, f, [[x, top], [x, top - 0.03]], { pace: 0.5 });
        loop(c, f, [[x, top - 0.12], [x + 0.025, top - 0.06], [x, top - 0.035], [x - 0.025, top - 0.06]], { pace: 0.6 });
      }));
    },
  },
  {
    id: 'guitar-and-drum-no-piano', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a guitar and a drum, no piano', notDrawn: [], negated: ['piano'], colours: [], horizon: null, ground: null,
    draw(c) {
      c.thing('guitar', 'guitar standing at a slant', () => {
        const g = frame(c, 0.28, 0.62, 1, { rot: -0.35 });
        loop(c, g, [[0, -0.1], [0.1, -0.2], [0.09, -0.04], [0.16, 0.08], [0.12, 0.26], [0, 0.3], [-0.12, 0.26], [-0.16, 0.08], [-0.09, -0.04], [-0.1, -0.2]]);
        oval(c, g, 0, 0.02, 0.05, 0.05);
        line(c, g, [[-0.025, -0.15], [-0.025, -0.56], [0.025, -0.56], [0.025, -0.15]]);
        shape(c, g, [[-0.035, -0.56], [-0.04, -0.66], [0.04, -0.66], [0.035, -0.56]]);
        for (const x of [-0.012, 0, 0.012]) line(c, g, [[x, -0.56], [x, 0.16]], { pace: 1.3, shaky: 0.3 });
        line(c, g, [[-0.05, 0.17], [0.05, 0.17]]);
      });
      c.thing('drum', 'drum with two sticks', () => {
        const d = frame(c, 0.7, 0.62, 1);
        oval(c, d, 0, -0.12, 0.2, 0.06);
        line(c, d, [[-0.2, -0.12], [-0.2, 0.14]]);
        line(c, d, [[0.2, -0.12], [0.2, 0.14]]);
        smooth(c, d, [[-0.2, 0.14], [0, 0.2], [0.2, 0.14]]);
        line(c, d, [[-0.2, -0.06], [-0.12, 0.14], [-0.04, -0.06], [0.04, 0.16], [0.12, -0.06], [0.2, 0.12]], { pace: 0.9 });
        line(c, d, [[-0.1, -0.15], [0.2, -0.36]]);
        oval(c, d, 0.2, -0.36, 0.014, 0.014);
        line(c, d, [[0.1, -0.15], [-0.2, -0.36]]);
        oval(c, d, -0.2, -0.36, 0.014, 0.014);
      });
      c.thing(null, 'two musical notes between them (not named)', () => {
        const n = frame(c, 0.5, 0.24, 1);
        oval(c, n, -0.06, 0.06, 0.025, 0.018, { turn: -0.4 });
        line(c, n, [[-0.035, 0.055], [-0.035, -0.09], [0.05, -0.11], [0.05, 0.03]]);
        oval(c, n, 0.025, 0.035, 0.025, 0.018, { turn: -0.4 });
      });
    },
  },
  {
    id: 'backpack-full-of-stones', kind: 'drawing', width: 768, height: 1024, device: 'finger', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'me carrying a heavy backpack full of stones', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.2], [1, 1.2]], { overshoot: 6 });
      const me = frame(c, 0.56, 0.9, 0.8);
      const bent = { ...WALK, head: [0.2, -0.84], neck: [0.13, -0.76], arms: [[[0.2, -0.62], [0.26, -0.5]], [[0.17, -0.6], [0.22, -0.47]]] } as const;
      c.thing('me', 'me bent forward under the weight', () => figure(c, me, bent, { face: 'sad', hair: 'short' }));
      c.thing('backpack', 'big backpack on my back', () => {
        shape(c, me, [[0.06, -0.84], [-0.34, -0.86], [-0.36, -0.4], [0.02, -0.38]]);
        shape(c, me, [[-0.28, -0.64], [-0.12, -0.64], [-0.12, -0.52], [-0.28, -0.52]]);
        line(c, me, [[0.05, -0.8], [0.11, -0.66], [0.04, -0.5]]);
      });
      const stone = (x: number, y: number, r: number, label: string): void => c.thing('stones', label, () => oval(c, me, x, y, r * 1.25, r));
      stone(-0.27, -0.9, 0.055, 'stone sticking out of the backpack, left');
      stone(-0.12, -0.9, 0.05, 'stone sticking out of the backpack, right');
      stone(-0.2, -0.99, 0.045, 'stone on top of the pile');
      for (const [x, y] of [[0.32, -0.92], [0.36, -0.86]] as const) line(c, me, [[x, y], [x + 0.01, y + 0.04]], { pace: 0.5 });
    },
  },
  {
    id: 'spiral-and-small-arrow', kind: 'drawing', width: 512, height: 512, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a spiral going round and round, and a small arrow pointing out', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0.45, 0.52, 1);
      c.thing('spiral', 'spiral', () => {
        const pts: U[] = [];
        for (let a = 0; a < Math.PI * 2 * 4.2; a += 0.25) pts.push([Math.cos(a) * (0.015 + a * 0.0135), Math.sin(a) * (0.015 + a * 0.0135)]);
        line(c, f, pts, { pace: 0.8 });
      });
      c.thing('arrow', 'small arrow pointing to the corner', () => {
        line(c, f, [[0.3, -0.3], [0.47, -0.46]]);
        line(c, f, [[0.38, -0.47], [0.48, -0.47], [0.48, -0.37]]);
      });
    },
  },
  {
    id: 'nina-saluda-desde-ventana', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'es',
    prompt: 'una niña saludando desde la ventana de su casa', ...none, horizon: null, ground: 0.93,
    photo: { width: 960, height: 1280, ink: '#34302c', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.315], [1, 1.315]], { overshoot: 5 });
      c.thing('casa', 'casa (house) with roof and door', () => {
        shape(c, f, [[0.1, 1.315], [0.1, 0.55], [0.9, 0.55], [0.9, 1.315]]);
        shape(c, f, [[0.04, 0.56], [0.5, 0.2], [0.96, 0.56]]);
        shape(c, f, [[0.6, 1.315], [0.6, 1.03], [0.78, 1.03], [0.78, 1.315]]);
        oval(c, f, 0.74, 1.18, 0.012, 0.012);
        shape(c, f, [[0.2, 1.05], [0.38, 1.05], [0.38, 1.2], [0.2, 1.2]]);
      });
      c.thing('ventana', 'upstairs window the girl looks out of', () => {
        shape(c, f, [[0.26, 0.62], [0.66, 0.62], [0.66, 0.92], [0.26, 0.92]]);
        line(c, f, [[0.22, 0.92], [0.7, 0.92]]);
      });
      c.thing('niña', 'niña (girl) waving in the window', () => {
        const g = frame(c, 0.44, 1.02 / 1.414, 0.4);
        oval(c, g, 0, -0.62, 0.1, 0.11);
        smooth(c, g, [[-0.11, -0.62], [-0.1, -0.74], [0, -0.77], [0.1, -0.74], [0.12, -0.5]]);
        line(c, g, [[-0.1, -0.62], [-0.13, -0.5]]);
        for (const x of [-0.04, 0.04]) line(c, g, [[x, -0.64], [x + 0.003, -0.63]], { pace: 0.3 });
        smooth(c, g, [[-0.04, -0.57], [0, -0.55], [0.04, -0.57]], { pace: 0.4 });
        smooth(c, g, [[-0.06, -0.5], [-0.2, -0.42], [-0.22, -0.3]]);
        smooth(c, g, [[0.06, -0.5], [0.22, -0.44], [0.3, -0.6], [0.3, -0.78]]);
        oval(c, g, 0.3, -0.82, 0.035, 0.045);
        for (const d of [0.08, 0.13]) smooth(c, g, [[0.3 + d, -0.92], [0.32 + d * 1.3, -0.84], [0.3 + d, -0.76]], { pace: 0.5 });
      });
    },
  },
  {
    id: 'familia-en-el-sofa', kind: 'drawing', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'mi familia en el sofá: mamá, papá, mi hermano y yo, y el perro', notDrawn: ['perro'], negated: [], colours: [], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.778, 0.92]], { overshoot: 6 });
      c.thing('sofá', 'long sofa', () => {
        smooth(c, f, [[0.2, 0.88], [0.18, 0.58], [0.22, 0.38], [0.6, 0.34], [1.2, 0.34], [1.56, 0.38], [1.6, 0.58], [1.58, 0.88]]);
        line(c, f, [[0.2, 0.88], [1.58, 0.88]]);
        line(c, f, [[0.24, 0.66], [1.54, 0.66]]);
        for (const x of [0.24, 1.54]) shape(c, f, [[x - 0.08, 0.88], [x - 0.08, 0.55], [x + 0.08, 0.55], [x + 0.08, 0.88]]);
        line(c, f, [[0.3, 0.88], [0.29, 0.94]]);
        line(c, f, [[1.48, 0.88], [1.49, 0.94]]);
      });
      const seated = (word: string, label: string, x: number, h: number, o: Parameters<typeof figure>[3]): void =>
        c.thing(word, label, () => figure(c, frame(c, x / 1.778, 0.9, h), { ...STAND, legs: [[[-0.07, -0.25], [-0.08, 0]], [[0.07, -0.25], [0.08, 0]]] }, o));
      seated('mamá', 'mamá (mother) on the sofa, left', 0.5, 0.62, { dress: true, hair: 'long', face: 'smile' });
      seated('papá', 'papá (father) on the sofa', 0.84, 0.68, { hair: 'short', face: 'smile' });
      seated('hermano', 'mi hermano (my brother), small', 1.12, 0.46, { hair: 'short', face: 'flat' });
      seated('yo', 'yo (me), on the right', 1.36, 0.5, { hair: 'long', face: 'smile', dress: true });
    },
  },
  {
    id: 'caballo-marron-sin-jinete', kind: 'drawing', width: 895, height: 720, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un caballo marrón junto a un árbol, sin jinete', notDrawn: [], negated: ['jinete'], colours: [{ word: 'marrón', of: 'caballo' }],
    horizon: 0.78, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.78], [1.243, 0.78]], { overshoot: 8 });
      c.thing('árbol', 'árbol (tree) at the right edge', () => tree(c, frame(c, 0.87, 0.93, 0.62), 0.5, 0.36));
      const h = frame(c, 0.4, 0.93, 0.6);
      const body: U[] = [[-0.45, -0.62], [-0.1, -0.64], [0.22, -0.68], [0.42, -0.98], [0.44, -1.06], [0.5, -0.98], [0.66, -0.8], [0.66, -0.74],
        [0.56, -0.76], [0.44, -0.8], [0.34, -0.56], [0.25, -0.4], [-0.3, -0.4], [-0.48, -0.46]];
      c.thing('caballo', 'brown horse standing, no rider', () => {
        loop(c, h, body);
        for (const x of [-0.4, -0.28, 0.16, 0.26]) line(c, h, [[x, -0.42], [x, 0], [x + 0.05, 0], [x + 0.05, -0.42]]);
        smooth(c, h, [[-0.46, -0.6], [-0.56, -0.5], [-0.6, -0.28]]);
        smooth(c, h, [[-0.46, -0.58], [-0.52, -0.44], [-0.53, -0.3]]);
        for (const t of [0.2, 0.45, 0.7]) line(c, h, [[0.24 + t * 0.18, -0.7 - t * 0.28], [0.18 + t * 0.18, -0.66 - t * 0.28]], { pace: 0.6 });
        oval(c, h, 0.5, -0.91, 0.012, 0.012);
      });
      fill(c, h, body.map(([x, y]) => [x * 0.9 + 0.02, y * 0.95 - 0.02] as U), '#8a5a2b', { angle: 0.3 });
    },
  },
  {
    id: 'cabana-entre-arboles-humo', kind: 'coloured', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'mi lugar seguro: una cabaña entre árboles con humo saliendo de la chimenea', ...none, horizon: null, ground: 0.86,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.86], [1.333, 0.86]], { overshoot: 6 });
      c.thing('cabaña', 'cabaña (log cabin)', () => {
        shape(c, f, [[0.46, 0.86], [0.46, 0.56], [0.9, 0.56], [0.9, 0.86]]);
        shape(c, f, [[0.4, 0.57], [0.68, 0.36], [0.96, 0.57]]);
        for (const y of [0.63, 0.7, 0.77]) line(c, f, [[0.46, y], [0.9, y]], { pace: 1.3 });
        shape(c, f, [[0.62, 0.86], [0.62, 0.7], [0.72, 0.7], [0.72, 0.86]]);
      });
      c.thing('chimenea', 'chimenea (chimney) on the roof', () => shape(c, f, [[0.8, 0.46], [0.8, 0.32], [0.86, 0.32], [0.86, 0.5]]));
      c.thing('humo', 'humo (smoke) curling up', () => {
        smooth(c, f, [[0.83, 0.3], [0.8, 0.25], [0.86, 0.2], [0.82, 0.14], [0.9, 0.09], [0.86, 0.03]], { pace: 0.8 });
        oval(c, f, 0.9, 0.2, 0.03, 0.025);
        oval(c, f, 0.95, 0.1, 0.04, 0.03);
      });
      const fir = (x: number, h: number, label: string): void => c.thing('árboles', label, () => {
        shape(c, f, [[x, 0.82 - h], [x + h * 0.3, 0.82 - h * 0.5], [x + h * 0.16, 0.82 - h * 0.5], [x + h * 0.4, 0.82], [x - h * 0.4, 0.82],
          [x - h * 0.16, 0.82 - h * 0.5], [x - h * 0.3, 0.82 - h * 0.5]]);
        line(c, f, [[x - 0.015, 0.82], [x - 0.015, 0.86]]);
        line(c, f, [[x + 0.015, 0.82], [x + 0.015, 0.86]]);
      });
      fir(0.18, 0.6, 'tall fir on the left');
      fir(0.34, 0.42, 'smaller fir beside the cabin');
      fir(1.17, 0.66, 'fir at the right edge');
      fill(c, f, [[0.47, 0.57], [0.89, 0.57], [0.89, 0.85], [0.47, 0.85]], '#8b5a2e', { angle: 0.1 });
      fill(c, f, [[0.43, 0.56], [0.68, 0.38], [0.93, 0.56]], '#b3382c', { angle: 0.4 });
      for (const [x, h] of [[0.18, 0.6], [0.34, 0.42], [1.17, 0.66]] as const) fill(c, f, [[x, 0.83 - h], [x + h * 0.38, 0.81],
        [x - h * 0.38, 0.81]], '#2f8a3c', { angle: 1.2 });
      fill(c, f, [[0.79, 0.27], [0.86, 0.17], [0.84, 0.08], [0.99, 0.06], [0.96, 0.16], [0.88, 0.27]], '#9a9a9a', { opacity: 0.45 });
    },
  },
  {
    id: 'autobus-amarillo-semaforo', kind: 'coloured', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un autobús amarillo en la calle y un semáforo', notDrawn: [], negated: [], colours: [{ word: 'amarillo', of: 'autobús' }],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('calle', 'calle (street) with a dashed middle line', () => {
        line(c, f, [[0, 0.72], [1.778, 0.72]], { overshoot: 8 });
        line(c, f, [[0, 0.98], [1.778, 0.98]], { overshoot: 8 });
        for (let x = 0.05; x < 1.75; x += 0.22) line(c, f, [[x, 0.86], [x + 0.11, 0.86]], { pace: 1.2 });
      });
      c.thing('autobús', 'yellow bus running off the left edge', () => {
        shape(c, f, [[-0.02, 0.82], [-0.02, 0.36], [1.0, 0.36], [1.06, 0.46], [1.06, 0.82]]);
        for (let x = 0.06; x < 0.9; x += 0.17) shape(c, f, [[x, 0.42], [x + 0.12, 0.42], [x + 0.12, 0.55], [x, 0.55]]);
        shape(c, f, [[0.93, 0.42], [1.0, 0.42], [1.04, 0.55], [0.93, 0.55]]);
        for (const x of [0.22, 0.84]) {
          oval(c, f, x, 0.83, 0.075, 0.075);
          oval(c, f, x, 0.83, 0.025, 0.025);
        }
        line(c, f, [[0.02, 0.64], [1.04, 0.64]]);
      });
      c.thing('semáforo', 'semáforo (traffic light) on the pavement', () => {
        line(c, f, [[1.5, 0.72], [1.5, 0.32]]);
        line(c, f, [[1.54, 0.72], [1.54, 0.32]]);
        shape(c, f, [[1.45, 0.32], [1.45, 0.06], [1.59, 0.06], [1.59, 0.32]]);
        for (const y of [0.11, 0.19, 0.27]) oval(c, f, 1.52, y, 0.03, 0.03);
      });
      fill(c, f, [[0, 0.37], [0.99, 0.37], [1.05, 0.47], [1.05, 0.76], [0, 0.76]], '#f2c21b', { angle: 0.15 });
      fill(c, f, [[1.49, 0.08], [1.55, 0.08], [1.55, 0.14], [1.49, 0.14]], '#d8262b', { size: 8 });
    },
  },
  {
    id: 'sopa-cuchara-pan', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'un tazón de sopa con una cuchara, un trozo de pan y un vaso de agua', notDrawn: ['vaso'], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('tazón', 'tazón (bowl) of soup', () => {
        oval(c, f, 0.42, 0.52, 0.3, 0.08);
        smooth(c, f, [[0.12, 0.52], [0.18, 0.7], [0.3, 0.78], [0.42, 0.8], [0.54, 0.78], [0.66, 0.7], [0.72, 0.52]]);
        line(c, f, [[0.32, 0.8], [0.34, 0.84], [0.5, 0.84], [0.52, 0.8]]);
        for (const x of [0.32, 0.44, 0.54]) smooth(c, f, [[x, 0.44], [x - 0.02, 0.38], [x + 0.01, 0.33], [x - 0.01, 0.28]], { pace: 0.6 });
      });
      c.thing('cuchara', 'cuchara (spoon) in the bowl', () => {
        line(c, f, [[0.52, 0.52], [0.78, 0.3]]);
        oval(c, f, 0.47, 0.56, 0.06, 0.035, { turn: -0.7 });
      });
      c.thing('pan', 'trozo de pan (piece of bread) beside it', () => {
        loop(c, f, [[0.72, 0.74], [0.76, 0.66], [0.86, 0.64], [0.95, 0.68], [0.96, 0.78], [0.92, 0.86], [0.76, 0.86]]);
        for (const x of [0.8, 0.86, 0.91]) line(c, f, [[x, 0.7], [x - 0.02, 0.76]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'tres-formas-redondas', kind: 'drawing', width: 900, height: 900, device: 'stylus', pen: { color: INK, size: 5 }, language: 'es',
    prompt: 'tres formas redondas y suaves que flotan sobre una línea', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('formas', 'big soft round shape, left', () => loop(c, f, [[0.12, 0.42], [0.2, 0.26], [0.36, 0.22], [0.46, 0.32], [0.44, 0.5],
        [0.3, 0.58], [0.16, 0.54]]));
      c.thing('formas', 'small round shape, top middle', () => loop(c, f, [[0.5, 0.16], [0.56, 0.1], [0.64, 0.11], [0.67, 0.18], [0.62, 0.24], [0.54, 0.23]]));
      c.thing('formas', 'wide soft shape overlapping the first', () => loop(c, f, [[0.38, 0.54], [0.5, 0.42], [0.72, 0.4], [0.9, 0.48],
        [0.88, 0.62], [0.66, 0.68], [0.46, 0.66]]));
      c.thing('línea', 'línea (line) underneath, edge to edge', () => smooth(c, f, [[0, 0.84], [0.3, 0.8], [0.6, 0.86], [1, 0.82]]));
    },
  },
  {
    id: 'muneco-de-nieve-bufanda', kind: 'photo', width: 1000, height: 700, device: 'mouse', pen: { color: INK, size: 9 }, language: 'es',
    prompt: 'un muñeco de nieve con una bufanda roja y un sombrero', notDrawn: [], negated: [], colours: [{ word: 'roja', of: 'bufanda' }],
    horizon: null, ground: 0.88, photo: { width: 1366, height: 768, ink: '#3c2f2f', quality: 58 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      smooth(c, f, [[0, 0.9], [0.5, 0.87], [1, 0.92], [1.43, 0.88]]);
      c.thing('muñeco', 'muñeco de nieve (snowman)', () => {
        oval(c, f, 0.72, 0.7, 0.17, 0.16);
        oval(c, f, 0.72, 0.43, 0.12, 0.11);
        oval(c, f, 0.72, 0.22, 0.085, 0.08);
        for (const y of [0.4, 0.47, 0.64, 0.74]) oval(c, f, 0.72, y, 0.01, 0.01);
        for (const x of [0.69, 0.75]) oval(c, f, x, 0.2, 0.007, 0.007);
        line(c, f, [[0.72, 0.235], [0.8, 0.25], [0.72, 0.25]]);
        line(c, f, [[0.6, 0.43], [0.44, 0.33], [0.42, 0.28]]);
        line(c, f, [[0.84, 0.43], [1.0, 0.34], [1.04, 0.3]]);
      });
      c.thing('bufanda', 'bufanda (scarf) round the neck, one end hanging', () => {
        smooth(c, f, [[0.63, 0.29], [0.72, 0.32], [0.81, 0.29]]);
        smooth(c, f, [[0.63, 0.33], [0.72, 0.36], [0.81, 0.33]]);
        line(c, f, [[0.77, 0.34], [0.8, 0.48], [0.85, 0.47], [0.81, 0.33]]);
        for (const x of [0.8, 0.83]) line(c, f, [[x, 0.48], [x + 0.005, 0.51]], { pace: 0.5 });
      });
      c.thing('sombrero', 'sombrero (top hat)', () => {
        line(c, f, [[0.6, 0.15], [0.84, 0.15]]);
        shape(c, f, [[0.65, 0.15], [0.66, 0.02], [0.78, 0.02], [0.79, 0.15]]);
      });
    },
  },
  {
    id: 'zwei-freundinnen-umarmen', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Zwei Freundinnen umarmen sich unter einem Baum', ...none, horizon: null, ground: 0.88,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.88], [1.333, 0.88]], { overshoot: 6 });
      c.thing('Baum', 'Baum (tree) they stand under', () => tree(c, frame(c, 0.32, 0.88, 0.85), 0.38, 0.36));
      c.thing('Freundinnen', 'friend on the left, arms round the other', () => figure(c, frame(c, 0.44, 0.9, 0.5), HUG, { dress: true, hair: 'long',
        face: 'smile' }));
      c.thing('Freundinnen', 'friend on the right, arms round the other', () => figure(c, frame(c, 0.56, 0.9, 0.47, { flip: true }), HUG,
        { dress: true, hair: 'short', face: 'smile' }));
    },
  },
  {
    id: 'orange-katze-drei-kaetzchen', kind: 'coloured', width: 768, height: 1024, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Eine orange Katze mit drei Kätzchen in einem Korb', notDrawn: [], negated: [], colours: [{ word: 'orange', of: 'Katze' }],
      horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const catHead = (x: number, y: number, r: number): void => {
        oval(c, f, x, y, r, r * 0.88);
        line(c, f, [[x - r * 0.85, y - r * 0.45], [x - r * 0.7, y - r * 1.45], [x - r * 0.2, y - r * 0.85]]);
        line(c, f, [[x + r * 0.2, y - r * 0.85], [x + r * 0.7, y - r * 1.45], [x + r * 0.85, y - r * 0.45]]);
        for (const dx of [-0.35, 0.35]) oval(c, f, x + dx * r, y - r * 0.1, r * 0.1, r * 0.14);
        line(c, f, [[x - r * 0.1, y + r * 0.25], [x, y + r * 0.35], [x + r * 0.1, y + r * 0.25]], { pace: 0.5 });
        for (const side of [-1, 1]) for (const dy of [0.25, 0.45]) line(c, f, [[x + side * r * 0.3, y + r * dy],
          [x + side * r * 1.25, y + r * (dy - 0.1)]], { pace: 0.6 });
      };
      c.thing('Katze', 'orange mother cat sitting up in the basket', () => {
        catHead(0.5, 0.52, 0.16);
        smooth(c, f, [[0.36, 0.6], [0.28, 0.74], [0.26, 0.86]]);
        smooth(c, f, [[0.64, 0.6], [0.72, 0.74], [0.74, 0.86]]);
        smooth(c, f, [[0.74, 0.82], [0.88, 0.72], [0.9, 0.56], [0.84, 0.5]]);
      });
      c.thing('Korb', 'Korb (basket)', () => {
        shape(c, f, [[0.06, 0.86], [0.94, 0.86], [0.84, 1.24], [0.16, 1.24]]);
        for (const y of [0.96, 1.06, 1.16]) line(c, f, [[0.09 + (y - 0.86) * 0.25, y], [0.91 - (y - 0.86) * 0.25, y]], { pace: 1.2 });
        for (let x = 0.2; x < 0.85; x += 0.1) line(c, f, [[x, 0.86], [0.5 + (x - 0.5) * 0.77, 1.24]], { pace: 1.2 });
        smooth(c, f, [[0.12, 0.86], [0.2, 0.36], [0.5, 0.24], [0.8, 0.36], [0.88, 0.86]]);
      });
      for (const [x, y, label] of [[0.22, 0.8, 'kitten peeking over the left rim'], [0.78, 0.82, 'kitten on the right rim'],
        [0.52, 0.86, 'kitten in front of the mother']] as const) {
        c.thing('Kätzchen', label, () => catHead(x, y, 0.075));
      }
      fill(c, f, ring(0.5, 0.52, 0.15, 0.13), '#f08a24', { angle: 0.5 });
      fill(c, f, [[0.36, 0.62], [0.64, 0.62], [0.72, 0.8], [0.28, 0.8]], '#f08a24', { angle: -0.4 });
      fill(c, f, [[0.1, 0.88], [0.9, 0.88], [0.82, 1.22], [0.18, 1.22]], '#c49355', { angle: 0.3, opacity: 0.5 });
      fill(c, f, ring(0.22, 0.8, 0.065, 0.058), '#8a8a8a', { size: 8 });
      fill(c, f, ring(0.52, 0.86, 0.065, 0.058), '#f0a54a', { size: 8 });
    },
  },
  {
    id: 'zug-aus-dem-tunnel', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'de',
    prompt: 'Ein Zug fährt aus einem Tunnel im Berg', ...none, horizon: null, ground: 0.82,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Berg', 'Berg (mountain) on the left', () => smooth(c, f, [[0, 0.82], [0.05, 0.5], [0.22, 0.22], [0.38, 0.08], [0.55, 0.2],
        [0.64, 0.36], [0.7, 0.5]]));
      c.thing('Tunnel', 'Tunnel mouth in the mountain', () => {
        smooth(c, f, [[0.38, 0.82], [0.38, 0.62], [0.48, 0.5], [0.6, 0.5], [0.7, 0.62], [0.7, 0.82]]);
        for (let i = 0; i < 5; i++) {
          const a = Math.PI + (i + 0.5) * (Math.PI / 5);
          line(c, f, [[0.54 + Math.cos(a) * 0.17, 0.66 + Math.sin(a) * 0.17], [0.54 + Math.cos(a) * 0.21, 0.66 + Math.sin(a) * 0.21]], { pace: 0.7 });
        }
      });
      c.h.pause(1500);
      line(c, f, [[0, 0.86], [1.778, 0.86]], { overshoot: 6 });
      line(c, f, [[0, 0.9], [1.778, 0.9]], { overshoot: 6 });
      for (let x = 0.05; x < 1.75; x += 0.09) line(c, f, [[x, 0.84], [x - 0.01, 0.92]], { pace: 1.5 });
      c.thing('Zug', 'Zug (train) coming out of the tunnel', () => {
        line(c, f, [[0.7, 0.56], [1.12, 0.56], [1.22, 0.64], [1.22, 0.82], [0.7, 0.82]]);
        shape(c, f, [[0.9, 0.56], [0.9, 0.46], [0.96, 0.46], [0.96, 0.56]]);
        shape(c, f, [[1.06, 0.6], [1.16, 0.6], [1.16, 0.68], [1.06, 0.68]]);
        for (const x of [0.76, 0.88]) shape(c, f, [[x, 0.6], [x + 0.08, 0.6], [x + 0.08, 0.68], [x, 0.68]]);
        line(c, f, [[1.22, 0.78], [1.27, 0.82]]);
        for (const x of [0.8, 0.96, 1.12]) oval(c, f, x, 0.83, 0.045, 0.045);
        oval(c, f, 0.98, 0.38, 0.04, 0.03);
        oval(c, f, 1.04, 0.3, 0.05, 0.035);
      });
    },
  },
  {
    id: 'igel-unter-pilz', kind: 'drawing', width: 512, height: 512, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Ein kleiner Igel unter einem großen Pilz im Regen', notDrawn: ['Regen'], negated: [], colours: [], horizon: null, ground: 0.86,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.86], [1, 0.86]], { overshoot: 5 });
      c.thing('Pilz', 'großer Pilz (big mushroom)', () => {
        smooth(c, f, [[0.06, 0.46], [0.14, 0.24], [0.34, 0.1], [0.56, 0.1], [0.76, 0.24], [0.86, 0.46]]);
        smooth(c, f, [[0.06, 0.46], [0.3, 0.5], [0.6, 0.5], [0.86, 0.46]]);
        line(c, f, [[0.38, 0.5], [0.36, 0.86]]);
        line(c, f, [[0.54, 0.5], [0.56, 0.86]]);
        for (const [x, y, r] of [[0.3, 0.28, 0.04], [0.5, 0.2, 0.05], [0.66, 0.32, 0.035]] as const) oval(c, f, x, y, r, r * 0.8);
      });
      c.thing('Igel', 'kleiner Igel (small hedgehog) under it', () => {
        const spikes: U[] = [[0.58, 0.86]];
        for (let i = 0; i <= 14; i++) {
          const a = Math.PI + (i / 14) * Math.PI * 0.82;
          const r = i % 2 === 0 ? 0.085 : 0.15;
          spikes.push([0.71 + Math.cos(a) * r * 1.15, 0.86 + Math.sin(a) * r]);
        }
        line(c, f, spikes, { pace: 0.8 });
        smooth(c, f, [[0.8, 0.79], [0.88, 0.81], [0.95, 0.845], [0.88, 0.86], [0.6, 0.86]]);
        oval(c, f, 0.86, 0.815, 0.008, 0.008);
        oval(c, f, 0.955, 0.845, 0.01, 0.01);
        line(c, f, [[0.68, 0.86], [0.68, 0.88]]);
        line(c, f, [[0.8, 0.86], [0.8, 0.88]]);
      });
    },
  },
  {
    id: 'maedchen-geige-buehne', kind: 'photo', width: 800, height: 800, device: 'stylus', pen: { color: INK, size: 7 }, language: 'de',
    prompt: 'Ein Mädchen spielt Geige auf einer Bühne', ...none, horizon: null, ground: 0.78, photo: { width: 1024, height: 1024, ink: '#2c2926', quality: 63 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Bühne', 'Bühne (stage) with curtains', () => {
        line(c, f, [[0, 0.78], [1, 0.78]]);
        line(c, f, [[0.02, 0.96], [0.98, 0.96]]);
        line(c, f, [[0.02, 0.78], [0.02, 0.96]]);
        line(c, f, [[0.98, 0.78], [0.98, 0.96]]);
        smooth(c, f, [[0, 0.02], [0.12, 0.02], [0.16, 0.3], [0.1, 0.55], [0.14, 0.78]]);
        smooth(c, f, [[1, 0.02], [0.88, 0.02], [0.84, 0.3], [0.9, 0.55], [0.86, 0.78]]);
        line(c, f, [[0, 0.04], [1, 0.04]]);
      });
      const g = frame(c, 0.47, 0.78, 0.6);
      c.thing('Mädchen', 'Mädchen (girl) standing, playing', () => figure(c, g, { ...STAND, arms: [[[-0.2, -0.7], [-0.3, -0.64]], [[0.14, -0.62],
        [-0.02, -0.6]]] }, { dress: true, hair: 'long' }));
      c.thing('Geige', 'Geige (violin) on her shoulder, and the bow', () => {
        const v = frame(c, 0.3, 0.42, 1, { rot: 1.2 });
        loop(c, v, [[0, -0.1], [0.05, -0.09], [0.04, -0.04], [0.06, 0.04], [0.03, 0.09], [-0.03, 0.09], [-0.06, 0.04], [-0.04, -0.04], [-0.05, -0.09]]);
        line(c, v, [[-0.012, -0.1], [-0.012, -0.24], [0.012, -0.24], [0.012, -0.1]]);
        shape(c, v, [[-0.015, -0.24], [-0.02, -0.29], [0.02, -0.29], [0.015, -0.24]]);
        for (const x of [-0.02, 0.02]) smooth(c, v, [[x, -0.02], [x * 1.4, 0], [x, 0.03]], { pace: 0.5 });
        line(c, f, [[0.2, 0.3], [0.4, 0.58]]);
        line(c, f, [[0.21, 0.29], [0.2, 0.33]], { pace: 0.5 });
      });
    },
  },
  {
    id: 'mama-papa-ich-oma-fehlt', kind: 'drawing', width: 895, height: 720, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Meine Familie: Mama, Papa und ich. Oma fehlt.', notDrawn: ['Oma'], negated: [], colours: [], horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.243, 0.9]], { overshoot: 6 });
      c.thing('Mama', 'Mama on the left', () => figure(c, frame(c, 0.2, 0.9, 0.68), STAND, { dress: true, hair: 'long', face: 'smile' }));
      c.thing('ich', 'ich (me), small, in the middle, holding hands', () => figure(c, frame(c, 0.39, 0.9, 0.4), ARMS_OPEN, { hair: 'short', face: 'flat' }));
      c.thing('Papa', 'Papa', () => figure(c, frame(c, 0.58, 0.9, 0.74), STAND, { hair: 'short', face: 'smile' }));
    },
  },
  {
    id: 'flugzeug-ueber-den-wolken', kind: 'photo', width: 1000, height: 700, device: 'finger', pen: { color: INK, size: 10 }, language: 'de',
    prompt: 'Ein Flugzeug fliegt hoch über den Wolken, unten ein See', notDrawn: ['See'], negated: [], colours: [],
    horizon: null, ground: null, photo: { width: 1200, height: 900, ink: '#2e3140', quality: 60 },
    draw(c) {
      c.thing('Flugzeug', 'Flugzeug (aeroplane) high up', () => {
        const p = frame(c, 0.58, 0.24, 1, { rot: -0.12 });
        loop(c, p, [[-0.3, -0.01], [-0.26, -0.04], [0.22, -0.04], [0.3, 0], [0.22, 0.04], [-0.26, 0.04]]);
        shape(c, p, [[-0.04, 0.02], [-0.12, 0.2], [-0.04, 0.2], [0.08, 0.03]]);
        shape(c, p, [[-0.02, -0.03], [-0.08, -0.14], [-0.02, -0.14], [0.06, -0.03]]);
        shape(c, p, [[-0.25, -0.03], [-0.32, -0.14], [-0.27, -0.14], [-0.18, -0.04]]);
        for (const x of [0.04, 0.1, 0.16]) oval(c, p, x, -0.005, 0.012, 0.012);
      });
      c.thing('Wolken', 'cloud at the left edge', () => cloud(c, frame(c, 0.1, 0.66, 1), 0.46));
      c.thing('Wolken', 'cloud in the middle', () => cloud(c, frame(c, 0.55, 0.76, 1), 0.54));
      c.thing('Wolken', 'cloud on the right', () => cloud(c, frame(c, 0.88, 0.62, 1), 0.36));
    },
  },
  {
    id: 'rotes-knaeuel-schwarze-zacken', kind: 'coloured', width: 1080, height: 1080, device: 'mouse', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Ein rotes Knäuel mit schwarzen Zacken drumherum', notDrawn: [], negated: [],
    colours: [{ word: 'rotes', of: 'Knäuel' }, { word: 'schwarzen', of: 'Zacken' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0.5, 0.5, 1);
      c.thing('Knäuel', 'red tangle in the middle', () => {
        const pts: U[] = [];
        for (let i = 0; i < 60; i++) {
          const a = i * 2.4;
          const r = 0.08 + 0.1 * c.h.random();
          pts.push([Math.cos(a) * r * 1.1, Math.sin(a) * r]);
        }
        smooth(c, f, pts, { color: '#d0202a', size: 6, pace: 1.4 });
      });
      const zacken: [number, number][] = [[0, 0], [0.8, 0.36], [1.6, 0.32], [2.4, 0.38], [3.2, 0.34], [4.0, 0.4], [4.8, 0.36], [5.6, 0.33]];
      for (const [i, [a, r]] of zacken.slice(1).entries()) {
        c.thing('Zacken', `black zigzag ${i + 1} round the tangle`, () => {
          const pts: U[] = [];
          for (let k = 0; k <= 6; k++) {
            const rr = r + (k % 2 === 0 ? -0.03 : 0.05) + k * 0.01;
            const aa = a - 0.25 + k * 0.08;
            pts.push([Math.cos(aa) * rr, Math.sin(aa) * rr]);
          }
          line(c, f, pts, { color: '#111111', size: 7 });
        });
      }
      fill(c, f, ring(0, 0, 0.16, 0.14), '#e0403a', { opacity: 0.45 });
    },
  },
];
