/**
 * `npm run bench export-stall` — does a client's export block the event loop, and where?
 *
 * The export of `bench/jobs.bench.ts` alone, in-process: a record with two 120 s pieces (rendered
 * into the ZIP on the music thread, as the server does) and a few 8 MB artworks, streamed to a
 * fast reader. Meanwhile the loop's delay is measured (`monitorEventLoopDelay`, 10 ms resolution)
 * and a timer every 10 ms notes each gap over 100 ms; the in-process CPU profiler (inspector)
 * runs throughout, and for each stall the heaviest stacks sampled inside it are reported, so the
 * synchronous work that caused it is named rather than guessed.
 *
 * Figures: loop delay p99/max (ms), stalls > 100 ms (count, longest), main-thread CPU (user+system
 * ms) of the export. HEARTH_BENCH_STALL_PROFILE=0 turns the profiler off (it adds overhead).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import sharp from 'sharp';
import { createBuiltinMusicBackend } from '../src/backends/index.ts';
import { actorFor } from '../src/services/account/actor.ts';
import { storeArtworks } from '../src/services/artworks/artwork-files.ts';
import { streamClientExport } from '../src/services/export/client-export.ts';
import { MusicThread } from '../src/services/jobs/music-thread.ts';
import type { MusicPieceRecord } from '../src/store/index.ts';
import { addClient, createHarness, setupTherapist } from '../test/helpers/harness.ts';
import { round } from './measure.ts';

const MB = 1024 * 1024;
const STALL_MS = 100;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The heaviest stacks (leaf-first, 6 frames) sampled between `from` and `to` (µs, monotonic). */
function stacksIn(p: Profile, from: number, to: number): { ms: number; stack: string }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const weight = new Map<string, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (t < from || t > to) continue;
    const frames: string[] = [];
    for (let id: number | undefined = p.samples[i]; id !== undefined && frames.length < 6; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (f.functionName === '(root)') break;
      frames.push(`${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`);
    }
    const key = frames.join(' < ');
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    weight.set(key, (weight.get(key) ?? 0) + dt);
  }
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([stack, ms]) => ({ ms: round(ms), stack }));
}

export default async function bench() {
  process.env.HEARTH_SOUNDBANK ??= 'off';
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-stall-'));
  const h = await createHarness({}, { dataDir: dir });
  const musicThread = new MusicThread();
  const profiling = process.env.HEARTH_BENCH_STALL_PROFILE !== '0';
  const session = new Session();
  try {
    const t = await setupTherapist(h);
    const { clientId, client: clientAgent } = await addClient(h, t, 'Robin', 'robin@home.test');
    const musicBackend = createBuiltinMusicBackend();
    const thumb = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 3, background: '#88aacc' } }).webp().toBuffer());
    for (let i = 0; i < 4; i++) {
      await storeArtworks(h.store, h.now, [
        {
          meta: { clientId, createdBy: t.userId!, parentId: null, sessionId: null, kind: 'upload', title: `big ${i}`, backend: null, params: {}, seed: null },
          image: { detected: 'png', data: new Uint8Array(randomBytes(8 * MB)), mime: 'image/png', ext: 'png', width: 4096, height: 4096, thumb },
        },
      ]);
    }
    for (const seed of [1, 2]) {
      const rec: MusicPieceRecord = {
        id: randomUUID(),
        clientId,
        createdBy: clientAgent.userId!,
        plan: musicBackend.plan('slow calm piano and strings') as unknown as MusicPieceRecord['plan'],
        seconds: 120,
        seed,
        sampleRate: 44100,
        sampleId: null,
        createdAt: h.now(),
      };
      await h.store.music.create(rec);
    }
    const actor = await actorFor(h.store, (await h.store.users.byId(clientAgent.userId!))!);
    const client = (await h.store.clients.byId(clientId))!;
    const deps = { store: h.store, clock: h.now, musicBackend, musicThread };
    // Warm-up: the music thread and the PDF thread started, the code compiled.
    {
      const out = await streamClientExport(deps, actor, { client }, { now: h.now(), maxMusicSeconds: 0 });
      for await (const _ of out.stream);
      await out.done;
    }

    if (profiling) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 1000 });
      await session.post('Profiler.start');
    }
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const stalls: { from: number; to: number; ms: number }[] = [];
    let last = process.hrtime.bigint();
    const ticker = setInterval(() => {
      const now = process.hrtime.bigint();
      const gap = Number(now - last) / 1e6;
      if (gap > STALL_MS + 10) stalls.push({ from: Number(last / 1000n), to: Number(now / 1000n), ms: round(gap - 10) });
      last = now;
    }, 10);
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const out = await streamClientExport(deps, actor, { client }, { now: h.now() });
    let bytes = 0;
    for await (const chunk of out.stream) bytes += (chunk as Buffer).length;
    const result = await out.done;
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(ticker);
    delay.disable();
    const profile = profiling ? ((await session.post('Profiler.stop')) as { profile: Profile }).profile : null;
    const worst = [...stalls].sort((a, b) => b.ms - a.ms).slice(0, 5);
    return {
      record: { artworks: 4, artworkMb: 8, pieces: 2, pieceSeconds: 120, zipMb: round(bytes / MB), files: Object.keys(result.files).length },
      figures: {
        loopDelayP99: { median: round(delay.percentile(99) / 1e6), unit: 'ms', runs: 1 },
        loopDelayMax: { median: round(delay.max / 1e6), unit: 'ms', runs: 1 },
        stallsOver100ms: { median: stalls.length, unit: 'count', runs: 1 },
        longestStall: { median: worst[0]?.ms ?? 0, unit: 'ms', runs: 1 },
        mainThreadCpu: { median: round((cpu.user + cpu.system) / 1000), unit: 'ms', runs: 1 },
        exportWall: { median: round(ms), unit: 'ms', runs: 1 },
      },
      stalls: profile ? worst.map((s) => ({ ms: s.ms, stacks: stacksIn(profile, s.from, s.to) })) : worst,
      note: `loop delay from monitorEventLoopDelay (10 ms resolution); a stall is a 10 ms timer firing > ${STALL_MS} ms late; profiler ${profiling ? 'on (1 ms sampling)' : 'off'}`,
    };
  } finally {
    session.disconnect();
    await musicThread.close();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
