import { describe, expect, it } from 'vitest';
import { readAffect } from '../affect/index.ts';
import { rgbToHsl } from './color.ts';
import { avoidHues, paletteFromAffect } from './palette.ts';

const pal = (prompt: string, negative = '') => paletteFromAffect(readAffect(prompt, negative));

describe('paletteFromAffect (the documented mapping)', () => {
  it('gives calm low contrast and saturation, anger high, grief muted and darker', () => {
    const calm = pal('calm and peaceful');
    const anger = pal('furious rage');
    const grief = pal('deep grief');
    const joy = pal('so happy and joyful');
    expect(calm.contrast).toBeLessThan(1);
    expect(anger.contrast).toBeGreaterThan(1.2);
    expect(anger.saturation).toBeGreaterThan(calm.saturation);
    expect(grief.saturation).toBeLessThan(1);
    expect(grief.brightness).toBeLessThan(0);
    expect(joy.brightness).toBeGreaterThan(0);
    expect(joy.saturation).toBeGreaterThan(grief.saturation + 0.3);
    expect(anger.turbulence).toBeGreaterThan(calm.turbulence);
  });

  it('lets named colours lead and colours the motif they describe', () => {
    const p = pal('a purple sky and a yellow boat');
    const [h] = rgbToHsl(...p.accents[0]!);
    expect(Math.abs(h - 280)).toBeLessThan(25);
    expect(p.motifColours.boat).toBeDefined();
  });

  it('rotates excluded hues out of every palette colour and sets tone floors', () => {
    const p = pal('a calm blue sea', 'blue');
    for (const c of [p.skyTop, p.skyHorizon, p.water, ...p.accents]) {
      const [h, s] = rgbToHsl(...c);
      if (s > 0.12) expect(Math.abs(((h - 222 + 540) % 360) - 180)).toBeGreaterThan(32);
    }
    expect(pal('a forest, not dark').floor).toBeGreaterThan(0.3);
    expect(avoidHues([0.9, 0.1, 0.1], [])).toEqual([0.9, 0.1, 0.1]);
  });

  it('turns the sky to night for the moon and stars', () => {
    expect(pal('the moon and stars').night).toBe(true);
    expect(pal('the sun and the moon').night).toBe(false);
  });
});
