/**
 * The fifth held-out set's Spanish and German sketches: each the shapes a person puts down, in
 * drawing order (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * SEALED: see README.md — engine work never opens this file.
 */
import type { Sketch, U } from '../art3/draw.ts';
import { WAVE, cloud, figure, fill, frame, line, loop, oval, ring, shape, smooth, tree } from '../art3/draw.ts';
import { drop, sun } from '../art4/shapes.ts';
import { SIT_SIDE, SKIP, arrowSign, berryPoints, penguin, pencil, snowflake, strawberry } from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const ES: readonly Sketch[] = [
  {
    id: 'gallo-canta-sobre-valla', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un gallo cantando sobre una valla mientras sale el sol', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.333, 0.9]], { overshoot: 6 });
      c.thing('sol', 'sun rising behind the fence', () => sun(c, f, 1.08, 0.3, 0.09, 9));
      c.thing('valla', 'wooden fence across the page', () => {
        line(c, f, [[0, 0.6], [1.333, 0.6]], { overshoot: 4 });
        line(c, f, [[0, 0.74], [1.333, 0.74]], { overshoot: 4 });
        for (let x = 0.08; x < 1.3; x += 0.16) line(c, f, [[x, 0.9], [x, 0.5], [x + 0.04, 0.46], [x + 0.08, 0.5], [x + 0.08, 0.9]]);
      });
      c.thing('gallo', 'rooster crowing on top of the fence', () => {
        loop(c, f, [[0.4, 0.3], [0.5, 0.27], [0.62, 0.28], [0.66, 0.36], [0.58, 0.43], [0.46, 0.43], [0.4, 0.38]]);
        smooth(c, f, [[0.6, 0.29], [0.62, 0.22], [0.63, 0.17]]);
        smooth(c, f, [[0.66, 0.33], [0.68, 0.24], [0.68, 0.18]]);
        oval(c, f, 0.655, 0.15, 0.04, 0.035);
        line(c, f, [[0.64, 0.12], [0.64, 0.09], [0.655, 0.11], [0.665, 0.08], [0.675, 0.11], [0.69, 0.1], [0.69, 0.13]], { pace: 0.6 });
        line(c, f, [[0.69, 0.14], [0.74, 0.12]], { pace: 0.6 });
        line(c, f, [[0.69, 0.16], [0.74, 0.17]], { pace: 0.6 });
        loop(c, f, [[0.68, 0.18], [0.7, 0.22], [0.67, 0.22]], { pace: 0.5 });
        line(c, f, [[0.66, 0.14], [0.662, 0.142]], { pace: 0.3 });
        for (const [dx, dy] of [[-0.1, -0.12], [-0.14, -0.06], [-0.14, 0.01]] as const) smooth(c, f, [[0.41, 0.32], [0.41 + dx * 0.6,
          0.32 + dy - 0.03], [0.41 + dx, 0.32 + dy]]);
        smooth(c, f, [[0.46, 0.33], [0.52, 0.37], [0.58, 0.34]], { pace: 0.7 });
        for (const x of [0.5, 0.56]) line(c, f, [[x, 0.43], [x, 0.47], [x + 0.02, 0.47]], { pace: 0.6 });
        for (const [a, b] of [[[0.77, 0.1], [0.82, 0.07]], [[0.78, 0.15], [0.84, 0.15]]] as const) line(c, f, [a, b], { pace: 0.5 });
      });
    },
  },
  {
    id: 'mariquita-roja-hoja-verde', kind: 'coloured', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'una mariquita roja sobre una hoja verde, y una hormiga', notDrawn: ['hormiga'], negated: [],
    colours: [{ word: 'roja', of: 'mariquita' }, { word: 'verde', of: 'hoja' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const leaf: U[] = [[0.12, 0.88], [0.16, 0.56], [0.34, 0.3], [0.6, 0.15], [0.9, 0.1], [0.84, 0.4], [0.66, 0.66], [0.4, 0.84]];
      c.thing('hoja', 'big leaf', () => {
        loop(c, f, leaf);
        line(c, f, [[0.04, 0.97], [0.14, 0.86], [0.5, 0.48], [0.86, 0.13]]);
        for (const [x, y] of [[0.3, 0.68], [0.45, 0.53], [0.62, 0.35]] as const) {
          line(c, f, [[x, y], [x - 0.08, y - 0.14]], { pace: 0.6 });
          line(c, f, [[x, y], [x + 0.14, y + 0.06]], { pace: 0.6 });
        }
      });
      const body = ring(0.52, 0.5, 0.13, 0.11);
      c.thing('mariquita', 'ladybird on the leaf', () => {
        loop(c, f, body);
        smooth(c, f, [[0.4, 0.45], [0.37, 0.38], [0.42, 0.35], [0.46, 0.4]]);
        line(c, f, [[0.44, 0.41], [0.64, 0.58]], { pace: 0.8 });
        for (const [x, y] of [[0.5, 0.56], [0.58, 0.44], [0.61, 0.56], [0.47, 0.45]] as const) oval(c, f, x, y, 0.03, 0.03, { pace: 0.4 });
        line(c, f, [[0.39, 0.37], [0.33, 0.32]], { pace: 0.5 });
        line(c, f, [[0.42, 0.35], [0.4, 0.28]], { pace: 0.5 });
      });
      c.h.pause(2000);
      fill(c, f, leaf, '#3f9b3a', { angle: 0.8, opacity: 0.55 });
      fill(c, f, body, '#d8231f', { angle: -0.3, opacity: 0.7 });
    },
  },
  {
    id: 'nina-salta-la-cuerda-descalza', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 7 }, language: 'es',
    prompt: 'una niña saltando a la cuerda en el patio, sin zapatos', notDrawn: [], negated: ['zapatos'], colours: [], horizon: null, ground: 0.915,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.22], [1, 1.22]], { overshoot: 6 });
      c.thing(null, 'tree at the left edge of the yard', () => tree(c, frame(c, 0.1, 1.22 / 1.333, 0.62), 0.5, 0.3));
      const g = frame(c, 0.58, 1.13 / 1.333, 0.72);
      c.thing('niña', 'girl skipping, feet off the ground', () => figure(c, g, SKIP, { dress: true, hair: 'long', face: 'smile', hands: true }));
      c.thing('cuerda', 'skipping rope over her head', () => {
        smooth(c, g, [[-0.26, -0.48], [-0.36, -0.8], [-0.26, -1.12], [0, -1.22], [0.26, -1.12], [0.36, -0.8], [0.26, -0.48]]);
        for (const s of [-1, 1]) line(c, g, [[s * 0.26, -0.47], [s * 0.27, -0.38]], { size: 9 });
      });
    },
  },
  {
    id: 'hamburguesa-papas-en-plato', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'una hamburguesa con papas fritas en un plato, y un refresco', notDrawn: ['refresco'], negated: [], colours: [], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('plato', 'plate seen at an angle', () => {
        oval(c, f, 0.62, 0.66, 0.56, 0.22);
        oval(c, f, 0.62, 0.66, 0.42, 0.15, { pace: 1.2 });
      });
      c.thing('hamburguesa', 'burger with a sesame bun', () => {
        smooth(c, f, [[0.2, 0.46], [0.24, 0.32], [0.42, 0.26], [0.6, 0.32], [0.64, 0.46]]);
        line(c, f, [[0.2, 0.46], [0.64, 0.46]]);
        smooth(c, f, [[0.19, 0.49], [0.25, 0.47], [0.31, 0.51], [0.37, 0.47], [0.43, 0.51], [0.49, 0.47], [0.55, 0.51], [0.61, 0.47], [0.66, 0.5]],
          { pace: 0.8 });
        shape(c, f, [[0.21, 0.52], [0.63, 0.52], [0.63, 0.58], [0.21, 0.58]]);
        smooth(c, f, [[0.21, 0.6], [0.22, 0.67], [0.62, 0.67], [0.63, 0.6]]);
        line(c, f, [[0.21, 0.6], [0.63, 0.6]], { pace: 1.2 });
        for (const [x, y] of [[0.32, 0.34], [0.42, 0.31], [0.5, 0.36], [0.37, 0.4]] as const) line(c, f, [[x, y], [x + 0.012, y - 0.004]], { pace: 0.3 });
      });
      c.thing('papas', 'pile of chips', () => {
        for (const [x, y, a] of [[0.8, 0.64, -0.3], [0.86, 0.6, 0.2], [0.92, 0.66, -0.6], [0.98, 0.6, 0.5], [0.88, 0.7, 0.1], [1.02, 0.68, -0.2],
          [0.94, 0.55, 0.9]] as const) {
          const g = frame(c, x / 1.243, y, 1, { rot: a });
          shape(c, g, [[-0.1, -0.016], [0.1, -0.016], [0.1, 0.016], [-0.1, 0.016]], { pace: 0.8 });
        }
      });
    },
  },
  {
    id: 'avion-de-papel-ventana-nubes', kind: 'photo', width: 1000, height: 700, device: 'mouse', pen: { color: INK, size: 9 }, language: 'es',
    prompt: 'un avión de papel saliendo por una ventana abierta hacia las nubes', ...none,
    horizon: null, ground: null, photo: { width: 1200, height: 900, ink: '#2b2b2e', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('ventana', 'open window with one pane swung out', () => {
        shape(c, f, [[0.1, 0.2], [0.52, 0.2], [0.52, 0.9], [0.1, 0.9]]);
        shape(c, f, [[0.03, 0.9], [0.59, 0.9], [0.61, 0.96], [0.01, 0.96]]);
        line(c, f, [[0.31, 0.2], [0.31, 0.9]], { pace: 1.1 });
        line(c, f, [[0.1, 0.55], [0.31, 0.55]], { pace: 1.1 });
        shape(c, f, [[0.52, 0.2], [0.7, 0.3], [0.7, 0.8], [0.52, 0.9]]);
        line(c, f, [[0.61, 0.25], [0.61, 0.85]], { pace: 1.1 });
        line(c, f, [[0.52, 0.55], [0.7, 0.55]], { pace: 1.1 });
      });
      for (const [x, y] of [[0.76, 0.62], [0.84, 0.7], [0.78, 0.8], [0.9, 0.86], [0.66, 0.96], [0.04, 0.12]] as const) {
        shape(c, f, [[x, y], [x + 0.1, y], [x + 0.1, y + 0.045], [x, y + 0.045]], { pace: 1.2 });
      }
      c.thing('avión', 'paper plane flying out', () => {
        const g = frame(c, 0.92 / 1.429, 0.44, 1, { rot: -0.25 });
        shape(c, g, [[-0.14, -0.05], [0.16, 0], [-0.14, 0.04], [-0.1, 0]]);
        line(c, g, [[-0.1, 0], [0.16, 0]], { pace: 0.8 });
        line(c, g, [[-0.1, 0], [-0.12, 0.07], [0.16, 0]], { pace: 0.8 });
        for (const dy of [-0.03, 0.02]) line(c, g, [[-0.3, dy], [-0.2, dy]], { pace: 0.6 });
      });
      c.thing('nubes', 'cloud at the top right', () => cloud(c, frame(c, 1.2 / 1.429, 0.2, 1), 0.34));
      c.thing('nubes', 'small cloud further up', () => cloud(c, frame(c, 0.86 / 1.429, 0.1, 1), 0.22));
    },
  },
  {
    id: 'mascara-sonriente-cara-triste', kind: 'drawing', width: 768, height: 1024, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'una máscara sonriente y detrás de ella una cara triste con una lágrima', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('cara', 'sad face behind', () => {
        loop(c, f, ring(0.6, 0.44, 0.3, 0.36, 20));
        for (const x of [0.5, 0.72]) {
          smooth(c, f, [[x - 0.05, 0.34], [x, 0.32], [x + 0.05, 0.35]], { pace: 0.6 });
          oval(c, f, x, 0.38, 0.022, 0.022, { pace: 0.4 });
        }
        line(c, f, [[0.61, 0.42], [0.6, 0.5], [0.63, 0.5]], { pace: 0.6 });
        smooth(c, f, [[0.5, 0.62], [0.6, 0.57], [0.7, 0.62]]);
      });
      c.thing('lágrima', 'tear under the right eye', () => drop(c, f, 0.74, 0.5, 0.07));
      c.thing('máscara', 'smiling mask on a stick in front', () => {
        loop(c, f, [[0.34, 0.6], [0.5, 0.64], [0.56, 0.78], [0.5, 0.98], [0.34, 1.06], [0.18, 0.98], [0.12, 0.78], [0.18, 0.64]]);
        for (const x of [0.26, 0.42]) loop(c, f, [[x - 0.06, 0.76], [x, 0.72], [x + 0.06, 0.76], [x, 0.79]], { pace: 0.6 });
        smooth(c, f, [[0.2, 0.88], [0.28, 0.96], [0.4, 0.96], [0.48, 0.88]]);
        smooth(c, f, [[0.2, 0.88], [0.34, 0.9], [0.48, 0.88]], { pace: 0.7 });
        line(c, f, [[0.3, 1.05], [0.24, 1.3]]);
      });
    },
  },
  {
    id: 'piano-negro-partitura-metronomo', kind: 'coloured', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un piano negro con una partitura y un metrónomo encima, sin violín', notDrawn: [], negated: ['violín'],
    colours: [{ word: 'negro', of: 'piano' }], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.778, 0.92]], { overshoot: 8 });
      c.thing('piano', 'upright piano with its keyboard', () => {
        shape(c, f, [[0.42, 0.92], [0.42, 0.26], [1.34, 0.26], [1.34, 0.92]]);
        line(c, f, [[0.38, 0.26], [1.38, 0.26]]);
        shape(c, f, [[0.36, 0.56], [1.4, 0.56], [1.4, 0.64], [0.36, 0.64]]);
        for (let i = 1; i < 20; i++) line(c, f, [[0.36 + i * 0.052, 0.56], [0.36 + i * 0.052, 0.64]], { pace: 1.4 });
        for (let i = 0; i < 19; i++) if (i % 7 !== 2 && i % 7 !== 6) line(c, f, [[0.405 + i * 0.052, 0.56], [0.405 + i * 0.052, 0.595]], { size: 8,
          pace: 0.8 });
        line(c, f, [[0.5, 0.64], [0.5, 0.92]], { pace: 1.2 });
        line(c, f, [[1.26, 0.64], [1.26, 0.92]], { pace: 1.2 });
        for (const x of [0.8, 0.92]) shape(c, f, [[x, 0.86], [x + 0.06, 0.86], [x + 0.06, 0.9], [x, 0.9]], { pace: 0.6 });
      });
      c.thing('partitura', 'sheet music on the stand', () => {
        shape(c, f, [[0.68, 0.32], [1.04, 0.32], [1.04, 0.52], [0.68, 0.52]]);
        for (const y of [0.36, 0.38, 0.4, 0.42, 0.44]) line(c, f, [[0.71, y], [1.01, y]], { pace: 1.5 });
        for (const [x, y] of [[0.76, 0.42], [0.83, 0.39], [0.9, 0.41], [0.96, 0.37]] as const) {
          oval(c, f, x, y, 0.01, 0.008, { pace: 0.3 });
          line(c, f, [[x + 0.01, y], [x + 0.01, y - 0.05]], { pace: 0.4 });
        }
      });
      c.thing('metrónomo', 'metronome on top of the piano', () => {
        shape(c, f, [[1.12, 0.26], [1.16, 0.06], [1.22, 0.06], [1.26, 0.26]]);
        line(c, f, [[1.19, 0.22], [1.23, 0.08]], { pace: 0.7 });
        shape(c, f, [[1.205, 0.14], [1.225, 0.14], [1.225, 0.16], [1.205, 0.16]], { pace: 0.4 });
      });
      c.h.pause(2000);
      const dark = '#26242a';
      fill(c, f, [[0.43, 0.27], [0.67, 0.27], [0.67, 0.55], [0.43, 0.55]], dark, { angle: 0.4, opacity: 0.6 });
      fill(c, f, [[1.05, 0.27], [1.33, 0.27], [1.33, 0.55], [1.05, 0.55]], dark, { angle: 0.4, opacity: 0.6 });
      fill(c, f, [[0.51, 0.65], [1.25, 0.65], [1.25, 0.91], [0.51, 0.91]], dark, { angle: -0.3, opacity: 0.6 });
    },
  },
  {
    id: 'estuche-abierto-lapices-goma', kind: 'photo', width: 900, height: 900, device: 'finger', pen: { color: INK, size: 9 }, language: 'es',
    prompt: 'un estuche abierto con tres lápices y una goma de borrar, sin tijeras', notDrawn: [], negated: ['tijeras'], colours: [],
    horizon: null, ground: null, photo: { width: 1000, height: 1000, ink: '#2e2b29', quality: 62 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('estuche', 'open pencil case with its lid folded back', () => {
        shape(c, f, [[0.08, 0.42], [0.9, 0.42], [0.9, 0.8], [0.08, 0.8]]);
        shape(c, f, [[0.08, 0.42], [0.14, 0.14], [0.84, 0.14], [0.9, 0.42]]);
        for (let x = 0.12; x < 0.88; x += 0.04) line(c, f, [[x, 0.41], [x + 0.015, 0.43]], { pace: 0.4 });
        shape(c, f, [[0.9, 0.4], [0.96, 0.38], [0.97, 0.44], [0.91, 0.45]], { pace: 0.6 });
      });
      for (const [y, x, rot] of [[0.52, 0.14, -0.03], [0.61, 0.2, 0.02], [0.7, 0.13, -0.01]] as const) {
        c.thing('lápices', 'pencil in the case', () => pencil(c, frame(c, x, y, 0.66, { rot }), 0.07));
      }
      c.thing('goma', 'eraser beside the case', () => {
        const g = frame(c, 0.74, 0.9, 1, { rot: 0.15 });
        shape(c, g, [[-0.1, -0.045], [0.1, -0.045], [0.1, 0.045], [-0.1, 0.045]]);
        line(c, g, [[-0.02, -0.045], [-0.02, 0.045]], { pace: 0.6 });
      });
    },
  },
];

export const DE: readonly Sketch[] = [
  {
    id: 'zwei-pinguine-auf-eisscholle', kind: 'drawing', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Zwei Pinguine stehen auf einer Eisscholle im Meer, dahinter ein Eisberg', notDrawn: ['Eisberg'], negated: [], colours: [],
    horizon: 0.4, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Meer', 'sea with waves up to the horizon', () => {
        line(c, f, [[0, 0.4], [1.778, 0.4]], { overshoot: 8 });
        for (const [x, y] of [[0.15, 0.55], [0.3, 0.85], [1.45, 0.6], [1.6, 0.88], [0.1, 0.95], [1.25, 0.95]] as const) smooth(c, f, [[x, y],
          [x + 0.05, y - 0.025], [x + 0.1, y]], { pace: 0.7 });
      });
      c.thing('Eisscholle', 'flat ice floe', () => {
        line(c, f, [[0.46, 0.7], [0.6, 0.64], [0.9, 0.62], [1.2, 0.64], [1.36, 0.7], [1.2, 0.74], [0.8, 0.76], [0.5, 0.74], [0.46, 0.7]]);
        line(c, f, [[0.46, 0.7], [0.47, 0.79], [0.8, 0.84], [1.22, 0.82], [1.36, 0.77], [1.36, 0.7]]);
        line(c, f, [[0.8, 0.76], [0.8, 0.84]], { pace: 0.8 });
      });
      for (const [x, s] of [[0.74, 0.34], [1.04, 0.3]] as const) {
        c.thing('Pinguine', 'penguin standing on the floe', () => penguin(c, frame(c, x / 1.778, 0.7, s)));
      }
    },
  },
  {
    id: 'roter-schlitten-schneeflocken', kind: 'coloured', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Ein roter Schlitten im Schnee, darüber fallen Schneeflocken', notDrawn: [], negated: [],
    colours: [{ word: 'roter', of: 'Schlitten' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Schnee', 'snowy slope', () => {
        smooth(c, f, [[0, 0.6], [0.3, 0.64], [0.7, 0.76], [1.0, 0.8], [1.333, 0.78]], { overshoot: 4 });
        for (const [x, y] of [[0.2, 0.86], [0.55, 0.95], [1.1, 0.92]] as const) smooth(c, f, [[x, y], [x + 0.06, y - 0.02], [x + 0.12, y]], { pace: 0.7 });
      });
      const g = frame(c, 0.66 / 1.333, 0.735, 1, { rot: 0.24 });
      const seat: U[] = [[-0.26, -0.13], [0.22, -0.13], [0.22, -0.08], [-0.26, -0.08]];
      c.thing('Schlitten', 'sled on the snow', () => {
        shape(c, g, seat);
        smooth(c, g, [[-0.3, 0.02], [0.1, 0.02], [0.24, 0.015], [0.31, -0.02], [0.32, -0.08], [0.27, -0.1]]);
        for (const x of [-0.2, -0.03, 0.14]) line(c, g, [[x, -0.08], [x, 0.02]], { pace: 0.8 });
        smooth(c, g, [[0.22, -0.11], [0.3, -0.16], [0.38, -0.2], [0.44, -0.16]], { pace: 0.8 });
      });
      for (const [x, y, r] of [[0.16, 0.16, 0.05], [0.52, 0.3, 0.04], [0.86, 0.12, 0.055], [1.16, 0.38, 0.045]] as const) {
        c.thing('Schneeflocken', 'snowflake', () => snowflake(c, f, x, y, r));
      }
      c.h.pause(2000);
      fill(c, g, seat, '#d62a20', { angle: 0.1, opacity: 0.85, size: 10 });
      fill(c, g, [[-0.3, 0.0], [0.24, 0.0], [0.3, -0.04], [0.3, 0.0], [0.24, 0.03], [-0.3, 0.03]], '#d62a20', { opacity: 0.8, size: 8 });
    },
  },
  {
    id: 'opa-und-ich-angeln-am-teich', kind: 'photo', width: 1000, height: 700, device: 'stylus', pen: { color: INK, size: 8 }, language: 'de',
    prompt: 'Opa und ich angeln an einem Teich, aber kein Fisch beißt', notDrawn: [], negated: ['Fisch'], colours: [],
    horizon: null, ground: 0.74, photo: { width: 1366, height: 768, ink: '#2f2c2a', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.74], [0.62, 0.74]], { overshoot: 4 });
      c.thing('Teich', 'pond', () => {
        oval(c, f, 1.05, 0.8, 0.38, 0.13);
        smooth(c, f, [[0.92, 0.82], [0.97, 0.8], [1.02, 0.82]], { pace: 0.6 });
        smooth(c, f, [[1.12, 0.86], [1.18, 0.84], [1.24, 0.86]], { pace: 0.6 });
      });
      c.thing('Opa', 'grandpa sitting with a fishing rod', () => {
        const g = frame(c, 0.26 / 1.429, 0.64, 0.64);
        figure(c, g, SIT_SIDE, { face: 'smile' });
        smooth(c, g, [[-0.07, -0.62], [0, -0.7], [0.1, -0.63]]);
        line(c, g, [[-0.1, -0.63], [0.14, -0.63]], { pace: 0.8 });
        line(c, g, [[0.2, -0.22], [1.1, -0.8]]);
        line(c, g, [[1.1, -0.8], [1.3, 0.23]], { size: 3, pace: 1.3 });
      });
      c.thing('ich', 'me sitting next to grandpa with my rod', () => {
        const g = frame(c, 0.5 / 1.429, 0.685, 0.44);
        figure(c, g, SIT_SIDE, { hair: 'short', face: 'smile' });
        line(c, g, [[0.22, -0.24], [1.1, -0.95]]);
        line(c, g, [[1.1, -0.95], [1.18, 0.28]], { size: 3, pace: 1.3 });
      });
    },
  },
  {
    id: 'sessel-decke-stehlampe', kind: 'drawing', width: 895, height: 720, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Mein Lieblingsplatz: ein Sessel mit einer Decke darüber, daneben eine Stehlampe', ...none, horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.243, 0.92]], { overshoot: 6 });
      c.thing(null, 'picture on the wall', () => {
        shape(c, f, [[0.9, 0.12], [1.14, 0.12], [1.14, 0.3], [0.9, 0.3]]);
        line(c, f, [[0.92, 0.28], [0.98, 0.2], [1.03, 0.25], [1.07, 0.19], [1.12, 0.28]], { pace: 0.7 });
      });
      c.thing('Sessel', 'armchair', () => {
        smooth(c, f, [[0.2, 0.62], [0.2, 0.3], [0.26, 0.22], [0.5, 0.2], [0.68, 0.22], [0.72, 0.3], [0.72, 0.62]]);
        shape(c, f, [[0.1, 0.84], [0.1, 0.5], [0.22, 0.48], [0.24, 0.84]]);
        shape(c, f, [[0.68, 0.84], [0.7, 0.48], [0.82, 0.5], [0.82, 0.84]]);
        line(c, f, [[0.24, 0.66], [0.68, 0.66]]);
        line(c, f, [[0.24, 0.78], [0.68, 0.78]]);
        line(c, f, [[0.1, 0.84], [0.82, 0.84]]);
        for (const x of [0.14, 0.78]) line(c, f, [[x, 0.84], [x, 0.92]]);
      });
      c.thing('Decke', 'checked blanket over the back and arm', () => {
        line(c, f, [[0.32, 0.21], [0.3, 0.42], [0.36, 0.5], [0.44, 0.44], [0.52, 0.52], [0.6, 0.46], [0.66, 0.5], [0.7, 0.42], [0.68, 0.23]]);
        for (const x of [0.4, 0.5, 0.6]) line(c, f, [[x, 0.21], [x, 0.47]], { pace: 1.1 });
        for (const y of [0.3, 0.38]) line(c, f, [[0.31, y], [0.69, y]], { pace: 1.1 });
        for (const x of [0.34, 0.42, 0.5, 0.58, 0.65]) line(c, f, [[x, 0.5], [x, 0.55]], { pace: 0.5 });
      });
      c.thing('Stehlampe', 'floor lamp beside the chair', () => {
        shape(c, f, [[0.92, 0.42], [1.1, 0.42], [1.06, 0.54], [0.96, 0.54]]);
        line(c, f, [[1.01, 0.54], [1.01, 0.9]]);
        oval(c, f, 1.01, 0.905, 0.07, 0.018);
      });
    },
  },
  {
    id: 'muesli-rote-erdbeeren-loeffel', kind: 'coloured', width: 1080, height: 1080, device: 'mouse', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Eine Schüssel Müsli mit drei roten Erdbeeren und einem Löffel, daneben ein Glas Milch', notDrawn: ['Glas', 'Milch'], negated: [],
    colours: [{ word: 'roten', of: 'Erdbeeren' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Schüssel', 'bowl of muesli', () => {
        oval(c, f, 0.46, 0.52, 0.34, 0.09);
        smooth(c, f, [[0.12, 0.52], [0.16, 0.7], [0.3, 0.82], [0.46, 0.85], [0.62, 0.82], [0.76, 0.7], [0.8, 0.52]]);
        line(c, f, [[0.36, 0.85], [0.38, 0.9], [0.54, 0.9], [0.56, 0.85]]);
        for (const [x, y] of [[0.22, 0.52], [0.3, 0.49], [0.28, 0.55], [0.62, 0.55], [0.7, 0.51], [0.36, 0.56], [0.66, 0.48]] as const) oval(c, f, x,
          y, 0.012, 0.009, { pace: 0.3 });
      });
      const berries: [number, number][] = [[0.36, 0.42], [0.48, 0.38], [0.58, 0.45]];
      for (const [x, y] of berries) c.thing('Erdbeeren', 'strawberry on the muesli', () => strawberry(c, f, x, y, 0.11));
      c.thing('Löffel', 'spoon standing in the bowl', () => {
        line(c, f, [[0.66, 0.5], [0.88, 0.16]]);
        line(c, f, [[0.69, 0.51], [0.9, 0.18]]);
        loop(c, f, ring(0.66, 0.55, 0.04, 0.025, 12));
      });
      c.h.pause(2000);
      for (const [x, y] of berries) fill(c, f, berryPoints(x, y, 0.1), '#d8231f', { angle: 0.5, opacity: 0.85 });
      fill(c, f, [[0.14, 0.56], [0.78, 0.56], [0.74, 0.72], [0.6, 0.83], [0.32, 0.83], [0.18, 0.72]], '#5f9ed8', { angle: -0.2, opacity: 0.4 });
    },
  },
  {
    id: 'wegweiser-drei-pfeile-kreuzung', kind: 'drawing', width: 768, height: 1024, device: 'finger', pen: { color: INK, size: 7 }, language: 'de',
    prompt: 'Ein Wegweiser mit drei Pfeilen an einer Kreuzung, ich weiß nicht wohin', ...none, horizon: 0.62, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.83], [1, 0.83]], { overshoot: 6 });
      c.thing('Kreuzung', 'two roads crossing', () => {
        line(c, f, [[0, 0.98], [0.36, 0.98]]);
        line(c, f, [[0.64, 0.98], [1, 0.98]]);
        line(c, f, [[0, 1.1], [0.3, 1.1]]);
        line(c, f, [[0.7, 1.1], [1, 1.1]]);
        line(c, f, [[0.46, 0.83], [0.36, 0.98]]);
        line(c, f, [[0.54, 0.83], [0.64, 0.98]]);
        line(c, f, [[0.3, 1.1], [0.16, 1.333]]);
        line(c, f, [[0.7, 1.1], [0.84, 1.333]]);
        for (const y of [1.16, 1.26]) line(c, f, [[0.5, y], [0.5, y + 0.05]], { pace: 0.6 });
      });
      c.thing('Wegweiser', 'signpost on the corner', () => {
        line(c, f, [[0.2, 0.97], [0.2, 0.22]]);
        line(c, f, [[0.25, 0.97], [0.25, 0.22]]);
        line(c, f, [[0.14, 0.97], [0.31, 0.97]]);
      });
      c.thing('Pfeilen', 'arrow pointing right', () => arrowSign(c, frame(c, 0.22, 0.3 / 1.333, 1), 0.6, 0.1));
      c.thing('Pfeilen', 'arrow pointing left', () => arrowSign(c, frame(c, 0.25, 0.48 / 1.333, 1, { flip: true }), 0.22, 0.1));
      c.thing('Pfeilen', 'arrow pointing up and right', () => arrowSign(c, frame(c, 0.22, 0.68 / 1.333, 1, { rot: -0.35 }), 0.55, 0.1));
    },
  },
  {
    id: 'arbeiter-helm-leiter-eimer', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Ein Arbeiter mit Helm steht auf einer Leiter, unten ein Eimer', ...none, horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 6 });
      c.thing('Leiter', 'stepladder', () => {
        line(c, f, [[0.5, 0.92], [0.64, 0.4]]);
        line(c, f, [[0.86, 0.92], [0.72, 0.4]]);
        line(c, f, [[0.64, 0.4], [0.72, 0.4]]);
        for (const t of [0.25, 0.5, 0.75]) line(c, f, [[0.64 - 0.14 * t, 0.4 + 0.52 * t], [0.72 + 0.14 * t, 0.4 + 0.52 * t]], { pace: 0.9 });
      });
      c.thing('Arbeiter', 'worker standing on the ladder, reaching up', () => figure(c, frame(c, 0.68 / 1.333, 0.53, 0.45), WAVE, { face: 'flat' }));
      c.thing('Helm', 'hard hat on his head', () => {
        const g = frame(c, 0.68 / 1.333, 0.53, 0.45);
        smooth(c, g, [[-0.12, -0.93], [-0.11, -1.03], [0, -1.08], [0.11, -1.03], [0.12, -0.93]]);
        line(c, g, [[-0.17, -0.93], [0.17, -0.93]]);
        line(c, g, [[0, -1.08], [0, -0.94]], { pace: 0.6 });
      });
      c.thing('Eimer', 'bucket on the ground', () => {
        oval(c, f, 1.1, 0.76, 0.08, 0.02);
        line(c, f, [[1.02, 0.76], [1.04, 0.92], [1.16, 0.92], [1.18, 0.76]]);
        smooth(c, f, [[1.02, 0.76], [1.06, 0.68], [1.14, 0.68], [1.18, 0.76]], { pace: 0.7 });
      });
    },
  },
  {
    id: 'wut-drache-spuckt-feuer', kind: 'drawing', width: 1200, height: 600, device: 'mouse', pen: { color: INK, size: 3 }, language: 'de',
    prompt: 'Meine Wut ist ein Drache, der Feuer spuckt, und ein kleiner Ritter läuft weg', notDrawn: ['Ritter'], negated: [], colours: [],
    horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [2, 0.92]], { overshoot: 8 });
      c.thing('Drache', 'dragon with wings and a spiky tail', () => {
        loop(c, f, [[0.5, 0.52], [0.7, 0.46], [0.9, 0.5], [0.98, 0.62], [0.9, 0.76], [0.66, 0.8], [0.46, 0.74], [0.4, 0.62]]);
        smooth(c, f, [[0.9, 0.52], [0.98, 0.4], [1.04, 0.3]]);
        smooth(c, f, [[0.97, 0.6], [1.06, 0.46], [1.1, 0.36]]);
        line(c, f, [[1.02, 0.3], [1.06, 0.2], [1.14, 0.19], [1.28, 0.26], [1.17, 0.3]]);
        line(c, f, [[1.17, 0.3], [1.27, 0.34], [1.14, 0.37], [1.06, 0.38], [1.02, 0.34]]);
        line(c, f, [[1.19, 0.27], [1.2, 0.29], [1.22, 0.27], [1.23, 0.29]], { pace: 0.4 });
        oval(c, f, 1.11, 0.235, 0.012, 0.012, { pace: 0.4 });
        line(c, f, [[1.07, 0.2], [1.0, 0.11]], { pace: 0.7 });
        line(c, f, [[1.11, 0.19], [1.07, 0.09]], { pace: 0.7 });
        line(c, f, [[0.8, 0.48], [0.74, 0.2], [0.62, 0.1], [0.46, 0.05]]);
        smooth(c, f, [[0.46, 0.05], [0.5, 0.14], [0.42, 0.22]]);
        smooth(c, f, [[0.42, 0.22], [0.52, 0.28], [0.48, 0.36]]);
        smooth(c, f, [[0.48, 0.36], [0.6, 0.38], [0.6, 0.46]]);
        for (const [x, y] of [[0.42, 0.22], [0.48, 0.36]] as const) line(c, f, [[0.74, 0.2], [x, y]], { pace: 0.8 });
        for (const x of [0.5, 0.6, 0.7, 0.8]) line(c, f, [[x - 0.03, 0.5 - (x > 0.55 ? 0.03 : 0)], [x, 0.43 - (x > 0.55 ? 0.04 : 0)], [x + 0.03,
          0.49 - (x > 0.55 ? 0.03 : 0)]], { pace: 0.6 });
        smooth(c, f, [[0.42, 0.66], [0.28, 0.7], [0.16, 0.62], [0.06, 0.66]]);
        smooth(c, f, [[0.46, 0.74], [0.3, 0.78], [0.16, 0.7], [0.06, 0.7]]);
        shape(c, f, [[0.06, 0.66], [0.0, 0.6], [0.04, 0.7], [0.06, 0.7]]);
        for (const x of [0.2, 0.3]) line(c, f, [[x - 0.02, 0.67], [x, 0.62], [x + 0.02, 0.7]], { pace: 0.6 });
        for (const x of [0.56, 0.8]) {
          line(c, f, [[x, 0.78], [x, 0.92], [x + 0.07, 0.92]]);
          line(c, f, [[x + 0.05, 0.78], [x + 0.05, 0.89]]);
        }
      });
      c.thing('Feuer', 'fire coming out of its mouth', () => {
        line(c, f, [[1.28, 0.3], [1.4, 0.2], [1.45, 0.26], [1.55, 0.11], [1.6, 0.22], [1.72, 0.09], [1.74, 0.23], [1.9, 0.19], [1.8, 0.32], [1.96, 0.4],
          [1.8, 0.43], [1.88, 0.56], [1.7, 0.48], [1.66, 0.6], [1.56, 0.46], [1.44, 0.5], [1.4, 0.4], [1.28, 0.33]]);
        line(c, f, [[1.36, 0.32], [1.48, 0.26], [1.54, 0.3], [1.64, 0.24], [1.66, 0.32], [1.78, 0.34], [1.66, 0.4], [1.6, 0.46], [1.52, 0.38], [1.36,
          0.34]], { pace: 0.8 });
      });
    },
  },
];
