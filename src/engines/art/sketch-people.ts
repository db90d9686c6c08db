/**
 * People one by one (round 10): when the words name several people ("mum, dad and me", "mi
 * hermana y yo", "Oma und Opa") and the sketch has several drawn figures, each person word takes
 * its own figure — never one figure for two words.
 *
 * - `peopleOfPrompt` reads what the word list leaves out: the client themself ("me", "yo",
 *   "ich" beside other people is one of the drawn figures, added as a person word when two or
 *   more figures are drawn) and the relations between people ("X between A and B", "X on the
 *   left/right").
 * - `assignPeople` chooses, among every way of giving the single person words distinct figures
 *   (as many as can have one), the one that costs least: the order of the words in the sentence
 *   against the figures left to right, size (a child word, or "me" beside parent words, on a
 *   smaller figure than the adults'), and the relations. Group words ("family", "friends",
 *   "people", a plural) take the figures left, or cover every figure when none is left.
 */
import type { PromptThings, WordUse } from './scene-words.ts';
import { AND, FIRST_PERSON, promptWords } from './scene-words.ts';
import type { DrawnFigure } from './sketch-match.ts';

type FigureUse = Extract<WordUse, { as: 'figure' }>;

/** How people named in the prompt stand to each other. */
export interface PeopleRelations {
  /** [x, a, b]: person word x is drawn between a and b. */
  readonly between: readonly (readonly [string, string, string])[];
  /** Person words said to be on the left or the right. */
  readonly side: ReadonlyMap<string, 'left' | 'right'>;
}

const NO_RELATIONS: PeopleRelations = { between: [], side: new Map() };

/** The client themself, in en/es/de ("i" only beside "and": "mum, dad and I"). */
const SELF: ReadonlySet<string> = new Set([...FIRST_PERSON, 'mí', 'mir']);
/** Parents and grandparents: "me" named beside them is most often the smaller figure. */
const ELDERS = new Set(
  (
    'mum mom mummy mommy mother dad daddy father parent parents grandma grandmother grandpa grandfather granny ' +
    'mamá mama madre papá papa padre padres abuela abuelo abuelos mutter vater eltern mami papi oma opa großmutter großvater'
  ).split(' '),
);
const HE_SHE: Readonly<Record<string, 'long' | 'short'>> = { she: 'long', he: 'short', ella: 'long', él: 'short', sie: 'long', er: 'short' };
const BETWEEN = new Set(['between', 'entre', 'zwischen']);
const LEFT = new Set(['left', 'izquierda', 'links']);
const RIGHT = new Set(['right', 'derecha', 'rechts']);

/**
 * The prompt's people for matching against `drawnCount` drawn figures: "me"/"yo"/"ich" added
 * (in sentence order) when other people are named and two or more figures are drawn, and the
 * relations between the person words.
 */
export function peopleOfPrompt(prompt: string, things: PromptThings, drawnCount: number): { things: PromptThings; relations: PeopleRelations } {
  const persons = things.uses.filter((u): u is FigureUse => u.as === 'figure');
  if (drawnCount < 2 || persons.length === 0) return { things, relations: NO_RELATIONS };
  const words = promptWords(prompt);
  // Each use's place in the sentence (uses are in sentence order; two-word things take the first).
  const at = new Map<WordUse, number>();
  let k = 0;
  for (const u of things.uses) {
    const first = u.word.split(' ')[0]!;
    const i = words.findIndex((w, j) => j >= k && w.word === first);
    if (i < 0) continue;
    at.set(u, i);
    k = i + 1;
  }
  const self = words.findIndex(
    (w, i) => SELF.has(w.word) || (w.word === 'i' && (AND.has(words[i - 1]?.word ?? '') || AND.has(words[i + 1]?.word ?? ''))),
  );
  const uses = [...things.uses];
  if (self >= 0 && !uses.some((u) => u.as === 'figure' && SELF.has(u.word))) {
    const me: FigureUse = { word: words[self]!.word, as: 'figure', child: false, count: 1 };
    const before = uses.findIndex((u) => (at.get(u) ?? -1) > self);
    uses.splice(before < 0 ? uses.length : before, 0, me);
    at.set(me, self);
  }
  const named = uses.filter((u): u is FigureUse => u.as === 'figure' && at.has(u));
  const personAt = named.map((u) => ({ word: u.word, i: at.get(u)!, clause: words[at.get(u)!]!.clause }));
  // "she"/"he" (ella/él, sie/er) stand for the last person named before them with that look.
  words.forEach((w, i) => {
    const hair = HE_SHE[w.word];
    const ref = hair ? named.filter((u) => at.get(u)! < i && u.hair === hair).pop() : undefined;
    if (ref) personAt.push({ word: ref.word, i, clause: w.clause });
  });
  personAt.sort((p, q) => p.i - q.i);
  const between: [string, string, string][] = [];
  const side = new Map<string, 'left' | 'right'>();
  words.forEach((w, i) => {
    if (BETWEEN.has(w.word)) {
      const x = personAt.filter((p) => p.i < i && p.clause === w.clause).pop();
      const [a, b] = personAt.filter((p) => p.i > i && p.clause === w.clause);
      if (x && a && b) between.push([x.word, a.word, b.word]);
    }
    const s = LEFT.has(w.word) ? 'left' : RIGHT.has(w.word) ? 'right' : undefined;
    if (s) {
      // "Mama on the left", "links Papa": the nearest person word in the clause, within four words.
      const near = personAt.filter((p) => p.clause === w.clause && Math.abs(p.i - i) <= 4).sort((p, q) => Math.abs(p.i - i) - Math.abs(q.i - i))[0];
      if (near && !side.has(near.word)) side.set(near.word, s);
    }
  });
  return { things: { ...things, uses }, relations: { between, side } };
}

const headSize = (f: DrawnFigure): number => f.head.y1 - f.head.y0 + 1;
const centreX = (f: DrawnFigure): number => f.box.x + f.box.w / 2;

/**
 * Each person word's drawn figures. Single person words (count 1) get distinct figures — as many
 * as there are figures — chosen by the least cost of order, size and relations; the rest of the
 * figures go to the group words (each takes its count, the last one all that are left; a group
 * word with none left covers every figure: "my family" is everyone drawn).
 */
export function assignPeople(
  people: readonly DrawnFigure[],
  personWords: readonly FigureUse[],
  relations: PeopleRelations = NO_RELATIONS,
): { word: string; figures: DrawnFigure[] }[] {
  const distinct = personWords.filter((u, i) => personWords.findIndex((v) => v.word === u.word) === i);
  const singles = distinct.filter((u) => u.count === 1);
  const groups = distinct.filter((u) => u.count > 1);
  const n = people.length;
  const elders = distinct.some((u) => ELDERS.has(u.word));
  // A child word, or "me" beside parents or grandparents, is the smaller figure.
  const small = singles.map((u) => u.child || (elders && SELF.has(u.word)));
  const sizeRank = people.map((f) => people.filter((g) => headSize(g) < headSize(f)).length / Math.max(1, n - 1));
  const idx = new Map(singles.map((u, i) => [u.word, i]));
  const cost = (a: readonly number[]): number => {
    let c = 0;
    for (let i = 0; i < a.length; i++) {
      const fi = a[i]!;
      if (fi < 0) continue;
      // Size: a small word on a large figure, an adult word on a small one (when sizes differ).
      c += small[i] ? sizeRank[fi]! : 0.3 * (1 - sizeRank[fi]!);
      for (let k = i + 1; k < a.length; k++) {
        const fk = a[k]!;
        if (fk < 0) continue;
        // Order: named first, drawn further left (an inversion costs 1).
        if (centreX(people[fi]!) > centreX(people[fk]!)) c += 1;
        if (small[i] !== small[k]) {
          const [s, b] = small[i] ? [fi, fk] : [fk, fi];
          if (headSize(people[s]!) > headSize(people[b]!) * 1.05) c += 1.5;
        }
      }
    }
    const fig = (w: string): DrawnFigure | undefined => {
      const i = idx.get(w);
      const f = i === undefined ? -1 : a[i]!;
      return f >= 0 ? people[f] : undefined;
    };
    for (const [x, l, r] of relations.between) {
      const [fx, fl, fr] = [fig(x), fig(l), fig(r)];
      if (fx && fl && fr && !(centreX(fx) > Math.min(centreX(fl), centreX(fr)) && centreX(fx) < Math.max(centreX(fl), centreX(fr)))) c += 2;
    }
    for (const [w, s] of relations.side) {
      const f = fig(w);
      if (f && people.some((g) => g !== f && (s === 'left' ? centreX(g) < centreX(f) : centreX(g) > centreX(f)))) c += 2;
    }
    return c;
  };
  // Every injective choice with as many single words placed as there are figures (few people: small search).
  const placed = Math.min(singles.length, n);
  let best: number[] = singles.map(() => -1);
  let bestCost = Infinity;
  const a: number[] = [];
  const used = new Set<number>();
  let budget = 50000;
  const search = (i: number, skips: number): void => {
    if (budget-- <= 0) return;
    if (i === singles.length) {
      const c = cost(a);
      if (c < bestCost - 1e-9) [best, bestCost] = [[...a], c];
      return;
    }
    for (let f = 0; f < n; f++) {
      if (used.has(f)) continue;
      used.add(f);
      a.push(f);
      search(i + 1, skips);
      a.pop();
      used.delete(f);
    }
    if (skips > 0) {
      a.push(-1);
      search(i + 1, skips - 1);
      a.pop();
    }
  };
  search(0, singles.length - placed);
  const out: { word: string; figures: DrawnFigure[] }[] = singles.map((u, i) => ({ word: u.word, figures: best[i]! >= 0 ? [people[best[i]!]!] : [] }));
  const taken = new Set(best.filter((f) => f >= 0));
  // Group words: the figures no single word took, left to right; none left → every figure.
  const left = people.map((_, f) => f).filter((f) => !taken.has(f)).sort((p, q) => centreX(people[p]!) - centreX(people[q]!));
  groups.forEach((u, gi) => {
    const got = gi === groups.length - 1 ? left.splice(0) : left.splice(0, Math.min(u.count, left.length));
    out.push({ word: u.word, figures: (got.length ? got : people.map((_, f) => f)).map((f) => people[f]!) });
  });
  return out;
}
