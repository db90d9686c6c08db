import { describe, expect, it } from 'vitest';
import { BackendAbortedError } from './image-backend.ts';
import { JobRegistry } from './job-registry.ts';
import { BackendUnavailableError } from './remote/http.ts';
import { describeBackendFailure } from './backend-failure.ts';

/** A promise with its resolve/reject outside, so tests step a job by hand (no timers). */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
}
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('JobRegistry', () => {
  it('reports progress that never goes backwards, then the results', async () => {
    const jobs = new JobRegistry();
    const gate = deferred<string[]>();
    let report!: (f: number, s: string) => void;
    const j = jobs.start({ clientId: 'c1', backend: 'b1' }, (_signal, progress) => ((report = progress), gate.promise));
    await settle();
    expect(jobs.get(j.id)).toMatchObject({ state: 'queued', progress: 0 });
    report(0.4, 'sampling');
    expect(jobs.get(j.id)).toMatchObject({ state: 'running', progress: 0.4, stage: 'sampling' });
    report(0.2, 'sampling');
    expect(jobs.get(j.id)!.progress).toBe(0.4);
    gate.resolve(['a1', 'a2']);
    await settle();
    expect(jobs.get(j.id)).toMatchObject({ state: 'done', progress: 1, resultIds: ['a1', 'a2'], error: null });
    expect(jobs.active).toBe(0);
  });

  it('cancel aborts the work and the job stays cancelled even if the work then fails', async () => {
    const jobs = new JobRegistry();
    let seen: AbortSignal | undefined;
    const j = jobs.start({ clientId: 'c1', backend: 'b1' }, (signal) => {
      seen = signal;
      return new Promise<string[]>((_, reject) => signal.addEventListener('abort', () => reject(new BackendAbortedError())));
    });
    await settle();
    expect(jobs.cancel(j.id)).toMatchObject({ state: 'cancelled' });
    expect(seen!.aborted).toBe(true);
    await settle();
    expect(jobs.get(j.id)).toMatchObject({ state: 'cancelled', resultIds: [], error: null });
    expect(jobs.cancel('nope')).toBeUndefined();
  });

  it('a server failure becomes a plain message offering the built-in engine', async () => {
    const jobs = new JobRegistry({ describeError: describeBackendFailure });
    const j = jobs.start({ clientId: 'c1', backend: 'b1' }, async () => {
      throw new BackendUnavailableError('http://gpu.lan:8188');
    });
    await settle();
    const after = jobs.get(j.id)!;
    expect(after.state).toBe('failed');
    expect(after.error).toMatchObject({ code: 'unavailable', fallback: 'builtin' });
    expect(after.error!.message).toContain('http://gpu.lan:8188 is not answering');
    expect(after.error!.message).toContain('built-in engine instead');
  });

  it('forgets finished jobs after keepMs, but never a running one', async () => {
    let now = new Date('2026-11-22T08:00:00Z');
    const jobs = new JobRegistry({ keepMs: 1000, now: () => now });
    const done = jobs.start({ clientId: 'c', backend: 'b' }, async () => ['x']);
    const open = jobs.start({ clientId: 'c', backend: 'b' }, () => new Promise<string[]>(() => {}));
    await settle();
    now = new Date(now.getTime() + 5000);
    expect(jobs.get(done.id)).toBeUndefined();
    expect(jobs.get(open.id)).toMatchObject({ state: 'queued' });
  });
});
