/**
 * The art-train2 training set's Spanish and German sketches: each the shapes a person puts down, in
 * drawing order (outline, details, then colouring), every drawn thing inside `c.thing(word, label, …)`.
 * TRAINING material (not sealed): see README.md.
 */
import type { Sketch, U } from '../art3/draw.ts';
import { cloud, fill, frame, line, loop, oval, shape, smooth, tree } from '../art3/draw.ts';
import { drop } from '../art4/shapes.ts';
import { fish, flyingBird, leaf, snail, star, waves } from './shapes.ts';

const INK = '#1e1e1e';
const none = { notDrawn: [], negated: [], colours: [] } as const;

export const ES: readonly Sketch[] = [
  {
    id: 'pulpo-debajo-barco-pesca', kind: 'drawing', width: 1366, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un pulpo escondido debajo de un barco de pesca', ...none, horizon: 0.35, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing(null, 'olas de la superficie', () => waves(c, f, 0, 1.779, 0.35, 10, 0.025));
      c.thing('barco', 'barco de pesca con cabina', () => {
        shape(c, f, [[0.6, 0.3], [1.3, 0.3], [1.2, 0.42], [0.68, 0.42]]);
        shape(c, f, [[0.8, 0.3], [0.8, 0.18], [0.98, 0.18], [0.98, 0.3]]);
        shape(c, f, [[0.84, 0.21], [0.9, 0.21], [0.9, 0.26], [0.84, 0.26]], { pace: 0.7 });
        line(c, f, [[1.12, 0.3], [1.12, 0.06], [1.3, 0.22]]);
        line(c, f, [[1.3, 0.22], [1.34, 0.5]], { pace: 0.8 });
      });
      c.thing('pulpo', 'pulpo con ocho brazos', () => {
        smooth(c, f, [[0.78, 0.82], [0.76, 0.64], [0.86, 0.54], [0.96, 0.54], [1.04, 0.64], [1.02, 0.82]]);
        for (const x of [0.86, 0.94]) oval(c, f, x, 0.66, 0.02, 0.025);
        for (let i = 0; i < 6; i++) {
          const x = 0.79 + i * 0.045;
          const s = i < 3 ? -1 : 1;
          smooth(c, f, [[x, 0.82], [x + s * 0.05, 0.9], [x + s * 0.02, 0.96], [x + s * 0.08, 0.98]], { pace: 0.8 });
        }
      });
    },
  },
  {
    id: 'arcoiris-sobre-dos-montanas', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'es',
    prompt: 'un arcoíris sobre dos montañas y dos nubes a los lados', ...none, horizon: null, ground: 0.95,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const arc = (r: number): U[] => Array.from({ length: 15 }, (_, i) => [1.0 - Math.cos((i / 14) * Math.PI) * r * 1.25,
        0.78 - Math.sin((i / 14) * Math.PI) * r] as U);
      c.thing('arcoíris', 'arcoíris de tres bandas', () => {
        for (const r of [0.7, 0.62, 0.54, 0.46]) smooth(c, f, arc(r));
      });
      c.thing('montañas', 'montaña izquierda', () => line(c, f, [[0.3, 0.97], [0.8, 0.5], [1.2, 0.97]]));
      c.thing('montañas', 'montaña derecha', () => line(c, f, [[1.0, 0.97], [1.35, 0.58], [1.72, 0.97]]));
      c.thing('nubes', 'nube izquierda', () => cloud(c, frame(c, 0.11, 0.7, 1), 0.34));
      c.thing('nubes', 'nube derecha', () => cloud(c, frame(c, 0.89, 0.7, 1), 0.34));
      for (const [r, col] of [[0.66, '#e0352b'], [0.58, '#f2c418'], [0.5, '#3a8fd8']] as const) {
        c.h.pause(900);
        c.h.draw(arc(r).map(([x, y]) => f.at(x, y)), { tool: 'marker', color: col, size: c.s(0.07), opacity: 0.6, pace: 1.5 });
      }
      fill(c, f, [[0.3, 0.97], [0.8, 0.5], [1.2, 0.97]], '#6f8f5a', { opacity: 0.55 });
      fill(c, f, [[1.0, 0.97], [1.35, 0.58], [1.72, 0.97]], '#5d7d4a', { opacity: 0.55 });
    },
  },
  {
    id: 'perro-duerme-en-caseta-sin-hueso', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'mi perro durmiendo dentro de su caseta, sin hueso', notDrawn: [], negated: ['hueso'], colours: [], horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.243, 0.92]], { overshoot: 5 });
      c.thing('caseta', 'caseta de madera con tejado', () => {
        shape(c, f, [[0.25, 0.92], [0.25, 0.42], [0.95, 0.42], [0.95, 0.92]]);
        line(c, f, [[0.18, 0.46], [0.6, 0.12], [1.02, 0.46]]);
        smooth(c, f, [[0.38, 0.92], [0.38, 0.62], [0.6, 0.5], [0.82, 0.62], [0.82, 0.92]]);
        for (const y of [0.55, 0.7, 0.85]) line(c, f, [[0.83, y], [0.94, y]], { pace: 0.8 });
      });
      c.thing('perro', 'perro dormido asomando la cabeza', () => {
        smooth(c, f, [[0.42, 0.92], [0.44, 0.8], [0.58, 0.74], [0.74, 0.8], [0.78, 0.92]]);
        oval(c, f, 0.5, 0.82, 0.085, 0.065);
        loop(c, f, [[0.55, 0.77], [0.61, 0.8], [0.6, 0.88], [0.56, 0.86]]);
        smooth(c, f, [[0.43, 0.8], [0.38, 0.83], [0.39, 0.87], [0.44, 0.86]]);
        smooth(c, f, [[0.48, 0.82], [0.5, 0.835], [0.52, 0.82]], { pace: 0.4 });
        oval(c, f, 0.385, 0.84, 0.014, 0.012, { pace: 0.4 });
        smooth(c, f, [[0.78, 0.9], [0.86, 0.86], [0.9, 0.88]]);
      });
      c.thing(null, 'letras zzz sobre la caseta', () => {
        for (const [x, y, s] of [[1.02, 0.3, 0.04], [1.08, 0.2, 0.05], [1.15, 0.08, 0.06]] as const) line(c, f, [[x, y], [x + s, y], [x, y + s],
          [x + s, y + s]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'cohete-rojo-hacia-la-luna', kind: 'coloured', width: 768, height: 1024, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'un cohete rojo volando hacia la luna entre estrellas, y un astronauta', notDrawn: ['astronauta'], negated: [],
    colours: [{ word: 'rojo', of: 'cohete' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('luna', 'luna llena con cráteres', () => {
        oval(c, f, 0.75, 0.2, 0.15, 0.15);
        oval(c, f, 0.7, 0.16, 0.03, 0.025, { pace: 0.5 });
        oval(c, f, 0.8, 0.26, 0.025, 0.02, { pace: 0.5 });
      });
      const body: U[] = [[0.3, 1.05], [0.3, 0.75], [0.37, 0.62], [0.44, 0.75], [0.44, 1.05]];
      c.thing('cohete', 'cohete inclinado con fuego', () => {
        const r = frame(c, 0, 0, 1, { rot: 0.45 });
        shape(c, r, body.map(([x, y]) => [x + 0.3, y - 0.25] as U));
        oval(c, r, 0.67, 0.6, 0.03, 0.03);
        shape(c, r, [[0.6, 0.7], [0.55, 0.82], [0.6, 0.8]]);
        shape(c, r, [[0.74, 0.7], [0.79, 0.82], [0.74, 0.8]]);
        smooth(c, r, [[0.62, 0.8], [0.64, 0.9], [0.67, 0.86], [0.7, 0.92], [0.72, 0.8]], { pace: 0.8 });
      });
      for (const [x, y] of [[0.15, 0.12], [0.4, 0.3], [0.12, 0.55], [0.85, 0.62]] as const) c.thing('estrellas', 'estrella', () => star(c, f, x, y, 0.04));
      fill(c, frame(c, 0, 0, 1, { rot: 0.45 }), body.map(([x, y]) => [x + 0.3, y - 0.25] as U), '#d42a1c');
    },
  },
  {
    id: 'mesa-jarron-flores-vela', kind: 'photo', width: 707, height: 1000, device: 'stylus', pen: { color: INK, size: 8 }, language: 'es',
    prompt: 'una mesa con un jarrón de tres flores y una vela encendida', ...none,
    horizon: null, ground: null, photo: { width: 960, height: 1280, ink: '#2f2b27', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('mesa', 'mesa redonda con pata', () => {
        oval(c, f, 0.5, 0.95, 0.42, 0.07);
        line(c, f, [[0.47, 1.02], [0.46, 1.3]]);
        line(c, f, [[0.53, 1.02], [0.54, 1.3]]);
        line(c, f, [[0.34, 1.32], [0.66, 1.32]]);
      });
      c.thing('jarrón', 'jarrón panzudo', () => smooth(c, f, [[0.3, 0.62], [0.28, 0.68], [0.22, 0.82], [0.26, 0.94], [0.46, 0.94], [0.5, 0.82],
        [0.44, 0.68], [0.42, 0.62]]));
      for (const [x, y] of [[0.22, 0.32], [0.36, 0.22], [0.5, 0.36]] as const) {
        c.thing('flores', 'flor con tallo', () => {
          line(c, f, [[0.36, 0.62], [x, y + 0.06]]);
          oval(c, f, x, y, 0.03, 0.03);
          for (let i = 0; i < 6; i++) {
            const a = (i / 6) * 2 * Math.PI;
            oval(c, f, x + Math.cos(a) * 0.055, y + Math.sin(a) * 0.055, 0.028, 0.028, { pace: 0.7 });
          }
        });
      }
      c.thing('vela', 'vela encendida', () => {
        shape(c, f, [[0.64, 0.92], [0.64, 0.72], [0.72, 0.72], [0.72, 0.92]]);
        line(c, f, [[0.68, 0.72], [0.68, 0.69]], { pace: 0.5 });
        loop(c, f, [[0.68, 0.6], [0.7, 0.65], [0.68, 0.69], [0.66, 0.65]]);
      });
    },
  },
  {
    id: 'arana-telarana-esquina-ventana', kind: 'drawing', width: 512, height: 512, device: 'finger', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'una araña en su telaraña en la esquina de la ventana', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('ventana', 'marco de ventana con cruz', () => {
        shape(c, f, [[0.06, 0.06], [0.94, 0.06], [0.94, 0.94], [0.06, 0.94]]);
        line(c, f, [[0.5, 0.06], [0.5, 0.94]]);
        line(c, f, [[0.06, 0.5], [0.94, 0.5]]);
      });
      c.thing('telaraña', 'telaraña en la esquina', () => {
        for (const a of [0, 0.4, 0.8, 1.2, 1.57]) line(c, f, [[0.06, 0.06], [0.06 + Math.cos(a) * 0.4, 0.06 + Math.sin(a) * 0.4]], { pace: 1.2, size: 2 });
        for (const r of [0.1, 0.18, 0.26, 0.34]) {
          const pts: U[] = [];
          for (const a of [0, 0.4, 0.8, 1.2, 1.57]) pts.push([0.06 + Math.cos(a) * r, 0.06 + Math.sin(a) * r]);
          smooth(c, f, pts, { pace: 1.1, size: 2 });
        }
      });
      c.thing('araña', 'araña colgando de un hilo', () => {
        line(c, f, [[0.22, 0.22], [0.22, 0.5]], { pace: 0.8, size: 2 });
        oval(c, f, 0.22, 0.58, 0.035, 0.045);
        oval(c, f, 0.22, 0.52, 0.022, 0.022);
        for (const s of [-1, 1]) for (const dy of [-0.03, 0, 0.03, 0.05]) line(c, f, [[0.22 + s * 0.03, 0.57 + dy * 0.5], [0.22 + s * 0.07,
          0.54 + dy], [0.22 + s * 0.09, 0.58 + dy * 1.2]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'gallina-pollitos-granero', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'una gallina con sus tres pollitos delante del granero y el gallo en el tejado', notDrawn: ['gallo'], negated: [], colours: [],
      horizon: null, ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.92], [1.333, 0.92]], { overshoot: 5 });
      c.thing('granero', 'granero con puerta en cruz', () => {
        shape(c, f, [[0.7, 0.92], [0.7, 0.4], [1.25, 0.4], [1.25, 0.92]]);
        line(c, f, [[0.64, 0.44], [0.8, 0.18], [1.15, 0.18], [1.31, 0.44]]);
        shape(c, f, [[0.86, 0.92], [0.86, 0.62], [1.09, 0.62], [1.09, 0.92]]);
        line(c, f, [[0.86, 0.62], [1.09, 0.92]], { pace: 0.8 });
        line(c, f, [[1.09, 0.62], [0.86, 0.92]], { pace: 0.8 });
      });
      c.thing('gallina', 'gallina grande', () => {
        loop(c, f, [[0.2, 0.8], [0.16, 0.66], [0.28, 0.6], [0.4, 0.66], [0.44, 0.56], [0.5, 0.52], [0.52, 0.6], [0.46, 0.74], [0.34, 0.82]]);
        shape(c, f, [[0.52, 0.56], [0.56, 0.58], [0.52, 0.6]]);
        smooth(c, f, [[0.46, 0.52], [0.47, 0.48], [0.5, 0.5]], { pace: 0.6 });
        line(c, f, [[0.48, 0.55], [0.482, 0.552]], { pace: 0.3 });
        smooth(c, f, [[0.2, 0.66], [0.12, 0.58], [0.16, 0.7]]);
        for (const x of [0.28, 0.34]) line(c, f, [[x, 0.82], [x, 0.91], [x + 0.03, 0.92]], { pace: 0.7, size: 2 });
      });
      for (const x of [0.08, 0.5, 0.6]) {
        c.thing('pollitos', 'pollito', () => {
          oval(c, f, x, 0.87, 0.035, 0.03);
          oval(c, f, x + 0.03, 0.82, 0.02, 0.02);
          shape(c, f, [[x + 0.05, 0.815], [x + 0.07, 0.82], [x + 0.05, 0.825]]);
        });
      }
    },
  },
  {
    id: 'mochila-libros-estuche-sin-lapices', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'mi mochila del cole con dos libros y un estuche al lado, sin lápices', notDrawn: [], negated: ['lápices'], colours: [], horizon: null,
      ground: 0.92,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('mochila', 'mochila con bolsillo y asa', () => {
        smooth(c, f, [[0.2, 0.9], [0.18, 0.4], [0.3, 0.28], [0.5, 0.28], [0.62, 0.4], [0.6, 0.9], [0.2, 0.9]]);
        smooth(c, f, [[0.32, 0.28], [0.34, 0.18], [0.46, 0.18], [0.48, 0.28]]);
        shape(c, f, [[0.26, 0.6], [0.54, 0.6], [0.54, 0.82], [0.26, 0.82]]);
        line(c, f, [[0.26, 0.66], [0.54, 0.66]], { pace: 0.8 });
      });
      c.thing('libros', 'libro de pie', () => {
        shape(c, f, [[0.7, 0.9], [0.7, 0.5], [0.8, 0.5], [0.8, 0.9]]);
        line(c, f, [[0.72, 0.58], [0.78, 0.58]], { pace: 0.6 });
      });
      c.thing('libros', 'libro tumbado', () => {
        shape(c, f, [[0.84, 0.9], [0.84, 0.82], [1.2, 0.82], [1.2, 0.9]]);
        line(c, f, [[0.86, 0.86], [1.18, 0.86]], { pace: 0.8 });
      });
      c.thing('estuche', 'estuche con cremallera encima del libro', () => {
        loop(c, f, [[0.88, 0.8], [0.88, 0.7], [1.16, 0.7], [1.16, 0.8]]);
        line(c, f, [[0.9, 0.72], [1.14, 0.72]], { pace: 0.7 });
        line(c, f, [[1.14, 0.72], [1.18, 0.76]], { pace: 0.5 });
      });
    },
  },
  {
    id: 'pez-grande-persigue-tres-pequenos', kind: 'photo', width: 1000, height: 750, device: 'finger', pen: { color: INK, size: 8 }, language: 'es',
    prompt: 'un pez grande persigue a tres pececitos entre las algas', ...none,
    horizon: null, ground: null, photo: { width: 1280, height: 960, ink: '#2a3138', quality: 60 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('algas', 'alga alta a la izquierda', () => smooth(c, f, [[0.1, 1], [0.14, 0.8], [0.08, 0.6], [0.14, 0.42]]));
      c.thing('algas', 'alga a la derecha', () => smooth(c, f, [[1.2, 1], [1.24, 0.82], [1.18, 0.66], [1.24, 0.52]]));
      c.thing('pez', 'pez grande con la boca abierta', () => {
        fish(c, f, 0.48, 0.55, 0.55, 1);
        for (const x of [0.66, 0.7]) line(c, f, [[x, 0.58], [x + 0.02, 0.6]], { pace: 0.5 });
      });
      for (const [x, y] of [[0.9, 0.35], [1.02, 0.5], [0.95, 0.65]] as const) c.thing('pececitos', 'pececito huyendo', () => fish(c, f, x, y, 0.12, 1));
    },
  },
  {
    id: 'sol-amarillo-detras-de-nube-cometa', kind: 'coloured', width: 1080, height: 1080, device: 'mouse', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'un sol amarillo medio escondido detrás de una nube y una cometa volando', notDrawn: [], negated: [],
    colours: [{ word: 'amarillo', of: 'sol' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('sol', 'sol con rayos asomando detrás de la nube', () => {
        smooth(c, f, [[0.22, 0.5], [0.2, 0.38], [0.28, 0.24], [0.42, 0.2], [0.56, 0.26], [0.62, 0.38]]);
        for (const a of [3.6, 4.0, 4.4, 4.8, 5.2, 5.6]) line(c, f, [[0.42 + Math.cos(a) * 0.26, 0.42 + Math.sin(a) * 0.26],
          [0.42 + Math.cos(a) * 0.36, 0.42 + Math.sin(a) * 0.36]], { pace: 0.8 });
      });
      c.thing('nube', 'nube delante del sol', () => cloud(c, frame(c, 0.5, 0.5, 1), 0.62));
      c.thing('cometa', 'cometa con cola', () => {
        shape(c, f, [[0.78, 0.56], [0.9, 0.62], [0.86, 0.78], [0.72, 0.7]]);
        line(c, f, [[0.78, 0.56], [0.86, 0.78]], { pace: 0.7 });
        smooth(c, f, [[0.86, 0.78], [0.82, 0.84], [0.88, 0.88], [0.84, 0.93]]);
      });
      fill(c, f, [[0.24, 0.46], [0.22, 0.36], [0.3, 0.25], [0.42, 0.21], [0.55, 0.27], [0.6, 0.36], [0.45, 0.4]], '#f5c71a');
    },
  },
  {
    id: 'gafas-libro-abierto-en-la-cama', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'es',
    prompt: 'unas gafas encima de un libro abierto sobre la cama', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('cama', 'cama con cabecero y almohada', () => {
        line(c, f, [[0.08, 0.95], [0.08, 0.2], [0.18, 0.2], [0.18, 0.5]]);
        shape(c, f, [[0.18, 0.5], [1.18, 0.5], [1.18, 0.75], [0.18, 0.75]]);
        line(c, f, [[0.18, 0.75], [0.18, 0.95]]);
        line(c, f, [[1.16, 0.75], [1.16, 0.95]]);
        loop(c, f, [[0.22, 0.48], [0.24, 0.36], [0.42, 0.34], [0.46, 0.46]]);
      });
      c.thing('libro', 'libro abierto sobre la manta', () => {
        line(c, f, [[0.58, 0.58], [0.72, 0.52], [0.86, 0.58], [1.0, 0.52]]);
        line(c, f, [[0.58, 0.58], [0.56, 0.72], [0.72, 0.68], [0.86, 0.72], [1.0, 0.68], [1.0, 0.52]]);
        line(c, f, [[0.72, 0.52], [0.72, 0.68]]);
        line(c, f, [[0.86, 0.58], [0.86, 0.72]]);
        for (const y of [0.6, 0.63]) line(c, f, [[0.6, y], [0.7, y - 0.03]], { pace: 0.6 });
      });
      c.thing('gafas', 'gafas redondas sobre el libro', () => {
        oval(c, f, 0.74, 0.44, 0.05, 0.04);
        oval(c, f, 0.88, 0.44, 0.05, 0.04);
        smooth(c, f, [[0.79, 0.44], [0.81, 0.42], [0.83, 0.44]], { pace: 0.5 });
        line(c, f, [[0.69, 0.43], [0.62, 0.4]], { pace: 0.6 });
        line(c, f, [[0.93, 0.43], [1.0, 0.4]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'tres-peras-verdes-en-plato', kind: 'coloured', width: 768, height: 1024, device: 'mouse', pen: { color: INK, size: 3 }, language: 'es',
    prompt: 'tres peras verdes en un plato y una hoja caída', notDrawn: [], negated: [],
    colours: [{ word: 'verdes', of: 'peras' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('plato', 'plato ovalado', () => {
        oval(c, f, 0.5, 0.92, 0.44, 0.14);
        oval(c, f, 0.5, 0.92, 0.32, 0.09, { pace: 0.8 });
      });
      const pear = (x: number, y: number, s: number): U[] => [[x, y - 0.2 * s], [x + 0.05 * s, y - 0.12 * s], [x + 0.12 * s, y], [x + 0.1 * s, y + 0.1 * s],
        [x, y + 0.13 * s], [x - 0.1 * s, y + 0.1 * s], [x - 0.12 * s, y], [x - 0.05 * s, y - 0.12 * s]];
      const pears: [number, number, number][] = [[0.32, 0.8, 1], [0.52, 0.72, 1.15], [0.7, 0.82, 0.95]];
      for (const [x, y, s] of pears) {
        c.thing('peras', 'pera con rabito', () => {
          loop(c, f, pear(x, y, s));
          line(c, f, [[x, y - 0.2 * s], [x + 0.02, y - 0.26 * s]], { pace: 0.5 });
        });
      }
      c.thing('hoja', 'hoja caída junto al plato', () => leaf(c, frame(c, 0.3, 1.15 / 1.333, 1, { rot: -0.3 }), 0, 0, 0.2));
      for (const [x, y, s] of pears) fill(c, f, pear(x, y, s), '#8cc63f');
    },
  },
];

export const DE: readonly Sketch[] = [
  {
    id: 'fuchs-schlaeft-unter-baum-pilze', kind: 'drawing', width: 1366, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Ein Fuchs schläft eingerollt unter einem Baum, daneben drei Pilze und ein Hase', notDrawn: ['Hase'], negated: [], colours: [],
      horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.779, 0.9]], { overshoot: 6 });
      c.thing('Baum', 'Baum mit großer Krone', () => tree(c, frame(c, 0.36, 0.9, 1.0), 0.42, 0.36));
      c.thing('Fuchs', 'eingerollter Fuchs mit buschigem Schwanz', () => {
        smooth(c, f, [[0.62, 0.9], [0.58, 0.76], [0.7, 0.64], [0.92, 0.62], [1.08, 0.72], [1.1, 0.9]]);
        smooth(c, f, [[1.1, 0.88], [1.02, 0.8], [0.86, 0.8], [0.74, 0.86], [0.64, 0.9]], { pace: 0.8 });
        line(c, f, [[0.66, 0.9], [0.62, 0.86], [0.66, 0.84]], { pace: 0.6 });
        loop(c, f, [[0.72, 0.82], [0.7, 0.76], [0.76, 0.72], [0.84, 0.74], [0.86, 0.8]]);
        shape(c, f, [[0.72, 0.76], [0.7, 0.66], [0.76, 0.72]]);
        shape(c, f, [[0.8, 0.73], [0.84, 0.64], [0.85, 0.75]]);
        smooth(c, f, [[0.73, 0.78], [0.75, 0.79], [0.77, 0.78]], { pace: 0.4 });
        shape(c, f, [[0.72, 0.8], [0.64, 0.83], [0.72, 0.84]]);
        line(c, f, [[0.65, 0.825], [0.652, 0.828]], { pace: 0.3 });
      });
      for (const [x, s] of [[1.3, 0.8], [1.45, 0.6], [1.58, 0.7]] as const) {
        c.thing('Pilze', 'Pilz mit Hut', () => {
          const cap: U[] = [[x - 0.08 * s, 0.8], [x - 0.05 * s, 0.72], [x, 0.68], [x + 0.05 * s, 0.72], [x + 0.08 * s, 0.8], [x - 0.08 * s, 0.8]];
          smooth(c, f, cap.map(([a, b]): U => [a, 0.9 - (0.9 - b) * s]));
          line(c, f, [[x - 0.02 * s, 0.9 - 0.11 * s], [x - 0.02 * s, 0.9]]);
          line(c, f, [[x + 0.02 * s, 0.9 - 0.11 * s], [x + 0.02 * s, 0.9]]);
        });
      }
    },
  },
  {
    id: 'zwei-enten-blauer-teich-schilf', kind: 'coloured', width: 1200, height: 600, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Zwei Enten schwimmen auf dem blauen Teich, am Ufer wächst Schilf', notDrawn: [], negated: [],
    colours: [{ word: 'blauen', of: 'Teich' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const pond: U[] = [[0.2, 0.7], [0.5, 0.5], [1.2, 0.46], [1.7, 0.55], [1.85, 0.75], [1.4, 0.94], [0.6, 0.94]];
      c.thing('Teich', 'ovaler Teich', () => loop(c, f, pond));
      for (const [x, y, s] of [[0.7, 0.66, 1], [1.2, 0.72, 0.8]] as const) {
        c.thing('Enten', 'schwimmende Ente', () => {
          smooth(c, f, [[x - 0.16 * s, y - 0.06 * s], [x - 0.1 * s, y + 0.04 * s], [x + 0.1 * s, y + 0.04 * s], [x + 0.14 * s, y - 0.04 * s],
            [x + 0.06 * s, y - 0.05 * s], [x - 0.16 * s, y - 0.06 * s]]);
          oval(c, f, x + 0.1 * s, y - 0.12 * s, 0.05 * s, 0.05 * s);
          shape(c, f, [[x + 0.15 * s, y - 0.13 * s], [x + 0.21 * s, y - 0.11 * s], [x + 0.15 * s, y - 0.1 * s]]);
          line(c, f, [[x + 0.11 * s, y - 0.13 * s], [x + 0.113 * s, y - 0.127 * s]], { pace: 0.3 });
          smooth(c, f, [[x - 0.06 * s, y - 0.03 * s], [x, y], [x + 0.06 * s, y - 0.03 * s]], { pace: 0.6 });
        });
      }
      c.thing('Schilf', 'Schilfhalme am Ufer', () => {
        for (const [x, h] of [[0.12, 0.45], [0.18, 0.55], [0.25, 0.4]] as const) {
          smooth(c, f, [[x, 0.8], [x + 0.01, 0.8 - h * 0.5], [x - 0.01, 0.8 - h]]);
          oval(c, f, x - 0.01, 0.8 - h + 0.06, 0.015, 0.05, { pace: 0.6 });
        }
      });
      fill(c, f, pond, '#3a78d0', { opacity: 0.5, angle: 0.1 });
    },
  },
  {
    id: 'fenster-vorhaenge-regentropfen', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 7 }, language: 'de',
    prompt: 'Mein Fenster mit zwei Vorhängen, draußen fallen Regentropfen', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Fenster', 'Fenster mit Kreuz und Fensterbank', () => {
        shape(c, f, [[0.2, 0.25], [0.8, 0.25], [0.8, 1.05], [0.2, 1.05]]);
        line(c, f, [[0.5, 0.25], [0.5, 1.05]]);
        line(c, f, [[0.2, 0.62], [0.8, 0.62]]);
        shape(c, f, [[0.12, 1.05], [0.88, 1.05], [0.9, 1.12], [0.1, 1.12]]);
      });
      c.thing('Vorhänge', 'Vorhang links', () => {
        line(c, f, [[0.04, 0.15], [0.04, 1.2]]);
        smooth(c, f, [[0.06, 0.15], [0.26, 0.2], [0.2, 0.6], [0.28, 1.0], [0.14, 1.2]]);
        for (const x of [0.1, 0.16]) smooth(c, f, [[x, 0.2], [x + 0.03, 0.6], [x, 1.1]], { pace: 1.2 });
      });
      c.thing('Vorhänge', 'Vorhang rechts', () => {
        line(c, f, [[0.96, 0.15], [0.96, 1.2]]);
        smooth(c, f, [[0.94, 0.15], [0.74, 0.2], [0.8, 0.6], [0.72, 1.0], [0.86, 1.2]]);
        for (const x of [0.9, 0.84]) smooth(c, f, [[x, 0.2], [x - 0.03, 0.6], [x, 1.1]], { pace: 1.2 });
      });
      for (const [x, y] of [[0.38, 0.4], [0.62, 0.34], [0.4, 0.78], [0.6, 0.9]] as const) c.thing('Regentropfen', 'Regentropfen hinter der Scheibe',
        () => drop(c, f, x, y, 0.08));
      line(c, f, [[0, 0.12], [1, 0.12]], { overshoot: 4 });
    },
  },
  {
    id: 'schnecke-auf-stein-wolke', kind: 'drawing', width: 512, height: 512, device: 'mouse', pen: { color: INK, size: 3 }, language: 'de',
    prompt: 'Eine Schnecke kriecht über einen Stein, darüber eine kleine Wolke', ...none, horizon: null, ground: 0.9,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1, 0.9]], { overshoot: 4 });
      c.thing('Stein', 'runder Stein', () => smooth(c, f, [[0.14, 0.9], [0.18, 0.72], [0.36, 0.62], [0.64, 0.62], [0.84, 0.72], [0.88, 0.9]]));
      c.thing('Schnecke', 'Schnecke oben auf dem Stein', () => snail(c, f, 0.5, 0.625, 0.3));
      c.thing('Wolke', 'kleine Wolke', () => cloud(c, frame(c, 0.55, 0.18, 1), 0.4));
      c.thing(null, 'Grashalme neben dem Stein', () => {
        for (const x of [0.04, 0.08, 0.92, 0.96]) line(c, f, [[x, 0.9], [x + 0.02, 0.8]], { pace: 0.6 });
      });
    },
  },
  {
    id: 'gesicht-augen-nase-mund-ohne-ohren', kind: 'photo', width: 900, height: 900, device: 'stylus', pen: { color: INK, size: 8 }, language: 'de',
    prompt: 'Ein Gesicht mit großen Augen, einer Nase und einem offenen Mund, ohne Ohren', notDrawn: [], negated: ['Ohren'], colours: [],
    horizon: null, ground: null, photo: { width: 1000, height: 1000, ink: '#2d2a2a', quality: 59 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Gesicht', 'ovales Gesicht mit Haaren', () => {
        oval(c, f, 0.5, 0.52, 0.34, 0.42);
        for (const x of [0.3, 0.4, 0.5, 0.6, 0.7]) line(c, f, [[x, 0.14 + Math.abs(x - 0.5) * 0.2], [x - 0.02, 0.05 + Math.abs(x - 0.5) * 0.2]], { pace: 0.7 });
      });
      for (const x of [0.37, 0.63]) {
        c.thing('Augen', 'großes Auge mit Pupille', () => {
          oval(c, f, x, 0.42, 0.08, 0.06);
          oval(c, f, x, 0.42, 0.025, 0.025, { pace: 0.5 });
          smooth(c, f, [[x - 0.09, 0.32], [x, 0.3], [x + 0.09, 0.32]], { pace: 0.7 });
        });
      }
      c.thing('Nase', 'Nase', () => smooth(c, f, [[0.5, 0.48], [0.46, 0.6], [0.5, 0.63], [0.55, 0.61]]));
      c.thing('Mund', 'offener Mund', () => oval(c, f, 0.5, 0.75, 0.1, 0.05));
    },
  },
  {
    id: 'rote-tasse-kakao-drei-kekse', kind: 'drawing', width: 895, height: 720, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Eine rote Tasse Kakao und ein Teller mit drei Keksen, keine Milch', notDrawn: [], negated: ['Milch'],
    colours: [{ word: 'rote', of: 'Tasse' }], horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      const cup: U[] = [[0.16, 0.35], [0.5, 0.35], [0.46, 0.75], [0.2, 0.75]];
      c.thing('Tasse', 'Tasse mit Henkel und Dampf', () => {
        shape(c, f, cup);
        oval(c, f, 0.33, 0.35, 0.17, 0.04, { pace: 0.8 });
        smooth(c, f, [[0.49, 0.42], [0.6, 0.45], [0.6, 0.58], [0.47, 0.62]]);
        for (const x of [0.26, 0.34, 0.42]) smooth(c, f, [[x, 0.28], [x - 0.02, 0.22], [x + 0.02, 0.16], [x, 0.1]], { pace: 0.7 });
      });
      c.thing('Teller', 'flacher Teller', () => {
        oval(c, f, 0.92, 0.68, 0.3, 0.09);
        oval(c, f, 0.92, 0.68, 0.2, 0.055, { pace: 0.8 });
      });
      for (const [x, y] of [[0.8, 0.64], [0.94, 0.6], [1.04, 0.67]] as const) {
        c.thing('Keksen', 'runder Keks mit Schokostückchen', () => {
          oval(c, f, x, y, 0.065, 0.04);
          for (const [dx, dy] of [[-0.02, -0.01], [0.02, 0.01]] as const) line(c, f, [[x + dx, y + dy], [x + dx + 0.004, y + dy + 0.003]], { pace: 0.3 });
        });
      }
      fill(c, f, cup, '#d0302a');
    },
  },
  {
    id: 'elefant-und-maus-keine-katze', kind: 'photo', width: 1000, height: 700, device: 'stylus', pen: { color: INK, size: 7 }, language: 'de',
    prompt: 'Ein großer Elefant und eine kleine Maus schauen sich an, keine Katze', notDrawn: [], negated: ['Katze'], colours: [],
    horizon: null, ground: 0.9, photo: { width: 1200, height: 900, ink: '#2a2f45', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.9], [1.429, 0.9]], { overshoot: 5 });
      c.thing('Elefant', 'Elefant mit Rüssel, von der Seite', () => {
        loop(c, f, [[0.15, 0.7], [0.14, 0.45], [0.3, 0.3], [0.6, 0.3], [0.72, 0.4], [0.74, 0.7]]);
        oval(c, f, 0.78, 0.4, 0.12, 0.12);
        smooth(c, f, [[0.66, 0.34], [0.6, 0.44], [0.68, 0.54], [0.74, 0.48]]);
        smooth(c, f, [[0.88, 0.44], [0.94, 0.6], [0.92, 0.78], [0.98, 0.82]]);
        smooth(c, f, [[0.84, 0.5], [0.86, 0.64], [0.84, 0.78], [0.9, 0.84]]);
        line(c, f, [[0.8, 0.36], [0.804, 0.364]], { pace: 0.3 });
        for (const x of [0.2, 0.32, 0.56, 0.68]) line(c, f, [[x, 0.7], [x, 0.9]]);
        line(c, f, [[0.15, 0.5], [0.08, 0.62]], { pace: 0.6 });
      });
      c.thing('Maus', 'kleine Maus vor dem Rüssel', () => {
        smooth(c, f, [[1.2, 0.9], [1.18, 0.84], [1.13, 0.82], [1.08, 0.86], [1.1, 0.9], [1.2, 0.9]]);
        oval(c, f, 1.17, 0.8, 0.02, 0.02);
        line(c, f, [[1.1, 0.86], [1.1, 0.865]], { pace: 0.3 });
        smooth(c, f, [[1.2, 0.89], [1.27, 0.87], [1.3, 0.82]]);
      });
    },
  },
  {
    id: 'apfelbaum-korb-ohne-leiter', kind: 'drawing', width: 1024, height: 768, device: 'mouse', pen: { color: INK, size: 3 }, language: 'de',
    prompt: 'Ein Apfelbaum mit fünf Äpfeln, darunter ein Korb und eine Leiter', notDrawn: ['Leiter'], negated: [], colours: [], horizon: null, ground: 0.93,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 0.93], [1.333, 0.93]], { overshoot: 5 });
      c.thing('Apfelbaum', 'Apfelbaum', () => tree(c, frame(c, 0.45, 0.93, 1.05), 0.38, 0.34));
      for (const [x, y] of [[0.45, 0.22], [0.6, 0.15], [0.75, 0.3], [0.5, 0.4], [0.68, 0.45]] as const) {
        c.thing('Äpfeln', 'Apfel in der Krone', () => {
          oval(c, f, x, y, 0.035, 0.035);
          line(c, f, [[x, y - 0.035], [x + 0.01, y - 0.055]], { pace: 0.5 });
        });
      }
      c.thing('Korb', 'Korb neben dem Stamm', () => {
        shape(c, f, [[0.82, 0.78], [1.08, 0.78], [1.04, 0.93], [0.86, 0.93]]);
        smooth(c, f, [[0.86, 0.78], [0.9, 0.68], [1.0, 0.68], [1.04, 0.78]]);
        line(c, f, [[0.84, 0.85], [1.06, 0.85]], { pace: 0.8 });
      });
    },
  },
  {
    id: 'segelboot-see-zwei-moewen', kind: 'drawing', width: 1366, height: 768, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Ein Segelboot auf dem See, oben fliegen zwei Möwen', ...none, horizon: 0.55, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('See', 'Seefläche mit Wellen', () => {
        line(c, f, [[0, 0.55], [1.779, 0.55]], { overshoot: 6 });
        for (const [x, y] of [[0.2, 0.7], [1.2, 0.8], [0.5, 0.9], [1.5, 0.68]] as const) waves(c, f, x, x + 0.16, y, 2, 0.02, { pace: 0.8 });
      });
      c.thing('Segelboot', 'Segelboot mit zwei Segeln', () => {
        shape(c, f, [[0.65, 0.6], [1.15, 0.6], [1.05, 0.72], [0.75, 0.72]]);
        line(c, f, [[0.9, 0.6], [0.9, 0.12]]);
        shape(c, f, [[0.91, 0.14], [1.12, 0.56], [0.91, 0.56]]);
        shape(c, f, [[0.89, 0.2], [0.72, 0.56], [0.89, 0.56]]);
      });
      c.thing('Möwen', 'Möwe links', () => flyingBird(c, f, 0.35, 0.22, 0.24));
      c.thing('Möwen', 'Möwe rechts', () => flyingBird(c, f, 1.4, 0.16, 0.2));
    },
  },
  {
    id: 'mein-zimmer-bett-regal-teppich', kind: 'drawing', width: 1024, height: 768, device: 'stylus', pen: { color: INK, size: 4 }, language: 'de',
    prompt: 'Mein Zimmer: ein Bett, ein Regal mit drei Büchern und ein runder Teppich', ...none, horizon: null, ground: null,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing(null, 'Fenster an der Wand', () => {
        shape(c, f, [[0.55, 0.1], [0.8, 0.1], [0.8, 0.32], [0.55, 0.32]]);
        line(c, f, [[0.675, 0.1], [0.675, 0.32]], { pace: 0.7 });
      });
      c.thing('Bett', 'Bett mit Kissen und Decke', () => {
        shape(c, f, [[0.06, 0.72], [0.06, 0.42], [0.12, 0.42], [0.12, 0.58], [0.62, 0.58], [0.62, 0.72]]);
        line(c, f, [[0.06, 0.72], [0.06, 0.78]]);
        line(c, f, [[0.62, 0.72], [0.62, 0.78]]);
        oval(c, f, 0.2, 0.54, 0.07, 0.035);
        line(c, f, [[0.3, 0.58], [0.32, 0.5], [0.62, 0.5], [0.62, 0.58]], { pace: 0.9 });
      });
      c.thing('Regal', 'Wandregal', () => {
        line(c, f, [[0.9, 0.3], [1.26, 0.3]]);
        line(c, f, [[0.9, 0.5], [1.26, 0.5]]);
        line(c, f, [[0.93, 0.3], [0.95, 0.34]], { pace: 0.6 });
        line(c, f, [[1.23, 0.3], [1.21, 0.34]], { pace: 0.6 });
      });
      for (const [x, w, h] of [[0.95, 0.05, 0.16], [1.01, 0.06, 0.14], [1.08, 0.04, 0.17]] as const) {
        c.thing('Büchern', 'Buch im Regal', () => shape(c, f, [[x, 0.3], [x, 0.3 - h], [x + w, 0.3 - h], [x + w, 0.3]]));
      }
      c.thing('Teppich', 'runder Teppich am Boden', () => {
        oval(c, f, 0.95, 0.85, 0.3, 0.09);
        oval(c, f, 0.95, 0.85, 0.18, 0.05, { pace: 0.8 });
      });
    },
  },  {
    id: 'schmetterling-auf-blume-biene', kind: 'drawing', width: 720, height: 960, device: 'finger', pen: { color: INK, size: 6 }, language: 'de',
    prompt: 'Ein Schmetterling sitzt auf einer Blume, daneben fliegt eine Biene', ...none, horizon: null, ground: 0.95,
    draw(c) {
      const f = frame(c, 0, 0, 1);
      line(c, f, [[0, 1.27], [1, 1.27]], { overshoot: 5 });
      c.thing('Blume', 'große Blume mit Stiel und Blättern', () => {
        line(c, f, [[0.42, 1.27], [0.44, 0.62]]);
        leaf(c, frame(c, 0.43, 1.05 / 1.333, 1, { rot: -0.5 }), 0, 0, 0.2);
        leaf(c, frame(c, 0.43, 0.9 / 1.333, 1, { rot: -0.5, flip: true }), 0, 0, 0.18);
        oval(c, f, 0.44, 0.52, 0.07, 0.07);
        for (let i = 0; i < 8; i++) {
          const a = (i / 8) * 2 * Math.PI;
          oval(c, f, 0.44 + Math.cos(a) * 0.13, 0.52 + Math.sin(a) * 0.13, 0.06, 0.06, { pace: 0.8 });
        }
      });
      c.thing('Schmetterling', 'Schmetterling mit offenen Flügeln auf der Blüte', () => {
        oval(c, f, 0.44, 0.3, 0.02, 0.08);
        loop(c, f, [[0.43, 0.26], [0.3, 0.14], [0.22, 0.2], [0.3, 0.3], [0.43, 0.3]]);
        loop(c, f, [[0.45, 0.26], [0.58, 0.14], [0.66, 0.2], [0.58, 0.3], [0.45, 0.3]]);
        loop(c, f, [[0.43, 0.32], [0.32, 0.4], [0.36, 0.44], [0.43, 0.36]]);
        loop(c, f, [[0.45, 0.32], [0.56, 0.4], [0.52, 0.44], [0.45, 0.36]]);
        line(c, f, [[0.43, 0.22], [0.4, 0.15]], { pace: 0.5 });
        line(c, f, [[0.45, 0.22], [0.48, 0.15]], { pace: 0.5 });
      });
      c.thing('Biene', 'Biene mit Streifen', () => {
        oval(c, f, 0.8, 0.7, 0.07, 0.045);
        for (const x of [0.78, 0.82]) line(c, f, [[x, 0.66], [x, 0.745]], { pace: 0.6 });
        oval(c, f, 0.78, 0.63, 0.035, 0.025, { pace: 0.7 });
        oval(c, f, 0.83, 0.63, 0.035, 0.025, { pace: 0.7 });
        line(c, f, [[0.87, 0.7], [0.9, 0.71]], { pace: 0.4 });
      });
      c.thing(null, 'Flugbahn der Biene', () => smooth(c, f, [[0.72, 0.72], [0.66, 0.8], [0.72, 0.86], [0.62, 0.9]], { pace: 1.2, size: 2 }));
    },
  },
  {
    id: 'laterne-schlafende-katze-kein-mond', kind: 'photo', width: 900, height: 900, device: 'stylus', pen: { color: INK, size: 7 }, language: 'de',
    prompt: 'Eine Laterne an der Straße, darunter schläft eine Katze, kein Mond', notDrawn: [], negated: ['Mond'], colours: [],
    horizon: null, ground: 0.88, photo: { width: 1000, height: 1000, ink: '#2c2a30', quality: 61 },
    draw(c) {
      const f = frame(c, 0, 0, 1);
      c.thing('Straße', 'Straße mit Bordstein', () => {
        line(c, f, [[0, 0.88], [1, 0.88]], { overshoot: 5 });
        line(c, f, [[0, 0.94], [1, 0.94]], { overshoot: 5 });
        for (const x of [0.1, 0.4, 0.7]) line(c, f, [[x, 0.97], [x + 0.14, 0.97]], { pace: 0.8 });
      });
      c.thing('Laterne', 'Straßenlaterne mit Lampe', () => {
        line(c, f, [[0.3, 0.88], [0.3, 0.2]]);
        line(c, f, [[0.34, 0.88], [0.34, 0.22]]);
        line(c, f, [[0.25, 0.88], [0.39, 0.88]]);
        shape(c, f, [[0.24, 0.2], [0.4, 0.2], [0.36, 0.1], [0.28, 0.1]]);
        line(c, f, [[0.22, 0.2], [0.42, 0.2]]);
        line(c, f, [[0.32, 0.1], [0.32, 0.06]], { pace: 0.5 });
        for (const a of [0.6, 1.2, 1.9, 2.5]) line(c, f, [[0.32 + Math.cos(a) * 0.12, 0.24 + Math.sin(a) * 0.08], [0.32 + Math.cos(a) * 0.18,
          0.24 + Math.sin(a) * 0.12]], { pace: 0.6 });
      });
      c.thing('Katze', 'zusammengerollte schlafende Katze', () => {
        smooth(c, f, [[0.46, 0.88], [0.46, 0.8], [0.56, 0.74], [0.7, 0.74], [0.78, 0.8], [0.78, 0.88]]);
        oval(c, f, 0.52, 0.82, 0.06, 0.05);
        shape(c, f, [[0.48, 0.79], [0.47, 0.73], [0.51, 0.77]]);
        shape(c, f, [[0.54, 0.77], [0.57, 0.72], [0.575, 0.79]]);
        smooth(c, f, [[0.5, 0.82], [0.51, 0.83], [0.52, 0.82]], { pace: 0.4 });
        smooth(c, f, [[0.78, 0.86], [0.72, 0.88], [0.6, 0.88]]);
      });
    },
  },
];
