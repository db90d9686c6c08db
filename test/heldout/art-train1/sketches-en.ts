/**
 * The first training set's English sketches: each the shapes a person puts down, in drawing order
 * (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * Coordinates are in units of the canvas's shorter side (`frame(c, 0, 0, 1)`).
 */
import type { Sketch, U } from '../art3/draw.ts';
import { ARMS_OPEN, HUG, WALK, WAVE, cloud, dog, fill, frame, line, loop, oval, ring, shape, smooth, tree } from '../art3/draw.ts';
import { KICK, drop, house, sun } from '../art4/shapes.ts';
import {
  ALONE, CROSS_LEGGED, DANCE, HOLD_RIGHT, HOLD_UP, ON_SEAT, PULL, PUSH, SIT, door, heart, lyingCat, person, rect, sofa, star, table, uf, windowPane,
} from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const EN: readonly Sketch[] = [
  {
    id: 'me-between-mum-and-dad', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'me in the middle holding hands with mum and dad', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 5 });
      c.thing('mum', 'mother holding the child\'s hand', () => person(c, 0.38, 0.9, 0.6, HOLD_RIGHT, { dress: true, hair: 'long', face: 'smile' }));
      c.thing('me', 'child in the middle reaching up to both hands', () => person(c, 0.67, 0.9, 0.36, HOLD_UP, { hair: 'short', face: 'smile' }));
      c.thing('dad', 'father holding the child\'s other hand', () => person(c, 0.96, 0.9, 0.64, HOLD_RIGHT, { flip: true, hair: 'short', face: 'smile' }));
      c.thing(null, 'tree at the right', () => tree(c, uf(c, 1.18, 0.9, 0.42)));
    },
  },
  {
    id: 'brother-and-me-on-seesaw', kind: 'drawing', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'my brother and me on a seesaw, he is up and I am down', ...none, horizon: null, ground: 0.97,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.97], [2, 0.97]], { overshoot: 5 });
      c.thing('seesaw', 'seesaw tilted down on the left', () => {
        shape(c, f, [[0.9, 0.97], [1, 0.7], [1.1, 0.97]]);
        line(c, f, [[0.4, 0.84], [1.6, 0.56]]);
        line(c, f, [[0.41, 0.87], [1.61, 0.59]]);
        line(c, f, [[0.6, 0.8], [0.6, 0.7]], { pace: 0.7 });
        line(c, f, [[1.4, 0.61], [1.4, 0.51]], { pace: 0.7 });
      });
      c.thing('me', 'child on the low end', () => person(c, 0.5, 0.817 + 0.45 * 0.45, 0.45, ON_SEAT, { face: 'smile', hair: 'long' }));
      c.thing('brother', 'brother up in the air on the high end', () => person(c, 1.5, 0.583 + 0.45 * 0.45, 0.45, ON_SEAT, { flip: true, face: 'smile', hair: 'short' }));
    },
  },
  {
    id: 'three-friends-ball-me-alone', kind: 'coloured', width: 1366, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'three friends playing with a red ball and me standing alone by the wall', notDrawn: [], negated: [],
    colours: [{ word: 'red', of: 'ball' }], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.779, 0.92]], { overshoot: 5 });
      c.thing('friends', 'friend waving', () => person(c, 0.28, 0.92, 0.5, WAVE, { face: 'smile', hair: 'short' }));
      c.thing('friends', 'friend kicking the ball', () => person(c, 0.58, 0.92, 0.46, KICK, { face: 'smile', hair: 'long', dress: true }));
      c.thing('ball', 'ball in the air', () => {
        oval(c, f, 0.8, 0.62, 0.05, 0.05);
        smooth(c, f, [[0.76, 0.6], [0.8, 0.63], [0.84, 0.6]], { pace: 0.5 });
      });
      c.thing('friends', 'friend with arms open for the ball', () => person(c, 1.0, 0.92, 0.5, ARMS_OPEN, { face: 'smile', hair: 'short' }, ));
      c.thing('wall', 'brick wall at the right', () => {
        rect(c, f, 1.48, 0.36, 0.26, 0.56);
        for (const y of [0.48, 0.6, 0.72, 0.84]) line(c, f, [[1.48, y], [1.74, y]], { pace: 1.3 });
        for (const [x, y] of [[1.58, 0.36], [1.66, 0.48], [1.56, 0.6], [1.64, 0.72], [1.58, 0.84]] as const) line(c, f, [[x, y], [x, y + 0.12]], { pace: 1.3 });
      });
      c.thing('me', 'child standing alone by the wall, sad', () => person(c, 1.36, 0.92, 0.44, ALONE, { face: 'sad', hair: 'long' }));
      fill(c, f, ring(0.8, 0.62, 0.045, 0.045), '#d8261e', { angle: 0.5 });
      fill(c, f, [[1.48, 0.36], [1.74, 0.36], [1.74, 0.92], [1.48, 0.92]], '#b86a3a', { opacity: 0.45 });
      fill(c, f, [[0, 0.93], [1.779, 0.93], [1.779, 1], [0, 1]], '#4f9a3a', { opacity: 0.5 });
    },
  },
  {
    id: 'house-door-windows-chimney', kind: 'drawing', width: 768, height: 1024, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'our house with a big door, two windows and a chimney, no smoke', notDrawn: [], negated: ['smoke'], colours: [],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.2], [1, 1.2]], { overshoot: 5 });
      c.thing('house', 'house with a pointed roof', () => {
        rect(c, f, 0.15, 0.6, 0.7, 0.6);
        line(c, f, [[0.08, 0.62], [0.5, 0.25], [0.92, 0.62]]);
      });
      c.thing('chimney', 'chimney on the roof', () => line(c, f, [[0.65, 0.39], [0.65, 0.27], [0.75, 0.27], [0.75, 0.47]]));
      c.thing('windows', 'left window', () => windowPane(c, f, 0.22, 0.7, 0.15, 0.14));
      c.thing('windows', 'right window', () => windowPane(c, f, 0.63, 0.7, 0.15, 0.14));
      c.thing('door', 'big door in the middle', () => door(c, f, 0.41, 0.9, 0.18, 0.3));
    },
  },
  {
    id: 'face-closed-eyes-one-tear', kind: 'drawing', width: 512, height: 512, device: 'stylus', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'my face with my eyes closed and one tear on my cheek', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('face', 'face filling the page', () => {
        oval(c, f, 0.5, 0.52, 0.31, 0.4);
        smooth(c, f, [[0.2, 0.4], [0.28, 0.2], [0.5, 0.13], [0.72, 0.2], [0.8, 0.4]]);
        for (const x of [0.3, 0.4, 0.5, 0.6, 0.7]) line(c, f, [[x, 0.16], [x + 0.03, 0.26]], { pace: 0.6 });
        smooth(c, f, [[0.5, 0.5], [0.48, 0.6], [0.52, 0.62]], { pace: 0.6 });
        line(c, f, [[0.42, 0.74], [0.58, 0.74]], { pace: 0.6 });
      });
      for (const x of [0.38, 0.62]) {
        c.thing('eyes', 'closed eye', () => {
          smooth(c, f, [[x - 0.07, 0.44], [x, 0.48], [x + 0.07, 0.44]], { pace: 0.6 });
          for (const d of [-0.04, 0, 0.04]) line(c, f, [[x + d, 0.475], [x + d * 1.3, 0.5]], { pace: 0.4 });
        });
      }
      c.thing('tear', 'tear on the right cheek', () => drop(c, f, 0.65, 0.64, 0.08));
    },
  },
  {
    id: 'grandpa-reads-to-twins', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 10 }, language: 'en',
    prompt: 'grandpa reading a book to the twins on the sofa', ...none, horizon: null, ground: 0.93,
    photo: { width: 1280, height: 960, ink: '#2e2b28', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('sofa', 'sofa seen from the front', () => sofa(c, f, 0.12, 0.93, 1.1, 0.5));
      c.thing('grandpa', 'grandfather sitting, holding the book', () => person(c, 0.42, 0.74 + 0.45 * 0.44, 0.44, SIT, { face: 'smile' }));
      c.thing('book', 'open book in grandpa\'s hands', () => {
        shape(c, f, [[0.6, 0.62], [0.53, 0.58], [0.52, 0.7], [0.6, 0.73]]);
        shape(c, f, [[0.6, 0.62], [0.67, 0.58], [0.68, 0.7], [0.6, 0.73]]);
      });
      c.thing('twins', 'first twin sitting', () => person(c, 0.86, 0.74 + 0.45 * 0.3, 0.3, SIT, { flip: true, hair: 'long', face: 'smile' }));
      c.thing('twins', 'second twin sitting', () => person(c, 1.04, 0.74 + 0.45 * 0.3, 0.3, SIT, { flip: true, hair: 'long', face: 'smile' }));
    },
  },
  {
    id: 'sister-and-me-pull-teddy', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'my big sister and me pulling a teddy between us while the dog barks', notDrawn: ['dog'], negated: [], colours: [],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 5 });
      c.thing('sister', 'big sister pulling from the left', () => person(c, 0.33, 0.9, 0.6, PULL, { hair: 'long', dress: true, face: 'sad' }));
      c.thing('me', 'smaller child pulling from the right', () => person(c, 1.02, 0.9, 0.42, PULL, { flip: true, hair: 'short', face: 'sad' }));
      c.thing('teddy', 'teddy bear stretched between them', () => {
        oval(c, f, 0.7, 0.64, 0.075, 0.09);
        oval(c, f, 0.7, 0.5, 0.06, 0.055);
        oval(c, f, 0.65, 0.45, 0.02, 0.02);
        oval(c, f, 0.75, 0.45, 0.02, 0.02);
        line(c, f, [[0.68, 0.49], [0.685, 0.495]], { pace: 0.3 });
        line(c, f, [[0.72, 0.49], [0.725, 0.495]], { pace: 0.3 });
        line(c, f, [[0.63, 0.6], [0.5, 0.54]]);
        line(c, f, [[0.77, 0.61], [0.87, 0.64]]);
        line(c, f, [[0.66, 0.72], [0.64, 0.78]]);
        line(c, f, [[0.74, 0.72], [0.76, 0.78]]);
      });
    },
  },
  {
    id: 'parents-look-at-baby-in-cot', kind: 'coloured', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'mum and dad looking at the new baby in the cot under a yellow blanket', notDrawn: [], negated: [],
    colours: [{ word: 'yellow', of: 'blanket' }], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 5 });
      c.thing('cot', 'cot with bars', () => {
        rect(c, f, 0.45, 0.5, 0.45, 0.24);
        for (let x = 0.5; x < 0.9; x += 0.06) line(c, f, [[x, 0.5], [x, 0.74]], { pace: 1.4 });
        line(c, f, [[0.46, 0.74], [0.46, 0.92]]);
        line(c, f, [[0.89, 0.74], [0.89, 0.92]]);
      });
      c.thing('baby', 'baby lying in the cot', () => {
        oval(c, f, 0.56, 0.6, 0.045, 0.042);
        line(c, f, [[0.545, 0.6], [0.55, 0.603]], { pace: 0.3 });
        line(c, f, [[0.575, 0.6], [0.58, 0.603]], { pace: 0.3 });
        smooth(c, f, [[0.6, 0.61], [0.66, 0.6], [0.7, 0.61]]);
      });
      c.thing('blanket', 'blanket over the baby', () => shape(c, f, [[0.61, 0.57], [0.86, 0.57], [0.86, 0.68], [0.6, 0.68]]));
      c.thing('mum', 'mother leaning over the cot from the left', () => person(c, 0.28, 0.92, 0.62, HOLD_RIGHT, { dress: true, hair: 'long', face: 'smile' }));
      c.thing('dad', 'father on the right of the cot', () => person(c, 1.08, 0.92, 0.66, HOLD_RIGHT, { flip: true, hair: 'short', face: 'smile' }));
      fill(c, f, [[0.62, 0.58], [0.85, 0.58], [0.85, 0.67], [0.61, 0.67]], '#f2cf1f', { angle: 0.3 });
      fill(c, f, ring(0.56, 0.6, 0.04, 0.037), '#f0b9a0', { opacity: 0.5 });
    },
  },
  {
    id: 'two-cats-asleep-on-rug', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'two cats asleep on a rug by the fire', notDrawn: ['fire'], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('rug', 'oval rug with fringes', () => {
        oval(c, f, 0.62, 0.62, 0.5, 0.2);
        for (const s of [-1, 1]) {
          for (const dy of [-0.08, -0.03, 0.02, 0.07]) {
            const x = 0.62 + s * 0.5 * Math.sqrt(1 - (dy / 0.2) ** 2);
            line(c, f, [[x, 0.62 + dy], [x + s * 0.045, 0.62 + dy]], { pace: 0.5 });
          }
        }
      });
      c.thing('cats', 'cat curled up on the left', () => lyingCat(c, uf(c, 0.42, 0.66, 0.44)));
      c.thing('cats', 'cat curled up on the right, facing the other way', () => lyingCat(c, uf(c, 0.86, 0.64, 0.38, { flip: true })));
    },
  },
  {
    id: 'grandparents-dance-in-kitchen', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'en',
    prompt: 'grandma and grandpa dancing in the kitchen, a radio on the table', ...none, horizon: null, ground: 0.92,
    photo: { width: 1080, height: 1350, ink: '#2c2a2a', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.3], [1, 1.3]], { overshoot: 5 });
      c.thing('table', 'kitchen table at the left', () => table(c, f, 0.04, 1.3, 0.36, 0.34));
      c.thing('radio', 'radio on the table', () => {
        rect(c, f, 0.11, 0.86, 0.2, 0.1);
        oval(c, f, 0.16, 0.91, 0.03, 0.03);
        line(c, f, [[0.22, 0.89], [0.28, 0.89]], { pace: 0.6 });
        line(c, f, [[0.27, 0.86], [0.33, 0.76]], { pace: 0.7 });
      });
      c.thing('grandma', 'grandmother dancing', () => person(c, 0.56, 1.3, 0.58, DANCE, { dress: true, hair: 'short', face: 'smile' }));
      c.thing('grandpa', 'grandfather dancing, holding her hand', () => person(c, 0.92, 1.3, 0.62, DANCE, { flip: true, face: 'smile' }));
    },
  },
  {
    id: 'me-on-path-between-two-houses', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'two houses and me standing on the path between them', ...none, horizon: null, ground: 0.8,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('houses', 'house on the left', () => house(c, f, 0.1, 0.8, 0.36));
      c.thing('houses', 'house on the right', () => house(c, f, 1.32, 0.8, 0.34));
      c.thing('path', 'path from one door to the other', () => {
        smooth(c, f, [[0.28, 0.8], [0.6, 0.88], [0.9, 0.9], [1.2, 0.87], [1.46, 0.8]]);
        smooth(c, f, [[0.22, 0.85], [0.55, 0.96], [0.9, 0.99], [1.25, 0.95], [1.52, 0.85]]);
      });
      c.thing('me', 'child standing alone on the path', () => person(c, 0.9, 0.95, 0.3, ALONE, { face: 'flat' }));
      c.thing(null, 'sun at the top', () => sun(c, f, 0.9, 0.16, 0.06));
    },
  },
  {
    id: 'teacher-four-children-circle', kind: 'photo', width: 900, height: 900, device: 'mouse', pen: { color: INK, size: 9 }, language: 'en',
    prompt: 'a teacher sitting with four children in a circle on the carpet', ...none, horizon: null, ground: null,
    photo: { width: 1000, height: 1000, ink: '#302c29', quality: 59 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('carpet', 'round carpet seen at a slant', () => oval(c, f, 0.5, 0.7, 0.46, 0.22));
      c.thing('teacher', 'teacher sitting at the back', () => person(c, 0.5, 0.62, 0.5, CROSS_LEGGED, { dress: true, hair: 'long', face: 'smile' }));
      for (const [x, y] of [[0.16, 0.72], [0.32, 0.86], [0.68, 0.86], [0.84, 0.72]] as const) {
        c.thing('children', 'child sitting in the circle', () => person(c, x, y, 0.28, CROSS_LEGGED, { face: 'smile', hair: x < 0.5 ? 'short' : 'long' }));
      }
    },
  },
  {
    id: 'little-brother-hugs-brown-dog', kind: 'coloured', width: 768, height: 1024, device: 'finger', pen: { color: INK, size: 6 }, language: 'en',
    prompt: 'my little brother hugging our brown dog', notDrawn: [], negated: [], colours: [{ word: 'brown', of: 'dog' }],
    horizon: null, ground: 1.15 / 1.333,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.15], [1, 1.15]], { overshoot: 5 });
      c.thing('dog', 'big dog standing', () => dog(c, uf(c, 0.55, 1.15, 0.8)));
      c.thing('brother', 'small boy with his arms round the dog', () => person(c, 0.24, 1.15, 0.6, HUG, { hair: 'short', face: 'smile' }));
      c.thing(null, 'ball on the ground', () => {
        oval(c, f, 0.86, 1.24, 0.05, 0.05);
        smooth(c, f, [[0.82, 1.23], [0.86, 1.26], [0.9, 1.23]], { pace: 0.5 });
      });
      fill(c, f, ring(0.55, 1.15 - 0.36 * 0.8, 0.28 * 0.8, 0.11 * 0.8), '#8a5a2b', { angle: 0.2 });
      fill(c, f, ring(0.55 + 0.36 * 0.8, 1.15 - 0.56 * 0.8, 0.1 * 0.8, 0.08 * 0.8), '#8a5a2b');
    },
  },
  {
    id: 'mum-pushes-pram-sister-walks', kind: 'drawing', width: 1366, height: 768, device: 'stylus', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'mum pushing a pram with my sister walking beside her, no dad', notDrawn: [], negated: ['dad'], colours: [],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.779, 0.9]], { overshoot: 5 });
      c.thing('mum', 'mother walking, pushing', () => person(c, 0.5, 0.9, 0.6, PUSH, { dress: true, hair: 'long', face: 'flat' }));
      c.thing('pram', 'pram with a hood', () => {
        line(c, f, [[0.69, 0.56], [0.79, 0.64]]);
        smooth(c, f, [[0.78, 0.62], [0.8, 0.75], [0.97, 0.78], [1.14, 0.74], [1.16, 0.6]]);
        line(c, f, [[0.78, 0.62], [1.16, 0.6]]);
        smooth(c, f, [[0.9, 0.61], [0.96, 0.48], [1.1, 0.47], [1.16, 0.6]]);
        oval(c, f, 0.86, 0.84, 0.05, 0.05);
        oval(c, f, 1.08, 0.84, 0.05, 0.05);
      });
      c.thing('sister', 'sister walking beside', () => person(c, 1.38, 0.9, 0.38, WALK, { dress: true, hair: 'long', face: 'flat' }));
    },
  },
  {
    id: 'window-curtains-plant-on-sill', kind: 'drawing', width: 720, height: 960, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a window with curtains and a plant on the sill, a bird outside', notDrawn: ['bird'], negated: [], colours: [],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('window', 'window with a sill', () => {
        windowPane(c, f, 0.2, 0.25, 0.6, 0.7);
        shape(c, f, [[0.14, 0.95], [0.86, 0.95], [0.86, 1.0], [0.14, 1.0]]);
      });
      c.thing('curtains', 'left curtain', () => {
        line(c, f, [[0.1, 0.2], [0.34, 0.2]]);
        smooth(c, f, [[0.34, 0.2], [0.26, 0.5], [0.3, 0.72], [0.22, 0.92]]);
        line(c, f, [[0.1, 0.2], [0.1, 0.92], [0.22, 0.92]]);
        for (const x of [0.16, 0.22]) smooth(c, f, [[x, 0.22], [x - 0.01, 0.55], [x, 0.9]], { pace: 1.2 });
      });
      c.thing('curtains', 'right curtain', () => {
        line(c, f, [[0.66, 0.2], [0.9, 0.2]]);
        smooth(c, f, [[0.66, 0.2], [0.74, 0.5], [0.7, 0.72], [0.78, 0.92]]);
        line(c, f, [[0.9, 0.2], [0.9, 0.92], [0.78, 0.92]]);
        for (const x of [0.78, 0.84]) smooth(c, f, [[x, 0.22], [x + 0.01, 0.55], [x, 0.9]], { pace: 1.2 });
      });
      c.thing('plant', 'potted plant on the sill', () => {
        shape(c, f, [[0.43, 0.8], [0.57, 0.8], [0.55, 0.95], [0.45, 0.95]]);
        for (const [dx, top] of [[-0.08, 0.66], [0, 0.6], [0.08, 0.67]] as const) {
          smooth(c, f, [[0.5, 0.8], [0.5 + dx * 0.5, 0.72], [0.5 + dx, top]]);
          loop(c, f, [[0.5 + dx, top], [0.5 + dx - 0.03, top + 0.04], [0.5 + dx, top + 0.07], [0.5 + dx + 0.03, top + 0.04]], { pace: 0.7 });
        }
      });
    },
  },
  {
    id: 'green-car-dad-drives-me-behind', kind: 'coloured', width: 1200, height: 600, device: 'stylus', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'our green car with dad driving and me in the back seat', notDrawn: [], negated: [], colours: [{ word: 'green', of: 'car' }],
    horizon: null, ground: 0.94,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const k = uf(c, 1, 0.94, 1.4);
      line(c, f, [[0, 0.94], [2, 0.94]], { overshoot: 5 });
      const body: U[] = [[-0.5, -0.1], [-0.5, -0.3], [-0.3, -0.32], [-0.2, -0.55], [0.22, -0.55], [0.32, -0.32], [0.5, -0.28], [0.5, -0.1]];
      c.thing('car', 'car seen from the side with two windows', () => {
        shape(c, k, body);
        oval(c, k, -0.28, -0.08, 0.09, 0.09);
        oval(c, k, 0.28, -0.08, 0.09, 0.09);
        shape(c, k, [[0.02, -0.51], [0.19, -0.51], [0.27, -0.34], [0.02, -0.34]], { pace: 0.8 });
        shape(c, k, [[-0.18, -0.51], [-0.02, -0.51], [-0.02, -0.34], [-0.26, -0.34]], { pace: 0.8 });
      });
      c.thing('dad', 'father at the wheel in the front window', () => {
        oval(c, k, 0.12, -0.44, 0.045, 0.05);
        smooth(c, k, [[0.05, -0.34], [0.08, -0.38], [0.16, -0.38], [0.19, -0.34]]);
        line(c, k, [[0.2, -0.4], [0.23, -0.35]], { pace: 0.6 });
        line(c, k, [[0.16, -0.37], [0.21, -0.375]], { pace: 0.6 });
      });
      c.thing('me', 'child in the back window', () => {
        oval(c, k, -0.1, -0.41, 0.036, 0.04);
        smooth(c, k, [[-0.15, -0.34], [-0.13, -0.36], [-0.07, -0.36], [-0.05, -0.34]]);
      });
      fill(c, k, [[-0.49, -0.11], [-0.49, -0.29], [0.49, -0.27], [0.49, -0.11]], '#3c9a3a', { angle: 0.1 });
    },
  },
  {
    id: 'dads-face-glasses-beard', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 5 }, language: 'en',
    prompt: 'dad\'s face with his glasses and a big beard', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('face', 'father\'s face', () => {
        oval(c, f, 0.5, 0.48, 0.28, 0.36);
        for (const x of [0.32, 0.42, 0.52, 0.62, 0.7]) line(c, f, [[x, 0.14], [x + 0.02, 0.2]], { pace: 0.6 });
        oval(c, f, 0.22, 0.48, 0.03, 0.06);
        oval(c, f, 0.78, 0.48, 0.03, 0.06);
        line(c, f, [[0.5, 0.45], [0.48, 0.55], [0.52, 0.56]], { pace: 0.6 });
      });
      c.thing('glasses', 'round glasses', () => {
        oval(c, f, 0.39, 0.42, 0.075, 0.065);
        oval(c, f, 0.61, 0.42, 0.075, 0.065);
        smooth(c, f, [[0.465, 0.42], [0.5, 0.4], [0.535, 0.42]], { pace: 0.5 });
        line(c, f, [[0.315, 0.41], [0.23, 0.4]], { pace: 0.6 });
        line(c, f, [[0.685, 0.41], [0.77, 0.4]], { pace: 0.6 });
      });
      c.thing('beard', 'big beard round the mouth and chin', () => {
        smooth(c, f, [[0.23, 0.52], [0.27, 0.74], [0.38, 0.9], [0.5, 0.95], [0.62, 0.9], [0.73, 0.74], [0.77, 0.52]]);
        smooth(c, f, [[0.38, 0.63], [0.44, 0.6], [0.5, 0.62], [0.56, 0.6], [0.62, 0.63]]);
        smooth(c, f, [[0.42, 0.7], [0.5, 0.73], [0.58, 0.7]], { pace: 0.6 });
        for (const [x, y] of [[0.32, 0.72], [0.4, 0.8], [0.5, 0.85], [0.6, 0.8], [0.68, 0.72]] as const) {
          line(c, f, [[x, y], [x + 0.01, y + 0.05]], { pace: 0.5 });
        }
      });
    },
  },
  {
    id: 'me-tiny-by-huge-tree-nest', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 3 }, language: 'en',
    prompt: 'me very small next to a huge tree with a nest in its branches, and an owl', notDrawn: ['owl'], negated: [], colours: [],
    horizon: null, ground: 0.94,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.25], [1, 1.25]], { overshoot: 5 });
      c.thing('tree', 'huge tree filling the page', () => {
        tree(c, uf(c, 0.56, 1.25, 1.2));
        line(c, f, [[0.6, 0.66], [0.72, 0.5]], { pace: 0.8 });
        line(c, f, [[0.53, 0.7], [0.42, 0.52]], { pace: 0.8 });
      });
      c.thing('nest', 'nest with two eggs in the branches', () => {
        smooth(c, f, [[0.64, 0.44], [0.67, 0.5], [0.74, 0.51], [0.81, 0.49], [0.83, 0.44]]);
        line(c, f, [[0.64, 0.44], [0.83, 0.44]]);
        for (const x of [0.68, 0.73, 0.78]) line(c, f, [[x, 0.46], [x + 0.02, 0.49]], { pace: 0.5 });
        oval(c, f, 0.71, 0.425, 0.02, 0.022);
        oval(c, f, 0.76, 0.425, 0.02, 0.022);
      });
      c.thing('me', 'tiny person beside the trunk', () => person(c, 0.2, 1.25, 0.17, WAVE, { face: 'smile' }));
    },
  },
  {
    id: 'big-pink-heart-small-purple-heart', kind: 'coloured', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'a big pink heart and a small purple heart with a star between them', notDrawn: [], negated: [],
    colours: [{ word: 'pink', of: 'heart' }, { word: 'purple', of: 'heart' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('heart', 'big heart on the left', () => heart(c, f, 0.33, 0.52, 0.52));
      c.thing('star', 'small star between the hearts', () => star(c, f, 0.67, 0.45, 0.06));
      c.thing('heart', 'small heart on the right', () => heart(c, f, 0.85, 0.56, 0.22));
      fill(c, f, [[0.33, 0.43], [0.42, 0.32], [0.56, 0.39], [0.52, 0.54], [0.33, 0.73], [0.14, 0.54], [0.1, 0.39], [0.24, 0.32]], '#f08cb8', { angle: 0.6 });
      fill(c, f, [[0.85, 0.52], [0.89, 0.47], [0.95, 0.5], [0.93, 0.57], [0.85, 0.65], [0.77, 0.57], [0.75, 0.5], [0.81, 0.47]], '#8a3fb0');
    },
  },
  {
    id: 'friend-on-slide-me-waiting', kind: 'photo', width: 1000, height: 700, device: 'finger', pen: { color: INK, size: 10 }, language: 'en',
    prompt: 'my friend coming down the slide and me waiting at the bottom, mum on the bench', notDrawn: ['mum', 'bench'], negated: [], colours: [],
    horizon: null, ground: 0.93, photo: { width: 1366, height: 768, ink: '#33302c', quality: 58 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.93], [1.4286, 0.93]], { overshoot: 5 });
      c.thing('slide', 'slide with a ladder', () => {
        line(c, f, [[0.2, 0.93], [0.3, 0.34]]);
        line(c, f, [[0.3, 0.93], [0.38, 0.34]]);
        for (const y of [0.82, 0.7, 0.58, 0.46]) line(c, f, [[0.2 + (0.93 - y) * 0.17, y], [0.3 + (0.93 - y) * 0.14, y]], { pace: 1.2 });
        line(c, f, [[0.28, 0.34], [0.44, 0.34]]);
        smooth(c, f, [[0.44, 0.34], [0.62, 0.5], [0.82, 0.78], [1.02, 0.86]]);
        smooth(c, f, [[0.44, 0.4], [0.6, 0.56], [0.78, 0.82], [1.0, 0.9]]);
        line(c, f, [[0.44, 0.4], [0.44, 0.93]]);
      });
      c.thing('friend', 'friend sliding down', () => person(c, 0.6, 0.66, 0.28, SIT, { rot: 0.6, face: 'smile', hair: 'long' }));
      c.thing('me', 'child waiting at the bottom', () => person(c, 1.18, 0.93, 0.36, WAVE, { face: 'smile', hair: 'short' }));
      c.thing(null, 'cloud in the sky', () => cloud(c, uf(c, 1.15, 0.16, 1), 0.22));
    },
  },
  {
    id: 'grandma-hugs-me-at-her-door', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'grandma hugging me at the door of her house', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 5 });
      c.thing('house', 'grandma\'s house', () => {
        rect(c, f, 0.55, 0.36, 0.66, 0.54);
        line(c, f, [[0.5, 0.38], [0.88, 0.1], [1.26, 0.38]]);
        windowPane(c, f, 1.02, 0.46, 0.12, 0.12);
      });
      c.thing('door', 'open door of the house', () => {
        door(c, f, 0.76, 0.56, 0.18, 0.34);
        line(c, f, [[0.76, 0.56], [0.7, 0.6], [0.7, 0.93], [0.76, 0.9]], { pace: 0.8 });
      });
      c.thing('grandma', 'grandmother bending to hug', () => person(c, 0.6, 0.9, 0.6, HUG, { flip: true, dress: true, hair: 'short', face: 'smile' }));
      c.thing('me', 'child hugging her', () => person(c, 0.38, 0.9, 0.36, HUG, { hair: 'long', face: 'smile' }));
    },
  },
  {
    id: 'two-boys-throw-red-ball-dog', kind: 'coloured', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 4 }, language: 'en',
    prompt: 'two boys throwing a red ball to each other, a dog running between them', notDrawn: [], negated: [],
    colours: [{ word: 'red', of: 'ball' }], horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.779, 0.9]], { overshoot: 5 });
      c.thing('boys', 'boy throwing on the left', () => person(c, 0.3, 0.9, 0.56, WAVE, { hair: 'short', face: 'smile' }));
      c.thing('boys', 'boy catching on the right', () => person(c, 1.48, 0.9, 0.54, WAVE, { flip: true, hair: 'short', face: 'smile' }));
      c.thing('ball', 'ball high in the air', () => {
        oval(c, f, 0.9, 0.22, 0.05, 0.05);
        smooth(c, f, [[0.86, 0.2], [0.9, 0.23], [0.94, 0.2]], { pace: 0.5 });
      });
      c.thing('dog', 'dog running in the middle', () => dog(c, uf(c, 0.9, 0.9, 0.42)));
      fill(c, f, ring(0.9, 0.22, 0.045, 0.045), '#d8261e', { angle: 0.4 });
    },
  },
];
