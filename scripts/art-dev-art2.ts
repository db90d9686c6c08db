/**
 * A used held-out set (test/heldout/art2 by default; art3 since round 9) scored in-process from
 * `describeImage` (planning only, the same report the CLI prints; photos straightened and read as
 * lines as `hearth generate` does): per item the words and where they went, and the totals
 * evaluate.ts prints. For quick rounds of matching work; the lead's figures stay the sets' own
 * evaluate.ts. The first set (art) has no boxes: it prints the words only.
 *
 *   npx tsx scripts/art-dev-art2.ts [--set art|art2|art3|art4] [--only ID] [--quiet]
 */
import { describeImage } from '../src/engines/art/index.ts';
import { sameWord, score } from '../test/heldout/art2/score.ts';
import type { Report } from '../test/heldout/art2/score.ts';
import { loadSet, setName } from './art-sets.ts';

const arg = (k: string): string | undefined => {
  const i = process.argv.indexOf(k);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const set = setName(arg('--set'));
const quiet = process.argv.includes('--quiet');
const items = await loadSet(set, arg('--only'));
/** Why drawn things were missed: what their word became in the report (a thing or figure placed elsewhere, a motif, not drawn, absent). */
const why = new Map<string, number>();
const tot = { drawn: 0, found: 0, all: 0, twice: 0, nd: 0, ndp: 0, neg: 0, negOk: 0, aspect: 0 };
for (const it of items) {
  const { item } = it;
  const described = describeImage({ prompt: item.prompt, sketch: it.sketch, sketchStrength: 0.7, seed: it.seed, width: it.width, height: it.height });
  const report = { ...(described as unknown as Report), paper: it.paper } as Report;
  const W = it.width;
  const H = it.height;
  const f = (b: { x: number; y: number; w: number; h: number }): string => `${(b.x / W).toFixed(2)},${(b.y / H).toFixed(2)},${(b.w / W).toFixed(2)},${(b.h / H).toFixed(2)}`;
  const words = (report.words ?? []).map((w) => `${w.word}:${w.as}${(w.where ?? []).map((r) => (r.box ? `[${f(r.box)}]` : '')).join('')}`);
  if (set === 'art') {
    if (!quiet) console.log(`${item.id.padEnd(24)}\n    ${words.join('  ')}`);
    continue;
  }
  const s = score(item, report);
  // One entry per missing thing (four soap bubbles, one of them found: three).
  for (const label of s.missing) {
    const t = item.expect.things.find((x) => x.label === label);
    if (!t || t.word === null) {
      why.set('unnamed (no word)', (why.get('unnamed (no word)') ?? 0) + 1);
      continue;
    }
    const w = (report.words ?? []).find((r) => typeof r.word === 'string' && sameWord(r.word, t.word!)) as { as?: string; where?: unknown[]; fromSketch?: boolean } | undefined;
    // A thing or person placed elsewhere: on a wrong drawn object (fromSketch) or added on free paper.
    const drawnElsewhere = w?.fromSketch === true;
    const k = !w
      ? 'word absent from the report'
      : w.as === 'thing' || w.as === 'figure'
        ? `${w.as}, ${drawnElsewhere ? 'on a wrong drawn object' : w.where?.length ? 'added on free paper' : 'not placed'}`
        : `${w.as ?? '?'}${w.where?.length ? ', placed elsewhere' : ''}`;
    why.set(k, (why.get(k) ?? 0) + 1);
  }
  tot.drawn += s.drawn;
  tot.found += s.found;
  tot.all += s.found === s.drawn ? 1 : 0;
  tot.twice += s.paintedTwice;
  tot.nd += s.notDrawn;
  tot.ndp += s.notDrawnPainted;
  tot.neg += s.negated;
  tot.negOk += s.negatedNotPainted;
  tot.aspect += s.aspectKept ? 1 : 0;
  if (!quiet) console.log(`${item.id.padEnd(24)} ${s.found}/${s.drawn} twice ${s.paintedTwice} ${s.missing.length ? 'MISSING ' + s.missing.join('; ') : ''}\n    ${words.join('  ')}`);
}
if (set !== 'art')
  console.log(
    `${set}: found ${tot.found}/${tot.drawn}  all found ${tot.all}/${items.length}  paintedTwice ${tot.twice}  notDrawnPainted ${tot.ndp}/${tot.nd}  negated ok ${tot.negOk}/${tot.neg}  aspect ${tot.aspect}/${items.length}`,
  );
if (set !== 'art') console.log(`missed, by what the word became: ${[...why].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`);
