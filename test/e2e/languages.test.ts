/**
 * Hearth in Spanish and German, in real Chromium against a real `hearth serve`: a Spanish-speaking
 * browser gets the sign-in page in Spanish; the therapist (whose account says Spanish) goes
 * through their day — dashboard → session → note signed → questionnaire reviewed — then switches
 * the account to German on the Account page and goes through the same day with a second client.
 * Each client (one invited in Spanish, one inheriting German) opens "Calm now" from a home in
 * their language. Every screen passes axe (no serious or critical issue) and fits 360 px without
 * sideways scroll. Names and labels are read from the catalogues, so the test follows them.
 * Screenshots go to test-results/screenshots/ (docs/screens/ with HEARTH_DOCS_SCREENS=1).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/domain/i18n/index.ts';
import { createI18n } from '../../src/domain/i18n/i18n.ts';
import type { Locale } from '../../src/domain/i18n/index.ts';
import { ROOT, apiAs, ensureWebBuilt, expectAccessible, heading, laterToday, launchBrowser, removeDir, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dra. Lena Ortiz', email: 'lena@clinica.example', password: 'harbour lights at dusk' };
const LUCIA = { displayName: 'Lucía Pérez', email: 'lucia@casa.example', password: 'a kite in march wind' };
const KAI = { displayName: 'Kai Berger', email: 'kai@zuhause.example', password: 'snow on the linden' };
const WIDTHS = [360, 1280] as const;
const SCREENS = process.env.HEARTH_DOCS_SCREENS === '1' ? join(ROOT, 'docs', 'screens') : join(ROOT, 'test-results', 'screenshots');

/** `t` in a language, as the web app has it. */
const tr = (l: Locale) => {
  const i = createI18n(l);
  return (key: string, args?: Record<string, unknown>) => i.t(key, args ?? {});
};

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 480_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

/** axe, then no sideways scroll at 360 and 1280 px; screenshots <name>.png and <name>-360.png. */
async function checkScreen(page: Page, name: string, problems: string[]): Promise<void> {
  await expectAccessible(page, name);
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w, height: 800 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth, lang: document.documentElement.lang }));
    if (m.scroll > m.inner) problems.push(`${name} at ${w}px: scrollWidth ${m.scroll} > innerWidth ${m.inner}`);
    if (w === 360) await page.screenshot({ path: join(SCREENS, `${name}-360.png`), fullPage: true });
  }
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** No English left on the page: none of the English-only words of the catalogues this screen uses appear. */
async function noEnglish(page: Page, name: string, problems: string[], locale: Locale): Promise<void> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== locale) problems.push(`${name}: <html lang="${lang}">, expected ${locale}`);
  const text = await page.evaluate(() => document.body.innerText);
  // A few unmistakably English words of the shell and the forms: if any shows, a string escaped t().
  for (const en of ['Sign out', 'Skip to main content', 'Account and security', 'Loading', 'Save draft', 'Questionnaires', 'Session notes']) {
    if (text.includes(en)) problems.push(`${name} (${locale}): English text "${en}" on the page`);
  }
}

async function signIn(page: Page, locale: Locale, who: { email: string; password: string }): Promise<void> {
  const t = tr(locale);
  await page.goto(server.url);
  await heading(page, t('pages:signIn.title')).waitFor();
  await page.getByLabel(t('pages:signIn.email')).fill(who.email);
  await page.getByLabel(t('account:page.password'), { exact: true }).fill(who.password);
  await page.getByRole('button', { name: t('pages:signIn.title') }).click();
}

/** The therapist's day for one client in one language, from the dashboard to the reviewed questionnaire. */
async function therapistDay(
  page: Page,
  locale: Locale,
  client: { id: string; name: string },
  clientApi: ReturnType<typeof apiAs>,
  due: number,
  problems: string[],
) {
  const t = tr(locale);
  await heading(page, t('daily:home.heading')).waitFor();
  const todo = page.getByRole('region', { name: t('daily:todo.heading') });
  await todo.getByRole('heading', { name: t('daily:todo.measures', { count: due }) }).waitFor();
  await checkScreen(page, `i18n-01-day-${locale}`, problems);
  await noEnglish(page, `day-${locale}`, problems, locale);

  // Start the session from the agenda and open its notes.
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: client.name }) });
  await row.getByRole('button', { name: t('daily:agenda.start') }).click();
  await row.getByRole('link', { name: t('daily:agenda.openNotes') }).click();
  expect(new URL(page.url()).pathname).toBe(`/clients/${client.id}/notes`);
  await page.getByRole('tab', { name: t('daily:chart.tab.notes'), selected: true }).waitFor();
  await page.getByRole('heading', { name: t('workspace:notes.heading') }).waitFor();
  await page.getByRole('button', { name: t('workspace:notes.draft') }).click();
  const assessment = page.getByRole('textbox', { name: t('workspace:note.section.assessment') });
  await assessment.waitFor();
  await checkScreen(page, `i18n-02-note-${locale}`, problems);
  await noEnglish(page, `note-${locale}`, problems, locale);
  await assessment.fill(locale === 'es' ? 'Participa con interés; dibuja la semana en bloques de color.' : 'Engagiert; malt die Woche in Farbflächen.');
  await page.getByRole('textbox', { name: t('workspace:note.section.plan') }).fill(locale === 'es' ? 'Seguir cada semana.' : 'Wöchentlich fortsetzen.');
  await page.getByRole('button', { name: t('workspace:note.sign') }).click();
  await page.getByRole('button', { name: t('workspace:note.signAndLock') }).click();
  await page.getByText(t('workspace:note.intact'), { exact: true }).waitFor();

  // The client answers the PHQ-9; the therapist reviews it on the questionnaires tab.
  await clientApi('POST', `/api/clients/${client.id}/measures`, { measure: 'phq9', answers: [1, 1, 0, 1, 0, 0, 1, 0, 0] });
  await page.getByRole('tab', { name: t('daily:chart.tab.measures') }).click();
  expect(new URL(page.url()).pathname).toBe(`/clients/${client.id}/measures`);
  await page.getByRole('heading', { name: t('workspace:measures.heading') }).waitFor();
  await page
    .getByRole('columnheader', { name: t('workspace:measures.change') })
    .first()
    .waitFor();
  await checkScreen(page, `i18n-03-measures-${locale}`, problems);
  await noEnglish(page, `measures-${locale}`, problems, locale);
  await page
    .getByRole('link', { name: t('daily:nav.today') })
    .first()
    .click();
  await heading(page, t('daily:home.heading')).waitFor();
}

/** A wrong password on the sign-in page: the server's refusal is shown in `locale`, not in English. */
async function refusedSignIn(page: Page, locale: Locale, problems: string[]): Promise<void> {
  const t = tr(locale);
  await page.getByLabel(t('pages:signIn.email')).fill(THERAPIST.email);
  await page.getByLabel(t('account:page.password'), { exact: true }).fill('not the right password');
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByRole('button', { name: t('pages:signIn.title') }).click();
  const res = await answer;
  expect(res.status()).toBe(401);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_credentials');
  await page.getByText(RESOURCES[locale].errors['account.emailPasswordDoMatch']!).waitFor();
  expect(await page.getByText(RESOURCES.en.errors['account.emailPasswordDoMatch']!).count()).toBe(0);
  await checkScreen(page, `i18n-00-sign-in-refused-${locale}`, problems);
}

/** A client's calm-now path in their language. */
async function clientCalm(locale: Locale, who: { email: string; password: string }, problems: string[]) {
  const t = tr(locale);
  // The browser speaks English: the account's language must win once signed in.
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-GB' });
  const c = watch(await ctx.newPage(), problems);
  await signIn(c, 'en', who);
  await c.getByRole('heading', { name: t('daily:client.nextHeading') }).waitFor();
  await checkScreen(c, `i18n-04-client-home-${locale}`, problems);
  await noEnglish(c, `client-home-${locale}`, problems, locale);
  await c
    .getByRole('link', { name: t('daily:calm.title') })
    .first()
    .click();
  await heading(c, t('daily:calm.title')).waitFor();
  await checkScreen(c, `i18n-05-calm-${locale}`, problems);
  await c.getByRole('button', { name: t('daily:calm.begin') }).click();
  const calm = c.getByRole('dialog');
  await calm.getByRole('button', { name: t('daily:calmView.end') }).waitFor({ timeout: 60_000 });
  await c.waitForTimeout(1000);
  await calm.getByRole('button', { name: t('daily:calmView.end') }).click();
  await c.getByRole('heading', { name: t('daily:calm.afterHeading') }).waitFor();
  await checkScreen(c, `i18n-06-calm-after-${locale}`, problems);
  await ctx.close();
}

describe('Hearth in Spanish and German', () => {
  it('the therapist’s day and the client’s calm now, in es and de', async () => {
    mkdirSync(SCREENS, { recursive: true });
    const problems: string[] = [];
    expect(Object.keys(RESOURCES)).toEqual(['en', 'es', 'de']);

    // — Seed: a Spanish-speaking therapist; Lucía invited in Spanish; Kai invited later in German.
    const lena = apiAs(server.url);
    await lena('POST', '/api/setup', { ...THERAPIST, locale: 'es' });
    const lucia = await lena<{ id: string }>('POST', '/api/clients', { displayName: LUCIA.displayName });
    const kai = await lena<{ id: string }>('POST', '/api/clients', { displayName: KAI.displayName });
    const join = async (id: string, who: typeof LUCIA, locale: Locale) => {
      const inv = await lena<{ url: string }>('POST', `/api/clients/${id}/invites?locale=${locale}`);
      const api = apiAs(server.url);
      const me = await api<{ locale: string | null }>('POST', `/api/invites/by-token/${inv.url.split('/').pop()!}/accept`, {
        email: who.email,
        password: who.password,
      });
      expect(me.locale).toBe(locale);
      const doc = await api<{ version: string; locale: string }>('GET', '/api/consent/document');
      expect(doc.locale).toBe(locale);
      await api('POST', `/api/clients/${id}/consent`, {
        documentVersion: doc.version,
        scopes: ['builtin_ai', 'insights', 'music'],
        signature: who.displayName,
      });
      return api;
    };
    const luciaApi = await join(lucia.id, LUCIA, 'es');
    const kaiApi = await join(kai.id, KAI, 'de');
    const soon = laterToday();
    for (const c of [lucia, kai]) {
      await lena('POST', `/api/clients/${c.id}/sessions`, { scheduledAt: soon.toISOString(), title: 'Dibujar la semana' });
      await lena('PUT', `/api/clients/${c.id}/measure-schedule`, { measure: 'phq9', frequency: 'weekly' });
    }

    // — A Spanish browser: the sign-in page speaks Spanish before anyone signs in.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-ES' });
    const page = watch(await ctx.newPage(), problems);
    await page.goto(server.url);
    await heading(page, tr('es')('pages:signIn.title')).waitFor();
    await checkScreen(page, 'i18n-00-sign-in-es', problems);
    await noEnglish(page, 'sign-in-es', problems, 'es');
    // A refusal from the server reads in the browser's language too (code stays `bad_credentials`).
    await refusedSignIn(page, 'es', problems);
    const deCtx = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'de-DE' });
    const dePage = watch(await deCtx.newPage(), problems);
    await dePage.goto(server.url);
    await heading(dePage, tr('de')('pages:signIn.title')).waitFor();
    await refusedSignIn(dePage, 'de', problems);
    await deCtx.close();
    await signIn(page, 'es', THERAPIST);

    // — The day in Spanish (the account's language), for Lucía; Kai's questionnaire is due too.
    await therapistDay(page, 'es', { id: lucia.id, name: LUCIA.displayName }, luciaApi, 2, problems);

    // — The therapist switches the account to German on the Account page; the app follows at once.
    await page.getByRole('link', { name: new RegExp(tr('es')('pages:shell.account')) }).click();
    await heading(page, tr('es')('account:page.title')).waitFor();
    await page.getByRole('combobox', { name: tr('es')('common:language') }).selectOption('de');
    await heading(page, tr('de')('account:page.title')).waitFor();
    await page.getByText(tr('de')('account:language.saved')).waitFor();
    await checkScreen(page, 'i18n-07-account-de', problems);
    await noEnglish(page, 'account-de', problems, 'de');
    const me = await lena<{ locale: string }>('GET', '/api/auth/me');
    expect(me.locale).toBe('de');
    await page
      .getByRole('link', { name: tr('de')('daily:nav.today') })
      .first()
      .click();
    await therapistDay(page, 'de', { id: kai.id, name: KAI.displayName }, kaiApi, 1, problems);
    await ctx.close();

    // — Each client's calm now, in the language their account was given.
    await clientCalm('es', LUCIA, problems);
    await clientCalm('de', KAI, problems);

    expect(problems).toEqual([]);
  }, 480_000);
});
