/**
 * The web app's language: the user's choice (kept in this browser until their account stores
 * it), else the browser's preference, else English. Components translate with
 * `const { t } = useT(); t('common:save')` — always the full `namespace:key`, so the catalogue
 * check (test/unit/i18n.test.ts) can find every key in use.
 */
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, isLocale, pickLocale } from '../domain/i18n/index.ts';
import type { Locale } from '../domain/i18n/index.ts';

const STORAGE_KEY = 'hearth.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    /* storage may be unavailable (private mode); fall back to the browser's languages */
  }
  return pickLocale(navigator.languages);
}

export const i18n = createI18n(initialLocale());
document.documentElement.lang = i18n.language;

/** Switches the app's language now and remembers it in this browser. */
/** @public (i18n API, used as screens are translated) */
export function setLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* not remembered; still switched for this visit */
  }
}

/** @public (i18n API, used as screens are translated) */
export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'en');

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** `t` plus the current locale, re-rendering when the language changes. */
/** @public (i18n API, used as screens are translated) */
export function useT(): { t: ReturnType<typeof useTranslation>['t']; locale: Locale } {
  const { t, i18n: inst } = useTranslation();
  return { t, locale: isLocale(inst.language) ? inst.language : 'en' };
}
