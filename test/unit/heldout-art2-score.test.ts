/**
 * The scorer of the second held-out sketch set (test/heldout/art2/score.ts) on made-up items and
 * reports — never on the set's own items, and without running any engine.
 */
import { describe, expect, it } from 'vitest';
import type { Item, Report } from '../heldout/art2/score.ts';
import { iou, overlaps, sameWord, score } from '../heldout/art2/score.ts';

const item: Item = {
  id: 'made-up', file: 'images/made-up.png', kind: 'drawing', width: 800, height: 400, language: 'en',
  prompt: 'two apples and a red jug, a spoon, no forks',
  expect: {
    things: [
      { word: 'apples', named: true, label: 'left apple', box: { x: 0.1, y: 0.5, w: 0.1, h: 0.2 } },
      { word: 'apples', named: true, label: 'right apple', box: { x: 0.3, y: 0.5, w: 0.1, h: 0.2 } },
      { word: 'jug', named: true, label: 'jug', box: { x: 0.6, y: 0.3, w: 0.2, h: 0.5 } },
      { word: null, named: false, label: 'a cloud', box: { x: 0.1, y: 0.05, w: 0.3, h: 0.15 } },
    ],
    notDrawn: ['spoon'], negated: ['forks'], colours: [{ word: 'red', of: 'jug' }],
  },
  horizonY: null, groundY: 300,
};

/** A report placing words on pixel regions of an 800×400 picture unless told otherwise. */
function report(words: Record<string, [number, number, number, number][]>, width = 800, height = 400): Report {
  return { width, height, words: Object.entries(words).map(([word, boxes]) => ({ word, where: boxes.map(([x, y, w, h]) => ({ box: { x, y, w, h } })) })) };
}

describe('held-out art2 scorer', () => {
  it('matches singular and plural forms in en/es/de but not different words', () => {
    expect(sameWord('tulips', 'tulip')).toBe(true);
    expect(sameWord('Tannen', 'Tanne')).toBe(true);
    expect(sameWord('flores', 'flor')).toBe(true);
    expect(sameWord('Heißluftballons', 'heissluftballon')).toBe(true);
    expect(sameWord('cat', 'car')).toBe(false);
    expect(sameWord('boat', 'bat')).toBe(false);
  });

  it('counts overlap by IoU ≥ 0.3 or the centre inside the box', () => {
    const a = { x: 0, y: 0, w: 1, h: 1 };
    expect(iou(a, a)).toBeCloseTo(1);
    expect(overlaps({ x: 0.1, y: 0.1, w: 0.2, h: 0.2 }, a)).toBe(true);
    expect(overlaps({ x: 2, y: 2, w: 1, h: 1 }, a)).toBe(false);
    expect(overlaps({ x: 0.8, y: 0.8, w: 1, h: 1 }, a)).toBe(false);
  });

  it('gives full marks only when every drawn thing is placed where it was drawn and nothing is added', () => {
    const good = score(item, report({ apple: [[80, 200, 80, 80], [240, 200, 80, 80]], jug: [[480, 120, 160, 200]], spoon: [[300, 320, 40, 20]], red: [] }));
    expect(good).toMatchObject({ drawn: 3, found: 3, paintedTwice: 0, notDrawnPainted: 1, negatedNotPainted: 1, aspectKept: true, colourWordsInReport: '1/1' });
    expect(good.missing).toEqual([]);
  });

  it('misses a thing painted elsewhere, counts extra instances, painted negations and a squashed picture', () => {
    const bad = score(item, report({ apples: [[80, 200, 80, 80], [600, 20, 80, 80], [700, 20, 60, 60]], forks: [[10, 10, 20, 20]] }, 512, 512));
    expect(bad.found).toBe(0);
    expect(bad.missing).toEqual(['left apple', 'right apple', 'jug']);
    expect(bad.paintedTwice).toBe(1);
    expect(bad.notDrawnPainted).toBe(0);
    expect(bad.negatedNotPainted).toBe(0);
    expect(bad.aspectKept).toBe(false);
  });

  it('scores a failed run as nothing found', () => {
    expect(score(item, null, 'generate failed')).toMatchObject({ found: 0, aspectKept: false, error: 'generate failed' });
  });
  it('a word said twice and placed on the same region is one thing; two different regions are painted twice', () => {
    const twice: Report = {
      width: 800,
      height: 400,
      words: [
        { word: 'jug', where: [{ box: { x: 480, y: 120, w: 160, h: 200 } }] },
        { word: 'jug', where: [{ box: { x: 480, y: 120, w: 160, h: 200 } }] },
      ],
    };
    const one = score(item, twice);
    expect(one.paintedTwice).toBe(0);
    const other: Report = { ...twice, words: [twice.words![0]!, { word: 'jug', where: [{ box: { x: 100, y: 20, w: 80, h: 60 } }] }] };
    expect(score(item, other).paintedTwice).toBe(1);
  });
});
