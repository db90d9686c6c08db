import { describe, expect, it } from 'vitest';
import { processFeaturesFromStrokes, processFeatureVector, PROCESS_FEATURE_KEYS } from './process-features.ts';
import type { Stroke, StrokeDocument, StrokeTool } from './stroke-document.ts';

/** A horizontal stroke of `len` px drawn from t0 over `ms` milliseconds, 11 points. */
function line(id: string, tool: StrokeTool, t0: number, ms: number, len: number, pressure = 0.5): Stroke {
  const points = Array.from({ length: 11 }, (_, i) => ({ x: (len * i) / 10, y: 10, t: t0 + (ms * i) / 10, pressure }));
  return { id, tool, color: '#000000', size: 3, opacity: 1, points };
}
const doc = (strokes: Stroke[]): StrokeDocument => ({ version: 2, width: 500, height: 500, background: '#ffffff', strokes });

describe('processFeaturesFromStrokes', () => {
  it('computes times, pauses, speed, pressure and erasing on a hand-computed example', () => {
    // pen 0–1000 (100 px, p .4) · gap 500 · pen 1500–2500 (100 px, p .8) · gap 5000 · eraser 7500–8500 (50 px).
    const f = processFeaturesFromStrokes(doc([
      line('a', 'pen', 0, 1000, 100, 0.4),
      line('b', 'marker', 1500, 1000, 100, 0.8),
      line('c', 'eraser', 7500, 1000, 50),
    ]));
    expect(f.strokeCount).toBe(3);
    expect(f.eraserStrokeCount).toBe(1);
    expect(f.totalTimeMs).toBe(8500);
    expect(f.activeTimeMs).toBe(3000);
    expect(f.pauseCount).toBe(1); // the 500 ms lift is not a pause
    expect(f.longestPauseMs).toBe(5000);
    expect(f.pauseShare).toBeCloseTo(5000 / 8500, 10);
    expect(f.speedPxPerSec).toBeCloseTo((250 / 3000) * 1000, 10);
    expect(f.pressureMean).toBeCloseTo(0.6, 10);
    expect(f.pressureVariance).toBeCloseTo(0.04, 10);
    expect(f.erasingShare).toBeCloseTo(50 / 250, 10);
  });

  it('counts overlapping strokes (two fingers) once in active time', () => {
    const f = processFeaturesFromStrokes(doc([line('a', 'pen', 0, 1000, 10), line('b', 'pen', 500, 1000, 10)]));
    expect(f.activeTimeMs).toBe(1500);
    expect(f.totalTimeMs).toBe(1500);
    expect(f.pauseCount).toBe(0);
  });

  it('honours a custom pause threshold', () => {
    const f = processFeaturesFromStrokes(doc([line('a', 'pen', 0, 100, 10), line('b', 'pen', 600, 100, 10)]), { pauseMs: 500 });
    expect(f.pauseCount).toBe(1);
    expect(f.longestPauseMs).toBe(500);
  });

  it('returns zeros for an empty document and flattens every key', () => {
    const f = processFeaturesFromStrokes(doc([]));
    expect(Object.values(processFeatureVector(f)).every((v) => v === 0)).toBe(true);
    expect(Object.keys(processFeatureVector(f)).sort()).toEqual([...PROCESS_FEATURE_KEYS].sort());
  });
});
