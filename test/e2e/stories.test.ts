/**
 * Stories in real Chromium against a real `hearth serve`: a client creates a series, adds three
 * works as chapters, writes in them and moves one earlier; the slideshow opens full screen and
 * advances with the keyboard; the storybook PDF downloads and renders to PNG (pdftoppm) with a
 * picture on every chapter page; then/now: two works marked as self-portraits, the overlay's
 * pixels follow the slider; the gallery room draws a non-blank WebGL canvas (SwiftShader) and
 * shows its fallback where WebGL is missing. The therapist opens the client's stories, attaches
 * the series to a draft note and sees the self-portraits' features side by side. axe on every
 * new screen. Screenshots go to test-results/screenshots (docs/screens with HEARTH_DOCS_SCREENS=1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, ROOT, apiAs, ensureWebBuilt, expectAccessible, heading, removeDir, withGenerousTimeouts, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Lena Ortiz', email: 'lena@clinic.example', password: 'amber lamps at dusk 7' };
const CLIENT = { displayName: 'Sam Reyes', email: 'sam@home.example', password: 'a green door in rain 3' };
const SCREENS = process.env.HEARTH_DOCS_SCREENS === '1' ? join(ROOT, 'docs', 'screens') : join(ROOT, 'test-results', 'screenshots');
const OUT = join(ROOT, 'test-results', 'stories');

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  // WebGL through SwiftShader (software), so the gallery room draws in headless Chromium.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  withGenerousTimeouts(browser);
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

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `stories-${name}.png`), fullPage: true });

/** A browser that says it can open immersive VR (no headset is here: asking for a session is refused). */
function fakeXr() {
  Object.defineProperty(navigator, 'xr', {
    value: {
      isSessionSupported: (mode: string) => Promise.resolve(mode === 'immersive-vr'),
      requestSession: () => Promise.reject(new Error('No headset is connected.')),
    },
  });
}

/** A drawing as a PNG data URL: a coloured figure on white (different sizes for different "times"). */
async function drawing(colour: string, r: number): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="100%" height="100%" fill="#fbf7f0"/><circle cx="240" cy="130" r="${r / 2}" fill="${colour}"/><rect x="${240 - r / 2}" y="${130 + r / 2}" width="${r}" height="${r * 1.2}" rx="20" fill="${colour}"/></svg>`;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}

const strokes = (colour: string, pressure: number) => ({
  version: 2,
  width: 480,
  height: 360,
  background: '#fbf7f0',
  strokes: [
    {
      id: 's1',
      tool: 'pen',
      color: colour,
      size: 6,
      opacity: 1,
      points: Array.from({ length: 20 }, (_, i) => ({ x: 100 + i * 12, y: 100 + i * 6, t: i * 30, pressure })),
    },
  ],
});

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(server.url);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Share of pixels of a canvas that differ from its most common colour (0 = blank). */
const canvasVariety = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const src = document.querySelector(`[data-testid="${id}"]`) as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = 160;
    c.height = 100;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < d.length; i += 4) {
      const key = ((d[i]! >> 4) << 8) | ((d[i + 1]! >> 4) << 4) | (d[i + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    return { variety: 1 - top / (c.width * c.height), colours: counts.size };
  }, testId);

describe('stories', () => {
  it('series with timeline, slideshow and storybook PDF; then/now; the gallery room; the therapist’s view', async () => {
    // — The scene: a therapist, a client who consented, three drawings, a piece of music, a draft note.
    const therapist = apiAs(server.url);
    await therapist('POST', '/api/setup', THERAPIST);
    const { id: clientId } = await therapist<{ id: string }>('POST', '/api/clients', { displayName: CLIENT.displayName });
    const invite = await therapist<{ url: string }>('POST', `/api/clients/${clientId}/invites`);
    const client = apiAs(server.url);
    await client('POST', `/api/invites/by-token/${invite.url.split('/join/')[1]!}/accept`, { email: CLIENT.email, password: CLIENT.password });
    const doc = await client<{ version: string }>('GET', '/api/consent/document');
    await client('POST', `/api/clients/${clientId}/consent`, {
      documentVersion: doc.version,
      scopes: ['builtin_ai', 'insights', 'music'],
      signature: CLIENT.displayName,
    });
    const works: string[] = [];
    for (const [title, colour, r, p] of [
      ['Winter', '#3b5b92', 90, 0.3],
      ['Spring', '#4f8a4c', 130, 0.5],
      ['Autumn', '#c0602a', 170, 0.8],
    ] as const) {
      works.push(
        (await client<{ id: string }>('POST', `/api/clients/${clientId}/sketches`, { image: await drawing(colour, r), strokes: strokes(colour, p), title })).id,
      );
    }
    await client('POST', `/api/clients/${clientId}/music`, { prompt: 'gentle slow piano', seconds: 30, seed: 4 });
    const session = await therapist<{ id: string }>('POST', `/api/clients/${clientId}/sessions`, { scheduledAt: '2026-12-01T10:00:00Z', title: 'Review' });
    const note = await therapist<{ id: string }>('POST', `/api/sessions/${session.id}/notes`, { format: 'DAP' });

    // — The client: Stories from the main navigation, a new series.
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    await ctx.addInitScript(fakeXr);
    const problems: string[] = [];
    const page = watch(await ctx.newPage(), problems);
    await signIn(page, CLIENT);
    await heading(page, new RegExp(CLIENT.displayName)).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
    await heading(page, 'Stories').waitFor();
    await expectAccessible(page, 'stories (empty)');
    await page.getByLabel('Title').fill('My year');
    await page.getByLabel('What this series is about (optional)').fill('From a hard winter to a warmer autumn.');
    await page.getByRole('button', { name: 'Create series' }).click();
    await heading(page, 'My year').waitFor();

    // — Three works as chapters, words in each, the last moved earlier; saved in that order.
    for (const t of ['Winter', 'Spring', 'Autumn']) await page.getByRole('button', { name: `Add “${t}”` }).click();
    await expect.poll(() => page.getByTestId('chapter').count()).toBe(3);
    await page.getByLabel('Your words for chapter 1').fill('It was cold and quiet; I stayed inside a lot.');
    await page.getByLabel('Your words for chapter 2').fill('Small green things started to grow.');
    await page.getByLabel('Your words for chapter 3').fill('I can see the colours again.');
    await page.getByLabel('Music for the slideshow').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Move chapter 3 earlier' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor({ state: 'attached' });
    const saved = await client<{ series: { id: string; chapters: { artworkId: string; words: string }[]; musicId: string | null }[] }>(
      'GET',
      `/api/clients/${clientId}/stories`,
    );
    expect(saved.series[0]!.chapters.map((c) => c.artworkId)).toEqual([works[0], works[2], works[1]]);
    expect(saved.series[0]!.chapters[1]!.words).toBe('I can see the colours again.');
    expect(saved.series[0]!.musicId).not.toBeNull();
    await expectAccessible(page, 'series timeline');
    await shot(page, '01-series-timeline');

    // — The slideshow: full screen, keyboard to advance and go back, Esc to close.
    await page.getByRole('button', { name: 'Play slideshow' }).click();
    const show = page.getByRole('dialog', { name: 'Slideshow: My year' });
    await show.waitFor();
    await expect.poll(() => page.getByTestId('slide-count').textContent()).toBe('Chapter 1 of 3');
    await page.keyboard.press('p'); // stop it advancing on its own
    await show.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('slide-count').textContent()).toBe('Chapter 2 of 3');
    await expect.poll(() => show.getByRole('heading', { level: 2 }).last().textContent()).toBe('Autumn');
    // The picture fills the stage once loaded (the server may be busy rendering the music).
    const picture = show.getByRole('img', { name: 'Autumn' });
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await picture.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().height)).toBeGreaterThan(300);
    await page.waitForTimeout(1600); // the cross-fade settles
    await expectAccessible(page, 'slideshow');
    await page.screenshot({ path: join(SCREENS, 'stories-02-slideshow.png') });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('slide-count').textContent()).toBe('Chapter 1 of 3');
    await page.keyboard.press('Escape');
    await show.waitFor({ state: 'detached' });

    // — The storybook: downloaded, rendered to PNG, a picture on every chapter page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download storybook (PDF)' }).click()]);
    const pdfPath = join(OUT, 'storybook.pdf');
    await download.saveAs(pdfPath);
    for (const f of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(join(OUT, f));
    execFileSync('pdftoppm', ['-r', '50', '-png', pdfPath, join(OUT, 'page')], { timeout: 120_000 });
    const pages = readdirSync(OUT)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort();
    expect(pages).toHaveLength(4);
    for (const [i, p] of pages.entries()) {
      const { data, info } = await sharp(join(OUT, p)).raw().toBuffer({ resolveWithObject: true });
      let inked = 0;
      for (let j = 0; j < data.length; j += info.channels) if (data[j]! < 200 || data[j + 1]! < 200 || data[j + 2]! < 200) inked++;
      expect(inked / (info.width * info.height), `page ${i + 1}`).toBeGreaterThan(i === 0 ? 0.01 : 0.03);
    }
    await sharp(join(OUT, pages[0]!)).toFile(join(SCREENS, 'stories-03-storybook-cover.png'));
    await sharp(join(OUT, pages[2]!)).toFile(join(SCREENS, 'stories-04-storybook-chapter.png'));

    // — Then and now: mark two self-portraits; the overlay follows the slider.
    await page.getByRole('link', { name: 'Back to stories' }).click();
    await page.getByRole('link', { name: 'Self-portraits: then and now' }).click();
    await heading(page, 'Self-portraits: then and now').waitFor();
    await page.getByRole('checkbox', { name: '“Winter” is a self-portrait' }).check();
    await page.getByRole('checkbox', { name: '“Autumn” is a self-portrait' }).check();
    const overlay = page.getByTestId('overlay-canvas');
    await overlay.waitFor();
    const centre = () =>
      page.evaluate(() => {
        const c = document.querySelector('[data-testid="overlay-canvas"]') as HTMLCanvasElement;
        return Array.from(
          c
            .getContext('2d')!
            .getImageData(c.width / 2, 173, 1, 1)
            .data.slice(0, 3),
        );
      });
    await expect.poll(async () => (await centre()).join(','), { timeout: 10_000 }).not.toBe('255,255,255');
    const slider = page.getByRole('slider', { name: 'Then ← → Now' });
    await slider.focus();
    await slider.press('Home');
    const then = await centre();
    await slider.press('End');
    const now = await centre();
    expect(
      then.some((v, i) => Math.abs(v - now[i]!) > 40),
      `${then} vs ${now}`,
    ).toBe(true);
    for (let i = 0; i < 5; i++) await slider.press('PageDown');
    const between = await centre();
    expect(between).not.toEqual(then);
    expect(between).not.toEqual(now);
    await expectAccessible(page, 'then and now');
    await shot(page, '05-then-now');

    // — The gallery room: a WebGL canvas with the works, not blank.
    await page.getByRole('link', { name: 'Back to stories' }).click();
    await page.getByRole('link', { name: 'Gallery room' }).click();
    await heading(page, 'Gallery room').waitFor();
    const canvas = page.getByTestId('gallery-canvas');
    await canvas.waitFor();
    await expect.poll(() => canvas.getAttribute('data-loaded'), { timeout: 30_000 }).toBe('3');
    await page.waitForTimeout(500); // a frame with the last texture
    const before = await canvasVariety(page, 'gallery-canvas');
    expect(before.variety).toBeGreaterThan(0.2);
    await expectAccessible(page, 'gallery room');
    await shot(page, '06-gallery-room');
    // "Enter VR" is offered where WebXR says immersive VR is supported, and asks for a session.
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await page.getByText('No headset is connected.').waitFor();
    // Keys walk and turn, a drag looks around: the picture changes.
    const pixels = () =>
      page.evaluate(() => {
        const src = document.querySelector('[data-testid="gallery-canvas"]') as HTMLCanvasElement;
        const c = document.createElement('canvas');
        c.width = 160;
        c.height = 100;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(src, 0, 0, c.width, c.height);
        return Array.from(ctx.getImageData(0, 0, c.width, c.height).data.filter((_, i) => i % 4 === 1));
      });
    /** Share of pixels whose green channel moved by more than 24 levels. */
    const changed = (a: number[], b: number[]) => a.filter((v, i) => Math.abs(v - b[i]!) > 24).length / a.length;
    // With the breathing light steady the room holds still, so a large change is the viewer's.
    await page.getByRole('checkbox', { name: /Breathing light/ }).uncheck();
    // Once the layout has settled (a notice above may have brought a scroll bar), two frames agree.
    let still = await pixels();
    let idle = 1;
    await expect
      .poll(
        async () => {
          await page.waitForTimeout(250);
          const next = await pixels();
          idle = changed(still, next);
          still = next;
          return idle;
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(0.01);
    await canvas.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => changed(still, await pixels())).toBeGreaterThan(0.15);
    console.info(
      `[stories e2e] gallery frames: ${(idle * 100).toFixed(1)}% of pixels changed standing still, ${(changed(still, await pixels()) * 100).toFixed(1)}% after moving`,
    );
    console.info(`[stories e2e] gallery canvas: ${JSON.stringify(before)}`);
    expect(problems).toEqual([]);

    // — Without WebGL: the fallback message and the works as pictures.
    const flat = await browser.newContext({ viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
    await flat.addInitScript(fakeXr);
    await flat.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
    const flatPage = await flat.newPage();
    await signIn(flatPage, CLIENT);
    await heading(flatPage, new RegExp(CLIENT.displayName)).waitFor();
    await flatPage.goto(`${server.url}/stories/gallery`);
    await flatPage.getByTestId('gallery-fallback').waitFor();
    await flatPage.getByText('This browser cannot show 3D').waitFor();
    expect(await flatPage.getByTestId('gallery-canvas').count()).toBe(0);
    expect(await flatPage.getByRole('button', { name: 'Enter VR' }).count()).toBe(0);
    await expectAccessible(flatPage, 'gallery fallback');
    // With reduced motion the slideshow waits for the person (no autoplay) and does not fade.
    await flatPage.goto(`${server.url}/stories/${saved.series[0]!.id}`);
    await heading(flatPage, 'My year').waitFor();
    await flatPage.getByRole('button', { name: 'Play slideshow' }).click();
    const calm = flatPage.getByRole('dialog', { name: 'Slideshow: My year' });
    await calm.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(await calm.locator('.slide--still').count()).toBe(1);
    await flatPage.keyboard.press('End');
    await expect.poll(() => flatPage.getByTestId('slide-count').textContent()).toBe('Chapter 3 of 3');
    await expect.poll(() => calm.locator('figure').count()).toBe(1);
    await flat.close();

    // — The therapist: Stories → the client → the series; attach it to the draft note; features side by side.
    const tctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const tproblems: string[] = [];
    const tpage = watch(await tctx.newPage(), tproblems);
    await signIn(tpage, THERAPIST);
    await tpage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
    await heading(tpage, 'Stories').waitFor();
    await expectAccessible(tpage, 'therapist stories index');
    await tpage.getByRole('link', { name: CLIENT.displayName }).click();
    await heading(tpage, `Stories of ${CLIENT.displayName}`).waitFor();
    await expectAccessible(tpage, 'therapist client stories');
    await tpage.getByRole('link', { name: /My year/ }).click();
    await heading(tpage, 'My year').waitFor();
    await tpage.getByLabel('Draft note').selectOption({ index: 1 });
    await tpage.getByRole('button', { name: 'Add series to note' }).click();
    await tpage.getByRole('status').filter({ hasText: 'The series is attached to the note.' }).waitFor({ state: 'attached' });
    const attached = await therapist<{ series: { id: string }[] }>('GET', `/api/notes/${note.id}/series`);
    expect(attached.series.map((s) => s.id)).toEqual([saved.series[0]!.id]);
    await expectAccessible(tpage, 'therapist series');
    await shot(tpage, '07-therapist-series');
    await tpage.getByRole('link', { name: 'Back to stories' }).click();
    await tpage.getByRole('link', { name: 'Self-portraits: then and now' }).click();
    const table = tpage.getByRole('table', { name: 'What the pictures show, side by side' });
    await table.waitFor({ timeout: 30_000 });
    expect(await table.getByRole('columnheader').count()).toBe(3);
    expect(await table.getByRole('rowheader', { name: 'Line pressure (average)' }).count()).toBe(1);
    await expectAccessible(tpage, 'therapist then and now');
    await shot(tpage, '08-therapist-features');
    expect(tproblems).toEqual([]);
    await tctx.close();
    await ctx.close();
  }, 480_000);
});
