/**
 * The scorer of the second held-out sketch set (test/heldout/art2/score.ts) on made-up items and
 * reports — never on the set's own items, and without running any engine.
 */
import { describe, expect, it } from 'vitest';
import type { Item, Report } from '../heldout/art2/score.ts';
import { iou, overlaps, sameWord, score, squareToQuad } from '../heldout/art2/score.ts';

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

  describe('a photo whose paper was straightened', () => {
    // A made-up photo (1000×800) with a sheet of canvas 700×500 whose corners land in the photo
    // at a keystone: the picture the report describes is the sheet, straightened.
    const corners: [number, number][] = [[130, 100], [870, 110], [900, 700], [100, 690]];
    const photoItem: Item = {
      ...item, id: 'made-up-photo', kind: 'photo', width: 1000, height: 800, canvas: { width: 700, height: 500 },
      expect: { ...item.expect, things: [] },
    };
    const toPhoto = squareToQuad(corners);
    /** The photo box (fractions) covering where sheet fractions (u0..u1, v0..v1) land. */
    const photoBox = (u0: number, v0: number, u1: number, v1: number): { x: number; y: number; w: number; h: number } => {
      const pts = [toPhoto(u0, v0), toPhoto(u1, v0), toPhoto(u1, v1), toPhoto(u0, v1)];
      const xs = pts.map((p) => p[0] / 1000);
      const ys = pts.map((p) => p[1] / 800);
      return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    };
    const drawn: Item = {
      ...photoItem,
      expect: { ...item.expect, things: [{ word: 'jug', named: true, label: 'jug', box: photoBox(0.6, 0.3, 0.8, 0.8) }] },
    };

    it('maps the unit square onto the corners (and its centre inside them)', () => {
      corners.forEach((c, i) => {
        const [u, v] = [[0, 0], [1, 0], [1, 1], [0, 1]][i]!;
        const p = toPhoto(u!, v!);
        expect(Math.hypot(p[0] - c[0], p[1] - c[1])).toBeLessThan(1e-6);
      });
      const mid = toPhoto(0.5, 0.5);
      expect(mid[0]).toBeGreaterThan(130);
      expect(mid[0]).toBeLessThan(870);
    });

    it('finds a thing the report places on the straightened sheet where it lies in the photo', () => {
      // The report's picture is 700×500 (the sheet's aspect); the jug at sheet fractions 0.6..0.8 × 0.3..0.8.
      const straight: Report = { ...report({ jug: [[420, 150, 140, 250]] }, 700, 500), paper: { straightened: true, corners } };
      const s = score(drawn, straight);
      expect(s).toMatchObject({ found: 1, straightened: true, aspectKept: true });
      // Read as if the picture were the whole photo, the same region misses (the sheet is inset and skewed).
      const unmapped = score(drawn, { ...straight, paper: { straightened: false } });
      expect(unmapped.straightened).toBe(false);
      const far: Report = { ...report({ jug: [[50, 20, 100, 80]] }, 700, 500), paper: { straightened: true, corners } };
      expect(score(drawn, far).found).toBe(0);
    });

    it("checks a straightened picture's aspect against the paper's, not the photo's", () => {
      const paper = (w: number, h: number): Report => ({ ...report({}, w, h), paper: { straightened: true, corners } });
      expect(score(photoItem, paper(700, 500)).aspectKept).toBe(true);
      expect(score(photoItem, paper(709, 500)).aspectKept).toBe(true); // 1.3 % off: an estimated aspect
      expect(score(photoItem, paper(1000, 800)).aspectKept).toBe(false); // the photo's shape
      expect(score(photoItem, report({}, 1000, 800)).aspectKept).toBe(true); // the whole photo, kept whole
      expect(score({ ...photoItem, canvas: undefined }, paper(700, 500)).aspectKept).toBe(false);
    });

    it('ignores corners that are not four finite points', () => {
      const broken: Report = { ...report({ jug: [[420, 150, 140, 250]] }, 700, 500), paper: { straightened: true, corners: [[1, 2], [3, 4]] } };
      expect(score(drawn, broken).straightened).toBe(false);
    });
  });
});
