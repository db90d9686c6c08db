/**
 * Keeps a small live preview in step with the words and the drawing. Changes are debounced,
 * at most one render is in flight in the worker, and only the newest request waits behind it,
 * so a burst of typing or drawing costs one or two renders, never a queue.
 */
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { PreviewReply, PreviewRequest } from './preview-protocol.ts';

/** Everything a preview depends on; `sketch` is called only when a render is due. */
export interface PreviewSpec {
  readonly prompt: string;
  readonly negativePrompt: string;
  readonly style: string | undefined;
  readonly sketchStrength: number;
  readonly seed: number;
  readonly sketch: () => { width: number; height: number; data: Uint8ClampedArray } | undefined;
  readonly sketchIsPhoto: boolean;
  /** A photo used whole (not cropped to its sheet of paper and straightened). */
  readonly wholePhoto?: boolean;
  /** Output size in px (about 256 wide). */
  readonly width: number;
  readonly height: number;
}

export interface LivePreview {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  /** How many previews have been shown so far. */
  readonly renders: number;
  readonly busy: boolean;
  /** Time of the last render in the worker, ms. */
  readonly ms: number | null;
  /** Why the preview is missing: drawing it failed this time, or the browser cannot run it. */
  readonly error: 'failed' | 'unavailable' | null;
}

export function useLivePreview(spec: PreviewSpec | null, delayMs = 280): LivePreview {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const sendRef = useRef<((r: PreviewRequest) => void) | null>(null);
  const inFlight = useRef<number | null>(null);
  const pending = useRef<PreviewRequest | null>(null);
  const nextId = useRef(0);
  const [state, setState] = useState<{ renders: number; busy: boolean; ms: number | null; error: 'failed' | 'unavailable' | null }>({
    renders: 0,
    busy: false,
    ms: null,
    error: null,
  });

  useEffect(() => {
    const w = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
    const send = (req: PreviewRequest) => {
      inFlight.current = req.id;
      w.postMessage(req, req.sketch ? [req.sketch.data.buffer] : []);
    };
    w.onmessage = (e: MessageEvent<PreviewReply>) => {
      const reply = e.data;
      inFlight.current = null;
      const next = pending.current;
      pending.current = null;
      if (next) send(next);
      if (!reply.ok) return setState((s) => ({ ...s, busy: next !== null, error: 'failed' }));
      const c = canvasRef.current;
      if (c) {
        c.width = reply.width;
        c.height = reply.height;
        c.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(reply.data), reply.width, reply.height), 0, 0);
      }
      setState((s) => ({ renders: s.renders + 1, busy: next !== null, ms: Math.round(reply.ms), error: null }));
    };
    w.onerror = () => setState((s) => ({ ...s, busy: false, error: 'unavailable' }));
    sendRef.current = send;
    return () => {
      w.terminate();
      sendRef.current = null;
      inFlight.current = null;
      pending.current = null;
    };
  }, []);

  useEffect(() => {
    if (!spec) return;
    const timer = window.setTimeout(() => {
      const send = sendRef.current;
      if (!send) return;
      const { sketch, ...rest } = spec;
      const req: PreviewRequest = { ...rest, id: ++nextId.current, sketch: sketch() };
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      if (inFlight.current !== null) pending.current = req;
      else send(req);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [spec, delayMs]);

  return { canvasRef, ...state };
}
