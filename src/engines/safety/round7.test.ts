import { describe, expect, it } from 'vitest';
import { readText } from './compose.ts';
import { explainText, screenText } from './index.ts';
import { clausePolarity, deniedActs, POLARITY } from './polarity.ts';
import { ruleMatches } from './rules.ts';
import { textScope } from './scope.ts';

/**
 * Round 7 kinds (docs/crisis-screen.md): clause polarity, denials of acting, named threats,
 * everyday tasks, benign reasons for giving things away, farewell pieces, preparation read from
 * several doctors, a tied ligature or a chosen place, music prompts of the writer's own dying.
 * Texts written for this test, not taken from any set.
 */
const level = (t: string): string => screenText(t).level;

function polarityOf(text: string): number[] {
  const { tokens, ctx } = readText(text);
  const ruled = ruleMatches(tokens, ctx, text);
  const scope = textScope(
    tokens,
    ctx,
    ruled.filter((m) => m.level !== 'none').map((m) => [m.start, m.end] as const),
  );
  return clausePolarity(tokens, ctx, ruled, scope);
}

describe('round 7: clause polarity', () => {
  it('marks a denied clause and leaves the writer’s own clause unmarked, in three languages', () => {
    for (const t of ['im not suicidal, but i want to die', 'no me quiero morir, pero quiero morir', 'ich will nicht sterben, aber ich will sterben']) {
      const p = polarityOf(t);
      expect(p[0]).toBe(POLARITY.Denied);
      expect(p[p.length - 1]).toBe(POLARITY.Own);
    }
  });

  it('finds a denial of acting that names no risk word, and not a plain "nothing"', () => {
    const read = (t: string): number => {
      const { tokens, ctx } = readText(t);
      return deniedActs(tokens, ctx.language).length;
    };
    expect(read("I'm not going to do anything stupid, I promise")).toBe(1);
    expect(read('no pienso hacerme nada, tranquila')).toBe(1);
    expect(read('keine angst, ich tu mir nix an')).toBe(1);
    expect(read('did nothing all weekend but sleep')).toBe(0);
    expect(read('hoy no hice nada en el trabajo')).toBe(0);
  });
});

describe('round 7: a denial alone is none, a denial before a disclosure still counts', () => {
  it.each([
    [
      'not planning to do anything silly, promise. the week was just rubbish',
      "not planning to do anything silly, promise. but i've kept the pills from my last prescription in a box",
    ],
    [
      'te prometo que no voy a hacer ninguna locura, solo fue un mal día',
      'te prometo que no voy a hacer ninguna locura, pero ya escribí la carta para mi madre',
    ],
    ['keine sorge, ich tu mir nichts an. der tag war nur mies', 'ich tu mir nichts an. aber die tabletten hab ich gesammelt, nur für den fall'],
  ])('%s → none; the same with a disclosure → not none', (denial, disclosed) => {
    expect(level(denial)).toBe('none');
    expect(level(disclosed)).not.toBe('none');
  });

  it('reads "I want to live" after a denial as no risk word of the writer’s own', () => {
    expect(level('Ich will nicht sterben, ich will leben')).toBe('none');
    expect(level('no quiero morir, quiero vivir')).toBe('none');
    expect(level("i don't want to die, i want to live")).toBe('none');
  });

  it('keeps "until I don’t wake up" a wish, not a denial', () => {
    expect(level('drinking until i dont wake up is the plan for tonight')).not.toBe('none');
    expect(explainText('I want to sleep and not wake up').screen.level).not.toBe('none');
  });
});

describe('round 7: hard negatives by form (messages, homework, prompts)', () => {
  it.each([
    'draw me in a bubble bath with a glass of red wine',
    'dibújame en la bañera con espuma y una copa de vino',
    'mal mich in der badewanne mit schaum und einem glas sekt',
    "didn't finish the homework sheet, sorry! will do it tonight",
    'no terminé la tarea, la hago esta noche',
    'die hausaufgabe mach ich heute abend',
    'me hanging out with friends tonight',
    "giving away my old books because i'm decluttering before the move",
    'ich verschenk meine cds, weil ich nur noch auf e-reader und streaming bin',
    'my dog chewed my new trainers and I swear I am going to murder him',
  ])('%s → none', (t) => expect(level(t)).toBe('none'));

  it('reads a landmark free of the behaviour as a past that is over, and a relapse as not', () => {
    expect(level('4 years self harm free today, bought myself flowers')).toBe('none');
    expect(level('drei jahre ritzfrei heute, hab mir eine torte gekauft')).toBe('none');
    expect(level('self harm again last night, the free streak is over')).not.toBe('none');
  });

  it('keeps a named threat a danger, even in the words of an idiom', () => {
    expect(level("he said he'll kill me if i'm still here tonight")).toBe('urgent');
    expect(level('my mum will kill me if I am late again')).toBe('none');
  });
});

describe('round 7: misses of crisis5 kinds, written afresh', () => {
  it.each([
    'a song that sounds like slowly stopping breathing, for me',
    'make a song that sounds like disappearing',
    'música que suene a dejar de respirar',
    'every night i hope my heart just stops in my sleep',
    'der Herrgott soll mich endlich holen',
    'ate a biscuit then did sit ups until midnight so it would not count',
    'tiro el almuerzo a la basura todos los días, quiero llegar a 40 kilos',
    'nach dem essen hab ich abführmittel genommen',
    'me vienen imágenes de ahogar a mi bebé, nunca lo haría pero me aterran',
    'ich habe zwangsgedanken, meinem baby weh zu tun',
  ])('%s → at least concern', (t) => expect(level(t)).not.toBe('none'));

  it.each([
    'thanks for everything, have a good life',
    'abschiedsbild für meine schwester, bevor ich heute nacht gehe',
    'got sleeping pills from three different doctors, they are in my bag',
    'conseguí pastillas con tres médicos distintos y las tengo guardadas',
    'last night i tied the belt to the door handle',
    'den ast hab ich schon ausgesucht',
    'a soft piano piece to play while i take the pills tonight',
  ])('%s → urgent', (t) => expect(level(t)).toBe('urgent'));

  it('leaves an ordinary goodbye and an ordinary set of doctors alone', () => {
    expect(level('have a good life in Canada, we will miss you at the office!')).toBe('none');
    expect(level('my mum sees three different doctors for her knee')).toBe('none');
  });
});
