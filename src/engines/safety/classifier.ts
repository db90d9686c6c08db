import type { Token } from './normalize.ts';
import type { CrisisLevel } from './phrase-list.ts';

/**
 * The statistical layer of the crisis screen: multinomial logistic regression (none / concern /
 * urgent) over hashed features of the normalised text — character 2–5-grams across word
 * boundaries (so "kys", "suicdie", "mich umzubringen" and "me quiero morir" share pieces with
 * their spelled-out forms), word unigrams and bigrams, and emoji. Weights are trained by
 * `scripts/train-crisis-classifier.ts` on the corpus in `corpus/` and stored quantised to int8
 * in `classifier-weights.ts`, imported statically so the screen runs the same in a browser.
 * Pure and deterministic.
 */

/** Class order of the model's outputs. */
export const CLASSES = ['none', 'concern', 'urgent'] as const satisfies readonly CrisisLevel[];

/** A trained model, decoded. `weights[feature * 3 + class] * scales[class]` is a weight. */
export interface ClassifierModel {
  /** log2 of the number of hashed feature buckets. */
  readonly bits: number;
  readonly weights: Int8Array;
  readonly scales: readonly [number, number, number];
  readonly bias: readonly [number, number, number];
}

/** A text as the model sees it: sparse, L2-normalised feature values. */
export interface FeatureVector {
  readonly idx: Int32Array;
  readonly val: Float64Array;
  /** The words read (for explanations: their buckets are recomputed on request). */
  readonly words: readonly string[];
}

/** Probabilities per class (sum 1), in CLASSES order. */
export type ClassProbabilities = readonly [number, number, number];

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;
const CHAR_MIN = 2;
const CHAR_MAX = 5;
/** Longest text (in characters of the joined words) the character n-grams read; words are read in full. */
const CHAR_LIMIT = 4000;

const step = (h: number, c: number): number => Math.imul(h ^ c, PRIME);
/** Murmur3's finaliser: spreads FNV's weak low bits before masking. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
function hashString(s: string, seed: number): number {
  let h = step(FNV, seed);
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

/** Words the model reads: tokens that are words, not punctuation. */
function wordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (!(t.boundary && !/^[a-z0-9]/.test(t.text))) out.push(t.text);
  return out;
}

const EMOJI = /\p{Extended_Pictographic}/gu;

/** What the rule layer knows about each token: its word classes (compose.ts) and sentence. */
export interface FeatureContext {
  readonly classes: readonly number[];
  readonly sentence: readonly number[];
  /**
   * Clause polarity of each token (polarity.ts: 0 the writer's own present, 1 denied, 2 a closed
   * past, 3 someone else's, 4 a figure of speech, fiction or a question), when the rules read it.
   */
  readonly polarity?: readonly number[];
  /** Round 11: the kind of text (a title, a studio prompt, a check-in …), when the caller knows it. */
  readonly form?: string;
}

const NEGATION = /^(not|never|no|nicht|nie|niemals|kein|keine|keinen|nunca|jamas|tampoco)$/;
/** Tokens after a class-bearing token searched for a second class (pairs like desire → death). */
const PAIR_REACH = 4;

/** Word classes that carry risk for the polarity features (a wish, an intent, death, harm, means). */
const RISKY = 1 | 2 | 4 | 16 | 64;

/**
 * Features shared across languages: each word class a token has (desire, intent, death, means,
 * time, …), ordered pairs of classes within a few words of each other, and words within three
 * words after a negation marked as negated. With clause polarity (round 7) a class in a denied,
 * past, someone else's or figurative clause also gives a feature of its own ("death, denied"
 * beside "death"), so the model can learn the difference without losing what it knew,
 * a risk word there is read again with its polarity, and the text says whether any risk word is
 * left in the writer's own present clauses.
 */
function contextFeatures(tokens: readonly Token[], ctx: FeatureContext, out: Accumulator, mask: number): void {
  let negUntil = -1;
  let own = 0;
  let away = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.boundary) negUntil = -1;
    if (NEGATION.test(t.text)) negUntil = i + 3;
    else if (i <= negUntil) out.add(finish(hashString(t.text, 3)) & mask);
    const a = ctx.classes[i] ?? 0;
    if (a === 0) continue;
    const pol = ctx.polarity?.[i] ?? 0;
    if (a & RISKY) {
      if (pol === 0) own++;
      else {
        away++;
        out.add(finish(hashString(t.text, 16 + pol)) & mask);
      }
    }
    for (let bit = 1; bit <= a; bit <<= 1) {
      if (!(a & bit)) continue;
      out.add(finish(step(step(FNV, 4), bit)) & mask);
      if (pol) out.add(finish(step(step(step(FNV, 6), bit), pol)) & mask);
      for (let j = i + 1; j <= i + PAIR_REACH && j < tokens.length && ctx.sentence[j] === ctx.sentence[i]; j++) {
        const b = ctx.classes[j] ?? 0;
        for (let bit2 = 1; bit2 <= b; bit2 <<= 1) {
          if (!(b & bit2)) continue;
          out.add(finish(step(step(step(FNV, 5), bit), bit2)) & mask);
          if (pol) out.add(finish(step(step(step(step(FNV, 7), bit), bit2), pol)) & mask);
        }
      }
    }
  }
  if (ctx.form) formFeatures(tokens, ctx, ctx.form, out, mask);
  if (ctx.polarity) {
    // Whether the writer's own present keeps any risk word, or every one is denied, past, another's or a figure.
    if (own) out.add(finish(step(FNV, 8)) & mask);
    else if (away) out.add(finish(step(FNV, 9)) & mask);
    for (let i = 0; i < tokens.length; i++) {
      const pol = ctx.polarity[i] ?? 0;
      if (pol && (i === 0 || (ctx.polarity[i - 1] ?? 0) !== pol)) out.add(finish(step(step(FNV, 10), pol)) & mask);
    }
  }
}

/**
 * Round 11: the form of the text, alone, with each word class the text has, and with its length in
 * words (1–3, 4–8, 9–20, more): the same words weigh differently in a title, a studio prompt and a
 * message ("me on the beach tonight" is a scene to paint; "tonight" in a message is a time).
 */
function formFeatures(tokens: readonly Token[], ctx: FeatureContext, form: string, out: Accumulator, mask: number): void {
  const f = hashString(form, 11);
  out.add(finish(f) & mask);
  let seen = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    seen |= ctx.classes[i] ?? 0;
    if (/^[a-z0-9]/.test(tokens[i]!.text)) words++;
  }
  for (let bit = 1; bit <= seen; bit <<= 1) if (seen & bit) out.add(finish(step(step(f, 12), bit)) & mask);
  out.add(finish(step(step(f, 13), words <= 3 ? 0 : words <= 8 ? 1 : words <= 20 ? 2 : 3)) & mask);
}

/**
 * The hashed features of a text (its tokens from `tokenize`, and the raw text for emoji).
 * Counts are combined per bucket and the vector is L2-normalised, so length matters less.
 */
export function featureVector(tokens: readonly Token[], raw: string, bits: number, ctx?: FeatureContext): FeatureVector {
  const mask = (1 << bits) - 1;
  const words = wordsOf(tokens);
  const acc = accumulator(bits);
  const joined = ` ${words.join(' ')} `.slice(0, CHAR_LIMIT);
  for (let i = 0; i + CHAR_MIN <= joined.length; i++) {
    let h = FNV;
    for (let n = 1; n <= CHAR_MAX && i + n <= joined.length; n++) {
      h = step(h, joined.charCodeAt(i + n - 1));
      if (n >= CHAR_MIN) acc.add(finish(h) & mask);
    }
  }
  for (const [, b] of wordBuckets(words, mask)) acc.add(b);
  // Emoji are rare: scan for a non-ASCII character before running the emoji pattern.
  if (/[^\t-~]/.test(raw)) for (const m of raw.matchAll(EMOJI)) acc.add(finish(hashString(m[0], 2)) & mask);
  if (ctx) contextFeatures(tokens, ctx, acc, mask);
  const { idx, val } = acc.take();
  return { idx, val, words };
}

/** Word unigram and bigram features with their buckets (bigrams named only when `named`). */
function wordBuckets(words: readonly string[], mask: number, named = false): [string, number][] {
  const out: [string, number][] = [];
  let prev = -1;
  for (let i = 0; i < words.length; i++) {
    const h = hashString(words[i]!, 1);
    out.push([named ? words[i]! : '', finish(h) & mask]);
    if (prev !== -1) out.push([named ? `${words[i - 1]} ${words[i]}` : '', finish(step(prev, h)) & mask]);
    prev = h;
  }
  return out;
}

/**
 * Counts per bucket in a reused dense array (one per bucket count), so a text costs no sort and
 * no map: buckets are listed in the order first seen, counts made sublinear and L2-normalised.
 */
interface Accumulator {
  add(bucket: number): void;
  take(): { idx: Int32Array; val: Float64Array };
}

const ACCUMULATORS = new Map<number, Accumulator>();

function accumulator(bits: number): Accumulator {
  const known = ACCUMULATORS.get(bits);
  if (known) return known;
  const counts = new Float64Array(1 << bits);
  let touched = new Int32Array(1024);
  let n = 0;
  const acc: Accumulator = {
    add(b) {
      if (counts[b] === 0) {
        if (n === touched.length) {
          const grown = new Int32Array(n * 2);
          grown.set(touched);
          touched = grown;
        }
        touched[n++] = b;
      }
      counts[b]! += 1;
    },
    take() {
      const idx = touched.slice(0, n);
      const val = new Float64Array(n);
      let norm = 0;
      for (let k = 0; k < n; k++) {
        const v = Math.sqrt(counts[idx[k]!]!); // sublinear counts
        val[k] = v;
        norm += v * v;
        counts[idx[k]!] = 0;
      }
      n = 0;
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < val.length; k++) val[k] = val[k]! / norm;
      return { idx, val };
    },
  };
  ACCUMULATORS.set(bits, acc);
  return acc;
}

/** Class scores (logits) of a feature vector. */
export function logits(model: ClassifierModel, fv: FeatureVector): [number, number, number] {
  const w = model.weights;
  let a = 0, b = 0, c = 0;
  for (let i = 0; i < fv.idx.length; i++) {
    const base = fv.idx[i]! * 3;
    const v = fv.val[i]!;
    a += w[base]! * v;
    b += w[base + 1]! * v;
    c += w[base + 2]! * v;
  }
  return [model.bias[0] + a * model.scales[0], model.bias[1] + b * model.scales[1], model.bias[2] + c * model.scales[2]];
}

export function softmax(z: readonly [number, number, number]): ClassProbabilities {
  const m = Math.max(z[0], z[1], z[2]);
  const e0 = Math.exp(z[0] - m), e1 = Math.exp(z[1] - m), e2 = Math.exp(z[2] - m);
  const s = e0 + e1 + e2;
  return [e0 / s, e1 / s, e2 / s];
}

/** Probabilities of none / concern / urgent for a feature vector. */
export function classProbabilities(model: ClassifierModel, fv: FeatureVector): ClassProbabilities {
  return softmax(logits(model, fv));
}

/**
 * The words and word pairs that pushed the model most toward `cls` rather than "none", best
 * first (for the therapist's reason: "words like 'pills', 'tonight'").
 */
export function topWords(model: ClassifierModel, fv: FeatureVector, cls: 1 | 2, count = 3): string[] {
  const w = model.weights;
  const pos = new Map<number, number>();
  for (let i = 0; i < fv.idx.length; i++) pos.set(fv.idx[i]!, fv.val[i]!);
  const scored = wordBuckets(fv.words, (1 << model.bits) - 1, true).map(([word, b]) => {
    const v = pos.get(b) ?? 0;
    return { word, score: v * (w[b * 3 + cls]! * model.scales[cls] - w[b * 3]! * model.scales[0]) };
  });
  const seen = new Set<string>();
  return scored
    .filter((s) => s.score > 0 && s.word.split(' ').some((w) => w.length >= 3 && !PLAIN.has(w)))
    .sort((x, y) => y.score - x.score || (x.word < y.word ? -1 : 1))
    .filter((s) => (seen.has(s.word) ? false : (seen.add(s.word), true)))
    .slice(0, count)
    .map((s) => s.word);
}

/** Function words that say nothing on their own in an explanation ("is the"). */
const PLAIN = new Set(['the', 'and', 'for', 'was', 'are', 'but', 'not', 'you', 'this', 'that', 'with', 'have', 'just', 'its', 'que', 'los', 'las', 'por', 'con',
  'una', 'der', 'die', 'das', 'und', 'ich', 'ist', 'mit', 'nicht', 'sie', 'ein', 'eine']);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of int8 weights (pure: no Buffer or atob in an engine). */
export function encodeWeights(w: Int8Array): string {
  const bytes = new Uint8Array(w.buffer, w.byteOffset, w.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >>> 18) & 63]! + B64[(n >>> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >>> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

export function decodeWeights(s: string): Int8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, acc = 0, o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = lookup[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`classifier weights: bad base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 255;
    }
  }
  return new Int8Array(out.buffer);
}
