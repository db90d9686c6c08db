/**
 * Words → things: plural and diminutive folding (en, es, de), German compound heads, tag nouns,
 * and that common words that are not things (articles, pronouns, verbs, adverbs) never become
 * one. Words chosen here, not from any test set.
 */
import { describe, expect, it } from 'vitest';
import { compoundHead, thingForm, thingsOfPrompt } from './scene-words.ts';
import { shapesForWord, wordForms } from './shapes/shape-library.ts';

const thingOf = (prompt: string, word: string) => thingsOfPrompt(prompt).uses.find((u) => u.word === word);
/** The library shapes a word names in a prompt (empty when it is not a thing). */
const shapesIn = (prompt: string, word: string): readonly number[] => {
  const u = thingOf(prompt, word);
  return u?.as === 'thing' ? u.shapes : [];
};

describe('plural and diminutive folding', () => {
  it.each([
    ['en', 'the', 'boxes', 'box'],
    ['en', 'the', 'cherries', 'cherries'],
    ['en', 'the', 'wolves', 'wolf'],
    ['es', 'los', 'lápices', 'lápiz'],
    ['es', 'el', 'gatito', 'gato'],
    ['es', 'la', 'casita', 'casa'],
    ['es', 'los', 'perritos', 'perro'],
    ['de', 'das', 'kätzchen', 'katze'],
    ['de', 'das', 'bäumchen', 'baum'],
    ['de', 'das', 'häuschen', 'haus'],
    ['de', 'die', 'äpfel', 'apfel'],
    ['de', 'die', 'bücher', 'buch'],
  ])('%s: %s %s draws what its base noun draws', (_lang, art, word, base) => {
    const got = shapesIn(`${art} ${word}`, word);
    expect(got.length, word).toBeGreaterThan(0);
    expect(got[0]).toBe(shapesIn(`${art} ${base}`, base)[0]);
  });

  it('a diminutive is one thing, a plural a group', () => {
    const one = thingOf('ein Kätzchen im Garten', 'kätzchen');
    const many = thingOf('die Katzen im Garten', 'katzen');
    expect(one?.as === 'thing' && one.count).toBe(1);
    expect(many?.as === 'thing' && many.count).toBeGreaterThan(1);
  });

  it('every folded form is shorter than the word and no shorter than three letters', () => {
    for (const w of ['kätzchen', 'florecitas', 'lucecitas', 'blümlein', 'ponies', 'freundinnen', 'pasteles']) {
      const [first, ...rest] = wordForms(w);
      expect(first).toBe(w);
      for (const f of rest) {
        expect(f.length).toBeGreaterThanOrEqual(3);
        expect(f.length).toBeLessThanOrEqual(w.length);
      }
    }
  });
});

describe('German compounds', () => {
  it.each([
    ['holzbank', 'bank', 'holz'],
    ['apfelbaum', 'baum', 'apfel'],
    ['gartenstuhl', 'stuhl', 'garten'],
    ['küchentisch', 'tisch', 'küche'],
    ['segelschiff', 'schiff', 'segel'],
    ['wollmütze', 'mütze', 'woll'],
  ])('%s → head %s, modifier %s', (word, head, modifier) => {
    const c = compoundHead(word);
    expect(c).toBeDefined();
    expect(wordForms(head)).toContain(c!.head);
    expect(c!.modifier.startsWith(modifier.slice(0, 4))).toBe(true);
    // The compound draws what its head draws.
    expect(shapesIn(`der ${word}`, word)[0]).toBe(shapesForWord(thingForm(head, 'de')!)[0]);
  });

  it('the longest known ending is the head (a compound of three nouns)', () => {
    const c = compoundHead('gartenholzbank');
    expect(c?.head).toBe('bank');
    expect(thingForm('gartenholzbank', 'de')).toBe('bank');
  });

  it('a compound whose head the scene paints as a motif is that motif, not a thing (Herbst|wald)', () => {
    const c = compoundHead('herbstwald');
    expect(c?.motif).toBeDefined();
    expect(thingOf('der Herbstwald im Nebel', 'herbstwald')?.as).toBe('motif');
  });

  it('short words and hyphenated words are not split', () => {
    for (const w of ['baum', 'ast', 'hausen', 'x-baum']) expect(compoundHead(w)).toBeUndefined();
  });
});

describe('tags that name things', () => {
  it.each([
    ['en', 'a pumpkin on the step', 'pumpkin'],
    ['es', 'una seta en el bosque', 'seta'],
    ['de', 'ein Pilz im Wald', 'pilz'],
    ['de', 'ein Kürbis vor der Tür', 'kürbis'],
  ])('%s: %s', (_l, prompt, word) => {
    expect(thingOf(prompt, word)?.as).toBe('thing');
  });
});

describe('words that are not things stay not things', () => {
  const notThings = {
    en: 'the a an and or but of to in on with is are was be have has do does go goes went come see look looks looking stand standing sit walk run think feel make take give get put come very quite always never often here there now then today tomorrow it they we you he she me him her them us this that these those what which who because while into onto over under beside between happy sad quiet long short round soft floating shining'.split(
      ' ',
    ),
    es: 'el la los las un una unos unas y o pero de del al en con sin por para es son está están estar ser tener hacer ir ver mirar estar caminar correr muy siempre nunca aquí allí ahora hoy mañana yo tú él ella nosotros ellos esto eso aquel que quien porque mientras sobre bajo entre feliz triste suave largo corto redondo'.split(
      ' ',
    ),
    de: 'der die das den dem des ein eine einer einem einen und oder aber mit ohne auf unter über neben zwischen ist sind war sein haben hat machen gehen stehen sitzen liegen laufen sehen schauen schwimmen spielen sehr immer nie hier dort jetzt heute morgen ich du er sie es wir ihr mich dich ihn uns dieser diese dieses welcher weil während nach vor hinter glücklich traurig weich lang kurz rund leise'.split(
      ' ',
    ),
  };
  const cue = { en: 'the', es: 'el', de: 'das' } as const;
  it.each(['en', 'es', 'de'] as const)('%s', (lang) => {
    const became = notThings[lang].filter((w) => {
      const u = thingsOfPrompt(`${cue[lang]} ${cue[lang]} ${w}`).uses.find((x) => x.word === w);
      return u?.as === 'thing';
    });
    expect(became).toEqual([]);
  });
});
