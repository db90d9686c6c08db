/**
 * Measures from the registry in real Chromium: the therapist schedules WHO-5 and PCL-5, the
 * client answers both when due on their home page (WHO-5 scored ×4 as it is answered), and the
 * therapist reads each trend over its bands — WHO-5 shaded the right way round, because there a
 * low score is the worrying one — and sets a WHO-5 plan target above a score. axe runs on each.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Ines Calder', email: 'ines@clinic.example', password: 'moss on the north wall' };
const CLIENT = { displayName: 'Noor Haddad', email: 'noor@home.example', password: 'tide tables in june' };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('PCL-5 and WHO-5 in the browser', () => {
  it('are scheduled by the therapist, answered by the client when due, and read as trends over their bands', async () => {
    const therapist = apiAs(server.url);
    const noor = apiAs(server.url);
    await therapist('POST', '/api/setup', THERAPIST);
    const client = await therapist<{ id: string }>('POST', '/api/clients', { displayName: CLIENT.displayName });
    const invite = await therapist<{ url: string }>('POST', `/api/clients/${client.id}/invites`);
    await noor('POST', `/api/invites/by-token/${invite.url.split('/').pop()!}/accept`, { email: CLIENT.email, password: CLIENT.password });
    const doc = await noor<{ version: string }>('GET', '/api/consent/document');
    await noor('POST', `/api/clients/${client.id}/consent`, {
      documentVersion: doc.version,
      scopes: ['builtin_ai', 'insights', 'music'],
      signature: CLIENT.displayName,
    });

    // — The therapist schedules WHO-5 weekly and PCL-5 monthly on the client's page.
    const problems: string[] = [];
    const tctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const t = watch(await tctx.newPage(), problems);
    await signIn(t, THERAPIST);
    await heading(t, 'Your day').waitFor();
    await t
      .getByRole('link', { name: new RegExp(CLIENT.displayName) })
      .first()
      .click();
    await heading(t, CLIENT.displayName).waitFor();
    await t.getByRole('tab', { name: 'Measures' }).click();
    await t.getByLabel(`How often ${CLIENT.displayName} answers WHO-5`).selectOption('weekly');
    await t.getByRole('status').filter({ hasText: 'WHO-5: every week. Due now.' }).waitFor();
    await t.getByLabel(`How often ${CLIENT.displayName} answers PCL-5`).selectOption('monthly');
    await t.getByRole('status').filter({ hasText: 'PCL-5: every month. Due now.' }).waitFor();
    await t.getByText('No WHO-5 yet.').waitFor();
    await expectAccessible(t, 'schedule with WHO-5 and PCL-5');

    // — The client answers both from their home page.
    const cctx = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    const c = watch(await cctx.newPage(), problems);
    await signIn(c, CLIENT);
    const due = c.getByRole('region', { name: 'Questionnaires to answer' });
    await due.getByText('WHO-5', { exact: true }).waitFor();
    await due.getByText('PCL-5', { exact: true }).waitFor();
    await due.getByRole('button', { name: 'Answer WHO-5' }).click();
    const whoItems = due.locator('.ws-items fieldset');
    expect(await whoItems.count()).toBe(5);
    await whoItems.first().getByRole('radio', { name: 'All of the time' }).waitFor();
    for (let i = 0; i < 5; i++) await whoItems.nth(i).getByRole('radio', { name: 'More than half of the time' }).check();
    await due.getByText('Total so far: 60 of 100').waitFor();
    await expectAccessible(c, 'client answering WHO-5');
    await screenshot(c, 'measures-01-client-who5');
    await due.getByRole('button', { name: 'Save WHO-5' }).click();
    await due.getByText('Thank you — your WHO-5 answers are saved for your therapist.').first().waitFor();
    await due.getByRole('button', { name: 'Answer PCL-5' }).click();
    const pclItems = due.locator('.ws-items fieldset');
    expect(await pclItems.count()).toBe(20);
    for (let i = 0; i < 20; i++) await pclItems.nth(i).getByRole('radio', { name: 'A little bit' }).check();
    await due.getByText('Total so far: 20 of 80').waitFor();
    await due.getByRole('button', { name: 'Save PCL-5' }).click();
    await due.getByText('Thank you — your PCL-5 answers are saved for your therapist.').first().waitFor();
    await expect.poll(() => due.getByRole('button', { name: /^Answer / }).count()).toBe(0);
    // A later, lower WHO-5 (through the API) makes a trend.
    await noor('POST', `/api/clients/${client.id}/measures`, { measure: 'who5', answers: [2, 2, 1, 1, 1] });

    // — The therapist reads the trends: WHO-5 from 60 to 28, a reliable worsening, over bands
    //   shaded with the very-low band as the strong one; PCL-5 out of 80.
    await t.reload();
    const who = t.getByRole('region', { name: /WHO-5/ });
    await who.getByRole('img', { name: /2 responses, from 60 to 28 \(Very low wellbeing \(28 or less\)\)/ }).waitFor();
    expect(await who.locator('svg circle').count()).toBe(2);
    await who.getByText('−32 · Reliable worsening').waitFor();
    await who.getByText('60 / 100').waitFor();
    const fills = await who.locator('svg rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
    expect(fills).toEqual(['#f8ecd2', '#f3f0dc', '#e3efe6']); // 0–28 strongest, 29–50 milder, above 50 calm
    const pcl = t.getByRole('region', { name: /PCL-5/ });
    await pcl.getByText('20 / 80').waitFor();
    await pcl.getByText('Below the provisional cut-off', { exact: true }).first().waitFor();
    await expectAccessible(t, 'WHO-5 and PCL-5 trends');
    await screenshot(t, 'measures-02-therapist-trends');

    // — A plan target reads the measure's direction: WHO-5 above 50.
    await t.getByRole('tab', { name: 'Plan' }).click();
    await t.getByRole('button', { name: 'Write a plan' }).click();
    await t.getByRole('group', { name: 'Goal 1' }).getByLabel('The goal').fill('More good days');
    await t.getByRole('textbox', { name: 'Objective 1.1' }).fill('WHO-5 above 50');
    await t.getByLabel('Measured by').selectOption('who5');
    await t.getByLabel('Above').fill('50');
    await t.getByLabel('By', { exact: true }).fill(new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10));
    await t.getByRole('button', { name: 'Save plan' }).click();
    await t.getByRole('status').filter({ hasText: 'Plan saved' }).waitFor();
    await t.getByText(/WHO-5 above 50 by .* · from 60 to/).waitFor();
    await t.getByText('Not yet').waitFor();
    await expectAccessible(t, 'plan with a WHO-5 target');
    await screenshot(t, 'measures-03-plan-who5');
    expect(problems).toEqual([]);
  });
});
