/**
 * Splitting a prompt into words and clauses, and finding which words are negated.
 *
 * Negation rule (kept simple so a therapist can predict it): a cue ("no", "not", "without",
 * "never", "don't", "nothing", "avoid", "less" …) negates the next meaningful term within the
 * same clause, skipping up to three filler words ("not feeling very dark"). A list joined by
 * "or", "nor", "and" or a comma right after it is negated too ("no red or orange", "without
 * boats, birds"). Clauses end at . ; : ! ? and at "but".
 */

export interface Token {
  /** Lower-cased word, apostrophes removed ("don't" → "dont"). */
  readonly word: string;
  /** Index of the clause the word belongs to. */
  readonly clause: number;
  /** True when the word is followed by a comma. */
  readonly comma: boolean;
}

const CLAUSE_END = /[.;:!?]/;

/** Words that start a negation. */
export const NEGATION_CUES: ReadonlySet<string> = new Set([
  'no', 'not', 'without', 'never', 'dont', 'doesnt', 'isnt', 'arent', 'wasnt', 'nothing', 'none', 'nor',
  'neither', 'avoid', 'less', 'lose', 'minus', 'cant', 'wont', 'shouldnt', 'stop', 'instead',
]);

/** Words skipped between a negation cue and the term it negates. */
export const FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'any', 'more', 'too', 'very', 'so', 'really', 'feeling', 'feel', 'want', 'need', 'like',
  'be', 'being', 'is', 'are', 'it', 'its', 'that', 'this', 'at', 'all', 'of', 'much', 'many', 'colour', 'color',
  'colours', 'colors', 'anymore', 'again', 'have', 'has', 'some',
]);

/** Words that continue a negated list. */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'nor', 'and']);

/** Splits text into lower-case word tokens tagged with their clause. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  const parts = text.toLowerCase().replace(/[’']/g, '').split(/(\s+|[.,;:!?()"])/);
  for (const part of parts) {
    if (!part || /^\s+$/.test(part)) continue;
    if (CLAUSE_END.test(part)) {
      clause++;
      continue;
    }
    if (part === ',') {
      const last = tokens[tokens.length - 1];
      if (last) tokens[tokens.length - 1] = { ...last, comma: true };
      continue;
    }
    if (part === '(' || part === ')' || part === '"') continue;
    const word = part.replace(/[^a-z0-9-]/g, '');
    if (!word) continue;
    if (word === 'but' || word === 'yet') {
      clause++;
      continue;
    }
    tokens.push({ word, clause, comma: false });
  }
  return tokens;
}

/**
 * Candidate dictionary forms of a word: itself, then plural/adjective stripping
 * ("stars" → "star", "leaves" → "leaf", "berries" → "berry").
 */
export function lemmas(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves') && word.length > 4) out.push(`${word.slice(0, -3)}f`);
  if (word.endsWith('es') && word.length > 3) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) out.push(word.slice(0, -1));
  return out;
}
