import type { Directive, DirectiveMode, GoalTag } from './directive.ts';

export interface DirectiveQuery {
  /** Free text; every word must appear somewhere in the directive (title, goal, tags, instructions…). */
  text?: string;
  /** Keep directives that open one of these modes. */
  modes?: readonly DirectiveMode[];
  /** Keep directives with at least one of these goal tags. */
  goalTags?: readonly GoalTag[];
  /** Keep directives whose shortest duration fits in this many minutes. */
  maxMinutes?: number;
  /**
   * Leave out directives whose unsuitable situations mention any of these words, e.g.
   * ["crisis"] drops the bridge drawing and others marked unsuitable in acute crisis.
   */
  avoidUnsuitableFor?: readonly string[];
}

/** Field weights for ranking text matches: a hit in the title counts most. */
const WEIGHTS = { title: 6, goalTags: 4, goal: 3, suitableFor: 2, instructions: 1, reflectionQuestions: 1, therapistNotes: 1 } as const;

/** Lower-case, accent-free words. */
function words(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
}

function fold(text: string): string {
  return words(text).join(' ');
}

/**
 * Filters and ranks directives. Filters (modes, goal tags, time, unsuitable situations) are
 * exact; text is matched by word prefix ("calm" finds "calming"), all words required, and ranked
 * by where they hit. Without text the catalogue order is kept. Pure; works on any list, so
 * therapists' own directives can be searched together with the built-in ones.
 */
export function searchDirectives(catalogue: readonly Directive[], query: DirectiveQuery = {}): Directive[] {
  const terms = words(query.text ?? '');
  const avoid = (query.avoidUnsuitableFor ?? []).flatMap(words);
  const scored: { d: Directive; score: number; order: number }[] = [];
  catalogue.forEach((d, order) => {
    if (query.modes?.length && !query.modes.includes(d.mode)) return;
    if (query.goalTags?.length && !d.goalTags.some((t) => query.goalTags!.includes(t))) return;
    if (query.maxMinutes !== undefined && d.durationMinutes.min > query.maxMinutes) return;
    if (avoid.length) {
      const unsuitable = words(d.unsuitableFor.join(' '));
      if (avoid.some((a) => unsuitable.some((w) => w.startsWith(a)))) return;
    }
    let score = 0;
    if (terms.length) {
      const fields: [string, number][] = [
        [fold(d.title), WEIGHTS.title],
        [fold(d.goalTags.join(' ')), WEIGHTS.goalTags],
        [fold(d.goal), WEIGHTS.goal],
        [fold(d.suitableFor.join(' ')), WEIGHTS.suitableFor],
        [fold(d.instructions.join(' ')), WEIGHTS.instructions],
        [fold(d.reflectionQuestions.join(' ')), WEIGHTS.reflectionQuestions],
        [fold(d.therapistNotes), WEIGHTS.therapistNotes],
      ];
      for (const term of terms) {
        let termScore = 0;
        for (const [text, weight] of fields) if (` ${text}`.includes(` ${term}`)) termScore += weight;
        if (termScore === 0) return;
        score += termScore;
      }
    }
    scored.push({ d, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.d);
}
