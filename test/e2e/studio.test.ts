/**
 * The Studio in real Chromium against a real `hearth serve`: the client draws with real pointer
 * events (recorded on the server as strokes with rising times), zooms to 200 % and moves the page
 * (a stroke still lands at the right canvas coordinates), picks a colour with the eyedropper,
 * makes two variations (studio drafts, not in the gallery), hides the AI's picture layer (the
 * drawing stays), compares, refines one half of a picture (only that half changes, checked pixel
 * by pixel), moves about the version tree and branches, reloads (the drafts are still there), and
 * keeps one with a title (exactly one work in the gallery); the therapist then finds the work in
 * the client's gallery and replays how it was drawn. axe runs on every screen; desktop and
 * tablet (768 px) screenshots go to test-results/screenshots.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Ines Park', email: 'ines@clinic.example', password: 'harbour lights at dusk' };
const CLIENT = { displayName: 'Sam Ortiz', email: 'sam@home.example', password: 'paper boats in april' };

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

/** An image of the API as raw RGBA. */
async function pixels(who: Caller, url: string) {
  const res = await fetch(`${server.url}${url}`, { headers: { cookie: who.cookie } });
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { bytes, data, width: info.width, height: info.height };
}

interface Art {
  id: string;
  kind: string;
  parentId: string | null;
  title: string;
  imageUrl: string;
  width: number;
  height: number;
}
interface StrokeDoc {
  version: number;
  strokes: { tool: string; points: { x: number; y: number; t: number; pressure: number }[] }[];
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The page fits its viewport's width: no sideways scrolling. */
async function expectFits(page: Page, label: string): Promise<void> {
  const [scroll, client, wide] = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > w + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return [document.documentElement.scrollWidth, w, over.slice(0, 6).join(', ')] as const;
  });
  expect(scroll, `${label}: page wider than the screen (${wide})`).toBeLessThanOrEqual(client);
}

/** Darkness (0 white … 255 black) of the drawing layer (over white) around a point given in fractions. */
function inkAt(page: Page, fx: number, fy: number): Promise<number> {
  return page.evaluate(
    ([x, y]) => {
      const cv = document.querySelector<HTMLCanvasElement>('canvas.studio-canvas')!;
      const d = cv.getContext('2d')!.getImageData(Math.round(x! * cv.width) - 3, Math.round(y! * cv.height) - 3, 7, 7).data;
      let darkest = 0;
      for (let i = 0; i < d.length; i += 4) {
        const a = d[i + 3]! / 255;
        darkest = Math.max(darkest, a * (255 - (d[i]! + d[i + 1]! + d[i + 2]!) / 3));
      }
      return darkest;
    },
    [fx, fy],
  );
}

/** A hash of every pixel of the drawing layer. */
function drawingPixels(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cv = document.querySelector<HTMLCanvasElement>('canvas.studio-canvas')!;
    const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
    let h = 2166136261;
    let ink = 0;
    for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i]!, 16777619);
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) ink++;
    return `${h >>> 0}:${ink}`;
  });
}

/** Drags the mouse through `points` (fractions of the element's box) as one stroke. */
async function drag(page: Page, target: Locator, points: readonly [number, number][], steps = 6): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  const [x0, y0] = at(points[0]!);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (const p of points.slice(1)) {
    const [x, y] = at(p);
    await page.mouse.move(x, y, { steps });
  }
  await page.mouse.up();
}

describe('the studio', () => {
  it('draw → two variations → compare → refine half → version tree and branch → save → therapist sees it', async () => {
    // — Seed through the API: therapist, client who joins and signs the consent document.
    const therapist = (await call('POST', '/api/setup', null, THERAPIST)).caller!;
    const client = (await call<{ id: string }>('POST', '/api/clients', therapist, { displayName: CLIENT.displayName })).json;
    const invite = (await call<{ url: string }>('POST', `/api/clients/${client.id}/invites`, therapist)).json;
    const token = invite.url.split('/').pop()!;
    const sam = (await call('POST', `/api/invites/by-token/${token}/accept`, null, { email: CLIENT.email, password: CLIENT.password })).caller!;
    const doc = (await call<{ version: string }>('GET', '/api/consent/document', sam)).json;
    await call('POST', `/api/clients/${client.id}/consent`, sam, {
      documentVersion: doc.version,
      scopes: ['builtin_ai', 'insights', 'music', 'group'],
      signature: CLIENT.displayName,
    });
    const artworks = async () => (await call<{ artworks: Art[] }>('GET', `/api/clients/${client.id}/artworks`, sam)).json.artworks;
    const studioDrafts = async () => (await call<{ drafts: Art[]; history: Art[] }>('GET', `/api/clients/${client.id}/studio/drafts`, sam)).json;
    /** Everything the client made: the gallery, the drafts not kept and the kept works' drawings. */
    const allWorks = async () => {
      const d = await studioDrafts();
      return [...(await artworks()), ...d.drafts, ...d.history];
    };

    // — The client opens the studio from their home page and starts on a blank page.
    const problems: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const c = watch(await ctx.newPage(), problems);
    let current = c;
    onTestFailed(async () => {
      await screenshot(current, 'studio-failed').catch(() => undefined);
    });
    await signIn(c, CLIENT);
    await c.getByRole('link', { name: 'Open the studio' }).click();
    await heading(c, 'Studio').waitFor();
    await heading(c, 'How would you like to begin?', 2).waitFor();
    await expectAccessible(c, 'studio start');
    await expectFits(c, 'studio-01-start');
    await screenshot(c, 'studio-01-start');
    await c.getByRole('button', { name: /Draw on a blank page/ }).click();

    // — Draw three strokes with real pointer events; undo the third, redo it.
    const canvas = c.getByRole('img', { name: /^Your drawing/ });
    await canvas.waitFor();
    await drag(c, canvas, [
      [0.1, 0.7],
      [0.4, 0.65],
      [0.7, 0.72],
      [0.9, 0.7],
    ]);
    await c.getByRole('slider', { name: /^Size/ }).fill('14');
    await drag(c, canvas, [
      [0.5, 0.2],
      [0.6, 0.3],
      [0.5, 0.42],
      [0.4, 0.3],
      [0.5, 0.2],
    ]);
    await c.getByRole('radio', { name: 'Marker' }).check();
    await drag(c, canvas, [
      [0.2, 0.9],
      [0.8, 0.9],
    ]);
    await c.getByRole('img', { name: 'Your drawing: 3 strokes' }).waitFor();
    await expect.poll(() => inkAt(c, 0.5, 0.9)).toBeGreaterThan(150);
    await c.getByRole('button', { name: 'Undo' }).click();
    await c.getByRole('img', { name: 'Your drawing: 2 strokes' }).waitFor();
    await expect.poll(() => inkAt(c, 0.5, 0.9)).toBeLessThan(30);
    await c.getByRole('button', { name: 'Redo' }).click();
    await c.getByRole('img', { name: 'Your drawing: 3 strokes' }).waitFor();
    // What redo brings back is painted again, with the strokes before it.
    await expect.poll(() => inkAt(c, 0.5, 0.9)).toBeGreaterThan(150);
    expect(await inkAt(c, 0.4, 0.65)).toBeGreaterThan(150);
    // The live preview (in its Web Worker) has drawn something.
    await c.getByText('Live preview — the final picture is larger').waitFor();

    // — Zoom to 200 % with the buttons (around the frame's centre), move the page with the hand
    //   tool, and draw: the stroke lands where the pointer was on the zoomed page.
    const frame = c.getByRole('group', { name: /^Canvas at/ });
    const zoomLevel = c.getByRole('status', { name: 'Zoom level' }).or(c.locator('output.canvas-toolbar__zoom'));
    for (let i = 0; i < 3; i++) await c.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomLevel.first().textContent()).toBe('200%');
    const hand = c.getByRole('button', { name: 'Move page' });
    await hand.click();
    expect(await hand.getAttribute('aria-pressed')).toBe('true');
    await frame.scrollIntoViewIfNeeded();
    let fb = (await frame.boundingBox())!;
    const [dx, dy] = [120, 90];
    await c.mouse.move(fb.x + fb.width * 0.5, fb.y + fb.height * 0.5);
    await c.mouse.down();
    await c.mouse.move(fb.x + fb.width * 0.5 + dx, fb.y + fb.height * 0.5 + dy, { steps: 5 });
    await c.mouse.up();
    await hand.click();
    expect(await hand.getAttribute('aria-pressed')).toBe('false');
    await c.getByRole('radio', { name: 'Pen' }).check();
    // Points are read against the frame where it is now (the clicks above may have scrolled the page).
    await frame.scrollIntoViewIfNeeded();
    fb = (await frame.boundingBox())!;
    await expectAccessible(c, 'studio zoomed');
    await screenshot(c, 'studio-02a-zoomed');
    // The model of the view: zooming 100 → 200 % around the centre puts the page at −(w/2, h/2), the drag adds (dx, dy).
    const toCanvas = (sx: number, sy: number) => [
      ((sx - fb.x - (dx - fb.width / 2)) / (2 * fb.width)) * 768,
      ((sy - fb.y - (dy - fb.height / 2)) / (2 * fb.height)) * 576,
    ];
    const from: [number, number] = [fb.x + fb.width * 0.35, fb.y + fb.height * 0.4];
    const to: [number, number] = [fb.x + fb.width * 0.65, fb.y + fb.height * 0.6];
    await c.mouse.move(...from);
    await c.mouse.down();
    await c.mouse.move(...to, { steps: 8 });
    await c.mouse.up();
    await c.getByRole('img', { name: 'Your drawing: 4 strokes' }).waitFor();
    const zoomedStroke = { from: toCanvas(...from), to: toCanvas(...to) };
    // Ctrl + wheel zooms around the pointer too; "Fit page" brings back 100 %.
    await c.getByRole('button', { name: 'Fit page' }).click();
    await expect.poll(() => zoomLevel.first().textContent()).toBe('100%');
    await frame.scrollIntoViewIfNeeded();
    fb = (await frame.boundingBox())!;
    await c.mouse.move(fb.x + fb.width * 0.5, fb.y + fb.height * 0.5);
    await c.keyboard.down('Control');
    await c.mouse.wheel(0, -300);
    await c.keyboard.up('Control');
    await expect.poll(async () => Number((await zoomLevel.first().textContent())!.replace('%', ''))).toBeGreaterThan(100);
    await c.getByRole('button', { name: 'Fit page' }).click();
    // The keyboard zooms the focused frame as well.
    await frame.focus();
    await c.keyboard.press('+');
    await expect.poll(() => zoomLevel.first().textContent()).toBe('125%');
    await c.keyboard.press('0');
    await expect.poll(() => zoomLevel.first().textContent()).toBe('100%');

    // — Colour wheel and eyedropper: type a colour, draw with it, choose another, pick it back from the page.
    const hex = c.getByLabel('Hex colour');
    await hex.fill('#1e90ff');
    await c.getByRole('radio', { name: 'Marker' }).check();
    await c.getByRole('slider', { name: /^Size/ }).fill('30');
    await drag(c, canvas, [
      [0.75, 0.15],
      [0.9, 0.15],
    ]);
    await c.getByRole('img', { name: 'Your drawing: 5 strokes' }).waitFor();
    // The hue ring answers the keyboard: → turns the hue by a degree.
    const ring = c.getByRole('slider', { name: 'Hue' });
    const hueBefore = Number(await ring.getAttribute('aria-valuenow'));
    await ring.focus();
    await c.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await ring.getAttribute('aria-valuenow'))).toBe((hueBefore + 1) % 360);
    await c.getByRole('button', { name: 'Use colour #2b2420' }).click();
    await expect.poll(() => hex.inputValue()).toBe('#2b2420');
    await c.getByRole('button', { name: 'Pick colour' }).click();
    await canvas.scrollIntoViewIfNeeded();
    const cb = (await canvas.boundingBox())!;
    await c.mouse.click(cb.x + cb.width * 0.825, cb.y + cb.height * 0.15);
    await expect.poll(() => hex.inputValue()).toBe('#1e90ff');
    await c.getByRole('status').filter({ hasText: 'Picked the colour #1e90ff.' }).waitFor();
    expect(await c.getByRole('button', { name: 'Pick colour' }).getAttribute('aria-pressed')).toBe('false');
    // The same from the keyboard: a cross-hair moved with the arrow keys (Shift: 5 % of the page,
    // plain: 1 %), announced in a live region; Enter picks the colour under it.
    await c.getByRole('button', { name: 'Use colour #2b2420' }).click();
    await expect.poll(() => hex.inputValue()).toBe('#2b2420');
    await c.getByRole('button', { name: 'Pick colour' }).click();
    await expect.poll(() => frame.getAttribute('aria-label')).toMatch(/Picking a colour/);
    await frame.focus();
    for (let k = 0; k < 8; k++) await c.keyboard.press('Shift+ArrowRight');
    for (let k = 0; k < 3; k++) await c.keyboard.press('ArrowRight');
    for (let k = 0; k < 7; k++) await c.keyboard.press('Shift+ArrowUp');
    const reticle = c.locator('.studio-reticle');
    // 768 × 576 page: from the centre (384, 288) by 8 × 29 + 3 × 6 across and 7 × 29 up — on the blue stroke.
    expect([Number(await reticle.getAttribute('data-x')), Number(await reticle.getAttribute('data-y'))]).toEqual([634, 85]);
    await c.getByText('Cross-hair at 83% across, 15% down: #1e90ff.').waitFor({ state: 'attached' });
    await c.keyboard.press('Enter');
    await expect.poll(() => hex.inputValue()).toBe('#1e90ff');
    expect(await c.getByRole('button', { name: 'Pick colour' }).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => reticle.count()).toBe(0);

    // — Words, two variations.
    await c.getByLabel('What would you like to see?').fill('a calm blue lake under the moon, watercolour');
    await c.getByLabel('Leave out (optional)').fill('no red');
    await c.getByRole('radio', { name: '2' }).check();
    await expectAccessible(c, 'studio drawing');
    await expectFits(c, 'studio-02-drawing');
    await screenshot(c, 'studio-02-drawing');
    await c.getByRole('button', { name: 'Create 2 pictures' }).click();
    await c.getByRole('status').filter({ hasText: '2 pictures are ready' }).waitFor();

    // Nothing is in the gallery yet: the drawing and both variations are studio drafts.
    expect(await artworks()).toEqual([]);
    const afterGenerate = (await studioDrafts()).drafts;
    const sketch = afterGenerate.find((a) => a.kind === 'sketch')!;
    expect(sketch).toBeDefined();
    // The strokes are on the server as drawn: 5 strokes, times rising within and across strokes.
    const strokes = (await call<{ strokes: StrokeDoc }>('GET', `/api/artworks/${sketch.id}/strokes`, sam)).json.strokes;
    expect(strokes.version).toBe(2);
    expect(strokes.strokes.map((s) => s.tool)).toEqual(['pen', 'pen', 'marker', 'pen', 'marker']);
    let lastT = -1;
    for (const s of strokes.strokes) {
      expect(s.points.length).toBeGreaterThanOrEqual(2);
      for (const p of s.points) {
        expect(p.t).toBeGreaterThanOrEqual(lastT);
        lastT = p.t;
      }
      expect(s.points.at(-1)!.t).toBeGreaterThan(s.points[0]!.t);
    }
    // The first stroke runs left to right across the canvas (768 px wide) near 70% height.
    const first = strokes.strokes[0]!.points;
    expect(first[0]!.x).toBeLessThan(768 * 0.15);
    expect(first.at(-1)!.x).toBeGreaterThan(768 * 0.85);
    // The stroke drawn at 200 %, after moving the page, is in canvas coordinates (within a pixel or two).
    const z = strokes.strokes[3]!.points;
    expect(Math.abs(z[0]!.x - zoomedStroke.from[0]!)).toBeLessThan(2);
    expect(Math.abs(z[0]!.y - zoomedStroke.from[1]!)).toBeLessThan(2);
    expect(Math.abs(z.at(-1)!.x - zoomedStroke.to[0]!)).toBeLessThan(2);
    expect(Math.abs(z.at(-1)!.y - zoomedStroke.to[1]!)).toBeLessThan(2);
    // …which at 200 % covers half the screen distance it would at 100 %.
    expect(Math.abs(z.at(-1)!.x - z[0]!.x)).toBeCloseTo(((to[0] - from[0]) / fb.width / 2) * 768, 0);

    const generated = afterGenerate.filter((a) => a.kind === 'generated');
    expect(generated).toHaveLength(2);
    expect(generated.every((g) => g.parentId === sketch.id)).toBe(true);
    const [v1, v2] = await Promise.all(generated.map((g) => pixels(sam, g.imageUrl)));
    expect(v1!.bytes.equals(v2!.bytes)).toBe(false);

    // — Layers: the picture lies under the drawing; hiding it leaves every drawing pixel as it was.
    const pictureLayer = c.locator('img.studio-canvas-picture');
    await expect.poll(() => pictureLayer.isVisible()).toBe(true);
    const inked = await drawingPixels(c);
    await c.getByLabel('Show the picture').uncheck();
    await expect.poll(() => pictureLayer.isVisible()).toBe(false);
    expect(await drawingPixels(c)).toBe(inked);
    expect(Number(inked.split(':')[1])).toBeGreaterThan(1000);
    await c.getByLabel('Show the picture').check();
    await c.getByLabel('Opacity of the picture').fill('50');
    await expect.poll(() => pictureLayer.evaluate((e) => getComputedStyle(e).opacity)).toBe('0.5');
    await expectAccessible(c, 'studio layers');
    await screenshot(c, 'studio-02b-layers');
    // Full screen on the desktop: the canvas fills the window; Esc leaves it.
    await c.getByRole('button', { name: 'Full screen' }).click();
    await c.locator('section.studio-work--full').waitFor();
    await expectAccessible(c, 'studio full screen');
    await screenshot(c, 'studio-02c-full-screen');
    await c.keyboard.press('Escape');
    await expect.poll(() => c.locator('section.studio-work--full').count()).toBe(0);

    // — Compare: side by side, then the overlay slider.
    const results = c.getByRole('region', { name: 'Your pictures' });
    await results.getByRole('list', { name: 'Variations' }).getByRole('button').nth(1).waitFor();
    const compare = results.getByRole('region', { name: 'Compare' });
    await compare.getByRole('img', { name: 'Your drawing' }).waitFor();
    await compare.getByRole('img', { name: 'New picture' }).waitFor();
    await expectAccessible(c, 'studio results');
    await expectFits(c, 'studio-03-compare');
    await screenshot(c, 'studio-03-compare');
    await compare.getByRole('radio', { name: 'Overlay' }).check();
    await compare.getByRole('slider').fill('30');
    await compare.getByText('30%').waitFor();
    await expectFits(c, 'studio-04-overlay');
    await screenshot(c, 'studio-04-overlay');

    // — Refine the first variation: paint over its left half with the mouse.
    await results.getByRole('button', { name: 'Variation 1' }).click();
    await results.getByRole('button', { name: 'Change part of this picture' }).click();
    const marks = results.getByRole('img', { name: 'Area to change, painted over the picture' });
    await marks.waitFor();
    await results.getByRole('slider', { name: /^Brush/ }).fill('150');
    // Brush 150 px on a 768 × 576 picture: rows of strokes that stay left of the middle.
    for (const fy of [0.12, 0.35, 0.6, 0.85])
      await drag(
        c,
        marks,
        [
          [0.02, fy],
          [0.38, fy],
        ],
        8,
      );
    await results.getByLabel('What should change there?').fill('a warm golden sunrise');
    await expectAccessible(c, 'studio refine');
    await expectFits(c, 'studio-05-refine-mask');
    await screenshot(c, 'studio-05-refine-mask');
    await results.getByRole('button', { name: 'Change this area' }).click();
    await c.getByRole('status').filter({ hasText: 'The painted area has changed' }).waitFor();
    await results.getByRole('img', { name: 'Refined picture' }).waitFor();
    await expectFits(c, 'studio-06-refined');
    await screenshot(c, 'studio-06-refined');

    expect(await artworks()).toEqual([]);
    const refined = (await studioDrafts()).drafts.find((a) => a.kind === 'inpainted')!;
    expect(refined).toBeDefined();
    const original = generated.find((g) => g.id === refined.parentId)!;
    expect(original).toBeDefined();
    const po = await pixels(sam, original.imageUrl);
    const pr = await pixels(sam, refined.imageUrl);
    expect([pr.width, pr.height]).toEqual([po.width, po.height]);
    let rightChanged = 0;
    let leftChanged = 0;
    let leftTotal = 0;
    for (let y = 0; y < po.height; y++) {
      for (let x = 0; x < po.width; x++) {
        const i = (y * po.width + x) * 4;
        const changed = po.data[i] !== pr.data[i] || po.data[i + 1] !== pr.data[i + 1] || po.data[i + 2] !== pr.data[i + 2];
        if (x >= po.width / 2) rightChanged += changed ? 1 : 0;
        else if (x < po.width * 0.35) {
          leftTotal++;
          leftChanged += changed ? 1 : 0;
        }
      }
    }
    expect(rightChanged).toBe(0);
    expect(leftChanged / leftTotal).toBeGreaterThan(0.5);
    // …into a picture, not a hole: hardly any near-black pixels where it changed.
    let leftBlack = 0;
    for (let y = 0; y < pr.height; y++)
      for (let x = 0; x < pr.width * 0.35; x++) {
        const i = (y * pr.width + x) * 4;
        if (pr.data[i]! + pr.data[i + 1]! + pr.data[i + 2]! < 30) leftBlack++;
      }
    expect(leftBlack / leftTotal).toBeLessThan(0.05);

    // — The version tree: drawing → picture → refined (3 levels); branch from the first picture.
    const tree = c.getByRole('navigation', { name: 'Versions of this work' });
    await tree.locator('ul ul ul button').first().waitFor();
    expect(await tree.locator('> ul > li').count()).toBe(1);
    expect(await tree.locator('> ul > li > ul > li').count()).toBe(2);
    await expectAccessible(c, 'studio versions');
    const firstPicture = tree
      .locator('> ul > li > ul > li')
      .filter({ has: c.locator('ul') })
      .locator('> button');
    await firstPicture.click();
    await c.getByRole('status').filter({ hasText: 'is open. You can refine it or branch from it.' }).waitFor();
    await results.getByRole('button', { name: 'Change part of this picture' }).click();
    await results.getByRole('button', { name: 'Bottom half' }).click();
    await results.getByLabel('What should change there?').fill('stars on the water');
    await results.getByRole('button', { name: 'Change this area' }).click();
    await c.getByRole('status').filter({ hasText: 'The painted area has changed' }).waitFor();
    const refinedKids = tree
      .locator('> ul > li > ul > li')
      .filter({ has: c.locator('ul') })
      .locator('> ul > li');
    await expect.poll(() => refinedKids.count()).toBe(2);
    const all = await allWorks();
    const inpainted = all.filter((a) => a.kind === 'inpainted');
    expect(inpainted).toHaveLength(2);
    expect(new Set(inpainted.map((a) => a.parentId))).toEqual(new Set([original.id]));
    await expectFits(c, 'studio-07-branch');
    await screenshot(c, 'studio-07-branch');

    // — Reload: the drafts are still there (on the server), listed in the studio; open the newest refinement.
    await c.reload();
    await heading(c, 'How would you like to begin?', 2).waitFor();
    const draftsList = c.getByRole('region', { name: 'Not kept yet' });
    await draftsList.getByRole('button', { name: /Open$/ }).nth(3).waitFor();
    // Two pictures and two refinements (the drawing is reached through its pictures).
    expect(await draftsList.getByRole('button', { name: /Open$/ }).count()).toBe(4);
    expect(await artworks()).toEqual([]);
    await expectAccessible(c, 'studio drafts after reload');
    await screenshot(c, 'studio-07a-drafts-after-reload');
    await draftsList
      .getByRole('button', { name: /^Refined/ })
      .first()
      .click();
    await c.getByRole('status').filter({ hasText: 'Your work is open.' }).waitFor();
    await c.getByRole('img', { name: 'Your drawing: 5 strokes' }).waitFor();

    // — Keep the chosen version with a title: a title from the words is offered; the client gives their own.
    const title = c.getByLabel('Title', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('Calm blue lake under the moon');
    await title.fill('Moon over the lake');
    await c.getByRole('button', { name: 'Keep in my gallery' }).click();
    await c.getByRole('status').filter({ hasText: '“Moon over the lake” is in your gallery.' }).waitFor();
    await expectAccessible(c, 'studio kept');
    await expectFits(c, 'studio-08-saved');
    await screenshot(c, 'studio-08-saved');
    const gallery = await artworks();
    expect(gallery.map((a) => a.title)).toEqual(['Moon over the lake']);
    const saved = gallery[0]!;
    expect(saved.kind).toBe('inpainted');
    // The drawing and the picture it refines are the kept work's history now; the other variation
    // and the other refinement stay drafts until the client decides.
    const afterKeep = await studioDrafts();
    expect(new Set(afterKeep.history.map((a) => a.id))).toEqual(new Set([sketch.id, original.id]));
    expect(afterKeep.drafts).toHaveLength(2);

    // — On a tablet, the client opens the saved work and goes on in the studio (/studio/:id):
    //   the drawing is back on the canvas, the words are there, and a new picture joins the same tree.
    await c.setViewportSize({ width: 768, height: 1024 });
    await c.goto(`${server.url}/artworks/${saved.id}`);
    await heading(c, 'Moon over the lake').waitFor();
    await c.getByRole('link', { name: 'Refine in the studio' }).click();
    await heading(c, 'Studio').waitFor();
    await c.getByRole('status').filter({ hasText: 'Moon over the lake is open.' }).waitFor();
    await c.getByRole('navigation', { name: 'Versions of this work' }).locator('[aria-current="true"]').filter({ hasText: 'Moon over the lake' }).waitFor();
    await c.getByRole('img', { name: 'Your drawing: 5 strokes' }).waitFor();
    await expect(c.getByLabel('What would you like to see?').inputValue()).resolves.toBe('a calm blue lake under the moon, watercolour');
    await expectAccessible(c, 'studio continue (tablet)');
    await expectFits(c, 'studio-09-tablet-continue');
    await screenshot(c, 'studio-09-tablet-continue');
    await c.getByRole('radio', { name: '1', exact: true }).check();
    await c.getByRole('button', { name: 'Create picture' }).click();
    await c.getByRole('status').filter({ hasText: 'Your picture is ready.' }).waitFor();
    const later = await allWorks();
    expect(later.filter((a) => a.kind === 'sketch')).toHaveLength(1);
    expect(later.filter((a) => a.kind === 'generated' && a.parentId === sketch.id)).toHaveLength(3);
    expect((await artworks()).map((a) => a.title)).toEqual(['Moon over the lake']);

    // Full screen on the tablet: the canvas fills the window; Esc leaves it with focus on the toggle.
    const full = c.getByRole('button', { name: 'Full screen' });
    await full.click();
    const work = c.locator('section.studio-work--full');
    await work.waitFor();
    const wb = (await work.boundingBox())!;
    expect(wb.width).toBeGreaterThanOrEqual(760);
    expect(wb.height).toBeGreaterThanOrEqual(1000);
    // The canvas gets the window; the tools (one row: view tools and the tray's toggle) ≤ 20 % of it.
    const fullFrame = (await work.locator('.studio-canvas-frame').boundingBox())!;
    expect(fullFrame.height).toBeGreaterThanOrEqual(1024 * 0.75);
    const tb = (await work.getByRole('toolbar', { name: 'Canvas view' }).boundingBox())!;
    expect(tb.height).toBeLessThanOrEqual(1024 * 0.2);
    expect(await work.getByRole('radio', { name: 'Marker' }).isVisible()).toBe(false);
    // The page keeps its proportions inside the frame (768 × 576).
    const pb = (await work.locator('.studio-canvas').boundingBox())!;
    expect(pb.width / pb.height).toBeCloseTo(768 / 576, 1);
    await expectAccessible(c, 'studio full screen (tablet)');
    await screenshot(c, 'studio-09a-tablet-full-screen');
    // The tray opens over the page with the brushes and layers, and folds away again.
    await c.getByRole('button', { name: 'Show tools' }).click();
    await work.getByRole('radio', { name: 'Marker' }).waitFor();
    expect(await c.getByRole('button', { name: 'Hide tools' }).getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(c, 'studio full screen, tools open (tablet)');
    await screenshot(c, 'studio-09b-tablet-full-screen-tools');
    await c.getByRole('button', { name: 'Hide tools' }).click();
    await expect.poll(() => work.getByRole('radio', { name: 'Marker' }).isVisible()).toBe(false);
    await c.keyboard.press('Escape');
    await expect.poll(() => work.count()).toBe(0);
    await expect.poll(() => c.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Full screen');

    // A new drawing on the tablet: a fresh, blank page.
    await c.goto(`${server.url}/studio`);
    await c.getByRole('button', { name: /Draw on a blank page/ }).click();
    await canvas.waitFor();
    await drag(c, canvas, [
      [0.2, 0.2],
      [0.8, 0.8],
    ]);
    await c.getByRole('img', { name: 'Your drawing: 1 stroke' }).waitFor();
    await expectAccessible(c, 'studio drawing (tablet)');
    await expectFits(c, 'studio-10-tablet-drawing');
    await screenshot(c, 'studio-10-tablet-drawing');
    await ctx.close();

    // — The therapist finds the saved work in the client's gallery, and replays the drawing.
    const tctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const t = watch(await tctx.newPage(), problems);
    current = t;
    await signIn(t, THERAPIST);
    await heading(t, 'Your day').waitFor();
    await t.goto(`${server.url}/clients/${client.id}/works`);
    await heading(t, CLIENT.displayName).waitFor();
    await t
      .getByRole('link', { name: /Moon over the lake/ })
      .first()
      .waitFor();
    await expectFits(t, 'studio-11-therapist-gallery');
    await screenshot(t, 'studio-11-therapist-gallery');
    // The kept work replays the drawing it was made from (its process is complete).
    await t.goto(`${server.url}/artworks/${saved.id}`);
    await t.getByRole('region', { name: 'Replay how it was drawn' }).getByRole('img', { name: 'Replay of the drawing: 0 of 5 strokes drawn' }).waitFor();

    await t.goto(`${server.url}/artworks/${sketch.id}`);
    const replay = t.getByRole('region', { name: 'Replay how it was drawn' });
    await replay.getByRole('img', { name: 'Replay of the drawing: 0 of 5 strokes drawn' }).waitFor();
    expect(await t.getByRole('link', { name: 'Refine in the studio' }).count()).toBe(0);
    await replay.getByRole('radio', { name: '16×' }).check();
    await replay.getByRole('button', { name: 'Play the replay' }).click();
    await replay.getByRole('img', { name: 'Replay of the drawing: 5 of 5 strokes drawn' }).waitFor();
    await replay.getByRole('button', { name: 'Play the replay again' }).waitFor();
    const replayInk = () =>
      t.evaluate(() => {
        const cv = document.querySelector<HTMLCanvasElement>('canvas.replay__canvas')!;
        const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 300) dark++;
        return dark;
      });
    const inkAll = await replayInk();
    expect(inkAll).toBeGreaterThan(500);
    // Scrub back to the start: the page is blank again; to the middle: part of the drawing.
    const scrub = replay.getByRole('slider', { name: 'Position in the replay' });
    await scrub.fill('0');
    await replay.getByRole('img', { name: 'Replay of the drawing: 0 of 5 strokes drawn' }).waitFor();
    // At the very start only the first dab of the first stroke shows.
    expect(await replayInk()).toBeLessThan(inkAll / 20);
    const mid = Math.round(Number(await scrub.getAttribute('max')) * 0.5);
    await scrub.fill(String(mid));
    await expect.poll(replayInk).toBeGreaterThan(0);
    expect(await replayInk()).toBeLessThan(inkAll);
    await expectAccessible(t, 'artwork replay');
    await expectFits(t, 'studio-12-replay');
    await screenshot(t, 'studio-12-replay');
    await tctx.close();

    expect(problems).toEqual([]);
  }, 480_000);
  it('the therapist watches the client draw live during a session', async () => {
    // Signed in through the API (the first test set up both accounts); a session is in progress.
    const therapist = (await call('POST', '/api/auth/login', null, { email: THERAPIST.email, password: THERAPIST.password })).caller!;
    const client = (await call<{ clients: { id: string; displayName: string }[] }>('GET', '/api/clients', therapist)).json.clients.find(
      (x) => x.displayName === CLIENT.displayName,
    )!;
    const session = (
      await call<{ id: string }>('POST', `/api/clients/${client.id}/sessions`, therapist, { title: 'Drawing together', scheduledAt: new Date().toISOString() })
    ).json;
    await call('PATCH', `/api/sessions/${session.id}`, therapist, { status: 'in_progress' });

    const problems: string[] = [];
    const cctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const c = watch(await cctx.newPage(), problems);
    const tctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const t = watch(await tctx.newPage(), problems);
    onTestFailed(async () => {
      await screenshot(t, 'studio-live-failed-therapist').catch(() => undefined);
      await screenshot(c, 'studio-live-failed-client').catch(() => undefined);
    });

    await signIn(c, CLIENT);
    await c.getByRole('link', { name: 'Open the studio' }).click();
    await c.getByRole('button', { name: /Draw on a blank page/ }).click();
    const canvas = c.getByRole('img', { name: /^Your drawing/ });
    await drag(c, canvas, [
      [0.2, 0.5],
      [0.5, 0.4],
      [0.8, 0.5],
    ]);

    await signIn(t, THERAPIST);
    await heading(t, 'Your day').waitFor();
    await t.goto(`${server.url}/clients/${client.id}`);
    await t.getByRole('link', { name: 'Watch live' }).click();
    await heading(t, 'Live canvas').waitFor();
    const liveCanvas = t.getByRole('img', { name: `${CLIENT.displayName}’s canvas: 1 stroke` });
    await liveCanvas.waitFor();
    // The client is told, in the studio, that they are being watched.
    await c.getByText('Your therapist is watching your canvas live during this session.').waitFor();
    await drag(c, canvas, [
      [0.3, 0.8],
      [0.7, 0.8],
    ]);
    await t.getByRole('img', { name: `${CLIENT.displayName}’s canvas: 2 strokes` }).waitFor();
    const inked = await t.evaluate(() => {
      const cv = document.querySelector<HTMLCanvasElement>('canvas.live-view__canvas')!;
      const d = cv.getContext('2d')!.getImageData(0, Math.round(cv.height * 0.8) - 4, cv.width, 9).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 300) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);
    // Undo in the studio: the live picture follows.
    await c.getByRole('button', { name: 'Undo' }).click();
    await t.getByRole('img', { name: `${CLIENT.displayName}’s canvas: 1 stroke` }).waitFor();
    await expectAccessible(t, 'live canvas');
    await expectFits(t, 'studio-13-live-therapist');
    await screenshot(t, 'studio-13-live-therapist');
    await expectAccessible(c, 'studio while watched');
    await screenshot(c, 'studio-14-live-client');

    // The session ends: the view says so.
    await call('PATCH', `/api/sessions/${session.id}`, therapist, { status: 'completed' });
    await drag(c, canvas, [
      [0.1, 0.1],
      [0.2, 0.2],
    ]);
    await t.getByText('The session has ended').waitFor();
    await cctx.close();
    await tctx.close();
    expect(problems).toEqual([]);
  }, 480_000);

  it('a photo of paper art on a table: the studio shows the sheet straightened, with the whole photo one click away', async () => {
    const problems: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const c = watch(await ctx.newPage(), problems);
    onTestFailed(async () => {
      await screenshot(c, 'studio-photo-failed').catch(() => undefined);
    });
    // A 4:3 photo: a square sheet with a drawn peak, in slight perspective on a brown table.
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#6a5443"/>' +
      '<polygon points="184,60 600,52 636,540 152,548" fill="#f2ede2"/><path d="M240 400 L400 160 L560 400" stroke="#333" stroke-width="6" fill="none"/></svg>';
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
    await signIn(c, CLIENT);
    await c.getByRole('link', { name: 'Open the studio' }).click();
    await heading(c, 'How would you like to begin?', 2).waitFor();
    await c.locator('input[type=file]').first().setInputFiles({ name: 'sheet-on-table.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    const sheet = c.getByTestId('straightened-paper');
    await sheet.waitFor({ timeout: 30_000 });
    await c.getByText('Your sheet of paper was found and straightened; only the paper is used.').waitFor();
    // The sheet, not the photo: square (the photo is 4:3), and no brown table in its corners.
    const shown = await sheet.evaluate((img: HTMLImageElement) => {
      const cv = document.createElement('canvas');
      cv.width = img.naturalWidth;
      cv.height = img.naturalHeight;
      const g = cv.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const corner = (x: number, y: number) => [...g.getImageData(x, y, 1, 1).data].slice(0, 3);
      const [r, b] = [cv.width - 3, cv.height - 3];
      return { w: img.naturalWidth, h: img.naturalHeight, corners: [corner(2, 2), corner(r, 2), corner(2, b), corner(r, b)] };
    });
    expect(Math.abs(shown.w / shown.h - 1)).toBeLessThan(0.03);
    for (const [r, g, b] of shown.corners) expect(Math.min(r!, g!, b!), 'paper, not table, at the corners').toBeGreaterThan(200);
    await screenshot(c, 'studio-photo-straightened');
    // One click uses the whole photo instead (and one more goes back to the sheet).
    await c.getByRole('button', { name: 'Use the whole photo instead' }).click();
    await c.getByText('The whole photo is used, as you chose.').waitFor();
    expect(await sheet.count()).toBe(0);
    await c.getByRole('button', { name: 'Use only the sheet of paper' }).click();
    await sheet.waitFor();
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('words in the studio that suggest danger bring the crisis resources at once, and the therapist gets an alert', async () => {
    const problems: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const c = watch(await ctx.newPage(), problems);
    onTestFailed(async () => {
      await screenshot(c, 'studio-crisis-failed').catch(() => undefined);
    });
    await signIn(c, CLIENT);
    await c.getByRole('link', { name: 'Open the studio' }).click();
    await c.getByRole('button', { name: /Start with words only/ }).click();
    await c.getByLabel('What would you like to see?').fill('me standing on the bridge tonight, ready to jump');
    await c
      .getByRole('button', { name: /^Create/ })
      .first()
      .click();
    const notice = c.getByRole('alert').filter({ has: c.getByRole('heading', { name: 'You don’t have to carry this alone' }) });
    await notice.waitFor();
    await expect(notice.getByText(/Emergency services/).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(c, 'studio crisis notice');
    await screenshot(c, 'studio-15-crisis-notice');
    const therapist = (await call('POST', '/api/auth/login', null, { email: THERAPIST.email, password: THERAPIST.password })).caller!;
    const alerts = (await call<{ alerts: { source: string; level: string }[] }>('GET', '/api/alerts', therapist)).json.alerts;
    expect(alerts.some((a) => a.source === 'artwork' && a.level === 'urgent')).toBe(true);
    await ctx.close();
    expect(problems).toEqual([]);
  }, 480_000);
});
