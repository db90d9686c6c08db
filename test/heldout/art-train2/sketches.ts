/**
 * The art-train2 training set: 24 English sketches (sketches-en.ts), 12 Spanish and 12 German
 * (sketches-es-de.ts), each the shapes a person puts down with every drawn thing inside
 * `c.thing(word, label, …)`. Drawn with the third set's vocabulary (../art3/draw.ts), the fourth set's
 * shapes (../art4/shapes.ts) and this set's shapes.ts; make.ts turns them into strokes, images and the manifest.
 * TRAINING material (not sealed): see README.md.
 */
import type { Sketch } from '../art3/draw.ts';
import { EN } from './sketches-en.ts';
import { DE, ES } from './sketches-es-de.ts';

export const SKETCHES: readonly Sketch[] = [...EN, ...ES, ...DE];
