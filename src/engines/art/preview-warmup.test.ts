/** The preview worker's warm-up leaves no trace: a picture is the same bytes before and after it. */
import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import { generateImage } from './generate.ts';
import { warmupRender, WARMUP_RENDERS } from './preview-warmup.ts';

describe('preview warm-up', () => {
  it('changes no picture: the same request gives the same bytes before and after the warm-up renders', () => {
    const sketch = createRgba(96, 64);
    for (let x = 4; x < 92; x++) sketch.data.fill(20, (40 * 96 + x) * 4, (40 * 96 + x) * 4 + 3);
    const req = { prompt: 'a man and a dog beside a tree', seed: 5, width: 96, height: 64, sketch };
    const before = generateImage(req).data.slice();
    for (let i = 0; i < Math.min(3, WARMUP_RENDERS); i++) warmupRender(i);
    const after = generateImage(req).data;
    expect(after.length).toBe(before.length);
    expect(after.every((v, i) => v === before[i])).toBe(true);
    // Not a blank picture: the comparison means something.
    expect(new Set(before).size).toBeGreaterThan(10);
  }, 60_000);
});
