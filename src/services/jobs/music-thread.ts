/**
 * The music thread: music rendering and audio analysis run on one dedicated worker thread
 * (`src/workers/music.worker.ts`), never on the server's event loop. One, not one per core: the
 * sampled instruments' bank is ~200 MB once loaded. Started on the first piece or recording,
 * shared by every request after, restarted if it dies.
 *
 * `wav()` streams a piece's WAV bytes [start, end] back as they are made, asking for each next
 * part as the caller takes one (a slow listener holds the render back; memory stays bounded);
 * leaving the loop early stops the render. `steered()` renders a steered playback here too,
 * paced at real time on the thread, its commands sent over the playback's port to the running engine.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import type { AudioAnalysis, AudioClip, MusicPlan, SteerCommand } from '../../engines/music/index.ts';

function workerFile(): { url: URL; workerData?: { entry: string } } {
  // scripts/build-node.mjs defines this as dist/node/music.worker.mjs; from the sources it is unset.
  const built = process.env.HEARTH_MUSIC_WORKER_URL;
  if (built) return { url: new URL(built) };
  return { url: new URL('../../workers/tsx-boot.mjs', import.meta.url), workerData: { entry: new URL('../../workers/music.worker.ts', import.meta.url).href } };
}

export interface PieceToRender {
  plan: MusicPlan;
  seconds: number;
  sampleRate: number;
  seed: number;
  condition?: AudioClip;
}

type Reply = { bytes: Uint8Array } | { done: true } | { error: string } | { analysis: AudioAnalysis };

export class MusicThread {
  #worker: Worker | null = null;
  #closed = false;

  /** The worker, started now if it is not running. */
  #thread(): Worker {
    if (this.#closed) throw new Error('music thread closed');
    if (!this.#worker) {
      const { url, workerData } = workerFile();
      const w = new Worker(url, { workerData, env: process.env });
      w.unref();
      const forget = () => {
        if (this.#worker === w) this.#worker = null;
      };
      w.once('exit', forget);
      w.once('error', forget);
      this.#worker = w;
    }
    return this.#worker;
  }

  /** Whether the thread is running (tests, health). */
  get running(): boolean {
    return this.#worker !== null;
  }

  /** The piece's WAV bytes [start, end], made on the music thread. */
  async *wav(piece: PieceToRender, start: number, end: number): AsyncGenerator<Buffer> {
    const { port1, port2 } = new MessageChannel();
    const queue: Reply[] = [];
    let wake: (() => void) | null = null;
    const onExit = () => {
      queue.push({ error: 'the music thread stopped' });
      wake?.();
    };
    port1.on('message', (m: Reply) => {
      queue.push(m);
      wake?.();
      wake = null;
    });
    const w = this.#thread();
    w.once('exit', onExit);
    w.postMessage({ kind: 'wav', ...piece, start, end, port: port2 }, [port2]);
    let finished = false;
    try {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((res) => (wake = res));
        const m = queue.shift()!;
        if ('error' in m) throw new Error(`music thread: ${m.error}`);
        if ('done' in m) {
          finished = true;
          return;
        }
        if ('bytes' in m) {
          port1.postMessage('more');
          yield Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
        }
      }
    } finally {
      w.off('exit', onExit);
      if (!finished) port1.postMessage('stop');
      port1.close();
    }
  }

  /**
   * A steered playback rendered on the music thread at real-time pace (`leadSeconds` ahead of
   * the wall clock, as `steering.service.ts` did on the loop): `bytes` streams WAV bytes
   * [start, end]; `steer` hands a command to the running engine and resolves with where it took
   * effect (rejects once the render has ended). Leaving `bytes` early stops the render.
   */
  steered(
    piece: PieceToRender & { steering: { atSeconds: number; command: SteerCommand }[]; leadSeconds: number },
    start: number,
    end: number,
  ): { bytes: AsyncGenerator<Buffer>; steer(command: SteerCommand): Promise<{ atSeconds: number }> } {
    const { port1, port2 } = new MessageChannel();
    const queue: Reply[] = [];
    const asked = new Map<number, { resolve: (r: { atSeconds: number }) => void; reject: (e: Error) => void }>();
    let nextId = 1;
    let open = true;
    let wake: (() => void) | null = null;
    const end_ = (why: string) => {
      open = false;
      for (const a of asked.values()) a.reject(new Error(why));
      asked.clear();
    };
    const onExit = () => {
      queue.push({ error: 'the music thread stopped' });
      end_('the music thread stopped');
      wake?.();
    };
    port1.on('message', (m: Reply | { steered: number; atSeconds?: number; error?: string }) => {
      if ('steered' in m) {
        const a = asked.get(m.steered);
        asked.delete(m.steered);
        if (m.error !== undefined || m.atSeconds === undefined) a?.reject(new Error(m.error ?? 'no answer'));
        else a?.resolve({ atSeconds: m.atSeconds });
        return;
      }
      queue.push(m);
      wake?.();
      wake = null;
    });
    const w = this.#thread();
    w.once('exit', onExit);
    w.postMessage({ kind: 'steered', ...piece, start, end, port: port2 }, [port2]);
    async function* bytes(): AsyncGenerator<Buffer> {
      let finished = false;
      try {
        for (;;) {
          while (queue.length === 0) await new Promise<void>((res) => (wake = res));
          const m = queue.shift()!;
          if ('error' in m) throw new Error(`music thread: ${m.error}`);
          if ('done' in m) {
            finished = true;
            return;
          }
          if ('bytes' in m) {
            port1.postMessage('more');
            yield Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
          }
        }
      } finally {
        w.off('exit', onExit);
        end_('the steered playback ended');
        if (!finished) port1.postMessage('stop');
        port1.close();
      }
    }
    return {
      bytes: bytes(),
      steer: (command) =>
        new Promise((resolve, reject) => {
          if (!open) return reject(new Error('the steered playback ended'));
          const id = nextId++;
          asked.set(id, { resolve, reject });
          port1.postMessage({ steer: command, id });
        }),
    };
  }

  /** Key, tempo and loudness of a recording, measured on the music thread. */
  analyze(clip: AudioClip): Promise<AudioAnalysis> {
    const { port1, port2 } = new MessageChannel();
    const w = this.#thread();
    return new Promise<AudioAnalysis>((resolve, reject) => {
      const onExit = () => reject(new Error('music thread: the music thread stopped'));
      w.once('exit', onExit);
      port1.once('message', (m: Reply) => {
        w.off('exit', onExit);
        port1.close();
        if ('analysis' in m) resolve(m.analysis);
        else reject(new Error(`music thread: ${'error' in m ? m.error : 'no answer'}`));
      });
      w.postMessage({ kind: 'analyze', clip, port: port2 }, [port2]);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const w = this.#worker;
    this.#worker = null;
    if (w) await w.terminate();
  }
}
