/**
 * The open group canvases of this process: one CanvasRoom per group session with anyone
 * connected (opened from the database on the first connection, flushed and dropped after the
 * last one leaves). Moderation and membership changes reach connected people through here.
 *
 * Across app nodes (no pinning): with an event bus, each room's stored updates, accepted presence
 * and notices are published on `group-canvas`, and every other node that has the session's room
 * open applies them and passes them on to its own connections. A session ending and a person
 * losing their place are published too, so every node closes its sockets at once. A node opening
 * a room listens first and reads the stored rows second, so nothing falls between the two.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import type { Clock, Store } from '../../store/index.ts';
import type { EventBus } from '../jobs/event-bus.ts';
import { CanvasRoom, CLOSE } from './canvas-room.ts';
import type { CanvasConnection, RoomRelay } from './canvas-room.ts';

const TOPIC = 'group-canvas';

/** On the bus: from node `n`, about session `s` (updates and presence as base64). */
type Wire =
  | { n: string; s: string; k: 'u'; seq: number; u: string }
  | { n: string; s: string; k: 'a'; u: string }
  | { n: string; s: string; k: 'n'; body: Record<string, unknown> }
  | { n: string; s: string; k: 'end' }
  | { n: string; k: 'revoke'; user: string };

export class GroupCanvasHub {
  private readonly rooms = new Map<string, Promise<CanvasRoom>>();
  /** Rooms whose stored rows are read; relayed messages for a room still opening wait here. */
  private readonly ready = new Map<string, CanvasRoom>();
  private readonly waiting = new Map<string, Wire[]>();
  private readonly node = randomUUID();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly bus?: EventBus,
  ) {
    bus?.subscribe(TOPIC, (m) => void this.onRelayed(m as Wire).catch(() => undefined));
  }

  /** The room of a session, opened if needed. */
  room(sessionId: string): Promise<CanvasRoom> {
    let r = this.rooms.get(sessionId);
    if (!r) {
      this.waiting.set(sessionId, []);
      r = CanvasRoom.open(sessionId, this.store, this.clock, this.relayFor(sessionId)).then((room) => {
        this.ready.set(sessionId, room);
        const early = this.waiting.get(sessionId) ?? [];
        this.waiting.delete(sessionId);
        for (const m of early) this.deliver(room, m);
        return room;
      });
      this.rooms.set(sessionId, r);
      r.catch(() => {
        this.rooms.delete(sessionId);
        this.waiting.delete(sessionId);
      });
    }
    return r;
  }

  private relayFor(sessionId: string): RoomRelay {
    if (!this.bus) return () => undefined;
    return (msg) => {
      const wire: Wire =
        msg.k === 'n'
          ? { n: this.node, s: sessionId, k: 'n', body: msg.body }
          : msg.k === 'u'
            ? { n: this.node, s: sessionId, k: 'u', seq: msg.seq, u: b64(msg.u) }
            : { n: this.node, s: sessionId, k: 'a', u: b64(msg.u) };
      this.publish(wire);
    };
  }

  private publish(wire: Wire): void {
    void this.bus?.publish(TOPIC, wire).catch(() => undefined);
  }

  private async onRelayed(m: Wire): Promise<void> {
    if (!m || typeof m !== 'object' || m.n === this.node) return;
    if (m.k === 'revoke') return this.revokeHere(m.user);
    const early = this.waiting.get(m.s);
    if (early) return void early.push(m);
    const room = this.ready.get(m.s);
    if (!room) return; // Nobody is connected to this session here.
    if (m.k === 'end') return this.endHere(m.s);
    this.deliver(room, m);
  }

  private deliver(room: CanvasRoom, m: Wire): void {
    if (m.k === 'u') room.applyRelayedUpdate(unb64(m.u));
    else if (m.k === 'a') room.applyRelayedAwareness(unb64(m.u));
    else if (m.k === 'n') room.notice(m.body, false);
    else if (m.k === 'end') void this.endHere(room.sessionId);
  }

  /** The room if it is open now (no database read otherwise). */
  async openRoom(sessionId: string): Promise<CanvasRoom | undefined> {
    return this.rooms.get(sessionId);
  }

  async join(sessionId: string, conn: CanvasConnection): Promise<CanvasRoom> {
    const room = await this.room(sessionId);
    room.join(conn);
    return room;
  }

  /** A connection left (null: nobody, just close the room if it is empty). */
  async leave(sessionId: string, conn: CanvasConnection | null): Promise<void> {
    const room = await this.rooms.get(sessionId);
    if (!room) return;
    if (conn) room.leave(conn);
    if (room.size === 0) {
      await room.flush();
      if (room.size === 0 && (await this.rooms.get(sessionId)) === room) {
        this.rooms.delete(sessionId);
        this.ready.delete(sessionId);
        room.destroy();
      }
    }
  }

  /** Applies a change of the therapist's (through the API) to the session's document, stored and sent to everyone. */
  async change(sessionId: string, fn: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.room(sessionId);
    await room.serverChange(fn);
    if (room.size === 0) await this.leave(sessionId, null);
  }

  /** Replaces the session's stored updates with its document's state now (after an erasure). */
  async compact(sessionId: string): Promise<void> {
    const room = await this.room(sessionId);
    await room.flush();
    await room.compactNow();
    await this.leave(sessionId, null);
  }

  /** Closes every connection of a session (it ended), on every node. */
  async end(sessionId: string): Promise<void> {
    this.publish({ n: this.node, s: sessionId, k: 'end' });
    await this.endHere(sessionId);
  }

  private async endHere(sessionId: string): Promise<void> {
    const room = await this.rooms.get(sessionId);
    if (!room) return;
    room.notice({ type: 'ended' }, false);
    for (const c of room.connections()) {
      room.leave(c);
      c.close(CLOSE.ended, 'session ended');
    }
    await this.leave(sessionId, null);
  }

  /** Closes the connections of one user in every open room on every node (removed from a group, consent withdrawn, signed out). */
  async revoke(userId: string): Promise<void> {
    this.publish({ n: this.node, k: 'revoke', user: userId });
    await this.revokeHere(userId);
  }

  private async revokeHere(userId: string): Promise<void> {
    for (const r of this.rooms.values()) {
      const room = await r;
      for (const c of room.connections())
        if (c.identity.userId === userId) {
          room.leave(c);
          c.close(CLOSE.forbidden, 'no longer taking part');
        }
    }
  }

  /** Flushes every open room (shutdown). */
  async flushAll(): Promise<void> {
    for (const r of this.rooms.values()) await (await r).flush();
  }
}

const b64 = (u: Uint8Array): string => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));
