/**
 * `npm run bench export` — memory used by a client's export while it streams.
 *
 * Builds a synthetic record of HEARTH_BENCH_EXPORT_MB (default 1024) MB: artworks of 8 MB each
 * (random bytes: the export copies originals as stored, so their content does not matter), sealed
 * on disk like any client file. Then streams the export as the route does, reading it at once
 * like a fast client, and samples the process's memory every 20 ms. Reports the peak above the
 * level before the export started (JS heap + ArrayBuffers), and the ZIP's size; then builds the
 * same record in memory as the export did before it streamed, for comparison. Two 120 s music
 * pieces are rendered into it on the music thread (as the server does); their WAVs stream in.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { actorFor } from '../src/services/account/actor.ts';
import { storeArtworks } from '../src/services/artworks/artwork-files.ts';
import { buildClientExport, streamClientExport } from '../src/services/export/client-export.ts';
import { createBuiltinMusicBackend } from '../src/backends/index.ts';
import { MusicThread } from '../src/services/jobs/music-thread.ts';
import type { MusicPieceRecord } from '../src/store/index.ts';
import { addClient, createHarness, setupTherapist } from '../test/helpers/harness.ts';
import { round } from './measure.ts';

const MB = 1024 * 1024;
const PER_FILE = 8 * MB;

/**
 * Runs `fn` and samples memory every 20 ms: peak (heapUsed + arrayBuffers) above the level
 * before, and peak resident set size (RSS, what the operating system holds for the process:
 * heap, buffers, native allocations and the threads' memory) above the RSS before.
 */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; extraMb: number; extraRssMb: number; seconds: number; cpuSeconds: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200));
  const level = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = level();
  const baseRss = process.memoryUsage.rss();
  let peak = base;
  let peakRss = baseRss;
  const sample = () => {
    peak = Math.max(peak, level());
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const sampler = setInterval(sample, 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await fn();
    sample();
    const used = process.cpuUsage(cpu);
    return {
      result,
      extraMb: round((peak - base) / MB),
      extraRssMb: round((peakRss - baseRss) / MB),
      seconds: round((performance.now() - started) / 1000),
      cpuSeconds: round((used.user + used.system) / 1e6),
    };
  } finally {
    clearInterval(sampler);
  }
}

export default async function bench() {
  const totalMb = Number(process.env.HEARTH_BENCH_EXPORT_MB ?? 1024);
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-export-'));
  const h = await createHarness({}, { dataDir: dir });
  process.env.HEARTH_SOUNDBANK ??= 'off';
  const musicThread = new MusicThread();
  try {
    const t = await setupTherapist(h);
    const { clientId, client: clientAgent } = await addClient(h, t, 'Robin', 'robin@home.test');
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
    // The client's own export ("Download everything"), as in the 110 MB example.
    const actor = await actorFor(h.store, (await h.store.users.byId(clientAgent.userId!))!);
    const client = (await h.store.clients.byId(clientId))!;
    // Two 120 s pieces rendered into it on the music thread, as the server does.
    const musicBackend = createBuiltinMusicBackend();
    for (const seed of [1, 2]) {
      await h.store.music.create({
        id: randomUUID(),
        clientId,
        createdBy: clientAgent.userId!,
        plan: musicBackend.plan('slow calm piano and strings') as unknown as MusicPieceRecord['plan'],
        seconds: 120,
        seed,
        sampleRate: 44100,
        sampleId: null,
        createdAt: h.now(),
      });
    }
    const deps = { store: h.store, clock: h.now, musicBackend, musicThread };
    // The music thread is up before the export, as on a server that has played anything (it is one per process, not per export).
    for await (const _ of musicThread.wav({ plan: musicBackend.plan('a warm-up'), seconds: 1, sampleRate: 8000, seed: 1 }, 0, 99));
    const streamed = await measured(async () => {
      const out = await streamClientExport(deps, actor, { client }, { now: h.now() });
      let bytes = 0;
      for await (const chunk of out.stream) bytes += (chunk as Buffer).length;
      const result = await out.done;
      return { bytes, files: Object.keys(result.files).length, bytesMatch: result.bytes === bytes };
    });
    // The same record built in memory, as the export was before it streamed (BENCH_EXPORT_BEFORE=0 skips it).
    const inMemory =
      process.env.HEARTH_BENCH_EXPORT_BEFORE === '0'
        ? null
        : await measured(async () => ({ bytes: (await buildClientExport(deps, actor, { client }, { now: h.now() })).zip.length }));
    return {
      record: { files, mb: round((files * PER_FILE) / MB), pieces: '2 × 120 s (≈ 2 × 21 MB WAV)' },
      figures: {
        zipMb: { median: round(streamed.result.bytes / MB), unit: 'MB', runs: 1 },
        streamedExtraMemoryMb: { median: streamed.extraMb, unit: 'MB', runs: 1 },
        streamedExtraRssMb: { median: streamed.extraRssMb, unit: 'MB', runs: 1 },
        streamedSeconds: { median: streamed.seconds, unit: 's', runs: 1 },
        streamedCpuSeconds: { median: streamed.cpuSeconds, unit: 's', runs: 1 },
        ...(inMemory
          ? {
              inMemoryExtraMemoryMb: { median: inMemory.extraMb, unit: 'MB', runs: 1 },
              inMemoryExtraRssMb: { median: inMemory.extraRssMb, unit: 'MB', runs: 1 },
              inMemorySeconds: { median: inMemory.seconds, unit: 's', runs: 1 },
            }
          : {}),
      },
      check: { filesInZip: streamed.result.files, bytesMatch: streamed.result.bytesMatch },
      note: 'extra memory = peak (heapUsed + arrayBuffers) during the export minus the level just before it; extra RSS = peak resident set size minus RSS just before; both sampled every 20 ms',
    };
  } finally {
    await musicThread.close();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
