import type { Result } from '../../engines/core/index.ts';
import { err, ok } from '../../engines/core/index.ts';

/** Which part of Hearth a directive opens. */
export const DIRECTIVE_MODES = ['studio-draw', 'studio-generate', 'studio-upload', 'music', 'guided-imagery', 'writing'] as const;
export type DirectiveMode = (typeof DIRECTIVE_MODES)[number];

/** What a directive is for, used for filtering. */
export const GOAL_TAGS = [
  'grounding', 'calming', 'emotional-awareness', 'emotional-expression', 'self-compassion', 'strengths', 'identity',
  'life-story', 'relationships', 'support-network', 'grief-and-loss', 'transitions', 'hope', 'goal-setting', 'worry',
  'anger', 'body-awareness', 'mindfulness', 'play', 'communication',
] as const;
export type GoalTag = (typeof GOAL_TAGS)[number];

/**
 * An art- or music-therapy directive: what the therapist offers and what the client reads.
 * `instructions` and `reflectionQuestions` are addressed to the client (warm, plain language, no
 * jargon); `goal`, `suitableFor`, `unsuitableFor` and `therapistNotes` are for the therapist.
 */
export interface Directive {
  /** kebab-case, unique. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences on why a therapist would offer it. */
  readonly goal: string;
  readonly goalTags: readonly GoalTag[];
  readonly mode: DirectiveMode;
  /** Typical time in minutes, for planning a session or homework. */
  readonly durationMinutes: { readonly min: number; readonly max: number };
  /** Steps shown to the client, in order. */
  readonly instructions: readonly string[];
  /** Asked after making, in the studio or in session. */
  readonly reflectionQuestions: readonly string[];
  /** Situations where it tends to help. */
  readonly suitableFor: readonly string[];
  /** Situations where it should not be offered, or only with care. */
  readonly unsuitableFor: readonly string[];
  /** Cautions, adaptations and origins, for the therapist. */
  readonly therapistNotes: string;
  /** Whether it ships with Hearth or a therapist wrote it. */
  readonly source: 'built-in' | 'therapist';
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Validates a directive written or edited by a therapist (the same rules the built-in catalogue
 * follows). Returns the first problem as a plain message.
 */
export function validateDirective(input: unknown): Result<Directive> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return err('directive must be an object');
  const d = input as Record<string, unknown>;
  const text = (k: string, max: number): string | null => {
    const v = d[k];
    return typeof v === 'string' && v.trim().length > 0 && v.length <= max ? null : `${k} must be text of 1–${max} characters`;
  };
  const list = (k: string, min: number, max: number): string | null => {
    const v = d[k];
    return Array.isArray(v) && v.length >= min && v.length <= max && v.every((s) => typeof s === 'string' && s.trim().length > 0 && s.length <= 600)
      ? null
      : `${k} must be a list of ${min}–${max} non-empty texts`;
  };
  const problem =
    (typeof d['id'] === 'string' && ID.test(d['id']) && d['id'].length <= 64 ? null : 'id must be kebab-case, up to 64 characters') ??
    text('title', 80) ??
    text('goal', 400) ??
    (DIRECTIVE_MODES.includes(d['mode'] as DirectiveMode) ? null : `mode must be one of ${DIRECTIVE_MODES.join(', ')}`) ??
    (Array.isArray(d['goalTags']) && d['goalTags'].length > 0 && d['goalTags'].every((t) => GOAL_TAGS.includes(t as GoalTag))
      ? null
      : `goalTags must be a non-empty list of: ${GOAL_TAGS.join(', ')}`) ??
    durationProblem(d['durationMinutes']) ??
    list('instructions', 1, 12) ??
    list('reflectionQuestions', 1, 10) ??
    list('suitableFor', 1, 10) ??
    list('unsuitableFor', 1, 10) ??
    (typeof d['therapistNotes'] === 'string' && d['therapistNotes'].length <= 2000 ? null : 'therapistNotes must be text up to 2000 characters') ??
    (d['source'] === 'built-in' || d['source'] === 'therapist' ? null : 'source must be built-in or therapist');
  return problem ? err(problem) : ok(d as unknown as Directive);
}

function durationProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'durationMinutes must be { min, max }';
  const { min, max } = v as { min?: unknown; max?: unknown };
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min || max > 240) {
    return 'durationMinutes must have whole minutes 1 ≤ min ≤ max ≤ 240';
  }
  return null;
}
