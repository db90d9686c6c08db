/**
 * Writes src/engines/art/shapes/label-words.json: per language (en, es, de), the words of the
 * shape library's index that NAME a thing in an emoji label — the noun of the label (the last
 * word in English, the first in Spanish and German) or a one-word label — as opposed to words
 * that only occur in tags ("floating" → bubbles) or as a describing word ("long" in "long drum").
 * The prompt reader draws a thing only for these (or for Hearth's own synonyms).
 *
 * Tags add the nouns among them ("pumpkin" for the jack-o-lantern, "Pilz" for the Fliegenpilz,
 * "seta" for the champiñón): a tag that is the head of a German compound label or tag of the same
 * emoji (Fliegen|pilz, Halloween|kürbis), or — in any language — a tag of at most three emoji that
 * does not have the shape of a describing word or verb (-ing, -ed, -ly, -ful, -ous …; -ado, -ido,
 * -oso, -ante …; -ig, -lich, -isch, -end …) and is not one of Hearth's not-things or colour words.
 *
 *   npx tsx scripts/build-label-words.ts   (reads emojibase-data, MIT, like build-shape-index.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COLOUR_WORDS, COMMON_VERBS, NOT_THINGS, SHAPE_WORDS } from '../src/engines/art/shapes/thing-words.ts';

const require = createRequire(import.meta.url);
const root = new URL('../src/engines/art/shapes/', import.meta.url);
const data = JSON.parse(readFileSync(new URL('shape-data.json', root), 'utf8')) as {
  shapes: [string, string, string, unknown][];
  index: Record<string, number[]>;
};
const known = new Set(Object.keys(data.index));
const wordsOf = (t: string): string[] =>
  t
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
/** Word shapes of describing words and verbs, per language: a tag of this shape is not a thing. */
const NOT_NOUN: Readonly<Record<string, RegExp>> = {
  en: /(ing|ed|ly|ful|ous|ive|al|ic|ish|less|able|ible|ary|ian|ese|[^su]s|y)$/,
  es: /(ado|ada|ido|ida|oso|osa|ivo|iva|al|ico|ica|ble|ante|ente|ando|iendo|mente|ar|er|ir|ír|se|es|os|as)$/,
  de: /(ig|lich|isch|end|bar|los|voll|haft|sam|en|er|em|es|ern|ieren|st|t)$/,
};
const COMMON = new Set([
  'face',
  'person',
  'symbol',
  'sign',
  'flag',
  'gesicht',
  'person',
  'cara',
  'persona',
  'zeichen',
  'símbolo',
  'signo',
  'bandera',
  'flagge',
]);
const out: Record<string, string[]> = {};
for (const lang of ['en', 'es', 'de']) {
  const heads = new Set<string>();
  const list = JSON.parse(readFileSync(require.resolve(`emojibase-data/${lang}/data.json`), 'utf8')) as { label: string; tags?: string[] }[];
  const tagCount = new Map<string, number>();
  // German nouns are capitalised in labels: a German tag is noun-shaped only when some label writes it (or ends a word) capitalised.
  const capitalised = list.flatMap((e) =>
    e.label
      .normalize('NFC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase()),
  );
  for (const e of list) for (const t of new Set((e.tags ?? []).flatMap(wordsOf))) tagCount.set(t, (tagCount.get(t) ?? 0) + 1);
  // Describing words of labels (before the noun in English, after it in Spanish unless after "de"/"con", lower-case in German):
  // a tag also used this way is not a thing ("round" in "round pushpin").
  // English verbs among tags ("look" of "looks", "cry"): a tag whose -ing or -ed form is also a word of the data.
  const vocabulary = new Set(list.flatMap((e) => [e.label, ...(e.tags ?? [])].flatMap(wordsOf)));
  const verbLike = (t: string): boolean =>
    lang === 'en' && [`${t}ing`, `${t.replace(/e$/, '')}ing`, `${t}ed`, `${t}d`, `${t}${t.slice(-1)}ing`].some((f) => f !== t && vocabulary.has(f));
  const describing = new Set<string>();
  // The words of the silhouettes' many-word English labels too: none names the thing on its own ("branches" in "lightning branches").
  if (lang === 'en')
    for (const [id, label] of data.shapes) if (id.startsWith('game-icons:') && label.includes(' ')) wordsOf(label).forEach((w) => describing.add(w));
  for (const e of list) {
    const raw = e.label
      .normalize('NFC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    raw.forEach((w, i) => {
      const lw = w.toLowerCase();
      if (lang === 'en' ? i < raw.length - 1 : lang === 'es' ? i > 0 && !['de', 'del', 'con'].includes(raw[i - 1]!.toLowerCase()) : !/^\p{Lu}/u.test(w))
        describing.add(lw);
    });
  }
  for (const e of list) {
    const ws = wordsOf(e.label);
    if (!ws.length) continue;
    const head = lang === 'en' ? ws[ws.length - 1]! : ws[0]!;
    // A German label's first word names a thing only when capitalised, as German nouns are ("nach" in "Daumen nach unten" is not).
    const headCapitalised = lang !== 'de' || ws.length === 1 || /^\p{Lu}/u.test(e.label.normalize('NFC').trim());
    if (known.has(head) && headCapitalised) heads.add(head);
    const tags = (e.tags ?? []).map((t) => t.toLowerCase().normalize('NFC'));
    for (const t of tags) {
      if (
        !known.has(t) ||
        t.length < 3 ||
        NOT_THINGS.has(t) ||
        SHAPE_WORDS.has(t) ||
        COMMON_VERBS[lang as 'en' | 'es' | 'de'].has(t) ||
        COLOUR_WORDS[t] ||
        COMMON.has(t)
      )
        continue;
      // German: the head of a compound label or tag of the same emoji (Fliegenpilz → Pilz).
      const compoundHead = lang === 'de' && t.length >= 4 && [head, ...tags].some((w) => w.length >= t.length + 3 && w.endsWith(t));
      const nounShaped = (tagCount.get(t) ?? 0) <= 3 && !NOT_NOUN[lang]!.test(t) && ![t, `${t}s`, `${t}es`].some((f) => describing.has(f)) && !verbLike(t);
      // … as a word, a compound's head (Fliegen|pilz) or its modifier (Löwen|gesicht).
      const capitalisedOk =
        lang !== 'de' || capitalised.some((w) => w === t || (w.length >= t.length + 3 && (w.endsWith(t) || (t.length >= 4 && w.startsWith(t.slice(0, -1))))));
      if ((compoundHead || nounShaped) && capitalisedOk) heads.add(t);
    }
  }
  if (lang === 'en') for (const [id, label] of data.shapes) if (id.startsWith('game-icons:') && !label.includes(' ') && known.has(label)) heads.add(label);
  out[lang] = [...heads].sort();
}
writeFileSync(
  new URL('label-words.json', root),
  `${JSON.stringify({ note: 'Generated by scripts/build-label-words.ts from emojibase-data (MIT) — do not edit.', ...out })}\n`,
);
console.log(
  Object.entries(out)
    .map(([k, v]) => `${k}: ${v.length}`)
    .join(', '),
);
