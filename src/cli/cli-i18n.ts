/**
 * The CLI's language and its messages. The language is, in order: `--lang es` (before or after the
 * command), `HEARTH_LANG`, the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, e.g. `de_DE.UTF-8`),
 * else English. The CLI's catalogue (`locales/<lang>/cli.json`) is its own resource map, kept out
 * of the web app's bundle; `cli-i18n.test.ts` holds it complete and consistent, as i18n.test.ts
 * does for the app's catalogues. Messages are looked up with `msg(key, args)` (keys of cli.json).
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { DEFAULT_LOCALE, LOCALES, isLocale, pickLocale } from '../domain/i18n/index.ts';
import type { Locale } from '../domain/i18n/index.ts';
import cliDe from '../domain/i18n/locales/de/cli.json' with { type: 'json' };
import cliEn from '../domain/i18n/locales/en/cli.json' with { type: 'json' };
import cliEs from '../domain/i18n/locales/es/cli.json' with { type: 'json' };

/** The CLI's messages per language (not part of the app's RESOURCES). */
export const CLI_RESOURCES: Record<Locale, Record<string, string>> = { en: cliEn, es: cliEs, de: cliDe };

/** The language named on the command line or in the environment; `undefined` value of `--lang` is refused by the caller. */
export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (flag !== undefined) return pickLocale([flag]);
  if (env.HEARTH_LANG?.trim()) return pickLocale([env.HEARTH_LANG]);
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX');
  return system ? pickLocale([system]) : DEFAULT_LOCALE;
}

/** Whether `--lang` names a language Hearth speaks (`es`, `de-AT`, `en_GB.UTF-8` …). */
export const isSupportedLang = (raw: string): boolean => isLocale(raw.trim().toLowerCase().split(/[-_.]/)[0]);

/**
 * Takes `--lang X` / `--lang=X` out of the arguments (it applies to every command).
 * Returns the remaining arguments and the value, if any.
 */
export function takeLangFlag(argv: readonly string[]): { args: string[]; lang: string | undefined } {
  const args: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a === '--lang') {
      lang = argv[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
    else args.push(a);
  }
  return { args, lang };
}

let current: Locale = DEFAULT_LOCALE;
const instances = new Map<Locale, I18n>();

function instance(locale: Locale): I18n {
  let inst = instances.get(locale);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.use(ICU).init({
      lng: locale,
      supportedLngs: [...LOCALES],
      fallbackLng: DEFAULT_LOCALE,
      ns: ['cli'],
      defaultNS: 'cli',
      resources: Object.fromEntries(LOCALES.map((l) => [l, { cli: CLI_RESOURCES[l] }])),
      initAsync: false,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    instances.set(locale, inst);
  }
  return inst;
}

/** Sets the language for this run (main does, from `cliLocale`). */
export function setCliLocale(locale: Locale): void {
  current = locale;
}

/** The language of this run (exports and PDFs made by the CLI use it). */
export const currentCliLocale = (): Locale => current;

/** A CLI message in this run's language. */
export const msg = (key: string, args: Record<string, unknown> = {}): string => instance(current).t(key, args);
