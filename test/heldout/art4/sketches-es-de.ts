/**
 * The fourth held-out set's Spanish and German sketches: each the shapes a person puts down, in
 * drawing order (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * SEALED: see README.md — engine work never opens this file.
 */
import type { Sketch, U } from '../art3/draw.ts';
import { HUG, STAND, figure, fill, frame, line, loop, oval, ring, shape, smooth } from '../art3/draw.ts';
import { KICK, drop, hand, house, sheep, sittingBird, spiral, sun } from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const ES: readonly Sketch[] = [
  {
    id: 'abuela-tejiendo-en-mecedora', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'mi abuela tejiendo en su mecedora, con un ovillo de lana en el suelo', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.243, 0.9]], { overshoot: 6 });
      c.thing('mecedora', 'rocking chair seen from the side', () => {
        smooth(c, f, [[0.14, 0.83], [0.3, 0.9], [0.5, 0.91], [0.68, 0.86]]);
        line(c, f, [[0.31, 0.9], [0.28, 0.22]]);
        line(c, f, [[0.23, 0.24], [0.33, 0.2]]);
        line(c, f, [[0.3, 0.64], [0.56, 0.64]]);
        line(c, f, [[0.55, 0.64], [0.55, 0.905]]);
      });
      c.thing('abuela', 'grandmother sitting and knitting', () => {
        const g = frame(c, 0.42 / 1.243, 0.9, 0.68);
        oval(c, g, 0.02, -0.9, 0.085, 0.09);
        oval(c, g, -0.08, -0.96, 0.05, 0.045);
        for (const x of [-0.015, 0.055]) oval(c, g, x, -0.91, 0.025, 0.022, { pace: 0.5 });
        line(c, g, [[0.01, -0.91], [0.03, -0.91]], { pace: 0.4 });
        smooth(c, g, [[-0.01, -0.86], [0.02, -0.85], [0.05, -0.86]], { pace: 0.5 });
        line(c, g, [[0.01, -0.81], [0.01, -0.76]]);
        shape(c, g, [[-0.07, -0.76], [0.08, -0.76], [0.1, -0.53], [0.36, -0.51], [0.38, -0.18], [0.22, -0.18], [0.21, -0.4], [-0.1, -0.41]]);
        for (const dy of [0, 0.03]) smooth(c, g, [[0.04, -0.72 + dy], [0.09, -0.58 + dy], [0.24, -0.62 + dy]]);
        line(c, g, [[0.18, -0.72], [0.36, -0.56]], { pace: 0.8 });
        line(c, g, [[0.34, -0.72], [0.18, -0.56]], { pace: 0.8 });
        shape(c, g, [[0.22, -0.62], [0.32, -0.62], [0.33, -0.54], [0.22, -0.54]]);
        for (const y of [-0.6, -0.57]) smooth(c, g, [[0.23, y], [0.255, y + 0.01], [0.28, y], [0.305, y + 0.01], [0.32, y]], { pace: 0.5 });
        for (const x of [0.26, 0.34]) line(c, g, [[x, -0.18], [x + 0.01, 0], [x + 0.07, 0]]);
      });
      c.thing('ovillo', 'ball of wool on the floor', () => {
        oval(c, f, 0.98, 0.84, 0.06, 0.055);
        smooth(c, f, [[0.93, 0.82], [0.98, 0.8], [1.03, 0.85]], { pace: 0.6 });
        smooth(c, f, [[0.94, 0.87], [0.99, 0.84], [1.02, 0.8]], { pace: 0.6 });
      });
      smooth(c, f, [[0.93, 0.84], [0.78, 0.8], [0.68, 0.66], [0.61, 0.54]], { pace: 1.2 });
    },
  },
  {
    id: 'nino-chuta-a-porteria', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'un niño pateando una pelota hacia la portería, sin portero', notDrawn: [], negated: ['portero'], colours: [], horizon: null, ground: 0.86,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.86], [1.333, 0.86]], { overshoot: 6 });
      c.thing('portería', 'empty goal with a net', () => {
        line(c, f, [[0.88, 0.86], [0.88, 0.34], [1.22, 0.34], [1.22, 0.86]]);
        line(c, f, [[0.88, 0.34], [0.95, 0.26], [1.29, 0.26], [1.22, 0.34]]);
        line(c, f, [[1.29, 0.26], [1.29, 0.78], [1.22, 0.86]]);
        for (let i = 1; i < 5; i++) line(c, f, [[0.88 + i * 0.068, 0.34], [0.88 + i * 0.068, 0.86]], { pace: 1.4, size: 2 });
        for (let i = 1; i < 5; i++) line(c, f, [[0.88, 0.34 + i * 0.104], [1.22, 0.34 + i * 0.104]], { pace: 1.4, size: 2 });
      });
      c.thing('niño', 'boy kicking', () => figure(c, frame(c, 0.2, 0.87, 0.56), KICK, { hair: 'short', face: 'smile' }));
      c.thing('pelota', 'football in the air', () => {
        oval(c, f, 0.56, 0.72, 0.05, 0.05);
        shape(c, f, [[0.55, 0.7], [0.575, 0.71], [0.57, 0.735], [0.55, 0.74], [0.54, 0.72]], { pace: 0.5 });
      });
      for (const y of [0.7, 0.74]) line(c, f, [[0.44, y], [0.49, y]], { pace: 0.7 });
    },
  },
  {
    id: 'cuatro-pajaros-en-cable', kind: 'coloured', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'cuatro pájaros en un cable, uno de ellos azul', notDrawn: [], negated: [], colours: [{ word: 'azul', of: 'pájaros' }],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const y = (x: number): number => 0.42 + 0.03 * x + 0.14 * (1 - (x - 1) ** 2);
      c.thing('cable', 'wire from edge to edge', () => smooth(c, f, Array.from({ length: 11 }, (_, i): U => [i * 0.2, y(i * 0.2)]), { overshoot: 6 }));
      const xs = [0.42, 0.78, 1.14, 1.5];
      for (const [i, x] of xs.entries()) {
        c.thing('pájaros', i === 2 ? 'blue bird on the wire' : 'bird on the wire', () => sittingBird(c, frame(c, x / 2, y(x), 0.2, { flip: i === 1 })));
      }
      c.h.pause(1800);
      const g = frame(c, xs[2]! / 2, y(xs[2]!), 0.2);
      fill(c, g, ring(0, -0.38, 0.36, 0.24), '#2f66d0', { angle: 0.2 });
      fill(c, g, ring(0.36, -0.7, 0.15, 0.14), '#2f66d0', { angle: 0.2 });
    },
  },
  {
    id: 'frutero-manzanas-platano', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'es',
    prompt: 'un frutero con tres manzanas y un plátano, y un cuchillo al lado', notDrawn: ['cuchillo'], negated: [], colours: [],
    horizon: null, ground: 1.1 / 1.414, photo: { width: 960, height: 1280, ink: '#2f2b27', quality: 62 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.1], [1, 1.1]], { overshoot: 6 });
      c.thing('frutero', 'fruit bowl on a foot', () => {
        line(c, f, [[0.1, 0.76], [0.9, 0.76]]);
        smooth(c, f, [[0.1, 0.76], [0.18, 0.93], [0.5, 1.01], [0.82, 0.93], [0.9, 0.76]]);
        shape(c, f, [[0.42, 1.0], [0.37, 1.1], [0.63, 1.1], [0.58, 1.0]]);
      });
      for (const [x, yy, r] of [[0.29, 0.66, 0.11], [0.51, 0.63, 0.12], [0.72, 0.67, 0.1]] as const) {
        c.thing('manzanas', 'apple in the bowl', () => {
          loop(c, f, ring(x, yy, r, r * 0.95, 10));
          line(c, f, [[x, yy - r * 0.9], [x + 0.015, yy - r * 1.35]], { pace: 0.6 });
        });
      }
      c.thing('plátano', 'banana lying over the apples', () => {
        loop(c, f, [[0.16, 0.52], [0.4, 0.45], [0.66, 0.44], [0.84, 0.5], [0.8, 0.53], [0.6, 0.5], [0.4, 0.52], [0.2, 0.56]]);
      });
    },
  },
  {
    id: 'llave-grande-candado-abierto', kind: 'drawing', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'una llave grande y un candado abierto', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('llave', 'big key lying diagonally', () => {
        const g = frame(c, 0.22, 0.3, 1, { rot: Math.PI / 4 });
        oval(c, g, 0, 0, 0.13, 0.13);
        oval(c, g, 0, 0, 0.04, 0.04);
        line(c, g, [[0.13, -0.025], [0.62, -0.025]]);
        line(c, g, [[0.13, 0.025], [0.62, 0.025], [0.62, 0.09], [0.56, 0.09], [0.56, 0.05], [0.5, 0.05], [0.5, 0.1], [0.45, 0.1], [0.45, 0.025]]);
      });
      c.thing('candado', 'open padlock', () => {
        shape(c, f, [[0.6, 0.3], [0.88, 0.3], [0.88, 0.54], [0.6, 0.54]]);
        smooth(c, f, [[0.65, 0.3], [0.65, 0.17], [0.74, 0.1], [0.83, 0.15], [0.83, 0.24]]);
        oval(c, f, 0.74, 0.4, 0.02, 0.02, { pace: 0.6 });
        line(c, f, [[0.74, 0.42], [0.74, 0.47]], { pace: 0.6 });
      });
      c.thing(null, 'chain hanging from the padlock', () => {
        for (let i = 0; i < 6; i++) oval(c, f, 0.86 + i * 0.024, 0.6 + i * 0.075, 0.018, 0.035, { pace: 0.6, turn: -0.3 });
      });
    },
  },
  {
    id: 'camino-sube-al-pueblo-iglesia', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un camino que sube hasta un pueblo con una iglesia', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      smooth(c, f, [[0, 0.58], [0.5, 0.46], [0.9, 0.38], [1.3, 0.37], [1.78, 0.45]], { overshoot: 6 });
      c.thing('camino', 'path winding up the hill', () => {
        smooth(c, f, [[0.35, 1.0], [0.62, 0.82], [0.72, 0.64], [0.98, 0.5], [1.05, 0.39]]);
        smooth(c, f, [[0.95, 1.0], [0.92, 0.82], [0.88, 0.66], [1.12, 0.52], [1.12, 0.39]]);
      });
      c.thing('pueblo', 'village of small houses on the hilltop', () => {
        for (const [x, s] of [[0.82, 0.1], [0.96, 0.08], [1.16, 0.09], [1.3, 0.08]] as const) house(c, f, x, 0.38, s);
      });
      c.thing('iglesia', 'church with a tower and a cross', () => {
        shape(c, f, [[1.44, 0.4], [1.44, 0.26], [1.62, 0.26], [1.62, 0.4]]);
        line(c, f, [[1.42, 0.26], [1.53, 0.19], [1.64, 0.26]]);
        shape(c, f, [[1.44, 0.26], [1.44, 0.12], [1.5, 0.12], [1.5, 0.26]]);
        line(c, f, [[1.43, 0.12], [1.47, 0.05], [1.51, 0.12]]);
        line(c, f, [[1.47, 0.05], [1.47, 0.0]], { pace: 0.6 });
        line(c, f, [[1.45, 0.02], [1.49, 0.02]], { pace: 0.6 });
        smooth(c, f, [[1.51, 0.4], [1.51, 0.33], [1.53, 0.31], [1.55, 0.33], [1.55, 0.4]], { pace: 0.7 });
      });
    },
  },
  {
    id: 'maracas-rojas-y-flauta', kind: 'coloured', width: 768, height: 1024, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'unas maracas rojas y una flauta, sin guitarra', notDrawn: [], negated: ['guitarra'], colours: [{ word: 'rojas', of: 'maracas' }],
    horizon: null, ground: null,
    draw(c) {
      const heads: [number, number][] = [];
      for (const [x, rot] of [[0.3, -0.45], [0.7, 0.45]] as const) {
        const g = frame(c, x, 0.3, 1, { rot });
        heads.push([x, rot]);
        c.thing('maracas', 'maraca', () => {
          oval(c, g, 0, 0, 0.12, 0.16);
          shape(c, g, [[-0.025, 0.155], [0.025, 0.155], [0.03, 0.5], [-0.03, 0.5]]);
          for (const [dx, dy] of [[-0.04, -0.06], [0.03, -0.02], [-0.02, 0.05], [0.05, 0.07]] as const) {
            line(c, g, [[dx, dy], [dx + 0.005, dy + 0.005]], { pace: 0.3 });
          }
        });
      }
      const fl = frame(c, 0.5, 0.78, 1, { rot: -0.08 });
      c.thing('flauta', 'recorder lying across', () => {
        shape(c, fl, [[-0.4, -0.03], [0.38, -0.035], [0.42, -0.06], [0.42, 0.06], [0.38, 0.035], [-0.4, 0.03]]);
        shape(c, fl, [[-0.4, -0.03], [-0.46, -0.02], [-0.46, 0.02], [-0.4, 0.03]]);
        for (let i = 0; i < 6; i++) oval(c, fl, -0.25 + i * 0.09, 0, 0.012, 0.012, { pace: 0.4 });
      });
      c.h.pause(2200);
      for (const [x, rot] of heads) fill(c, frame(c, x, 0.3, 1, { rot }), ring(0, 0, 0.11, 0.15), '#d8261f', { angle: 0.6 });
      fill(c, fl, [[-0.4, -0.025], [0.4, -0.03], [0.4, 0.03], [-0.4, 0.025]], '#c89656', { angle: 0.1, opacity: 0.6 });
    },
  },
  {
    id: 'oso-duerme-en-cueva', kind: 'photo', width: 1000, height: 700, device: 'finger', pen: { color: INK, size: 10 }, language: 'es',
    prompt: 'un oso durmiendo dentro de una cueva mientras afuera cae la nieve', notDrawn: ['nieve'], negated: [], colours: [],
    horizon: null, ground: 0.92, photo: { width: 1366, height: 768, ink: '#35312d', quality: 58 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.43, 0.92]], { overshoot: 6 });
      c.thing('cueva', 'cave in a rocky hill', () => {
        smooth(c, f, [[0.05, 0.92], [0.2, 0.42], [0.6, 0.12], [1.02, 0.34], [1.32, 0.92]]);
        smooth(c, f, [[0.3, 0.92], [0.38, 0.58], [0.64, 0.44], [0.9, 0.58], [1.0, 0.92]]);
      });
      c.thing('oso', 'bear curled up asleep', () => {
        oval(c, f, 0.7, 0.81, 0.2, 0.1);
        oval(c, f, 0.47, 0.83, 0.08, 0.07);
        oval(c, f, 0.43, 0.755, 0.022, 0.022);
        oval(c, f, 0.52, 0.755, 0.022, 0.022);
        smooth(c, f, [[0.44, 0.82], [0.46, 0.83], [0.48, 0.82]], { pace: 0.5 });
        line(c, f, [[0.42, 0.86], [0.425, 0.865]], { pace: 0.3 });
      });
    },
  },
];

export const DE: readonly Sketch[] = [
  {
    id: 'grosse-hand-haelt-kleine-hand', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Eine große Hand hält eine kleine Hand', ...none, horizon: null, ground: null,
    draw(c) {
      c.thing('Hand', 'big hand reaching in from the left', () => hand(c, frame(c, 0.3, 0.48, 0.62, { rot: Math.PI / 2 }), 0.8));
      c.thing('Hand', 'small hand reaching in from the right, held by the big one', () => hand(c, frame(c, 0.5, 0.53, 0.36, { rot: -Math.PI / 2 }), 1.6));
    },
  },
  {
    id: 'eichhoernchen-nuss-auf-ast', kind: 'drawing', width: 768, height: 1024, device: 'mouse', pen: { color: INK, size: 3 }, language: 'de',
    prompt: 'Ein Eichhörnchen mit einer Nuss auf einem Ast, unten wartet ein Fuchs', notDrawn: ['Fuchs'], negated: [], colours: [],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Ast', 'branch from the right edge', () => {
        smooth(c, f, [[1.0, 0.72], [0.6, 0.76], [0.15, 0.8]]);
        smooth(c, f, [[1.0, 0.8], [0.6, 0.82], [0.15, 0.82]]);
        line(c, f, [[0.15, 0.8], [0.14, 0.82]], { pace: 0.5 });
        line(c, f, [[0.3, 0.8], [0.22, 0.92]]);
      });
      c.thing('Eichhörnchen', 'squirrel sitting on the branch', () => {
        oval(c, f, 0.5, 0.63, 0.09, 0.12);
        oval(c, f, 0.58, 0.47, 0.07, 0.06);
        line(c, f, [[0.56, 0.42], [0.57, 0.36], [0.6, 0.42]]);
        line(c, f, [[0.6, 0.46], [0.605, 0.465]], { pace: 0.3 });
        smooth(c, f, [[0.43, 0.72], [0.3, 0.66], [0.26, 0.5], [0.3, 0.36], [0.4, 0.32], [0.44, 0.38], [0.36, 0.42], [0.36, 0.56], [0.43, 0.62]]);
        smooth(c, f, [[0.54, 0.58], [0.6, 0.56], [0.63, 0.53]], { pace: 0.8 });
        for (const x of [0.46, 0.54]) line(c, f, [[x, 0.74], [x, 0.755]], { pace: 0.5 });
      });
      c.thing('Nuss', 'nut in its paws', () => {
        oval(c, f, 0.645, 0.575, 0.035, 0.04);
        line(c, f, [[0.645, 0.535], [0.645, 0.615]], { pace: 0.5 });
      });
    },
  },
  {
    id: 'windrad-gruener-huegel-schafe', kind: 'coloured', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Ein Windrad auf einem grünen Hügel, daneben drei Schafe', notDrawn: [], negated: [], colours: [{ word: 'grünen', of: 'Hügel' }],
    horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const hill: U[] = [[0, 0.74], [0.5, 0.52], [0.9, 0.44], [1.3, 0.55], [1.78, 0.7]];
      c.thing('Hügel', 'green hill', () => smooth(c, f, hill, { overshoot: 6 }));
      c.thing('Windrad', 'wind turbine on the hilltop', () => {
        line(c, f, [[0.88, 0.45], [0.91, 0.12]]);
        line(c, f, [[0.96, 0.45], [0.93, 0.12]]);
        oval(c, f, 0.92, 0.1, 0.025, 0.025);
        for (const a of [-Math.PI / 2 + 0.2, Math.PI / 6 + 0.2, (5 * Math.PI) / 6 + 0.2]) {
          const [dx, dy] = [Math.cos(a), Math.sin(a)];
          const [nx, ny] = [-dy * 0.025, dx * 0.025];
          shape(c, f, [[0.92 + dx * 0.03, 0.1 + dy * 0.03], [0.92 + dx * 0.12 + nx, 0.1 + dy * 0.12 + ny], [0.92 + dx * 0.26, 0.1 + dy * 0.26]]);
        }
      });
      for (const [x, y, flip] of [[0.32, 0.76, false], [1.3, 0.72, true], [1.55, 0.86, true]] as const) {
        c.thing('Schafe', 'woolly sheep', () => sheep(c, frame(c, x / 1.778, y, 0.22, { flip })));
      }
      c.h.pause(2000);
      fill(c, f, [...hill, [1.78, 1], [0, 1]], '#4caa3c', { angle: -0.2, opacity: 0.55 });
    },
  },
  {
    id: 'schreibtisch-lampe-buch-stift', kind: 'photo', width: 1000, height: 700, device: 'stylus', pen: { color: INK, size: 8 }, language: 'de',
    prompt: 'Mein Schreibtisch mit einer Lampe, einem Buch und einem Stift, kein Handy', notDrawn: [], negated: ['Handy'], colours: [],
    horizon: null, ground: 0.6, photo: { width: 1200, height: 900, ink: '#2a2f45', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Schreibtisch', 'desk with a drawer', () => {
        shape(c, f, [[0.08, 0.6], [1.35, 0.6], [1.35, 0.66], [0.08, 0.66]]);
        for (const x of [0.14, 1.29]) line(c, f, [[x, 0.66], [x, 0.97]]);
        shape(c, f, [[0.96, 0.66], [1.26, 0.66], [1.26, 0.8], [0.96, 0.8]]);
        line(c, f, [[1.09, 0.73], [1.13, 0.73]], { pace: 0.5 });
      });
      c.thing('Lampe', 'desk lamp', () => {
        oval(c, f, 0.3, 0.585, 0.08, 0.02);
        line(c, f, [[0.3, 0.58], [0.39, 0.36], [0.3, 0.2]]);
        shape(c, f, [[0.3, 0.14], [0.36, 0.22], [0.24, 0.32], [0.18, 0.24]]);
      });
      c.thing('Buch', 'open book', () => {
        smooth(c, f, [[0.56, 0.58], [0.66, 0.51], [0.77, 0.55]]);
        smooth(c, f, [[0.77, 0.55], [0.88, 0.51], [0.98, 0.58]]);
        line(c, f, [[0.56, 0.58], [0.98, 0.58]]);
        line(c, f, [[0.77, 0.55], [0.77, 0.58]], { pace: 0.5 });
        for (const y of [0.545, 0.565]) {
          line(c, f, [[0.62, y], [0.73, y]], { pace: 1.4, size: 3 });
          line(c, f, [[0.81, y], [0.93, y]], { pace: 1.4, size: 3 });
        }
      });
      c.thing('Stift', 'pencil lying on the desk', () => {
        const g = frame(c, 1.16 / 1.4286, 0.565, 1, { rot: -0.25 });
        shape(c, g, [[-0.1, -0.015], [0.08, -0.015], [0.08, 0.015], [-0.1, 0.015]]);
        line(c, g, [[0.08, -0.015], [0.12, 0], [0.08, 0.015]]);
      });
    },
  },
  {
    id: 'mutter-troestet-weinendes-kind', kind: 'drawing', width: 1024, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Eine Mutter tröstet ihr weinendes Kind, zwei Tränen auf seiner Wange', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 6 });
      c.thing('Mutter', 'mother bending to hold the child', () => figure(c, frame(c, 0.38, 0.905, 0.78), HUG, { dress: true, hair: 'long', face: 'flat' }));
      c.thing('Kind', 'crying child', () => figure(c, frame(c, 0.58, 0.905, 0.5), STAND, { hair: 'short', face: 'sad' }));
      const [hx, hy] = [0.58 * 1.333, 0.905 - 0.9 * 0.5];
      c.thing('Tränen', 'tear on the left cheek', () => drop(c, f, hx - 0.025, hy + 0.05, 0.04));
      c.thing('Tränen', 'tear falling from the right cheek', () => drop(c, f, hx + 0.03, hy + 0.085, 0.04));
    },
  },
  {
    id: 'teller-brot-kaese', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Ein Teller mit Brot und Käse, daneben eine Tasse Tee', notDrawn: ['Tasse', 'Tee'], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Teller', 'plate', () => {
        oval(c, f, 0.5, 0.55, 0.4, 0.28);
        oval(c, f, 0.5, 0.55, 0.3, 0.2, { pace: 1.2 });
      });
      c.thing('Brot', 'slice of bread', () => {
        loop(c, f, [[0.25, 0.64], [0.24, 0.46], [0.28, 0.38], [0.37, 0.35], [0.46, 0.39], [0.49, 0.47], [0.47, 0.64]]);
        smooth(c, f, [[0.29, 0.61], [0.28, 0.47], [0.32, 0.41], [0.37, 0.39], [0.43, 0.42], [0.45, 0.48], [0.44, 0.61]], { pace: 0.9 });
      });
      c.thing('Käse', 'wedge of cheese with holes', () => {
        shape(c, f, [[0.53, 0.66], [0.77, 0.66], [0.77, 0.47]]);
        oval(c, f, 0.7, 0.6, 0.018, 0.018, { pace: 0.5 });
        oval(c, f, 0.73, 0.53, 0.012, 0.012, { pace: 0.5 });
      });
    },
  },
  {
    id: 'offenes-tor-weg-sonne', kind: 'photo', width: 800, height: 800, device: 'mouse', pen: { color: INK, size: 8 }, language: 'de',
    prompt: 'Ein offenes Tor am Ende eines Weges, dahinter die Sonne', ...none, horizon: 0.6,
    ground: null, photo: { width: 1024, height: 1024, ink: '#302c28', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.6], [0.3, 0.6]], { overshoot: 4 });
      line(c, f, [[0.7, 0.6], [1, 0.6]], { overshoot: 4 });
      c.thing('Weg', 'path leading to the gate', () => {
        line(c, f, [[0.22, 1.0], [0.45, 0.62]]);
        line(c, f, [[0.78, 1.0], [0.55, 0.62]]);
      });
      c.thing('Sonne', 'sun low behind the gate', () => sun(c, f, 0.5, 0.42, 0.07, 8));
      c.thing('Tor', 'open garden gate with an arch', () => {
        line(c, f, [[0.34, 0.64], [0.34, 0.26]]);
        line(c, f, [[0.66, 0.64], [0.66, 0.26]]);
        smooth(c, f, [[0.34, 0.26], [0.42, 0.17], [0.5, 0.15], [0.58, 0.17], [0.66, 0.26]]);
        shape(c, f, [[0.34, 0.34], [0.2, 0.38], [0.2, 0.7], [0.34, 0.62]]);
        shape(c, f, [[0.66, 0.34], [0.8, 0.38], [0.8, 0.7], [0.66, 0.62]]);
        for (const t of [0.33, 0.66]) {
          line(c, f, [[0.34 - 0.14 * t, 0.34 + 0.04 * t], [0.34 - 0.14 * t, 0.62 + 0.08 * t]], { pace: 1.2 });
          line(c, f, [[0.66 + 0.14 * t, 0.34 + 0.04 * t], [0.66 + 0.14 * t, 0.62 + 0.08 * t]], { pace: 1.2 });
        }
      });
      c.thing(null, 'bush beside the gate', () => {
        const pts: U[] = [];
        for (let i = 0; i < 12; i++) {
          const a = (i / 12) * 2 * Math.PI;
          const r = i % 2 === 0 ? 0.1 : 0.08;
          pts.push([0.9 + Math.cos(a) * r, 0.66 + Math.sin(a) * r * 0.7]);
        }
        loop(c, f, pts);
      });
    },
  },
  {
    id: 'kopf-gelbe-wirbel-fragezeichen', kind: 'coloured', width: 1080, height: 1080, device: 'mouse', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Mein Kopf voller Gedanken: zwei gelbe Wirbel und ein blaues Fragezeichen', notDrawn: [], negated: [],
    colours: [{ word: 'gelbe', of: 'Wirbel' }, { word: 'blaues', of: 'Fragezeichen' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Kopf', 'head in profile facing right', () => {
        smooth(c, f, [[0.3, 0.98], [0.28, 0.8], [0.17, 0.62], [0.15, 0.42], [0.22, 0.22], [0.4, 0.1], [0.6, 0.1], [0.75, 0.2], [0.8, 0.36],
          [0.8, 0.46], [0.87, 0.55], [0.8, 0.58], [0.82, 0.64], [0.79, 0.66], [0.8, 0.72], [0.72, 0.76], [0.66, 0.77], [0.64, 0.98]]);
        line(c, f, [[0.72, 0.4], [0.735, 0.405]], { pace: 0.3 });
      });
      const swirls: [number, number][] = [[0.37, 0.34], [0.55, 0.28]];
      for (const [x, y] of swirls) c.thing('Wirbel', 'yellow swirl in the head', () => spiral(c, f, x, y, 0.09, 2.5, { color: '#c59a00' }));
      c.thing('Fragezeichen', 'blue question mark', () => {
        smooth(c, f, [[0.37, 0.55], [0.4, 0.49], [0.46, 0.47], [0.52, 0.5], [0.52, 0.57], [0.46, 0.61], [0.45, 0.68]], { color: '#1f4fc4', size: 9 });
        line(c, f, [[0.45, 0.74], [0.452, 0.745]], { color: '#1f4fc4', size: 11, pace: 0.3 });
      });
      c.h.pause(1800);
      for (const [x, y] of swirls) fill(c, f, ring(x, y, 0.09, 0.09), '#f4d21c', { angle: 0.4, opacity: 0.6 });
    },
  },
];
