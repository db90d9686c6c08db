/**
 * The first training set's Spanish and German sketches: each the shapes a person puts down, in
 * drawing order (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * Coordinates are in units of the canvas's shorter side (`frame(c, 0, 0, 1)`).
 */
import type { Pose, Sketch, U } from '../art3/draw.ts';
import { STAND, WALK, WAVE, fill, frame, line, loop, oval, shape, smooth, tree } from '../art3/draw.ts';
import { POINT, sittingBird } from '../art4/shapes.ts';
import {
  ALONE, CRADLE, CROSS_LEGGED, HOLD_BOTH, HOLD_RIGHT, HOLD_UP, ON_SEAT, SIT, boat, door, elephant, fish, flower, lyingCat, lyingDog, lyingUnderBlanket,
  person, rect, sittingCat, sofa, table, uf, windowPane,
} from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

/** Combing someone's hair: the right arm raised forward. */
const COMB: Pose = { ...STAND, arms: [STAND.arms[0], [[0.16, -0.74], [0.3, -0.8]]] };
/** Sitting cross-legged with both arms held out. */
const ARMS_OUT_SITTING: Pose = { ...CROSS_LEGGED, arms: [[[-0.2, -0.42], [-0.34, -0.48]], [[0.2, -0.42], [0.34, -0.48]]] };
/** One arm out to the left with a child sitting on it, the other out to the right holding a hand. */
const CARRY_AND_HOLD: Pose = { ...STAND, arms: [[[-0.15, -0.6], [-0.22, -0.5]], [[0.17, -0.62], [0.3, -0.5]]] };

export const ES: readonly Sketch[] = [
  {
    id: 'mama-me-peina-en-taburete', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'mi mamá me peina y yo estoy sentada en un taburete delante de un espejo', ...none, horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.243, 0.92]], { overshoot: 5 });
      c.thing('espejo', 'mirror on a stand at the right', () => {
        oval(c, f, 1.03, 0.45, 0.11, 0.17);
        line(c, f, [[1.03, 0.62], [1.03, 0.92]]);
        line(c, f, [[0.96, 0.92], [1.1, 0.92]], { pace: 0.7 });
      });
      c.thing('taburete', 'stool', () => {
        shape(c, f, [[0.46, 0.68], [0.68, 0.68], [0.68, 0.71], [0.46, 0.71]]);
        line(c, f, [[0.48, 0.71], [0.46, 0.92]]);
        line(c, f, [[0.66, 0.71], [0.68, 0.92]]);
        line(c, f, [[0.47, 0.84], [0.67, 0.84]], { pace: 0.7 });
      });
      c.thing('yo', 'girl sitting on the stool facing the mirror', () => person(c, 0.56, 0.68 + 0.45 * 0.4, 0.4, SIT, { hair: 'long', face: 'smile', dress: true }));
      c.thing('mamá', 'mother standing behind, combing', () => {
        person(c, 0.3, 0.92, 0.64, COMB, { hair: 'long', dress: true, face: 'smile' });
        line(c, f, [[0.47, 0.39], [0.54, 0.41]], { pace: 0.6 });
        for (const x of [0.49, 0.51, 0.53]) line(c, f, [[x, 0.4], [x, 0.43]], { pace: 0.3 });
      });
    },
  },
  {
    id: 'hermanos-castillo-arena-cubo', kind: 'coloured', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'mis dos hermanos hacen un castillo de arena amarillo y yo llevo un cubo', notDrawn: [], negated: [],
    colours: [{ word: 'amarillo', of: 'castillo' }], horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.779, 0.9]], { overshoot: 5 });
      const castle: U[] = [[0.72, 0.9], [0.72, 0.56], [0.78, 0.56], [0.78, 0.62], [0.84, 0.62], [0.84, 0.48], [0.96, 0.48], [0.96, 0.62],
        [1.02, 0.62], [1.02, 0.56],
        [1.08, 0.56], [1.08, 0.9]];
      c.thing('castillo', 'sandcastle with towers', () => {
        line(c, f, castle);
        line(c, f, [[0.84, 0.48], [0.84, 0.44], [0.87, 0.44], [0.87, 0.48]], { pace: 0.6 });
        line(c, f, [[0.93, 0.48], [0.93, 0.44], [0.96, 0.44], [0.96, 0.48]], { pace: 0.6 });
        line(c, f, [[0.9, 0.48], [0.9, 0.36], [0.97, 0.39], [0.9, 0.42]], { pace: 0.7 });
        line(c, f, [[0.86, 0.9], [0.86, 0.78], [0.94, 0.78], [0.94, 0.9]], { pace: 0.7 });
      });
      c.thing('hermanos', 'brother kneeling on the left of the castle', () => person(c, 0.5, 0.92, 0.4, CROSS_LEGGED, { hair: 'short', face: 'smile' }));
      c.thing('hermanos', 'brother kneeling on the right of the castle', () => person(c, 1.28, 0.92, 0.42, CROSS_LEGGED, { hair: 'short', face: 'smile' }));
      c.thing('yo', 'me walking up with a bucket', () => person(c, 1.56, 0.9, 0.5, WALK, { flip: true, hair: 'long', dress: true, face: 'smile' }));
      c.thing('cubo', 'bucket in my hand', () => {
        shape(c, f, [[1.36, 0.67], [1.46, 0.67], [1.44, 0.78], [1.38, 0.78]]);
        smooth(c, f, [[1.36, 0.67], [1.41, 0.61], [1.46, 0.67]], { pace: 0.7 });
      });
      fill(c, f, castle, '#f2d024', { angle: 0.3 });
    },
  },
  {
    id: 'papa-y-yo-pescando-en-bote', kind: 'photo', width: 1000, height: 750, device: 'mouse', pen: { color: INK, size: 9 }, language: 'es',
    prompt: 'papá y yo pescando en un bote, un pez en el anzuelo y una gaviota', notDrawn: ['gaviota'], negated: [], colours: [],
    horizon: null, ground: null, photo: { width: 1200, height: 900, ink: '#2f2b27', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      smooth(c, f, [[0, 0.66], [0.2, 0.64], [0.4, 0.67], [0.6, 0.64], [0.8, 0.67], [1.0, 0.64], [1.2, 0.67], [1.333, 0.65]], { pace: 1.2 });
      c.thing('bote', 'rowing boat', () => {
        boat(c, f, 0.2, 0.95, 0.6, 0.16);
        line(c, f, [[0.3, 0.6], [0.3, 0.55]], { pace: 0.6 });
      });
      c.thing('papá', 'father sitting in the boat holding the rod', () => {
        person(c, 0.4, 0.6 + 0.45 * 0.48, 0.48, SIT, { hair: 'short', face: 'smile' });
      });
      c.thing(null, 'fishing rod and line', () => {
        line(c, f, [[0.5, 0.51], [1.12, 0.16]]);
        line(c, f, [[1.12, 0.16], [1.13, 0.72]], { pace: 1.3, size: 4 });
      });
      c.thing('yo', 'child sitting at the front of the boat', () => person(c, 0.75, 0.6 + 0.45 * 0.3, 0.3, SIT, { hair: 'long', face: 'smile' }));
      c.thing('pez', 'fish on the hook under the water', () => fish(c, uf(c, 1.13, 0.86, 0.27, { rot: -1.4 })));
    },
  },
  {
    id: 'amigos-en-corro-primo-solo', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'mis amigos jugando en corro y mi primo solo sentado en una piedra', ...none, horizon: null, ground: 0.93,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.93], [1.779, 0.93]], { overshoot: 5 });
      for (const [x, o] of [[0.3, { hair: 'short' }], [0.59, { hair: 'long', dress: true }], [0.88, { hair: 'short' }]] as const) {
        c.thing('amigos', 'friend holding hands in the ring', () => person(c, x, 0.93, 0.5, HOLD_BOTH, { face: 'smile', ...o }));
      }
      c.thing('piedra', 'rock at the right', () => loop(c, f, [[1.34, 0.93], [1.33, 0.84], [1.4, 0.79], [1.54, 0.78], [1.62, 0.84], [1.63, 0.93]]));
      c.thing('primo', 'cousin sitting alone on the rock, facing away', () => person(c, 1.46, 0.79 + 0.45 * 0.34, 0.34, SIT, { face: 'sad', hair: 'short' }));
    },
  },
  {
    id: 'escuela-reloj-bandera-verde', kind: 'coloured', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'mi escuela con un reloj en la torre y una bandera verde, sin niños', notDrawn: [], negated: ['niños'],
    colours: [{ word: 'verde', of: 'bandera' }], horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 5 });
      c.thing('escuela', 'school building with a tower', () => {
        rect(c, f, 0.3, 0.46, 0.84, 0.44);
        line(c, f, [[0.28, 0.46], [1.16, 0.46]]);
        line(c, f, [[0.62, 0.46], [0.62, 0.2], [0.82, 0.2], [0.82, 0.46]]);
        line(c, f, [[0.6, 0.2], [0.72, 0.08], [0.84, 0.2]]);
        for (const x of [0.36, 0.48, 0.9, 1.02]) for (const y of [0.54, 0.7]) rect(c, f, x, y, 0.08, 0.09, { pace: 1.2 });
        line(c, f, [[0.66, 0.9], [0.66, 0.66], [0.78, 0.66], [0.78, 0.9]]);
        line(c, f, [[0.72, 0.66], [0.72, 0.9]], { pace: 0.8 });
      });
      c.thing('reloj', 'clock on the tower', () => {
        oval(c, f, 0.72, 0.32, 0.065, 0.065);
        line(c, f, [[0.72, 0.32], [0.72, 0.275]], { pace: 0.5 });
        line(c, f, [[0.72, 0.32], [0.755, 0.33]], { pace: 0.5 });
      });
      c.thing('bandera', 'flag on a pole at the left', () => {
        line(c, f, [[0.14, 0.9], [0.14, 0.16]]);
        smooth(c, f, [[0.14, 0.17], [0.2, 0.15], [0.26, 0.19], [0.32, 0.17]]);
        line(c, f, [[0.32, 0.17], [0.32, 0.29]]);
        smooth(c, f, [[0.32, 0.29], [0.26, 0.31], [0.2, 0.27], [0.14, 0.29]]);
      });
      c.thing(null, 'tree beside the school', () => tree(c, uf(c, 1.24, 0.9, 0.34)));
      fill(c, f, [[0.15, 0.18], [0.2, 0.165], [0.26, 0.2], [0.31, 0.18], [0.31, 0.28], [0.26, 0.3], [0.2, 0.26], [0.15, 0.28]], '#2f9a3a', { angle: 0.2 });
    },
  },
  {
    id: 'cara-triste-ojos-grandes-boca', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 5 }, language: 'es',
    prompt: 'una cara triste con ojos grandes, la boca hacia abajo y lágrimas', notDrawn: ['lágrimas'], negated: [], colours: [],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('cara', 'round face with pigtails', () => {
        oval(c, f, 0.5, 0.52, 0.32, 0.34);
        smooth(c, f, [[0.2, 0.42], [0.3, 0.24], [0.5, 0.18], [0.7, 0.24], [0.8, 0.42]]);
        loop(c, f, [[0.19, 0.35], [0.08, 0.3], [0.05, 0.42], [0.12, 0.48]]);
        loop(c, f, [[0.81, 0.35], [0.92, 0.3], [0.95, 0.42], [0.88, 0.48]]);
        line(c, f, [[0.5, 0.52], [0.49, 0.6]], { pace: 0.6 });
      });
      for (const x of [0.38, 0.62]) {
        c.thing('ojos', 'big round eye', () => {
          oval(c, f, x, 0.45, 0.075, 0.085);
          oval(c, f, x, 0.47, 0.025, 0.03);
          line(c, f, [[x - 0.07, 0.33], [x + 0.06, x < 0.5 ? 0.35 : 0.31]], { pace: 0.6 });
        });
      }
      c.thing('boca', 'mouth turned down', () => smooth(c, f, [[0.38, 0.75], [0.44, 0.69], [0.5, 0.68], [0.56, 0.69], [0.62, 0.75]]));
    },
  },
  {
    id: 'perro-y-gato-duermen-en-cesta', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un perro y un gato durmiendo juntos en una cesta', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('cesta', 'wide basket', () => {
        oval(c, f, 0.67, 0.62, 0.5, 0.1);
        smooth(c, f, [[0.17, 0.64], [0.22, 0.8], [0.36, 0.88], [0.67, 0.9], [0.98, 0.88], [1.12, 0.8], [1.17, 0.64]]);
        for (const y of [0.74, 0.82]) smooth(c, f, [[0.21, y], [0.67, y + 0.05], [1.13, y]], { pace: 1.3 });
        for (const x of [0.34, 0.5, 0.67, 0.84, 1.0]) line(c, f, [[x, 0.72], [x, 0.88]], { pace: 1.3 });
      });
      c.thing('perro', 'dog asleep in the basket', () => lyingDog(c, uf(c, 0.42, 0.62, 0.55)));
      c.thing('gato', 'cat curled up against the dog', () => lyingCat(c, uf(c, 0.98, 0.62, 0.4, { flip: true })));
    },
  },
  {
    id: 'hermana-y-novio-bajo-arbol', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'mi hermana y su novio de la mano bajo un árbol, y un pájaro', notDrawn: ['pájaro'], negated: [], colours: [],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.2], [1, 1.2]], { overshoot: 5 });
      c.thing('árbol', 'big tree over the couple', () => tree(c, uf(c, 0.5, 1.2, 1.05)));
      c.thing('hermana', 'sister holding her boyfriend\'s hand', () => person(c, 0.31, 1.2, 0.52, HOLD_RIGHT, { hair: 'long', dress: true, face: 'smile' }));
      c.thing('novio', 'boyfriend holding her hand', () => person(c, 0.64, 1.2, 0.56, HOLD_RIGHT, { flip: true, hair: 'short', face: 'smile' }));
    },
  },
  {
    id: 'abuela-bebe-en-brazos-ventana', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'es',
    prompt: 'la abuela con el bebé en brazos junto a la ventana', ...none, horizon: null, ground: 0.92,
    photo: { width: 960, height: 1280, ink: '#2f2b27', quality: 62 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.3], [1, 1.3]], { overshoot: 5 });
      c.thing('ventana', 'window on the wall at the right', () => windowPane(c, f, 0.56, 0.3, 0.34, 0.42));
      c.thing('abuela', 'grandmother holding the baby', () => {
        person(c, 0.33, 1.3, 0.76, CRADLE, { dress: true, face: 'smile' });
        oval(c, f, 0.28, 0.59, 0.04, 0.035);
        line(c, f, [[0.28, 0.66], [0.33, 0.655], [0.38, 0.66]], { pace: 0.6 });
      });
      c.thing('bebé', 'baby wrapped up in her arms', () => {
        oval(c, f, 0.36, 0.89, 0.1, 0.045, { turn: -0.15 });
        oval(c, f, 0.45, 0.86, 0.04, 0.04);
        line(c, f, [[0.44, 0.855], [0.445, 0.86]], { pace: 0.3 });
      });
      c.thing(null, 'plant pot on the floor', () => flower(c, uf(c, 0.82, 1.24, 1), 0.28));
      line(c, f, [[0.74, 1.24], [0.9, 1.24], [0.88, 1.3], [0.76, 1.3]], { pace: 0.8 });
    },
  },
  {
    id: 'dos-tazas-y-jarron-sin-flores', kind: 'drawing', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'dos tazas en la mesa y un jarrón sin flores', notDrawn: [], negated: ['flores'], colours: [], horizon: null, ground: 0.95,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('mesa', 'table seen from the side', () => table(c, f, 0.3, 0.95, 1.4, 0.5));
      for (const x of [0.5, 1.32]) {
        c.thing('tazas', 'cup on the table', () => {
          shape(c, f, [[x, 0.3], [x + 0.16, 0.3], [x + 0.14, 0.45], [x + 0.02, 0.45]]);
          smooth(c, f, [[x + 0.155, 0.33], [x + 0.22, 0.34], [x + 0.2, 0.41], [x + 0.145, 0.41]]);
        });
      }
      c.thing('jarrón', 'empty vase in the middle', () => loop(c, f, [[0.96, 0.1], [0.94, 0.18], [0.88, 0.3], [0.91, 0.44], [1.09, 0.44], [1.12, 0.3], [1.06, 0.18], [1.04, 0.1]]));
    },
  },
  {
    id: 'tio-y-tia-saludan-en-la-puerta', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 10 }, language: 'es',
    prompt: 'mi tío y mi tía saludando en la puerta de su casa', ...none, horizon: null, ground: 0.92,
    photo: { width: 1280, height: 960, ink: '#2f2b27', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 5 });
      c.thing('casa', 'house behind them', () => {
        rect(c, f, 0.3, 0.34, 0.74, 0.58);
        line(c, f, [[0.24, 0.36], [0.67, 0.06], [1.1, 0.36]]);
      });
      c.thing('puerta', 'front door in the middle', () => door(c, f, 0.58, 0.58, 0.18, 0.34));
      c.thing('tío', 'uncle waving at the left of the door', () => person(c, 0.44, 0.92, 0.5, WAVE, { hair: 'short', face: 'smile' }));
      c.thing('tía', 'aunt waving at the right of the door', () => person(c, 0.9, 0.92, 0.48, WAVE, { flip: true, hair: 'long', dress: true, face: 'smile' }));
    },
  },
];

export const DE: readonly Sketch[] = [
  {
    id: 'bruder-und-ich-im-stockbett', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Mein Bruder und ich im Stockbett, er oben, ich unten', ...none, horizon: null, ground: 0.94,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.25], [1, 1.25]], { overshoot: 5 });
      c.thing('Stockbett', 'bunk bed with a ladder', () => {
        line(c, f, [[0.1, 1.25], [0.1, 0.32]]);
        line(c, f, [[0.9, 1.25], [0.9, 0.4]]);
        rect(c, f, 0.1, 0.62, 0.8, 0.07);
        rect(c, f, 0.1, 1.08, 0.8, 0.07);
        for (const x of [0.74, 0.84]) line(c, f, [[x, 0.69], [x, 1.08]], { pace: 1.1 });
        for (const y of [0.78, 0.88, 0.98]) line(c, f, [[0.74, y], [0.84, y]], { pace: 0.8 });
      });
      c.thing('Bruder', 'brother lying in the top bunk', () => lyingUnderBlanket(c, f, 0.2, 0.56, 0.46, 0.05));
      c.thing('ich', 'me lying in the bottom bunk', () => lyingUnderBlanket(c, f, 0.2, 1.02, 0.46, 0.05));
    },
  },
  {
    id: 'oma-opa-ich-picknick-rote-decke', kind: 'coloured', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Oma, Opa und ich beim Picknick auf einer roten Decke, daneben ein Korb', notDrawn: [], negated: [],
    colours: [{ word: 'roten', of: 'Decke' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const blanket: U[] = [[0.25, 0.95], [1.3, 0.95], [1.18, 0.7], [0.37, 0.7]];
      c.thing('Decke', 'picnic blanket', () => shape(c, f, blanket));
      c.thing('Oma', 'grandmother sitting on the blanket', () => person(c, 0.52, 0.86, 0.48, CROSS_LEGGED, { dress: true, hair: 'short', face: 'smile' }));
      c.thing('ich', 'me sitting between them', () => person(c, 0.78, 0.9, 0.32, CROSS_LEGGED, { hair: 'long', face: 'smile' }));
      c.thing('Opa', 'grandfather sitting on the blanket', () => person(c, 1.03, 0.86, 0.5, CROSS_LEGGED, { face: 'smile' }));
      c.thing('Korb', 'basket beside the blanket', () => {
        shape(c, f, [[1.4, 0.72], [1.66, 0.72], [1.62, 0.9], [1.44, 0.9]]);
        smooth(c, f, [[1.44, 0.72], [1.53, 0.56], [1.62, 0.72]]);
        for (const x of [1.49, 1.53, 1.57]) line(c, f, [[x, 0.74], [x, 0.88]], { pace: 1.2 });
      });
      fill(c, f, blanket, '#d42a1c', { angle: 0.5, opacity: 0.55 });
    },
  },
  {
    id: 'gesicht-grosse-ohren-brille', kind: 'drawing', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Mein Gesicht mit großen Ohren und einer Brille, keine Haare', notDrawn: [], negated: ['Haare'], colours: [],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Gesicht', 'bald face', () => {
        oval(c, f, 0.5, 0.5, 0.27, 0.36);
        smooth(c, f, [[0.5, 0.47], [0.47, 0.58], [0.52, 0.6]], { pace: 0.6 });
        smooth(c, f, [[0.4, 0.7], [0.5, 0.76], [0.6, 0.7]], { pace: 0.6 });
      });
      c.thing('Ohren', 'big left ear', () => loop(c, f, [[0.24, 0.4], [0.12, 0.34], [0.06, 0.46], [0.12, 0.6], [0.24, 0.58]]));
      c.thing('Ohren', 'big right ear', () => loop(c, f, [[0.76, 0.4], [0.88, 0.34], [0.94, 0.46], [0.88, 0.6], [0.76, 0.58]]));
      c.thing('Brille', 'square glasses', () => {
        rect(c, f, 0.31, 0.38, 0.14, 0.1);
        rect(c, f, 0.55, 0.38, 0.14, 0.1);
        line(c, f, [[0.45, 0.41], [0.55, 0.41]], { pace: 0.5 });
        for (const x of [0.39, 0.61]) line(c, f, [[x, 0.43], [x + 0.005, 0.435]], { pace: 0.3 });
      });
    },
  },
  {
    id: 'schwester-bruder-streiten-ich-daneben', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 10 }, language: 'de',
    prompt: 'Meine Schwester und mein Bruder streiten, ich stehe daneben', ...none, horizon: null, ground: 0.92,
    photo: { width: 1280, height: 960, ink: '#33302c', quality: 59 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 5 });
      c.thing('Schwester', 'sister pointing at her brother', () => person(c, 0.3, 0.92, 0.56, POINT, { hair: 'long', dress: true, face: 'sad' }));
      c.thing('Bruder', 'brother pointing back', () => person(c, 0.7, 0.92, 0.6, POINT, { flip: true, hair: 'short', face: 'sad' }));
      c.thing('ich', 'me standing to one side', () => person(c, 0.98, 0.92, 0.38, ALONE, { hair: 'short', face: 'flat' }));
      c.thing(null, 'door at the right', () => door(c, f, 1.12, 0.36, 0.16, 0.56));
    },
  },
  {
    id: 'auto-hund-schaut-aus-fenster', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Ein Auto, aus dem Fenster schaut ein Hund', ...none, horizon: null, ground: 0.88,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const k = uf(c, 0.58, 0.88, 1.0);
      line(c, f, [[0, 0.88], [1.333, 0.88]], { overshoot: 5 });
      c.thing('Auto', 'car seen from the side', () => {
        shape(c, k, [[-0.5, -0.1], [-0.5, -0.3], [-0.3, -0.32], [-0.2, -0.55], [0.22, -0.55], [0.32, -0.32], [0.5, -0.28], [0.5, -0.1]]);
        oval(c, k, -0.28, -0.08, 0.09, 0.09);
        oval(c, k, 0.28, -0.08, 0.09, 0.09);
        line(c, k, [[0.0, -0.32], [0.0, -0.12]], { pace: 0.8 });
      });
      c.thing('Fenster', 'back side window', () => shape(c, k, [[-0.18, -0.51], [0.16, -0.51], [0.16, -0.34], [-0.26, -0.34]], { pace: 0.8 }));
      c.thing('Hund', 'dog\'s head looking out of the window', () => {
        oval(c, k, 0.0, -0.45, 0.07, 0.065);
        loop(c, k, [[-0.04, -0.5], [-0.09, -0.44], [-0.08, -0.36], [-0.04, -0.42]]);
        loop(c, k, [[0.06, -0.47], [0.14, -0.46], [0.15, -0.41], [0.06, -0.41]]);
        line(c, k, [[0.145, -0.455], [0.15, -0.45]], { pace: 0.3 });
        line(c, k, [[0.02, -0.47], [0.025, -0.465]], { pace: 0.3 });
        loop(c, k, [[0.1, -0.41], [0.11, -0.37], [0.08, -0.38]], { pace: 0.5 });
      });
      c.thing(null, 'tree behind the car', () => tree(c, uf(c, 1.2, 0.88, 0.42)));
    },
  },
  {
    id: 'mama-blaues-kleid-haelt-schwester', kind: 'coloured', width: 720, height: 960, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Mama im blauen Kleid hält meine kleine Schwester, ich halte ihre Hand', notDrawn: [], negated: [],
    colours: [{ word: 'blauen', of: 'Mama' }], horizon: null, ground: 0.94,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const m = uf(c, 0.38, 1.25, 0.82);
      line(c, f, [[0, 1.25], [1, 1.25]], { overshoot: 5 });
      c.thing('Mama', 'mother in a dress', () => person(c, 0.38, 1.25, 0.82, CARRY_AND_HOLD, { dress: true, hair: 'long', face: 'smile' }));
      c.thing('Schwester', 'little sister sitting on mother\'s arm', () => person(c, 0.19, 0.95, 0.3, HOLD_BOTH, { hair: 'short', face: 'smile' }));
      c.thing('ich', 'me holding mother\'s hand', () => person(c, 0.76, 1.25, 0.44, HOLD_UP, { hair: 'long', dress: true, face: 'smile' }));
      fill(c, m, [[0, -0.79], [-0.15, -0.35], [0.15, -0.35]], '#2f63c8', { angle: 0.4 });
    },
  },
  {
    id: 'vogelhaus-zwei-voegel-katze', kind: 'photo', width: 707, height: 1000, device: 'mouse', pen: { color: INK, size: 8 }, language: 'de',
    prompt: 'Ein Vogelhaus mit zwei Vögeln, unten schaut eine Katze zu', ...none, horizon: null, ground: 0.92,
    photo: { width: 1080, height: 1350, ink: '#2c2a2a', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.3], [1, 1.3]], { overshoot: 5 });
      c.thing('Vogelhaus', 'bird house on a pole', () => {
        rect(c, f, 0.28, 0.4, 0.36, 0.3);
        line(c, f, [[0.22, 0.42], [0.46, 0.24], [0.7, 0.42]]);
        oval(c, f, 0.46, 0.53, 0.05, 0.05);
        line(c, f, [[0.28, 0.62], [0.12, 0.62]], { pace: 0.6 });
        line(c, f, [[0.43, 0.7], [0.43, 1.3]]);
        line(c, f, [[0.49, 0.7], [0.49, 1.3]]);
      });
      c.thing('Vögeln', 'bird on the roof', () => sittingBird(c, uf(c, 0.58, 0.33, 0.2)));
      c.thing('Vögeln', 'bird on the perch', () => sittingBird(c, uf(c, 0.19, 0.62, 0.18, { flip: true })));
      c.thing('Katze', 'cat sitting below, looking up', () => sittingCat(c, uf(c, 0.78, 1.3, 0.3)));
    },
  },
  {
    id: 'mann-frau-weit-auseinander-sofa', kind: 'drawing', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Ein Mann und eine Frau sitzen weit auseinander auf einem Sofa, kein Fernseher', notDrawn: [], negated: ['Fernseher'], colours: [],
    horizon: null, ground: 0.93,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.93], [1.779, 0.93]], { overshoot: 5 });
      c.thing('Sofa', 'long sofa', () => sofa(c, f, 0.2, 0.93, 1.4, 0.42));
      c.thing('Mann', 'man at the left end, turned away', () => person(c, 0.44, 0.77 + 0.45 * 0.56, 0.56, ON_SEAT, { flip: true, hair: 'short', face: 'flat' }));
      c.thing('Frau', 'woman at the right end, turned away', () => person(c, 1.36, 0.77 + 0.45 * 0.52, 0.52, ON_SEAT, { hair: 'long', face: 'sad', dress: true }));
    },
  },
  {
    id: 'ich-im-bett-monster-darunter', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 3 }, language: 'de',
    prompt: 'Ich liege im Bett, unter dem Bett wohnt ein Monster, kein Licht', notDrawn: [], negated: ['Licht'], colours: [],
    horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 5 });
      c.thing('Bett', 'bed seen from the side', () => {
        line(c, f, [[0.18, 0.92], [0.18, 0.26], [0.26, 0.26], [0.26, 0.92]]);
        rect(c, f, 0.26, 0.48, 0.86, 0.09);
        line(c, f, [[1.12, 0.57], [1.12, 0.92]]);
        line(c, f, [[1.1, 0.4], [1.1, 0.48]], { pace: 0.7 });
        loop(c, f, [[0.28, 0.47], [0.3, 0.41], [0.42, 0.4], [0.44, 0.47]], { pace: 0.8 });
      });
      c.thing('ich', 'me lying under the blanket', () => lyingUnderBlanket(c, f, 0.36, 0.37, 0.72, 0.055));
      c.thing('Monster', 'monster hiding under the bed', () => {
        loop(c, f, [[0.5, 0.92], [0.52, 0.66], [0.6, 0.6], [0.74, 0.6], [0.82, 0.66], [0.84, 0.92]]);
        for (const x of [0.52, 0.6, 0.68, 0.76]) line(c, f, [[x, 0.92], [x + 0.04, 0.88], [x + 0.08, 0.92]], { pace: 0.5 });
        oval(c, f, 0.62, 0.7, 0.03, 0.03);
        oval(c, f, 0.72, 0.7, 0.03, 0.03);
        line(c, f, [[0.6, 0.79], [0.63, 0.82], [0.66, 0.79], [0.69, 0.82], [0.72, 0.79], [0.75, 0.82]], { pace: 0.6 });
        line(c, f, [[0.56, 0.62], [0.53, 0.56]], { pace: 0.6 });
        line(c, f, [[0.78, 0.62], [0.81, 0.56]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'elefant-und-elefantenbaby', kind: 'photo', width: 1000, height: 700, device: 'stylus', pen: { color: INK, size: 9 }, language: 'de',
    prompt: 'Ein großer Elefant und ein kleines Elefantenbaby, dahinter Palmen', notDrawn: ['Palmen'], negated: [], colours: [],
    horizon: null, ground: 0.92, photo: { width: 1366, height: 768, ink: '#35312d', quality: 58 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.4286, 0.92]], { overshoot: 5 });
      c.thing('Elefant', 'big elephant', () => elephant(c, uf(c, 0.55, 0.92, 0.9)));
      c.thing('Elefantenbaby', 'baby elephant following', () => elephant(c, uf(c, 1.12, 0.92, 0.38)));
    },
  },
  {
    id: 'baby-krabbelt-zum-vater', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Ein Baby krabbelt zu seinem Vater, der auf dem Boden sitzt, kein Spielzeug', notDrawn: [], negated: ['Spielzeug'], colours: [],
    horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const b = uf(c, 0.42, 0.9, 0.36);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 5 });
      c.thing('Vater', 'father sitting on the floor, arms open', () => person(c, 0.95, 0.9, 0.66, ARMS_OUT_SITTING, { hair: 'short', face: 'smile' }));
      c.thing('Baby', 'baby crawling towards him', () => {
        oval(c, b, 0, -0.36, 0.3, 0.13);
        oval(c, b, 0.4, -0.46, 0.13, 0.13);
        line(c, b, [[0.36, -0.47], [0.365, -0.465]], { pace: 0.3 });
        line(c, b, [[0.45, -0.47], [0.455, -0.465]], { pace: 0.3 });
        smooth(c, b, [[0.37, -0.4], [0.41, -0.38], [0.45, -0.4]], { pace: 0.4 });
        line(c, b, [[0.2, -0.28], [0.26, 0]]);
        line(c, b, [[0.12, -0.27], [0.14, 0]]);
        line(c, b, [[-0.2, -0.27], [-0.22, -0.05], [-0.42, -0.02]]);
        smooth(c, b, [[0.36, -0.6], [0.4, -0.64], [0.42, -0.6]], { pace: 0.4 });
      });
    },
  },
];
