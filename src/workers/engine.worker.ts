/**
 * The engine worker: one thread of the pool (`src/services/jobs/engine-pool.ts`). It imports the
 * pure engines only — no store, no keys, no server — and gets plain data (pixels, words, numbers);
 * what it returns goes back by transfer, not copy. Progress goes out on the task's MessagePort,
 * at most every 50 ms.
 *
 * Runs under tsx from the sources (through `tsx-boot.mjs`) and as `dist/node/engine.worker.mjs`
 * in the compiled build (scripts/build-node.mjs).
 */
import { setPriority } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { artworkFeaturesFromImage } from '../engines/analysis/index.ts';
import type { ArtworkFeatures } from '../engines/analysis/index.ts';
import { generateImage, inpaintImage, linesFromPhoto } from '../engines/art/index.ts';
import type { RgbaImage } from '../engines/core/index.ts';

/** Pixels as they cross the thread boundary (the buffer is transferred). */
// Engine threads yield the CPU to the server's event loop: on Linux, priority 0 names this thread only.
try {
  setPriority(0, 10);
} catch {
  // Not permitted here (some containers): the pool still keeps the work off the event loop.
}

export interface PlainImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type EngineTask =
  | {
      kind: 'generate';
      prompt: string;
      negativePrompt: string;
      sketch?: PlainImage;
      sketchStrength: number;
      style: string;
      seed: number;
      width: number;
      height: number;
    }
  | { kind: 'inpaint'; image: PlainImage; mask: PlainImage; prompt: string; negativePrompt: string; style: string; seed: number; feather: number }
  | { kind: 'lines'; image: PlainImage }
  | { kind: 'features'; image: PlainImage }
  | { kind: 'sleep'; ms: number };

export interface EngineMessage {
  task: EngineTask;
  /** Where progress (`{ f, stage }`) is posted; optional. */
  port?: MessagePort;
}

function progressTo(port: MessagePort | undefined): ((f: number, stage: string) => void) | undefined {
  if (!port) return undefined;
  let last = 0;
  return (f, stage) => {
    const now = performance.now();
    if (now - last < 50 && f < 1) return;
    last = now;
    port.postMessage({ f, stage });
  };
}

const asImage = (p: PlainImage): RgbaImage => ({ width: p.width, height: p.height, data: p.data });

/** What a task gives back: pixels, an artwork's features, or nothing (`sleep`). */
export type EngineResult = PlainImage | ArtworkFeatures | null;

/** Runs one engine task. */
export function runEngineTask({ task, port }: EngineMessage): EngineResult {
  const onProgress = progressTo(port);
  try {
    switch (task.kind) {
      case 'generate':
        return generateImage({ ...task, sketch: task.sketch && asImage(task.sketch), onProgress });
      case 'inpaint':
        return inpaintImage({ ...task, image: asImage(task.image), mask: asImage(task.mask), onProgress });
      case 'lines':
        return linesFromPhoto(asImage(task.image));
      case 'features':
        return artworkFeaturesFromImage(asImage(task.image));
      case 'sleep': {
        // For tests of the pool itself (cancel, fairness): holds a thread without the engines.
        const until = performance.now() + task.ms;
        while (performance.now() < until) onProgress?.(1 - (until - performance.now()) / task.ms, 'sleeping');
        return null;
      }
      default:
        throw new Error(`Unknown engine task ${(task as { kind: string }).kind}`);
    }
  } finally {
    port?.close();
  }
}

/** Piscina's entry: runs the task and hands the pixels back by transfer (no copy on the server's thread). */
export default function engineWorker(msg: EngineMessage): unknown {
  const out = runEngineTask(msg);
  if (!out || !('data' in out)) return out;
  return move({
    get [transferableSymbol]() {
      return out.data.buffer;
    },
    get [valueSymbol]() {
      return out;
    },
  });
}
