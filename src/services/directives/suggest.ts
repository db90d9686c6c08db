/**
 * Directives suggested for one client, ranked by what the therapist already knows: the goals and
 * problems in the client's profile and treatment plan (words in en/es/de), the latest PHQ-9 and
 * GAD-7 bands, and the directives the client finished before. Pure: the service gathers the
 * signals, this scores the catalogue and gives each suggestion a one-line reason in plain words.
 * Suggestions go to the therapist only; nothing reaches the client until the therapist assigns one.
 * The wording of a reason can be personalised by a language model later (see `SuggestionWording`);
 * without one, these sentences are used as they are.
 */
import type { Directive, GoalTag } from '../../domain/directives/index.ts';

/** The latest score of a measure: its band's severity (0 = minimal) and label. */
export interface MeasureSignal {
  total: number;
  severity: number;
  band: string;
  /** PHQ-9 item 9 answered above zero. */
  safetyFlag?: boolean;
}

export interface SuggestionSignals {
  /** The client's goals and problems, as written (profile goals, plan goals and problems). */
  goalTexts: readonly string[];
  gad7?: MeasureSignal;
  phq9?: MeasureSignal;
  /** Directives the client completed (what they have done before), most recent first. */
  completedDirectiveIds?: readonly string[];
  /** Goal tags of directives the client rated as helping (from reflections or homework). */
  helpedTags?: readonly GoalTag[];
  /** Traditions the client chose as their own: directive ids that adapt well to each, with its name. */
  traditions?: readonly { name: string; directiveIds: readonly string[] }[];
}

export interface Suggestion {
  directive: Directive;
  score: number;
  /** One line for the therapist, plain words: why this one, from what the client's record shows. */
  reason: string;
}

/**
 * The seam for a language model: given the built-in suggestions and the client's language, it may
 * reword each reason (never reorder, add or drop suggestions). Hearth's TextBackend only drafts
 * notes today, so no model is wired here; a local OpenAI-compatible text server would implement
 * this and be passed to `directiveSuggestions` in its deps. Without one, `builtinWording` is used.
 */
export interface SuggestionWording {
  readonly id: string;
  reword(suggestions: readonly Suggestion[], language: 'en' | 'es' | 'de'): Promise<string[]>;
}

/** The built-in wording: the reasons exactly as ranked. */
export const builtinWording: SuggestionWording = { id: 'builtin', reword: async (xs) => xs.map((x) => x.reason) };

/** Words in goals that point at goal tags (lower case, accent-free prefixes; en/es/de). */
const GOAL_WORDS: readonly [RegExp, readonly GoalTag[], string][] = [
  [/\b(anxi|anxious|worr|panic|nerv|ansied|preocup|angst|sorge|panik)/, ['calming', 'grounding', 'worry'], 'anxiety'],
  [/\b(stress|overwhelm|agobi|estres|uberfordert|belast)/, ['calming', 'mindfulness'], 'stress'],
  [/\b(depress|low mood|sad|hopeless|triste|desesper|traurig|niedergeschlag|hoffnungslos)/, ['hope', 'self-compassion', 'emotional-expression'], 'low mood'],
  [/\b(grief|griev|loss|bereave|mourn|duelo|perdida|trauer|verlust)/, ['grief-and-loss'], 'grief'],
  [/\b(anger|angry|temper|ira|enojo|rabia|wut|arger)/, ['anger', 'calming'], 'anger'],
  [/\b(self.?esteem|confiden|worth|autoestima|confianza|selbstwert|selbstvertrauen)/, ['strengths', 'self-compassion', 'identity'], 'self-esteem'],
  [/\b(lonel|isolat|relationship|friend|soledad|aislad|relacion|einsam|beziehung|freund)/, ['relationships', 'support-network'], 'connection'],
  [/\b(trauma|flashback|traumat)/, ['grounding', 'body-awareness'], 'trauma'],
  [/\b(identity|who i am|identidad|identitat)/, ['identity', 'life-story'], 'identity'],
  [/\b(change|transition|move|cambio|mudanza|veranderung|umzug)/, ['transitions'], 'change'],
  [/\b(communicat|express|comunica|expres|kommuni|ausdr)/, ['communication', 'emotional-expression'], 'expression'],
  [/\b(sleep|insomn|dormir|sueno|schlaf)/, ['calming', 'mindfulness'], 'sleep'],
];

const CALMING: readonly GoalTag[] = ['calming', 'grounding', 'mindfulness', 'body-awareness'];
const LIFTING: readonly GoalTag[] = ['hope', 'self-compassion', 'strengths'];

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** True when a directive reads as activating (energise, fast, lively): offered after calming ones when anxiety is high. */
function isActivating(d: Directive): boolean {
  const text = fold(`${d.title} ${d.goal}`);
  return /\b(energi|lively|fast|vigorous|upbeat|activat)/.test(text) || (d.goalTags.includes('play') && !d.goalTags.some((t) => CALMING.includes(t)));
}

/** True when the directive is marked unsuitable in acute crisis. */
const crisisUnsuitable = (d: Directive): boolean => d.unsuitableFor.some((u) => /crisis|acute risk|suicid/i.test(u));

/**
 * Ranks `catalogue` for a client. Ties keep catalogue order. With PHQ-9 item 9 flagged, a
 * directive marked unsuitable in crisis is left out altogether.
 */
export function suggestDirectives(catalogue: readonly Directive[], s: SuggestionSignals, limit = 8): Suggestion[] {
  const goals = fold(s.goalTexts.join(' \n '));
  const matched = GOAL_WORDS.filter(([re]) => re.test(goals));
  const goalTags = new Map<GoalTag, string>();
  for (const [, tags, name] of matched) for (const t of tags) if (!goalTags.has(t)) goalTags.set(t, name);
  const gad = s.gad7?.severity ?? 0;
  const phq = s.phq9?.severity ?? 0;
  const done = new Set(s.completedDirectiveIds ?? []);
  const helped = new Set(s.helpedTags ?? []);
  const out: (Suggestion & { order: number })[] = [];
  catalogue.forEach((d, order) => {
    if ((s.phq9?.safetyFlag ?? false) && crisisUnsuitable(d)) return;
    const reasons: [number, string][] = [];
    let score = 0;
    const goalHits = d.goalTags.filter((t) => goalTags.has(t));
    if (goalHits.length) {
      const w = 3 * goalHits.length;
      score += w;
      const names = [...new Set(goalHits.map((t) => goalTags.get(t)!))];
      reasons.push([w, `fits the goal about ${names.join(' and ')} (${goalHits.join(', ').replace(/-/g, ' ')})`]);
    }
    if (gad >= 2) {
      if (d.goalTags.some((t) => CALMING.includes(t))) {
        const w = 2 * gad;
        score += w;
        reasons.push([w + 0.5, `GAD-7 is ${s.gad7!.band.toLowerCase()} (${s.gad7!.total}): a calming, grounding activity is a gentle start for anxiety`]);
      }
      if (isActivating(d)) score -= 2 * gad;
    }
    if (phq >= 2) {
      if (d.goalTags.some((t) => LIFTING.includes(t))) {
        const w = 2 * phq;
        score += w;
        reasons.push([w, `PHQ-9 is ${s.phq9!.band.toLowerCase()} (${s.phq9!.total}): a small, kind activity that builds hope suits low mood`]);
      }
      if (d.durationMinutes.min > 30) score -= phq;
    }
    const helpedHits = d.goalTags.filter((t) => helped.has(t));
    if (helpedHits.length) {
      score += 2;
      reasons.push([2, `similar to what helped before (${helpedHits.join(', ').replace(/-/g, ' ')})`]);
    }
    const tradition = (s.traditions ?? []).find((t) => t.directiveIds.includes(d.id));
    if (tradition && score > 0) {
      score += 2;
      reasons.push([1, `can be made with the forms of ${tradition.name}, which the client chose as their own`]);
    }
    if (done.has(d.id)) score -= 3; // something new first; a repeat is still offered lower down
    if (score <= 0) return;
    reasons.sort((a, b) => b[0] - a[0]);
    // The strongest reason, and the next one when there is one ("fits the goal …; GAD-7 is …").
    const reason = reasons.length
      ? reasons
          .slice(0, 2)
          .map((r) => r[1])
          .join('; ')
      : 'a general starting point';
    out.push({ directive: d, score, reason: reason.charAt(0).toUpperCase() + reason.slice(1) + (done.has(d.id) ? ' (done before)' : '') + '.', order });
  });
  return out
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ directive, score, reason }) => ({ directive, score, reason }));
}
