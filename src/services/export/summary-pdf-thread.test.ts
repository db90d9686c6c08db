import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ExportRecords } from './export-records.ts';
import { summaryPdf } from './summary-pdf.ts';
import { summaryPdfOffThread } from './summary-pdf-thread.ts';

/** A record with many works (each with a thumbnail) and reflections: pages of layout and images. */
async function bigRecord(): Promise<{ records: ExportRecords; thumbs: Map<string, Uint8Array> }> {
  const thumbs = new Map<string, Uint8Array>();
  const artworks: ExportRecords['artworks'] = [];
  for (let i = 0; i < 40; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const px = Buffer.alloc(64 * 64 * 3, i * 5);
    thumbs.set(
      id,
      new Uint8Array(
        await sharp(px, { raw: { width: 64, height: 64, channels: 3 } })
          .webp()
          .toBuffer(),
      ),
    );
    artworks.push({ id, title: `Harbour ${i}`, kind: 'drawing', createdAt: '2026-03-01T10:00:00.000Z', prompt: 'a calm harbour', strokes: null });
  }
  const reflections = artworks.map((a, i) => ({
    artworkId: a.id,
    text: `Reflection ${i}: the water felt steady today.`,
    createdAt: '2026-03-02T10:00:00.000Z',
  }));
  const records = {
    format: 'hearth-export',
    version: 1,
    exportedAt: '2026-03-05T12:00:00.000Z',
    client: { displayName: 'Robin' },
    sessions: [],
    artworks,
    studio: null,
    checkins: [],
    measures: [],
    reflections,
    homework: [],
    homeworkHistory: null,
    musicPieces: [],
    musicSamples: [],
    notes: [],
    plans: [],
    alerts: [],
    insights: null,
    consent: null,
    stories: null,
    supports: null,
    traditions: null,
    accessHistory: [],
    groupWork: null,
    careHistory: [],
    omitted: {},
  } as unknown as ExportRecords;
  return { records, thumbs };
}

describe('summary.pdf off the event loop', () => {
  it('gives the same bytes as in-process, built on its own thread', async () => {
    const { records, thumbs } = await bigRecord();
    const expected = await summaryPdf(records, thumbs, 'de');
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    const t = performance.now();
    const off = await summaryPdfOffThread(records, thumbs, 'de');
    const took = performance.now() - t;
    clearInterval(timer);
    expect(Buffer.from(off).equals(Buffer.from(expected))).toBe(true);
    expect(Buffer.from(off.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // The thread took a while (start-up included); the event loop kept turning meanwhile.
    expect(worst).toBeLessThan(Math.max(250, took / 4));
  }, 120_000);
});
