/**
 * The drawing surface. Pointer Events make mouse, touch and pen work the same way; every
 * sampled point (coalesced events included, for smooth pen lines) is recorded with its time and
 * pressure. The pen's own stroke is painted straight onto canvases, never through React state,
 * so drawing stays smooth while the rest of the studio updates.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Stroke, StrokePoint } from '../../engines/analysis/index.ts';
import type { Brush } from './use-brush.ts';
import type { Drawing } from './use-drawing.ts';
import { layWet, layer, paintAll, paintSegment, paintStart } from './stroke-paint.ts';

interface CanvasProps {
  drawing: Drawing;
  brush: Brush;
  /** Called when a stroke is finished. */
  onStrokeEnd?: (s: Stroke) => void;
}

interface Live {
  pointerId: number;
  stroke: Omit<Stroke, 'points'> & { points: StrokePoint[] };
}

/** Pressure 0..1 of an event; devices without pressure count as 0.5 (the Pointer Events default). */
function pressureOf(e: PointerEvent): number {
  if (e.pointerType === 'mouse') return 0.5;
  if (e.pointerType === 'pen') return Math.min(1, Math.max(0.05, e.pressure));
  return e.pressure > 0 ? Math.min(1, e.pressure) : 0.5;
}

export function Canvas({ drawing, brush, onStrokeEnd }: CanvasProps) {
  const { doc, clock, nextStrokeId, addStroke } = drawing;
  const { width, height } = doc;
  const view = useRef<HTMLCanvasElement>(null);
  const layers = useRef<{ ink: HTMLCanvasElement; wet: HTMLCanvasElement; mix: HTMLCanvasElement } | null>(null);
  const live = useRef<Live | null>(null);
  const painted = useRef<readonly Stroke[] | null>(null);
  const finished = useRef<Stroke | null>(null);
  const frame = useRef(0);
  const background = useRef(doc.background);
  background.current = doc.background;

  const getLayers = useCallback(() => {
    const l = layers.current;
    if (l && l.ink.width === width && l.ink.height === height) return l;
    layers.current = { ink: layer(width, height), wet: layer(width, height), mix: layer(width, height) };
    painted.current = null;
    return layers.current;
  }, [width, height]);

  const compose = useCallback(() => {
    frame.current = 0;
    const ctx = view.current?.getContext('2d');
    if (!ctx) return;
    const { ink, wet, mix } = getLayers();
    ctx.fillStyle = background.current;
    ctx.fillRect(0, 0, width, height);
    const l = live.current;
    if (!l) return ctx.drawImage(ink, 0, 0);
    const m = mix.getContext('2d')!;
    m.clearRect(0, 0, width, height);
    m.drawImage(ink, 0, 0);
    layWet(m, wet, l.stroke);
    ctx.drawImage(mix, 0, 0);
  }, [getLayers, width, height]);

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(compose);
  }, [compose]);

  // Repaint when the strokes change (undo, redo, clear, load); a just-finished stroke is only laid on.
  useEffect(() => {
    const { ink, wet } = getLayers();
    const before = painted.current;
    const inkCtx = ink.getContext('2d')!;
    const last = doc.strokes[doc.strokes.length - 1];
    // Only the stroke just drawn is still on the wet layer; a redo repaints from the strokes.
    const appended = before && last === finished.current && doc.strokes.length === before.length + 1 && before.every((s, i) => doc.strokes[i] === s);
    finished.current = null;
    if (appended) {
      layWet(inkCtx, wet, doc.strokes[doc.strokes.length - 1]!);
      wet.getContext('2d')!.clearRect(0, 0, width, height);
    } else paintAll(inkCtx, wet, doc.strokes);
    painted.current = doc.strokes;
    compose();
  }, [doc.strokes, doc.background, getLayers, compose, width, height]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const pointOf = (e: PointerEvent, prevT: number): StrokePoint => {
    const r = view.current!.getBoundingClientRect();
    const x = ((e.clientX - r.left) * width) / r.width;
    const y = ((e.clientY - r.top) * height) / r.height;
    const t = Math.max(prevT, clock(e.timeStamp));
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, t, pressure: Math.round(pressureOf(e) * 1000) / 1000 };
  };

  const down = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (live.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = pointOf(e.nativeEvent, 0);
    const stroke = { id: nextStrokeId(), tool: brush.tool, color: brush.color, size: brush.size, opacity: brush.opacity, points: [p] };
    live.current = { pointerId: e.pointerId, stroke };
    const { wet } = getLayers();
    const w = wet.getContext('2d')!;
    w.clearRect(0, 0, width, height);
    paintStart(w, stroke, p);
    schedule();
  };

  const move = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const l = live.current;
    if (!l || e.pointerId !== l.pointerId) return;
    const w = getLayers().wet.getContext('2d')!;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length > 0 ? events : [e.nativeEvent]) {
      const prev = l.stroke.points[l.stroke.points.length - 1]!;
      const p = pointOf(ev, prev.t);
      if (p.x === prev.x && p.y === prev.y) continue;
      l.stroke.points.push(p);
      paintSegment(w, l.stroke, prev, p);
    }
    schedule();
  };

  const up = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const l = live.current;
    if (!l || e.pointerId !== l.pointerId) return;
    live.current = null;
    // The effect that follows lays the wet stroke onto the ink; no frame without it in between.
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    const stroke: Stroke = { ...l.stroke, points: l.stroke.points };
    finished.current = stroke;
    addStroke(stroke);
    onStrokeEnd?.(stroke);
  };

  return (
    <canvas
      ref={view}
      className="studio-canvas"
      width={width}
      height={height}
      role="img"
      aria-label={`Your drawing: ${doc.strokes.length === 0 ? 'a blank page' : `${doc.strokes.length} stroke${doc.strokes.length === 1 ? '' : 's'}`}`}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    />
  );
}
