/**
 * What a client's live steering says about what helps: a client who keeps asking a playing
 * piece to go slower is told so, and the next suggestion starts slower. Each steered playback
 * counts once per direction (asking "slower" three times in one listening is one listening that
 * wanted slower), and a lean needs at least two playbacks and a two-to-one majority, so one
 * restless evening does not steer every suggestion after it. Worded as an observation.
 */
import type { HelpsMessage } from './explanation.ts';

/** Steering commands as recorded (the engine's STEER_COMMANDS). */
export type SteerWord = 'calmer' | 'livelier' | 'brighter' | 'darker' | 'slower' | 'faster' | 'fewer' | 'more' | 'quieter' | 'louder';

/** What repeated steering suggests for the next piece. */
export interface SteeringLean {
  /** Multiplies the suggested tempo (< 1: slower, > 1: faster, 1: no lean). */
  tempoFactor: number;
  /** Fewer (−1) or more (+1) instruments, 0 for no lean. */
  parts: -1 | 0 | 1;
  /** Brighter (+1) or darker (−1) colour, 0 for no lean. */
  colour: -1 | 0 | 1;
  /** Steered playbacks the lean was learned from. */
  playbacks: number;
  /** Why, as message keys with arguments (none when there is no lean). */
  explanation: HelpsMessage[];
}

const TEMPO: Partial<Record<SteerWord, number>> = { slower: -1, calmer: -1, faster: 1, livelier: 1 };
const PARTS: Partial<Record<SteerWord, number>> = { fewer: -1, more: 1 };
const COLOUR: Partial<Record<SteerWord, number>> = { brighter: 1, darker: -1 };

interface Tally {
  down: number;
  up: number;
}

function tally(logs: readonly (readonly string[])[], weights: Partial<Record<string, number>>): Tally {
  const t = { down: 0, up: 0 };
  for (const log of logs) {
    let net = 0;
    for (const c of log) net += weights[c] ?? 0;
    if (net < 0) t.down++;
    else if (net > 0) t.up++;
  }
  return t;
}

/** −1 / +1 when one direction was asked in ≥ 2 playbacks and at least twice as often as the other. */
function leanOf(t: Tally): -1 | 0 | 1 {
  if (t.down >= 2 && t.down >= 2 * t.up) return -1;
  if (t.up >= 2 && t.up >= 2 * t.down) return 1;
  return 0;
}

/**
 * Learns a lean from the command lists of a client's steered playbacks (oldest first; the last
 * twelve count, so the lean follows the client as they change).
 */
export function steeringLean(logs: readonly (readonly string[])[]): SteeringLean {
  const recent = logs.filter((l) => l.length > 0).slice(-12);
  const n = recent.length;
  const tempo = tally(recent, TEMPO);
  const parts = tally(recent, PARTS);
  const colour = tally(recent, COLOUR);
  const t = leanOf(tempo);
  const p = leanOf(parts);
  const c = leanOf(colour);
  const said: HelpsMessage[] = [];
  const say = (key: HelpsMessage['key'], k: number) => said.push({ key, args: { k, total: n } });
  if (t < 0) say('helps.why.steerSlower', tempo.down);
  if (t > 0) say('helps.why.steerFaster', tempo.up);
  if (p < 0) say('helps.why.steerFewer', parts.down);
  if (p > 0) say('helps.why.steerMore', parts.up);
  if (c > 0) say('helps.why.steerBrighter', colour.up);
  if (c < 0) say('helps.why.steerDarker', colour.down);
  return {
    tempoFactor: t < 0 ? 0.88 : t > 0 ? 1.08 : 1,
    parts: p,
    colour: c,
    playbacks: n,
    explanation: said,
  };
}
