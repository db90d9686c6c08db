/**
 * Plain-language summaries of what has helped, for the client and their therapist. Worded as
 * observations over this client's own listenings, never as a diagnosis. They travel as message
 * keys with arguments (namespace `music`, keys `helps.why.*`) and are worded in the reader's
 * language, for the client ("your distress") or the therapist ("Jo’s distress"), by {@link helpsText}.
 */
import type { InstrumentFamily, ListeningOutcome, TempoBand } from './listening.ts';
import { armOf } from './listening.ts';

/** One sentence of the explanation: a `music` message key and its arguments. */
export interface HelpsMessage {
  key: HelpsKey;
  args: Record<string, string | number>;
}

export type HelpsKey =
  | 'helps.why.none'
  | 'helps.why.nothingLowered'
  | 'helps.why.lowered'
  | 'helps.why.suggestOther'
  | 'helps.why.path'
  | 'helps.why.stay'
  | 'helps.why.steerSlower'
  | 'helps.why.steerFaster'
  | 'helps.why.steerFewer'
  | 'helps.why.steerMore'
  | 'helps.why.steerBrighter'
  | 'helps.why.steerDarker';

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

/** The change rounded to one decimal, as shown ("−2.1 on average"). */
const change = (x: number): number => Math.round(x * 10) / 10;

/** E.g. "Slower tempos with piano have lowered your distress most (−2.1 on average over 4 listenings)". */
export function explainWhatHelps(history: readonly ListeningOutcome[]): HelpsMessage {
  const best = mostHelpful(history);
  if (!best) return { key: 'helps.why.none', args: {} };
  const args = { tempo: best.tempo, family: best.family, change: change(best.meanDistressChange), n: best.listenings };
  return { key: best.meanDistressChange >= 0 ? 'helps.why.nothingLowered' : 'helps.why.lowered', args };
}

/**
 * A sentence that keeps the explanation true to the suggestion: when the suggested tempo or
 * instruments differ from what has helped most, it says so and why, instead of implying that the
 * suggestion is the helpful group. None when they agree or nothing has been learned yet.
 */
export function explainSuggestion(
  history: readonly ListeningOutcome[],
  suggested: { tempo: TempoBand; family: InstrumentFamily },
  allowedTempos: readonly TempoBand[],
): HelpsMessage[] {
  const best = mostHelpful(history);
  if (!best || best.meanDistressChange >= 0 || (best.tempo === suggested.tempo && best.family === suggested.family)) return [];
  const reason = allowedTempos.includes(best.tempo) ? 'learn' : 'far';
  return [{ key: 'helps.why.suggestOther', args: { tempo: suggested.tempo, family: suggested.family, reason, bestTempo: best.tempo } }];
}

type Translate = (key: string, args?: Record<string, unknown>) => string;

/**
 * The explanation in the reader's language (`t` from the web's useT() or the server's
 * translator): for the client ("your distress"), or, given the client's name, for the therapist.
 */
export function helpsText(
  messages: readonly { key: string; args: Record<string, string | number> }[],
  t: Translate,
  forTherapist?: { clientName: string },
): string {
  const who = forTherapist ? 'therapist' : 'client';
  const name = forTherapist?.clientName.trim() || (forTherapist ? t('music:helps.theClient') : '');
  return messages.map((m) => t(`music:${m.key}`, { ...m.args, who, name })).join(' ');
}
