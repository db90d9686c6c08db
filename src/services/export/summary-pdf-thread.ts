/**
 * summary.pdf built on a thread of its own (`src/workers/pdf.worker.ts`): started for one export,
 * ended when the PDF is back, so a large record's summary never blocks other requests. The bytes
 * are the same as `summaryPdf` in-process (it is the same function, and it is deterministic).
 * HEARTH_PDF_THREAD=0 builds it in-process.
 */
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../domain/i18n/index.ts';
import type { ExportRecords } from './export-records.ts';

function workerFile(): { url: URL; workerData?: { entry: string } } {
  // scripts/build-node.mjs defines this as dist/node/pdf.worker.mjs; from the sources it is unset.
  const built = process.env.HEARTH_PDF_WORKER_URL;
  if (built) return { url: new URL(built) };
  return { url: new URL('../../workers/tsx-boot.mjs', import.meta.url), workerData: { entry: new URL('../../workers/pdf.worker.ts', import.meta.url).href } };
}

export async function summaryPdfOffThread(r: ExportRecords, thumbs: ReadonlyMap<string, Uint8Array>, locale: Locale = 'en'): Promise<Uint8Array> {
  // pdf-lib loads only here (in-process) or in the thread, not when the server starts.
  if (process.env.HEARTH_PDF_THREAD === '0') return (await import('./summary-pdf.ts')).summaryPdf(r, thumbs, locale);
  const { url, workerData } = workerFile();
  const w = new Worker(url, { workerData });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      w.once('message', (m: { pdf?: Uint8Array; error?: string }) => (m.pdf ? resolve(m.pdf) : reject(new Error(`summary.pdf: ${m.error ?? 'no answer'}`))));
      w.once('error', reject);
      w.once('exit', (code) => reject(new Error(`summary.pdf: the thread stopped (${code})`)));
      w.postMessage({ records: r, thumbs: [...thumbs], locale });
    });
  } finally {
    void w.terminate();
  }
}
