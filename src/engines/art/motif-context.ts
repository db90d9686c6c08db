/**
 * What a motif drawer gets: where it may paint (the frame and its horizon), the palette, a
 * seeded RNG of its own, and the x position (0..1 across the frame) the layout chose for it.
 */
import type { Rng } from '../core/index.ts';
import type { MotifId } from '../affect/index.ts';
import type { Col } from './color.ts';
import type { Painter } from './painter.ts';
import type { Palette } from './palette.ts';

/** The rectangle motifs are composed in (the whole picture, or the masked area when refining). */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Absolute y of the horizon. */
  readonly horizon: number;
  /** min(w, h): the unit motif sizes are given in. */
  readonly s: number;
}

export interface MotifContext {
  readonly p: Painter;
  readonly f: Frame;
  readonly pal: Palette;
  readonly rng: Rng;
  /** Horizontal slot chosen by the layout, 0..1 across the frame. */
  readonly at: number;
  /** Every motif in the picture (drawers adapt, e.g. a boat sits on the sea). */
  readonly motifs: readonly MotifId[];
  /** True when the motif is the picture's only subject (drawn larger, centred). */
  readonly solo: boolean;
}

export type MotifDrawer = (ctx: MotifContext) => void;

/** The colour a client named for this motif, else the fallback. */
export const motifColour = (ctx: MotifContext, id: MotifId, fallback: Col): Col => ctx.pal.motifColours[id] ?? fallback;

/** The y where the ground in front of the viewer is, for a depth 0 (horizon) … 1 (bottom edge). */
export const groundY = (f: Frame, depth: number): number => f.horizon + (f.y + f.h - f.horizon) * depth;

/** True when a water body (sea/lake/river) is in the picture. */
export const hasWater = (motifs: readonly MotifId[]): boolean => motifs.includes('sea') || motifs.includes('lake') || motifs.includes('river');
