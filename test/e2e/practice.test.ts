/**
 * A practice of several therapists in real Chromium against a real `hearth serve`: the owner
 * invites a therapist by link, who joins in a second browser and signs in; the owner transfers a
 * client to them and loses access at once; a supervisor (third browser) reads the new therapist's
 * client, which shows in the record's access history, and cannot write; the owner deactivates the
 * therapist, whose open page is signed out. axe on every new screen.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const OWNER = { displayName: 'Ana Owner', email: 'ana@clinic.example', password: 'cedar smoke at dusk' };
const BEN = { displayName: 'Ben Therapist', email: 'ben@clinic.example', password: 'harbour lights in fog' };
const SUE = { displayName: 'Sue Supervisor', email: 'sue@clinic.example', password: 'willow bends in rain' };

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let clientId = '';

beforeAll(async () => {
  ensureWebBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const api = apiAs(server.url);
  await api('POST', '/api/setup', OWNER);
  clientId = (await api<{ id: string }>('POST', '/api/clients', { displayName: 'Alex Rivers' })).id;
  await api('POST', '/api/auth/logout');
}, 480_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

async function newPage(problems: string[]): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  contexts.push(ctx);
  return watch(await ctx.newPage(), problems);
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** The owner makes an invite on the Practice page and reads the link it shows once. */
async function inviteFromPage(page: Page, email: string, role: 'Therapist' | 'Supervisor'): Promise<string> {
  await page.getByLabel('Their email').fill(email);
  await page.getByLabel('Role').selectOption({ label: role.toLowerCase() });
  await page.getByRole('button', { name: 'Make invite link' }).click();
  const link = page.getByLabel('Invite link');
  await link.waitFor();
  const url = await link.inputValue();
  expect(url).toMatch(/\/staff-join\/[A-Za-z0-9_-]{43}$/);
  return url;
}

async function join(page: Page, url: string, who: typeof BEN): Promise<void> {
  await page.goto(url);
  await heading(page, 'Join the practice').waitFor();
  await expectAccessible(page, 'staff join page');
  await page.getByLabel('Your name').fill(who.displayName);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** An API call from inside the page's session (its cookie and CSRF token). */
async function fromPage(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return r.status;
    },
    { method, path, body },
  );
}

describe('a practice of several therapists', () => {
  it('invites, transfers care, supervises read-only with an audit trail, and deactivates', async () => {
    const problems: string[] = [];
    const owner = await newPage(problems);
    await signIn(owner, OWNER);
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await heading(owner, 'Practice').waitFor();
    await owner.getByRole('heading', { name: 'Staff', level: 2, exact: true }).waitFor();
    await expectAccessible(owner, 'practice page (owner)');

    // The owner invites a therapist; the link works in a second browser, once.
    const benLink = await inviteFromPage(owner, BEN.email, 'Therapist');
    await owner
      .getByRole('list', { name: 'Pending invites' })
      .getByRole('button', { name: `Withdraw ${BEN.email}` })
      .waitFor();
    await screenshot(owner, 'practice-owner-invite');
    const ben = await newPage(problems);
    await join(ben, benLink, BEN);
    await ben.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await heading(ben, 'Sign in').waitFor();
    await signIn(ben, BEN);
    const reused = await (await fetch(`${server.url}/api/staff-invites/${benLink.split('/staff-join/')[1]}`)).json();
    expect(reused.valid).toBe(false);

    // The owner transfers Alex to Ben: Ben gets access, the owner loses it at once.
    await owner.reload();
    const anaCard = owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: /^Ana Owner/, level: 3 }) });
    await anaCard.getByLabel('Transfer Alex Rivers to').selectOption({ label: BEN.displayName });
    await anaCard.getByRole('button', { name: 'Transfer Alex Rivers' }).click();
    await owner.getByText('Alex Rivers’s care was transferred', { exact: false }).or(owner.getByText("Alex Rivers's care was transferred")).first().waitFor();
    expect((await owner.request.get(`${server.url}/api/clients/${clientId}`)).status()).toBe(404);
    expect((await ben.request.get(`${server.url}/api/clients/${clientId}`)).status()).toBe(200);
    await ben.goto(`${server.url}/clients/${clientId}/record`);
    await ben.getByRole('heading', { name: 'Care history' }).waitFor();
    await ben.getByText('Care moved from Ana Owner to Ben Therapist').waitFor();
    await expectAccessible(ben, 'chart record tab with care history');

    // A supervisor joins (third browser); the owner lets them read Ben's caseload.
    const sueLink = await inviteFromPage(owner, SUE.email, 'Supervisor');
    const sue = await newPage(problems);
    await join(sue, sueLink, SUE);
    await owner.reload();
    const sueCard = owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: /^Sue Supervisor/, level: 3 }) });
    await sueCard.getByRole('group', { name: 'Sue Supervisor supervises the caseloads of' }).getByLabel(BEN.displayName).check();
    await sueCard.getByRole('button', { name: 'Save supervision Sue Supervisor' }).click();
    await sueCard.getByText('Supervision saved.').waitFor();

    await sue.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await sue.getByRole('heading', { name: 'Caseloads you supervise' }).waitFor();
    await expectAccessible(sue, 'practice page (supervisor)');
    await screenshot(sue, 'practice-supervisor');
    await sue.getByRole('link', { name: 'Alex Rivers' }).click();
    await sue.getByRole('heading', { name: 'Alex Rivers', level: 1 }).waitFor();
    await sue.getByText("You are reading this record as Ben Therapist's supervisor", { exact: false }).waitFor();
    await expectAccessible(sue, 'chart read as a supervisor');
    // Read-only: every write is refused and nothing changes.
    expect(await fromPage(sue, 'PATCH', `/api/clients/${clientId}`, { goals: 'Written by a supervisor' })).toBe(403);
    expect(await fromPage(sue, 'POST', `/api/clients/${clientId}/sessions`, { scheduledAt: '2027-03-01T10:00:00Z' })).toBe(403);
    const record = (await (await ben.request.get(`${server.url}/api/clients/${clientId}`)).json()) as { goals: string };
    expect(record.goals).not.toContain('supervisor');
    // Ben sees the supervisor's reads in Alex's access history.
    await ben.reload();
    const history = ben.getByRole('list', { name: 'Access history' });
    await history.getByText('Sue Supervisor').first().waitFor();
    expect(await history.innerText()).toMatch(/Sue Supervisor\s*\(supervisor\)\s*opened the record/);
    await screenshot(ben, 'practice-access-history');

    // Deactivation: Ben's clients move first; then his open page is signed out.
    await owner.reload();
    const benCard = owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: /^Ben Therapist/, level: 3 }) });
    await benCard.getByLabel('Transfer Alex Rivers to').selectOption({ label: OWNER.displayName });
    await benCard.getByRole('button', { name: 'Transfer Alex Rivers' }).click();
    await benCard.getByText('No clients.').waitFor();
    await benCard.locator('summary', { hasText: 'Deactivate Ben Therapist' }).click();
    await benCard.getByLabel('Your password, to confirm').fill(OWNER.password);
    await benCard.getByRole('button', { name: 'Deactivate Ben Therapist' }).click();
    await owner.getByText('Ben Therapist is deactivated and has been signed out everywhere.').waitFor();
    await ben.bringToFront();
    await heading(ben, 'Sign in').waitFor({ timeout: 25_000 });
    await ben.getByText('Your session has ended').waitFor();
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: BEN.email, password: BEN.password }),
    });
    expect(login.status).toBe(401);
    await screenshot(owner, 'practice-owner-after');
    expect(problems.filter((p) => !/status of 40[134]/.test(p))).toEqual([]);
  }, 480_000);
});
