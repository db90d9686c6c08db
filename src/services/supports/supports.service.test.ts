/**
 * Visual supports through the API on a real PGlite store: the therapist prepares a social story
 * (sentences checked gently), a routine schedule and emotion cards; the client ticks the routine;
 * pictures come from the shape library by word in en/es/de or from the client's works; the PDF
 * renders (same bytes twice); bad input changes nothing; the export holds them; erasure removes them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addClient, addTherapist, createHarness, pngDrawing, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;
let workId: string;
const OPTS = { largePrint: false, highContrast: false, symbolOnly: false };
const put = (a: Agent, url: string, json: unknown) => a.request({ method: 'PUT', url, json });

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Sam Reed', 'sam@home.test'));
  workId = (await client.upload(clientId, await pngDrawing(320, 240, '#3366aa'), 'w.png', 'image/png', { title: 'My bus' })).json().id as string;
}, 120_000);
afterAll(() => h.close());

describe('visual supports', () => {
  let storyId: string;
  let routineId: string;

  it('saves a social story and warns gently about sentences that are not first person, present, short', async () => {
    const res = await therapist.post(`/api/clients/${clientId}/supports`, {
      kind: 'story',
      title: 'Going to the dentist',
      options: OPTS,
      items: [
        { picture: { symbol: 'bus' }, text: 'I ride the bus to the dentist.' },
        { picture: { symbol: 'Zahnbürste' }, text: 'He waited in the big chair.' },
        { picture: { artworkId: workId }, text: 'Me siento tranquilo.' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json().support;
    storyId = s.id;
    expect(s.items[0].warnings).toEqual([]);
    expect(s.items[1].warnings).toEqual(expect.arrayContaining(['not_first_person', 'not_present']));
    expect(s.items[2].warnings).toEqual([]);
    expect(s.items[2].pictureUrl).toBe(`/api/artworks/${workId}/image`);
    const sym = await client.get(s.items[1].pictureUrl);
    expect(sym.statusCode).toBe(200);
    expect(sym.headers['content-type']).toBe('image/png');
  });

  it('refuses bad input with a 400 and changes nothing; clients cannot prepare supports', async () => {
    const before = (await therapist.get(`/api/clients/${clientId}/supports`)).json().supports.length;
    const bad = [
      { kind: 'story', title: 'x', options: OPTS, items: [{ picture: { symbol: 'qwzxv' }, text: 'I go.' }] },
      { kind: 'story', title: 'x', options: OPTS, items: [{ picture: { artworkId: '00000000-0000-4000-8000-000000000000' }, text: 'I go.' }] },
      { kind: 'schedule', scheduleMode: 'first_then', title: 'x', options: OPTS, items: [{ picture: null, text: 'Work' }] },
      { kind: 'cards', title: 'x', options: { ...OPTS, symbolOnly: true }, items: [{ picture: null, text: 'happy' }] },
      { kind: 'story', title: '', options: OPTS, items: [] },
    ];
    for (const body of bad) expect((await therapist.post(`/api/clients/${clientId}/supports`, body)).statusCode, JSON.stringify(body)).toBe(400);
    const denied = await client.post(`/api/clients/${clientId}/supports`, {
      kind: 'story',
      title: 'Mine',
      options: OPTS,
      items: [{ picture: null, text: 'I go.' }],
    });
    expect(denied.statusCode).toBe(403);
    expect((await therapist.get(`/api/clients/${clientId}/supports`)).json().supports).toHaveLength(before);
  });

  it('lets the client tick a routine for a day, keeps the ticks, and refuses steps it does not have', async () => {
    const res = await therapist.post(`/api/clients/${clientId}/supports`, {
      kind: 'schedule',
      scheduleMode: 'routine',
      title: 'Morning',
      options: { ...OPTS, largePrint: true },
      items: ['toothbrush', 'shirt', 'bread', 'bus'].map((w, i) => ({ picture: { symbol: w }, text: `Step ${i + 1}` })),
    });
    expect(res.statusCode, res.body).toBe(201);
    routineId = res.json().support.id;
    const tick = await put(client, `/api/clients/${clientId}/supports/${routineId}/ticks`, { day: '2026-12-07', steps: [1, 0, 1] });
    expect(tick.json()).toEqual({ day: '2026-12-07', steps: [0, 1] });
    expect((await put(client, `/api/clients/${clientId}/supports/${routineId}/ticks`, { day: '2026-12-07', steps: [4] })).statusCode).toBe(400);
    expect((await put(client, `/api/clients/${clientId}/supports/${storyId}/ticks`, { day: '2026-12-07', steps: [0] })).statusCode).toBe(409);
    const listed = (await therapist.get(`/api/clients/${clientId}/supports`)).json().supports.find((s: { id: string }) => s.id === routineId);
    expect(listed.ticks).toEqual([{ day: '2026-12-07', steps: [0, 1] }]);
    const foreign = await addTherapist(h, 'other@clinic.test', 'Other');
    expect((await put(foreign, `/api/clients/${clientId}/supports/${routineId}/ticks`, { day: '2026-12-07', steps: [] })).statusCode).toBe(404);
  });

  it('prints a PDF that renders, the same bytes twice', async () => {
    const cards = await therapist.post(`/api/clients/${clientId}/supports`, {
      kind: 'cards',
      title: 'My feelings',
      options: { ...OPTS, highContrast: true },
      items: [
        { picture: { symbol: 'happy' }, text: 'Happy', helps: 'I tell someone.' },
        { picture: { symbol: 'wütend' }, text: 'Wütend', helps: 'Ich atme tief.' },
        { picture: { symbol: 'triste' }, text: 'Triste', helps: 'Un abrazo.' },
      ],
    });
    expect(cards.statusCode, cards.body).toBe(201);
    const out = process.env.SUPPORTS_PDF_OUT ?? mkdtempSync(join(tmpdir(), 'supports-pdf-'));
    mkdirSync(out, { recursive: true });
    for (const id of [storyId, routineId, cards.json().support.id as string]) {
      const a = await client.get(`/api/clients/${clientId}/supports/${id}/print.pdf?lang=es`);
      expect(a.statusCode).toBe(200);
      expect(a.headers['content-type']).toBe('application/pdf');
      const b = await therapist.get(`/api/clients/${clientId}/supports/${id}/print.pdf?lang=es`);
      expect(Buffer.compare(a.rawPayload, b.rawPayload)).toBe(0);
      expect((await PDFDocument.load(a.rawPayload)).getPageCount()).toBeGreaterThanOrEqual(1);
      writeFileSync(join(out, `${id}.pdf`), a.rawPayload);
      execFileSync('pdftoppm', ['-r', '30', '-png', join(out, `${id}.pdf`), join(out, id)], { timeout: 120_000 });
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
    if (!process.env.SUPPORTS_PDF_OUT) rmSync(out, { recursive: true, force: true });
  }, 120_000);

  it('suggests directives for the therapist only: an anxiety goal and a severe GAD-7 put a calming one first, with the reason', async () => {
    expect((await therapist.request({ method: 'PATCH', url: `/api/clients/${clientId}`, json: { goals: 'Feel less anxious on the bus' } })).statusCode).toBe(
      200,
    );
    expect((await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [3, 3, 2, 2, 3, 2, 2] })).statusCode).toBe(201);
    const res = await therapist.get(`/api/clients/${clientId}/directive-suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.basedOn.gad7).toMatch(/Severe \(17\)/);
    expect(out.suggestions[0].goalTags).toEqual(expect.arrayContaining([expect.stringMatching(/calming|grounding/)]));
    expect(out.suggestions[0].reason).toMatch(/anxiety|GAD-7/);
    expect((await client.get(`/api/clients/${clientId}/directive-suggestions`)).statusCode).toBe(403);
  });

  it('lets the client choose their own traditions (not the therapist); suggestions then name the tradition', async () => {
    expect((await put(therapist, `/api/clients/${clientId}/traditions`, { traditions: ['celtic'] })).statusCode).toBe(403);
    expect((await put(client, `/api/clients/${clientId}/traditions`, { traditions: ['made-up'] })).statusCode).toBe(400);
    const set = await put(client, `/api/clients/${clientId}/traditions`, { traditions: ['japanese', 'japanese'] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().traditions).toEqual(['japanese']);
    expect((await therapist.get(`/api/clients/${clientId}/traditions`)).json().traditions).toEqual(['japanese']);
    const sug = (await therapist.get(`/api/clients/${clientId}/directive-suggestions`)).json().suggestions as { directiveId: string; reason: string }[];
    const tagged = sug.filter((s) => /Japanese arts/.test(s.reason));
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((s) => ['breath-lines', 'leaves-on-a-stream', 'five-senses-grounding', 'container'].includes(s.directiveId))).toBe(true);
  });

  it('is in the record export and erased with the client', async () => {
    await client.post('/api/auth/reauth', { password: PASSWORD });
    const res = await client.get(`/api/clients/${clientId}/export`);
    expect(res.statusCode).toBe(200);
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(zip).filter((k) => k.startsWith('supports/') && k.endsWith('.pdf'))).toHaveLength(3);
    const records = JSON.parse(Buffer.from(zip['records.json']!).toString('utf8'));
    expect(records.supports.supports.map((s: { title: string }) => s.title)).toEqual(['Going to the dentist', 'Morning', 'My feelings']);
    await therapist.post('/api/auth/reauth', { password: PASSWORD });
    expect((await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: 'Sam Reed' })).statusCode).toBe(200);
    for (const t of ['visual_supports', 'visual_support_ticks', 'client_traditions']) expect((await h.store.db.query(`SELECT 1 FROM ${t}`)).length, t).toBe(0);
  });
});
