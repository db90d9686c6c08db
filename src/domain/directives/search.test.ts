import { describe, expect, it } from 'vitest';
import { DIRECTIVE_CATALOGUE } from './catalogue.ts';
import type { Directive } from './directive.ts';
import { searchDirectives } from './search.ts';

const ids = (ds: Directive[]): string[] => ds.map((d) => d.id);

describe('searchDirectives', () => {
  it('returns the whole catalogue in order without a query', () => {
    expect(ids(searchDirectives(DIRECTIVE_CATALOGUE))).toEqual(ids([...DIRECTIVE_CATALOGUE]));
  });

  it('ranks title matches first and matches word prefixes, case- and accent-insensitively', () => {
    expect(searchDirectives(DIRECTIVE_CATALOGUE, { text: 'Bridge' })[0]!.id).toBe('bridge-drawing');
    expect(searchDirectives(DIRECTIVE_CATALOGUE, { text: 'mandalá' })[0]!.id).toBe('mood-mandala');
    const calm = searchDirectives(DIRECTIVE_CATALOGUE, { text: 'calm' });
    expect(calm.length).toBeGreaterThan(3);
    expect(calm.every((d) => JSON.stringify(d).toLowerCase().includes('calm'))).toBe(true);
  });

  it('requires every word', () => {
    expect(ids(searchDirectives(DIRECTIVE_CATALOGUE, { text: 'worry monster' }))).toEqual(['worry-monster']);
    expect(searchDirectives(DIRECTIVE_CATALOGUE, { text: 'worry zebra' })).toEqual([]);
  });

  it('filters by mode, goal tag and time', () => {
    const music = searchDirectives(DIRECTIVE_CATALOGUE, { modes: ['music'] });
    expect(music.length).toBeGreaterThanOrEqual(4);
    expect(music.every((d) => d.mode === 'music')).toBe(true);
    const grief = searchDirectives(DIRECTIVE_CATALOGUE, { goalTags: ['grief-and-loss'] });
    expect(ids(grief)).toContain('memory-box');
    expect(grief.every((d) => d.goalTags.includes('grief-and-loss'))).toBe(true);
    const short = searchDirectives(DIRECTIVE_CATALOGUE, { maxMinutes: 10 });
    expect(short.every((d) => d.durationMinutes.min <= 10)).toBe(true);
    expect(ids(short)).toContain('breath-lines');
    expect(searchDirectives(DIRECTIVE_CATALOGUE, { modes: ['writing'], text: 'hope' }).map((d) => d.id)).toEqual(['hope-jar']);
  });

  it('leaves out directives unsuitable for a situation', () => {
    const inCrisis = ids(searchDirectives(DIRECTIVE_CATALOGUE, { avoidUnsuitableFor: ['crisis'] }));
    expect(inCrisis).not.toContain('bridge-drawing');
    expect(inCrisis).toContain('breath-lines');
  });

  it('searches therapists’ own directives together with the catalogue', () => {
    const own: Directive = { ...DIRECTIVE_CATALOGUE[0]!, id: 'clay-pebble', title: 'Worry pebble', source: 'therapist' };
    expect(searchDirectives([...DIRECTIVE_CATALOGUE, own], { text: 'pebble' }).map((d) => d.id)).toEqual(['clay-pebble']);
  });
});
