/**
 * The server side of a group session's shared canvas: one Yjs document per session, kept in
 * memory while anyone is connected, synced with y-protocols (sync + awareness messages) and
 * persisted as appended updates (compacted every `COMPACT_EVERY`).
 *
 * Every update a connection sends is applied, then checked against the rules of the canvas
 * (canvas-model.ts): a member may add, extend and remove only their own strokes; `hidden` and
 * `meta` are the therapist's. A breach closes that connection (4403) and the room is rebuilt from
 * what was stored, so nobody ever received it. Updates are stored before they are passed on.
 *
 * Awareness (presence and cursors): a connection may speak only for the Yjs client ids it
 * introduced, and the name and colour others see are the server's (the member's chosen display
 * name), never what the browser sent.
 *
 * Several app nodes: each node with someone connected holds the room in memory; what a node
 * stores (an update, with its row number) and the presence it accepts are relayed through the
 * event bus (`GroupCanvasHub`) and applied by the other nodes' rooms, which pass them on to their
 * own connections without storing them again. Updates were checked by the node that accepted
 * them; Yjs applies them in causal order whatever order they arrive in, and a room opened late
 * starts from the stored rows (what was relayed meanwhile is applied on top, twice is harmless).
 * Compaction merges the stored rows themselves (`GroupCanvasLog`), never one node's memory.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { GROUP_STROKE_LIMITS, hiddenOf, isPaused, readStroke, ROOTS, strokesOf } from '../../domain/groups/canvas-model.ts';
import { GroupCanvasLog } from '../../store/group-canvas-log.repository.ts';
import type { Clock, Store } from '../../store/index.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** Server → browser: the session ended, or this person may no longer take part (JSON text follows). */
export const MESSAGE_NOTICE = 2;

/** Stored updates merged into one after this many. */
const COMPACT_EVERY = 400;

/** Close codes the browser understands. */
export const CLOSE = { forbidden: 4403, ended: 4410, breach: 4400 } as const;

export interface CanvasIdentity {
  userId: string;
  role: 'therapist' | 'client';
  /** The group member id (clients), null for the therapist. */
  memberId: string | null;
  /** What strokes are attributed to: the member id or `therapist`. */
  author: string;
  name: string;
  colour: string;
}

/** What the room needs of a socket. */
export interface CanvasConnection {
  readonly identity: CanvasIdentity;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

interface ConnState {
  clientIds: Set<number>;
}

/** What a room tells the rooms of the same session on other nodes. */
export type RoomRelay = (msg: { k: 'u'; seq: number; u: Uint8Array } | { k: 'a'; u: Uint8Array } | { k: 'n'; body: Record<string, unknown> }) => void;

export class CanvasRoom {
  doc = new Y.Doc();
  awareness: awarenessProtocol.Awareness;
  private readonly conns = new Map<CanvasConnection, ConnState>();
  /** Stroke id → author, for the rules on removal (what a deleted stroke was is gone by then). */
  private authors = new Map<string, string>();
  private pending: { update: Uint8Array; from: CanvasConnection | null }[] = [];
  private flushing: Promise<void> | null = null;
  private storedSince = 0;
  private breach: string | null = null;
  private unbind: () => void = () => undefined;
  private readonly log: GroupCanvasLog;
  /** Presence ids other nodes' connections speak for. */
  private readonly remoteIds = new Set<number>();
  /** Updates relayed while the document is being (re)loaded from the database: applied on top. */
  private relayedDuringLoad: Uint8Array[] | null = null;

  private constructor(
    readonly sessionId: string,
    store: Store,
    private readonly clock: Clock,
    private readonly relay: RoomRelay,
  ) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.log = new GroupCanvasLog(store.db);
  }

  /** Opens a room from the stored updates. */
  static async open(sessionId: string, store: Store, clock: Clock, relay: RoomRelay = () => undefined): Promise<CanvasRoom> {
    const room = new CanvasRoom(sessionId, store, clock, relay);
    await room.load();
    return room;
  }

  get size(): number {
    return this.conns.size;
  }

  connections(): CanvasConnection[] {
    return [...this.conns.keys()];
  }

  private async load(): Promise<void> {
    this.unbind();
    const doc = new Y.Doc();
    this.relayedDuringLoad = [];
    let stored: { seq: number; update: Uint8Array }[];
    try {
      stored = await this.log.after(this.sessionId, 0);
    } catch (e) {
      this.relayedDuringLoad = null;
      throw e;
    }
    const extra = this.relayedDuringLoad;
    this.relayedDuringLoad = null;
    this.storedSince = stored.length;
    Y.transact(doc, () => {
      for (const u of stored) Y.applyUpdate(doc, u.update);
      for (const u of extra) Y.applyUpdate(doc, u);
    });
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    if (this.awareness) {
      // Presence survives a rebuild.
      const states = this.awareness.getStates();
      for (const [id, st] of states) if (id !== this.awareness.clientID) awareness.states.set(id, st);
      this.awareness.destroy();
    }
    this.doc.destroy();
    this.doc = doc;
    this.awareness = awareness;
    this.authors = new Map();
    for (const [id, m] of strokesOf(doc).entries()) {
      const a = m.get('author');
      if (typeof a === 'string') this.authors.set(id, a);
    }
    const onTx = (tr: Y.Transaction) => this.check(tr);
    doc.on('afterTransaction', onTx);
    this.unbind = () => doc.off('afterTransaction', onTx);
  }

  /** A new connection: it receives the server's state vector (sync step 1) and everyone's presence. */
  join(conn: CanvasConnection): void {
    this.conns.set(conn, { clientIds: new Set() });
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(enc, this.doc);
    conn.send(encoding.toUint8Array(enc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) conn.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
  }

  /** The connection left: its presence is removed for everyone. */
  leave(conn: CanvasConnection): void {
    const st = this.conns.get(conn);
    if (!st) return;
    this.conns.delete(conn);
    const ids = [...st.clientIds];
    if (ids.length > 0) {
      const removal = encodeRemoval(this.awareness, ids);
      awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
      this.broadcast(awarenessMessage(removal), null);
      this.relay({ k: 'a', u: removal });
    }
  }

  /** An update another node stored (and checked): applied here and passed on to this node's connections. */
  applyRelayedUpdate(update: Uint8Array): void {
    this.relayedDuringLoad?.push(update);
    try {
      Y.applyUpdate(this.doc, update, 'relay');
    } catch {
      return; // A node would not store what does not apply; nothing to pass on.
    }
    this.broadcast(updateMessage(update), null);
  }

  /** Presence another node accepted (already cleaned by it): applied and passed on. */
  applyRelayedAwareness(update: Uint8Array): void {
    let entries: { clientId: number; clock: number; state: unknown }[];
    try {
      entries = decodeAwareness(update);
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.state === null) this.remoteIds.delete(e.clientId);
      else this.remoteIds.add(e.clientId);
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, 'relay');
    this.broadcast(awarenessMessage(update), null);
  }

  /** Handles one binary message from a connection. Returns false when the connection was closed for a breach. */
  async receive(conn: CanvasConnection, data: Uint8Array): Promise<boolean> {
    const st = this.conns.get(conn);
    if (!st) return false;
    let decoder: decoding.Decoder;
    let kind: number;
    try {
      decoder = decoding.createDecoder(data);
      kind = decoding.readVarUint(decoder);
    } catch {
      return this.reject(conn, 'malformed message');
    }
    if (kind === MESSAGE_SYNC) return this.receiveSync(conn, decoder);
    if (kind === MESSAGE_AWARENESS) return this.receiveAwareness(conn, st, decoder);
    return this.reject(conn, 'unknown message');
  }

  private async receiveSync(conn: CanvasConnection, decoder: decoding.Decoder): Promise<boolean> {
    let kind: number;
    let update: Uint8Array;
    try {
      kind = decoding.readVarUint(decoder);
      if (kind === syncProtocol.messageYjsSyncStep1) {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MESSAGE_SYNC);
        syncProtocol.writeSyncStep2(reply, this.doc, decoding.readVarUint8Array(decoder));
        conn.send(encoding.toUint8Array(reply));
        return true;
      }
      if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) return this.reject(conn, 'unknown sync message');
      update = decoding.readVarUint8Array(decoder);
    } catch {
      return this.reject(conn, 'malformed message');
    }
    // Applied, then checked (check() runs as the transaction ends); a breach is undone by rebuilding.
    this.breach = null;
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch {
      this.breach ??= 'malformed update';
    }
    if (this.breach) {
      const why = this.breach;
      this.breach = null;
      await this.rebuild();
      return this.reject(conn, why);
    }
    // Stored, then passed on to everyone else.
    this.enforcePause(conn);
    await this.persist(update, conn);
    return true;
  }

  /** While paused, a member's new strokes are hidden at once (their screen had not heard of the pause yet). */
  private enforcePause(conn: CanvasConnection): void {
    if (conn.identity.role === 'therapist' || !isPaused(this.doc) || !this.freshStrokes.length) return;
    const ids = this.freshStrokes;
    this.freshStrokes = [];
    const before = Y.encodeStateVector(this.doc);
    Y.transact(this.doc, () => ids.forEach((id) => hiddenOf(this.doc).set(id, true)), 'server');
    this.pending.push({ update: Y.encodeStateAsUpdate(this.doc, before), from: null });
  }

  private freshStrokes: string[] = [];

  /** The rules, checked after each transaction a connection caused (see the file's comment). */
  private check(tr: Y.Transaction): void {
    const conn = tr.origin as CanvasConnection | null;
    const strokes = strokesOf(this.doc);
    if (!conn || !this.conns.has(conn)) {
      this.index(tr, strokes);
      return;
    }
    const me = conn.identity;
    const therapist = me.role === 'therapist';
    this.freshStrokes = [];
    for (const [type, keys] of tr.changed) {
      const item = type._item;
      if (item === null) {
        const root = rootName(this.doc, type);
        if (!root || !(ROOTS as readonly string[]).includes(root)) return void (this.breach ??= `unknown root ${root ?? '?'}`);
        if (root === 'hidden' || root === 'meta') {
          if (!therapist) return void (this.breach ??= `${root} is the therapist's`);
          continue;
        }
        for (const k of keys) {
          if (k === null) continue;
          const prev = this.authors.get(k);
          const now = strokes.get(k);
          if (prev !== undefined && prev !== me.author && !therapist) return void (this.breach ??= 'changed another person’s stroke');
          if (now) {
            const s = readStroke(k, now);
            if (!s || s.author !== me.author) return void (this.breach ??= 'stroke not attributed to its author');
            if (prev === undefined) this.freshStrokes.push(k);
          }
        }
        continue;
      }
      // Inside a stroke: the stroke map itself or its points.
      const parent = item.parent;
      const strokeMap = parent === strokes ? type : parent;
      const owner = strokeMap instanceof Y.Map && strokeMap._item?.parent === strokes ? (strokeMap as Y.Map<unknown>).get('author') : undefined;
      if (owner === undefined) return void (this.breach ??= 'change outside a stroke');
      if (owner !== me.author) return void (this.breach ??= 'changed another person’s stroke');
      if (type === strokeMap && keys.has('author')) return void (this.breach ??= 'authorship changed');
      if (type instanceof Y.Array && type.length > GROUP_STROKE_LIMITS.maxPoints * 2) return void (this.breach ??= 'stroke too long');
    }
    if (!this.breach) this.index(tr, strokes);
  }

  private index(tr: Y.Transaction, strokes: Y.Map<Y.Map<unknown>>): void {
    const keys = tr.changed.get(strokes as unknown as Parameters<typeof tr.changed.get>[0]);
    for (const k of keys ?? []) {
      if (k === null) continue;
      const a = strokes.get(k)?.get('author');
      if (typeof a === 'string') this.authors.set(k, a);
      else this.authors.delete(k);
    }
  }

  private async rebuild(): Promise<void> {
    await this.flush();
    await this.load();
  }

  private receiveAwareness(conn: CanvasConnection, st: ConnState, decoder: decoding.Decoder): boolean {
    let entries: { clientId: number; clock: number; state: unknown }[];
    try {
      entries = decodeAwareness(decoding.readVarUint8Array(decoder));
    } catch {
      return this.reject(conn, 'malformed presence');
    }
    const owned = new Set<number>();
    for (const st2 of this.conns.values()) if (st2 !== st) for (const id of st2.clientIds) owned.add(id);
    for (const id of this.remoteIds) owned.add(id);
    const mine = entries.filter((e) => !owned.has(e.clientId) && e.clientId !== this.awareness.clientID).slice(0, 4);
    if (mine.length === 0) return true;
    for (const e of mine) if (e.state !== null) st.clientIds.add(e.clientId);
    const cleaned = encodeAwareness(mine.map((e) => ({ ...e, state: e.state === null ? null : presence(conn.identity, e.state) })));
    awarenessProtocol.applyAwarenessUpdate(this.awareness, cleaned, conn);
    this.broadcast(awarenessMessage(cleaned), null);
    this.relay({ k: 'a', u: cleaned });
    return true;
  }

  private reject(conn: CanvasConnection, why: string): false {
    this.leave(conn);
    conn.close(CLOSE.breach, why.slice(0, 100));
    return false;
  }

  /** Stores an update, then sends it to every other connection. */
  private async persist(update: Uint8Array, from: CanvasConnection | null): Promise<void> {
    this.pending.push({ update, from });
    await this.flush();
  }

  /** Writes what is pending (merged, one row) and passes each update on; one flush at a time. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = (async () => {
      const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
      const seq = await this.log.append(this.sessionId, merged, this.clock());
      this.storedSince++;
      for (const b of batch) this.broadcast(updateMessage(b.update), b.from);
      this.relay({ k: 'u', seq, u: merged });
      if (this.storedSince >= COMPACT_EVERY) await this.compact();
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  /** Replaces the stored updates with the document's state (one row), now. */
  async compactNow(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.compact();
  }

  /**
   * Replaces the stored updates with one: the state of a document made from exactly those rows
   * (so deleted content is dropped, and nothing another node stored meanwhile is lost).
   */
  private async compact(): Promise<void> {
    await this.log.compact(this.sessionId, mergeStored, this.clock());
    this.storedSince = 1;
  }

  /** A change the server makes itself (moderation through the API): applied, stored and passed on to all. */
  async serverChange(fn: (doc: Y.Doc) => void): Promise<void> {
    const before = Y.encodeStateVector(this.doc);
    Y.transact(this.doc, () => fn(this.doc), 'server');
    const update = Y.encodeStateAsUpdate(this.doc, before);
    if (update.length > 2) await this.persist(update, null);
  }

  /** Tells everyone something (ended, paused) as JSON; `relay`: the other nodes' connections too. */
  notice(body: Record<string, unknown>, relay = true): void {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_NOTICE);
    encoding.writeVarString(enc, JSON.stringify(body));
    this.broadcast(encoding.toUint8Array(enc), null);
    if (relay) this.relay({ k: 'n', body });
  }

  private broadcast(msg: Uint8Array, except: CanvasConnection | null): void {
    for (const c of this.conns.keys()) if (c !== except) c.send(msg);
  }

  destroy(): void {
    this.unbind();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types over any event
function rootName(doc: Y.Doc, type: Y.AbstractType<any>): string | undefined {
  for (const [name, t] of doc.share) if (t === type) return name;
  return undefined;
}

/** One update holding what the stored rows hold, deleted content dropped. */
function mergeStored(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

function updateMessage(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, update);
  return encoding.toUint8Array(enc);
}

function decodeAwareness(update: Uint8Array): { clientId: number; clock: number; state: unknown }[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  if (n > 16) throw new Error('too many');
  const out: { clientId: number; clock: number; state: unknown }[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const json = decoding.readVarString(d);
    if (json.length > 2000) throw new Error('too long');
    out.push({ clientId, clock, state: JSON.parse(json) as unknown });
  }
  return out;
}

function encodeAwareness(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(enc, e.clientId);
    encoding.writeVarUint(enc, e.clock);
    encoding.writeVarString(enc, JSON.stringify(e.state));
  }
  return encoding.toUint8Array(enc);
}

function encodeRemoval(awareness: awarenessProtocol.Awareness, ids: number[]): Uint8Array {
  return encodeAwareness(ids.map((clientId) => ({ clientId, clock: (awareness.meta.get(clientId)?.clock ?? 0) + 1, state: null })));
}

/** What others see of a connection: the server's name and colour, and the cursor the browser reported (clamped). */
function presence(who: CanvasIdentity, raw: unknown): { user: { name: string; colour: string; author: string }; cursor: { x: number; y: number } | null } {
  const c = (raw as { cursor?: { x?: unknown; y?: unknown } } | null)?.cursor;
  const ok = c && typeof c.x === 'number' && typeof c.y === 'number' && Number.isFinite(c.x) && Number.isFinite(c.y);
  return {
    user: { name: who.name, colour: who.colour, author: who.author },
    cursor: ok ? { x: Math.max(-50, Math.min(2000, c.x as number)), y: Math.max(-50, Math.min(2000, c.y as number)) } : null,
  };
}
