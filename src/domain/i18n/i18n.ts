/**
 * Translation for the web app, the server (PDFs, exports, e-mail-free notices) and the CLI, on
 * i18next with ICU messages. Keys are always written in full, `namespace:key`, so a check can find
 * every key the code uses (see i18n.test.ts).
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { DEFAULT_LOCALE, LOCALES } from './locales.ts';
import type { Locale } from './locales.ts';
import { NAMESPACES, RESOURCES } from './resources.ts';

export type { I18n };

/** A ready translator for one language (synchronous: every catalogue is bundled). */
export function createI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const inst = i18next.createInstance();
  void inst.use(ICU).init({
    lng: locale,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: RESOURCES,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return inst;
}

const cache = new Map<Locale, I18n>();

/** `t` for a language, shared per process (server and CLI). */
/** @public (i18n API, used as screens are translated) */
export function translator(locale: Locale): I18n['t'] {
  let inst = cache.get(locale);
  if (!inst) cache.set(locale, (inst = createI18n(locale)));
  return inst.t.bind(inst);
}

/** Dates and numbers in the reader's locale. */
/** @public (i18n API, used as screens are translated) */
export const formatDate = (d: Date, locale: Locale, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string =>
  new Intl.DateTimeFormat(locale, opts).format(d);
/** @public (i18n API, used as screens are translated) */
export const formatNumber = (n: number, locale: Locale, opts?: Intl.NumberFormatOptions): string => new Intl.NumberFormat(locale, opts).format(n);
