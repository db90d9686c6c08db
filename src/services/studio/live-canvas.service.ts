/**
 * The therapist's live view of the client's canvas during a session in progress: the client's
 * studio shares its strokes about once a second; nothing is stored (see live-canvas-hub.ts).
 */
import type { z } from 'zod';
import type { LiveCanvasAck, LiveCanvasBatch, LiveCanvasSnapshot } from '../../domain/api/live-canvas.schemas.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import type { LiveCanvasHub } from './live-canvas-hub.ts';
import { strokesOf } from './studio.service.ts';

export interface LiveCanvasDeps extends StoreDeps {
  liveCanvas: LiveCanvasHub;
}

/** Whether one of the client's sessions is in progress (the live view works only then). */
export async function inSession({ store }: Pick<StoreDeps, 'store'>, clientId: string): Promise<boolean> {
  return (await store.therapySessions.listForClient(clientId)).some((x) => x.status === 'in_progress');
}

/**
 * Shares a batch of strokes. `newDrawing` tells the caller whether this batch starts a drawing
 * the live view had not seen (one audit entry per live drawing, not one per batch); outside a
 * session nothing is shared and nothing needs auditing.
 */
export async function shareLiveStrokes(
  deps: LiveCanvasDeps,
  _actor: Actor,
  { client }: Subject,
  input: z.output<typeof LiveCanvasBatch>,
): Promise<{ ack: z.infer<typeof LiveCanvasAck>; newDrawing: boolean }> {
  const doc = strokesOf(input.strokes);
  const live = deps.liveCanvas;
  const newDrawing = live.current(client.id)?.drawingId !== input.drawingId;
  if (!(await inSession(deps, client.id))) {
    await live.end(client.id);
    return { ack: { live: false, watchers: 0 }, newDrawing: false };
  }
  await live.publish(
    client.id,
    { drawingId: input.drawingId, width: doc.width, height: doc.height, background: doc.background, strokes: [...doc.strokes], replace: input.replace },
    deps.clock(),
  );
  return { ack: { live: true, watchers: live.watchers(client.id) }, newDrawing };
}

/** The picture as it is now (null outside a session). */
export async function liveSnapshot(deps: LiveCanvasDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof LiveCanvasSnapshot>> {
  const live = await inSession(deps, client.id);
  return { live, drawing: live ? (deps.liveCanvas.current(client.id) ?? null) : null };
}
