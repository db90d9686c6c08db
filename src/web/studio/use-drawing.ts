/**
 * The drawing being made: its strokes and paper colour with undo/redo, and the clock that
 * stamps every point. Produces the versioned StrokeDocument the studio saves with a sketch.
 */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import { STROKE_DOCUMENT_VERSION } from '../../engines/analysis/index.ts';
import type { Stroke, StrokeDocument } from '../../engines/analysis/index.ts';

/** What undo and redo step between. */
interface Snapshot {
  readonly background: string;
  readonly strokes: readonly Stroke[];
}

interface State {
  readonly now: Snapshot;
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
}

type Action = { type: 'set'; next: Snapshot } | { type: 'undo' } | { type: 'redo' } | { type: 'load'; next: Snapshot };

/** Enough history for a long session without holding every state forever. */
const MAX_HISTORY = 200;

function reduce(s: State, a: Action): State {
  switch (a.type) {
    case 'set':
      return { now: a.next, past: [...s.past, s.now].slice(-MAX_HISTORY), future: [] };
    case 'undo': {
      const prev = s.past[s.past.length - 1];
      return prev ? { now: prev, past: s.past.slice(0, -1), future: [s.now, ...s.future] } : s;
    }
    case 'redo': {
      const next = s.future[0];
      return next ? { now: next, past: [...s.past, s.now], future: s.future.slice(1) } : s;
    }
    case 'load':
      return { now: a.next, past: [], future: [] };
  }
}

export interface Drawing {
  readonly doc: StrokeDocument;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Milliseconds since this drawing session began, for stamping points. */
  readonly clock: (eventTime?: number) => number;
  readonly nextStrokeId: () => string;
  addStroke(s: Stroke): void;
  undo(): void;
  redo(): void;
  clear(): void;
  setBackground(hex: string): void;
  /** Continues an earlier drawing (its clock carries on after its last point). */
  load(doc: StrokeDocument): void;
}

export function useDrawing(width: number, height: number, initialBackground = '#fffdf8'): Drawing {
  const [state, dispatch] = useReducer(reduce, { now: { background: initialBackground, strokes: [] }, past: [], future: [] });
  const origin = useRef<number | null>(null);
  const offset = useRef(0);
  const counter = useRef(0);
  const { now } = state;

  const clock = useCallback((eventTime?: number) => {
    const at = eventTime ?? performance.now();
    if (origin.current === null) origin.current = at;
    return Math.round((at - origin.current + offset.current) * 10) / 10;
  }, []);
  const nextStrokeId = useCallback(() => `s${Date.now().toString(36)}-${++counter.current}`, []);

  const addStroke = useCallback((s: Stroke) => dispatch({ type: 'set', next: { ...nowRef(), strokes: [...nowRef().strokes, s] } }), []);
  // The latest snapshot, read through a ref so the callbacks above stay stable.
  const latest = useRef(now);
  latest.current = now;
  function nowRef(): Snapshot {
    return latest.current;
  }

  const clear = useCallback(() => {
    if (latest.current.strokes.length > 0) dispatch({ type: 'set', next: { ...latest.current, strokes: [] } });
  }, []);
  const setBackground = useCallback((hex: string) => {
    if (hex !== latest.current.background) dispatch({ type: 'set', next: { ...latest.current, background: hex } });
  }, []);
  const load = useCallback((doc: StrokeDocument) => {
    let last = 0;
    for (const s of doc.strokes) for (const p of s.points) last = Math.max(last, p.t);
    offset.current = doc.strokes.length > 0 ? last + 1000 : 0;
    origin.current = null;
    dispatch({ type: 'load', next: { background: doc.background, strokes: doc.strokes } });
  }, []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  const doc = useMemo<StrokeDocument>(
    () => ({ version: STROKE_DOCUMENT_VERSION, width, height, background: now.background, strokes: now.strokes }),
    [width, height, now],
  );

  return { doc, canUndo: state.past.length > 0, canRedo: state.future.length > 0, clock, nextStrokeId, addStroke, undo, redo, clear, setBackground, load };
}
