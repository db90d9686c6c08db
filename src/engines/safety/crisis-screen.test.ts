import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertReasons, screenText } from './crisis-screen.ts';
import { HELD_OUT_TEXTS } from './crisis-screen.heldout.ts';
import { HELD_OUT_2_TEXTS } from './crisis-screen.heldout2.ts';
import { LABELLED_TEXTS } from './crisis-screen.labelled.ts';
import { compilePhrase, withinOneEdit } from './matcher.ts';
import { MODIFIERS } from './modifiers.ts';
import type { CrisisLevel } from './phrase-list.ts';
import { PHRASES_DE } from './phrases-de.ts';
import { PHRASES_EN } from './phrases-en.ts';
import { PHRASES_ES } from './phrases-es.ts';

describe('screenText', () => {
  it('flags intent as urgent and names the phrase and the reason', () => {
    const r = screenText("I'm going to kill myself tonight");
    expect(r.level).toBe('urgent');
    expect(r.categories).toEqual(['suicide']);
    expect(r.matches.map((m) => m.excerpt)).toContain('going to kill myself');
    expect(r.reasons[0]).toBe(`suicide: states an intent to end their life; mentions a time: 'tonight' — "going to kill myself"`);
    // The level is a field of its own; reasons never repeat it ("urgent: urgent: suicide").
    expect(r.reasons.every((x) => !/^(urgent|concern)\b/.test(x))).toBe(true);
  });

  it('gives an alert only the reasons that counted, without the level', () => {
    const r = screenText("I'm not going to hurt myself. But I want to die.");
    expect(r.reasons.some((x) => x.startsWith('not counted (negated): self-harm'))).toBe(true);
    expect(alertReasons(r)).toEqual([`suicide: passive wish to be dead or not to exist — "i want to die"`]);
    expect(alertReasons(screenText('I drew a tree'))).toEqual([]);
  });

  it('lowers negated statements and reports what it discounted', () => {
    const r = screenText("I'm not going to hurt myself");
    expect(r.level).toBe('none');
    expect(r.matches[0]!.modifiers).toEqual(['negated']);
    expect(r.reasons[0]).toMatch(/^not counted \(negated\): self-harm/);
  });

  it('does not treat figures of speech as crises', () => {
    for (const t of ['this homework is killing me', 'I died laughing', 'I want to die of embarrassment']) expect(screenText(t).level).toBe('none');
  });

  it('keeps a laughing statement as a concern: a joke may carry the truth', () => {
    for (const t of ['if I fail again I will kill myself lol', 'i wanna die lol', 'if they cancel the show I will jump off a bridge haha']) {
      expect(screenText(t).level, t).toBe('concern');
    }
    expect(screenText('if I fail again I will kill myself tonight lol').level).toBe('urgent'); // a time still counts
  });

  it('moves statements about someone else to someone-else-at-risk', () => {
    const r = screenText('my friend says she wants to die');
    expect(r).toMatchObject({ level: 'concern', categories: ['someone-else-at-risk'] });
  });

  it('reads slang, stretched words and typos', () => {
    expect(screenText('kms').level).toBe('urgent');
    expect(screenText('i wanna dieeeee').level).toBe('concern');
    expect(screenText('thinking about suicde').level).toBe('concern');
    expect(screenText('going to kill mysefl').level).toBe('urgent');
    expect(withinOneEdit('mysefl', 'myself')).toBe(true);
    expect(withinOneEdit('himself', 'myself')).toBe(false);
  });

  it('keeps the worst of several sentences', () => {
    expect(screenText('I drew a tree. I am not going to hurt myself. But I want to die.').level).toBe('concern');
  });

  it('handles empty and very long text', () => {
    expect(screenText('')).toEqual({ level: 'none', categories: [], matches: [], reasons: [] });
    expect(screenText('calm '.repeat(5000) + 'i want to die').level).toBe('concern');
  });

  it('compiles every phrase in every list', () => {
    const lists = [PHRASES_EN, PHRASES_ES, PHRASES_DE];
    const phrases = lists.flatMap((l) => l.groups.flatMap((g) => g.phrases));
    const mods = MODIFIERS.flatMap((m) => [...m.pseudoNegations, ...m.resolvedPast, ...m.figurative]);
    for (const p of [...phrases, ...mods]) expect(() => compilePhrase(p), p).not.toThrow();
    expect(phrases.length).toBeGreaterThan(250);
  });
});

interface Figures {
  readonly n: number;
  readonly recall: number;
  readonly precision: number;
  readonly fpr: number;
  readonly urgentRecall: number;
  readonly exact: number;
  readonly lines: readonly string[];
}

const RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, urgent: 2 };

/** Binary recall/precision/false-positive rate (positive = concern or urgent), urgent recall (as urgent), exact-level agreement. */
function figuresOn(name: string, set: readonly (readonly [string, CrisisLevel])[]): Figures {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0,
    exact = 0,
    urgentHit = 0,
    urgentTotal = 0;
  const misses: string[] = [];
  for (const [text, label] of set) {
    const got = screenText(text).level;
    const pos = label !== 'none';
    if (pos && got !== 'none') tp++;
    else if (pos) fn++;
    else if (got !== 'none') fp++;
    else tn++;
    if (got === label) exact++;
    else misses.push(`  expected ${label.padEnd(7)} got ${got.padEnd(7)} ${JSON.stringify(text)}`);
    if (label === 'urgent') {
      urgentTotal++;
      if (got === 'urgent') urgentHit++;
    }
  }
  const f = {
    n: set.length,
    recall: tp / (tp + fn),
    precision: tp / (tp + fp),
    fpr: fp / (fp + tn),
    urgentRecall: urgentHit / urgentTotal,
    exact: exact / set.length,
  };
  const lines = [
    `crisis screen on ${name}: ${set.length} texts (${tp + fn} positive, ${fp + tn} negative)`,
    `  recall ${f.recall.toFixed(3)}  precision ${f.precision.toFixed(3)}  false-positive rate ${f.fpr.toFixed(3)}  urgent recall ${f.urgentRecall.toFixed(3)}  exact level ${f.exact.toFixed(3)}`,
    `  TP ${tp} FN ${fn} FP ${fp} TN ${tn}`,
  ];
  return { ...f, lines: [...lines, ...misses] };
}

describe('crisis screen accuracy on the labelled set', () => {
  it(`meets recall ≥ 0.95 and false-positive rate ≤ 0.10 on ${LABELLED_TEXTS.length} texts`, () => {
    const f = figuresOn('the labelled (tuning) set', LABELLED_TEXTS);
    console.log(f.lines.join('\n'));
    // Missed positives are listed by name; a few deliberately hard texts stay in the set even
    // though the screen misses them ("been researching methods all night").
    const missed = LABELLED_TEXTS.filter(([text, label]) => label !== 'none' && screenText(text).level === 'none').map(([t]) => t);
    expect(missed.length, `missed: ${missed.join(' | ')}`).toBeLessThanOrEqual(2);
    expect(LABELLED_TEXTS.length).toBeGreaterThanOrEqual(150);
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
    expect(f.fpr).toBeLessThanOrEqual(0.1);
    expect(f.urgentRecall).toBeGreaterThanOrEqual(0.9);
  });
});

// Round 2 (issue #14): these two sets became tuning and training data, as the held-out protocol
// allowed; the untouched held-out set is test/heldout/crisis (docs/crisis-screen.md). Their
// figures here are in-sample now, and the floors below are only regression guards.
describe('crisis screen on the older held-out sets (tuning data since round 2)', () => {
  // Floors sit a little below what the screen achieves, so a regression fails; they are not
  // targets. Held-out 1 was written to be indirect ("I counted my tablets and there are enough")
  // and a word-class screen still misses most of it.
  it(`held-out 1: reports figures on ${HELD_OUT_TEXTS.length} texts`, () => {
    const f = figuresOn('held-out 1', HELD_OUT_TEXTS);
    console.log(f.lines.join('\n'));
    expect(f.recall).toBeGreaterThanOrEqual(0.35);
    expect(f.fpr).toBeLessThanOrEqual(0.1);
  });

  it(`held-out 2: reports figures on ${HELD_OUT_2_TEXTS.length} texts in English, Spanish and German`, () => {
    const f = figuresOn('held-out 2', HELD_OUT_2_TEXTS);
    console.log(f.lines.join('\n'));
    expect(HELD_OUT_2_TEXTS.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['es', 'de'] as const) {
      const start = HELD_OUT_2_TEXTS.findIndex(([t]) => (lang === 'es' ? /^me voy a matar esta noche/ : /^ich bring mich heute nacht um/).test(t));
      expect(start, lang).toBeGreaterThan(0);
      expect(HELD_OUT_2_TEXTS.length - start, lang).toBeGreaterThanOrEqual(30);
    }
    expect(f.recall).toBeGreaterThanOrEqual(FLOOR_2.recall);
    expect(f.fpr).toBeLessThanOrEqual(FLOOR_2.fpr);
    expect(f.urgentRecall).toBeGreaterThanOrEqual(FLOOR_2.urgentRecall);
  });
});

/**
 * Held-out 2 floors. Before the compositional layer the screen scored recall 0.613, FPR 0.196,
 * urgent recall 0.451; with it, recall 0.798, FPR 0.089, urgent recall 0.745.
 */
const FLOOR_2 = { recall: 0.75, fpr: 0.12, urgentRecall: 0.68 };

describe('crisis screen properties', () => {
  const concernPhrases = PHRASES_EN.groups
    .filter((g) => g.level === 'concern' && (g.category === 'suicide' || g.category === 'self-harm'))
    .flatMap((g) => g.phrases)
    .filter((p) => !/[|*.]/.test(p) && !/^(i|my|me)\b/.test(p));
  const concernTexts = [...concernPhrases, ...LABELLED_TEXTS.filter(([, l]) => l === 'concern').map(([t]) => t)];

  it('never raises the level when "I would never" is put in front of a concern phrase', () => {
    fc.assert(
      fc.property(fc.constantFrom(...concernPhrases), fc.constantFrom('I would never', 'I would never ever', 'i would never'), (phrase, neg) => {
        expect(RANK[screenText(`${neg} ${phrase}`).level]).toBeLessThanOrEqual(RANK[screenText(phrase).level]);
        expect(screenText(`${neg} ${phrase}`).level).not.toBe('urgent');
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('never throws on random unicode and always answers with a known level', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const r = screenText(text);
        expect(['none', 'concern', 'urgent']).toContain(r.level);
        expect(r.reasons.length).toBe(new Set(r.reasons).size);
      }),
      { seed: 11, numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'I',
            'want',
            'to',
            'die',
            'not',
            '.',
            ',',
            'kill',
            'myself',
            'tonight',
            'me',
            'quiero',
            'morir',
            'ich',
            'will',
            'sterben',
            '!',
            'pills',
            '"',
            'never',
          ),
          { maxLength: 30 },
        ),
        (words) => {
          expect(() => screenText(words.join(' '))).not.toThrow();
        },
      ),
      { seed: 13, numRuns: 500 },
    );
  });

  it('is deterministic: the same text gives the same verdict, in any order of calls', () => {
    fc.assert(
      fc.property(fc.constantFrom(...concernTexts, ...HELD_OUT_2_TEXTS.map(([t]) => t)), fc.string({ maxLength: 40 }), (text, other) => {
        const first = screenText(text);
        screenText(other);
        expect(screenText(text)).toEqual(first);
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe('compositional layer', () => {
  it('reads slang and misspellings from their parts', () => {
    expect(screenText('thinking bout sewerslide').level).toBe('concern');
    expect(screenText('i wanna unalive').level).toBe('concern');
    expect(screenText('i want to dissapear forevr').level).toBe('concern');
  });

  it('lifts a wish to die to urgent when a time, means or preparation is named, and says which', () => {
    const r = screenText('i want to die and i have been saving my meds');
    expect(r.level).toBe('urgent');
    const t = screenText('i want to die tonight after the party');
    expect(t.level).toBe('urgent');
    expect(t.reasons.join(' ')).toMatch(/mentions a time: 'tonight'/);
    expect(screenText('i want to die').level).toBe('concern');
  });

  it('treats negation, reports, figures of speech and a resolved past as not counted', () => {
    expect(screenText('i never wanted to die').level).toBe('none');
    expect(screenText('in the book the boy wants to die').level).toBe('none');
    expect(screenText('my feet are killing me').level).toBe('none');
    expect(screenText('years ago I wanted to die, now I am doing well').level).toBe('none');
    expect(screenText('years ago I wanted to die and I still think of it').level).toBe('concern');
  });

  it('reads Spanish and German composites', () => {
    expect(screenText('quiero morirme ya').level).toBe('concern');
    expect(screenText('ich möchte sterben').level).toBe('concern');
    expect(screenText('ich möchte nicht sterben').level).toBe('none');
    expect(screenText('me corté los brazos').level).toBe('concern');
    expect(screenText('me corté el dedo cocinando').level).toBe('none');
  });
});
