import { describe, expect, it } from 'vitest';
import { readAffect } from './read-affect.ts';
import { MOTIF_IDS, motifOfWord } from './motifs.ts';
import { EMOTIONS } from './emotions.ts';

const level = (prompt: string, id: string): number => readAffect(prompt).emotions.find((e) => e.id === id)?.intensity ?? 0;

describe('readAffect', () => {
  it('finds feelings and places them on the valence/arousal plane', () => {
    const calm = readAffect('a calm, peaceful blue sea');
    expect(calm.emotions[0]?.id).toBe('calm');
    expect(calm.valence).toBeGreaterThan(0.2);
    expect(calm.arousal).toBeLessThan(-0.3);
    const angry = readAffect('I am furious, angry red fire');
    expect(angry.emotions[0]?.id).toBe('anger');
    expect(angry.valence).toBeLessThan(-0.3);
    expect(angry.arousal).toBeGreaterThan(0.5);
    const grief = readAffect('grief and loss after the funeral');
    expect(grief.emotions[0]?.id).toBe('grief');
    expect(readAffect('a tree').emotions).toEqual([]);
  });

  it('scales intensity with modifiers', () => {
    expect(level('very sad', 'sadness')).toBeGreaterThan(level('sad', 'sadness'));
    expect(level('a little sad', 'sadness')).toBeLessThan(level('sad', 'sadness'));
    expect(level('sad and heartbroken', 'sadness')).toBeGreaterThan(level('sad', 'sadness'));
    expect(level('annoyed', 'anger')).toBeLessThan(level('furious', 'anger'));
  });

  it('reads colours, with the motif they describe', () => {
    const r = readAffect('a red rose under a sky blue sky, gold light');
    expect(r.colours.map((c) => c.name)).toEqual(['red', 'sky blue', 'gold']);
    expect(r.colours[0]?.target).toBe('flower');
    expect(r.motifs).toContain('flower');
    expect(r.motifs).toContain('light');
  });

  it('knows at least 30 motifs, plurals included', () => {
    expect(MOTIF_IDS.length).toBeGreaterThanOrEqual(30);
    for (const id of [
      'sun',
      'moon',
      'stars',
      'tree',
      'flower',
      'sea',
      'river',
      'rain',
      'storm',
      'mountain',
      'path',
      'bridge',
      'door',
      'house',
      'bird',
      'heart',
      'fire',
      'light',
      'cloud',
      'leaf',
    ]) {
      expect(MOTIF_IDS).toContain(id);
    }
    expect(readAffect('birds over the mountains, falling leaves and stars').motifs).toEqual(['bird', 'mountain', 'leaf', 'stars']);
    expect(motifOfWord('toString')).toBeUndefined();
  });

  it('honours negation in the prompt', () => {
    const r = readAffect('a garden with flowers, no red, not dark');
    expect(r.colours).toEqual([]);
    expect(r.excludedColours.map((c) => c.name)).toEqual(['red']);
    expect(r.excludedTones).toEqual(['dark']);
    expect(r.tone.brightness).toBeGreaterThan(0);
    const list = readAffect('the sea without boats or birds, but a sun');
    expect([...list.excludedMotifs].sort()).toEqual(['bird', 'boat']);
    expect(list.motifs).toEqual(['sea', 'sun']);
    const feeling = readAffect("I don't feel sad anymore, I feel hopeful");
    expect(feeling.excludedEmotions).toEqual(['sadness']);
    expect(feeling.emotions.map((e) => e.id)).toEqual(['hope']);
    expect(readAffect('no storm, a calm sea').emotions[0]?.id).toBe('calm');
  });

  it('removes everything named in the negative prompt', () => {
    const r = readAffect('a blue sea with a boat, calm', 'blue, boats, anger, dark');
    expect(r.colours).toEqual([]);
    expect(r.excludedColours.map((c) => c.name)).toEqual(['blue']);
    expect(r.motifs).toEqual(['sea']);
    expect(r.excludedMotifs).toEqual(['boat']);
    expect(r.excludedEmotions).toEqual(['anger']);
    expect(r.excludedTones).toEqual(['dark']);
    expect(readAffect('navy and sky blue', 'blue').colours).toEqual([]);
  });

  it('reads style words and tone', () => {
    expect(readAffect('a harbour in stained glass').styles).toEqual(['stained-glass']);
    expect(readAffect('like an oil painting, or maybe a watercolor').styles).toEqual(['impasto', 'watercolour']);
    const t = readAffect('soft, muted and warm');
    expect(t.tone.contrast).toBeLessThan(0);
    expect(t.tone.saturation).toBeLessThan(0);
    expect(t.tone.warmth).toBeGreaterThan(0);
  });

  it('keeps every emotion on the circumplex', () => {
    for (const e of EMOTIONS) {
      expect(Math.abs(e.valence)).toBeLessThanOrEqual(1);
      expect(Math.abs(e.arousal)).toBeLessThanOrEqual(1);
    }
  });
});
