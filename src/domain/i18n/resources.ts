/**
 * Every message catalogue, per language and namespace. One namespace per area of the product
 * (`common`, `studio`, `music`, `workspace`, …) so teams add strings without touching each
 * other's files. To add a namespace: create `locales/{en,es,de}/<ns>.json` and list it here.
 * Messages use ICU syntax (`{count, plural, one {# work} other {# works}}`, `{at, date, long}`).
 */
import commonDe from './locales/de/common.json' with { type: 'json' };
import commonEn from './locales/en/common.json' with { type: 'json' };
import commonEs from './locales/es/common.json' with { type: 'json' };
import dailyDe from './locales/de/daily.json' with { type: 'json' };
import dailyEn from './locales/en/daily.json' with { type: 'json' };
import dailyEs from './locales/es/daily.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export type Catalogue = Record<string, string>;

export const NAMESPACES = ['common', 'daily'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Record<Locale, Record<Namespace, Catalogue>> = {
  en: { common: commonEn, daily: dailyEn },
  es: { common: commonEs, daily: dailyEs },
  de: { common: commonDe, daily: dailyDe },
};
