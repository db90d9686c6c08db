/** The title offered when a picture is kept: a few of the client's own words. */

/** Words that do not end a title well. */
const TRAILING = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'in',
  'on',
  'under',
  'with',
  'at',
  'un',
  'una',
  'el',
  'la',
  'de',
  'y',
  'en',
  'ein',
  'eine',
  'der',
  'die',
  'das',
  'und',
  'im',
  'mit',
]);
const LEADING = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la', 'los', 'las', 'ein', 'eine', 'der', 'die', 'das']);

/** A short title from the client's words: the first phrase, without a leading article, at most six words. */
export function titleFromWords(words: string): string {
  const phrase = words.split(/[,.;:!?\n]/)[0] ?? '';
  let list = phrase.trim().split(/\s+/).filter(Boolean);
  if (list.length > 1 && LEADING.has(list[0]!.toLowerCase())) list = list.slice(1);
  list = list.slice(0, 6);
  while (list.length > 1 && TRAILING.has(list[list.length - 1]!.toLowerCase())) list = list.slice(0, -1);
  const t = list.join(' ').slice(0, 80);
  return t ? t[0]!.toLocaleUpperCase() + t.slice(1) : '';
}
