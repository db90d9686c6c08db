/**
 * Shares the drawing with the therapist's live view while a session is in progress: about once a
 * second, the strokes finished since the last batch (or the whole drawing after an undo, clear,
 * paper change or a drawing opened again). The server keeps nothing; outside a session it says
 * so and the studio asks again only every 15 s. Failures are quiet and never touch the drawing.
 */
import { useEffect, useRef, useState } from 'react';
import type { Stroke, StrokeDocument } from '../../engines/analysis/index.ts';
import { byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';

const EVERY_MS = 1000;
const IDLE_RETRY_MS = 15_000;
const HEARTBEAT_MS = 3000;

interface Sent {
  strokes: readonly Stroke[];
  background: string;
}

/** Returns how many live views are open on this drawing (0 when none or not in a session). */
export function useLiveShare(clientId: string | null, doc: StrokeDocument, active: boolean): number {
  const [watchers, setWatchers] = useState(0);
  const latest = useRef(doc);
  latest.current = doc;
  const drawingId = useRef(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);

  useEffect(() => {
    if (!clientId || !active) return;
    let sent: Sent | null = null;
    let idleUntil = 0;
    let inFlight = false;
    let lastPost = 0;
    let stopped = false;
    const tick = async () => {
      if (inFlight || stopped || Date.now() < idleUntil) return;
      const now = latest.current;
      const extends_ =
        sent !== null && sent.background === now.background && now.strokes.length >= sent.strokes.length && sent.strokes.every((s, i) => now.strokes[i] === s);
      // Nothing new: ask again now and then anyway, so the note about watchers stays true.
      if (extends_ && sent!.strokes.length === now.strokes.length && Date.now() - lastPost < HEARTBEAT_MS) return;
      lastPost = Date.now();
      const strokes = extends_ ? now.strokes.slice(sent!.strokes.length) : now.strokes;
      inFlight = true;
      try {
        const body = {
          drawingId: drawingId.current,
          replace: !extends_,
          strokes: { version: now.version, width: now.width, height: now.height, background: now.background, strokes },
        };
        const ack = await data(http.POST('/api/clients/{id}/live-canvas', { ...byId(clientId), body }));
        if (stopped) return;
        setWatchers(ack.watchers);
        if (ack.live) sent = { strokes: now.strokes, background: now.background };
        else {
          sent = null;
          idleUntil = Date.now() + IDLE_RETRY_MS;
        }
      } catch {
        sent = null;
        idleUntil = Date.now() + IDLE_RETRY_MS;
      } finally {
        inFlight = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [clientId, active]);

  return active ? watchers : 0;
}
