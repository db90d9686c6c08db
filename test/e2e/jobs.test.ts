/**
 * Making a picture is a job the client can watch and stop: the studio shows a progress bar
 * while the built-in engine works on its threads, and Cancel stops it with nothing saved.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Lea Brandt', email: 'lea@clinic.example', password: 'harbour lights at dusk' };
const CLIENT = { displayName: 'Kim Vale', email: 'kim@home.example', password: 'paper boats in april' };

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

interface Caller {
  cookie: string;
  csrf: string;
}

async function call<T>(method: string, path: string, who: Caller | null, body?: unknown): Promise<{ json: T; caller: Caller | null }> {
  const headers: Record<string, string> = {};
  if (who) Object.assign(headers, { cookie: who.cookie, 'x-csrf-token': who.csrf });
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json().catch(() => undefined)) as T;
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(json)}`);
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (json as { csrfToken?: string } | undefined)?.csrfToken;
  return { json, caller: cookies && csrf ? { cookie: cookies, csrf } : null };
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('picture jobs in the studio', () => {
  it('shows progress while pictures are made, and Cancel stops them with nothing saved', async () => {
    const therapist = (await call('POST', '/api/setup', null, THERAPIST)).caller!;
    const client = (await call<{ id: string }>('POST', '/api/clients', therapist, { displayName: CLIENT.displayName })).json;
    const invite = (await call<{ url: string }>('POST', `/api/clients/${client.id}/invites`, therapist)).json;
    const kim = (await call('POST', `/api/invites/by-token/${invite.url.split('/').pop()!}/accept`, null, { email: CLIENT.email, password: CLIENT.password }))
      .caller!;
    const doc = (await call<{ version: string }>('GET', '/api/consent/document', kim)).json;
    await call('POST', `/api/clients/${client.id}/consent`, kim, { documentVersion: doc.version, scopes: ['builtin_ai'], signature: CLIENT.displayName });
    // Pictures made in the studio are drafts until the client keeps one.
    const count = async () => (await call<{ drafts: unknown[] }>('GET', `/api/clients/${client.id}/studio/drafts`, kim)).json.drafts.length;

    const problems: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const c = watch(await ctx.newPage(), problems);
    onTestFailed(async () => {
      await screenshot(c, 'jobs-failed').catch(() => undefined);
    });
    await signIn(c, CLIENT);
    await c.getByRole('link', { name: 'Open the studio' }).click();
    await heading(c, 'Studio').waitFor();
    await c.getByRole('button', { name: /Draw on a blank page/ }).click();
    await c.getByLabel('What would you like to see?').fill('a lighthouse on a cliff at night, waves below');

    // Four pictures: long enough to watch the bar move.
    await c.getByRole('radio', { name: '4' }).check();
    await c.getByRole('button', { name: 'Create 4 pictures' }).click();
    const group = c.getByRole('group', { name: 'Picture in progress' });
    await group.waitFor();
    const bar = group.getByRole('progressbar');
    await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
    await expectAccessible(c, 'studio picture in progress');
    await screenshot(c, 'jobs-01-progress');
    await c
      .getByRole('status')
      .filter({ hasText: /pictures are ready/ })
      .waitFor({ timeout: 90_000 });
    await group.waitFor({ state: 'detached' });
    expect(await count()).toBeGreaterThanOrEqual(4);

    // Again, and stop it: nothing more is saved.
    const before = await count();
    await c.getByRole('button', { name: 'Create 4 pictures' }).click();
    await group.waitFor();
    await group.getByRole('button', { name: 'Cancel' }).click();
    await group.waitFor({ state: 'detached', timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await count()).toBe(before);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
