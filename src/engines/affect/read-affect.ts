/**
 * readAffect: what a prompt asks for — feelings and how strong they are, where the mood sits on
 * the valence/arousal plane, colours, motifs, style words and tone — and what it asks to leave
 * out (negated words and everything in the negative prompt).
 */
import { emotionInfo, emotionOfWord, INTENSIFIERS } from './emotions.ts';
import type { EmotionId } from './emotions.ts';
import { colourOfWord } from './colours.ts';
import type { ColourWord } from './colours.ts';
import { motifOfWord } from './motifs.ts';
import type { MotifId } from './motifs.ts';
import { styleOfWord, TONE_WORDS } from './style-words.ts';
import type { StyleId, Tone } from './style-words.ts';
import { FILLERS, LIST_JOINERS, NEGATION_CUES, lemmas, tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';

/** One colour the prompt asks for; `target` is the motif it describes ("red rose" → flower). */
export interface ColourRequest extends ColourWord {
  readonly target?: MotifId;
}

/** What a prompt (and its negative prompt) asks of the image. */
export interface AffectReading {
  /** Feelings present, strongest first, intensity 0..1. */
  readonly emotions: readonly { id: EmotionId; intensity: number }[];
  readonly excludedEmotions: readonly EmotionId[];
  /** −1 unpleasant … +1 pleasant (0 when no feeling is named). */
  readonly valence: number;
  /** −1 quiet … +1 activated. */
  readonly arousal: number;
  /** Strongest feeling's intensity 0..1 (0 when none). */
  readonly intensity: number;
  readonly colours: readonly ColourRequest[];
  readonly excludedColours: readonly ColourWord[];
  readonly motifs: readonly MotifId[];
  readonly excludedMotifs: readonly MotifId[];
  /** Style ids named in the prompt, in order. */
  readonly styles: readonly StyleId[];
  /** Global adjustments from tone words, each −1..1. */
  readonly tone: Tone;
  /** Tone words that were negated or in the negative prompt ("not dark" → ["dark"]). */
  readonly excludedTones: readonly string[];
}

type Term =
  | { kind: 'emotion'; id: EmotionId; strength: number }
  | { kind: 'colour'; colour: ColourWord }
  | { kind: 'motif'; id: MotifId }
  | { kind: 'style'; id: StyleId }
  | { kind: 'tone'; word: string; tone: Partial<Tone> };

interface Found {
  start: number;
  /** Index after the last token of the phrase. */
  end: number;
  terms: Term[];
  negated: boolean;
}

function termsOf(phrase: string): Term[] {
  const terms: Term[] = [];
  for (const w of lemmas(phrase)) {
    const colour = colourOfWord(w);
    if (colour && !terms.some((t) => t.kind === 'colour')) terms.push({ kind: 'colour', colour });
    const motif = motifOfWord(w);
    if (motif && !terms.some((t) => t.kind === 'motif')) terms.push({ kind: 'motif', id: motif });
    const style = styleOfWord(w);
    if (style && !terms.some((t) => t.kind === 'style')) terms.push({ kind: 'style', id: style });
    const emotion = emotionOfWord(w);
    if (emotion && !terms.some((t) => t.kind === 'emotion')) terms.push({ kind: 'emotion', ...emotion });
    const tone = TONE_WORDS[w];
    if (tone && !terms.some((t) => t.kind === 'tone')) terms.push({ kind: 'tone', word: w, tone });
  }
  // A word that names a thing ("rose") is read as the thing, not its colour.
  return terms.some((t) => t.kind === 'motif') ? terms.filter((t) => t.kind !== 'colour') : terms;
}

/** Finds every term, preferring two-word phrases ("sky blue", "stained glass"). */
function findTerms(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length;) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b && b.clause === a.clause) {
      const two = termsOf(`${a.word} ${b.word}`);
      if (two.length > 0) {
        found.push({ start: i, end: i + 2, terms: two, negated: false });
        i += 2;
        continue;
      }
    }
    const one = termsOf(a.word);
    if (one.length > 0) found.push({ start: i, end: i + 1, terms: one, negated: false });
    i++;
  }
  return found;
}

function intensifierBefore(tokens: readonly Token[], index: number): number {
  const w1 = tokens[index - 1]?.word;
  const w2 = tokens[index - 2]?.word;
  if (w1 && w2 && INTENSIFIERS[`${w2} ${w1}`] !== undefined) return INTENSIFIERS[`${w2} ${w1}`]!;
  if (w1 && INTENSIFIERS[w1] !== undefined) return INTENSIFIERS[w1]!;
  return 1;
}

/** Marks the terms each negation cue reaches (see tokens.ts for the rule). */
function applyNegation(tokens: readonly Token[], found: Found[]): void {
  const at = new Map(found.map((f) => [f.start, f]));
  tokens.forEach((cue, p) => {
    if (!NEGATION_CUES.has(cue.word)) return;
    let i = p + 1;
    let skipped = 0;
    while (i < tokens.length && tokens[i]!.clause === cue.clause) {
      const f = at.get(i);
      if (f) {
        f.negated = true;
        const next = tokens[f.end];
        const last = tokens[f.end - 1]!;
        if (next && next.clause === cue.clause && LIST_JOINERS.has(next.word) && at.has(f.end + 1)) {
          i = f.end + 1;
          continue;
        }
        if (last.comma && at.has(f.end)) {
          i = f.end;
          continue;
        }
        return;
      }
      const w = tokens[i]!.word;
      if (!(FILLERS.has(w) || INTENSIFIERS[w] !== undefined || NEGATION_CUES.has(w)) || ++skipped > 3) return;
      i++;
    }
  });
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Reads a prompt for feelings, colours, motifs, style and tone, honouring negation
 * ("no red", "not dark") and removing everything named in the negative prompt.
 */
export function readAffect(prompt: string, negativePrompt = ''): AffectReading {
  const tokens = tokenize(prompt);
  const found = findTerms(tokens);
  applyNegation(tokens, found);
  const negative = findTerms(tokenize(negativePrompt)).map((f) => ({ ...f, negated: true }));

  const excludedEmotions = new Set<EmotionId>();
  const excludedColours = new Map<string, ColourWord>();
  const excludedMotifs = new Set<MotifId>();
  const excludedStyles = new Set<StyleId>();
  const excludedTones = new Set<string>();
  const tone: Tone = { brightness: 0, saturation: 0, contrast: 0, warmth: 0 };

  for (const f of [...found, ...negative]) {
    if (!f.negated) continue;
    for (const t of f.terms) {
      if (t.kind === 'emotion') excludedEmotions.add(t.id);
      else if (t.kind === 'colour') excludedColours.set(t.colour.name, t.colour);
      else if (t.kind === 'motif') excludedMotifs.add(t.id);
      else if (t.kind === 'style') excludedStyles.add(t.id);
      else {
        excludedTones.add(t.word);
        // "not dark" pushes the other way, half as hard.
        for (const [k, v] of Object.entries(t.tone) as [keyof Tone, number][]) tone[k] -= v * 0.5;
      }
    }
  }

  const emotionLevel = new Map<EmotionId, number>();
  const colours: ColourRequest[] = [];
  const motifs: MotifId[] = [];
  const styles: StyleId[] = [];
  for (const f of found) {
    if (f.negated) continue;
    for (const t of f.terms) {
      if (t.kind === 'emotion' && !excludedEmotions.has(t.id)) {
        const s = clamp(t.strength * intensifierBefore(tokens, f.start), 0, 1);
        const prev = emotionLevel.get(t.id) ?? 0;
        emotionLevel.set(t.id, 1 - (1 - prev) * (1 - s)); // several words reinforce, never past 1
      } else if (t.kind === 'colour' && !excludedColours.has(t.colour.name)) {
        const target = found.find(
          (g) => g.start >= f.end && g.start <= f.end + 1 && tokens[g.start]!.clause === tokens[f.start]!.clause && g.terms.some((x) => x.kind === 'motif'),
        );
        const motif = target?.terms.find((x) => x.kind === 'motif');
        colours.push(motif && motif.kind === 'motif' ? { ...t.colour, target: motif.id } : t.colour);
      } else if (t.kind === 'motif' && !excludedMotifs.has(t.id) && !motifs.includes(t.id)) {
        motifs.push(t.id);
      } else if (t.kind === 'style' && !excludedStyles.has(t.id) && !styles.includes(t.id)) {
        styles.push(t.id);
      } else if (t.kind === 'tone' && !excludedTones.has(t.word)) {
        for (const [k, v] of Object.entries(t.tone) as [keyof Tone, number][]) tone[k] += v;
      }
    }
  }

  const emotions = [...emotionLevel.entries()]
    .map(([id, intensity]) => ({ id, intensity: Math.round(intensity * 1000) / 1000 }))
    .sort((a, b) => b.intensity - a.intensity || a.id.localeCompare(b.id));
  let wsum = 0;
  let valence = 0;
  let arousal = 0;
  for (const e of emotions) {
    const info = emotionInfo(e.id);
    valence += info.valence * e.intensity;
    arousal += info.arousal * e.intensity;
    wsum += e.intensity;
  }
  const strongest = emotions[0]?.intensity ?? 0;
  // The average position, pulled toward neutral when the feelings are faint.
  if (wsum > 0) {
    valence = (valence / wsum) * (0.4 + 0.6 * strongest);
    arousal = (arousal / wsum) * (0.4 + 0.6 * strongest);
  }
  for (const k of Object.keys(tone) as (keyof Tone)[]) tone[k] = clamp(tone[k], -1, 1);

  return {
    emotions,
    excludedEmotions: [...excludedEmotions],
    valence: clamp(valence, -1, 1),
    arousal: clamp(arousal, -1, 1),
    intensity: strongest,
    colours: colours.filter(
      (c, i) => colours.findIndex((d) => d.name === c.name && d.target === c.target) === i && ![...excludedColours.values()].some((x) => x.family === c.family),
    ),
    excludedColours: [...excludedColours.values()],
    motifs,
    excludedMotifs: [...excludedMotifs],
    styles,
    tone,
    excludedTones: [...excludedTones],
  };
}
