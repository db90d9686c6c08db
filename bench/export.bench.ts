/**
 * `npm run bench export` — memory used by a client's export while it streams.
 *
 * Builds a synthetic record of HEARTH_BENCH_EXPORT_MB (default 1024) MB: artworks of 8 MB each
 * (random bytes: the export copies originals as stored, so their content does not matter), sealed
 * on disk like any client file. Then streams the export as the route does, reading it at once
 * like a fast client, and samples the process's memory every 20 ms. Reports the peak above the
 * level before the export started (RSS and ArrayBuffers), and the ZIP's size.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { actorFor } from '../src/services/account/actor.ts';
import { storeArtworks } from '../src/services/artworks/artwork-files.ts';
import { streamClientExport } from '../src/services/export/client-export.ts';
import { createBuiltinMusicBackend } from '../src/backends/index.ts';
import { addClient, createHarness, setupTherapist } from '../test/helpers/harness.ts';
import { round } from './measure.ts';

const MB = 1024 * 1024;
const PER_FILE = 8 * MB;

export default async function bench() {
  const totalMb = Number(process.env.HEARTH_BENCH_EXPORT_MB ?? 1024);
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-export-'));
  const h = await createHarness({}, { dataDir: dir });
  try {
    const t = await setupTherapist(h);
    const { clientId } = await addClient(h, t, 'Robin', 'robin@home.test');
    const thumb = new Uint8Array(
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#88aacc' } })
        .webp()
        .toBuffer(),
    );
    const files = Math.ceil((totalMb * MB) / PER_FILE);
    for (let i = 0; i < files; i++) {
      await storeArtworks(h.store, h.now, [
        {
          meta: {
            clientId,
            createdBy: t.userId!,
            parentId: null,
            sessionId: null,
            kind: 'upload',
            title: `big ${i}`,
            backend: null,
            params: {},
            seed: null,
          },
          image: { detected: 'png', data: new Uint8Array(randomBytes(PER_FILE)), mime: 'image/png', ext: 'png', width: 4096, height: 4096, thumb },
        },
      ]);
    }
    const therapist = (await h.store.users.byId(t.userId!))!;
    const actor = await actorFor(h.store, therapist);
    const client = (await h.store.clients.byId(clientId))!;
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakBuffers = base.arrayBuffers;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
    }, 20);
    const started = performance.now();
    const out = await streamClientExport({ store: h.store, clock: h.now, musicBackend: createBuiltinMusicBackend() }, actor, { client }, { now: h.now() });
    let bytes = 0;
    for await (const chunk of out.stream) bytes += (chunk as Buffer).length;
    const result = await out.done;
    clearInterval(sampler);
    return {
      record: { files, mb: round((files * PER_FILE) / MB) },
      figures: {
        zipMb: { median: round(bytes / MB), unit: 'MB', runs: 1 },
        extraRssMb: { median: round((peakRss - base.rss) / MB), unit: 'MB', runs: 1 },
        extraArrayBuffersMb: { median: round((peakBuffers - base.arrayBuffers) / MB), unit: 'MB', runs: 1 },
        seconds: { median: round((performance.now() - started) / 1000), unit: 's', runs: 1 },
      },
      check: { filesInZip: Object.keys(result.files).length, bytesMatch: result.bytes === bytes },
    };
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
