import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingSet } from '../../../scripts/crisis-classifier-data.ts';
import { CLASSIFIER_WEIGHTS } from '../../engines/safety/classifier-weights.ts';
import { DEFAULT_TRAIN_OPTIONS, trainClassifierYielding, vectorise } from '../../engines/safety/classifier-train.ts';
import { decodeWeights } from '../../engines/safety/classifier.ts';
import { explainText } from '../../engines/safety/index.ts';

/**
 * The screen's training corpus (src/engines/safety/corpus) and the statistical layer trained on it.
 * Lives here rather than beside the engine because it reads files. The held-out figures are not
 * here: they come from test/heldout/crisis/evaluate.ts, which prints aggregates only.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const items = trainingSet(root);
const corpus = items.filter((i) => i.language !== '?');

describe('crisis corpus', () => {
  it('holds ≥ 4,500 reviewed texts in en/es/de with every level, and no text twice', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(4500);
    const key = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    expect(new Set(corpus.map((i) => key(i.text))).size).toBe(corpus.length);
    for (const lang of ['en', 'es', 'de']) {
      const rows = corpus.filter((i) => i.language === lang);
      expect(rows.length, lang).toBeGreaterThanOrEqual(450);
      for (const level of ['none', 'concern', 'urgent']) expect(rows.filter((i) => i.level === level).length, `${lang} ${level}`).toBeGreaterThanOrEqual(100);
    }
    for (const i of corpus) expect(['none', 'concern', 'urgent']).toContain(i.level);
  });

  it('covers every clinical category and kind of hard negative the issue names, in each language', () => {
    const categories = [
      'wish-dead', 'active-ideation', 'method', 'intent', 'plan', 'preparation', 'attempt', 'nssi', 'nssi-escalation', 'hopelessness', 'burden', 'farewell',
      'eating-disorder', 'overdose', 'overdose-substance', 'harm-others', 'abuse-unsafe', 'art-risk', 'someone-else-risk',
      'hyperbole-idiom', 'negated', 'third-party-care', 'fiction', 'news', 'lyrics', 'resolved-past', 'art-benign', 'everyday', 'everyday-sad',
      'medical-food-game',
    ];
    for (const lang of ['en', 'es', 'de']) {
      const present = new Set(corpus.filter((i) => i.language === lang).map((i) => i.category));
      for (const c of categories) expect(present.has(c), `${lang} ${c}`).toBe(true);
    }
  });

  // Round 9: 10,000 texts; vectorised in slices and trained an epoch per turn of the event loop, so
  // the worker never blocks for long (vitest's RPC times out after 60 s).
  it('is what the committed weights were trained on, and a retrain gives the same bytes', async () => {
    const hash = createHash('sha256').update(JSON.stringify({ items, opts: DEFAULT_TRAIN_OPTIONS })).digest('hex');
    expect(CLASSIFIER_WEIGHTS.dataSha256).toBe(hash);
    expect(CLASSIFIER_WEIGHTS.options).toEqual(DEFAULT_TRAIN_OPTIONS);
    const vectors = [];
    for (let i = 0; i < items.length; i += 250) {
      vectors.push(...vectorise(items.slice(i, i + 250), DEFAULT_TRAIN_OPTIONS.bits, true, DEFAULT_TRAIN_OPTIONS.forms === true));
      await new Promise((r) => setImmediate(r));
    }
    const model = await trainClassifierYielding(items, vectors, DEFAULT_TRAIN_OPTIONS);
    expect(model.scales).toEqual([...CLASSIFIER_WEIGHTS.scales]);
    expect(model.bias).toEqual([...CLASSIFIER_WEIGHTS.bias]);
    expect(Buffer.from(model.weights.buffer).equals(Buffer.from(decodeWeights(CLASSIFIER_WEIGHTS.weights).buffer))).toBe(true);
  }, 300_000);

  it('prints the figures of each layer on the corpus (tuning data: in-sample, not an estimate)', async () => {
    let rulesTp = 0, rulesFp = 0, tp = 0, fp = 0, pos = 0, neg = 0;
    for (const [n, i] of corpus.entries()) {
      if (n % 250 === 0) await new Promise((r) => setImmediate(r));
      const e = explainText(i.text);
      const risk = i.level !== 'none';
      if (risk) pos++;
      else neg++;
      if (e.rules.level !== 'none' && risk) rulesTp++;
      if (e.rules.level !== 'none' && !risk) rulesFp++;
      if (e.screen.level !== 'none' && risk) tp++;
      if (e.screen.level !== 'none' && !risk) fp++;
    }
    const f = (a: number, b: number): string => (a / b).toFixed(3);
    console.log(`crisis corpus (${corpus.length} texts): rules recall ${f(rulesTp, pos)} FPR ${f(rulesFp, neg)};`
      + ` both layers recall ${f(tp, pos)} FPR ${f(fp, neg)}`);
    // Floors a little under what the screen does, so a regression fails; see docs/crisis-screen.md.
    // The round-3 half of the corpus was written for the classifier, and the rules were not fitted to
    // it line by line, so the rule layer alone reads much less of it than of the round-2 half.
    expect(rulesTp / pos).toBeGreaterThan(0.65);
    expect(rulesFp / neg).toBeLessThan(0.06);
    expect(tp / pos).toBeGreaterThan(0.94);
    expect(fp / neg).toBeLessThan(0.06);
  }, 120_000);
});
