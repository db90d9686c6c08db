/**
 * The art-train2 training set's English sketches: each the shapes a person puts down, in drawing
 * order (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * TRAINING material (not sealed): see README.md.
 */
import type { Sketch, U } from '../art3/draw.ts';
import { cloud, fill, frame, line, loop, oval, ring, shape, smooth, tree } from '../art3/draw.ts';
import { drop, sittingBird, sun } from '../art4/shapes.ts';
import { ant, crescent, fish, leaf, snail, star, waves } from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const EN: readonly Sketch[] = [
  {
    id: 'owl-in-tree-hollow-stars', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'an owl peeping out of a hole in an old tree trunk, three stars in the sky', ...none, horizon: null, ground: 0.95,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.27], [1, 1.27]], { overshoot: 5 });
      c.thing('trunk', 'thick old tree trunk with a hole', () => {
        smooth(c, f, [[0.3, 1.27], [0.36, 1.0], [0.37, 0.6], [0.33, 0.3], [0.2, 0.14]]);
        smooth(c, f, [[0.74, 1.27], [0.66, 1.0], [0.64, 0.6], [0.68, 0.32], [0.82, 0.16]]);
        line(c, f, [[0.36, 0.3], [0.44, 0.2], [0.42, 0.1]]);
        line(c, f, [[0.64, 0.32], [0.58, 0.2], [0.62, 0.1]]);
        oval(c, f, 0.5, 0.72, 0.12, 0.15);
        for (const y of [0.98, 1.1]) smooth(c, f, [[0.42, y], [0.46, y + 0.03], [0.5, y]], { pace: 0.6 });
      });
      c.thing('owl', 'owl looking out of the hole', () => {
        smooth(c, f, [[0.4, 0.8], [0.4, 0.66], [0.44, 0.6], [0.5, 0.63], [0.56, 0.6], [0.6, 0.66], [0.6, 0.8]]);
        oval(c, f, 0.46, 0.69, 0.033, 0.033);
        oval(c, f, 0.54, 0.69, 0.033, 0.033);
        for (const x of [0.46, 0.54]) line(c, f, [[x, 0.69], [x + 0.004, 0.694]], { pace: 0.3 });
        shape(c, f, [[0.485, 0.73], [0.515, 0.73], [0.5, 0.76]]);
        for (const x of [0.45, 0.5, 0.55]) smooth(c, f, [[x - 0.02, 0.8], [x, 0.82], [x + 0.02, 0.8]], { pace: 0.5 });
      });
      for (const [x, y] of [[0.12, 0.12], [0.88, 0.42], [0.14, 0.5]] as const) c.thing('stars', 'star', () => star(c, f, x, y, 0.055));
    },
  },
  {
    id: 'blue-whale-spout-sailboat', kind: 'coloured', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a blue whale blowing a spout of water next to a little sailboat on the sea', notDrawn: [], negated: [],
    colours: [{ word: 'blue', of: 'whale' }], horizon: 0.5, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('sea', 'sea surface with waves', () => waves(c, f, 0, 1.779, 0.5, 9, 0.03));
      c.thing(null, 'sun low in the sky', () => sun(c, f, 1.6, 0.15, 0.06, 8));
      const body: U[] = [[0.2, 0.62], [0.32, 0.46], [0.55, 0.4], [0.8, 0.44], [0.98, 0.55], [1.08, 0.58], [1.16, 0.5], [1.2, 0.56], [1.1, 0.68],
        [0.9, 0.78], [0.6, 0.84], [0.35, 0.8]];
      c.thing('whale', 'big whale, back above the water', () => {
        loop(c, f, body);
        shape(c, f, [[1.16, 0.5], [1.12, 0.38], [1.2, 0.44], [1.3, 0.36], [1.28, 0.47], [1.2, 0.56]]);
        line(c, f, [[0.36, 0.58], [0.365, 0.585]], { pace: 0.3 });
        smooth(c, f, [[0.21, 0.65], [0.35, 0.68], [0.5, 0.66]], { pace: 0.8 });
        smooth(c, f, [[0.6, 0.72], [0.66, 0.86], [0.74, 0.74]]);
      });
      c.thing('spout', 'spout of water from the blowhole', () => {
        smooth(c, f, [[0.47, 0.4], [0.45, 0.25], [0.38, 0.14], [0.3, 0.16], [0.26, 0.24]]);
        smooth(c, f, [[0.48, 0.4], [0.5, 0.25], [0.57, 0.14], [0.65, 0.16], [0.69, 0.24]]);
        smooth(c, f, [[0.475, 0.4], [0.475, 0.2], [0.47, 0.08]]);
        for (const [x, y] of [[0.25, 0.3], [0.7, 0.3], [0.33, 0.27], [0.63, 0.27]] as const) drop(c, f, x, y, 0.04, { pace: 0.5 });
      });
      c.thing('sailboat', 'little sailboat', () => {
        shape(c, f, [[1.38, 0.46], [1.66, 0.46], [1.6, 0.54], [1.44, 0.54]]);
        line(c, f, [[1.52, 0.46], [1.52, 0.2]]);
        shape(c, f, [[1.52, 0.22], [1.64, 0.43], [1.52, 0.43]]);
      });
      fill(c, f, body, '#2f6fd0', { angle: 0.2 });
      fill(c, f, [[0, 0.52], [1.779, 0.52], [1.779, 1], [0, 1]], '#8fc5ea', { opacity: 0.35 });
    },
  },
  {
    id: 'squirrel-stump-acorns', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a squirrel sitting on a tree stump with two acorns, no dog', notDrawn: [], negated: ['dog'], colours: [], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 5 });
      c.thing('stump', 'cut tree stump', () => {
        oval(c, f, 0.62, 0.6, 0.22, 0.06);
        oval(c, f, 0.62, 0.6, 0.1, 0.025, { pace: 0.6 });
        line(c, f, [[0.4, 0.6], [0.39, 0.92]]);
        line(c, f, [[0.84, 0.6], [0.86, 0.92]]);
        smooth(c, f, [[0.39, 0.92], [0.32, 0.95]]);
        smooth(c, f, [[0.86, 0.92], [0.93, 0.95]]);
        for (const x of [0.5, 0.66, 0.76]) line(c, f, [[x, 0.7], [x + 0.01, 0.86]], { pace: 0.7 });
      });
      c.thing('squirrel', 'squirrel sitting up, big bushy tail', () => {
        loop(c, f, [[0.56, 0.58], [0.5, 0.52], [0.5, 0.42], [0.56, 0.34], [0.63, 0.36], [0.66, 0.46], [0.66, 0.56]]);
        smooth(c, f, [[0.52, 0.56], [0.56, 0.5], [0.6, 0.52], [0.62, 0.58]], { pace: 0.7 });
        loop(c, f, [[0.56, 0.3], [0.58, 0.24], [0.64, 0.22], [0.7, 0.26], [0.74, 0.3], [0.7, 0.33], [0.62, 0.35]]);
        shape(c, f, [[0.585, 0.245], [0.59, 0.17], [0.62, 0.23]]);
        line(c, f, [[0.66, 0.27], [0.664, 0.274]], { pace: 0.3 });
        line(c, f, [[0.735, 0.295], [0.74, 0.3]], { pace: 0.3 });
        smooth(c, f, [[0.64, 0.42], [0.68, 0.46], [0.685, 0.47]], { pace: 0.6 });
        smooth(c, f, [[0.5, 0.56], [0.42, 0.56], [0.34, 0.46], [0.32, 0.32], [0.36, 0.18], [0.44, 0.12], [0.5, 0.16], [0.46, 0.2], [0.42, 0.3], [0.44, 0.42],
          [0.5, 0.46]]);
        for (const [x, y] of [[0.36, 0.26], [0.35, 0.4], [0.4, 0.5]] as const) line(c, f, [[x, y], [x + 0.03, y - 0.01]], { pace: 0.5 });
      });
      c.thing('acorns', 'acorn held in the paws', () => {
        oval(c, f, 0.7, 0.48, 0.02, 0.026);
        smooth(c, f, [[0.675, 0.465], [0.7, 0.445], [0.725, 0.465]]);
      });
      c.thing('acorns', 'acorn on the stump', () => {
        oval(c, f, 0.76, 0.6, 0.02, 0.026);
        smooth(c, f, [[0.735, 0.585], [0.76, 0.565], [0.785, 0.585]]);
        line(c, f, [[0.76, 0.565], [0.762, 0.55]], { pace: 0.5 });
      });
    },
  },
  {
    id: 'two-snails-big-leaf-raindrops', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'two snails crawling on a big leaf after the rain, raindrops still falling', ...none,
    horizon: null, ground: null, photo: { width: 1080, height: 1350, ink: '#2b2a2e', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('leaf', 'one big leaf across the page', () => {
        loop(c, f, [[0.05, 1.1], [0.2, 0.8], [0.45, 0.64], [0.8, 0.6], [0.95, 0.62], [0.86, 0.86], [0.64, 1.05], [0.35, 1.18]]);
        line(c, f, [[0.05, 1.1], [0.9, 0.64]]);
        for (const x of [0.3, 0.48, 0.66]) {
          line(c, f, [[x, 0.97 - (x - 0.3) * 0.55], [x + 0.07, 0.78 - (x - 0.3) * 0.35]], { pace: 0.7 });
          line(c, f, [[x, 0.97 - (x - 0.3) * 0.55], [x + 0.1, 1.08 - (x - 0.3) * 0.5]], { pace: 0.7 });
        }
        line(c, f, [[0.05, 1.1], [0.0, 1.2]]);
      });
      c.thing('snails', 'snail on the leaf', () => snail(c, f, 0.34, 0.92, 0.3));
      c.thing('snails', 'second, smaller snail', () => snail(c, f, 0.7, 0.76, 0.22));
      for (const [x, y] of [[0.15, 0.25], [0.45, 0.12], [0.7, 0.3], [0.3, 0.45], [0.88, 0.1]] as const) c.thing('raindrops', 'raindrop',
        () => drop(c, f, x, y, 0.09));
    },
  },
  {
    id: 'bear-catches-fish-in-river', kind: 'drawing', width: 1366, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a bear standing in the river catching a fish, an eagle watching', notDrawn: ['eagle'], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('river', 'river flowing across the page', () => {
        smooth(c, f, [[0, 0.55], [0.5, 0.6], [1.1, 0.56], [1.779, 0.6]]);
        smooth(c, f, [[0, 0.95], [0.6, 0.98], [1.2, 0.93], [1.779, 0.96]]);
        for (const [x, y] of [[0.25, 0.75], [1.35, 0.8], [0.6, 0.9]] as const) waves(c, f, x, x + 0.18, y, 2, 0.02, { pace: 0.7 });
      });
      c.thing(null, 'big rock on the bank', () => loop(c, f, [[1.3, 0.56], [1.35, 0.42], [1.48, 0.38], [1.6, 0.45], [1.62, 0.57]]));
      c.thing('bear', 'bear standing up in the water', () => {
        loop(c, f, [[0.72, 0.82], [0.66, 0.6], [0.68, 0.4], [0.8, 0.33], [0.92, 0.4], [0.95, 0.6], [0.9, 0.82]]);
        oval(c, f, 0.81, 0.24, 0.09, 0.08);
        oval(c, f, 0.74, 0.16, 0.03, 0.03);
        oval(c, f, 0.88, 0.16, 0.03, 0.03);
        oval(c, f, 0.81, 0.28, 0.035, 0.025);
        line(c, f, [[0.81, 0.27], [0.812, 0.272]], { pace: 0.3 });
        for (const x of [0.78, 0.84]) line(c, f, [[x, 0.22], [x + 0.003, 0.223]], { pace: 0.3 });
        smooth(c, f, [[0.68, 0.45], [0.62, 0.3], [0.64, 0.12]]);
        smooth(c, f, [[0.93, 0.45], [0.99, 0.3], [0.98, 0.12]]);
        oval(c, f, 0.64, 0.1, 0.03, 0.03);
        oval(c, f, 0.98, 0.1, 0.03, 0.03);
      });
      c.thing('fish', 'fish held up between the paws', () => fish(c, f, 0.81, 0.07, 0.3, 1));
    },
  },
  {
    id: 'red-kite-over-hill-clouds', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a red kite flying high over the hill between two clouds, and a bird', notDrawn: ['bird'], negated: [],
    colours: [{ word: 'red', of: 'kite' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const hill: U[] = [[0, 1], [0, 0.78], [0.5, 0.62], [1.0, 0.6], [1.5, 0.7], [2, 0.82], [2, 1]];
      c.thing('hill', 'long green hill', () => smooth(c, f, [[0, 0.78], [0.5, 0.62], [1.0, 0.6], [1.5, 0.7], [2, 0.82]]));
      c.thing('clouds', 'cloud on the left', () => cloud(c, frame(c, 0.28, 0.2, 1), 0.4));
      c.thing('clouds', 'cloud on the right', () => cloud(c, frame(c, 0.8, 0.22, 1), 0.44));
      const kite: U[] = [[0.98, 0.06], [1.08, 0.18], [0.98, 0.36], [0.88, 0.18]];
      c.thing('kite', 'diamond kite with a tail', () => {
        shape(c, f, kite);
        line(c, f, [[0.98, 0.06], [0.98, 0.36]], { pace: 0.8 });
        line(c, f, [[0.88, 0.18], [1.08, 0.18]], { pace: 0.8 });
        smooth(c, f, [[0.98, 0.36], [0.95, 0.42], [1.0, 0.47], [0.96, 0.53]]);
        for (const y of [0.42, 0.5]) line(c, f, [[0.94, y], [1.0, y + 0.02]], { pace: 0.5 });
      });
      c.thing(null, 'string down to the hill', () => smooth(c, f, [[0.98, 0.36], [0.9, 0.48], [0.8, 0.6]], { pace: 0.8 }));
      fill(c, f, kite, '#d8281e');
      fill(c, f, hill, '#5aa646', { opacity: 0.55, angle: 0.2 });
    },
  },
  {
    id: 'crescent-moon-stars-over-houses', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a crescent moon and four stars above the houses where everyone is asleep', ...none, horizon: null, ground: 0.95,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.95], [1.333, 0.95]], { overshoot: 5 });
      for (const [x, w, h] of [[0.15, 0.36, 0.3], [0.62, 0.3, 0.38], [0.98, 0.28, 0.26]] as const) {
        c.thing('houses', 'house with a dark window', () => {
          shape(c, f, [[x, 0.95], [x, 0.95 - h], [x + w, 0.95 - h], [x + w, 0.95]]);
          line(c, f, [[x - 0.03, 0.95 - h], [x + w / 2, 0.95 - h - 0.15], [x + w + 0.03, 0.95 - h]]);
          shape(c, f, [[x + w * 0.25, 0.95 - h * 0.75], [x + w * 0.5, 0.95 - h * 0.75], [x + w * 0.5, 0.95 - h * 0.5], [x + w * 0.25,
            0.95 - h * 0.5]], { pace: 0.8 });
          line(c, f, [[x + w * 0.62, 0.95], [x + w * 0.62, 0.95 - h * 0.45], [x + w * 0.82, 0.95 - h * 0.45], [x + w * 0.82, 0.95]], { pace: 0.8 });
        });
      }
      c.thing('moon', 'crescent moon', () => crescent(c, f, 1.12, 0.16, 0.1));
      for (const [x, y] of [[0.12, 0.12], [0.42, 0.2], [0.7, 0.08], [0.88, 0.3]] as const) c.thing('stars', 'star', () => star(c, f, x, y, 0.04));
    },
  },
  {
    id: 'house-door-windows-chimney-no-smoke', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'my house: a door, two windows and a chimney with no smoke', notDrawn: [], negated: ['smoke'], colours: [], horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1, 0.9]], { overshoot: 5 });
      c.thing('house', 'house with a pointed roof', () => {
        shape(c, f, [[0.18, 0.9], [0.18, 0.48], [0.82, 0.48], [0.82, 0.9]]);
        line(c, f, [[0.12, 0.5], [0.5, 0.16], [0.88, 0.5]]);
      });
      c.thing('chimney', 'chimney on the roof', () => line(c, f, [[0.66, 0.31], [0.66, 0.18], [0.75, 0.18], [0.75, 0.39]]));
      c.thing('door', 'door with a knob', () => {
        line(c, f, [[0.42, 0.9], [0.42, 0.66], [0.58, 0.66], [0.58, 0.9]]);
        oval(c, f, 0.55, 0.79, 0.012, 0.012, { pace: 0.4 });
      });
      for (const x of [0.24, 0.64]) {
        c.thing('windows', 'window with a cross', () => {
          shape(c, f, [[x, 0.56], [x + 0.12, 0.56], [x + 0.12, 0.68], [x, 0.68]]);
          line(c, f, [[x + 0.06, 0.56], [x + 0.06, 0.68]], { pace: 0.7 });
          line(c, f, [[x, 0.62], [x + 0.12, 0.62]], { pace: 0.7 });
        });
      }
    },
  },
  {
    id: 'face-closed-eyes-one-tear', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a face with its eyes closed and one tear rolling down the cheek', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('face', 'big face outline with hair and mouth', () => {
        loop(c, f, [[0.62, 0.06], [0.86, 0.16], [0.93, 0.45], [0.84, 0.78], [0.62, 0.94], [0.4, 0.78], [0.31, 0.45], [0.38, 0.16]]);
        smooth(c, f, [[0.36, 0.22], [0.5, 0.12], [0.7, 0.12], [0.88, 0.24]]);
        line(c, f, [[0.62, 0.45], [0.6, 0.6], [0.64, 0.61]], { pace: 0.8 });
        smooth(c, f, [[0.54, 0.74], [0.62, 0.71], [0.7, 0.74]], { pace: 0.8 });
      });
      c.thing('eyes', 'left eye, closed', () => {
        smooth(c, f, [[0.44, 0.42], [0.5, 0.46], [0.56, 0.42]]);
        for (const x of [0.46, 0.5, 0.54]) line(c, f, [[x, 0.445], [x - 0.005, 0.47]], { pace: 0.4 });
      });
      c.thing('eyes', 'right eye, closed', () => {
        smooth(c, f, [[0.68, 0.42], [0.74, 0.46], [0.8, 0.42]]);
        for (const x of [0.7, 0.74, 0.78]) line(c, f, [[x, 0.445], [x + 0.005, 0.47]], { pace: 0.4 });
      });
      c.thing('tear', 'one tear on the cheek', () => drop(c, f, 0.79, 0.6, 0.07));
    },
  },
  {
    id: 'tree-broken-branch-nest-eggs', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'a tree with one broken branch and a nest with three eggs in it', ...none,
    horizon: null, ground: 0.94, photo: { width: 1280, height: 960, ink: '#302d29', quality: 59 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.94], [1.333, 0.94]], { overshoot: 6 });
      c.thing('tree', 'tree with a trunk and crown', () => tree(c, frame(c, 0.45, 0.94, 1.1), 0.4, 0.28));
      c.thing('branch', 'broken branch hanging down', () => {
        line(c, f, [[0.66, 0.62], [0.88, 0.56], [0.92, 0.6]]);
        line(c, f, [[0.66, 0.66], [0.86, 0.62]]);
        line(c, f, [[0.88, 0.56], [0.86, 0.62]], { pace: 0.5 });
        line(c, f, [[0.93, 0.6], [1.0, 0.78], [0.96, 0.8], [0.88, 0.63]]);
        line(c, f, [[0.98, 0.72], [1.06, 0.74]], { pace: 0.6 });
      });
      c.thing('nest', 'nest in the crown', () => {
        smooth(c, f, [[0.3, 0.36], [0.34, 0.44], [0.5, 0.46], [0.64, 0.44], [0.68, 0.36]]);
        line(c, f, [[0.3, 0.36], [0.68, 0.36]]);
        for (const x of [0.36, 0.46, 0.56]) line(c, f, [[x, 0.39], [x + 0.07, 0.42]], { pace: 0.6 });
      });
      for (const x of [0.41, 0.49, 0.57]) c.thing('eggs', 'egg in the nest', () => oval(c, f, x, 0.32, 0.035, 0.045));
    },
  },
  {
    id: 'piano-metronome-no-bench', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'an upright piano with a metronome on top, no bench', notDrawn: [], negated: ['bench'], colours: [], horizon: null, ground: 0.93,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.93], [1.779, 0.93]], { overshoot: 5 });
      c.thing('piano', 'upright piano with keys', () => {
        shape(c, f, [[0.45, 0.93], [0.45, 0.3], [1.25, 0.3], [1.25, 0.93]]);
        shape(c, f, [[0.4, 0.55], [1.3, 0.55], [1.3, 0.64], [0.4, 0.64]]);
        for (let i = 1; i < 16; i++) line(c, f, [[0.4 + i * 0.056, 0.55], [0.4 + i * 0.056, 0.64]], { pace: 1.4 });
        for (let i = 0; i < 15; i++) if (i % 7 !== 2 && i % 7 !== 6) shape(c, f, [[0.44 + i * 0.056, 0.55], [0.465 + i * 0.056, 0.55],
          [0.465 + i * 0.056, 0.59], [0.44 + i * 0.056, 0.59]], { pace: 1.4 });
        line(c, f, [[0.5, 0.64], [0.5, 0.93]]);
        line(c, f, [[1.2, 0.64], [1.2, 0.93]]);
      });
      c.thing('metronome', 'metronome on top of the piano', () => {
        shape(c, f, [[0.98, 0.3], [1.04, 0.08], [1.1, 0.08], [1.16, 0.3]]);
        line(c, f, [[1.07, 0.28], [1.12, 0.1]]);
        oval(c, f, 1.1, 0.16, 0.015, 0.015, { pace: 0.4 });
      });
      c.thing(null, 'plant in a pot beside the piano', () => {
        shape(c, f, [[1.45, 0.93], [1.42, 0.78], [1.6, 0.78], [1.57, 0.93]]);
        line(c, f, [[1.51, 0.78], [1.52, 0.5]]);
        leaf(c, frame(c, 1.515 / 1.779, 0.7, 1, { rot: -0.8 }), 0, 0, 0.16);
        leaf(c, frame(c, 1.515 / 1.779, 0.62, 1, { rot: -0.8, flip: true }), 0, 0, 0.15);
        leaf(c, frame(c, 1.52 / 1.779, 0.52, 1, { rot: -1.4 }), 0, 0, 0.12);
      });
    },
  },
  {
    id: 'desk-laptop-mug-plant-phone', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'my desk with a laptop, a mug and a small plant, and my phone', notDrawn: ['phone'], negated: [], colours: [], horizon: null, ground: 0.96,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('desk', 'desk with two legs', () => {
        shape(c, f, [[0.32, 0.58], [1.26, 0.58], [1.26, 0.64], [0.32, 0.64]]);
        line(c, f, [[0.38, 0.64], [0.38, 0.96]]);
        line(c, f, [[1.2, 0.64], [1.2, 0.96]]);
        shape(c, f, [[0.9, 0.64], [1.16, 0.64], [1.16, 0.8], [0.9, 0.8]], { pace: 0.8 });
      });
      c.thing(null, 'chair beside the desk', () => {
        line(c, f, [[0.06, 0.36], [0.06, 0.96]]);
        line(c, f, [[0.06, 0.68], [0.26, 0.68], [0.26, 0.96]]);
        line(c, f, [[0.06, 0.36], [0.11, 0.38], [0.11, 0.68]], { pace: 0.7 });
      });
      c.thing('laptop', 'open laptop', () => {
        shape(c, f, [[0.6, 0.57], [0.58, 0.3], [0.94, 0.3], [0.92, 0.57]]);
        shape(c, f, [[0.54, 0.55], [0.98, 0.55], [1.0, 0.58], [0.52, 0.58]]);
        shape(c, f, [[0.62, 0.33], [0.9, 0.33], [0.89, 0.52], [0.63, 0.52]], { pace: 0.8 });
      });
      c.thing('mug', 'mug with a handle', () => {
        shape(c, f, [[1.06, 0.44], [1.16, 0.44], [1.15, 0.57], [1.07, 0.57]]);
        smooth(c, f, [[1.16, 0.47], [1.2, 0.49], [1.19, 0.53], [1.155, 0.54]]);
      });
      c.thing('plant', 'small plant in a pot', () => {
        shape(c, f, [[0.4, 0.57], [0.38, 0.47], [0.5, 0.47], [0.48, 0.57]]);
        leaf(c, f, 0.44, 0.45, 0.1);
        leaf(c, frame(c, 0.44 / 1.333, 0.45, 1, { flip: true }), 0, 0, 0.09);
        line(c, f, [[0.44, 0.47], [0.445, 0.33]]);
        oval(c, f, 0.445, 0.31, 0.025, 0.03);
      });
    },
  },
  {
    id: 'picnic-blanket-basket-watermelon-ants', kind: 'coloured', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a picnic blanket with a basket and a slice of red watermelon, ants marching towards it', notDrawn: [], negated: [],
    colours: [{ word: 'red', of: 'watermelon' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const blanket: U[] = [[0.25, 0.35], [1.3, 0.3], [1.5, 0.9], [0.1, 0.95]];
      c.thing('blanket', 'checked blanket on the grass', () => {
        shape(c, f, blanket);
        shape(c, f, [[0.32, 0.4], [1.24, 0.36], [1.4, 0.86], [0.2, 0.9]], { pace: 1.2 });
        for (let i = 0; i <= 6; i++) {
          const t = i / 6;
          line(c, f, [[0.25 - 0.15 * t, 0.35 + 0.6 * t], [0.2 - 0.15 * t, 0.35 + 0.6 * t]], { pace: 0.6 });
          line(c, f, [[1.3 + 0.2 * t, 0.3 + 0.6 * t], [1.35 + 0.2 * t, 0.3 + 0.6 * t]], { pace: 0.6 });
        }
      });
      c.thing('basket', 'basket with a handle', () => {
        shape(c, f, [[0.38, 0.52], [0.72, 0.52], [0.68, 0.78], [0.42, 0.78]]);
        smooth(c, f, [[0.42, 0.52], [0.46, 0.36], [0.55, 0.32], [0.64, 0.36], [0.68, 0.52]]);
        for (const y of [0.6, 0.69]) line(c, f, [[0.4, y], [0.7, y]], { pace: 0.9 });
      });
      const melon: U[] = [[0.88, 0.58], [1.18, 0.58], [1.03, 0.78]];
      c.thing('watermelon', 'slice of watermelon with seeds', () => {
        line(c, f, [[0.86, 0.56], [1.2, 0.56]]);
        smooth(c, f, [[0.86, 0.56], [0.92, 0.7], [1.03, 0.8], [1.14, 0.7], [1.2, 0.56]]);
        smooth(c, f, [[0.89, 0.58], [0.95, 0.7], [1.03, 0.76], [1.11, 0.7], [1.17, 0.58]], { pace: 0.8 });
        for (const [x, y] of [[0.98, 0.62], [1.03, 0.66], [1.08, 0.62]] as const) line(c, f, [[x, y], [x + 0.005, y + 0.012]], { pace: 0.3 });
      });
      for (const [x, y] of [[1.6, 0.95], [1.66, 0.84], [1.7, 0.72]] as const) c.thing('ants', 'ant marching', () => ant(c, f, x, y, 0.1));
      fill(c, f, melon, '#e0304a');
    },
  },
  {
    id: 'green-frog-jumps-into-puddle', kind: 'coloured', width: 895, height: 720, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a green frog jumping into a puddle, raindrops all around', notDrawn: [], negated: [],
    colours: [{ word: 'green', of: 'frog' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('puddle', 'wide puddle with ripples', () => {
        loop(c, f, [[0.15, 0.85], [0.3, 0.76], [0.7, 0.74], [1.05, 0.78], [1.12, 0.86], [0.9, 0.94], [0.4, 0.95]]);
        oval(c, f, 0.64, 0.86, 0.14, 0.035, { pace: 0.8 });
      });
      const frog: U[] = [[0.48, 0.52], [0.56, 0.4], [0.7, 0.36], [0.82, 0.42], [0.84, 0.54], [0.72, 0.6], [0.56, 0.6]];
      c.thing('frog', 'frog in mid-jump, legs stretched', () => {
        loop(c, f, frog);
        oval(c, f, 0.74, 0.34, 0.035, 0.035);
        oval(c, f, 0.82, 0.37, 0.03, 0.03);
        for (const [x, y] of [[0.74, 0.34], [0.82, 0.37]] as const) line(c, f, [[x, y], [x + 0.004, y + 0.004]], { pace: 0.3 });
        smooth(c, f, [[0.76, 0.5], [0.8, 0.52], [0.84, 0.5]], { pace: 0.6 });
        line(c, f, [[0.5, 0.58], [0.36, 0.66], [0.3, 0.58], [0.22, 0.6]]);
        line(c, f, [[0.55, 0.6], [0.42, 0.72], [0.34, 0.7]]);
        line(c, f, [[0.78, 0.6], [0.86, 0.7], [0.9, 0.68]]);
      });
      for (const [x, y] of [[0.15, 0.2], [0.4, 0.12], [1.0, 0.15], [1.1, 0.45], [0.2, 0.5]] as const) c.thing('raindrops', 'raindrop', () => drop(c,
        f, x, y, 0.07));
      fill(c, f, frog, '#3aa43a');
      fill(c, f, ring(0.62, 0.85, 0.42, 0.08), '#7aaee0', { opacity: 0.4 });
    },
  },
  {
    id: 'washing-line-three-shirts-sock', kind: 'drawing', width: 1200, height: 600, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a washing line between two poles with three shirts and one lonely sock', ...none, horizon: null, ground: 0.94,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.94], [2, 0.94]], { overshoot: 5 });
      c.thing('poles', 'pole on the left', () => line(c, f, [[0.12, 0.94], [0.12, 0.12]]));
      c.thing('poles', 'pole on the right', () => line(c, f, [[1.88, 0.94], [1.88, 0.12]]));
      c.thing('line', 'washing line', () => smooth(c, f, [[0.12, 0.15], [0.6, 0.24], [1.0, 0.26], [1.4, 0.24], [1.88, 0.15]]));
      for (const x of [0.35, 0.75, 1.15]) {
        c.thing('shirts', 'T-shirt pegged on the line', () => {
          const y = 0.215 + (x > 0.9 && x < 1.3 ? 0.04 : 0.02);
          shape(c, f, [[x, y], [x + 0.25, y], [x + 0.33, y + 0.1], [x + 0.27, y + 0.14], [x + 0.23, y + 0.1], [x + 0.23, y + 0.45], [x + 0.02,
            y + 0.45], [x + 0.02, y + 0.1],
            [x - 0.02, y + 0.14], [x - 0.08, y + 0.1]]);
          smooth(c, f, [[x + 0.08, y], [x + 0.125, y + 0.05], [x + 0.17, y]], { pace: 0.7 });
        });
      }
      c.thing('sock', 'one sock at the end', () => line(c, f, [[1.55, 0.23], [1.55, 0.42], [1.52, 0.48], [1.58, 0.52], [1.66, 0.46], [1.62, 0.42],
        [1.62, 0.22]]));
    },
  },
  {
    id: 'jellyfish-crab-seabed-no-shark', kind: 'photo', width: 900, height: 900, device: 'mouse', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'a jellyfish floating above a crab on the seabed, no shark', notDrawn: [], negated: ['shark'], colours: [],
    horizon: null, ground: 0.86, photo: { width: 1000, height: 1000, ink: '#27313a', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('seabed', 'sandy seabed with pebbles', () => {
        smooth(c, f, [[0, 0.86], [0.3, 0.83], [0.6, 0.87], [1, 0.84]]);
        for (const [x, y] of [[0.15, 0.93], [0.8, 0.94]] as const) oval(c, f, x, y, 0.03, 0.015, { pace: 0.5 });
      });
      c.thing('jellyfish', 'jellyfish with wavy tentacles', () => {
        smooth(c, f, [[0.3, 0.3], [0.34, 0.16], [0.46, 0.1], [0.58, 0.16], [0.62, 0.3]]);
        smooth(c, f, [[0.3, 0.3], [0.36, 0.33], [0.41, 0.3], [0.46, 0.33], [0.51, 0.3], [0.56, 0.33], [0.62, 0.3]]);
        for (const x of [0.35, 0.42, 0.5, 0.57]) smooth(c, f, [[x, 0.33], [x - 0.02, 0.4], [x + 0.02, 0.47], [x - 0.01, 0.55]], { pace: 0.8 });
      });
      c.thing('crab', 'crab with two claws up', () => {
        oval(c, f, 0.6, 0.78, 0.11, 0.06);
        for (const s of [-1, 1]) {
          line(c, f, [[0.6 + s * 0.09, 0.75], [0.6 + s * 0.14, 0.66]]);
          loop(c, f, [[0.6 + s * 0.14, 0.66], [0.6 + s * 0.1, 0.6], [0.6 + s * 0.14, 0.56], [0.6 + s * 0.19, 0.6]]);
          for (const dy of [0, 0.03]) line(c, f, [[0.6 + s * 0.1, 0.8 + dy], [0.6 + s * 0.17, 0.84 + dy]], { pace: 0.7 });
        }
        for (const x of [0.57, 0.63]) line(c, f, [[x, 0.73], [x, 0.69]], { pace: 0.5 });
      });
    },
  },
  {
    id: 'red-ladybird-leaf-caterpillar', kind: 'coloured', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a red ladybird on a leaf and a caterpillar coming up the stem', notDrawn: [], negated: [],
    colours: [{ word: 'red', of: 'ladybird' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('leaf', 'big leaf', () => leaf(c, f, 0.08, 0.35, 0.8));
      c.thing('stem', 'stem going down', () => smooth(c, f, [[0.1, 0.36], [0.14, 0.6], [0.2, 0.8], [0.18, 1.0]]));
      const lb = ring(0.5, 0.3, 0.1, 0.08);
      c.thing('ladybird', 'ladybird on the leaf', () => {
        oval(c, f, 0.5, 0.3, 0.1, 0.08);
        oval(c, f, 0.62, 0.3, 0.035, 0.035);
        line(c, f, [[0.6, 0.23], [0.6, 0.37]], { pace: 0.7 });
        for (const [x, y] of [[0.45, 0.26], [0.45, 0.34], [0.53, 0.28]] as const) oval(c, f, x, y, 0.015, 0.015, { pace: 0.4 });
      });
      c.thing('caterpillar', 'caterpillar climbing the stem', () => {
        for (let i = 0; i < 5; i++) oval(c, f, 0.26 + i * 0.005, 0.92 - i * 0.06, 0.035, 0.033);
        oval(c, f, 0.29, 0.6, 0.04, 0.04);
        line(c, f, [[0.28, 0.56], [0.26, 0.52]], { pace: 0.5 });
        line(c, f, [[0.31, 0.56], [0.33, 0.52]], { pace: 0.5 });
      });
      fill(c, f, [[0.1, 0.33], [0.4, 0.12], [0.6, 0.1], [0.85, 0.3], [0.6, 0.54], [0.3, 0.58]], '#6cbf4a', { opacity: 0.4 });
      fill(c, f, lb, '#d8261c', { opacity: 0.85 });
    },
  },
  {
    id: 'snowy-mountain-lake-deer', kind: 'photo', width: 1000, height: 700, device: 'stylus', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'a snowy mountain above a still lake, a deer drinking at the edge, birds overhead', notDrawn: ['birds'], negated: [], colours: [],
    horizon: null, ground: null, photo: { width: 1366, height: 768, ink: '#2e2c33', quality: 58 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('mountain', 'mountain with a snow cap', () => {
        line(c, f, [[0.1, 0.58], [0.6, 0.1], [1.1, 0.5], [1.3, 0.58]]);
        line(c, f, [[0.45, 0.25], [0.52, 0.3], [0.58, 0.24], [0.65, 0.3], [0.72, 0.25]], { pace: 0.7 });
      });
      c.thing('lake', 'still lake with reflections', () => {
        loop(c, f, [[0.05, 0.64], [0.5, 0.6], [0.95, 0.62], [1.2, 0.68], [1.05, 0.88], [0.5, 0.9], [0.1, 0.82]]);
        for (const [x, y] of [[0.4, 0.7], [0.7, 0.78], [0.95, 0.7]] as const) line(c, f, [[x, y], [x + 0.12, y]], { pace: 1.2 });
      });
      c.thing('deer', 'deer with antlers bending to drink', () => {
        oval(c, f, 1.2, 0.42, 0.13, 0.06);
        line(c, f, [[1.09, 0.41], [1.02, 0.56]]);
        line(c, f, [[1.11, 0.44], [1.05, 0.58]]);
        loop(c, f, [[1.02, 0.55], [0.97, 0.6], [0.98, 0.64], [1.05, 0.6]]);
        for (const x of [1.1, 1.14, 1.25, 1.29]) line(c, f, [[x, 0.46], [x + 0.005, 0.63]], { pace: 0.7 });
        line(c, f, [[1.04, 0.55], [1.03, 0.46], [0.98, 0.42]], { pace: 0.6 });
        line(c, f, [[1.03, 0.49], [1.08, 0.45]], { pace: 0.6 });
        line(c, f, [[1.06, 0.55], [1.09, 0.47], [1.07, 0.42]], { pace: 0.6 });
        line(c, f, [[1.33, 0.4], [1.36, 0.37]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'open-toy-box-ball-blocks', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'my open toy box with a ball inside and three blocks beside it, my doll is gone', notDrawn: ['doll'], negated: [], colours: [],
      horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.23], [1, 1.23]], { overshoot: 6 });
      c.thing('box', 'open toy box, lid up', () => {
        shape(c, f, [[0.06, 1.22], [0.06, 0.88], [0.56, 0.88], [0.56, 1.22]]);
        shape(c, f, [[0.06, 0.88], [0.16, 0.8], [0.66, 0.8], [0.56, 0.88]]);
        line(c, f, [[0.56, 1.22], [0.66, 1.14], [0.66, 0.8]]);
        shape(c, f, [[0.16, 0.8], [0.12, 0.56], [0.62, 0.56], [0.66, 0.8]]);
        oval(c, f, 0.31, 1.05, 0.07, 0.045, { pace: 0.7 });
      });
      c.thing('ball', 'striped ball sticking out of the box', () => {
        oval(c, f, 0.36, 0.76, 0.1, 0.1);
        smooth(c, f, [[0.27, 0.72], [0.36, 0.77], [0.45, 0.72]], { pace: 0.8 });
        smooth(c, f, [[0.33, 0.66], [0.38, 0.76], [0.33, 0.86]], { pace: 0.8 });
      });
      for (const [x, y, s] of [[0.77, 1.16, 0.13], [0.91, 1.16, 0.12], [0.84, 1.03, 0.12]] as const) {
        c.thing('blocks', 'toy block with a letter', () => {
          shape(c, f, [[x - s / 2, y + s / 2], [x - s / 2, y - s / 2], [x + s / 2, y - s / 2], [x + s / 2, y + s / 2]]);
          line(c, f, [[x - s * 0.2, y + s * 0.3], [x, y - s * 0.3], [x + s * 0.2, y + s * 0.3]], { pace: 0.6 });
        });
      }
    },
  },
  {
    id: 'cat-under-umbrella-puddles', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'a cat sheltering under an open umbrella, two puddles on the ground', ...none,
    horizon: null, ground: 1.28 / 1.414, photo: { width: 960, height: 1280, ink: '#302b28', quality: 62 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.28], [1, 1.28]], { overshoot: 5 });
      c.thing(null, 'rain cloud at the top', () => cloud(c, frame(c, 0.5, 0.12, 1), 0.7));
      c.thing('umbrella', 'open umbrella standing on its handle', () => {
        smooth(c, f, [[0.1, 0.72], [0.2, 0.52], [0.5, 0.42], [0.8, 0.52], [0.9, 0.72]]);
        smooth(c, f, [[0.1, 0.72], [0.2, 0.67], [0.3, 0.72], [0.4, 0.67], [0.5, 0.72], [0.6, 0.67], [0.7, 0.72], [0.8, 0.67], [0.9, 0.72]]);
        line(c, f, [[0.5, 0.42], [0.5, 0.36]]);
        smooth(c, f, [[0.5, 0.72], [0.5, 1.2], [0.54, 1.26], [0.6, 1.2]]);
      });
      c.thing('cat', 'cat sitting under the umbrella', () => {
        loop(c, f, [[0.28, 1.27], [0.24, 1.1], [0.3, 0.98], [0.38, 0.98], [0.44, 1.1], [0.42, 1.27]]);
        oval(c, f, 0.34, 0.92, 0.075, 0.065);
        shape(c, f, [[0.28, 0.88], [0.28, 0.8], [0.32, 0.86]]);
        shape(c, f, [[0.36, 0.86], [0.4, 0.8], [0.41, 0.88]]);
        for (const x of [0.31, 0.37]) line(c, f, [[x, 0.91], [x + 0.004, 0.914]], { pace: 0.3 });
        smooth(c, f, [[0.24, 1.26], [0.14, 1.24], [0.12, 1.14]]);
      });
      c.thing('puddles', 'puddle on the left', () => oval(c, f, 0.15, 1.34, 0.12, 0.035));
      c.thing('puddles', 'puddle on the right', () => oval(c, f, 0.78, 1.36, 0.16, 0.035));
      c.thing(null, 'rain falling from the cloud', () => {
        for (const [x, y] of [[0.15, 0.36], [0.85, 0.34], [0.3, 0.3]] as const) drop(c, f, x, y, 0.05);
      });
    },
  },  {
    id: 'hedgehog-carries-apple-falling-leaves', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'a hedgehog carrying an apple on its back, autumn leaves falling around it', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 6 });
      c.thing('hedgehog', 'hedgehog with spikes, walking right', () => {
        const spikes: U[] = [[0.3, 0.86]];
        for (let i = 0; i <= 12; i++) {
          const a = Math.PI + (i / 12) * Math.PI * 0.85;
          const r = i % 2 === 0 ? 0.3 : 0.22;
          spikes.push([0.62 + Math.cos(a) * r * 1.1, 0.86 + Math.sin(a) * r]);
        }
        line(c, f, spikes);
        smooth(c, f, [[0.3, 0.86], [0.62, 0.88], [0.84, 0.86], [0.92, 0.8], [1.0, 0.78], [0.9, 0.7], [0.84, 0.66]]);
        line(c, f, [[0.86, 0.73], [0.864, 0.734]], { pace: 0.3 });
        oval(c, f, 1.0, 0.78, 0.015, 0.015, { pace: 0.4 });
        for (const x of [0.45, 0.75]) line(c, f, [[x, 0.87], [x, 0.9]], { pace: 0.6 });
      });
      c.thing('apple', 'apple stuck on the spikes', () => {
        oval(c, f, 0.6, 0.5, 0.08, 0.075);
        line(c, f, [[0.6, 0.43], [0.62, 0.38]], { pace: 0.5 });
        leaf(c, f, 0.62, 0.4, 0.07);
      });
      for (const [x, y, r] of [[0.2, 0.2, 0.4], [0.7, 0.12, -0.6], [1.1, 0.3, 0.9], [0.35, 0.5, -0.3]] as const) {
        c.thing('leaves', 'falling autumn leaf', () => leaf(c, frame(c, x / 1.333, y, 1, { rot: r }), 0, 0, 0.12));
      }
    },
  },
  {
    id: 'desert-sun-cactus-lizard', kind: 'drawing', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'a hot sun over the desert, a tall cactus and a lizard on a rock', notDrawn: [], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing(null, 'sand dunes', () => {
        smooth(c, f, [[0, 0.75], [0.4, 0.66], [0.8, 0.74], [1.2, 0.68], [1.6, 0.76], [2, 0.7]]);
        smooth(c, f, [[0.2, 0.92], [0.6, 0.86], [1.0, 0.9]], { pace: 0.8 });
      });
      c.thing('sun', 'hot sun with long rays', () => sun(c, f, 1.65, 0.2, 0.1, 12));
      c.thing('cactus', 'tall cactus with two arms', () => {
        line(c, f, [[0.46, 0.78], [0.46, 0.12], [0.54, 0.1], [0.56, 0.78]]);
        line(c, f, [[0.46, 0.46], [0.36, 0.46], [0.34, 0.26], [0.4, 0.24], [0.42, 0.4], [0.46, 0.4]]);
        line(c, f, [[0.56, 0.38], [0.64, 0.38], [0.66, 0.2], [0.71, 0.22], [0.7, 0.44], [0.56, 0.44]]);
        for (const y of [0.2, 0.35, 0.55]) line(c, f, [[0.5, y], [0.505, y + 0.02]], { pace: 0.3 });
      });
      c.thing('rock', 'flat rock', () => smooth(c, f, [[0.96, 0.82], [1.0, 0.7], [1.2, 0.66], [1.36, 0.72], [1.4, 0.82], [0.96, 0.82]]));
      c.thing('lizard', 'lizard lying on the rock', () => {
        smooth(c, f, [[1.0, 0.7], [1.08, 0.64], [1.18, 0.62], [1.28, 0.62], [1.34, 0.6], [1.28, 0.66], [1.18, 0.66], [1.1, 0.66], [1.0, 0.7]]);
        line(c, f, [[1.3, 0.61], [1.303, 0.613]], { pace: 0.3 });
        for (const x of [1.14, 1.24]) {
          line(c, f, [[x, 0.63], [x + 0.03, 0.58]], { pace: 0.5 });
          line(c, f, [[x, 0.66], [x + 0.03, 0.69]], { pace: 0.5 });
        }
      });
    },
  },
  {
    id: 'yellow-chick-hatching-from-egg', kind: 'coloured', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 5 }, language: 'en',
    prompt: 'a yellow chick hatching out of a cracked egg', notDrawn: [], negated: [],
    colours: [{ word: 'yellow', of: 'chick' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing(null, 'straw nest under the egg', () => {
        smooth(c, f, [[0.12, 0.82], [0.3, 0.92], [0.7, 0.92], [0.88, 0.82]]);
        for (const x of [0.2, 0.4, 0.6, 0.78]) line(c, f, [[x, 0.84], [x + 0.1, 0.9]], { pace: 0.6 });
      });
      c.thing('egg', 'bottom half of a cracked egg', () => {
        smooth(c, f, [[0.26, 0.55], [0.26, 0.72], [0.36, 0.86], [0.5, 0.9], [0.64, 0.86], [0.74, 0.72], [0.74, 0.55]]);
        line(c, f, [[0.26, 0.55], [0.32, 0.6], [0.38, 0.52], [0.45, 0.6], [0.52, 0.52], [0.59, 0.6], [0.66, 0.52], [0.74, 0.55]]);
      });
      const chick = ring(0.5, 0.4, 0.15, 0.14);
      c.thing('chick', 'chick head and wings poking out', () => {
        smooth(c, f, [[0.35, 0.56], [0.34, 0.4], [0.42, 0.28], [0.5, 0.26], [0.58, 0.28], [0.66, 0.4], [0.65, 0.56]]);
        shape(c, f, [[0.5, 0.4], [0.56, 0.43], [0.5, 0.46]]);
        for (const x of [0.44, 0.56]) line(c, f, [[x, 0.35], [x + 0.005, 0.355]], { pace: 0.3 });
        smooth(c, f, [[0.34, 0.46], [0.24, 0.42], [0.28, 0.5]]);
        smooth(c, f, [[0.66, 0.46], [0.76, 0.42], [0.72, 0.5]]);
        for (const dx of [-0.03, 0, 0.03]) line(c, f, [[0.5 + dx, 0.26], [0.5 + dx * 1.5, 0.2]], { pace: 0.5 });
      });
      fill(c, f, chick, '#f4cf1c');
    },
  },
  {
    id: 'bird-feeder-branch-two-birds', kind: 'photo', width: 707, height: 1000, device: 'mouse', pen: { color: INK, size: 7 }, language: 'en',
    prompt: 'a bird feeder hanging from a branch, two birds pecking at the seeds', ...none,
    horizon: null, ground: null, photo: { width: 960, height: 1280, ink: '#2b2d2a', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('branch', 'branch across the top from the left edge', () => {
        smooth(c, f, [[0, 0.16], [0.4, 0.2], [0.8, 0.18], [0.98, 0.12]]);
        smooth(c, f, [[0, 0.22], [0.4, 0.26], [0.8, 0.22], [0.98, 0.12]]);
        line(c, f, [[0.7, 0.2], [0.82, 0.06]], { pace: 0.8 });
        leaf(c, frame(c, 0.82, 0.06, 1, { rot: -0.5 }), 0, 0, 0.1);
      });
      c.thing('feeder', 'bird feeder on a string, little roof and perch', () => {
        line(c, f, [[0.45, 0.24], [0.45, 0.44]]);
        line(c, f, [[0.26, 0.56], [0.45, 0.44], [0.64, 0.56]]);
        shape(c, f, [[0.3, 0.56], [0.6, 0.56], [0.6, 0.86], [0.3, 0.86]]);
        oval(c, f, 0.45, 0.7, 0.06, 0.06);
        line(c, f, [[0.2, 0.9], [0.7, 0.9]]);
        line(c, f, [[0.3, 0.86], [0.3, 0.9]], { pace: 0.5 });
        line(c, f, [[0.6, 0.86], [0.6, 0.9]], { pace: 0.5 });
        for (const [x, y] of [[0.4, 0.82], [0.45, 0.8], [0.5, 0.83], [0.47, 0.84]] as const) oval(c, f, x, y, 0.008, 0.008, { pace: 0.3 });
      });
      c.thing('birds', 'bird on the perch, left, facing the feeder', () => sittingBird(c, frame(c, 0.2, 0.9 * 0.707, 0.2)));
      c.thing('birds', 'bird on the perch, right, facing the feeder', () => sittingBird(c, frame(c, 0.7, 0.9 * 0.707, 0.18, { flip: true })));
    },
  },
];
