/**
 * Every message catalogue, per language and namespace. One namespace per area of the product
 * (`common`, `studio`, `music`, `workspace`, …) so teams add strings without touching each
 * other's files. To add a namespace: create `locales/{en,es,de}/<ns>.json` and list it here.
 * Messages use ICU syntax (`{count, plural, one {# work} other {# works}}`, `{at, date, long}`).
 */
import accountDe from './locales/de/account.json' with { type: 'json' };
import accountEn from './locales/en/account.json' with { type: 'json' };
import accountEs from './locales/es/account.json' with { type: 'json' };
import commonDe from './locales/de/common.json' with { type: 'json' };
import commonEn from './locales/en/common.json' with { type: 'json' };
import commonEs from './locales/es/common.json' with { type: 'json' };
import consentDe from './locales/de/consent.json' with { type: 'json' };
import consentEn from './locales/en/consent.json' with { type: 'json' };
import consentEs from './locales/es/consent.json' with { type: 'json' };
import dailyDe from './locales/de/daily.json' with { type: 'json' };
import dailyEn from './locales/en/daily.json' with { type: 'json' };
import dailyEs from './locales/es/daily.json' with { type: 'json' };
import groupsDe from './locales/de/groups.json' with { type: 'json' };
import groupsEn from './locales/en/groups.json' with { type: 'json' };
import groupsEs from './locales/es/groups.json' with { type: 'json' };
import jobsDe from './locales/de/jobs.json' with { type: 'json' };
import jobsEn from './locales/en/jobs.json' with { type: 'json' };
import jobsEs from './locales/es/jobs.json' with { type: 'json' };
import musicDe from './locales/de/music.json' with { type: 'json' };
import musicEn from './locales/en/music.json' with { type: 'json' };
import musicEs from './locales/es/music.json' with { type: 'json' };
import pagesDe from './locales/de/pages.json' with { type: 'json' };
import pagesEn from './locales/en/pages.json' with { type: 'json' };
import pagesEs from './locales/es/pages.json' with { type: 'json' };
import practiceDe from './locales/de/practice.json' with { type: 'json' };
import practiceEn from './locales/en/practice.json' with { type: 'json' };
import practiceEs from './locales/es/practice.json' with { type: 'json' };
import recordsDe from './locales/de/records.json' with { type: 'json' };
import recordsEn from './locales/en/records.json' with { type: 'json' };
import recordsEs from './locales/es/records.json' with { type: 'json' };
import storiesDe from './locales/de/stories.json' with { type: 'json' };
import storiesEn from './locales/en/stories.json' with { type: 'json' };
import storiesEs from './locales/es/stories.json' with { type: 'json' };
import studioDe from './locales/de/studio.json' with { type: 'json' };
import studioEn from './locales/en/studio.json' with { type: 'json' };
import studioEs from './locales/es/studio.json' with { type: 'json' };
import workspaceDe from './locales/de/workspace.json' with { type: 'json' };
import workspaceEn from './locales/en/workspace.json' with { type: 'json' };
import workspaceEs from './locales/es/workspace.json' with { type: 'json' };
import supportsDe from './locales/de/supports.json' with { type: 'json' };
import supportsEn from './locales/en/supports.json' with { type: 'json' };
import supportsEs from './locales/es/supports.json' with { type: 'json' };
import errorsDe from './locales/de/errors.json' with { type: 'json' };
import errorsEn from './locales/en/errors.json' with { type: 'json' };
import errorsEs from './locales/es/errors.json' with { type: 'json' };
import draftsDe from './locales/de/drafts.json' with { type: 'json' };
import draftsEn from './locales/en/drafts.json' with { type: 'json' };
import draftsEs from './locales/es/drafts.json' with { type: 'json' };
import remindersDe from './locales/de/reminders.json' with { type: 'json' };
import remindersEn from './locales/en/reminders.json' with { type: 'json' };
import remindersEs from './locales/es/reminders.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export type Catalogue = Record<string, string>;

export const NAMESPACES = [
  'common',
  'daily',
  'studio',
  'music',
  'practice',
  'groups',
  'stories',
  'jobs',
  'workspace',
  'account',
  'consent',
  'pages',
  'records',
  'supports',
  'errors',
  'drafts',
  'reminders',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Record<Locale, Record<Namespace, Catalogue>> = {
  en: {
    common: commonEn,
    daily: dailyEn,
    studio: studioEn,
    music: musicEn,
    practice: practiceEn,
    groups: groupsEn,
    stories: storiesEn,
    jobs: jobsEn,
    workspace: workspaceEn,
    account: accountEn,
    consent: consentEn,
    pages: pagesEn,
    records: recordsEn,
    supports: supportsEn,
    errors: errorsEn,
    drafts: draftsEn,
    reminders: remindersEn,
  },
  es: {
    common: commonEs,
    daily: dailyEs,
    studio: studioEs,
    music: musicEs,
    practice: practiceEs,
    groups: groupsEs,
    stories: storiesEs,
    jobs: jobsEs,
    workspace: workspaceEs,
    account: accountEs,
    consent: consentEs,
    pages: pagesEs,
    records: recordsEs,
    supports: supportsEs,
    errors: errorsEs,
    drafts: draftsEs,
    reminders: remindersEs,
  },
  de: {
    common: commonDe,
    daily: dailyDe,
    studio: studioDe,
    music: musicDe,
    practice: practiceDe,
    groups: groupsDe,
    stories: storiesDe,
    jobs: jobsDe,
    workspace: workspaceDe,
    account: accountDe,
    consent: consentDe,
    pages: pagesDe,
    records: recordsDe,
    supports: supportsDe,
    errors: errorsDe,
    drafts: draftsDe,
    reminders: remindersDe,
  },
};
