/**
 * The voice shapes of the built-in instruments. All attacks are soft (≥ 3 ms) so no note clicks;
 * `brightness` (0..1) opens the filters a little for hopeful, morning-like plans.
 */
import type { Instrument } from './plan.ts';
import type { VoiceShape } from './voice.ts';
import { blendTable, vowelTable, wavetable } from './wavetables.ts';

/** What a note is played on: an instrument or one of the articulations/percussion it implies. */
export type VoiceKind = Instrument | 'pizzicato' | 'drum' | 'shaker';

/** Relative loudness of each voice kind so mixes balance before the loudness leveller. */
export const VOICE_GAIN: Record<VoiceKind, number> = {
  piano: 0.5,
  strings: 0.22,
  pad: 0.16,
  bells: 0.2,
  flute: 0.3,
  guitar: 0.42,
  bass: 0.42,
  choir: 0.16,
  pizzicato: 0.38,
  drum: 0.55,
  shaker: 0.05,
};

/** Highest partial of each voice as a multiple of the note frequency (choir: fixed 4 kHz). */
const TOP_PARTIAL: Record<VoiceKind, number> = {
  piano: 10,
  strings: 12,
  pad: 8,
  bells: 5.4,
  flute: 4,
  guitar: 9,
  bass: 6,
  choir: 0,
  pizzicato: 12,
  drum: 2.6,
  shaker: 1.93,
};

/** Highest frequency (Hz) a note of `kind` at `midi` contains; decides if it can render at half rate. */
export function topFrequency(kind: VoiceKind, midi: number): number {
  return kind === 'choir' ? 4000 : 440 * 2 ** ((midi - 69) / 12) * TOP_PARTIAL[kind];
}

/**
 * The voice shape for a note of `kind` at MIDI `midi`. `detached` turns sustained instruments
 * (pad, choir, flute…) into gently articulated notes, used when they must carry the pulse.
 */
export function voiceShape(kind: VoiceKind, midi: number, brightness: number, detached = false): VoiceShape {
  const shape = baseShape(kind, midi, brightness);
  if (!detached || shape.sustain === 0) return shape;
  return { ...shape, attack: Math.min(shape.attack, 0.025), decay: 0.45, sustain: 0, release: Math.min(shape.release, 0.4) };
}

function baseShape(kind: VoiceKind, midi: number, brightness: number): VoiceShape {
  const f = 440 * 2 ** ((midi - 69) / 12);
  const open = 0.6 + 0.8 * brightness;
  switch (kind) {
    case 'piano': {
      const ring = Math.max(1.2, 5 - (midi - 48) * 0.06);
      return {
        partials: [{ table: wavetable('piano'), ratio: 1, amp: 1 }],
        attack: 0.004, decay: ring, sustain: 0, release: 0.35,
        cutoffStart: Math.max(1200, f * 9 * open), cutoffEnd: Math.max(500, f * 2.5), cutoffDecay: 0.6,
      };
    }
    case 'strings':
      return {
        partials: [{ table: wavetable('bowed'), ratio: 1, amp: 1 }],
        attack: 0.28, decay: 1.5, sustain: 0.85, release: 0.7, vibratoDepth: 0.0035, vibratoRate: 5.2,
        cutoffStart: Math.max(900, f * 6 * open), cutoffEnd: Math.max(800, f * 5 * open), cutoffDecay: 1,
      };
    case 'pad':
      return {
        partials: [{ table: blendTable('pad', [[wavetable('soft'), 0.6], [wavetable('warm'), 0.45]]), ratio: 1, amp: 1 }],
        attack: 1.2, decay: 3, sustain: 0.8, release: 1.8, vibratoDepth: 0.0015, vibratoRate: 0.3,
        cutoffStart: Math.max(700, f * 5 * open), cutoffEnd: Math.max(500, f * 3 * open), cutoffDecay: 3,
      };
    case 'bells':
      return {
        partials: [
          { table: wavetable('sine'), ratio: 1, amp: 0.8 },
          { table: wavetable('sine'), ratio: 2.76, amp: 0.3 * open, decayPerSecond: 4 },
          { table: wavetable('sine'), ratio: 5.4, amp: 0.12 * open, decayPerSecond: 8 },
        ],
        attack: 0.003, decay: 2.8, sustain: 0, release: 1.2,
        cutoffStart: 12000, cutoffEnd: 6000, cutoffDecay: 1,
      };
    case 'flute':
      return {
        partials: [{ table: wavetable('flute'), ratio: 1, amp: 1 }],
        attack: 0.09, decay: 1.2, sustain: 0.75, release: 0.25, vibratoDepth: 0.004, vibratoRate: 4.8,
        cutoffStart: Math.max(1500, f * 5), cutoffEnd: Math.max(1500, f * 4), cutoffDecay: 1,
      };
    case 'guitar':
      return {
        partials: [{ table: blendTable('guitar', [[wavetable('reed'), 0.8], [wavetable('sine'), 0.4]]), ratio: 1, amp: 1 }],
        attack: 0.003, decay: Math.max(0.8, 2.6 - (midi - 40) * 0.03), sustain: 0, release: 0.25,
        cutoffStart: Math.max(1500, f * 10 * open), cutoffEnd: Math.max(300, f * 1.5), cutoffDecay: 0.25,
      };
    case 'pizzicato':
      return {
        partials: [{ table: blendTable('pizzicato', [[wavetable('bowed'), 0.7], [wavetable('sine'), 0.5]]), ratio: 1, amp: 1 }],
        attack: 0.004, decay: 0.55, sustain: 0, release: 0.2,
        cutoffStart: Math.max(1200, f * 7 * open), cutoffEnd: Math.max(300, f * 1.5), cutoffDecay: 0.15,
      };
    case 'bass':
      return {
        partials: [{ table: wavetable('soft'), ratio: 1, amp: 1 }],
        attack: 0.02, decay: 1.8, sustain: 0.45, release: 0.4,
        cutoffStart: Math.max(400, f * 5), cutoffEnd: Math.max(250, f * 3), cutoffDecay: 0.5,
      };
    case 'choir':
      return {
        partials: [{ table: vowelTable(midi), ratio: 1, amp: 1 }],
        attack: 0.45, decay: 2, sustain: 0.85, release: 0.9, vibratoDepth: 0.004, vibratoRate: 4.6,
        cutoffStart: 4500 * open, cutoffEnd: 3500 * open, cutoffDecay: 1,
      };
    case 'drum':
      return {
        partials: [{ table: wavetable('sine'), ratio: 1, amp: 1 }, { table: wavetable('sine'), ratio: 1.6, amp: 0.25, decayPerSecond: 12 }],
        attack: 0.003, decay: 0.22, sustain: 0, release: 0.1, glide: 1.6, glideTime: 0.04,
        cutoffStart: 2000, cutoffEnd: 400, cutoffDecay: 0.08,
      };
    case 'shaker':
      // Rendered as a high, fast-decaying inharmonic cluster (cheap stand-in for filtered noise).
      return {
        partials: [
          { table: wavetable('sine'), ratio: 1, amp: 0.5 },
          { table: wavetable('sine'), ratio: 1.41, amp: 0.5 },
          { table: wavetable('sine'), ratio: 1.93, amp: 0.4 },
        ],
        attack: 0.006, decay: 0.05, sustain: 0, release: 0.03,
        cutoffStart: 14000, cutoffEnd: 9000, cutoffDecay: 0.05,
      };
  }
}
