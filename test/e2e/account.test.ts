/**
 * Account security in real Chromium against a real `hearth serve`: a therapist turns on
 * two-step sign-in (the test computes the code from the key the page shows), saves the recovery
 * codes, signs out and back in with a code (a wrong one is refused), uses a recovery code once,
 * and ends a second browser's session from the sessions list, which signs that browser out.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, totpAt } from '../../src/services/account/totp.ts';
import { ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Rowan Hale', email: 'rowan@clinic.example', password: 'cedar smoke at dusk' };

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ensureWebBuilt(); // always a production build (scripts/build-if-stale.js)
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const res = await fetch(`${server.url}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(THERAPIST) });
  expect(res.status).toBe(201);
  // End the session that setup opened, so the browsers' sessions are the only ones.
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  expect((await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })).status).toBe(200);
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

async function newPage(problems: string[]): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

async function passwordStep(page: Page): Promise<void> {
  await page.goto(server.url);
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(THERAPIST.email);
  await page.getByLabel('Password', { exact: true }).fill(THERAPIST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Two-step sign-in').waitFor();
}

async function withRecoveryCode(page: Page, code: string): Promise<void> {
  await passwordStep(page);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await heading(page, 'Sign in').waitFor();
}

describe('account and security', () => {
  it('enrols two-step sign-in, signs in with codes and recovery codes, and ends another browser’s session', async () => {
    const problems: string[] = [];
    const a = await newPage(problems);
    await a.goto(server.url);
    await heading(a, 'Sign in').waitFor();
    await a.getByLabel('Email').fill(THERAPIST.email);
    await a.getByLabel('Password', { exact: true }).fill(THERAPIST.password);
    await a.getByRole('button', { name: 'Sign in' }).click();
    await heading(a, 'Your day').waitFor();

    // — Enrol from the Account and security page.
    await a.getByRole('link', { name: 'Account and security' }).click();
    await heading(a, 'Account and security').waitFor();
    await expectAccessible(a, 'account page');
    await a.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const key = a.getByTestId('totp-secret');
    await key.waitFor();
    await expect(a.getByRole('img', { name: /QR code/ }).isVisible()).resolves.toBe(true);
    await expectAccessible(a, 'two-step enrolment');
    await screenshot(a, 'account-enrol');
    const secret = base32Decode((await key.textContent())!.replace(/\s/g, ''));
    await a.getByLabel('Code from your app').fill(totpAt(secret, new Date()));
    await a.getByRole('button', { name: 'Turn on' }).click();
    const codeList = a.getByRole('list', { name: 'Recovery codes' });
    await codeList.waitFor();
    const codes = (await codeList.getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Download as .txt' }).click()]);
    expect(download.suggestedFilename()).toBe('hearth-recovery-codes.txt');
    const text = readFileSync((await download.path())!, 'utf8');
    for (const c of codes) expect(text).toContain(c);
    await screenshot(a, 'account-recovery-codes');
    await a.getByRole('button', { name: 'I have saved them' }).click();
    await a.getByText('Recovery codes left:').waitFor();
    expect(await codeList.count()).toBe(0);

    // — Sign out and back in: a wrong code is refused, the right one lets us in.
    await signOut(a);
    await passwordStep(a);
    await expectAccessible(a, 'code step');
    const next = totpAt(secret, new Date(Date.now() + 30_000)); // the next step: the one used to enrol cannot be replayed
    const wrong = String((Number(next) + 500_000) % 1_000_000).padStart(6, '0');
    await a.getByLabel('Code from your app').fill(wrong);
    await a.getByRole('button', { name: 'Continue' }).click();
    await a.getByText(/That code is not right/).waitFor();
    await screenshot(a, 'account-wrong-code');
    await a.getByLabel('Code from your app').fill(next);
    await a.getByRole('button', { name: 'Continue' }).click();
    await heading(a, 'Your day').waitFor();

    // — A recovery code works once.
    await signOut(a);
    await withRecoveryCode(a, codes[0]!);
    await heading(a, 'Your day').waitFor();
    await signOut(a);
    await withRecoveryCode(a, codes[0]!);
    await a.getByText(/recovery code is not right, or was already used/).waitFor();
    await a.getByLabel('Recovery code').fill(codes[1]!);
    await a.getByRole('button', { name: 'Continue' }).click();
    await heading(a, 'Your day').waitFor();

    // — A second browser signs in; the first sees two sessions and ends the other one.
    const b = await newPage(problems);
    await withRecoveryCode(b, codes[2]!);
    await heading(b, 'Your day').waitFor();
    await a.getByRole('link', { name: 'Account and security' }).click();
    const sessions = a.getByRole('list', { name: 'Active sessions' });
    await sessions.waitFor();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => sessions.getByText('This device').count()).toBe(1);
    await screenshot(a, 'account-sessions');
    await sessions.getByRole('button', { name: /^Sign out/ }).click();
    await a.getByText('Signed out 1 session.').waitFor();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(1);
    await b.reload();
    await heading(b, 'Sign in').waitFor();
    await heading(a, 'Account and security').waitFor();
    await a.reload();
    await heading(a, 'Account and security').waitFor();

    // — As the practice owner, require two-step sign-in for every therapist (password confirmed).
    await a.getByLabel('Require two-step sign-in for every therapist').check();
    await a.getByLabel('Your password, to confirm').fill(THERAPIST.password);
    await a.getByRole('button', { name: 'Save' }).click();
    await a.getByText('Therapists now need two-step sign-in.').waitFor();
    await expect.poll(() => a.getByRole('button', { name: 'Turn off' }).count()).toBe(0);
    await expectAccessible(a, 'account page with two-step on');
    expect(problems).toEqual([]);
  });
});
