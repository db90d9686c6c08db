import { describe, expect, it } from 'vitest';
import { migrateStrokeDocument, parseStrokeDocument, StrokeDocumentError } from './stroke-migration.ts';
import type { StrokeDocument } from './stroke-document.ts';

const v2: StrokeDocument = {
  version: 2,
  width: 800,
  height: 600,
  background: '#FFFFFF',
  strokes: [
    { id: 'a', tool: 'pen', color: '#112233', size: 4, opacity: 1, points: [{ x: 1, y: 2, t: 0, pressure: 0.5 }, { x: 5, y: 2, t: 16, pressure: 0.7 }] },
    { id: 'b', tool: 'eraser', color: '#000000', size: 20, opacity: 1, points: [{ x: 3, y: 3, t: 900, pressure: 0.5 }] },
  ],
};

const expectError = (input: unknown, message: string | RegExp): void => {
  expect(() => migrateStrokeDocument(input)).toThrow(StrokeDocumentError);
  expect(() => migrateStrokeDocument(input)).toThrow(message);
};

describe('migrateStrokeDocument', () => {
  it('accepts a current document unchanged apart from lower-casing colours, and survives a JSON round trip', () => {
    const out = migrateStrokeDocument(JSON.parse(JSON.stringify(v2)));
    expect(out.background).toBe('#ffffff');
    expect(out.strokes).toEqual(v2.strokes);
    expect(migrateStrokeDocument(out)).toEqual(out);
  });

  it('upgrades version 1 tuples, brush and width, with default pressure and generated ids', () => {
    const v1 = {
      version: 1,
      width: 400,
      height: 300,
      strokes: [
        { tool: 'brush', color: '#AA0000', width: 12, points: [[1, 2, 0], [3, 4, 10, 0.9]] },
        { tool: 'eraser', color: '#ffffff', width: 30, points: [[5, 5, 20]] },
      ],
    };
    const out = migrateStrokeDocument(v1);
    expect(out.version).toBe(2);
    expect(out.background).toBe('#ffffff');
    expect(out.strokes[0]).toEqual({
      id: 's0', tool: 'soft', color: '#aa0000', size: 12, opacity: 1,
      points: [{ x: 1, y: 2, t: 0, pressure: 0.5 }, { x: 3, y: 4, t: 10, pressure: 0.9 }],
    });
    expect(out.strokes[1]!.tool).toBe('eraser');
  });

  it('rejects malformed documents with a message naming the problem', () => {
    expectError(null, 'stroke document must be an object, got null');
    expectError([], 'got an array');
    expectError({ width: 10 }, 'stroke document has no version');
    expectError({ ...v2, version: 3 }, 'unsupported stroke document version 3');
    expectError({ ...v2, width: 0 }, 'width must be a number in [1, 16384], got 0');
    expectError({ ...v2, background: 'white' }, 'background must be a colour like #1a2b3c, got "white"');
    expectError({ ...v2, strokes: 'x' }, 'strokes must be an array');
    const bad = (patch: object, pointPatch?: object): unknown => ({
      ...v2,
      strokes: [{ ...v2.strokes[0]!, ...patch, points: [{ ...v2.strokes[0]!.points[0]!, ...pointPatch }, v2.strokes[0]!.points[1]!] }],
    });
    expectError(bad({ tool: 'crayon' }), 'strokes[0].tool must be one of pen, marker, soft, eraser, got "crayon"');
    expectError(bad({ size: -1 }), 'strokes[0].size must be a number in (0, 10000], got -1');
    expectError(bad({ opacity: 2 }), 'strokes[0].opacity must be a number in [0, 1], got 2');
    expectError({ ...v2, strokes: [{ ...v2.strokes[0], points: [] }] }, 'strokes[0].points must be a non-empty array');
    expectError(bad({}, { pressure: 1.4 }), 'strokes[0].points[0].pressure must be a number in [0, 1], got 1.4');
    expectError(bad({}, { x: Number.NaN }), 'strokes[0].points[0].x must be a number');
    expectError(bad({}, { t: 50 }), 'strokes[0].points[1].t goes back in time (16 ms after 50 ms)');
    expectError({ ...v2, strokes: [v2.strokes[0], { ...v2.strokes[1], id: 'a' }] }, 'strokes[1].id "a" is used twice');
    expectError({ version: 1, width: 10, height: 10, strokes: [{ tool: 'pen', color: '#000000', width: 1, points: [[1, 2]] }] },
      'strokes[0].points[0] must be [x, y, t] or [x, y, t, pressure]');
  });

  it('offers a Result form for expected failures', () => {
    expect(parseStrokeDocument(v2).ok).toBe(true);
    expect(parseStrokeDocument({ version: 'two' })).toEqual({ ok: false, error: 'unsupported stroke document version "two" (this build reads 1..2)' });
  });
});
