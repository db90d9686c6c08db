import { afterAll, describe, expect, it } from 'vitest';
import { BackendAbortedError } from '../../backends/index.ts';
import { createBuiltinImageBackend } from '../../backends/builtin-image.backend.ts';
import { artworkFeaturesFromImage } from '../../engines/analysis/index.ts';
import { EnginePool, featuresTask, pooledImageBackend } from './engine-pool.ts';

describe('EnginePool', () => {
  const pool = new EnginePool({ threads: 2, perOwner: 1 });
  afterAll(() => pool.close());
  const builtin = createBuiltinImageBackend();
  const req = { prompt: 'a quiet lake at dusk', negativePrompt: '', sketchStrength: 0.7, style: 'watercolour', seed: 42, width: 96, height: 64, count: 2 };

  it('makes the same bytes on a worker thread as in-process, with progress', async () => {
    const seen: number[] = [];
    const [here, there] = await Promise.all([builtin.generate(req), pooledImageBackend(builtin, pool, 'c1').generate(req, undefined, (f) => seen.push(f))]);
    expect(there).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      expect(there[i]!.width).toBe(96);
      expect(Buffer.from(there[i]!.data).equals(Buffer.from(here[i]!.data))).toBe(true);
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  }, 120_000);

  it('measures an artwork’s features on a thread exactly as in-process', async () => {
    const [img] = await builtin.generate({ ...req, count: 1 });
    expect(await featuresTask(pool, 'c3', img!)).toEqual(artworkFeaturesFromImage(img!));
  }, 120_000);

  it('keeps the event loop free while a thread works, and cancels a running task', async () => {
    const ac = new AbortController();
    const started = performance.now();
    const running = pool.run('c2', { kind: 'sleep', ms: 20_000 }, { signal: ac.signal });
    // The event loop keeps turning while the thread is busy.
    let ticks = 0;
    while (performance.now() - started < 300) {
      await new Promise((r) => setTimeout(r, 10));
      ticks++;
    }
    expect(ticks).toBeGreaterThan(10);
    ac.abort();
    await expect(running).rejects.toBeInstanceOf(BackendAbortedError);
    expect(performance.now() - started).toBeLessThan(10_000);
    // The pool still works after a thread was stopped.
    await expect(pool.run('c2', { kind: 'sleep', ms: 5 })).resolves.toBeNull();
  }, 120_000);
});
