/**
 * Words → things, round 10: the prompt's language decides between homographs of two languages,
 * a word's shape is one whose label names it (never a thing that only carries it as a tag),
 * synonym targets are library labels, colour words that are things, people named by their role,
 * and a floor on coverage of common drawable nouns. Words chosen here, not from any test set.
 */
import { describe, expect, it } from 'vitest';
import { generateWithDetails } from './generate.ts';
import { thingsOfPrompt } from './scene-words.ts';
import { bestHit, shapeAt, shapesForWord } from './shapes/shape-library.ts';
import { SYNONYM_LANG, THING_SYNONYMS } from './shapes/thing-words.ts';
import commonNouns from '../../../test/fixtures/art-common-nouns.json';

const useOf = (prompt: string, word: string) => thingsOfPrompt(prompt).uses.find((u) => u.word === word || u.word.split(' ').includes(word));
const labelOf = (prompt: string, word: string): string | undefined => {
  const u = useOf(prompt, word);
  return u?.as === 'thing' ? shapeAt(u.shapes[0]!).label.toLowerCase() : undefined;
};
const labelWords = (label: string): string[] => label.toLowerCase().split(/[\s-]+/);

describe('the prompt’s language decides a homograph', () => {
  it('reads English boots as boots and German Boot as a boat', () => {
    for (const p of ['my red rain boots by the door', 'a pair of boots', 'a boot in the mud']) {
      const l = labelOf(p, p.includes('boots') ? 'boots' : 'boot');
      expect(l, p).toMatch(/boot/);
      expect(l, p).not.toMatch(/sail|canoe|ship/);
    }
    expect(labelOf('ein kleines Boot auf dem Meer', 'boot')).toMatch(/boat/);
  });

  it('applies a synonym recorded for one language in that language', () => {
    for (const [word, lang] of Object.entries(SYNONYM_LANG)) {
      expect(THING_SYNONYMS[word], word).toBeDefined();
      const own = shapesForWord(word, lang);
      expect(own, word).toEqual(shapesForWord(word));
    }
  });

  it('reads German See as a lake and English see as no thing', () => {
    expect(useOf('ein Boot auf dem See', 'see')).toMatchObject({ as: 'motif', motif: 'lake' });
    expect(useOf('I see a boat', 'see')?.as).not.toBe('motif');
  });

  it('reads a small word of another language that names a person here as that person', () => {
    expect(useOf('a father and his son', 'son')).toMatchObject({ as: 'figure', child: true });
    expect(useOf('los perros son grandes', 'son')).toBeUndefined();
  });
});

describe('a word’s shape is one that names it', () => {
  it('gives every synonym target a shape whose label holds all the target’s words', () => {
    for (const [word, targets] of Object.entries(THING_SYNONYMS)) {
      const got = shapesForWord(word);
      expect(got.length, word).toBe(targets.length);
      targets.forEach((t, j) => {
        const words = labelWords(shapeAt(got[j]!).label);
        for (const w of t.split(' ')) expect(words, `${word} → ${t}`).toContain(w);
      });
    }
  });

  it('prefers a shape whose English label is or ends in the word over one only tagged with it', () => {
    // A made-up ordering of hits: the tag-only one first. bestHit must still pick the labelled one.
    const boot = shapesForWord('boot', 'en')[0]!;
    const sail = shapesForWord('sailboat', 'en')[0]!;
    expect(bestHit('boot', [sail, boot])).toBe(boot);
    expect(bestHit('sailboat', [boot, sail])).toBe(sail);
    // No label names it: the first hit stays.
    expect(bestHit('zzz', [sail, boot])).toBe(sail);
  });

  it('does not paint a ground material as a thing that mentions it', () => {
    expect(useOf('footprints in the sand', 'sand')?.as).toBe('not-drawn');
    expect(useOf('a bench in the park', 'bench')?.as).toBe('thing');
    expect(labelOf('a bench in the park', 'bench')).not.toMatch(/biceps/);
  });

  it('marks an English word painted with its kind’s shape, and not one with its own', () => {
    for (const p of ['a bench in the park', 'a starfish on the beach']) expect(useOf(p, p.split(' ')[1]!), p).toMatchObject({ as: 'thing', nearest: true });
    for (const p of ['a fox in the snow', 'two dogs', 'a boot', 'a car']) expect(useOf(p, p.split(' ')[1]!), p).not.toHaveProperty('nearest');
    expect(useOf('eine Bank im Park', 'bank')).toMatchObject({ as: 'thing', nearest: true });
  });

  it('puts a starfish on the ground though its shape is the sky’s star', () => {
    const u = useOf('a starfish', 'starfish');
    expect(u).toMatchObject({ as: 'thing', place: 'g' });
    expect(shapeAt((u as { shapes: readonly number[] }).shapes[0]!).place).toBe('s');
    const { report } = generateWithDetails({ prompt: 'a starfish', seed: 2, width: 160, height: 120 });
    const where = report.words.find((w) => w.word === 'starfish')?.where ?? [];
    expect(where.length).toBeGreaterThan(0);
    for (const w of where) expect(w.layer).not.toBe('sky');
  });

  it('names young animals and everyday names by the animal, in three languages', () => {
    expect(labelOf('a puppy', 'puppy')).toMatch(/dog/);
    expect(labelOf('un cachorro', 'cachorro')).toMatch(/dog/);
    expect(labelOf('ein Welpe', 'welpe')).toMatch(/dog/);
    expect(labelOf('a squirrel', 'squirrel')).toMatch(/chipmunk/);
    expect(labelOf('ein Eichhörnchen', 'eichhörnchen')).toMatch(/chipmunk/);
  });

  it('draws the head of two nouns and reports the modifier, not two things', () => {
    for (const [p, mod, head] of [
      ['a paper boat on the pond', 'paper', 'boat'],
      ['a coffee cup', 'coffee', 'cup'],
      ['un barco de papel', 'papel', 'barco'],
      ['un osito de peluche', 'peluche', 'osito'],
    ] as const) {
      expect(useOf(p, mod)?.as, p).toBe('not-drawn');
      expect(useOf(p, head)?.as, p).toBe('thing');
    }
    // A list is several things; a noun before a verb is the subject; an amount's noun is the thing.
    expect(useOf('flowers, trees and birds', 'trees')?.as).toBe('thing');
    expect(useOf('a cat, a dog', 'cat')?.as).toBe('thing');
    expect(useOf('a rabbit eating a carrot', 'rabbit')?.as).toBe('thing');
    expect(useOf('un trozo de pan', 'pan')?.as).toBe('thing');
    // A two-word name written as one in the library.
    expect(labelOf('a tree house', 'tree')).toMatch(/treehouse/);
  });

  it('reads multi-word things and compounds by their head and modifier', () => {
    expect(useOf('a rocking chair by the fire', 'chair')?.as).toBe('thing');
    expect(labelOf('a rocking chair by the fire', 'chair')).toMatch(/chair/);
    expect(useOf('a lamp next to a music stand', 'stand')?.as).toBe('thing');
    expect(labelOf('ein Windrad auf dem Hügel', 'windrad')).toMatch(/wind/);
    expect(labelOf('eine Schreibtischlampe', 'schreibtischlampe')).toMatch(/lamp/);
  });
});

describe('colour words that are things', () => {
  it('reads a colour word after an article, before no noun, as the thing', () => {
    expect(labelOf('the orange on the table', 'orange')).toMatch(/tangerine/);
    expect(labelOf('una rosa en el jardín', 'rosa')).toMatch(/rose/);
    expect(labelOf('a red rose', 'rose')).toMatch(/rose/);
    expect(labelOf('die Orange', 'orange')).toMatch(/tangerine/);
  });

  it('keeps a colour word before or after a noun a colour', () => {
    expect(useOf('an orange cat', 'orange')?.as).toBe('colour');
    expect(useOf('an orange cat', 'cat')).toMatchObject({ as: 'thing', colour: expect.anything() });
    expect(useOf('una casa rosa', 'rosa')?.as).toBe('colour');
  });
});

describe('people by their role', () => {
  it.each([
    ['a teacher at the blackboard', 'teacher'],
    ['un rey con su corona', 'rey'],
    ['eine Hexe auf dem Besen', 'hexe'],
    ['a stranger waving', 'stranger'],
  ])('%s → a figure', (prompt, word) => {
    expect(useOf(prompt, word)?.as).toBe('figure');
  });
});

describe('the client among the people', () => {
  it('draws "me", "yo", "ich" named with other people or first, and not an object pronoun', () => {
    expect(useOf('my brother and me under a tree', 'me')?.as).toBe('figure');
    expect(useOf('mi hermana y yo en la playa', 'yo')?.as).toBe('figure');
    expect(useOf('Oma, Opa und ich im Garten', 'ich')?.as).toBe('figure');
    expect(useOf('me holding an umbrella', 'me')?.as).toBe('figure');
    expect(useOf('show me a tree', 'me')).toBeUndefined();
  });
});

describe('coverage of common drawable nouns', () => {
  it('draws at least 95 % and makes things of at least 85 % of them in each language', () => {
    const nouns = commonNouns as unknown as Record<'en' | 'es' | 'de', string[]>;
    const cue = { en: 'the', es: 'el', de: 'das' } as const;
    for (const lang of ['en', 'es', 'de'] as const) {
      let thing = 0;
      let drawn = 0;
      for (const n of nouns[lang]) {
        const w = n.toLowerCase();
        const u = useOf(`${cue[lang]} ${w}`, w);
        if (u?.as === 'thing') thing++;
        if (u?.as === 'thing' || u?.as === 'motif' || u?.as === 'figure') drawn++;
      }
      expect(thing / nouns[lang].length, lang).toBeGreaterThanOrEqual(0.85);
      expect(drawn / nouns[lang].length, lang).toBeGreaterThanOrEqual(0.95);
    }
  });
});
