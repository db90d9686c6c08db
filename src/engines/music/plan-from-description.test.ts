import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './plan.ts';
import { planFromDescription } from './plan-from-description.ts';

describe('planFromDescription', () => {
  it('honours explicit key, mode, tempo and instrument words exactly', () => {
    const p = planFromDescription('nostalgic violin in G minor at 70 bpm');
    expect([p.key, p.mode, p.bpm, p.instruments]).toEqual(['G', 'minor', 70, ['strings']]);
    expect(p.explicit).toEqual({ key: true, mode: true, bpm: true, instruments: true });
    const q = planFromDescription('happy flute and guitar in F# major, 96 BPM');
    expect([q.key, q.mode, q.bpm, q.instruments]).toEqual(['F#', 'major', 96, ['flute', 'guitar']]);
    expect(planFromDescription('sad song in Bb major').mode).toBe('major');
    expect(planFromDescription('cello in e flat minor').key).toBe('Eb');
    expect(planFromDescription('a minor key lullaby').mode).toBe('minor');
    expect(planFromDescription('a minor key lullaby').explicit.key).toBe(false);
  });

  it('lets mood words set the rest: calm is slow and low, hopeful is bright and major', () => {
    const calm = planFromDescription('calm slow piano with low pitch');
    expect(calm.bpm).toBeLessThanOrEqual(62);
    expect(calm.register).toBe('low');
    expect(calm.instruments).toEqual(['piano']);
    const bright = planFromDescription('bright hopeful morning with birds');
    expect(bright.mode).toBe('major');
    expect(bright.textures).toEqual(['birds']);
    expect(bright.brightness).toBeGreaterThan(calm.brightness);
    const med = planFromDescription('peaceful meditation background');
    expect(med.bpm).toBeLessThan(70);
    expect(med.percussion).toBe(false);
    expect(med.melody).toBe(false);
    expect(planFromDescription('sad and lonely evening').mode).toBe('minor');
  });

  it('adds soft percussion only when asked and synthesises named nature textures', () => {
    expect(planFromDescription('calm piano').percussion).toBe(false);
    expect(planFromDescription('calm piano with a soft hand drum').percussion).toBe(true);
    expect(planFromDescription('rain and ocean waves with wind').textures).toEqual(['rain', 'sea', 'wind']);
  });

  it('recognises all eight voices and is deterministic', () => {
    const p = planFromDescription('piano, strings, pad, bells, flute, guitar, double bass and choir');
    expect([...p.instruments].sort()).toEqual([...INSTRUMENTS].sort());
    expect(planFromDescription('peaceful meditation background')).toEqual(planFromDescription('peaceful meditation background'));
  });

  it('uses the mood reading and overrides only where words are silent', () => {
    const tense = planFromDescription('music', { mood: { valence: -0.5, arousal: 0.8 } });
    const calm = planFromDescription('music', { mood: { valence: 0.5, arousal: -0.8 } });
    expect(tense.bpm).toBeGreaterThan(calm.bpm);
    const o = planFromDescription('piano at 60 bpm', { overrides: { bpm: 90, mode: 'minor', instruments: ['choir'] } });
    expect([o.bpm, o.mode, o.instruments]).toEqual([60, 'minor', ['piano']]);
  });
});
