/**
 * A one-shot thread that builds an export's summary.pdf (`summaryPdfOffThread`), so laying out
 * pages, drawing charts and re-encoding thumbnails never hold the server's event loop. Gets the
 * records and thumbnails as plain data, answers the PDF's bytes (transferred) once.
 *
 * Runs under tsx from the sources (through `tsx-boot.mjs`) and as `dist/node/pdf.worker.mjs` in
 * the compiled build (scripts/build-node.mjs).
 */
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../domain/i18n/index.ts';
import type { ExportRecords } from '../services/export/export-records.ts';
import { summaryPdf } from '../services/export/summary-pdf.ts';

export interface PdfRequest {
  records: ExportRecords;
  thumbs: [string, Uint8Array][];
  locale: Locale;
}

parentPort?.once('message', (req: PdfRequest) => {
  summaryPdf(req.records, new Map(req.thumbs), req.locale).then(
    (pdf) => parentPort!.postMessage({ pdf }, [pdf.buffer as ArrayBuffer]),
    (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) }),
  );
});
