/**
 * Coverage of common drawable nouns (test/fixtures/art-common-nouns.json, ≥ 300 per language,
 * written from what people draw, not from any test set): per language, how many resolve to a
 * shape of the library (a thing), and how many are drawn at all (a thing or a motif the scene
 * paints: sun, clouds, mountains). Each noun is read in a tiny prompt in its language
 * ("the X", "el X", "das X"). `--root DIR` reads another checkout (e.g. /work/main) for a before.
 *
 * `--used-sets art3,art4` also lists, per used held-out set (art … art4, its README saying USED; art5
 * and later are sealed and never opened), each named drawn thing's word the prompt does not draw (not a thing, motif or figure).
 *
 *   npx tsx scripts/art-word-coverage.ts [--root DIR] [--missing] [--used-sets art3,art4]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as SceneWords from '../src/engines/art/scene-words.ts';

const arg = (k: string): string | undefined => {
  const i = process.argv.indexOf(k);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = resolve(arg('--root') ?? new URL('..', import.meta.url).pathname);
const { thingsOfPrompt } = (await import(resolve(root, 'src/engines/art/scene-words.ts'))) as typeof SceneWords;
const nouns = JSON.parse(readFileSync(new URL('../test/fixtures/art-common-nouns.json', import.meta.url), 'utf8')) as Record<'en' | 'es' | 'de', string[]>;
const cue = { en: 'the', es: 'el', de: 'das' } as const;
for (const lang of ['en', 'es', 'de'] as const) {
  let thing = 0;
  let drawn = 0;
  const missing: string[] = [];
  for (const n of nouns[lang]) {
    const w = n.toLowerCase();
    const use = thingsOfPrompt(`${cue[lang]} ${w}`).uses.find((u) => u.word === w || u.word.split(' ').includes(w));
    if (use?.as === 'thing') thing++;
    if (use?.as === 'thing' || use?.as === 'motif' || use?.as === 'figure') drawn++;
    else missing.push(n);
  }
  const N = nouns[lang].length;
  console.log(`${lang}: ${N} nouns  thing ${thing} (${((100 * thing) / N).toFixed(1)}%)  drawn ${drawn} (${((100 * drawn) / N).toFixed(1)}%)`);
  if (process.argv.includes('--missing')) console.log(`  not drawn: ${missing.join(' ')}`);
}

for (const set of (arg('--used-sets') ?? '').split(',').filter(Boolean)) {
  const dir = new URL(`../test/heldout/${set}/`, import.meta.url);
  const readme = new URL('README.md', dir);
  // art5 and later are sealed (never opened, not even their README); an earlier set is read only when its README says USED.
  const n = /^art(\d*)$/.exec(set);
  if (!n || Number(n[1] || 1) >= 5 || !existsSync(readme) || !/\bUSED\b/.test(readFileSync(readme, 'utf8'))) {
    console.log(`${set}: not read (only art … art4, and only a set whose README says USED)`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
    items: { prompt: string; language: string; expect: { things: { word: string | null; named: boolean }[] } }[];
  };
  let total = 0;
  const missing: string[] = [];
  for (const it of manifest.items) {
    const uses = thingsOfPrompt(it.prompt).uses;
    for (const w of new Set(it.expect.things.filter((t) => t.named && t.word).map((t) => t.word!.toLowerCase()))) {
      total++;
      const u = uses.find((x) => x.word === w || x.word.split(' ').includes(w));
      if (!(u?.as === 'thing' || u?.as === 'motif' || u?.as === 'figure')) missing.push(`${it.language}:${w}(${u?.as ?? 'absent'})`);
    }
  }
  console.log(`${set}: named words not drawn ${missing.length} / ${total}: ${missing.join(' ')}`);
}
