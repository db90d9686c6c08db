import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { helpsText } from './explanation.ts';
import { steeringLean } from './steering.ts';

describe('steeringLean', () => {
  it('leans slower when most steered playbacks asked for slower or calmer, and says why', () => {
    const lean = steeringLean([['slower'], ['calmer', 'slower'], ['brighter'], ['slower', 'slower', 'slower']]);
    expect(lean.tempoFactor).toBeLessThan(1);
    expect(lean.playbacks).toBe(4);
    // Three "slower" in one playback count once: 3 of 4 playbacks.
    expect(helpsText(lean.explanation, translator('en'))).toMatch(/slower or calmer music in 3 of 4 steered listenings/);
    expect(helpsText(lean.explanation, translator('de'))).toMatch(/in 3 von 4 gesteuerten Hörzeiten langsamere oder ruhigere Musik/);
    expect(lean.colour).toBe(0); // one "brighter" is not a pattern
  });

  it('needs two playbacks and a two-to-one majority', () => {
    expect(steeringLean([['slower', 'slower']]).tempoFactor).toBe(1);
    expect(steeringLean([['slower'], ['faster'], ['slower'], ['faster']]).tempoFactor).toBe(1);
    expect(steeringLean([['slower'], ['faster', 'faster'], ['livelier']]).tempoFactor).toBeGreaterThan(1);
    expect(steeringLean([]).explanation).toEqual([]);
  });

  it('leans to fewer instruments and a darker colour, and follows the latest twelve playbacks', () => {
    const lean = steeringLean([['fewer', 'darker'], ['fewer'], ['darker']]);
    expect([lean.parts, lean.colour]).toEqual([-1, -1]);
    const changed = steeringLean([...Array.from({ length: 6 }, () => ['slower']), ...Array.from({ length: 12 }, () => ['faster'])]);
    expect(changed.tempoFactor).toBeGreaterThan(1);
  });
});
