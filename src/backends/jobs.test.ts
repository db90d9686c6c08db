import { describe, expect, it } from 'vitest';
import { BackendAbortedError } from './image-backend.ts';
import { BackendBusyError, JobQueue } from './jobs.ts';
import { BackendTimeoutError } from './remote/http.ts';

/** A task that runs until released, recording when it starts. */
function gate(log: string[], name: string) {
  let release!: (v: string) => void;
  const done = new Promise<string>((r) => (release = r));
  return { task: async () => (log.push(`start ${name}`), done), release: () => release(name) };
}

describe('JobQueue', () => {
  it('runs at most `concurrency` jobs and refuses beyond `maxQueued` with a plain message', async () => {
    const q = new JobQueue({ label: 'http://gpu.local:8188', concurrency: 2, maxQueued: 1 });
    const log: string[] = [];
    const [a, b, c] = [gate(log, 'a'), gate(log, 'b'), gate(log, 'c')];
    const pa = q.run(a.task);
    const pb = q.run(b.task);
    const pc = q.run(c.task);
    await expect(q.run(async () => 'd')).rejects.toThrow(new BackendBusyError('http://gpu.local:8188', 1));
    expect([q.running, q.waiting]).toEqual([2, 1]);
    expect(log).toEqual(['start a', 'start b']);
    a.release();
    expect(await pa).toBe('a');
    await Promise.resolve();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    b.release();
    c.release();
    expect(await Promise.all([pb, pc])).toEqual(['b', 'c']);
    expect([q.running, q.waiting]).toEqual([0, 0]);
  });

  it('cancelling a waiting job removes it without running it', async () => {
    const q = new JobQueue({ label: 'x', concurrency: 1 });
    const log: string[] = [];
    const a = gate(log, 'a');
    const pa = q.run(a.task);
    const ac = new AbortController();
    const pb = q.run(async () => (log.push('start b'), 'b'), { signal: ac.signal });
    ac.abort();
    await expect(pb).rejects.toBeInstanceOf(BackendAbortedError);
    expect(q.waiting).toBe(0);
    a.release();
    await pa;
    expect(log).toEqual(['start a']);
  });

  it('progress is clamped to 0..1, never goes back, and ends at 1', async () => {
    const q = new JobQueue({ label: 'x' });
    const seen: number[] = [];
    await q.run(
      async (_s, p) => {
        p(0.4, 'a');
        p(0.2, 'b');
        p(Number.NaN, 'c');
        p(7, 'd');
      },
      { onProgress: (v) => seen.push(v) },
    );
    expect(seen).toEqual([0, 0.4, 0.4, 0.4, 1, 1]);
  });

  it('a running job past its limit is aborted with a timeout error, and its signal fires', async () => {
    const q = new JobQueue({ label: 'http://gpu.local', timeoutMs: 50 });
    let reason: unknown;
    const err = await q
      .run((signal) => new Promise((_, reject) => signal.addEventListener('abort', () => ((reason = signal.reason), reject(signal.reason)))))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendTimeoutError);
    expect(reason).toBe(err);
    expect((err as Error).message).toBe('The image server at http://gpu.local took longer than 0.1 s, so the picture was stopped.');
    expect(q.running).toBe(0);
  });
});
