/**
 * Keeps a Yjs document in sync with a group session's shared canvas over a websocket
 * (y-protocols sync + awareness), and reconnects after a dropped connection: on every (re)connect
 * both sides exchange state vectors and send each other what the other lacks, so strokes drawn
 * while offline reach everyone and nothing is lost.
 *
 * Runs in the browser (WebSocket) and in Node tests and the bench (the `ws` package), hence the
 * socket factory.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_NOTICE = 2;

/** Close codes after which reconnecting would not help. */
const FINAL = new Set([4403, 4410, 4400]);

/** The part of a WebSocket this provider uses. */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export type CanvasStatus = 'connecting' | 'online' | 'offline' | 'closed';

export interface CanvasProviderOptions {
  createSocket: (url: string) => SocketLike;
  onStatus?: (s: CanvasStatus, detail?: { code: number; reason: string }) => void;
  onNotice?: (notice: { type: string }) => void;
  onSynced?: () => void;
  /** First wait before reconnecting (doubles up to 5 s). */
  retryMs?: number;
  /** Whether trying now makes sense (the browser says it is online); otherwise wait and ask again. */
  canConnect?: () => boolean;
}

export class CanvasProvider {
  readonly awareness: awarenessProtocol.Awareness;
  status: CanvasStatus = 'connecting';
  synced = false;
  private socket: SocketLike | null = null;
  private wait: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    readonly doc: Y.Doc,
    private readonly url: string,
    private readonly opts: CanvasProviderOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.wait = opts.retryMs ?? 500;
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.connect();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    syncProtocol.writeUpdate(enc, update);
    this.send(encoding.toUint8Array(enc));
  };

  private readonly onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (origin === this) return;
    const changed = [...added, ...updated, ...removed].filter((id) => id === this.doc.clientID);
    if (changed.length === 0) return;
    this.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };

  private send(data: Uint8Array): void {
    if (this.socket && this.socket.readyState === 1) this.socket.send(data);
  }

  private setStatus(s: CanvasStatus, detail?: { code: number; reason: string }): void {
    this.status = s;
    this.opts.onStatus?.(s, detail);
  }

  /** Opens the socket (again), now. */
  connect(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.stopped || this.socket) return;
    if (this.opts.canConnect && !this.opts.canConnect()) {
      this.setStatus('offline');
      return this.retry();
    }
    this.setStatus('connecting');
    const ws = this.opts.createSocket(this.url);
    ws.binaryType = 'arraybuffer';
    this.socket = ws;
    ws.onopen = () => {
      this.wait = this.opts.retryMs ?? 500;
      this.setStatus('online');
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(enc, this.doc);
      this.send(encoding.toUint8Array(enc));
      if (this.awareness.getLocalState() !== null) this.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID])));
    };
    ws.onmessage = (ev) => this.receive(new Uint8Array(ev.data as ArrayBuffer));
    ws.onerror = () => undefined;
    ws.onclose = (ev) => {
      this.socket = null;
      this.synced = false;
      const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
      awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
      if (this.stopped || FINAL.has(ev.code)) {
        this.stopped = true;
        this.setStatus('closed', { code: ev.code, reason: ev.reason });
        return;
      }
      this.setStatus('offline', { code: ev.code, reason: ev.reason });
      this.retry();
    };
  }

  private retry(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect();
    }, this.wait);
    this.wait = Math.min(5000, this.wait * 2);
  }

  private receive(data: Uint8Array): void {
    const dec = decoding.createDecoder(data);
    const kind = decoding.readVarUint(dec);
    if (kind === MESSAGE_SYNC) {
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MESSAGE_SYNC);
      const t = syncProtocol.readSyncMessage(dec, enc, this.doc, this);
      if (encoding.length(enc) > 1) this.send(encoding.toUint8Array(enc));
      if (t === syncProtocol.messageYjsSyncStep2 && !this.synced) {
        this.synced = true;
        this.opts.onSynced?.();
      }
    } else if (kind === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(dec), this);
    } else if (kind === MESSAGE_NOTICE) {
      this.opts.onNotice?.(JSON.parse(decoding.readVarString(dec)) as { type: string });
    }
  }

  /** Drops the connection (as if the network went away); it reconnects by itself unless `stop`. */
  drop(): void {
    this.socket?.close(4000, 'dropped');
  }

  destroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.setLocalState(null);
    this.socket?.close(1000, 'bye');
    this.awareness.destroy();
  }
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, update);
  return encoding.toUint8Array(enc);
}
