import { describe, expect, it } from 'vitest';
import { readText } from './compose.ts';
import { screenText } from './index.ts';
import { textScope } from './scope.ts';

/**
 * Round 4 (issue #14): whose crisis, when, denied; preparation and overdose read from their parts;
 * and the safety floor. Each case is a pair — the same risk said as the writer's own now, and scoped
 * away — so a scope rule that swallowed risk, or one that did nothing, fails.
 */
const RANK = { none: 0, concern: 1, urgent: 2 } as const;
const level = (text: string): keyof typeof RANK => screenText(text).level;

describe('scope: whose crisis', () => {
  const pairs: readonly (readonly [string, string])[] = [
    [
      'i cut myself badly on saturday and had to glue it shut',
      'my flatmate cut himself badly on saturday, i drove him to the hospital and sat with him. im ok',
    ],
    [
      'hace dos días me tomé todas las pastillas a propósito',
      'mi vecina se tomó todas las pastillas el mes pasado, la visité en el hospital y ya está estable. yo estoy bien',
    ],
    [
      'gestern hab ich versucht mich umzubringen',
      'mein kollege hat gestern versucht sich umzubringen, ich hab den krisendienst angerufen und er hat jetzt einen termin. mir geht es gut',
    ],
  ];
  for (const [own, other] of pairs) {
    it(`counts "${own.slice(0, 40)}…" and not the same told about someone else with care`, () => {
      expect(RANK[level(own)]).toBeGreaterThanOrEqual(1);
      expect(level(other)).toBe('none');
    });
  }

  it('is at least a concern when someone else’s crisis makes the writer fear for themselves', () => {
    for (const text of [
      'my friend tried to kill herself last month and now im scared i could do it too',
      'mi hermano se suicidó y desde entonces pienso que esa también es mi salida',
      'meine freundin hat sich umgebracht und ich hab angst dass ich das auch mache',
    ]) {
      expect(RANK[level(text)], text).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps someone else’s crisis happening now as a risk (the care has not happened yet)', () => {
    expect(RANK[level('my sister just texted me goodbye and says she took all her pills right now')]).toBe(2);
  });

  it('never scopes away a weapon in someone else’s hands', () => {
    expect(RANK[level('hes banging on the door with a knife, im locked in the bathroom, please help')]).toBeGreaterThanOrEqual(1);
  });
});

describe('scope: when', () => {
  it('reads a distant past closed by a later present as history, and its return as risk', () => {
    expect(level('in 2014 i overdosed on my mums pills. now i have a job i love and a dog')).toBe('none');
    expect(level('a los 17 intenté matarme. hoy tengo 35 y una familia que me quiere')).toBe('none');
    expect(level('mit 15 hab ich mich geritzt. heute bin ich 30 und glücklich')).toBe('none');
    // The same past, back again: not closed.
    expect(RANK[level('in 2014 i overdosed on my mums pills. lately the same thoughts are back again')]).toBeGreaterThanOrEqual(1);
  });

  it('treats an overdose last night, an hour ago or on Sunday as urgent', () => {
    for (const text of [
      'last night i took all my sleeping pills on purpose',
      'took like 40 of my sertraline an hour ago',
      'el domingo me tomé todo el frasco de clonazepam',
      'hab gestern absichtlich die ganze packung schlaftabletten genommen',
    ]) {
      expect(level(text), text).toBe('urgent');
    }
  });

  it('reads a habit as substance misuse, not an overdose now', () => {
    expect(level('i mix my meds with beer most nights, i dont care what happens')).not.toBe('urgent');
  });
});

describe('scope: denied', () => {
  it('reads giving things away for a move as benign, and a move that is a cover as preparation', () => {
    expect(level('giving my furniture away because im moving to canada next month, nothing bad')).toBe('none');
    expect(level('gave away my guitar and my books, told everyone im moving. im not')).toBe('urgent');
  });

  it('reads a form question answered "not at all" as no risk', () => {
    expect(level('phq question about being better off dead - not at all')).toBe('none');
  });

  it('marks denied risk words as scoped in the scope itself', () => {
    const { tokens, ctx } = readText('estoy regalando mis muebles porque me mudo a chile, nada malo');
    expect(textScope(tokens, ctx).scopedAway).toBeGreaterThan(0);
  });
});

describe('preparation, farewells and the therapy ending', () => {
  const urgent = [
    'found a new home for my cat and gave my records to my brother. everything is sorted now',
    'le regalé mi guitarra a mi primo y la perra se queda con mi vecina. ya estoy lista',
    'hab meine kamera meinem bruder geschenkt, ich brauch sie nicht mehr',
    'i wont be here for our next session. thank you for everything',
    'no voy a estar para la próxima sesión, gracias por todo',
    'zur nächsten sitzung werde ich nicht mehr da sein',
    'bought paracetamol in four different pharmacies today',
    'recorded a video for each of my kids for their birthdays, for after',
    'cancelled my gym and phone contracts and paid rent ahead so nobody is stuck with it after',
  ];
  for (const text of urgent) it(`urgent: ${text}`, () => expect(level(text)).toBe('urgent'));

  it('does not read an absence with its reason as a farewell', () => {
    expect(level('i wont be here for next session, im on holiday in spain! see you after')).toBe('none');
    expect(level('nächste stunde bin ich nicht da, bin im urlaub an der ostsee')).toBe('none');
  });
});
