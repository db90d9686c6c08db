/**
 * A group session in real Chromium against a real `hearth serve`: three members and their
 * therapist, each in their own browser context, draw at once on the shared canvas and every
 * screen ends with the same pixels; a member goes offline for 10 s, keeps drawing, comes back and
 * nothing is lost; the therapist hides a stroke and it vanishes for all; a client without the
 * group consent cannot be added or join (403) and nothing is written. axe on every new screen.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Ana Ruiz', email: 'ana@clinic.example', password: 'lanterns over water 3' };
const MEMBERS = ['Ada Stone', 'Bo Lind', 'Cy Park'].map((n, i) => ({ displayName: n, email: `m${i}@home.example`, password: `a window of blue sky ${i}9` }));
const OUTSIDER = { displayName: 'Dee Marsh', email: 'dee@home.example', password: 'a window of blue sky 77' };

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

/** FNV-1a over the canvas pixels, with the number of strokes drawn. */
const pixels = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.shared-canvas')!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261;
    for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i]!, 16777619);
    return `${c.dataset.strokes}:${(h >>> 0).toString(16)}`;
  });

/** Waits until every page shows `strokes` strokes with identical pixels; returns the shared fingerprint. */
async function converge(pages: Page[], strokes: number, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  let seen: string[] = [];
  while (Date.now() < end) {
    seen = await Promise.all(pages.map(pixels));
    if (seen.every((s) => s === seen[0]) && seen[0]!.startsWith(`${strokes}:`)) return seen[0]!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`screens did not converge on ${strokes} strokes: ${seen.join(' ')}`);
}

/** Draws one stroke with the mouse: a zig-zag across the canvas from (x, y) in canvas fractions. */
async function draw(page: Page, fx: number, fy: number, steps = 12): Promise<void> {
  const box = (await page.locator('canvas.shared-canvas').boundingBox())!;
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(x + i * 9, y + (i % 2 ? 14 : -6), { steps: 2 });
  await page.mouse.up();
}

async function signIn(ctx: BrowserContext, who: { email: string; password: string }): Promise<void> {
  const res = await ctx.request.post(`${server.url}/api/auth/login`, { data: { email: who.email, password: who.password } });
  expect(res.status()).toBe(200);
}

describe('group session', () => {
  it('three members and a therapist draw together; offline, hide and consent behave', async () => {
    const therapist = apiAs(server.url);
    await therapist('POST', '/api/setup', THERAPIST);
    const join = async (p: { displayName: string; email: string; password: string }, scopes: string[]) => {
      const c = await therapist<{ id: string }>('POST', '/api/clients', { displayName: p.displayName });
      const invite = await therapist<{ url: string }>('POST', `/api/clients/${c.id}/invites`);
      const me = apiAs(server.url);
      await me('POST', `/api/invites/by-token/${invite.url.split('/join/')[1]!}/accept`, { email: p.email, password: p.password });
      const doc = await me<{ version: string }>('GET', '/api/consent/document');
      await me('POST', `/api/clients/${c.id}/consent`, { documentVersion: doc.version, scopes, signature: p.displayName });
      return { id: c.id, api: me };
    };
    const members = [];
    for (const m of MEMBERS) members.push(await join(m, ['builtin_ai', 'group']));
    await join(OUTSIDER, ['builtin_ai']);

    const problems: string[] = [];
    const contexts: BrowserContext[] = [];
    const open = async (who: { email: string; password: string }) => {
      const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      contexts.push(ctx);
      await signIn(ctx, who);
      return watch(await ctx.newPage(), problems);
    };

    // — The therapist creates the group in the app; the outsider without group consent is refused (403), nothing written.
    const tp = await open(THERAPIST);
    await tp.goto(`${server.url}/groups`);
    await heading(tp, 'Groups').waitFor();
    await tp.getByLabel('Group name').fill('Tuesday garden');
    await tp.getByLabel(OUTSIDER.displayName).check();
    await tp.getByLabel(MEMBERS[0]!.displayName).check();
    const refused = tp.waitForResponse((r) => r.url().endsWith('/api/groups') && r.request().method() === 'POST');
    await tp.getByRole('button', { name: 'Create the group' }).click();
    expect((await refused).status()).toBe(403);
    await tp
      .getByRole('alert')
      .filter({ hasText: `${OUTSIDER.displayName} has not agreed to group work` })
      .waitFor();
    expect((await therapist<{ groups: unknown[] }>('GET', '/api/groups')).groups).toEqual([]);
    await expectAccessible(tp, 'groups page');
    await screenshot(tp, 'groups-01-refused');
    await tp.getByLabel(OUTSIDER.displayName).uncheck();
    for (const m of MEMBERS.slice(1)) await tp.getByLabel(m.displayName).check();
    await tp.getByRole('button', { name: 'Create the group' }).click();
    await heading(tp, 'Tuesday garden').waitFor();
    await tp.getByLabel('Title (optional)').fill('Shared garden');
    await tp.getByRole('button', { name: 'Schedule', exact: true }).click();
    await tp.getByRole('button', { name: 'Start' }).click();
    await tp.getByRole('link', { name: 'Open the shared canvas' }).click();
    await heading(tp, 'Shared garden').waitFor();
    const sessionId = tp.url().split('/group-sessions/')[1]!;

    // — Members choose their names (one in the app), then open the canvas.
    const pages: Page[] = [];
    for (const [i, m] of MEMBERS.entries()) {
      const p = await open(m);
      if (i === 0) {
        const groupId = (await therapist<{ groups: { id: string }[] }>('GET', '/api/groups')).groups[0]!.id;
        await p.goto(`${server.url}/groups/${groupId}`);
        await heading(p, 'Tuesday garden').waitFor();
        await p.getByLabel('My name in this group').fill('Sunflower');
        await p.getByRole('button', { name: 'Save my name' }).click();
        await p.getByRole('status').filter({ hasText: 'The group sees you by this name' }).waitFor();
        await expectAccessible(p, 'group page (member)');
        expect(await p.getByText(MEMBERS[1]!.displayName).count()).toBe(0); // others' records are never shown
      }
      await p.goto(`${server.url}/group-sessions/${sessionId}`);
      pages.push(p);
    }
    const all = [tp, ...pages];
    await Promise.all(all.map((p) => p.locator('[data-status="online"]').waitFor()));
    await pages[1]!.getByRole('complementary').getByText('Sunflower').waitFor(); // presence by chosen name

    // — Everyone draws at once: the same pixels on every screen.
    await Promise.all(all.map((p, i) => draw(p, 0.1 + i * 0.2, 0.3)));
    await Promise.all(all.map((p, i) => draw(p, 0.15 + i * 0.2, 0.6)));
    const first = await converge(all, 8);
    await expectAccessible(pages[0]!, 'shared canvas (member)');
    await expectAccessible(tp, 'shared canvas (therapist)');
    await screenshot(pages[0]!, 'groups-02-canvas-member');

    // — A member is offline for 10 s and keeps drawing; on return nothing is lost.
    const offline = contexts[1]!; // the first member's context (index 0 is the therapist's)
    await offline.setOffline(true);
    await pages[0]!.locator('[data-status="offline"], [data-status="connecting"]').first().waitFor();
    await draw(pages[0]!, 0.2, 0.8);
    await draw(pages[1]!, 0.6, 0.8);
    await new Promise((r) => setTimeout(r, 10_000));
    expect((await pixels(tp)).startsWith('9:')).toBe(true); // the offline stroke has not arrived
    await offline.setOffline(false);
    await pages[0]!.locator('[data-status="online"]').waitFor({ timeout: 15_000 });
    const back = await converge(all, 10);
    expect(back).not.toBe(first);

    // — The therapist hides a stroke: it vanishes on every screen.
    await tp.getByRole('button', { name: /^Hide Stroke 1 by/ }).click();
    const hidden = await converge(all, 9);
    expect(hidden).not.toBe(back);
    await screenshot(tp, 'groups-03-canvas-therapist');

    // — A member who withdraws group consent can no longer join (403); the canvas is not shown.
    const cy = members[2]!;
    const doc = await cy.api<{ version: string }>('GET', '/api/consent/document');
    await cy.api('POST', `/api/clients/${cy.id}/consent/withdraw`, { documentVersion: doc.version, scopes: ['group'] });
    const ticket = await contexts[3]!.request.get(`${server.url}/api/group-sessions/${sessionId}/canvas`);
    expect(ticket.status()).toBe(403);
    await pages[2]!.reload();
    await pages[2]!.getByRole('alert').filter({ hasText: 'group work' }).waitFor();
    expect(await pages[2]!.locator('canvas.shared-canvas').count()).toBe(0);
    expect(problems.filter((p) => !/403|Forbidden/.test(p))).toEqual([]);
    for (const c of contexts) await c.close();
  }, 480_000);
});
