import { describe, expect, it } from 'vitest';
import { screenText } from './crisis-screen.ts';
import { HELD_OUT_TEXTS } from './crisis-screen.heldout.ts';
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
    expect(r.matches[0]!.excerpt).toBe('kill myself');
    expect(r.reasons[0]).toMatch(/^urgent: suicide — "kill myself"; states intent/);
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

describe('crisis screen accuracy on the labelled set', () => {
  it(`meets recall ≥ 0.95 and false-positive rate ≤ 0.10 on ${LABELLED_TEXTS.length} texts`, () => {
    const rank: Record<CrisisLevel, number> = { none: 0, concern: 1, urgent: 2 };
    let tp = 0, fp = 0, tn = 0, fn = 0, exact = 0, urgentHit = 0, urgentTotal = 0;
    const misses: string[] = [];
    for (const [text, label] of LABELLED_TEXTS) {
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
      if (rank[got] < rank[label]) expect.soft(got, `under-called: ${text}`).not.toBe('none');
    }
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    const fpr = fp / (fp + tn);
    console.log([
      `crisis screen on ${LABELLED_TEXTS.length} labelled texts (${tp + fn} positive, ${fp + tn} negative):`,
      `  recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  false-positive rate ${fpr.toFixed(3)}`,
      `  exact level ${(exact / LABELLED_TEXTS.length).toFixed(3)}  urgent recall (as urgent) ${(urgentHit / urgentTotal).toFixed(3)}`,
      `  TP ${tp} FN ${fn} FP ${fp} TN ${tn}`,
      ...(misses.length ? ['  level disagreements:', ...misses] : []),
    ].join('\n'));
    expect(LABELLED_TEXTS.length).toBeGreaterThanOrEqual(150);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(fpr).toBeLessThanOrEqual(0.1);
  });
});

describe('crisis screen on the held-out set', () => {
  it(`reports figures on ${HELD_OUT_TEXTS.length} texts never used for tuning`, () => {
    let tp = 0, fp = 0, tn = 0, fn = 0;
    const misses: string[] = [];
    for (const [text, label] of HELD_OUT_TEXTS) {
      const got = screenText(text).level;
      const pos = label !== 'none';
      if (pos && got !== 'none') tp++;
      else if (pos) fn++;
      else if (got !== 'none') fp++;
      else tn++;
      if (got !== label) misses.push(`  expected ${label.padEnd(7)} got ${got.padEnd(7)} ${JSON.stringify(text)}`);
    }
    const recall = tp / (tp + fn);
    const fpr = fp / (fp + tn);
    console.log([
      `crisis screen on ${HELD_OUT_TEXTS.length} held-out texts: recall ${recall.toFixed(3)}  precision ${(tp / (tp + fp)).toFixed(3)}  false-positive rate ${fpr.toFixed(3)}`,
      `  TP ${tp} FN ${fn} FP ${fp} TN ${tn}`,
      ...misses,
    ].join('\n'));
    // A floor, not a target. On new paraphrases a phrase list generalises poorly (round 3 was
    // written to be indirect: "giving my things away", "drive into a tree"); the figure is printed
    // so it is seen. Raising it needs more lists or a learned model, not a looser assertion.
    expect(recall).toBeGreaterThanOrEqual(0.15);
    expect(fpr).toBeLessThanOrEqual(0.2);
  });
});
