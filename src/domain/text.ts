/** Small rules for text people type. Pure: no I/O. */

/**
 * The first `max` UTF-16 units of `s`, never ending in half of a surrogate pair (an emoji cut in
 * two would leave an unpaired surrogate, which cannot be stored).
 */
export function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
