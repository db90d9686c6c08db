/**
 * What a client sees at once when their words suggest they may be in danger. Shown alongside,
 * never instead of, the therapist's own plan. A clinic should replace these with its local
 * services (a setting in a later version).
 *
 * One text per language. The default contacts are deliberately honest: each names the country
 * or region it serves, so nobody mistakes a line in another country for a local service, and the
 * last one points to a directory for everywhere else. Numbers were chosen per language for the
 * places that language is most spoken (Spanish: Spain and Latin America; German: Germany,
 * Austria, Switzerland).
 */
import type { Locale } from './i18n/locales.ts';

export interface CrisisResources {
  heading: string;
  message: string;
  contacts: readonly { label: string; detail: string }[];
}

export const CRISIS_RESOURCES: Readonly<Record<Locale, CrisisResources>> = {
  en: {
    heading: 'You don’t have to carry this alone',
    message:
      'What you wrote sounds really hard. We have let your therapist know, but they may not see it straight away. If you might act on thoughts of harming yourself or someone else, or you are in danger now, please contact emergency help straight away.',
    contacts: [
      { label: 'Emergency services', detail: 'Call 112 (EU), 911 (US/Canada), 999 (UK), 000 (Australia)' },
      { label: 'Suicide & Crisis Lifeline (US)', detail: 'Call or text 988' },
      { label: 'Samaritans (UK & Ireland)', detail: 'Call 116 123, free, day or night' },
      { label: 'Find a helpline elsewhere', detail: 'findahelpline.com lists free, confidential lines by country' },
    ],
  },
  es: {
    heading: 'No tienes que cargar con esto a solas',
    message:
      'Lo que has escrito suena muy duro. Hemos avisado a tu terapeuta, pero puede que no lo vea enseguida. Si pudieras actuar según pensamientos de hacerte daño o de hacer daño a otra persona, o si estás en peligro ahora, contacta ya con los servicios de emergencia.',
    contacts: [
      { label: 'Emergencias', detail: 'Llama al 112 (Unión Europea, también España) o al 911 (México, EE. UU. y muchos países de América)' },
      { label: 'Línea 024 (España)', detail: 'Atención a la conducta suicida: llama al 024, gratis, las 24 horas' },
      { label: 'Línea de la Vida (México)', detail: 'Llama al 800 911 2000, gratis, las 24 horas' },
      { label: 'Líneas de ayuda en otros países', detail: 'findahelpline.com reúne líneas gratuitas y confidenciales por país' },
    ],
  },
  de: {
    heading: 'Sie müssen das nicht allein tragen',
    message:
      'Was Sie geschrieben haben, klingt wirklich schwer. Wir haben Ihre Therapeutin oder Ihren Therapeuten informiert, aber vielleicht sieht sie oder er es nicht sofort. Wenn Sie Gedanken, sich selbst oder jemand anderem zu schaden, in die Tat umsetzen könnten oder jetzt in Gefahr sind, wenden Sie sich bitte sofort an den Notruf.',
    contacts: [
      { label: 'Notruf', detail: '112 (EU, auch Deutschland und Österreich; Schweiz: 144 für den Rettungsdienst)' },
      { label: 'TelefonSeelsorge (Deutschland)', detail: '0800 111 0 111 oder 0800 111 0 222, kostenlos, rund um die Uhr' },
      { label: 'Telefonseelsorge (Österreich) · Die Dargebotene Hand (Schweiz)', detail: '142 in Österreich, 143 in der Schweiz, rund um die Uhr' },
      { label: 'Hilfe in anderen Ländern', detail: 'findahelpline.com listet kostenlose, vertrauliche Angebote nach Land' },
    ],
  },
};

/** The built-in defaults in English (a practice's own regional contacts replace them). */
export const DEFAULT_CRISIS_RESOURCES: CrisisResources = CRISIS_RESOURCES.en;

/** The built-in defaults in a language (English when none is known). */
export const crisisDefaultsFor = (locale: Locale | null | undefined): CrisisResources => CRISIS_RESOURCES[locale ?? 'en'];
