/**
 * Visual supports in real Chromium against a real `hearth serve`: the therapist builds a social
 * story (the sentence check warns about a past-tense third-person sentence until it is rewritten),
 * a daily routine and emotion cards, with symbols named in English and German and one of the
 * client's works; the routine's PDF downloads and renders to PNG (pdftoppm). The client, on a
 * 768 px tablet with touch, ticks a step with a big target; the tick is saved and still there after
 * a reload. axe on every new screen. Screenshots: test-results/screenshots (docs/screens with
 * HEARTH_DOCS_SCREENS=1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, apiAs, ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Mara Quinn', email: 'mara@clinic.example', password: 'amber lamps at dusk 7' };
const CLIENT = { displayName: 'Alex Moreno', email: 'alex@home.example', password: 'a green door in rain 3' };
const SCREENS = process.env.HEARTH_DOCS_SCREENS === '1' ? join(ROOT, 'docs', 'screens') : join(ROOT, 'test-results', 'screenshots');
const OUT = join(ROOT, 'test-results', 'supports');

let server: RunningServer;
let browser: Browser;
/** What the first journey made, for the second (same server): the client, and API calls as each side. */
let made: { clientId: string; therapist: ReturnType<typeof apiAs>; client: ReturnType<typeof apiAs> } | null = null;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SCREENS, { recursive: true });
  mkdirSync(OUT, { recursive: true });
}, 480_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `supports-${name}.png`), fullPage: true });

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(server.url);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function drawing(colour: string): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="100%" height="100%" fill="#fbf7f0"/><circle cx="240" cy="180" r="110" fill="${colour}"/></svg>`;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}

/** Fills one item of the builder: its picture word (or work) and words. */
async function fillItem(page: Page, name: string, v: { word?: string; work?: string; text: string; helps?: string }) {
  const item = page.getByRole('listitem', { name, exact: true });
  if (v.word) await item.getByLabel('Picture: a word').fill(v.word);
  if (v.work) await item.getByLabel('Or one of the client’s works').selectOption({ label: v.work });
  await item.getByLabel(/^(Sentence|Step|Feeling word)/).fill(v.text);
  if (v.helps) await item.getByLabel('What helps').fill(v.helps);
  return item;
}

describe('visual supports', () => {
  it('therapist builds a story, a routine and emotion cards; PDF prints; the client ticks the routine on a tablet', async () => {
    const therapist = apiAs(server.url);
    await therapist('POST', '/api/setup', THERAPIST);
    const { id: clientId } = await therapist<{ id: string }>('POST', '/api/clients', { displayName: CLIENT.displayName });
    const invite = await therapist<{ url: string }>('POST', `/api/clients/${clientId}/invites`);
    const client = apiAs(server.url);
    await client('POST', `/api/invites/by-token/${invite.url.split('/join/')[1]!}/accept`, { email: CLIENT.email, password: CLIENT.password });
    const doc = await client<{ version: string }>('GET', '/api/consent/document');
    await client('POST', `/api/clients/${clientId}/consent`, { documentVersion: doc.version, scopes: ['builtin_ai'], signature: CLIENT.displayName });
    const strokes = { version: 2, width: 480, height: 360, background: '#fbf7f0', strokes: [] };
    await therapist('PATCH', `/api/clients/${clientId}`, { goals: 'Feel less anxious on the way to school' });
    await client('POST', `/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [3, 3, 2, 2, 3, 2, 2] });
    await client('POST', `/api/clients/${clientId}/sketches`, { image: await drawing('#3b6b92'), strokes, title: 'Calm pond' });

    // — The therapist: Supports from the main navigation, then the client.
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    const problems: string[] = [];
    const page = watch(await ctx.newPage(), problems);
    await signIn(page, THERAPIST);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supports' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supports' }).click();
    await heading(page, 'Visual supports').waitFor();
    await expectAccessible(page, 'supports index');
    await page.getByRole('link', { name: CLIENT.displayName }).click();
    await heading(page, `Visual supports for ${CLIENT.displayName}`).waitFor();

    // A social story: three panels; the check warns about "He waited …" until it is rewritten.
    await page.getByLabel('Title').fill('Going to the dentist');
    await fillItem(page, 'Panel 1', { word: 'bus', text: 'I ride the bus to the dentist.' });
    await page.getByRole('button', { name: 'Add a panel' }).click();
    const p2 = await fillItem(page, 'Panel 2', { word: 'Zahnbürste', text: 'He waited in the big chair.' });
    await p2.getByText('Try the present tense').waitFor();
    await p2.getByText('Try the first person').waitFor();
    await expect.poll(() => p2.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Add a panel' }).click();
    await fillItem(page, 'Panel 3', { work: 'Calm pond', text: 'I feel calm when it is done.' });
    await expectAccessible(page, 'support builder (story, warnings)');
    await shot(page, '01-builder-story-warnings');
    await p2.getByLabel(/^Sentence/).fill('I sit in the big chair.');
    await expect.poll(() => p2.locator('.support-builder__warnings').count()).toBe(0);
    await page.getByRole('button', { name: 'Save support' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Going to the dentist”.' }).waitFor();
    await heading(page, 'Going to the dentist', 3).waitFor();

    // A daily routine in large print.
    await page.getByLabel('Visual schedule').check();
    await page.getByLabel('Daily routine (tick off each step)').check();
    await page.getByLabel('Title').fill('My morning');
    await page.getByLabel('Large print').check();
    await fillItem(page, 'Step 1', { word: 'toothbrush', text: 'Brush teeth' });
    await page.getByRole('button', { name: 'Add a step' }).click();
    await fillItem(page, 'Step 2', { word: 'shirt', text: 'Get dressed' });
    await page.getByRole('button', { name: 'Add a step' }).click();
    await fillItem(page, 'Step 3', { word: 'bread', text: 'Breakfast' });
    await page.getByRole('button', { name: 'Save support' }).click();
    await heading(page, 'My morning', 3).waitFor();

    // Emotion cards in high contrast: faces drawn for feeling words (one in German).
    await page.getByLabel('Emotion cards').check();
    await page.getByLabel('Title').fill('My feelings');
    await page.getByLabel('Large print').uncheck();
    await page.getByLabel('High contrast').check();
    await fillItem(page, 'Card 1', { word: 'happy', text: 'Happy', helps: 'I tell someone.' });
    await page.getByRole('button', { name: 'Add a card' }).click();
    await fillItem(page, 'Card 2', { word: 'wütend', text: 'Angry', helps: 'I squeeze a cushion.' });
    await page.getByRole('button', { name: 'Save support' }).click();
    await heading(page, 'My feelings', 3).waitFor();

    const saved = await therapist<{ supports: { kind: string; title: string; items: { warnings: string[]; pictureUrl: string | null }[] }[] }>(
      'GET',
      `/api/clients/${clientId}/supports`,
    );
    expect(saved.supports.map((s) => [s.kind, s.title])).toEqual([
      ['story', 'Going to the dentist'],
      ['schedule', 'My morning'],
      ['cards', 'My feelings'],
    ]);
    expect(saved.supports[0]!.items.every((i) => i.warnings.length === 0 && i.pictureUrl)).toBe(true);
    // Every picture on the page loaded.
    await expect
      .poll(() => page.locator('.support__picture[src]').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth === 0).length), {
        timeout: 30_000,
      })
      .toBe(0);
    await expectAccessible(page, 'supports list (therapist)');
    await shot(page, '02-therapist-list');

    // Suggested directives: calming first for an anxiety goal and a severe GAD-7, with the reason; the client sees none until one is assigned.
    const suggestions = page.getByRole('region', { name: 'Suggested directives' });
    await suggestions.getByText(/GAD-7: Severe \(17\)/).waitFor();
    await expect.poll(() => suggestions.locator('.support-suggestion__reason').first().textContent()).toMatch(/anxiety|GAD-7/);
    expect((await client<{ homework: unknown[] }>('GET', `/api/clients/${clientId}/homework`)).homework).toHaveLength(0);
    const firstTitle = (await suggestions.locator('.support-suggestion strong').first().textContent())!;
    await suggestions.getByRole('button', { name: `Assign as homework (${firstTitle})` }).click();
    await suggestions.getByText('Assigned as homework.').waitFor();
    const hw = await client<{ homework: { directiveId: string }[] }>('GET', `/api/clients/${clientId}/homework`);
    expect(hw.homework).toHaveLength(1);
    await expectAccessible(page, 'suggested directives');
    await suggestions.screenshot({ path: join(SCREENS, 'supports-04-suggestions.png') });

    // The routine's PDF downloads and renders, with pictures on it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Print (PDF) (My morning)' }).click()]);
    const pdf = join(OUT, 'my-morning.pdf');
    await download.saveAs(pdf);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, 'my-morning')], { timeout: 120_000 });
    const pngs = readdirSync(OUT).filter((f) => f.startsWith('my-morning') && f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    const stats = await sharp(join(OUT, pngs[0]!)).stats();
    expect(stats.channels[0]!.stdev).toBeGreaterThan(20); // not a blank page
    await ctx.close();

    // — The client on a tablet (768 px, touch): ticks "Get dressed".
    const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
    const cpage = watch(await tablet.newPage(), problems);
    await signIn(cpage, CLIENT);
    await cpage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supports' }).click();
    await heading(cpage, 'Visual supports').waitFor();
    const step = cpage.getByRole('button', { name: /Get dressed/ });
    const box = (await step.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(88);
    expect(box.width).toBeGreaterThan(600);
    await step.tap();
    await expect.poll(() => step.getAttribute('aria-pressed')).toBe('true');
    await cpage.getByText('1 of 3 done today').waitFor();
    await expect
      .poll(() => cpage.locator('.support__picture[src]').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth === 0).length))
      .toBe(0);
    // The client chooses a tradition of their own; the therapist's suggestions can then name it.
    const mine = cpage.getByRole('region', { name: 'My traditions' });
    await mine.getByLabel('Japanese arts').check();
    await mine.getByRole('button', { name: 'Save my traditions' }).click();
    await mine.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await mine.getByText(/Leaves alone: Shrine and temple objects/).waitFor();
    expect((await client<{ traditions: string[] }>('GET', `/api/clients/${clientId}/traditions`)).traditions).toEqual(['japanese']);
    await expectAccessible(cpage, 'supports (client, tablet)');
    await shot(cpage, '03-client-tablet');
    await cpage.reload();
    await expect.poll(() => cpage.getByRole('button', { name: /Get dressed/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await cpage.getByRole('button', { name: /Brush teeth/ }).getAttribute('aria-pressed')).toBe('false');
    const after = await client<{ supports: { title: string; ticks: { steps: number[] }[] }[] }>('GET', `/api/clients/${clientId}/supports`);
    expect(after.supports.find((s) => s.title === 'My morning')!.ticks[0]!.steps).toEqual([1]);
    await tablet.close();
    expect(problems).toEqual([]);
    made = { clientId, therapist, client };
  }, 480_000);

  it('suggestions learn from homework the client checked in; one is planned for the next session; traditions in the studio and music; a self-portrait', async () => {
    expect(made).not.toBeNull();
    const { clientId, therapist, client } = made!;
    const doc = await client<{ version: string }>('GET', '/api/consent/document');
    await client('POST', `/api/clients/${clientId}/consent`, { documentVersion: doc.version, scopes: ['builtin_ai', 'music'], signature: CLIENT.displayName });
    // The homework assigned above, done with a check-in before (8) and after (3).
    const [hw] = (await client<{ homework: { id: string; title: string }[] }>('GET', `/api/clients/${clientId}/homework`)).homework;
    for (const [moment, distress] of [
      ['before', 8],
      ['after', 3],
    ] as const)
      await client('POST', `/api/clients/${clientId}/checkins`, { moment, valence: 0, arousal: 0, distress, homeworkId: hw!.id });
    await client('PATCH', `/api/homework/${hw!.id}`, { status: 'completed' });
    const when = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const session = await therapist<{ id: string }>('POST', `/api/clients/${clientId}/sessions`, { scheduledAt: when, title: 'Weekly session' });

    const problems: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = watch(await ctx.newPage(), problems);
    await signIn(page, THERAPIST);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supports' }).click();
    await page.getByRole('link', { name: CLIENT.displayName }).click();
    const suggestions = page.getByRole('region', { name: 'Suggested directives' });
    await suggestions.getByText(/Learned from how the client felt after 1 piece of homework/).waitFor();
    await expect
      .poll(() => suggestions.locator('.support-suggestion__reason').allTextContents())
      .toContainEqual(expect.stringMatching(new RegExp(`like “${hw!.title}”, after which the client’s distress eased by 5 points`, 'i')));
    const pick = (await suggestions.locator('.support-suggestion strong').first().textContent())!;
    await suggestions.getByRole('button', { name: `Plan for next session (${pick})` }).click();
    await suggestions
      .getByRole('status')
      .filter({ hasText: /Planned for the session on/ })
      .waitFor();
    const planned = await therapist<{ directives: { title: string }[] }>('GET', `/api/sessions/${session.id}/directives`);
    expect(planned.directives.map((d) => d.title)).toEqual([pick]);
    // Planned for the session: nothing new reaches the client as homework.
    expect((await client<{ homework: unknown[] }>('GET', `/api/clients/${clientId}/homework`)).homework).toHaveLength(1);
    await expectAccessible(page, 'suggestions that learned, planned for a session');
    await suggestions.screenshot({ path: join(SCREENS, 'supports-05-suggestions-learned.png') });
    // In Spanish the reasons are Spanish.
    const es = await therapist<{ suggestions: { reason: string }[] }>('GET', `/api/clients/${clientId}/directive-suggestions?lang=es`);
    expect(es.suggestions.map((s) => s.reason).join(' ')).toMatch(/el malestar de la persona bajó 5 puntos/);
    await ctx.close();

    // — The client's studio offers the styles and motifs of the tradition they chose (Japanese arts).
    const cctx = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const c = watch(await cctx.newPage(), problems);
    await signIn(c, CLIENT);
    await c.getByRole('navigation', { name: 'Main' }).waitFor();
    await c.goto(`${server.url}/studio`);
    await c.getByRole('button', { name: /Start with words only/ }).click();
    const picker = c.getByRole('region', { name: 'Your traditions' });
    await picker.getByText('Japanese arts').waitFor();
    await picker.getByRole('button', { name: 'Add “crane” to your words' }).click();
    await expect.poll(() => c.getByLabel('What would you like to see?').inputValue()).toBe('crane');
    const ink = picker.getByRole('group', { name: 'Styles: Japanese arts' }).getByRole('button').first();
    await ink.click();
    await expect.poll(() => ink.getAttribute('aria-pressed')).toBe('true');
    expect(await c.getByRole('combobox', { name: /^Style/ }).inputValue()).toBe('ink-wash');
    await expectAccessible(c, 'studio with traditions');
    await picker.screenshot({ path: join(SCREENS, 'supports-06-studio-traditions.png') });

    // Self-portrait mode: the kept picture is tagged and appears among the self-portraits.
    await c.getByLabel('Self-portrait mode').check();
    await c.getByLabel('What would you like to see?').fill('a portrait of me as I am today, with a crane and blossoms');
    await c.getByRole('radio', { name: '1' }).check();
    await c.getByRole('button', { name: 'Create picture' }).click();
    await c
      .getByRole('status')
      .filter({ hasText: /picture is ready|pictures are ready/ })
      .waitFor({ timeout: 120_000 });
    await c.getByLabel('Title', { exact: true }).fill('Crane and blossoms');
    await c.getByRole('button', { name: 'Keep in my gallery' }).click();
    await c.getByRole('status').filter({ hasText: 'Kept as a self-portrait.' }).waitFor();
    const series = await client<{ selfPortraits: { title: string }[] }>('GET', `/api/clients/${clientId}/stories`);
    expect(series.selfPortraits.map((s) => s.title)).toEqual(['Crane and blossoms']);
    await expectAccessible(c, 'studio self-portrait kept');
    await shot(c, '07-studio-self-portrait');

    // — Music: the composer offers the tradition's idea first; it fills the words.
    await c.goto(`${server.url}/music`);
    const ideas = c.getByRole('group', { name: 'From the traditions you chose' });
    const idea = ideas.getByRole('button', { name: /koto and shakuhachi/ });
    await idea.click();
    await expect.poll(() => c.getByLabel('What would you like to hear?').inputValue()).toMatch(/^calm japanese koto and shakuhachi/);
    await expectAccessible(c, 'music with traditions');
    await c.locator('form.composer').screenshot({ path: join(SCREENS, 'supports-08-music-traditions.png') });
    await cctx.close();
    expect(problems).toEqual([]);
  }, 480_000);
});
