/**
 * Live canvas: while a client draws in the studio during a session in progress, their strokes
 * reach the therapist's live view within about a second.
 *
 * The client's studio posts the strokes it finished since its last post (every ~1 s); the hub
 * keeps the current drawing of each client in memory and tells every watcher of that client.
 * Nothing here is stored: the drawing is saved (with its strokes) only when the client makes a
 * picture from it or saves it, through the ordinary studio routes.
 *
 * Several nodes: every batch goes out on the event bus (`EventBus`: in-process with the embedded
 * database, PostgreSQL LISTEN/NOTIFY with DATABASE_URL) and every node's hub — the sender's too —
 * applies it when it arrives, so each node holds the same current drawing and a watcher on any
 * node sees the strokes drawn through any other. A node started mid-drawing catches up with the
 * next batch that replaces the drawing (the studio resends the whole picture on undo, clear or
 * reopening). Watchers are counted per node.
 */
import type { Stroke } from '../../engines/analysis/index.ts';
import type { EventBus } from '../jobs/event-bus.ts';
import { LocalEventBus } from '../jobs/event-bus.ts';

/** The client's drawing as the therapist sees it live. */
export interface LiveDrawing {
  /** Changes when the client starts another drawing (or clears/undoes: the picture is resent). */
  drawingId: string;
  width: number;
  height: number;
  background: string;
  strokes: Stroke[];
  /** When the last batch arrived (ISO). */
  updatedAt: string;
}

/** What a watcher is told: the whole drawing (`reset`) or strokes added to the one it has. */
export type LiveEvent =
  { type: 'reset'; drawing: LiveDrawing } | { type: 'strokes'; drawingId: string; strokes: Stroke[]; updatedAt: string } | { type: 'ended' };

export interface LiveBatch {
  drawingId: string;
  width: number;
  height: number;
  background: string;
  /** Strokes finished since the last batch, or the whole drawing when `replace` is set. */
  strokes: Stroke[];
  /** The strokes replace the drawing (after undo, clear, or a drawing opened again). */
  replace: boolean;
}

/** Strokes kept per live drawing; an older drawing's strokes stop arriving past this. */
export const LIVE_MAX_STROKES = 5000;

type Listener = (e: LiveEvent) => void;

/** What travels on the bus. */
type BusMessage = { op: 'batch'; clientId: string; batch: LiveBatch; at: string } | { op: 'end'; clientId: string };

const TOPIC = 'live-canvas';

export class LiveCanvasHub {
  private readonly drawings = new Map<string, LiveDrawing>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly bus: EventBus;
  private readonly stopBus: () => void;

  constructor(bus: EventBus = new LocalEventBus()) {
    this.bus = bus;
    this.stopBus = bus.subscribe(TOPIC, (m) => this.receive(m as BusMessage));
  }

  /** Stops listening to the bus (server shutdown). */
  close(): void {
    this.stopBus();
  }

  /** Takes a batch from the client's studio and sends it to every node (this one included). */
  async publish(clientId: string, b: LiveBatch, at: Date): Promise<void> {
    await this.bus.publish(TOPIC, { op: 'batch', clientId, batch: b, at: at.toISOString() } satisfies BusMessage);
  }

  /** The client left the studio (or the session ended): watchers on every node see that it is over. */
  async end(clientId: string): Promise<void> {
    if (!this.drawings.has(clientId)) return;
    await this.bus.publish(TOPIC, { op: 'end', clientId } satisfies BusMessage);
  }

  private receive(m: BusMessage): void {
    if (m.op === 'batch') this.apply(m.clientId, m.batch, new Date(m.at));
    else if (this.drawings.delete(m.clientId)) this.emit(m.clientId, { type: 'ended' });
  }

  /** The client's current drawing, if one is live. */
  current(clientId: string): LiveDrawing | undefined {
    return this.drawings.get(clientId);
  }

  /** How many watchers a client has (for tests and for the studio's "your therapist is watching"). */
  watchers(clientId: string): number {
    return this.listeners.get(clientId)?.size ?? 0;
  }

  /** Applies a batch that arrived on the bus and tells this node's watchers. */
  private apply(clientId: string, b: LiveBatch, at: Date): LiveDrawing {
    const prev = this.drawings.get(clientId);
    const fresh =
      !prev || prev.drawingId !== b.drawingId || b.replace || prev.width !== b.width || prev.height !== b.height || prev.background !== b.background;
    const updatedAt = at.toISOString();
    let drawing: LiveDrawing;
    if (fresh) {
      drawing = {
        drawingId: b.drawingId,
        width: b.width,
        height: b.height,
        background: b.background,
        strokes: b.strokes.slice(0, LIVE_MAX_STROKES),
        updatedAt,
      };
      this.drawings.set(clientId, drawing);
      this.emit(clientId, { type: 'reset', drawing });
    } else {
      const room = LIVE_MAX_STROKES - prev.strokes.length;
      const added = b.strokes.slice(0, Math.max(0, room));
      drawing = { ...prev, strokes: [...prev.strokes, ...added], updatedAt };
      this.drawings.set(clientId, drawing);
      if (added.length > 0) this.emit(clientId, { type: 'strokes', drawingId: b.drawingId, strokes: added, updatedAt });
    }
    return drawing;
  }

  /** Listens to one client's live drawing; returns the way to stop. */
  subscribe(clientId: string, fn: Listener): () => void {
    let set = this.listeners.get(clientId);
    if (!set) this.listeners.set(clientId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.listeners.delete(clientId);
    };
  }

  private emit(clientId: string, e: LiveEvent): void {
    for (const fn of this.listeners.get(clientId) ?? []) fn(e);
  }
}
