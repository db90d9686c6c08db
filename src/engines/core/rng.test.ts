import { describe, expect, it } from 'vitest';
import { createRng, hashString } from './rng.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(sa);
  });

  it('stays in range and is roughly uniform', () => {
    const r = createRng(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const v = r.next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      buckets[Math.floor(v * 10)]!++;
    }
    for (const n of buckets) expect(n).toBeGreaterThan(1800);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('forks into stable independent streams', () => {
    const x = createRng(1).fork('sky').next();
    expect(createRng(1).fork('sky').next()).toBe(x);
    expect(createRng(1).fork('sea').next()).not.toBe(x);
    expect(hashString('abc')).toBe(hashString('abc'));
  });
});
