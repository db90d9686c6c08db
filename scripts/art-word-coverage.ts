/**
 * Coverage of common drawable nouns (test/fixtures/art-common-nouns.json, ≥ 300 per language,
 * written from what people draw, not from any test set): per language, how many resolve to a
 * shape of the library (a thing), and how many are drawn at all (a thing or a motif the scene
 * paints: sun, clouds, mountains). Each noun is read in a tiny prompt in its language
 * ("the X", "el X", "das X"). `--root DIR` reads another checkout (e.g. /work/main) for a before.
 *
 *   npx tsx scripts/art-word-coverage.ts [--root DIR] [--missing]
 */
import { readFileSync } from 'node:fs';
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
