/**
 * The shared group canvas as a Yjs document, the same on the server and in every browser.
 *
 * Roots:
 * - `strokes`: Y.Map stroke id → Y.Map { author, color, size, seq, points: Y.Array<number> (x,y pairs) }.
 *   `author` is the group member id (or `therapist`) the server checked; `seq` orders strokes for
 *   drawing (one more than the largest seen when the stroke began; ties broken by id), so every
 *   screen paints the same strokes in the same order and ends with the same pixels.
 * - `hidden`: Y.Map stroke id → true. Written only by the therapist (moderation); hidden strokes
 *   are not drawn anywhere and not used for co-creation.
 * - `meta`: Y.Map { paused: boolean }. Written only by the therapist.
 *
 * Version 1 of this layout; a later layout adds a `version` key to `meta` and a migration.
 */
import * as Y from 'yjs';

/** Logical canvas size: every screen draws into a backing store of exactly this many pixels. */
export const GROUP_CANVAS = { width: 960, height: 600, background: '#ffffff' } as const;

/** Who drew a stroke when it was not a member: the group's therapist. */
export const THERAPIST_AUTHOR = 'therapist';

/** Limits the server enforces per stroke. */
export const GROUP_STROKE_LIMITS = { maxPoints: 4000, minSize: 1, maxSize: 48 } as const;

export const ROOTS = ['strokes', 'hidden', 'meta'] as const;

export interface CanvasStroke {
  id: string;
  author: string;
  color: string;
  size: number;
  seq: number;
  /** x,y pairs in canvas pixels. */
  points: number[];
}

export const strokesOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('strokes');
export const hiddenOf = (doc: Y.Doc): Y.Map<boolean> => doc.getMap('hidden');
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');

/** The strokes to draw, in drawing order; hidden ones left out unless `withHidden`. */
export function visibleStrokes(doc: Y.Doc, opts: { withHidden?: boolean; without?: ReadonlySet<string> } = {}): CanvasStroke[] {
  const hidden = hiddenOf(doc);
  const out: CanvasStroke[] = [];
  for (const [id, m] of strokesOf(doc).entries()) {
    if (!opts.withHidden && hidden.get(id) === true) continue;
    const s = readStroke(id, m);
    if (s && !opts.without?.has(s.author)) out.push(s);
  }
  return out.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One stroke's fields, or undefined when it is malformed (never drawn). */
export function readStroke(id: string, m: Y.Map<unknown>): CanvasStroke | undefined {
  const author = m.get('author');
  const color = m.get('color');
  const size = m.get('size');
  const seq = m.get('seq');
  const pts = m.get('points');
  if (typeof author !== 'string' || typeof color !== 'string' || !/^#[0-9a-f]{6}$/.test(color)) return undefined;
  if (typeof size !== 'number' || !(size >= GROUP_STROKE_LIMITS.minSize && size <= GROUP_STROKE_LIMITS.maxSize)) return undefined;
  if (typeof seq !== 'number' || !Number.isFinite(seq) || !(pts instanceof Y.Array)) return undefined;
  const points = (pts.toArray() as unknown[]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return { id, author, color, size, seq, points: points.slice(0, GROUP_STROKE_LIMITS.maxPoints * 2) };
}

/** Starts a stroke by `author` in one transaction (with `origin`, so an UndoManager can track it); returns its points array. */
export function beginStroke(
  doc: Y.Doc,
  s: { id: string; author: string; color: string; size: number; x: number; y: number },
  origin: unknown,
): Y.Array<number> {
  const points = new Y.Array<number>();
  doc.transact(() => {
    let seq = 0;
    for (const m of strokesOf(doc).values()) {
      const v = m.get('seq');
      if (typeof v === 'number' && v > seq) seq = v;
    }
    const m = new Y.Map<unknown>();
    m.set('author', s.author);
    m.set('color', s.color);
    m.set('size', s.size);
    m.set('seq', seq + 1);
    points.push([round(s.x), round(s.y)]);
    m.set('points', points);
    strokesOf(doc).set(s.id, m);
  }, origin);
  return points;
}

/** Coordinates are kept to a tenth of a pixel (smaller updates; identical on every screen). */
export const round = (v: number): number => Math.round(v * 10) / 10;

/** Whether drawing is paused by the therapist. */
export const isPaused = (doc: Y.Doc): boolean => metaOf(doc).get('paused') === true;
