import { describe, expect, it } from 'vitest';
import { planFromDescription } from '../../engines/music/index.ts';
import { TRADITIONS } from '../supports/traditions.ts';
import { GENRE_TRADITIONS, TRADITION_MUSIC, genresForTraditions } from './genre-traditions.ts';

describe('music genres by tradition', () => {
  it('covers every tradition once, each with what to draw on and what to avoid', () => {
    expect(TRADITION_MUSIC.map((m) => m.tradition).sort()).toEqual(TRADITIONS.map((t) => t.id).sort());
    for (const m of TRADITION_MUSIC) {
      expect(m.drawOn.length, m.tradition).toBeGreaterThan(30);
      expect(m.avoid.length, m.tradition).toBeGreaterThan(30);
      expect(m.genre === null, m.tradition).toBe(m.ideas === null);
    }
    expect(GENRE_TRADITIONS.folk).toEqual(expect.arrayContaining(['celtic', 'nordic', 'mexican-folk']));
  });

  it('has ideas the planner reads into the tagged genre (never another) and the named voices, in en, es and de', () => {
    for (const m of TRADITION_MUSIC) {
      if (!m.ideas) continue;
      for (const lang of ['en', 'es', 'de'] as const) {
        const plan = planFromDescription(m.ideas[lang]);
        const where = `${m.tradition}/${lang}: ${m.ideas[lang]}`;
        if (lang === 'en') expect(plan.genre, where).toBe(m.genre);
        else expect([m.genre, undefined], where).toContain(plan.genre);
        expect(
          Object.values(plan.voices ?? {}).some((v) => (m.voices as readonly string[]).includes(v!)),
          where,
        ).toBe(true);
      }
    }
  });

  it('offers no imitation where a tradition’s music is not Hearth’s to offer', () => {
    const a = TRADITION_MUSIC.find((m) => m.tradition === 'aboriginal-first-nations')!;
    expect(a.genre).toBeNull();
    expect(a.voices).toEqual([]);
  });

  it('puts the genres of the chosen traditions first and keeps every genre once', () => {
    const g = genresForTraditions(['celtic', 'japanese']);
    expect(g.slice(0, 2)).toEqual(['folk', 'world']);
    expect(new Set(g).size).toBe(g.length);
    expect(genresForTraditions([])).toEqual(genresForTraditions(['aboriginal-first-nations']));
  });
});
