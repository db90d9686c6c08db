/**
 * Model servers in real Chromium against a real `hearth serve`, with the protocol-faithful
 * ComfyUI fake started here: the therapist adds the server under Model servers (re-entering
 * their password) and "Test connection" says it is ready; a client who agreed to external AI
 * chooses it under "Made by" and watches the picture's progress (the fake holds at step 10 of
 * 25 until the test lets it go — nothing is timed); a client who did not agree is refused in
 * plain words, sent nothing, and offered the built-in engine. axe on every screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startComfyUiFake } from '../fakes/comfyui.fake.ts';
import type { ComfyUiFake } from '../fakes/comfyui.fake.ts';
import { apiAs, ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Mara Quinn', email: 'mara@clinic.example', password: 'kettles by the window 8' };
const RAE = { displayName: 'Rae Tanaka', email: 'rae@home.example', password: 'seven paper cranes 2' };
const BLAIR = { displayName: 'Blair Okafor', email: 'blair@home.example', password: 'a green bicycle 44' };

let server: RunningServer;
let browser: Browser;
let comfy: ComfyUiFake;

beforeAll(async () => {
  ensureWebBuilt(); // always a production build (scripts/build-if-stale.js)
  [server, browser, comfy] = await Promise.all([startServer(), launchBrowser(), startComfyUiFake({ pauseAtStep: 10 })]);
});

afterAll(async () => {
  await browser?.close();
  await comfy?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens the studio, starts with words, chooses the model server and asks for one picture. */
async function createWithServer(page: Page, prompt: string): Promise<void> {
  await page.getByRole('link', { name: 'Open the studio' }).click();
  await page.getByRole('button', { name: /Start with words only/ }).click();
  await page.getByLabel('Made by').selectOption({ label: 'Studio GPU' });
  await page.getByLabel('What would you like to see?').fill(prompt);
  await page.getByRole('radio', { name: '1' }).check();
  await page.getByRole('button', { name: 'Create picture' }).click();
}

describe('model servers', () => {
  it('configure ComfyUI, test it, and make a picture with it only with consent', async () => {
    const therapist = apiAs(server.url);
    await therapist('POST', '/api/setup', THERAPIST);
    const clients: Record<string, string> = {};
    for (const [who, scopes] of [
      [RAE, ['builtin_ai', 'external_ai']],
      [BLAIR, ['builtin_ai']],
    ] as const) {
      const client = await therapist<{ id: string }>('POST', '/api/clients', { displayName: who.displayName });
      const invite = await therapist<{ url: string }>('POST', `/api/clients/${client.id}/invites`);
      const c = apiAs(server.url);
      await c('POST', `/api/invites/by-token/${invite.url.split('/join/')[1]!}/accept`, { email: who.email, password: who.password });
      const doc = await c<{ version: string }>('GET', '/api/consent/document');
      await c('POST', `/api/clients/${client.id}/consent`, { documentVersion: doc.version, scopes, signature: who.displayName });
      clients[who.email] = client.id;
    }
    const problems: string[] = [];

    // — The therapist adds the server and tests the connection.
    const tctx = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const t = watch(await tctx.newPage(), problems);
    await signIn(t, THERAPIST);
    await t.getByRole('link', { name: 'Model servers' }).click();
    await heading(t, 'Model servers').waitFor();
    await t.getByText('No model servers yet.').waitFor();
    await expectAccessible(t, 'model servers, empty');
    await screenshot(t, 'model-servers-01-empty');
    await t.getByLabel('Kind of server').selectOption('comfyui');
    await t.getByLabel('Name', { exact: true }).fill('Studio GPU');
    await t.getByLabel('Address', { exact: true }).fill(comfy.url);
    await t.getByLabel('Server password (optional)').fill('gpu-secret-1');
    await t.getByLabel('Your Hearth password, to confirm').fill(THERAPIST.password);
    await t.getByRole('button', { name: 'Add server' }).click();
    await t.getByRole('status').filter({ hasText: 'Studio GPU was added.' }).waitFor();
    const item = t.getByRole('listitem', { name: 'Studio GPU' });
    await item.getByText('Saved (sealed, not shown)').waitFor();
    expect(await t.getByText('gpu-secret-1').count()).toBe(0);
    await item.getByRole('button', { name: 'Test connection' }).click();
    await item
      .getByRole('status')
      .filter({ hasText: /^✓?\s*Connected\./ })
      .waitFor();
    await expectAccessible(t, 'model servers, tested');
    await screenshot(t, 'model-servers-02-tested');
    await tctx.close();

    // — Rae agreed to external AI: she chooses the server and watches the progress.
    const rctx = await browser.newContext({ viewport: { width: 1024, height: 1100 } });
    const r = watch(await rctx.newPage(), problems);
    await signIn(r, RAE);
    await heading(r, new RegExp(RAE.displayName)).waitFor();
    const promptsBefore = comfy.requests.filter((q) => q.path === '/prompt').length;
    await createWithServer(r, 'a lighthouse in soft fog');
    await comfy.paused();
    const bar = r.getByRole('progressbar');
    await r.getByText(/Making your picture… [1-8]\d%/).waitFor();
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await r.getByRole('button', { name: 'Cancel' }).waitFor();
    await expectAccessible(r, 'studio, picture in progress');
    await screenshot(r, 'model-servers-03-progress');
    comfy.release();
    await r.getByRole('status').filter({ hasText: 'Your picture is ready.' }).waitFor();
    expect(await r.getByRole('progressbar').count()).toBe(0);
    expect(comfy.requests.filter((q) => q.path === '/prompt').length).toBe(promptsBefore + 1);
    const rae = apiAs(server.url);
    await rae('POST', '/api/auth/login', { email: RAE.email, password: RAE.password });
    // A picture stays a studio draft until Rae keeps it.
    const made = (await rae<{ drafts: { kind: string; backend: string | null }[] }>('GET', `/api/clients/${clients[RAE.email]}/studio/drafts`)).drafts.filter(
      (a) => a.kind === 'generated',
    );
    expect(made.map((a) => a.backend)).toEqual(['comfyui']);
    await screenshot(r, 'model-servers-04-made');
    await rctx.close();

    // — Blair did not: a plain refusal, nothing sent, and the built-in engine offered.
    const bctx = await browser.newContext({ viewport: { width: 1024, height: 1100 } });
    const b = watch(await bctx.newPage(), problems);
    await signIn(b, BLAIR);
    await heading(b, new RegExp(BLAIR.displayName)).waitFor();
    const requestsBefore = comfy.requests.length;
    await createWithServer(b, 'a quiet garden');
    await b
      .getByRole('alert')
      .filter({ hasText: `${BLAIR.displayName} has not agreed to using an outside model server.` })
      .waitFor();
    expect(comfy.requests.length).toBe(requestsBefore);
    await expectAccessible(b, 'studio, refused without consent');
    await screenshot(b, 'model-servers-05-refused');
    await b.getByRole('button', { name: 'Use the built-in engine instead' }).click();
    await b.getByRole('status').filter({ hasText: 'Your picture is ready.' }).waitFor();
    expect(comfy.requests.length).toBe(requestsBefore);
    await bctx.close();
    expect(problems).toEqual([]);
  }, 480_000);
});
