/**
 * Consent in real Chromium against a real `hearth serve`: a client withdraws music under My
 * consent and composing is refused by the server with a plain message; they agree again and it
 * works. A new document version brings a calm banner on the client's home — with axe checks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Lee Moss', email: 'lee@clinic.example', password: 'lanterns over water 3' };
const CLIENT = { displayName: 'Jo Reyes', email: 'jo@home.example', password: 'a window of blue sky 5' };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt(); // always a production build (scripts/build-if-stale.js)
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

const REFUSAL = `${CLIENT.displayName} has not agreed to music. They can change this under My consent.`;

/** Opens Music from the client's space and composes 30 s from `prompt` (their library is empty). */
async function compose(page: Page, prompt: string): Promise<void> {
  await page.getByRole('link', { name: 'Music' }).first().click();
  await heading(page, 'Music').waitFor();
  await page.getByText('Nothing here yet').waitFor(); // the page has loaded; typing now is not reset
  await page.getByLabel('What would you like to hear?').fill(prompt);
  await page.getByLabel('How long').selectOption('30');
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
}

describe('consent', () => {
  it('withdrawing music refuses composing with a plain message; agreeing again brings it back', async () => {
    const therapist = apiAs(server.url);
    await therapist('POST', '/api/setup', THERAPIST);
    const client = await therapist<{ id: string }>('POST', '/api/clients', { displayName: CLIENT.displayName });
    const invite = await therapist<{ url: string }>('POST', `/api/clients/${client.id}/invites`);
    const jo = apiAs(server.url);
    await jo('POST', `/api/invites/by-token/${invite.url.split('/join/')[1]!}/accept`, { email: CLIENT.email, password: CLIENT.password });
    const doc = await jo<{ version: string }>('GET', '/api/consent/document');
    await jo('POST', `/api/clients/${client.id}/consent`, {
      documentVersion: doc.version,
      scopes: ['builtin_ai', 'insights', 'music'],
      signature: CLIENT.displayName,
    });

    const ctx = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const problems: string[] = [];
    const page = watch(await ctx.newPage(), problems);
    await page.goto(server.url);
    await page.getByLabel('Email').fill(CLIENT.email);
    await page.getByLabel('Password', { exact: true }).fill(CLIENT.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, new RegExp(CLIENT.displayName)).waitFor();
    expect(await page.getByRole('heading', { name: 'Please look at your consent' }).count()).toBe(0);

    // — My consent (under My privacy): withdraw music; it applies at once.
    await page.getByRole('link', { name: /^My privacy/ }).click();
    await page.getByRole('link', { name: 'Open my consent' }).click();
    await heading(page, 'My consent').waitFor();
    await expectAccessible(page, 'my consent');
    await screenshot(page, 'consent-01-my-consent');
    await page.getByRole('button', { name: 'Withdraw: Music' }).click();
    await page.getByRole('status').filter({ hasText: 'Withdrawn: Music. This applies from now on.' }).waitFor();
    await page
      .getByRole('list')
      .getByText(/withdrew Music\./)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Withdraw: Music' }).count()).toBe(0);

    // — Composing is refused by the server, and the page says why in plain words.
    await page.getByRole('link', { name: 'My space' }).first().click();
    await compose(page, 'soft rain on a tin roof');
    await page.locator('form.composer').getByRole('alert').filter({ hasText: REFUSAL }).waitFor();
    await expectAccessible(page, 'music refused');
    await screenshot(page, 'consent-02-music-refused');
    expect((await jo<{ pieces: unknown[] }>('GET', `/api/clients/${client.id}/music`)).pieces).toHaveLength(0);

    // — Agree to music again: tick it, sign with the typed name; composing works.
    await page.goto(`${server.url}/consent`);
    await heading(page, 'My consent').waitFor();
    await page.getByRole('checkbox', { name: 'Music', exact: true }).check();
    await page.getByRole('button', { name: 'Sign with these choices' }).click();
    await page.getByRole('status').filter({ hasText: 'Your choices are saved' }).waitFor();
    await page.getByRole('button', { name: 'Withdraw: Music' }).waitFor();
    await page.getByRole('link', { name: 'My space' }).first().click();
    await compose(page, 'soft rain on a tin roof');
    // Composing renders on a shared machine: wait generously (this is not a timing assertion).
    await page.getByRole('heading', { level: 2, name: 'soft rain on a tin roof' }).waitFor({ timeout: 90_000 });
    expect(await page.getByText(REFUSAL).count()).toBe(0);
    expect((await jo<{ pieces: unknown[] }>('GET', `/api/clients/${client.id}/music`)).pieces).toHaveLength(1);

    // — A new version of the document: a calm banner on the client's home leads to My consent.
    await therapist('POST', '/api/auth/reauth', { password: THERAPIST.password });
    await therapist('POST', '/api/consent/documents', {
      version: '2026-12-1',
      title: 'Your consent to using Hearth',
      body: 'A new version of the consent document that explains group sessions more clearly.',
    });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'The consent document has been updated' }).waitFor();
    await expectAccessible(page, 'client home with consent banner');
    await screenshot(page, 'consent-03-banner');
    await page.getByRole('link', { name: 'Go to My consent' }).click();
    await heading(page, 'My consent').waitFor();
    await page.getByText(/has a new version \(2026-12-1\)/).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Music', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('heading', { name: 'What you agree to now' }).waitFor();
    await screenshot(page, 'consent-04-signed-again');
    await ctx.close();
    expect(problems).toEqual([]);
  });
});
