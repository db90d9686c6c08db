/**
 * The therapist's clinical workspace in real Chromium against a real `hearth serve`: a client's
 * questionnaires, check-ins, reflections and works are seeded through the API; the therapist
 * then sees and acknowledges the crisis alert, reads the GAD-7 chart, assigns homework from the
 * catalogue, drafts, signs and amends a SOAP note, and writes a plan whose GAD-7 objective shows
 * its progress. The client's check-in shows crisis resources at once. axe runs on every screen.
 */
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, expectAccessible, heading, launchBrowser, removeDir, screenshot, startServer, watch } from '../helpers/e2e.ts';
import type { RunningServer } from '../helpers/e2e.ts';

const THERAPIST = { displayName: 'Dr. Mara Quinn', email: 'mara@clinic.example', password: 'lanterns over the bay' };
const CLIENT = { displayName: 'Jo Rivera', email: 'jo@home.example', password: 'a kite in march wind' };

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

/** A signed-in API caller: its cookie and CSRF token. */
interface Caller {
  cookie: string;
  csrf: string;
}

async function call<T>(method: string, path: string, who: Caller | null, body?: unknown): Promise<{ status: number; json: T; caller: Caller | null }> {
  const headers: Record<string, string> = {};
  if (who) Object.assign(headers, { cookie: who.cookie, 'x-csrf-token': who.csrf });
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, body: payload });
  const json = (await res.json().catch(() => undefined)) as T;
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(json)}`);
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (json as { csrfToken?: string } | undefined)?.csrfToken;
  return { status: res.status, json, caller: cookies && csrf ? { cookie: cookies, csrf } : null };
}

async function png(colour: string, shape: string): Promise<Blob> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="320" height="240" fill="${colour}"/>${shape}</svg>`;
  return new Blob([new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer())], { type: 'image/png' });
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the therapist workspace', () => {
  it('alerts, measures, homework, a signed note and a plan with progress', async () => {
    // — Seed through the API: therapist, client, a session in progress, the client's entries.
    const therapist = (await call('POST', '/api/setup', null, THERAPIST)).caller!;
    const client = (await call<{ id: string }>('POST', '/api/clients', therapist, { displayName: CLIENT.displayName, goals: 'Worry less; sleep better.' }))
      .json;
    const invite = (await call<{ url: string }>('POST', `/api/clients/${client.id}/invites`, therapist)).json;
    const token = invite.url.split('/').pop()!;
    const jo = (await call('POST', `/api/invites/by-token/${token}/accept`, null, { email: CLIENT.email, password: CLIENT.password })).caller!;
    const consentDoc = (await call<{ version: string }>('GET', '/api/consent/document', jo)).json;
    await call('POST', `/api/clients/${client.id}/consent`, jo, {
      documentVersion: consentDoc.version,
      scopes: ['builtin_ai', 'insights', 'music', 'group'],
      signature: CLIENT.displayName,
    });
    const session = (
      await call<{ id: string }>('POST', `/api/clients/${client.id}/sessions`, therapist, { title: 'Drawing the worry', scheduledAt: new Date().toISOString() })
    ).json;
    await call('PATCH', `/api/sessions/${session.id}`, therapist, { status: 'in_progress' });

    await call('POST', `/api/clients/${client.id}/measures`, jo, { measure: 'gad7', answers: [2, 2, 2, 2, 2, 2, 1] });
    const second = await call<{ response: { total: number; change: { change: number } } }>('POST', `/api/clients/${client.id}/measures`, jo, {
      measure: 'gad7',
      answers: [1, 1, 1, 1, 1, 1, 1],
    });
    expect(second.json.response).toMatchObject({ total: 7, change: { change: -6 } });
    await call('POST', `/api/clients/${client.id}/checkins`, jo, { moment: 'before', activity: 'studio', valence: -0.6, arousal: 0.6, distress: 7 });
    await call('POST', `/api/clients/${client.id}/checkins`, jo, {
      moment: 'after',
      activity: 'studio',
      valence: 0.3,
      arousal: -0.3,
      distress: 4,
      note: 'Lighter after drawing.',
    });
    const said = await call<{ crisis: unknown }>('POST', `/api/clients/${client.id}/reflections`, jo, {
      text: 'Some nights I want to end my life. Drawing the storm helped a little.',
    });
    expect(said.json.crisis).not.toBeNull();
    for (const [title, colour, shape] of [
      ['Storm', '#3b4a5a', '<circle cx="160" cy="120" r="60" fill="#1d2630"/>'],
      ['Harbour', '#8fb3c4', '<rect y="150" width="320" height="90" fill="#2f5d73"/>'],
    ] as const) {
      const form = new FormData();
      form.append('title', title);
      form.append('file', await png(colour, shape), `${title}.png`);
      await call('POST', `/api/clients/${client.id}/artworks`, jo, form);
    }

    // — The therapist signs in: the alert is on the caseload, newest first, with its reasons.
    const problems: string[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const t = watch(await ctx.newPage(), problems);
    await signIn(t, THERAPIST);
    await heading(t, 'Your day').waitFor();
    const alerts = t.getByRole('region', { name: 'Safety alerts' });
    await t.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1 open alert' }).waitFor();
    await alerts.getByText('1 open').waitFor();
    await alerts.getByText('Urgent', { exact: true }).waitFor();
    await alerts.getByRole('link', { name: CLIENT.displayName }).waitFor();
    await expectAccessible(t, 'caseload with an alert');
    await screenshot(t, 'ws-01-caseload-alert');
    await alerts.getByRole('button', { name: /^Acknowledge/ }).click();
    await alerts.getByLabel('What did you do? (optional)').fill('Phoned Jo at 14:10; safety plan reviewed, no current plan or means.');
    await expectAccessible(t, 'acknowledge with a note');
    await alerts.getByRole('button', { name: 'Save acknowledgement' }).click();
    await alerts
      .getByRole('status')
      .filter({ hasText: `Alert for ${CLIENT.displayName} acknowledged.` })
      .waitFor();
    await alerts.getByText('None open').waitFor();
    await expect.poll(() => t.getByRole('link', { name: /open alert/ }).count()).toBe(0);
    await alerts.getByRole('button', { name: 'Show acknowledged alerts' }).click();
    const acknowledged = alerts.getByRole('list', { name: 'Acknowledged alerts' });
    await acknowledged.getByText('Phoned Jo at 14:10; safety plan reviewed, no current plan or means.').waitFor();
    await acknowledged.getByText(/acknowledged/).waitFor();
    await expectAccessible(t, 'acknowledged alert history');
    await screenshot(t, 'ws-01b-alert-acknowledged');

    // — The client's chart, Measures tab: GAD-7 chart with two points and the change from the first.
    await t
      .getByRole('link', { name: new RegExp(CLIENT.displayName) })
      .first()
      .click();
    await heading(t, CLIENT.displayName).waitFor();
    await t.getByRole('tab', { name: 'Measures' }).click();
    expect(new URL(t.url()).pathname).toBe(`/clients/${client.id}/measures`);
    const gad = t.getByRole('region', { name: /GAD-7/ });
    await gad.getByRole('img', { name: /2 responses, from 13 to 7/ }).waitFor();
    expect(await gad.locator('svg circle').count()).toBe(2);
    await gad.getByText('−6 · Reliable improvement').waitFor();
    await expectAccessible(t, 'measures');
    await screenshot(t, 'ws-02-measures');

    // — GAD-7 scheduled before every session: due at once for the session in progress.
    await t.getByLabel(`How often ${CLIENT.displayName} answers GAD-7`).selectOption('every_session');
    await t.getByRole('status').filter({ hasText: 'GAD-7: before every session. Due now.' }).waitFor();
    await t.getByRole('region', { name: 'Schedule' }).getByText('Due', { exact: true }).waitFor();
    await expectAccessible(t, 'measure schedule');
    await screenshot(t, 'ws-02a-schedule');

    // — A PHQ-9 entered together in session: its exact items; item 9 above 0 raises an alert.
    await t.getByRole('button', { name: 'Enter a questionnaire' }).click();
    await t.getByRole('radio', { name: 'PHQ-9' }).check();
    await t.getByRole('button', { name: 'Save PHQ-9' }).click();
    await t.getByRole('alert').filter({ hasText: 'Please answer every item (9 still open' }).waitFor();
    const items = t.locator('.ws-items fieldset');
    expect(await items.count()).toBe(9);
    for (let i = 0; i < 9; i++) await items.nth(i).getByRole('radio', { name: 'Several days' }).check();
    await expectAccessible(t, 'questionnaire form');
    await screenshot(t, 'ws-02b-phq9-form');
    await t.getByRole('button', { name: 'Save PHQ-9' }).click();
    await t.getByRole('status').filter({ hasText: 'PHQ-9 saved: 9 of 27, mild.' }).waitFor();
    await t.getByRole('region', { name: /PHQ-9/ }).getByText('Item 9 above 0').waitFor();
    await t.getByRole('alert').filter({ hasText: 'An alert was raised for this answer' }).waitFor();
    await screenshot(t, 'ws-02c-phq9-saved');

    // — Mood below the measures; tabs move with the arrow keys (and change the address).
    await t.getByRole('img', { name: /Distress over 2 check-ins, from 7 to 4/ }).waitFor();
    await expectAccessible(t, 'mood');
    await screenshot(t, 'ws-02d-mood');
    await t.getByRole('tab', { name: 'Measures' }).focus();
    await t.keyboard.press('ArrowRight');
    await expect(t.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(t.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Notes');
    expect(new URL(t.url()).pathname).toBe(`/clients/${client.id}/notes`);
    await t.getByRole('tab', { name: 'Works' }).click();
    expect(new URL(t.url()).pathname).toBe(`/clients/${client.id}/works`);
    // — Reflections and insights sit with the works.
    await t.getByText('Some nights I want to end my life.', { exact: false }).waitFor();
    await t.getByText('They are not a diagnosis', { exact: false }).waitFor();
    await t.getByRole('tabpanel').locator('.ws-timeline__link').filter({ hasText: 'Harbour' }).waitFor();
    await expectAccessible(t, 'insights');
    await screenshot(t, 'ws-03-insights');

    // — Homework from the catalogue, with a due date and a personal note.
    await t.getByRole('tab', { name: 'Homework' }).click();
    await t.getByRole('button', { name: 'Assign homework' }).click();
    await t.getByLabel('Mode').selectOption('music');
    await t.getByRole('radio', { name: /Music for my mood/ }).waitFor();
    await expect.poll(() => t.getByRole('radio', { name: /My safe place/ }).count()).toBe(0);
    await t.getByLabel('Mode').selectOption('');
    await t.getByLabel('Search directives').fill('safe place');
    await t.getByRole('radio', { name: /My safe place/ }).check();
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await t.getByLabel('Due date (optional)').fill(due);
    await t.getByLabel('Personal note (optional)').fill('Take your time; colours only is fine.');
    await expectAccessible(t, 'assign homework');
    await screenshot(t, 'ws-04-assign-homework');
    await t.getByRole('button', { name: 'Assign', exact: true }).click();
    await t.getByRole('status').filter({ hasText: '“My safe place” was assigned' }).waitFor();
    await t.getByRole('list', { name: 'Assigned homework' }).getByText('My safe place', { exact: true }).waitFor();

    // — Plan a session: write an own directive, find it, add it to the session, assign it.
    await t.getByRole('tab', { name: 'Plan' }).click();
    await t.getByRole('heading', { name: 'Plan a session' }).waitFor();
    await t.getByRole('button', { name: 'Write a new directive' }).click();
    const editor = t.getByRole('form', { name: 'Write a new directive' });
    await editor.getByLabel('Title', { exact: true }).fill('Harbour lights at dusk');
    await editor.getByLabel('Goal', { exact: true }).fill('A slow, steady image for evenings when worry rises.');
    await editor.getByLabel('Opens').selectOption('studio-draw');
    await editor.getByRole('checkbox', { name: 'calming' }).check();
    await editor.getByRole('checkbox', { name: 'worry' }).check();
    await editor.getByLabel('Client instructions').fill('Draw a harbour as the lights come on.\nAdd one light for each thing that went well today.');
    await editor.getByLabel('Reflection questions').fill('Which light is brightest?\nWhat helped it shine?');
    await editor.getByLabel('Suitable situations', { exact: true }).fill('Evening worry');
    await editor.getByLabel('Unsuitable situations', { exact: true }).fill('Fear of water or the dark');
    await expectAccessible(t, 'directive editor');
    await screenshot(t, 'ws-04b-directive-editor');
    await editor.getByRole('button', { name: 'Save directive' }).click();
    await t.getByRole('status').filter({ hasText: '“Harbour lights at dusk” added to your directives.' }).waitFor();
    await t.getByLabel('Show').selectOption('mine');
    const found = t.getByRole('list', { name: 'Directives' });
    await found.getByRole('button', { name: /Harbour lights at dusk/ }).waitFor();
    await expect.poll(() => found.getByRole('button').count()).toBe(1);
    await t.getByLabel('Show').selectOption('');
    await t.getByLabel('Goal', { exact: true }).selectOption('worry');
    await t.getByLabel('Search directives').fill('harbour lights');
    await found.getByRole('button', { name: /Harbour lights at dusk/ }).click();
    const opened = t.getByRole('article', { name: 'Harbour lights at dusk' });
    await opened.getByText('Add one light for each thing that went well today.').waitFor();
    await opened.getByRole('button', { name: 'Add to this session' }).click();
    await t.getByRole('status').filter({ hasText: '“Harbour lights at dusk” added to the session' }).waitFor();
    await t.getByLabel('Search directives').fill('bridge');
    await t.getByLabel('Goal', { exact: true }).selectOption('');
    await found.getByRole('button', { name: /Bridge drawing/ }).click();
    await t
      .getByRole('article', { name: /Bridge drawing/ })
      .getByRole('button', { name: /Duplicate to edit/ })
      .click();
    await t.getByRole('status').filter({ hasText: 'A copy of “Bridge drawing” is now among your directives.' }).waitFor();
    await t.getByRole('form', { name: /Edit “Bridge drawing/ }).waitFor();
    await expectAccessible(t, 'plan a session');
    await screenshot(t, 'ws-04c-plan-session');

    // — A SOAP note drafted from the session, completed, signed (after confirming), then amended.
    await t.getByRole('tab', { name: 'Notes' }).click();
    await t.getByRole('button', { name: 'Draft note' }).click();
    await t.getByRole('status').filter({ hasText: 'A SOAP draft was written' }).waitFor();
    await expect(t.getByRole('textbox', { name: 'Subjective' }).inputValue()).resolves.toContain('I want to end my life');
    await t
      .getByRole('textbox', { name: 'Assessment' })
      .fill('Passive ideation disclosed in writing; risk assessed together in session. Engaged and reflective.');
    await t.getByRole('textbox', { name: 'Plan' }).fill('Safety plan reviewed. Safe-place drawing as homework; GAD-7 again in two weeks.');
    await expectAccessible(t, 'note draft');
    await t.getByRole('button', { name: 'Sign…' }).click();
    await t.getByText('Sign and lock this note?').waitFor();
    await t.getByRole('button', { name: 'Sign and lock' }).click();
    await t.getByText('Signed and locked', { exact: true }).waitFor();
    await expect.poll(() => t.getByRole('textbox', { name: 'Assessment' }).count()).toBe(0);
    await t.getByLabel('Add an addendum').fill('Client called the next day; feeling safer.');
    await t.getByRole('button', { name: 'Add addendum' }).click();
    await t.getByText('Client called the next day; feeling safer.').waitFor();
    await expectAccessible(t, 'signed note');
    await screenshot(t, 'ws-05-signed-note');

    // — A plan with a GAD-7 target; its progress comes from the measures.
    await t.getByRole('tab', { name: 'Plan' }).click();
    await t.getByRole('button', { name: 'Write a plan' }).click();
    await t.getByLabel('Presenting problems').fill('Worry most evenings');
    await t.getByRole('group', { name: 'Goal 1' }).getByLabel('The goal').fill('Feel calmer day to day');
    await t.getByRole('textbox', { name: 'Objective 1.1' }).fill('GAD-7 below 10');
    await t.getByLabel('Measured by').selectOption('gad7');
    await t.getByLabel('Below').fill('10');
    await t.getByLabel('By', { exact: true }).fill(new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10));
    await t.getByLabel('Interventions').fill('Safe-place drawing\nMusic for my mood');
    await expectAccessible(t, 'plan form');
    await t.getByRole('button', { name: 'Save plan' }).click();
    await t.getByRole('status').filter({ hasText: 'Plan saved' }).waitFor();
    await t.getByText('Target met').waitFor();
    await t.getByText(/GAD-7 below 10 by .* · from 13 to/).waitFor();
    await t.getByRole('button', { name: 'Revise' }).click();
    await expect(t.getByRole('textbox', { name: 'Objective 1.1' }).inputValue()).resolves.toBe('GAD-7 below 10');
    await t.getByLabel('Interventions').fill('Safe-place drawing\nMusic for my mood\nBreathing with the pacer');
    await t.getByRole('button', { name: 'Save changes' }).click();
    await t.getByRole('status').filter({ hasText: 'Plan revised.' }).waitFor();
    await t.getByText('Breathing with the pacer').waitFor();
    await t.getByLabel(`Shared with ${CLIENT.displayName}`).check();
    await t.getByRole('status').filter({ hasText: 'now shared' }).waitFor();
    await expectAccessible(t, 'plan');
    await screenshot(t, 'ws-06-plan');
    await t.setViewportSize({ width: 768, height: 1024 });
    await screenshot(t, 'ws-07-plan-tablet');

    // — The client checks in at home; worrying words bring up the crisis resources at once.
    const cctx = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    const c = watch(await cctx.newPage(), problems);
    await signIn(c, CLIENT);
    await heading(c, /, Jo Rivera$/).waitFor();
    await c.getByRole('heading', { name: 'Your homework' }).waitFor();
    await c.getByRole('heading', { name: 'My safe place' }).waitFor();
    await c.getByRole('region', { name: 'Our plan' }).getByText('Feel calmer day to day').waitFor();

    // — The scheduled GAD-7 is due on the client's home; answering it clears it.
    const dueList = c.getByRole('region', { name: 'Questionnaires to answer' });
    await dueList.getByText('GAD-7', { exact: true }).waitFor();
    await expectAccessible(c, 'client home with a due questionnaire');
    await screenshot(c, 'ws-07b-client-due');
    await dueList.getByRole('button', { name: 'Answer GAD-7' }).click();
    const gadItems = dueList.locator('.ws-items fieldset');
    expect(await gadItems.count()).toBe(7);
    for (let i = 0; i < 7; i++) await gadItems.nth(i).getByRole('radio', { name: 'Not at all' }).check();
    await dueList.getByRole('button', { name: 'Save GAD-7' }).click();
    await dueList.getByText('Thank you — your GAD-7 answers are saved for your therapist.').first().waitFor();
    await expect.poll(() => dueList.getByRole('button', { name: 'Answer GAD-7' }).count()).toBe(0);
    const sched = (await call<{ schedules: { measure: string; due: boolean }[] }>('GET', `/api/clients/${client.id}/measure-schedule`, therapist)).json
      .schedules;
    expect(sched.find((x) => x.measure === 'gad7')?.due).toBe(false);
    await c.getByRole('radio', { name: 'Tense' }).check();
    await c.getByRole('radio', { name: 'Distress 8', exact: true }).check();
    await c.getByLabel('Anything you want to add (optional)').fill('i dont want to be alive anymore');
    await c.getByRole('button', { name: 'Check in' }).click();
    const crisis = c.getByRole('alert').filter({ hasText: 'Call or text 988' });
    await crisis.waitFor();
    await expectAccessible(c, 'client check-in with crisis resources');
    await screenshot(c, 'ws-08-client-crisis');

    // — The client answers the homework's first question and marks it done.
    await c.getByRole('textbox', { name: 'What is the first thing you notice when you look at your safe place?' }).fill('The light on the water.');
    await c.getByRole('button', { name: 'Save and mark done' }).click();
    await c.getByRole('status').filter({ hasText: '“My safe place” is done.' }).waitFor();

    // — Music homework: opened from the home page, the piece composed there is attached to it.
    const musicHw = (
      await call<{ id: string }>('POST', `/api/clients/${client.id}/homework`, therapist, { directiveId: 'music-for-my-mood', note: 'One piece is enough.' })
    ).json;
    await c.reload();
    await c.getByRole('heading', { name: 'Music for my mood' }).waitFor();
    await c.locator(`a[href="/music?homework=${musicHw.id}"]`).click();
    await c.getByRole('heading', { name: 'For your homework: Music for my mood' }).waitFor();
    await c.getByLabel('What would you like to hear?').fill('slow calm piano for the evening');
    await c.getByLabel('How long').selectOption('30');
    await c.getByRole('button', { name: 'Compose', exact: true }).click();
    await c.getByRole('status').filter({ hasText: 'Added to your homework “Music for my mood”.' }).waitFor();
    await expectAccessible(c, 'music for homework');
    await screenshot(c, 'ws-08b-music-homework');

    // — The therapist's header and caseload show the new alert; the homework history has the answer.
    await t.goto(server.url);
    await t.getByRole('region', { name: 'Safety alerts' }).getByText('2 open').waitFor();
    await t.getByRole('link', { name: '2 open alerts' }).waitFor();
    await t.goto(`${server.url}/clients/${client.id}#homework`); // an old bookmark lands on the Homework tab
    await t.waitForURL(`${server.url}/clients/${client.id}/homework`);
    await t.getByRole('region', { name: 'Safety alerts' }).getByText('2 open').waitFor();
    const history = t.getByRole('region', { name: 'Homework history' });
    await history.getByText('The light on the water.').waitFor();
    await history.getByRole('list', { name: 'Music made for Music for my mood' }).getByText('slow calm piano for the evening', { exact: false }).waitFor();
    await history.getByText('Completed', { exact: false }).waitFor();
    await expectAccessible(t, 'homework history');
    await screenshot(t, 'ws-09-homework-history');
    expect(problems).toEqual([]);
    await ctx.close();
    await cctx.close();
  });
});
