/**
 * The shared canvas of a group session in the browser: a Yjs document synced through the
 * server's websocket, presence (who is here, their cursors), and an undo of one's own strokes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import * as Y from 'yjs';
import { CanvasProvider } from '../../domain/groups/canvas-provider.ts';
import type { CanvasStatus, SocketLike } from '../../domain/groups/canvas-provider.ts';
import { isPaused, strokesOf } from '../../domain/groups/canvas-model.ts';

/** The origin of the transactions that start one's own strokes: the only ones Undo takes back. */
export const LOCAL_STROKE = { local: 'stroke' };
/** The origin of points added to a stroke being drawn (not an undo step of their own). */
export const LOCAL_POINTS = { local: 'points' };

export interface Presence {
  clientId: number;
  name: string;
  colour: string;
  author: string;
  cursor: { x: number; y: number } | null;
}

export interface GroupCanvas {
  doc: Y.Doc;
  provider: CanvasProvider;
  undo: Y.UndoManager;
  status: CanvasStatus;
  closedReason: { code: number; reason: string } | null;
  /** Bumped on every change of the document (redraw). */
  version: number;
  presence: Presence[];
  paused: boolean;
  canUndo: boolean;
}

export function useGroupCanvas(sessionId: string, onNotice: (n: { type: string }) => void): GroupCanvas {
  const [status, setStatus] = useState<CanvasStatus>('connecting');
  const [closedReason, setClosed] = useState<{ code: number; reason: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [presence, setPresence] = useState<Presence[]>([]);
  const [canUndo, setCanUndo] = useState(false);
  const onNoticeRef = useRef(onNotice);
  onNoticeRef.current = onNotice;
  const { doc, provider, undo } = useMemo(() => {
    const doc = new Y.Doc();
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/group-sessions/${sessionId}/canvas/socket`;
    const provider = new CanvasProvider(doc, url, {
      createSocket: (u) => new WebSocket(u) as unknown as SocketLike,
      canConnect: () => navigator.onLine,
      onStatus: (s, d) => {
        setStatus(s);
        if (s === 'closed' && d) setClosed(d);
      },
      onNotice: (n) => onNoticeRef.current(n),
    });
    const undo = new Y.UndoManager(strokesOf(doc), { trackedOrigins: new Set([LOCAL_STROKE]), captureTimeout: 0 });
    return { doc, provider, undo };
  }, [sessionId]);

  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const onAwareness = () => {
      const out: Presence[] = [];
      for (const [clientId, st] of provider.awareness.getStates()) {
        const u = (st as { user?: { name?: string; colour?: string; author?: string } }).user;
        if (!u?.name) continue;
        const c = (st as { cursor?: { x: number; y: number } | null }).cursor ?? null;
        out.push({ clientId, name: u.name, colour: u.colour ?? '#333333', author: u.author ?? '', cursor: clientId === doc.clientID ? null : c });
      }
      setPresence(out.sort((a, b) => a.name.localeCompare(b.name)));
    };
    const onStack = () => setCanUndo(undo.undoStack.length > 0);
    // Offline (or back online) as the browser sees it: drop the socket now rather than wait for a timeout.
    const offline = () => provider.drop();
    const online = () => provider.connect();
    doc.on('update', bump);
    provider.awareness.on('change', onAwareness);
    undo.on('stack-item-added', onStack);
    undo.on('stack-item-popped', onStack);
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    provider.awareness.setLocalState({ cursor: null });
    return () => {
      doc.off('update', bump);
      provider.awareness.off('change', onAwareness);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      undo.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [doc, provider, undo]);

  return { doc, provider, undo, status, closedReason, version, presence, paused: isPaused(doc), canUndo };
}
