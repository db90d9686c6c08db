/**
 * How the canvas is looked at, apart from what is drawn: zoom (25–400 %), pan, the pointer mode
 * (draw, move the page, pick a colour), the two layers (the client's drawing and the AI's picture,
 * each with visibility and opacity) and full-screen. Zoom and pan are a CSS transform of the
 * page, so strokes are always recorded in canvas coordinates whatever the view.
 */
import { useCallback, useMemo, useState } from 'react';

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;
/** Zoom steps of the buttons and keys (percent). */
export const ZOOM_STEPS = [25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400] as const;

export type PointerMode = 'draw' | 'hand' | 'eyedropper';

export interface LayerState {
  visible: boolean;
  /** 0..1. */
  opacity: number;
}

export interface CanvasView {
  /** 0.25..4 (1 = the page fits the frame). */
  readonly zoom: number;
  /** Offset of the page in the frame, in screen px. */
  readonly pan: { readonly x: number; readonly y: number };
  readonly mode: PointerMode;
  readonly drawingLayer: LayerState;
  readonly pictureLayer: LayerState;
  readonly fullScreen: boolean;
  /** Zooms to `zoom`, keeping the frame point (`cx`, `cy`, screen px from its top left) still; the centre by default. */
  zoomTo(zoom: number, at?: { cx: number; cy: number; frame: { width: number; height: number } }): void;
  /** Multiplies the zoom by `factor` around a frame point (wheel, pinch). */
  zoomBy(factor: number, cx: number, cy: number): void;
  /** One step in or out. */
  step(dir: 1 | -1, frame: { width: number; height: number }): void;
  panBy(dx: number, dy: number): void;
  /** 100 %, centred. */
  reset(): void;
  setMode(m: PointerMode): void;
  setDrawingLayer(patch: Partial<LayerState>): void;
  setPictureLayer(patch: Partial<LayerState>): void;
  setFullScreen(on: boolean): void;
}

const clampZoom = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export function useCanvasView(): CanvasView {
  const [{ zoom, pan }, setTransform] = useState({ zoom: 1, pan: { x: 0, y: 0 } });
  const [mode, setMode] = useState<PointerMode>('draw');
  const [drawingLayer, setDrawing] = useState<LayerState>({ visible: true, opacity: 1 });
  const [pictureLayer, setPicture] = useState<LayerState>({ visible: true, opacity: 1 });
  const [fullScreen, setFullScreen] = useState(false);

  const zoomTo = useCallback((next: number, at?: { cx: number; cy: number; frame: { width: number; height: number } }) => {
    const z = clampZoom(next);
    setTransform(({ zoom: old, pan: p }) => {
      if (!at) return { zoom: z, pan: z === 1 ? { x: 0, y: 0 } : p };
      // The page point under (cx, cy) stays under it: p' = c − (c − p)·z/old.
      return { zoom: z, pan: { x: at.cx - ((at.cx - p.x) * z) / old, y: at.cy - ((at.cy - p.y) * z) / old } };
    });
  }, []);
  const zoomBy = useCallback(
    (factor: number, cx: number, cy: number) =>
      setTransform(({ zoom: old, pan: p }) => {
        const z = clampZoom(old * factor);
        return { zoom: z, pan: { x: cx - ((cx - p.x) * z) / old, y: cy - ((cy - p.y) * z) / old } };
      }),
    [],
  );
  const step = useCallback(
    (dir: 1 | -1, frame: { width: number; height: number }) => {
      const pct = Math.round(zoom * 100);
      const next = dir > 0 ? ZOOM_STEPS.find((s) => s > pct) : [...ZOOM_STEPS].reverse().find((s) => s < pct);
      if (next !== undefined) zoomTo(next / 100, { cx: frame.width / 2, cy: frame.height / 2, frame });
    },
    [zoom, zoomTo],
  );
  const panBy = useCallback((dx: number, dy: number) => setTransform((t) => ({ ...t, pan: { x: t.pan.x + dx, y: t.pan.y + dy } })), []);
  const reset = useCallback(() => setTransform({ zoom: 1, pan: { x: 0, y: 0 } }), []);
  const setDrawingLayer = useCallback((patch: Partial<LayerState>) => setDrawing((l) => ({ ...l, ...patch })), []);
  const setPictureLayer = useCallback((patch: Partial<LayerState>) => setPicture((l) => ({ ...l, ...patch })), []);

  return useMemo(
    () => ({
      zoom,
      pan,
      mode,
      drawingLayer,
      pictureLayer,
      fullScreen,
      zoomTo,
      zoomBy,
      step,
      panBy,
      reset,
      setMode,
      setDrawingLayer,
      setPictureLayer,
      setFullScreen,
    }),
    [zoom, pan, mode, drawingLayer, pictureLayer, fullScreen, zoomTo, zoomBy, step, panBy, reset, setDrawingLayer, setPictureLayer],
  );
}
