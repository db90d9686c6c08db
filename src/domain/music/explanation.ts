/**
 * Plain-language summaries of what has helped, for the client and their therapist. Worded as
 * observations over this client's own listenings, never as a diagnosis.
 */
import type { InstrumentFamily, ListeningOutcome, TempoBand } from './listening.ts';
import { armOf } from './listening.ts';

export const TEMPO_WORDS: Record<TempoBand, string> = { slow: 'slower tempos', moderate: 'moderate tempos', lively: 'livelier tempos' };
export const FAMILY_WORDS: Record<InstrumentFamily, string> = {
  piano: 'piano',
  strings: 'strings',
  ambient: 'soft pads and bells',
  guitar: 'guitar',
  flute: 'flute',
  choir: 'choir voices',
};

/** The tempo × family group with the largest average drop in distress. */
export interface HelpfulGroup {
  tempo: TempoBand;
  family: InstrumentFamily;
  /** Mean change in distress (after − before); negative is better. */
  meanDistressChange: number;
  listenings: number;
}

/** Finds the most helpful tempo × family group (preferring groups heard at least twice). */
export function mostHelpful(history: readonly ListeningOutcome[]): HelpfulGroup | undefined {
  const groups = new Map<string, HelpfulGroup & { sum: number }>();
  for (const o of history) {
    const arm = armOf(o.params);
    const k = `${arm.tempo}|${arm.family}`;
    const g = groups.get(k) ?? { tempo: arm.tempo, family: arm.family, meanDistressChange: 0, listenings: 0, sum: 0 };
    g.sum += o.after.distress - o.before.distress;
    g.listenings++;
    g.meanDistressChange = g.sum / g.listenings;
    groups.set(k, g);
  }
  const all = [...groups.values()];
  const pool = all.some((g) => g.listenings >= 2) ? all.filter((g) => g.listenings >= 2) : all;
  pool.sort((a, b) => a.meanDistressChange - b.meanDistressChange || b.listenings - a.listenings);
  const best = pool[0];
  if (!best) return undefined;
  return { tempo: best.tempo, family: best.family, meanDistressChange: best.meanDistressChange, listenings: best.listenings };
}

const fmt = (x: number): string => (x < 0 ? '−' : '+') + Math.abs(x).toFixed(1);

/** E.g. "Slower tempos with piano have lowered your distress most (−2.1 on average over 4 listenings)". */
export function explainWhatHelps(history: readonly ListeningOutcome[]): string {
  const best = mostHelpful(history);
  if (!best) return 'No listenings recorded yet, so Hearth starts near your current mood and eases toward calm.';
  const n = best.listenings;
  const what = `${TEMPO_WORDS[best.tempo]} with ${FAMILY_WORDS[best.family]}`;
  if (best.meanDistressChange >= 0) {
    return `Nothing has lowered your distress yet; ${what} changed it least (${fmt(best.meanDistressChange)} on average over ${n} listening${n === 1 ? '' : 's'}), so Hearth keeps exploring gently.`;
  }
  const verb = n === 1 ? 'has' : 'have';
  const sentence = `${what} ${verb} lowered your distress most (${fmt(best.meanDistressChange)} on average over ${n} listening${n === 1 ? '' : 's'}).`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * A sentence that keeps the explanation true to the suggestion: when the suggested tempo or
 * instruments differ from what has helped most, it says so and why, instead of implying that the
 * suggestion is the helpful group. Empty when they agree or nothing has been learned yet.
 */
export function explainSuggestion(
  history: readonly ListeningOutcome[],
  suggested: { tempo: TempoBand; family: InstrumentFamily },
  allowedTempos: readonly TempoBand[],
): string {
  const best = mostHelpful(history);
  if (!best || best.meanDistressChange >= 0 || (best.tempo === suggested.tempo && best.family === suggested.family)) return '';
  const why = allowedTempos.includes(best.tempo)
    ? 'to keep learning what helps'
    : `because ${TEMPO_WORDS[best.tempo]} are too far from your current energy to start with`;
  return ` This time Hearth suggests ${TEMPO_WORDS[suggested.tempo]} with ${FAMILY_WORDS[suggested.family]}, ${why}.`;
}

/**
 * The same explanation worded for the therapist: "your distress" becomes "Jo’s distress". The
 * explanations above only ever address the client as "your", so this covers every sentence.
 */
export function explanationAbout(explanation: string, clientName: string): string {
  const name = clientName.trim() || 'the client';
  const possessive = `${name}’s`;
  return explanation.replace(/\bYour\b/g, possessive).replace(/\byour\b/g, possessive);
}
