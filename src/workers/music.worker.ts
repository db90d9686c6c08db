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
import type { AudioClip, MusicPlan } from '../engines/music/index.ts';
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

async function renderWav(req: MusicRenderRequest): Promise<void> {
  const { port } = req;
  let credit = AHEAD;
  let stopped = false;
  let wake: (() => void) | null = null;
  port.on('message', (m: 'more' | 'stop') => {
    if (m === 'stop') stopped = true;
    else credit++;
    wake?.();
    wake = null;
  });
  try {
    await backend.ready();
    const r = backend.render(req.plan, { seconds: req.seconds, sampleRate: req.sampleRate, seed: req.seed, condition: req.condition });
    let pos = 0;
    let part: Uint8Array[] = [];
    let partBytes = 0;
    const flush = async () => {
      if (partBytes === 0) return;
      while (credit <= 0 && !stopped) await new Promise<void>((res) => (wake = res));
      if (stopped) return;
      credit--;
      const out = new Uint8Array(partBytes);
      let at = 0;
      for (const p of part) {
        out.set(p, at);
        at += p.length;
      }
      part = [];
      partBytes = 0;
      port.postMessage({ bytes: out }, [out.buffer]);
    };
    for (const chunk of wavStream({ sampleRate: r.sampleRate, channels: 2, format: 'pcm16', frames: r.frames }, r.chunks)) {
      if (stopped) break;
      const from = pos;
      pos += chunk.length;
      if (pos <= req.start) continue;
      const a = Math.max(0, req.start - from);
      const b = Math.min(chunk.length, req.end + 1 - from);
      part.push(chunk.slice(a, b));
      partBytes += b - a;
      if (partBytes >= PART) await flush();
      if (pos > req.end) break;
    }
    await flush();
    if (!stopped) port.postMessage({ done: true });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    port.close();
  }
}

parentPort?.on('message', (req: MusicRenderRequest | MusicAnalyzeRequest) => {
  if (req.kind === 'wav') void renderWav(req);
  else if (req.kind === 'analyze') {
    try {
      req.port.postMessage({ analysis: analyzeAudio(req.clip.channels, req.clip.sampleRate) });
    } catch (e) {
      req.port.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
    req.port.close();
  }
});
