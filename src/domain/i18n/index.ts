export { createI18n, formatDate, formatNumber, translator } from './i18n.ts';
export type { I18n } from './i18n.ts';
export { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, parseAcceptLanguage, pickLocale } from './locales.ts';
export type { Locale } from './locales.ts';
export { NAMESPACES, RESOURCES } from './resources.ts';
export type { Catalogue, Namespace } from './resources.ts';
