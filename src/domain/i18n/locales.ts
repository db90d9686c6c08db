/**
 * The languages Hearth speaks. Each user picks one; otherwise the browser's (or the system's)
 * preference decides, and English is the fallback for anything not yet translated.
 */
export const LOCALES = ['en', 'es', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for a language picker. */
/** @public (i18n API, used as screens are translated) */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', de: 'Deutsch' };

export const isLocale = (x: unknown): x is Locale => typeof x === 'string' && (LOCALES as readonly string[]).includes(x);

/**
 * The best supported locale for a list of preferences, best first (`navigator.languages`, an
 * `Accept-Language` header split by q, `LANG=de_DE.UTF-8`): the first whose primary subtag we speak.
 */
export function pickLocale(preferences: readonly string[] | string | undefined | null): Locale {
  const list = typeof preferences === 'string' ? parseAcceptLanguage(preferences) : (preferences ?? []);
  for (const p of list) {
    const primary = p.trim().toLowerCase().split(/[-_.]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** `de-DE,de;q=0.9,en;q=0.5` → ['de-DE', 'de', 'en'] ordered by q (stable for equal q). */
export function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((x) => /^\s*q=([0-9.]+)\s*$/.exec(x)?.[1]).find((x) => x !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.tag !== '*' && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.tag);
}
