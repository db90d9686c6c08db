import { describe, expect, it } from 'vitest';
import { FairScheduler, SchedulerAbortedError, SchedulerFullError } from './fair-scheduler.ts';

/** A task that finishes when told to, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  return { task: async () => (log.push(name), await done, name), open };
}

describe('FairScheduler', () => {
  it('takes owners in turn and holds each to its limit, whatever order they asked in', async () => {
    const s = new FairScheduler({ concurrency: 2, perOwner: 1 });
    const log: string[] = [];
    const a = [1, 2, 3, 4].map((i) => gate(log, `a${i}`));
    const b = [1, 2].map((i) => gate(log, `b${i}`));
    const c = [1].map((i) => gate(log, `c${i}`));
    const all = [...a.map((g) => s.run('a', g.task)), ...b.map((g) => s.run('b', g.task)), ...c.map((g) => s.run('c', g.task))];
    await Promise.resolve();
    expect(log).toEqual(['a1', 'b1']);
    expect(s.runningOf('a')).toBe(1);
    for (const g of [...a, ...b, ...c]) {
      g.open();
      await new Promise((r) => setImmediate(r));
      expect(s.running).toBeLessThanOrEqual(2);
      for (const o of ['a', 'b', 'c']) expect(s.runningOf(o)).toBeLessThanOrEqual(1);
    }
    await Promise.all(all);
    // c's only task started before a's second: a's four never held back b or c.
    expect(log.indexOf('c1')).toBeLessThan(log.indexOf('a2'));
    expect(log.indexOf('b2')).toBeLessThan(log.indexOf('a3'));
    expect(log).toHaveLength(7);
  });

  it('drops a waiting task when its signal fires, and refuses past the waiting limit', async () => {
    const s = new FairScheduler({ concurrency: 1, perOwner: 1, maxWaitingPerOwner: 1 });
    const log: string[] = [];
    const first = gate(log, 'first');
    const p1 = s.run('a', first.task);
    const ac = new AbortController();
    const p2 = s.run('a', async () => 'second', ac.signal);
    await expect(s.run('a', async () => 'third')).rejects.toBeInstanceOf(SchedulerFullError);
    ac.abort();
    await expect(p2).rejects.toBeInstanceOf(SchedulerAbortedError);
    expect(s.waiting).toBe(0);
    first.open();
    await expect(p1).resolves.toBe('first');
    expect(s.running).toBe(0);
  });
});
