import { CLASS } from './compose.ts';
import type { SentenceContext } from './compose.ts';
import type { Token } from './normalize.ts';
import type { RuleMatch } from './rules.ts';
import type { TextScope } from './scope.ts';

/**
 * Clause polarity (round 7, issue #14): for every token, whether the clause it sits in denies,
 * closes in the past, gives to someone else, or only figures (idiom, hyperbole, fiction, a question)
 * what its words say — read from what the rules and the scope already computed, so the statistical
 * layer can learn that a death word in a denied clause ("no me quiero morir") is not the same
 * feature as a death word the writer owns ("me quiero morir"). Clauses split at punctuation and at
 * "but / pero / aber" (the tokenizer's boundaries). Pure and deterministic, linear in the text.
 */

/** Polarity of a clause: 0 = the writer's own present (unmarked). */
export const POLARITY = { Own: 0, Denied: 1, Past: 2, Other: 3, Figure: 4 } as const;
type Polarity = (typeof POLARITY)[keyof typeof POLARITY];

const BY_MODIFIER: Readonly<Record<string, Polarity>> = {
  negated: POLARITY.Denied,
  'resolved-past': POLARITY.Past,
  'described-with-care': POLARITY.Other,
  'someone-else': POLARITY.Other,
  figurative: POLARITY.Figure,
  hyperbole: POLARITY.Figure,
  joking: POLARITY.Figure,
  reported: POLARITY.Figure,
  question: POLARITY.Figure,
  accidental: POLARITY.Figure,
};
const BY_SCOPE: Readonly<Record<string, Polarity>> = { denied: POLARITY.Denied, 'resolved-past': POLARITY.Past, 'someone-else': POLARITY.Other };

/** Negations, with the words that deny a harm ("nothing", "nada", "nichts"). */
const NEGATION = /^(not|no|never|nothing|zero|nada|nunca|jamas|ni|cero|nicht|nichts|nie|niemals|kein|keine|keinen|null|nix)$/;

/** Words whose negation is itself a wish to be dead ("not wake up", "no despertar", "nicht aufwachen"). */
export const NOT_WAKING = /^(wake|waking|woke|despertar|despierte|despertarme|aufwachen|aufwache|aufzuwachen)$/;

/** Clause number of each token: a new clause after every boundary (punctuation, "but", "pero", "aber" …). */
export function clauseOf(tokens: readonly { boundary: boolean }[]): number[] {
  let id = 0;
  return tokens.map((t) => (t.boundary ? ++id : id));
}

/**
 * Polarity of each token's clause. A denied clause wins over a past one, a past one over someone
 * else's, someone else's over a figure of speech: the stronger reading that the words are not the
 * writer's present risk.
 */
export function clausePolarity(tokens: readonly Token[], ctx: SentenceContext, scopedMatches: readonly RuleMatch[], scope: TextScope): Polarity[] {
  const clause = clauseOf(tokens);
  const byClause = new Map<number, Polarity>();
  const mark = (c: number, p: Polarity): void => {
    const was = byClause.get(c);
    if (was === undefined || p < was) byClause.set(c, p);
  };
  for (const m of scopedMatches) {
    if (m.level !== 'none') continue;
    for (const x of m.modifiers) {
      const p = BY_MODIFIER[x];
      if (p !== undefined) for (let j = m.start; j < m.end; j++) mark(clause[j]!, p);
    }
  }
  for (let j = 0; j < tokens.length; j++) {
    const s = scope.away[j];
    if (s !== undefined) mark(clause[j]!, BY_SCOPE[s]!);
    else if (ctx.classes[j]! & (CLASS.Death | CLASS.Injure) && negatedBefore(tokens, j)) mark(clause[j]!, POLARITY.Denied);
  }
  for (const c of deniedActs(tokens, ctx.language, clause)) mark(c, POLARITY.Denied);
  return tokens.map((_, j) => byClause.get(clause[j]!) ?? POLARITY.Own);
}

function negatedBefore(tokens: readonly Token[], i: number): boolean {
  // "until I don't wake up", "no despertar", "nicht mehr aufwachen": the negation is the wish itself.
  if (NOT_WAKING.test(tokens[i]!.text)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 5) && !tokens[j]!.boundary; j--) if (NEGATION.test(tokens[j]!.text)) return true;
  return false;
}

/**
 * Clauses in which the writer denies doing anything to themselves with no risk word to negate:
 * "I'm not going to do anything (stupid)", "I won't do anything, I promise", "no voy a hacer
 * ninguna locura", "no pienso hacer(me) nada", "ich tu mir nichts/nix an", "ich mach nichts
 * Dummes", "ich mach aber nix". The clause is read as a whole (a negation, a verb of doing and
 * "anything / nada / nichts") and needs no risk word: the words it denies are left unsaid.
 */
export function deniedActs(tokens: readonly Token[], language: SentenceContext['language'], clause: readonly number[] = clauseOf(tokens)): number[] {
  const out: number[] = [];
  let from = 0;
  for (let j = 0; j <= tokens.length; j++) {
    if (j < tokens.length && clause[j] === clause[from]) continue;
    const words = tokens.slice(from, j).map((t) => t.text);
    if (words.length >= 2 && words.length <= 16 && DENIED_ACT[language].test(` ${words.join(' ')} `)) out.push(clause[from]!);
    from = j;
  }
  return out;
}

const DENIED_ACT: Record<SentenceContext['language'], RegExp> = {
  en: / (not|wont|dont|isnt) (\w+ ){0,3}(do|doing|try|trying|plan|planning|act|acting) (\w+ ){0,2}(anything|something|nothing|stupid|dumb|silly)\b| (no|not) (plans?|intention|intent) (to|of)\b/,
  es: / (no|nunca|jamas) (\w+ ){0,3}(hacer|hacerme|hare|intentar|intentare) (\w+ ){0,2}(nada|ninguna|ninguna locura|ninguna tonteria|ninguna estupidez|eso)\b| (no|nunca|jamas) (me )?(voy a|pienso|quiero) hacerme nada\b| no me (voy a )?hare? nada\b| no me pasa nada\b/,
  de: / (tu|tue|tun|mach|mache|werd|werde) (ich )?mir (\w+ ){0,2}(nichts|nix|nie was|nie etwas|nie) (\w+ ){0,2}an\b| (nichts|nix) (\w+ ){0,2}(antun|anzutun)\b| (mach|mache|machen|tu|tue) (ich )?(\w+ ){0,2}(nichts|nix|keinen) (dummes|blodes|bloedes|schlimmes|scheiss|mist|blodsinn|bloedsinn)\b/,
};
