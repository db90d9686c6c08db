/**
 * Erasing a client who was in groups: their strokes leave every shared canvas (deleted in a Yjs
 * transaction, so connected screens lose them too, then the stored updates are compacted to the
 * garbage-collected state, which keeps no coordinates or author), every co-creation round and
 * kept work (their sketches are rewritten without them; a work is re-rendered from what is left
 * when next viewed), and their membership row goes with everything that hangs on it (display
 * name, words, votes, attendance, note lines, contributor entries).
 */
import * as Y from 'yjs';
import { hiddenOf, strokesOf } from '../../domain/groups/canvas-model.ts';
import type { StoreDeps } from '../context.ts';
import { GroupCanvasHub } from './canvas-hub.ts';

/** Deletes `author`'s strokes from a document (and their hidden marks). */
function withoutAuthor(doc: Y.Doc, author: string): void {
  const strokes = strokesOf(doc);
  for (const [id, m] of [...strokes.entries()]) {
    if (m.get('author') !== author) continue;
    strokes.delete(id);
    hiddenOf(doc).delete(id);
  }
}

/** A stored sketch (a Yjs update) without `author`'s strokes, garbage-collected. */
export function sketchWithout(update: Uint8Array, author: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  doc.transact(() => withoutAuthor(doc, author));
  const out = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return out;
}

/** Removes a client from every group they were in, strokes and identity; call before the client's rows are deleted. */
export async function eraseFromGroups(deps: StoreDeps & { groupCanvas?: GroupCanvasHub }, clientId: string): Promise<number> {
  const { store } = deps;
  const hub = deps.groupCanvas ?? new GroupCanvasHub(store, deps.clock);
  const memberships = await store.groups.membershipsOf(clientId);
  for (const m of memberships) {
    for (const sessionId of await store.groups.sessionsWithCanvas(m.groupId)) {
      await hub.change(sessionId, (doc) => withoutAuthor(doc, m.id));
      await hub.compact(sessionId);
    }
    for (const d of await store.groups.roundsAndWorksOf(m.groupId)) await store.groups.replaceDoc(d.table, d.id, sketchWithout(d.doc, m.id));
    await store.groups.deleteMember(m.id);
  }
  return memberships.length;
}
