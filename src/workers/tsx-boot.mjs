// Starts an engine worker from the TypeScript sources (tests, `HEARTH_TSX=1`, `npm run dev` before a
// build): registers tsx in this thread, then loads the entry named in workerData. The compiled
// build never uses this file (dist/node/engine.worker.mjs is plain JavaScript).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const entry = await import(workerData.entry);
export default entry.default;
