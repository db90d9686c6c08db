/**
 * The music thread: one dedicated worker (`src/services/jobs/music-thread.ts`) that holds the
 * built-in music backend and its sound bank (~200 MB once loaded, so one thread for the process,
 * not one per core) and renders pieces as WAV bytes off the server's event loop.
 *
 * A request comes with its own MessagePort; the bytes go back on it in parts of about a second
 * of audio (transferred, not copied). At most `AHEAD` parts are in flight: the server asks for
 * each next one as it sends the previous one on, so a slow listener holds the render back
 * instead of filling memory. `stop` on the port ends the render.
 *
 * Runs under tsx from the sources (through `tsx-boot.mjs`) and as `dist/node/music.worker.mjs`
 * in the compiled build (scripts/build-node.mjs).
 */
import type { MessagePort } from 'node:worker_threads';
import { parentPort } from 'node:worker_threads';
import { createBuiltinMusicBackend } from '../backends/music-backend.ts';
import { soundBankFromEnv } from '../backends/music-soundbank.ts';
import type { AudioClip, MusicPlan, SteerCommand } from '../engines/music/index.ts';
import { analyzeAudio, wavStream } from '../engines/music/index.ts';

export interface MusicRenderRequest {
  kind: 'wav';
  plan: MusicPlan;
  seconds: number;
  sampleRate: number;
  seed: number;
  condition?: AudioClip;
  /** Bytes [start, end] of the WAV file. */
  start: number;
  end: number;
  port: MessagePort;
}

/**
 * A steered playback: rendered here at real-time pace (at most `leadSeconds` ahead of the wall
 * clock once the first requested byte is made; what lies before `start` at full speed), so a
 * command that arrives on the port (`{ steer }`) reaches the engine where the listener is, as it
 * did when this ran on the server's loop. `steering` is the log so far, replayed.
 */
export interface MusicSteeredRequest extends Omit<MusicRenderRequest, 'kind'> {
  kind: 'steered';
  steering: { atSeconds: number; command: SteerCommand }[];
  leadSeconds: number;
}

/** What the server sends on a steered playback's port. */
export type SteeredControl = 'more' | 'stop' | { steer: SteerCommand; id: number };

export interface MusicAnalyzeRequest {
  kind: 'analyze';
  clip: AudioClip;
  port: MessagePort;
}

/** Parts sent ahead of the server's asking. */
const AHEAD = 4;
/** Bytes per part (about a second of 44.1 kHz stereo 16-bit). */
const PART = 176_400;

const backend = createBuiltinMusicBackend({ soundBank: () => soundBankFromEnv(process.env) });

/**
 * The credit-paced sending both renders share: bytes are held until a part is full, and a part
 * goes out only while the server has credit left (`AHEAD` to start, one more for each `more`), so
 * a slow listener holds the render back. `stop` ends the waiting at once; nothing goes out after it.
 */
class PacedPort {
  stopped = false;
  /** Bytes held for the next part. */
  held = 0;
  private credit = AHEAD;
  private part: Uint8Array[] = [];
  private wake: (() => void) | null = null;

  constructor(private readonly port: MessagePort) {}

  /** The server asked for one more part. */
  more(): void {
    this.credit++;
    this.wakeUp();
  }

  stop(): void {
    this.stopped = true;
    this.wakeUp();
  }

  hold(bytes: Uint8Array): void {
    this.part.push(bytes);
    this.held += bytes.length;
  }

  /** Sends what is held as one part (transferred), after waiting for credit; nothing if stopped. */
  async flush(): Promise<void> {
    if (this.held === 0) return;
    while (this.credit <= 0 && !this.stopped) await new Promise<void>((res) => (this.wake = res));
    if (this.stopped) return;
    this.credit--;
    const out = new Uint8Array(this.held);
    let at = 0;
    for (const p of this.part) {
      out.set(p, at);
      at += p.length;
    }
    this.part = [];
    this.held = 0;
    this.port.postMessage({ bytes: out }, [out.buffer]);
  }

  private wakeUp(): void {
    this.wake?.();
    this.wake = null;
  }
}

async function renderWav(req: MusicRenderRequest): Promise<void> {
  const { port } = req;
  const out = new PacedPort(port);
  port.on('message', (m: 'more' | 'stop') => {
    if (m === 'stop') out.stop();
    else out.more();
  });
  try {
    await backend.ready();
    const r = backend.render(req.plan, { seconds: req.seconds, sampleRate: req.sampleRate, seed: req.seed, condition: req.condition });
    let pos = 0;
    for (const chunk of wavStream({ sampleRate: r.sampleRate, channels: 2, format: 'pcm16', frames: r.frames }, r.chunks)) {
      if (out.stopped) break;
      const from = pos;
      pos += chunk.length;
      if (pos <= req.start) continue;
      const a = Math.max(0, req.start - from);
      const b = Math.min(chunk.length, req.end + 1 - from);
      out.hold(chunk.slice(a, b));
      if (out.held >= PART) await out.flush();
      if (pos > req.end) break;
    }
    await out.flush();
    if (!out.stopped) port.postMessage({ done: true });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    port.close();
  }
}

/** Bytes per part of a steered playback (a tenth of a second: the pacing, not the part, sets the lead). */
const STEERED_PART_SECONDS = 0.1;

async function renderSteered(req: MusicSteeredRequest): Promise<void> {
  const { port } = req;
  const out = new PacedPort(port);
  let wakeSleep: (() => void) | null = null;
  let r: ReturnType<typeof backend.render> | null = null;
  port.on('message', (m: SteeredControl) => {
    if (m === 'stop') {
      out.stop();
      wakeSleep?.();
      return;
    }
    if (m === 'more') {
      out.more();
      return;
    }
    // A command: applied to the running engine now (this thread's loop runs it while the render sleeps or waits).
    try {
      if (!r?.steer) throw new Error('cannot steer');
      port.postMessage({ steered: m.id, atSeconds: r.steer(m.steer).atSeconds });
    } catch (e) {
      port.postMessage({ steered: m.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
  const sleep = (ms: number) =>
    new Promise<void>((res) => {
      const t = setTimeout(() => {
        wakeSleep = null;
        res();
      }, ms);
      // A stop wakes the render at once.
      wakeSleep = () => {
        clearTimeout(t);
        wakeSleep = null;
        res();
      };
    });
  try {
    await backend.ready();
    const { seconds, sampleRate, seed, condition, steering } = req;
    const rendered = backend.render(req.plan, { seconds, sampleRate, seed, condition, steering });
    r = rendered;
    const bytesPerSecond = req.sampleRate * 4;
    const partBytes = Math.round(bytesPerSecond * STEERED_PART_SECONDS);
    let headerBytes = -1;
    let pos = 0;
    let n = 0;
    let t0 = 0;
    let startSeconds = 0;
    for (const chunk of wavStream({ sampleRate: rendered.sampleRate, channels: 2, format: 'pcm16', frames: rendered.frames }, rendered.chunks)) {
      if (out.stopped) break;
      if (headerBytes < 0) headerBytes = chunk.length;
      const from = pos;
      pos += chunk.length;
      if (pos <= req.start) {
        // Before the first requested byte: full speed, but commands still get through.
        if (++n % 40 === 0) await new Promise((res) => setImmediate(res));
        continue;
      }
      if (t0 === 0) {
        t0 = performance.now();
        startSeconds = Math.max(0, from - headerBytes) / bytesPerSecond;
      }
      const seconds = Math.max(0, pos - headerBytes) / bytesPerSecond;
      const ahead = seconds - (startSeconds + (performance.now() - t0) / 1000 + req.leadSeconds);
      if (ahead > 0) {
        // What is made goes out before the render waits, so the listener's buffer holds the whole lead.
        await out.flush();
        if (out.stopped) break;
        await sleep(ahead * 1000);
      } else if (++n % 40 === 0) await new Promise((res) => setImmediate(res));
      const a = Math.max(0, req.start - from);
      const b = Math.min(chunk.length, req.end + 1 - from);
      out.hold(chunk.slice(a, b));
      if (out.held >= partBytes) await out.flush();
      if (pos > req.end) break;
    }
    await out.flush();
    if (!out.stopped) port.postMessage({ done: true });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    r = null;
    port.close();
  }
}

parentPort?.on('message', (req: MusicRenderRequest | MusicSteeredRequest | MusicAnalyzeRequest) => {
  if (req.kind === 'wav') void renderWav(req);
  else if (req.kind === 'steered') void renderSteered(req);
  else if (req.kind === 'analyze') {
    try {
      req.port.postMessage({ analysis: analyzeAudio(req.clip.channels, req.clip.sampleRate) });
    } catch (e) {
      req.port.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
    req.port.close();
  }
});
