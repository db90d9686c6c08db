/** Request and response schemas of the live canvas (a client's drawing watched live by their therapist). */
import { z } from 'zod';

export const LiveCanvasBatch = z.object({
  /** Chosen by the studio for each drawing; a new id starts a new live picture. */
  drawingId: z.string().trim().min(1).max(64),
  /**
   * A StrokeDocument (version 2; see src/engines/analysis/stroke-document.ts) holding the strokes
   * finished since the last batch — or the whole drawing when `replace` is set.
   */
  strokes: z.unknown(),
  /** The strokes replace the live picture (after undo, clear, or opening a drawing again). */
  replace: z.boolean().default(false),
});
export type LiveCanvasBatch = z.input<typeof LiveCanvasBatch>;

export const LiveCanvasAck = z.object({
  /** False when no session is in progress: nothing was shared. */
  live: z.boolean(),
  /** How many views of the therapist are open. */
  watchers: z.number().int(),
});

export const LiveCanvasQuery = z.object({
  /** Send the current picture and close, instead of streaming. */
  once: z.enum(['true', 'false']).optional(),
});

export const LiveCanvasSnapshot = z.object({
  live: z.boolean(),
  drawing: z
    .object({ drawingId: z.string(), width: z.number(), height: z.number(), background: z.string(), strokes: z.array(z.unknown()), updatedAt: z.string() })
    .nullable(),
});
