/**
 * The drawing surface: a page in a frame that can be zoomed (wheel with Ctrl/⌘ or in full
 * screen, pinch, buttons, keys) and moved (space-drag, two fingers, the hand tool, middle button,
 * arrow keys). Two layers lie on the paper: the AI's picture (below) and the client's drawing
 * (above, the only one drawn on and the one sent as the sketch), each with visibility and opacity.
 *
 * Pointer Events make mouse, touch and pen work the same way; every sampled point (coalesced
 * events included, for smooth pen lines) is recorded with its time and pressure, in canvas
 * coordinates whatever the zoom (the page is a CSS transform; points are read against the
 * canvas's on-screen box). The pen's own stroke is painted straight onto canvases, never through
 * React state, so drawing stays smooth while the rest of the studio updates.
 *
 * The eyedropper works from the keyboard too: in its mode a cross-hair sits on the page, the
 * arrow keys move it (Shift: further), Enter or Space picks the colour under it, Escape stops;
 * where it is and the colour under it are announced in a polite live region.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import type { Stroke, StrokePoint } from '../../engines/analysis/index.ts';
import { useT } from '../i18n.tsx';
import type { Brush } from './use-brush.ts';
import type { CanvasView } from './use-canvas-view.ts';
import type { Drawing } from './use-drawing.ts';
import { layWet, layer, paintAll, paintSegment, paintStart } from './stroke-paint.ts';

interface CanvasProps {
  drawing: Drawing;
  brush: Brush;
  view: CanvasView;
  /** The AI's picture under the drawing (a variation), or none. */
  picture: { url: string; label: string } | null;
  /** Called when a stroke is finished. */
  onStrokeEnd?: (s: Stroke) => void;
  /** The eyedropper picked this colour (`#rrggbb`) from what is visible. */
  onPick?: (hex: string) => void;
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

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

export function Canvas({ drawing, brush, view, picture, onStrokeEnd, onPick }: CanvasProps) {
  const { t } = useT();
  const { doc, clock, nextStrokeId, addStroke } = drawing;
  const { width, height } = doc;
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pictureRef = useRef<HTMLImageElement>(null);
  const layers = useRef<{ ink: HTMLCanvasElement; wet: HTMLCanvasElement; mix: HTMLCanvasElement } | null>(null);
  const live = useRef<Live | null>(null);
  const painted = useRef<readonly Stroke[] | null>(null);
  const finished = useRef<Stroke | null>(null);
  const frame = useRef(0);
  /** Touch points down now (for two-finger pan and pinch). */
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ dist: number; cx: number; cy: number } | null>(null);
  const dragging = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  const spaceHeld = useRef(false);
  const viewRef = useRef(view);
  viewRef.current = view;
  /** The keyboard eyedropper's cross-hair, in canvas coordinates, and what was last announced. */
  const [reticle, setReticle] = useState<{ x: number; y: number } | null>(null);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (view.mode !== 'eyedropper') {
      setReticle(null);
      setAnnounce('');
    }
  }, [view.mode]);

  const getLayers = useCallback(() => {
    const l = layers.current;
    if (l && l.ink.width === width && l.ink.height === height) return l;
    layers.current = { ink: layer(width, height), wet: layer(width, height), mix: layer(width, height) };
    painted.current = null;
    return layers.current;
  }, [width, height]);

  // The drawing layer is transparent: the paper and the AI's picture show through where nothing is drawn.
  const compose = useCallback(() => {
    frame.current = 0;
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const { ink, wet, mix } = getLayers();
    ctx.clearRect(0, 0, width, height);
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

  // Space held: the pointer moves the page (as in drawing apps), unless the client is typing.
  useEffect(() => {
    const typing = (e: KeyboardEvent) =>
      e.target instanceof HTMLElement && !!e.target.closest('input, textarea, select, button, [contenteditable], [role="slider"]');
    const onDown = (e: KeyboardEvent) => {
      if (e.key !== ' ' || typing(e)) return;
      spaceHeld.current = true;
      frameRef.current?.classList.add('studio-canvas-frame--grab');
      e.preventDefault();
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key !== ' ') return;
      spaceHeld.current = false;
      frameRef.current?.classList.remove('studio-canvas-frame--grab');
    };
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
    };
  }, []);

  // Wheel: with Ctrl/⌘ (and a trackpad pinch, which arrives so) or in full screen it zooms around the pointer.
  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const v = viewRef.current;
      if (!(e.ctrlKey || e.metaKey || v.fullScreen)) return;
      e.preventDefault();
      const r = el.getBoundingClientRect();
      v.zoomBy(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  /** A screen point → canvas coordinates (the canvas box already includes zoom and pan). */
  const canvasPoint = (clientX: number, clientY: number) => {
    const r = canvasRef.current!.getBoundingClientRect();
    return { x: ((clientX - r.left) * width) / r.width, y: ((clientY - r.top) * height) / r.height };
  };

  const pointOf = (e: PointerEvent, prevT: number): StrokePoint => {
    const { x, y } = canvasPoint(e.clientX, e.clientY);
    const t = Math.max(prevT, clock(e.timeStamp));
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, t, pressure: Math.round(pressureOf(e) * 1000) / 1000 };
  };

  /** The colour seen at a canvas point: paper, then the picture, then the drawing, as shown. */
  const sampleAt = (x: number, y: number): string | null => {
    if (x < 0 || y < 0 || x >= width || y >= height) return null;
    const probe = layer(1, 1);
    const ctx = probe.getContext('2d', { willReadFrequently: true })!;
    ctx.fillStyle = doc.background;
    ctx.fillRect(0, 0, 1, 1);
    const v = viewRef.current;
    const img = pictureRef.current;
    if (picture && img && img.complete && img.naturalWidth > 0 && v.pictureLayer.visible) {
      ctx.globalAlpha = v.pictureLayer.opacity;
      ctx.drawImage(img, Math.floor((x * img.naturalWidth) / width), Math.floor((y * img.naturalHeight) / height), 1, 1, 0, 0, 1, 1);
    }
    if (v.drawingLayer.visible && canvasRef.current) {
      ctx.globalAlpha = v.drawingLayer.opacity;
      ctx.drawImage(canvasRef.current, Math.floor(x), Math.floor(y), 1, 1, 0, 0, 1, 1);
    }
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return `#${hex2(d[0]!)}${hex2(d[1]!)}${hex2(d[2]!)}`;
  };

  const frameXY = (e: { clientX: number; clientY: number }) => {
    const r = frameRef.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  /** Drops the stroke being drawn (a second finger came down: it is a pinch, not a line). */
  const abandonStroke = () => {
    if (!live.current) return;
    live.current = null;
    getLayers().wet.getContext('2d')!.clearRect(0, 0, width, height);
    schedule();
  };

  const down = (e: ReactPointerEvent<HTMLDivElement>) => {
    const v = viewRef.current;
    if (e.pointerType === 'touch') {
      touches.current.set(e.pointerId, frameXY(e));
      if (touches.current.size === 2) {
        abandonStroke();
        const [a, b] = [...touches.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
        pinch.current = { dist: Math.hypot(a.x - b.x, a.y - b.y), cx: (a.x + b.x) / 2, cy: (a.y + b.y) / 2 };
        return;
      }
      if (touches.current.size > 2) return;
    }
    if (live.current || dragging.current) return;
    const panning = v.mode === 'hand' || spaceHeld.current || (e.pointerType === 'mouse' && e.button === 1);
    if (e.pointerType === 'mouse' && e.button !== 0 && !panning) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    if (panning) {
      dragging.current = { pointerId: e.pointerId, x: e.clientX, y: e.clientY };
      return;
    }
    if (v.mode === 'eyedropper') {
      const { x, y } = canvasPoint(e.clientX, e.clientY);
      const hex = sampleAt(x, y);
      if (hex) onPick?.(hex);
      return;
    }
    if (!v.drawingLayer.visible) return;
    const p = pointOf(e.nativeEvent, 0);
    const stroke = { id: nextStrokeId(), tool: brush.tool, color: brush.color, size: brush.size, opacity: brush.opacity, points: [p] };
    live.current = { pointerId: e.pointerId, stroke };
    const { wet } = getLayers();
    const w = wet.getContext('2d')!;
    w.clearRect(0, 0, width, height);
    paintStart(w, stroke, p);
    schedule();
  };

  const move = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch' && touches.current.has(e.pointerId)) {
      touches.current.set(e.pointerId, frameXY(e));
      const p = pinch.current;
      if (p && touches.current.size === 2) {
        const [a, b] = [...touches.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
        const dist = Math.hypot(a.x - b.x, a.y - b.y);
        const cx = (a.x + b.x) / 2;
        const cy = (a.y + b.y) / 2;
        const v = viewRef.current;
        v.panBy(cx - p.cx, cy - p.cy);
        if (p.dist > 0 && dist > 0) v.zoomBy(dist / p.dist, cx, cy);
        pinch.current = { dist, cx, cy };
        return;
      }
    }
    const d = dragging.current;
    if (d && e.pointerId === d.pointerId) {
      viewRef.current.panBy(e.clientX - d.x, e.clientY - d.y);
      dragging.current = { ...d, x: e.clientX, y: e.clientY };
      return;
    }
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

  const up = (e: ReactPointerEvent<HTMLDivElement>) => {
    touches.current.delete(e.pointerId);
    if (touches.current.size < 2) pinch.current = null;
    if (dragging.current?.pointerId === e.pointerId) {
      dragging.current = null;
      return;
    }
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

  /** Moves the keyboard cross-hair by (dx, dy) canvas px (kept on the page) and says what is under it. */
  const moveReticle = (dx: number, dy: number) => {
    const at = reticle ?? { x: width / 2, y: height / 2 };
    const x = Math.min(width - 1, Math.max(0, Math.round(at.x + dx)));
    const y = Math.min(height - 1, Math.max(0, Math.round(at.y + dy)));
    setReticle({ x, y });
    const hex = sampleAt(x, y);
    if (hex) setAnnounce(t('studio:reticleAt', { x: Math.round((x / width) * 100), y: Math.round((y / height) * 100), colour: hex }));
  };

  // Keys on the focused frame: + and − zoom, 0 fits, arrows move the page (the cross-hair when picking a colour).
  const onKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (view.mode === 'eyedropper' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const by = Math.max(1, Math.round(Math.min(width, height) * (e.shiftKey ? 0.05 : 0.01)));
      const moves: Record<string, [number, number]> = { ArrowLeft: [-by, 0], ArrowRight: [by, 0], ArrowUp: [0, -by], ArrowDown: [0, by] };
      const m = moves[e.key];
      if (m) {
        e.preventDefault();
        moveReticle(m[0], m[1]);
        return;
      }
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        const at = reticle ?? { x: Math.floor(width / 2), y: Math.floor(height / 2) };
        const hex = sampleAt(at.x, at.y);
        if (hex) onPick?.(hex);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        view.setMode('draw');
        return;
      }
    }
    const r = frameRef.current!.getBoundingClientRect();
    const box = { width: r.width, height: r.height };
    const by = e.shiftKey ? 120 : 40;
    const actions: Record<string, () => void> = {
      '+': () => view.step(1, box),
      '=': () => view.step(1, box),
      '-': () => view.step(-1, box),
      '0': () => view.reset(),
      ArrowLeft: () => view.panBy(by, 0),
      ArrowRight: () => view.panBy(-by, 0),
      ArrowUp: () => view.panBy(0, by),
      ArrowDown: () => view.panBy(0, -by),
    };
    const act = actions[e.key];
    if (!act || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    act();
  };

  const strokes = doc.strokes.length;
  const picking = view.mode === 'eyedropper';
  const shown = picking ? (reticle ?? { x: width / 2, y: height / 2 }) : null;
  return (
    <>
      <div
        ref={frameRef}
        className={`studio-canvas-frame studio-canvas-frame--${view.mode}`}
        style={{ '--page-aspect': `${width} / ${height}`, '--page-aspect-n': width / height } as CSSProperties}
        role="group"
        aria-label={t(picking ? 'studio:canvasFramePick' : 'studio:canvasFrame', { zoom: Math.round(view.zoom * 100) })}
        aria-keyshortcuts={picking ? 'ArrowLeft ArrowRight ArrowUp ArrowDown Enter Escape' : '+ - 0 ArrowLeft ArrowRight ArrowUp ArrowDown'}
        tabIndex={0}
        onKeyDown={onKey}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      >
        <div
          className="studio-canvas-stage"
          style={{ transform: `translate(${view.pan.x}px, ${view.pan.y}px) scale(${view.zoom})`, background: doc.background }}
          data-zoom={view.zoom}
        >
          {picture ? (
            <img
              ref={pictureRef}
              className="studio-canvas-picture"
              src={picture.url}
              alt={picture.label}
              draggable={false}
              hidden={!view.pictureLayer.visible}
              style={{ opacity: view.pictureLayer.opacity }}
            />
          ) : null}
          <canvas
            ref={canvasRef}
            className="studio-canvas"
            width={width}
            height={height}
            role="img"
            aria-label={strokes === 0 ? t('studio:canvasBlank') : t('studio:canvasStrokes', { count: strokes })}
            style={{ opacity: view.drawingLayer.opacity, visibility: view.drawingLayer.visible ? 'visible' : 'hidden' }}
          />
          {shown ? (
            <span
              className="studio-reticle"
              data-x={Math.round(shown.x)}
              data-y={Math.round(shown.y)}
              style={{ left: `${(shown.x / width) * 100}%`, top: `${(shown.y / height) * 100}%`, transform: `translate(-50%, -50%) scale(${1 / view.zoom})` }}
              aria-hidden="true"
            />
          ) : null}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </>
  );
}
