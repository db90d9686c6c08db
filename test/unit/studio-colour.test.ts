/** The studio's colour wheel conversions and the title it offers when a picture is kept. */
import { describe, expect, it } from 'vitest';
import { hexFromHsl, hslFromHex } from '../../src/web/studio/colour-math.ts';
import { titleFromWords } from '../../src/web/studio/keep-title.ts';

describe('colour wheel', () => {
  it('turns every 6-bit grid colour into HSL and back within rounding', () => {
    let worst = 0;
    for (let r = 0; r < 256; r += 17)
      for (let g = 0; g < 256; g += 17)
        for (let b = 0; b < 256; b += 17) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          const back = hexFromHsl(hslFromHex(hex));
          const n = parseInt(back.slice(1), 16);
          worst = Math.max(worst, Math.abs(((n >> 16) & 255) - r), Math.abs(((n >> 8) & 255) - g), Math.abs((n & 255) - b));
        }
    // Whole degrees and percent: at most a few steps of 255 off.
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('knows the primaries and greys', () => {
    expect(hslFromHex('#ff0000')).toEqual({ h: 0, s: 100, l: 50 });
    expect(hslFromHex('#0000ff')).toEqual({ h: 240, s: 100, l: 50 });
    expect(hslFromHex('#808080')).toMatchObject({ s: 0, l: 50 });
    expect(hexFromHsl({ h: 120, s: 100, l: 25 })).toBe('#008000');
  });
});

describe('a title offered from the words', () => {
  it('takes the first phrase, drops a leading article and a dangling word, and capitalises', () => {
    expect(titleFromWords('a calm blue lake under the moon, watercolour')).toBe('Calm blue lake under the moon');
    expect(titleFromWords('the house on the hill at night and')).toBe('House on the hill at night');
    expect(titleFromWords('una casa en la colina')).toBe('Casa en la colina');
    expect(titleFromWords('')).toBe('');
    expect(titleFromWords('ein Boot auf dem See').length).toBeGreaterThan(0);
  });
});
