/**
 * Directives suggested for one client, ranked by what the therapist already knows: the goals and
 * problems in the client's profile and treatment plan (words in en/es/de), the latest PHQ-9 and
 * GAD-7 bands, the directives the client finished before and how they felt after them (their
 * before/after check-ins), what music has lowered their distress, and how their recent works
 * differ from their own usual range (insight feature trends). Pure: the service gathers the
 * signals, this scores the catalogue and gives each suggestion a one-line reason in plain words,
 * in en/es/de (`reasonText`). Descriptive, never diagnostic: a trend is said as what is on the page.
 * Suggestions go to the therapist only; nothing reaches the client until the therapist approves one.
 * The wording of a reason can be personalised by a language model (see `SuggestionWording`);
 * without one, these sentences are used as they are.
 */
import type { Directive, GoalTag } from '../../domain/directives/index.ts';
import { translator } from '../../domain/i18n/index.ts';
import type { Locale } from '../../domain/i18n/index.ts';

/** The latest score of a measure: its band's severity (0 = minimal) and label. */
export interface MeasureSignal {
  total: number;
  severity: number;
  band: string;
  /** PHQ-9 item 9 answered above zero. */
  safetyFlag?: boolean;
}

/** A directive the client finished, with how their distress moved from the check-in before it to the one after (negative = eased). */
export interface HomeworkOutcome {
  directiveId: string;
  /** The directive's goal tags (from the catalogue, or the snapshot's directive when it is no longer there). */
  goalTags: readonly GoalTag[];
  /** after − before, 0–10 scale; absent when the client did not check in both times. */
  distressChange?: number;
}

/** A recent run of works outside the client's own usual range (from insights `observeTrends`). */
export interface FeatureTrend {
  feature: string;
  direction: 'higher' | 'lower';
  runLength: number;
}

/** What listening has done for this client (music what-helps): the most helpful group's mean distress change. */
export interface MusicHelps {
  /** Mean change in distress (after − before) of the most helpful tempo × instrument group; negative is better. */
  meanDistressChange: number;
  listenings: number;
  /** 'slow' | 'moderate' | 'lively' */
  tempo: string;
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
  /** Completed homework with the client's before/after check-ins: what eased distress lifts similar directives, what raised it lowers them. */
  homeworkOutcomes?: readonly HomeworkOutcome[];
  /** Recent works outside the client's own usual range. */
  trends?: readonly FeatureTrend[];
  /** Music what-helps, when the client has recorded listenings. */
  music?: MusicHelps;
  /** Traditions the client chose as their own: directive ids that adapt well to each, with its name (and names per language). */
  traditions?: readonly { name: string; names?: Readonly<Record<Locale, string>>; directiveIds: readonly string[] }[];
}

/** One reason, as a message of the `supports` catalogue and its arguments, so it can be said in any language. */
export interface ReasonPart {
  key: ReasonKey;
  args: Record<string, string | number>;
}

export type ReasonKey = 'goal' | 'gad7' | 'phq9' | 'helped' | 'helpedSelf' | 'helpedBefore' | 'music' | 'trend' | 'tradition' | 'general';

export interface Suggestion {
  directive: Directive;
  score: number;
  /** One line for the therapist, plain words (English): why this one, from what the client's record shows. */
  reason: string;
  /** The reason's parts (strongest first, at most two), for `reasonText` in the reader's language. */
  parts: readonly ReasonPart[];
  /** Whether the client did this one before (said after the reason). */
  doneBefore: boolean;
}

/**
 * The seam for a language model: given the built-in suggestions and the reader's language, it may
 * reword each reason (never reorder, add or drop suggestions). `openAiWording` (openai-wording.ts)
 * implements it over a local OpenAI-compatible chat server. Without one, `builtinWording` is used.
 */
export interface SuggestionWording {
  readonly id: string;
  reword(suggestions: readonly Suggestion[], language: Locale): Promise<string[]>;
}

/** The built-in wording: the reasons exactly as ranked, in the reader's language. */
export const builtinWording: SuggestionWording = { id: 'builtin', reword: async (xs, language) => xs.map((x) => reasonText(x, language)) };

/** Topics a goal can be about; each is a message `supports:reason.topic.<id>`. */
export type GoalTopic =
  'anxiety' | 'stress' | 'lowMood' | 'grief' | 'anger' | 'selfEsteem' | 'connection' | 'trauma' | 'identity' | 'change' | 'expression' | 'sleep';

/** Words in goals that point at goal tags (lower case, accent-free prefixes; en/es/de). */
const GOAL_WORDS: readonly [RegExp, readonly GoalTag[], GoalTopic][] = [
  [/\b(anxi|anxious|worr|panic|nerv|ansied|preocup|angst|sorge|panik)/, ['calming', 'grounding', 'worry'], 'anxiety'],
  [/\b(stress|overwhelm|agobi|estres|uberfordert|belast)/, ['calming', 'mindfulness'], 'stress'],
  [/\b(depress|low mood|sad|hopeless|triste|desesper|traurig|niedergeschlag|hoffnungslos)/, ['hope', 'self-compassion', 'emotional-expression'], 'lowMood'],
  [/\b(grief|griev|loss|bereave|mourn|duelo|perdida|trauer|verlust)/, ['grief-and-loss'], 'grief'],
  [/\b(anger|angry|temper|ira|enojo|rabia|wut|arger)/, ['anger', 'calming'], 'anger'],
  [/\b(self.?esteem|confiden|worth|autoestima|confianza|selbstwert|selbstvertrauen)/, ['strengths', 'self-compassion', 'identity'], 'selfEsteem'],
  [/\b(lonel|isolat|relationship|friend|soledad|aislad|relacion|einsam|beziehung|freund)/, ['relationships', 'support-network'], 'connection'],
  [/\b(trauma|flashback|traumat)/, ['grounding', 'body-awareness'], 'trauma'],
  [/\b(identity|who i am|identidad|identitat)/, ['identity', 'life-story'], 'identity'],
  [/\b(change|transition|move|cambio|mudanza|veranderung|umzug)/, ['transitions'], 'change'],
  [/\b(communicat|express|comunica|expres|kommuni|ausdr)/, ['communication', 'emotional-expression'], 'expression'],
  [/\b(sleep|insomn|dormir|sueno|schlaf)/, ['calming', 'mindfulness'], 'sleep'],
];

/**
 * Recent-work trends that point at directives: a feature and direction, the goal tags of directives
 * that work with it, and the descriptive observation (a message `supports:reason.trend.<id>`).
 * What is on the page, never what it means: the therapist reads it with the client.
 */
const TREND_TAGS: readonly { feature: string; direction: 'higher' | 'lower'; tags: readonly GoalTag[]; says: string }[] = [
  { feature: 'colourfulness', direction: 'lower', tags: ['emotional-expression', 'emotional-awareness'], says: 'fewerColours' },
  { feature: 'paletteSize', direction: 'lower', tags: ['emotional-expression', 'emotional-awareness'], says: 'fewerColours' },
  { feature: 'saturation', direction: 'lower', tags: ['emotional-expression', 'emotional-awareness'], says: 'fewerColours' },
  { feature: 'brightness', direction: 'lower', tags: ['hope', 'self-compassion'], says: 'darker' },
  { feature: 'inkCoverage', direction: 'lower', tags: ['emotional-expression', 'play'], says: 'lessPage' },
  { feature: 'edgeDensity', direction: 'higher', tags: ['calming', 'mindfulness', 'grounding'], says: 'busier' },
  { feature: 'contrast', direction: 'higher', tags: ['calming', 'mindfulness'], says: 'busier' },
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
 * Added to a learned reason's place in the sentence (not to the score): what the client's own history
 * shows is said before a questionnaire band that every calming suggestion shares.
 */
const LEARNED = 3;

/** Reasons particular to this client's own history and choices. */
const PERSONAL: ReadonlySet<ReasonKey> = new Set(['helped', 'helpedSelf', 'helpedBefore', 'music', 'trend', 'tradition']);

/** How much one homework's felt change counts: an eased distress lifts, a raised one lowers (capped). */
const outcomeWeight = (change: number): number => Math.max(-2, Math.min(2, -change / 2));

/**
 * Ranks `catalogue` for a client. Ties keep catalogue order. With PHQ-9 item 9 flagged, a
 * directive marked unsuitable in crisis is left out altogether. Same signals → same list.
 */
export function suggestDirectives(catalogue: readonly Directive[], s: SuggestionSignals, limit = 8): Suggestion[] {
  const goals = fold(s.goalTexts.join(' \n '));
  const matched = GOAL_WORDS.filter(([re]) => re.test(goals));
  const goalTags = new Map<GoalTag, GoalTopic>();
  for (const [, tags, topic] of matched) for (const t of tags) if (!goalTags.has(t)) goalTags.set(t, topic);
  const gad = s.gad7?.severity ?? 0;
  const phq = s.phq9?.severity ?? 0;
  const done = new Set(s.completedDirectiveIds ?? []);
  const helped = new Set(s.helpedTags ?? []);
  const titles = new Map(catalogue.map((d) => [d.id, d.title]));
  // Per goal tag: the summed weight of completed homework with that tag, and the best-eased one to name.
  const felt = new Map<GoalTag, { weight: number; best?: { id: string; change: number } }>();
  for (const o of s.homeworkOutcomes ?? []) {
    if (o.distressChange === undefined) continue;
    const w = outcomeWeight(o.distressChange);
    for (const t of o.goalTags) {
      const f = felt.get(t) ?? { weight: 0 };
      f.weight += w;
      if (o.distressChange < 0 && (!f.best || o.distressChange < f.best.change)) f.best = { id: o.directiveId, change: o.distressChange };
      felt.set(t, f);
    }
  }
  const trendHits = (s.trends ?? []).flatMap((tr) =>
    TREND_TAGS.filter((x) => x.feature === tr.feature && x.direction === tr.direction).map((x) => ({ ...x, n: tr.runLength })),
  );
  const music = s.music && s.music.meanDistressChange < 0 && s.music.listenings >= 2 ? s.music : undefined;
  const out: (Suggestion & { order: number })[] = [];
  catalogue.forEach((d, order) => {
    if ((s.phq9?.safetyFlag ?? false) && crisisUnsuitable(d)) return;
    const reasons: [number, ReasonPart][] = [];
    let score = 0;
    const goalHits = d.goalTags.filter((t) => goalTags.has(t));
    if (goalHits.length) {
      const w = 3 * goalHits.length;
      score += w;
      const topics = [...new Set(goalHits.map((t) => goalTags.get(t)!))];
      reasons.push([w, { key: 'goal', args: { topics: topics.join('|') } }]);
    }
    if (gad >= 2) {
      if (d.goalTags.some((t) => CALMING.includes(t))) {
        const w = 2 * gad;
        score += w;
        reasons.push([w + 0.5, { key: 'gad7', args: { total: s.gad7!.total } }]);
      }
      if (isActivating(d)) score -= 2 * gad;
    }
    if (phq >= 2) {
      if (d.goalTags.some((t) => LIFTING.includes(t))) {
        const w = 2 * phq;
        score += w;
        reasons.push([w, { key: 'phq9', args: { total: s.phq9!.total } }]);
      }
      if (d.durationMinutes.min > 30) score -= phq;
    }
    const helpedHits = d.goalTags.filter((t) => helped.has(t));
    if (helpedHits.length) {
      score += 2;
      reasons.push([2, { key: 'helpedBefore', args: {} }]);
    }
    // What the client felt after similar homework: the strongest tag counts, eased lifts, raised lowers.
    const feltHits = d.goalTags
      .map((t) => [t, felt.get(t)] as const)
      .filter((x): x is readonly [GoalTag, { weight: number; best?: { id: string; change: number } }] => !!x[1]);
    if (feltHits.length) {
      const top = feltHits.reduce((a, b) => (Math.abs(b[1].weight) > Math.abs(a[1].weight) ? b : a));
      const w = 2 * Math.max(-3, Math.min(3, top[1].weight));
      score += w;
      const best = feltHits
        .map((x) => x[1].best)
        .filter((b) => b !== undefined)
        .sort((a, b) => a.change - b.change)[0];
      if (w > 0 && best) reasons.push([w + LEARNED + 0.25, { key: 'helped', args: { title: titles.get(best.id) ?? best.id, change: Math.abs(best.change) } }]);
    }
    // The directive itself, done before: how the client felt after it counts again, on its own.
    const own = (s.homeworkOutcomes ?? []).filter((o) => o.distressChange !== undefined && o.directiveId === d.id);
    if (own.length) {
      const w =
        2 *
        Math.max(
          -3,
          Math.min(
            3,
            own.reduce((a, o) => a + outcomeWeight(o.distressChange!), 0),
          ),
        );
      score += w;
      // Said of itself rather than "like itself".
      const i = reasons.findIndex((r) => r[1].key === 'helped');
      const last = own.at(-1)!.distressChange!;
      if (i >= 0) reasons.splice(i, 1);
      if (w > 0 && last < 0) reasons.push([w + LEARNED + 0.5, { key: 'helpedSelf', args: { change: -last } }]);
    }
    if (music && d.mode === 'music') {
      const w = Math.min(4, 1 + Math.abs(music.meanDistressChange));
      score += w;
      reasons.push([w + LEARNED, { key: 'music', args: { change: Math.abs(Math.round(music.meanDistressChange * 10) / 10), n: music.listenings } }]);
    }
    const trend = trendHits.find((x) => d.goalTags.some((t) => x.tags.includes(t)));
    if (trend) {
      const w = 1.5 + Math.min(3, trend.n) * 0.5;
      score += w;
      reasons.push([w + LEARNED, { key: 'trend', args: { says: trend.says, n: trend.n } }]);
    }
    const tradition = (s.traditions ?? []).find((t) => t.directiveIds.includes(d.id));
    if (tradition && score > 0) {
      score += 2;
      reasons.push([1, { key: 'tradition', args: { name: tradition.name, ...(tradition.names ?? {}) } }]);
    }
    if (done.has(d.id)) score -= 3; // something new first; a repeat is still offered lower down
    if (score <= 0) return;
    reasons.sort((a, b) => b[0] - a[0]);
    // The strongest reason, and the next one when there is one ("fits the goal …; GAD-7 is …") — unless
    // something particular to this client (what helped them, their tradition) can be said second instead.
    const first = reasons[0];
    const second = reasons.find((r) => r !== first && PERSONAL.has(r[1].key)) ?? reasons[1];
    const parts = first ? [first, ...(second ? [second] : [])].map((r) => r[1]) : [{ key: 'general' as const, args: {} }];
    const sug = { directive: d, score, parts, doneBefore: done.has(d.id), reason: '' };
    out.push({ ...sug, reason: reasonText(sug, 'en'), order });
  });
  return out
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...rest }) => rest);
}

/** One reason part in a language (a message of the `supports` catalogue). */
function partText(p: ReasonPart, locale: Locale, t: ReturnType<typeof translator>): string {
  switch (p.key) {
    case 'goal': {
      const topics = String(p.args['topics'])
        .split('|')
        .map((x) => t(`supports:reason.topic.${x}`));
      return t('supports:reason.goal', { topics: new Intl.ListFormat(locale, { type: 'conjunction' }).format(topics) });
    }
    case 'trend':
      return t('supports:reason.trend', { what: t(`supports:reason.trend.${String(p.args['says'])}`), n: p.args['n'] });
    case 'tradition':
      return t('supports:reason.tradition', { name: String(p.args[locale] ?? p.args['name']) });
    case 'gad7':
      return t('supports:reason.gad7', p.args);
    case 'phq9':
      return t('supports:reason.phq9', p.args);
    case 'helped':
      return t('supports:reason.helped', p.args);
    case 'helpedSelf':
      return t('supports:reason.helpedSelf', p.args);
    case 'helpedBefore':
      return t('supports:reason.helpedBefore');
    case 'music':
      return t('supports:reason.music', p.args);
    case 'general':
      return t('supports:reason.general');
  }
}

/** A suggestion's reason as one sentence in `locale`: the strongest part, then the next ("…; …."), and "(done before)". */
export function reasonText(s: Pick<Suggestion, 'parts' | 'doneBefore'>, locale: Locale): string {
  const t = translator(locale);
  const text = s.parts.map((p) => partText(p, locale, t)).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + (s.doneBefore ? ` ${t('supports:reason.doneBefore')}` : '') + '.';
}
