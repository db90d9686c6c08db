/**
 * The journey a new therapist and a new client take, in real Chromium against a real
 * `hearth serve`: first-run setup, caseload, invite, join, upload, gallery, access history,
 * sign-out and keyboard-only sign-in on a tablet — with axe checks on every main page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { name: 'Dr. Ana Ruiz', email: 'ana@clinic.example', password: 'a calm river at dawn' };
const CLIENT = { name: 'Sam Lee', email: 'sam@home.example', password: 'my own quiet room 7' };

let server: RunningServer;
let browser: Browser;
let files: string;

beforeAll(async () => {
  ensureWebBuilt(); // always a production build (scripts/build-if-stale.js)
  files = mkdtempSync(join(tmpdir(), 'hearth-e2e-files-'));
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
  if (files) removeDir(files);
});

/** A small drawing: soft sky, a lake and a sun, as a PNG file on disk. */
async function drawingPng(path: string): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="480" fill="#f4e3c9"/>
    <rect y="300" width="640" height="180" fill="#7fa7b5"/>
    <circle cx="470" cy="150" r="70" fill="#e9a44c"/>
    <path d="M0 300 Q160 220 320 300 T640 300" fill="#8aa37a"/>
  </svg>`;
  writeFileSync(path, await sharp(Buffer.from(svg)).png().toBuffer());
  return path;
}

/** Collects script errors and console errors (CSP refusals among them); failed HTTP requests are expected. */
describe('a new therapist and a new client', () => {
  it('set up, invite, join, upload and both see the work', async () => {
    // — First run: the setup screen.
    const therapistCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const t = watch(await therapistCtx.newPage(), problems);
    await t.goto(server.url);
    await heading(t, 'Welcome to Hearth').waitFor();
    await expectAccessible(t, 'setup');
    await t.getByRole('button', { name: 'Create account' }).click();
    await t.getByText('Please enter your name.').waitFor();
    await screenshot(t, '01-setup-validation');

    await t.getByLabel('Your name').fill(THERAPIST.name);
    await t.getByLabel('Email').fill(THERAPIST.email);
    await t.getByLabel('Password', { exact: true }).fill(THERAPIST.password);
    await t.getByRole('button', { name: 'Create account' }).click();

    // — The therapist's day opens first; an empty caseload is one link away; add a client.
    await heading(t, 'Your day').waitFor();
    await t.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await heading(t, 'Your caseload').waitFor();
    await t.getByText('No active clients yet.').waitFor();
    await expectAccessible(t, 'caseload (empty)');
    await screenshot(t, '02-caseload-empty');

    await t.getByLabel('Name', { exact: true }).fill(CLIENT.name);
    await t.getByLabel('Pronouns (optional)').fill('they/them');
    await t.getByLabel('Goals (optional)').fill('Find words for feelings through drawing.');
    await t.getByRole('button', { name: 'Add client' }).click();
    await t
      .getByRole('status')
      .filter({ hasText: `${CLIENT.name} was added` })
      .waitFor();
    await t.getByRole('link', { name: new RegExp(CLIENT.name) }).click();

    // — The client page: invite link (shown once) and a scheduled session.
    await heading(t, CLIENT.name).waitFor();
    await t.getByRole('button', { name: 'Create invite link' }).click();
    const link = t.getByLabel(`Invite link for ${CLIENT.name}`);
    await link.waitFor();
    const inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[\w-]{20,}$/);
    await t.getByRole('button', { name: 'Schedule session' }).click();
    await t.getByRole('status').filter({ hasText: 'Session scheduled for' }).waitFor();
    await expectAccessible(t, 'client page');
    await screenshot(t, '03-client-page-invite');

    // — The client opens the link in their own browser and joins.
    const clientCtx = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const c = watch(await clientCtx.newPage(), problems);
    await c.goto(inviteUrl);
    await heading(c, `Welcome, ${CLIENT.name}`).waitFor();
    await c.getByText(`${THERAPIST.name} has invited you`).waitFor();
    await expectAccessible(c, 'join');
    await screenshot(c, '04-join');
    await c.getByLabel('Email').fill(CLIENT.email);
    await c.getByLabel('Password', { exact: true }).fill(CLIENT.password);
    await c.getByRole('button', { name: 'Join Hearth' }).click();

    // — Consent: read the document, tick what they agree to, type their name and sign.
    await heading(c, 'Your consent').waitFor();
    await c.getByText(/nothing you make or write leaves this machine/).waitFor();
    for (const scope of ['Making pictures with the built-in engine', 'Insights from your artwork', 'Music'])
      await c.getByRole('checkbox', { name: scope, exact: true }).check();
    expect(await c.getByRole('checkbox', { name: 'Using an outside model server' }).isChecked()).toBe(false);
    await expect(c.getByLabel('Your full name').inputValue()).resolves.toBe(CLIENT.name);
    await expectAccessible(c, 'join consent');
    await screenshot(c, '04b-join-consent');
    await c.getByRole('button', { name: 'Sign and continue' }).click();

    // — Client home: greeting, next session, upload a drawing with a title.
    await heading(c, new RegExp(`, ${CLIENT.name}$`)).waitFor();
    await c.getByRole('heading', { name: 'What’s next' }).waitFor();
    await c.getByText('Nothing here yet.').waitFor();
    await expect.poll(() => c.getByText('Nothing is scheduled yet.').count()).toBe(0);
    await c.getByText('Add a drawing', { exact: true }).first().click();
    await c.getByLabel('Image').setInputFiles(await drawingPng(join(files, 'lake.png')));
    await c.getByLabel('Title (optional)').fill('The calm lake');
    await c.getByRole('button', { name: 'Upload' }).click();
    await c.getByRole('status').filter({ hasText: '“The calm lake” was added to the gallery.' }).waitFor();
    const work = c.getByRole('link', { name: /The calm lake/ });
    await work.waitFor();
    await work.scrollIntoViewIfNeeded(); // thumbnails load lazily, once near the viewport
    await c.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.gallery__thumb')].every((i) => i.complete && i.naturalWidth > 0));
    await expectAccessible(c, 'client home');
    await screenshot(c, '05-client-home');

    // — The artwork view: full image, rename.
    await work.click();
    await heading(c, 'The calm lake').waitFor();
    await c.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.artwork__image');
      return !!img && img.complete && img.naturalWidth === 640;
    });
    await expectAccessible(c, 'artwork view');
    await c.getByLabel('Title', { exact: true }).fill('The calm lake at dusk');
    await c.getByRole('button', { name: 'Save title' }).click();
    await c.getByRole('status').filter({ hasText: 'Renamed to “The calm lake at dusk”.' }).waitFor();
    await screenshot(c, '06-artwork');

    // — Phone width: the client home still reads well.
    await c.setViewportSize({ width: 390, height: 844 });
    await c.getByRole('link', { name: 'Back to my space' }).click();
    await c.getByRole('link', { name: /The calm lake at dusk/ }).waitFor();
    await screenshot(c, '07-client-home-phone');

    // — The therapist sees the same work and who accessed the record.
    await t.reload();
    await heading(t, CLIENT.name).waitFor();
    await t.getByRole('tab', { name: 'Works' }).click();
    await t.getByRole('link', { name: /The calm lake at dusk/ }).waitFor();
    await t.getByRole('tab', { name: 'Record & privacy' }).click();
    const history = t.getByRole('list', { name: 'Access history' });
    await history.getByText(/Sam Lee \(client\) uploaded a work/).waitFor();
    const older = t.getByRole('button', { name: 'Show older entries' });
    if (await older.isVisible()) await older.click();
    await history.getByText(/Sam Lee \(client\) joined through an invite link/).waitFor();
    const agreed = t.getByRole('list', { name: `What ${CLIENT.name} has agreed to` });
    await agreed.getByRole('listitem').filter({ hasText: 'Music' }).getByText('Agreed', { exact: true }).waitFor();
    await agreed.getByRole('listitem').filter({ hasText: 'Using an outside model server' }).getByText('Not agreed').waitFor();
    await screenshot(t, '08-therapist-sees-work');
    await t.getByRole('tab', { name: 'Overview' }).click();
    await t.getByText(`${CLIENT.name} has joined Hearth`).waitFor();

    // — The client sees who has opened their record, the therapist included (on their privacy page).
    await c.getByRole('link', { name: /My privacy/ }).click();
    await heading(c, 'My privacy').waitFor();
    const mine = c.getByRole('list', { name: 'Access history' });
    await mine
      .getByText(/\(therapist\) opened the record/)
      .first()
      .waitFor();
    await expectAccessible(c, 'client home with access history');

    // — The session moves on: start, then complete.
    await t.getByRole('button', { name: /^Start/ }).click();
    await t.getByRole('status').filter({ hasText: 'is now in progress' }).waitFor();
    await t.getByRole('button', { name: /^Complete/ }).click();
    await t.getByRole('status').filter({ hasText: 'is now completed' }).waitFor();
    await t.setViewportSize({ width: 768, height: 1024 });
    await screenshot(t, '08b-therapist-client-page-tablet');

    // — Sign out.
    await t.getByRole('button', { name: 'Sign out' }).click();
    await heading(t, 'Sign in').waitFor();
    await t.getByText('You have signed out.').waitFor();
    await therapistCtx.close();
    await clientCtx.close();

    // — A tablet, keyboard only: skip link, then sign in with Tab and Enter.
    const tabletCtx = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    const k = watch(await tabletCtx.newPage(), problems);
    await k.goto(server.url);
    await heading(k, 'Sign in').waitFor();
    await expect.poll(() => k.getByText('Your session has ended').count()).toBe(0);
    await expectAccessible(k, 'sign in (tablet)');
    const focused = () =>
      k.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('name') ?? el.textContent?.trim() ?? ''}` : '';
      });
    await k.keyboard.press('Tab');
    expect(await focused()).toBe('a:Skip to main content');
    await k.keyboard.press('Enter');
    await k.keyboard.press('Tab');
    expect(await focused()).toBe('input:email');
    await k.keyboard.type(THERAPIST.email);
    await k.keyboard.press('Tab');
    expect(await focused()).toBe('input:password');
    await k.keyboard.type(THERAPIST.password);
    await k.keyboard.press('Tab');
    await k.keyboard.press('Tab');
    expect(await focused()).toBe('button:Sign in');
    await screenshot(k, '09-tablet-sign-in-keyboard');
    await k.keyboard.press('Enter');
    await heading(k, 'Your day').waitFor();
    await k
      .getByRole('link', { name: new RegExp(CLIENT.name) })
      .first()
      .waitFor();
    await expectAccessible(k, 'caseload (tablet)');
    await screenshot(k, '10-tablet-caseload');
    await tabletCtx.close();
    expect(problems).toEqual([]);
  });
});

describe('clear refusals', () => {
  beforeAll(async () => {
    // Independent of the journey above: create the therapist unless it already exists.
    const r = await fetch(`${server.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: THERAPIST.name, email: THERAPIST.email, password: THERAPIST.password }),
    });
    expect([201, 409]).toContain(r.status);
  });

  it('a wrong password and a disguised file are explained in the page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const problems: string[] = [];
    const p = watch(await ctx.newPage(), problems);
    await p.goto(server.url);
    await heading(p, 'Sign in').waitFor();
    await p.getByLabel('Email').fill(THERAPIST.email);
    await p.getByLabel('Password', { exact: true }).fill('not the right one');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('alert').filter({ hasText: 'That email and password do not match an account.' }).waitFor();
    await screenshot(p, '11-wrong-password');

    await p.getByLabel('Password', { exact: true }).fill(THERAPIST.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await heading(p, 'Your day').waitFor();
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await heading(p, 'Your caseload').waitFor();
    await p.getByLabel('Name', { exact: true }).fill('Robin');
    await p.getByRole('button', { name: 'Add client' }).click();
    await p.getByRole('link', { name: /Robin/ }).click();
    await heading(p, 'Robin').waitFor();
    await p.getByRole('tab', { name: 'Works' }).click();

    const pdf = join(files, 'drawing.png');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await p.getByLabel('Image').setInputFiles(pdf);
    await p.getByRole('button', { name: 'Upload' }).click();
    const refusal = p.getByRole('alert').filter({ hasText: /PDF.*Please upload a PNG, JPEG, WebP or GIF image\./ });
    await refusal.waitFor();
    // Waits for the gallery (it may be re-reading its list after the refusal on a loaded machine).
    await p.getByText('No works yet.').waitFor();
    await expect.poll(() => p.locator('.gallery__item').count()).toBe(0);
    await screenshot(p, '12-disguised-file');

    // A real drawing goes in; the therapist opens it and moves it to the bin.
    await p.getByLabel('Image').setInputFiles(await drawingPng(join(files, 'robin.png')));
    await p.getByRole('button', { name: 'Upload' }).click();
    await p.getByRole('status').filter({ hasText: '“Untitled” was added to the gallery.' }).waitFor();
    await p.getByRole('link', { name: /Untitled/ }).click();
    await heading(p, 'Untitled').waitFor();
    await p.getByRole('button', { name: 'Move to bin…' }).click();
    await p.getByRole('button', { name: 'Yes, move to bin' }).click();
    await heading(p, 'Robin').waitFor();
    await p.getByRole('tab', { name: 'Works' }).click();
    await p.getByText('No works yet.').waitFor();
    await p.getByRole('tab', { name: 'Overview' }).click();

    // Archive the client: they leave the caseload until archived clients are shown.
    await p.getByRole('button', { name: 'Archive client' }).click();
    await p.getByRole('status').filter({ hasText: 'Robin was archived.' }).waitFor();
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await heading(p, 'Your caseload').waitFor();
    await p.getByRole('heading', { name: 'Clients' }).waitFor();
    await expect.poll(() => p.getByRole('link', { name: /Robin/ }).count()).toBe(0);
    await p.getByLabel('Show archived clients').check();
    await p.getByRole('link', { name: /Robin.*Archived/ }).waitFor();
    await ctx.close();
    expect(problems).toEqual([]);
  });
});
