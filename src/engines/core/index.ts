export { createRng, hashString } from './rng.ts';
export type { Rng } from './rng.ts';
export { assert, assertRange, exhaustive, ok, err, EngineAssertionError } from './assert.ts';
export type { Result } from './assert.ts';
export { hz, seconds, samples, px, radians } from './units.ts';
export type { Hz, Seconds, Samples, Px, Radians } from './units.ts';
export { createRgba, createGray } from './raster.ts';
export type { RgbaImage, GrayImage } from './raster.ts';
