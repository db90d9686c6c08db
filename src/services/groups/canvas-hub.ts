/**
 * The open group canvases of this process: one CanvasRoom per group session with anyone
 * connected (opened from the database on the first connection, flushed and dropped after the
 * last one leaves). Moderation and membership changes reach connected people through here.
 *
 * In memory, single node (like the live canvas view): behind several app nodes, pin a group
 * session to one node.
 */
import type * as Y from 'yjs';
import type { Clock, Store } from '../../store/index.ts';
import { CanvasRoom, CLOSE } from './canvas-room.ts';
import type { CanvasConnection } from './canvas-room.ts';

export class GroupCanvasHub {
  private readonly rooms = new Map<string, Promise<CanvasRoom>>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The room of a session, opened if needed. */
  room(sessionId: string): Promise<CanvasRoom> {
    let r = this.rooms.get(sessionId);
    if (!r) {
      r = CanvasRoom.open(sessionId, this.store, this.clock);
      this.rooms.set(sessionId, r);
      r.catch(() => this.rooms.delete(sessionId));
    }
    return r;
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

  /** Closes every connection of a session (it ended). */
  async end(sessionId: string): Promise<void> {
    const room = await this.rooms.get(sessionId);
    if (!room) return;
    room.notice({ type: 'ended' });
    for (const c of room.connections()) {
      room.leave(c);
      c.close(CLOSE.ended, 'session ended');
    }
    await this.leave(sessionId, null);
  }

  /** Closes the connections of one user in every open room (removed from a group, consent withdrawn, signed out). */
  async revoke(userId: string): Promise<void> {
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
