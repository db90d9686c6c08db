import { describe, expect, it } from 'vitest';
import { screenText } from './index.ts';

/**
 * Round 5: a denial covers its own clause, not the whole text. Pairs: the same denial alone (none)
 * and followed by a disclosure (at least the level given), in English, Spanish and German.
 */
const level = (text: string) => screenText(text).level;
const RANK = { none: 0, concern: 1, urgent: 2 } as const;

describe('clause-level denial', () => {
  const pairs: readonly (readonly [string, string, 'concern' | 'urgent'])[] = [
    ['i am not suicidal, promise.', 'i am not suicidal, promise. but i googled how many of my sertraline it would take', 'urgent'],
    [
      'tranqui, no me pasa nada grave, solo estoy cansada de la semana.',
      'tranqui, no me pasa nada grave, solo estoy cansada de la semana. eso sí, busqué cuántas pastillas de mi abuela harían falta',
      'urgent',
    ],
    ['keine sorge, nix schlimmes.', 'keine sorge, nix schlimmes. ich hab nur recherchiert, wie viele tabletten man bräuchte', 'urgent'],
  ];
  for (const [alone, withDisclosure, atLeast] of pairs) {
    it(`"${alone}" is none, and a disclosure after it still counts`, () => {
      expect(level(alone)).toBe('none');
      expect(RANK[level(withDisclosure)]).toBeGreaterThanOrEqual(RANK[atLeast]);
    });
  }

  it('reads German negation after the verb and a clause that opens by denying itself', () => {
    expect(level('nein, geschnitten hab ich mich nicht, war nur müde. 6/10')).toBe('none');
    expect(level('ich schneid mich wieder, jeden abend')).not.toBe('none');
    expect(level('nicht dass ich mich umbringen will, ich bin nur urlaubsreif')).toBe('none');
    // "so tief wie noch nie" is a comparison, not a denial.
    expect(level('gestern hab ich mich so tief geschnitten wie noch nie')).not.toBe('none');
  });

  it('takes a zero answer on a form as a denial of that line only', () => {
    expect(level('suicidal thoughts this week: none. sleep: ok, 7 hours')).toBe('none');
    expect(level('suicidal thoughts this week: yes, most nights')).not.toBe('none');
  });

  it("denies a reading someone else gives the writer's words when the next sentence says no", () => {
    expect(level('my teacher thinks my painting of a grave means i want to die. no, it is my grandad’s grave and i miss him')).toBe('none');
    expect(level('my teacher thinks my painting of a grave means i want to die. she is right, i do')).not.toBe('none');
  });

  it('reads looking up a lethal amount as preparation only when the writer searched', () => {
    expect(level('last night i googled how many paracetamol would be enough')).toBe('urgent');
    expect(level('my brother googled how many ibuprofen he can take for his knee, the doctor said two')).not.toBe('urgent');
  });
});

describe('art descriptions read in round 5', () => {
  it('reads a bath with red water or blood around the writer, and a verb-final hanging in German', () => {
    expect(level('i painted myself in the bathtub and the water is red')).not.toBe('none');
    expect(level('male mich in der badewanne, das wasser rot')).not.toBe('none');
    expect(level('zeichne mich, wie ich an einem seil im keller hänge')).not.toBe('none');
    expect(level('male mich, wie ich das bild an die wand hänge')).toBe('none');
    expect(level('a bathtub full of rose petals, red and pink, romantic')).toBe('none');
  });

  it('makes a self-portrait of death urgent when a time sits on the writer', () => {
    expect(level('prompt: a woman lying in a bath, the water red. it is me tonight')).toBe('urgent');
    expect(level('prompt: me lying in a bath, the water red')).toBe('concern');
  });
});

describe('a low mood the writer closes', () => {
  it('asks the statistical layer for more confidence, and never hides a risk word', () => {
    expect(level('felt hollow and far away all morning, but it passed after lunch with my sister')).toBe('none');
    expect(level('fühlte mich leer und grau, am abend wieder besser')).toBe('none');
    expect(level('felt hollow all morning and wanted to die, but it passed after lunch')).not.toBe('none');
  });
});
