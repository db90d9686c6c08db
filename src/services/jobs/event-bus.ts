/**
 * Events every app node must hear — a live-canvas stroke, a job cancelled, a job's progress —
 * behind one small interface: in one process an in-process emitter (embedded database), across
 * nodes PostgreSQL LISTEN/NOTIFY on one channel.
 *
 * NOTIFY carries at most 8000 bytes, so a longer message is sent in numbered parts that the
 * listener puts back together (parts of one message share an id; a message whose parts do not
 * all arrive within 10 s is dropped). Every node, the sender included, hears each message once,
 * through its listening connection: one path for local and remote subscribers.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { loadPg } from '../../store/db.ts';

export type BusListener = (payload: unknown) => void;

export interface EventBus {
  /** Tells every node's subscribers of `topic`. Resolves once the message is sent. */
  publish(topic: string, payload: unknown): Promise<void>;
  /** Listens on this node; returns the way to stop. */
  subscribe(topic: string, fn: BusListener): () => void;
  close(): Promise<void>;
}

/** One process: subscribers are called synchronously, in order. */
export class LocalEventBus implements EventBus {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  async publish(topic: string, payload: unknown): Promise<void> {
    this.#emitter.emit(topic, payload);
  }

  subscribe(topic: string, fn: BusListener): () => void {
    this.#emitter.on(topic, fn);
    return () => this.#emitter.off(topic, fn);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }
}

const CHANNEL = 'hearth_events';
/** Bytes of JSON per NOTIFY (under PostgreSQL's 8000, leaving room for the envelope). */
const PART = 7000;

interface Envelope {
  t: string;
  /** Message id, part number and count when split. */
  m?: string;
  i?: number;
  n?: number;
  d: string;
}

/** Several nodes on one PostgreSQL: LISTEN on a dedicated connection, NOTIFY through a small pool. */
export class PgEventBus implements EventBus {
  readonly #local = new LocalEventBus();
  readonly #pool: pg.Pool;
  readonly #url: string;
  #listener: pg.Client | null = null;
  readonly #parts = new Map<string, { parts: string[]; got: number; at: number }>();
  #closed = false;

  readonly #pg: typeof pg;

  private constructor(url: string, pgModule: typeof pg) {
    this.#url = url;
    this.#pg = pgModule;
    this.#pool = new pgModule.Pool({ connectionString: url, max: 2 });
  }

  /** Connects and starts listening (so nothing published after this resolves is missed). */
  static async open(url: string): Promise<PgEventBus> {
    const bus = new PgEventBus(url, await loadPg());
    await bus.#listen();
    return bus;
  }

  async #listen(): Promise<void> {
    const c = new this.#pg.Client({ connectionString: this.#url });
    c.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.#receive(n.payload);
    });
    c.on('error', () => {
      // The connection dropped (database restart): listen again after a moment.
      if (this.#closed) return;
      this.#listener = null;
      setTimeout(() => void this.#listen().catch(() => undefined), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    this.#listener = c;
  }

  #receive(raw: string): void {
    let env: Envelope;
    try {
      env = JSON.parse(raw) as Envelope;
    } catch {
      return;
    }
    let text = env.d;
    if (env.m !== undefined) {
      const now = Date.now();
      for (const [id, p] of this.#parts) if (now - p.at > 10_000) this.#parts.delete(id);
      const entry = this.#parts.get(env.m) ?? { parts: new Array<string>(env.n ?? 1), got: 0, at: now };
      if (entry.parts[env.i ?? 0] === undefined) entry.got++;
      entry.parts[env.i ?? 0] = env.d;
      this.#parts.set(env.m, entry);
      if (entry.got < entry.parts.length) return;
      this.#parts.delete(env.m);
      text = entry.parts.join('');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      return;
    }
    void this.#local.publish(env.t, payload);
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    const text = JSON.stringify(payload);
    // Byte length matters to PostgreSQL; a JSON string of n UTF-16 units is at most 3n bytes.
    const step = Math.floor(PART / 3);
    if (Buffer.byteLength(text) <= PART) {
      await this.#pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ t: topic, d: text } satisfies Envelope)]);
      return;
    }
    const m = randomUUID();
    const n = Math.ceil(text.length / step);
    // One transaction: the parts arrive together and in order, or not at all.
    const c = await this.#pool.connect();
    try {
      await c.query('BEGIN');
      for (let i = 0; i < n; i++) {
        const d = text.slice(i * step, (i + 1) * step);
        await c.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ t: topic, m, i, n, d } satisfies Envelope)]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  subscribe(topic: string, fn: BusListener): () => void {
    return this.#local.subscribe(topic, fn);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#listener?.end().catch(() => undefined);
    await this.#pool.end();
    await this.#local.close();
  }
}
