/**
 * The emotion vocabulary: which words signal which feeling, how strongly, and where each
 * feeling sits on the valence (unpleasant −1 … +1 pleasant) / arousal (quiet −1 … +1 activated)
 * plane (Russell's circumplex). The image engine turns these into colour and texture; see
 * art/palette.ts for the therapist-readable mapping.
 */

/** The feelings the engine recognises. */
export type EmotionId = 'calm' | 'joy' | 'hope' | 'love' | 'wonder' | 'anger' | 'sadness' | 'grief' | 'fear' | 'anxiety' | 'loneliness';

export interface EmotionInfo {
  readonly id: EmotionId;
  /** −1 (unpleasant) … +1 (pleasant). */
  readonly valence: number;
  /** −1 (quiet, low energy) … +1 (activated, high energy). */
  readonly arousal: number;
  /** Words that signal the feeling, with their own strength 0..1 ("annoyed" 0.4, "furious" 1). */
  readonly words: Readonly<Record<string, number>>;
}

/** Every emotion with its circumplex position and signal words. */
export const EMOTIONS: readonly EmotionInfo[] = [
  {
    id: 'calm',
    valence: 0.5,
    arousal: -0.7,
    words: {
      calm: 0.7,
      calming: 0.7,
      peace: 0.8,
      peaceful: 0.8,
      serene: 0.9,
      serenity: 0.9,
      quiet: 0.6,
      still: 0.5,
      stillness: 0.6,
      tranquil: 0.9,
      relaxed: 0.7,
      relaxing: 0.7,
      gentle: 0.5,
      soothing: 0.7,
      rest: 0.5,
      restful: 0.6,
      safe: 0.6,
      safety: 0.6,
      ease: 0.5,
      breathe: 0.5,
      breathing: 0.5,
    },
  },
  {
    id: 'joy',
    valence: 0.85,
    arousal: 0.55,
    words: {
      joy: 0.8,
      joyful: 0.8,
      happy: 0.7,
      happiness: 0.7,
      glad: 0.5,
      cheerful: 0.7,
      delight: 0.8,
      delighted: 0.8,
      playful: 0.6,
      fun: 0.5,
      excited: 0.8,
      excitement: 0.8,
      celebrate: 0.8,
      celebration: 0.8,
      laugh: 0.7,
      laughter: 0.7,
      bliss: 0.9,
      ecstatic: 1,
      elated: 0.9,
      content: 0.4,
    },
  },
  {
    id: 'hope',
    valence: 0.65,
    arousal: 0.1,
    words: {
      hope: 0.7,
      hopeful: 0.7,
      optimistic: 0.7,
      dawn: 0.5,
      sunrise: 0.5,
      renewal: 0.7,
      growth: 0.5,
      healing: 0.6,
      heal: 0.6,
      recovery: 0.6,
      future: 0.4,
      courage: 0.6,
      brave: 0.6,
      strength: 0.5,
      strong: 0.5,
      new: 0.3,
      begin: 0.4,
      beginning: 0.4,
      spring: 0.4,
    },
  },
  {
    id: 'love',
    valence: 0.85,
    arousal: 0.3,
    words: {
      love: 0.8,
      loving: 0.8,
      loved: 0.8,
      tender: 0.6,
      tenderness: 0.6,
      warmth: 0.5,
      affection: 0.7,
      caring: 0.6,
      care: 0.5,
      kind: 0.4,
      kindness: 0.5,
      together: 0.4,
      family: 0.4,
      friend: 0.4,
      friendship: 0.5,
      hug: 0.6,
      embrace: 0.6,
      grateful: 0.6,
      gratitude: 0.6,
      thankful: 0.6,
      compassion: 0.7,
    },
  },
  {
    id: 'wonder',
    valence: 0.6,
    arousal: 0.35,
    words: {
      wonder: 0.7,
      awe: 0.9,
      magic: 0.7,
      magical: 0.7,
      dream: 0.5,
      dreamy: 0.6,
      dreaming: 0.5,
      mystery: 0.5,
      mysterious: 0.5,
      curious: 0.5,
      curiosity: 0.5,
      enchanted: 0.8,
      vast: 0.5,
      infinite: 0.6,
      cosmic: 0.7,
      sacred: 0.6,
    },
  },
  {
    id: 'anger',
    valence: -0.6,
    arousal: 0.85,
    words: {
      anger: 0.8,
      angry: 0.8,
      mad: 0.7,
      rage: 1,
      furious: 1,
      fury: 1,
      annoyed: 0.4,
      irritated: 0.45,
      frustrated: 0.6,
      frustration: 0.6,
      hate: 0.9,
      hatred: 0.9,
      resentment: 0.7,
      bitter: 0.6,
      explode: 0.9,
      explosive: 0.9,
      violent: 0.9,
      scream: 0.8,
      screaming: 0.8,
    },
  },
  {
    id: 'sadness',
    valence: -0.65,
    arousal: -0.45,
    words: {
      sad: 0.7,
      sadness: 0.7,
      unhappy: 0.6,
      down: 0.4,
      low: 0.4,
      gloomy: 0.7,
      gloom: 0.7,
      melancholy: 0.8,
      melancholic: 0.8,
      tears: 0.7,
      tear: 0.6,
      crying: 0.8,
      cry: 0.7,
      sorrow: 0.9,
      heavy: 0.5,
      heartbroken: 1,
      hurt: 0.6,
      depressed: 0.9,
      empty: 0.6,
      tired: 0.4,
      weary: 0.5,
    },
  },
  {
    id: 'grief',
    valence: -0.8,
    arousal: -0.35,
    words: {
      grief: 0.9,
      grieving: 0.9,
      mourning: 0.9,
      mourn: 0.8,
      loss: 0.8,
      lost: 0.6,
      bereaved: 1,
      death: 0.8,
      died: 0.8,
      funeral: 0.8,
      goodbye: 0.6,
      missing: 0.6,
      absence: 0.6,
      memorial: 0.6,
      remembrance: 0.5,
    },
  },
  {
    id: 'fear',
    valence: -0.75,
    arousal: 0.7,
    words: {
      fear: 0.8,
      afraid: 0.8,
      scared: 0.8,
      frightened: 0.8,
      terrified: 1,
      terror: 1,
      dread: 0.9,
      horror: 1,
      panic: 0.9,
      threat: 0.7,
      danger: 0.7,
      dangerous: 0.7,
      nightmare: 0.9,
      haunted: 0.8,
      monster: 0.7,
      shadow: 0.4,
      shadows: 0.4,
    },
  },
  {
    id: 'anxiety',
    valence: -0.5,
    arousal: 0.55,
    words: {
      anxiety: 0.8,
      anxious: 0.8,
      worry: 0.6,
      worried: 0.6,
      nervous: 0.6,
      tense: 0.6,
      tension: 0.6,
      stress: 0.7,
      stressed: 0.7,
      overwhelmed: 0.9,
      restless: 0.6,
      uneasy: 0.5,
      chaos: 0.8,
      chaotic: 0.8,
      racing: 0.6,
      pressure: 0.6,
    },
  },
  {
    id: 'loneliness',
    valence: -0.55,
    arousal: -0.3,
    words: {
      lonely: 0.8,
      loneliness: 0.8,
      alone: 0.6,
      isolated: 0.8,
      isolation: 0.8,
      abandoned: 0.9,
      distant: 0.5,
      apart: 0.4,
      solitary: 0.6,
      forgotten: 0.7,
      invisible: 0.6,
    },
  },
];

const byWord = new Map<string, { id: EmotionId; strength: number }>();
for (const e of EMOTIONS) {
  for (const [word, strength] of Object.entries(e.words)) {
    if (strength > 0) byWord.set(word, { id: e.id, strength });
  }
}

/** The emotion a single (lower-case) word signals, if any. */
export function emotionOfWord(word: string): { id: EmotionId; strength: number } | undefined {
  return byWord.get(word);
}

/** The circumplex entry for an emotion id. */
export function emotionInfo(id: EmotionId): EmotionInfo {
  const found = EMOTIONS.find((e) => e.id === id);
  if (!found) throw new RangeError(`unknown emotion ${id}`);
  return found;
}

/**
 * Intensity modifiers: a word before an emotion scales its strength
 * ("very sad" 1.4×, "a little sad" 0.5×).
 */
export const INTENSIFIERS: Readonly<Record<string, number>> = {
  very: 1.4,
  so: 1.3,
  really: 1.3,
  extremely: 1.6,
  incredibly: 1.6,
  deeply: 1.5,
  truly: 1.3,
  utterly: 1.6,
  completely: 1.5,
  totally: 1.5,
  overwhelmingly: 1.7,
  too: 1.3,
  slightly: 0.5,
  somewhat: 0.6,
  mildly: 0.5,
  'a little': 0.5,
  'a bit': 0.5,
  'kind of': 0.6,
  'sort of': 0.6,
  bit: 0.5,
  little: 0.6,
  barely: 0.3,
};
