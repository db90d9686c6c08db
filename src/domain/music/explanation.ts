/**
 * Plain-language summaries of what has helped, for the client and their therapist. Worded as
 * observations over this client's own listenings, never as a diagnosis.
 */
import type { InstrumentFamily, ListeningOutcome, TempoBand } from './listening.ts';
import { armOf } from './listening.ts';

const TEMPO_WORDS: Record<TempoBand, string> = { slow: 'slower tempos', moderate: 'moderate tempos', lively: 'livelier tempos' };
const FAMILY_WORDS: Record<InstrumentFamily, string> = {
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
