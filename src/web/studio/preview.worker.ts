/**
 * The live preview, off the main thread: the same built-in engine the server uses renders a
 * small picture from the current words and drawing, so the pen never waits for it.
 */
import { generateImage, linesFromPhoto, straightenPaper, warmupRender, WARMUP_RENDERS } from '../../engines/art/index.ts';
import type { PreviewReply, PreviewRequest } from './preview-protocol.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

// Warm the engine while the client starts drawing (see preview-warmup.ts): one small render per
// task, stopped by the first real request (real renders warm it from then on).
let warmups = 0;
let asked = false;
const warmStep = (): void => {
  if (asked || warmups >= WARMUP_RENDERS) return;
  try {
    warmupRender(warmups++);
  } catch {
    return;
  }
  setTimeout(warmStep, 0);
};
setTimeout(warmStep, 0);

scope.onmessage = (e) => {
  asked = true;
  const req = e.data;
  const started = performance.now();
  try {
    const source = req.sketch ? { width: req.sketch.width, height: req.sketch.height, data: req.sketch.data } : undefined;
    // A photo: its sheet of paper straightened (as the server does) unless used whole, then its lines.
    const paper = source && req.sketchIsPhoto && !req.wholePhoto ? (straightenPaper(source).result?.image ?? source) : source;
    const sketch = paper && req.sketchIsPhoto ? linesFromPhoto(paper) : paper;
    const image = generateImage({
      prompt: req.prompt,
      negativePrompt: req.negativePrompt,
      style: req.style,
      sketch,
      sketchStrength: req.sketchStrength,
      seed: req.seed,
      width: req.width,
      height: req.height,
    });
    const data = image.data;
    scope.postMessage({ id: req.id, ok: true, width: image.width, height: image.height, data, ms: performance.now() - started }, [data.buffer]);
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
