/**
 * Stories through the API on a real PGlite store: a series keeps its chapters in the order saved,
 * refuses works and music that are not the client's, screens only new words, renders a storybook
 * PDF with one page per chapter (same bytes twice), is part of the record export, can be attached
 * to a draft note, and disappears with the client.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addClient, addTherapist, createHarness, pngDrawing, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;
const works: string[] = [];

const put = (a: Agent, url: string, json: unknown) => a.request({ method: 'PUT', url, json });

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin Ash', 'robin@home.test'));
  for (const [i, colour] of ['#aa3322', '#33aa55', '#2244cc'].entries()) {
    works.push((await client.upload(clientId, await pngDrawing(320, 240, colour), `w${i}.png`, 'image/png', { title: `Work ${i}` })).json().id as string);
  }
}, 120_000);
afterAll(() => h.close());

describe('series', () => {
  let seriesId: string;

  it('keeps chapters in the order saved and reorders them on a save', async () => {
    const res = await client.post(`/api/clients/${clientId}/series`, {
      title: 'Stages of my year',
      description: 'Winter to autumn.',
      chapters: works.map((w, i) => ({ artworkId: w, title: `Chapter ${i}`, words: `Words for part ${i}.` })),
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json().series;
    seriesId = s.id;
    expect(s.chapters.map((c: { artworkId: string }) => c.artworkId)).toEqual(works);
    expect(s.byClient).toBe(true);
    expect(res.json().crisis).toBeNull();

    const reordered = [...s.chapters]
      .reverse()
      .map((c: { artworkId: string; title: string; words: string }) => ({ artworkId: c.artworkId, title: c.title, words: c.words }));
    const upd = await put(therapist, `/api/clients/${clientId}/series/${seriesId}`, {
      title: 'Stages of my year',
      description: 'Winter to autumn.',
      chapters: reordered,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const list = (await client.get(`/api/clients/${clientId}/stories`)).json();
    expect(list.series).toHaveLength(1);
    expect(list.series[0].chapters.map((c: { artworkId: string }) => c.artworkId)).toEqual([...works].reverse());
    expect(list.series[0].chapters[0].words).toBe('Words for part 2.');
    // The words are sealed: nothing of them is in the table in plain text.
    const raw = await h.store.db.query<{ t: string }>('SELECT row_to_json(c)::text AS t FROM series_chapters c');
    expect(raw.map((r) => r.t).join('')).not.toContain('Words for part');
  });

  it('refuses a work or piece that is not the client’s, and an empty chapter, changing nothing', async () => {
    const other = await addClient(h, therapist, 'Sky Other', 'sky@home.test');
    const foreignWork = (await other.client.upload(other.clientId, await pngDrawing())).json().id as string;
    const before = (await client.get(`/api/clients/${clientId}/stories`)).body;
    const bad = [
      { title: 'X', chapters: [{ artworkId: foreignWork, title: 'a', words: '' }] },
      { title: 'X', chapters: [{ artworkId: null, title: '', words: '' }] },
      { title: 'X', musicId: '00000000-0000-4000-8000-000000000000', chapters: [] },
      { title: '', chapters: [] },
    ];
    for (const body of bad) {
      expect((await client.post(`/api/clients/${clientId}/series`, body)).statusCode, JSON.stringify(body)).toBe(400);
      expect((await put(client, `/api/clients/${clientId}/series/${seriesId}`, body)).statusCode).toBe(400);
    }
    // Another client's series id answers like a missing one.
    expect((await put(other.client, `/api/clients/${other.clientId}/series/${seriesId}`, { title: 'Mine', chapters: [] })).statusCode).toBe(404);
    expect((await client.get(`/api/clients/${clientId}/stories`)).body).toBe(before);
  });

  it('screens new words once: a reorder of the same words raises no second alert', async () => {
    const alerts = async () => (await h.store.clinical.alertsForTherapist(therapist.userId!, true)).filter((a) => a.clientId === clientId).length;
    const before = await alerts();
    const body = { title: 'Grief', chapters: [{ artworkId: works[0], title: 'Night', words: 'I want to kill myself tonight, I have the pills ready.' }] };
    const res = await client.post(`/api/clients/${clientId}/series`, body);
    expect(res.statusCode).toBe(201);
    expect(res.json().crisis).toMatchObject({ level: 'urgent' });
    expect(await alerts()).toBe(before + 1);
    const again = await put(client, `/api/clients/${clientId}/series/${res.json().series.id}`, {
      ...body,
      chapters: [...body.chapters, { artworkId: works[1], title: 'Day', words: '' }],
    });
    expect(again.json().crisis).toBeNull();
    expect(await alerts()).toBe(before + 1);
    expect((await client.del(`/api/clients/${clientId}/series/${res.json().series.id}`)).statusCode).toBe(200);
  });

  it('renders a storybook: a cover and one page per chapter, the same bytes twice, readable as pictures', async () => {
    const a = await client.get(`/api/clients/${clientId}/series/${seriesId}/storybook.pdf`);
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-type']).toBe('application/pdf');
    const b = await therapist.get(`/api/clients/${clientId}/series/${seriesId}/storybook.pdf`);
    expect(Buffer.compare(a.rawPayload, b.rawPayload)).toBe(0);
    const pdf = await PDFDocument.load(a.rawPayload);
    expect(pdf.getPageCount()).toBe(1 + works.length);
    // Render it (poppler) and check the first chapter page shows the blue work (reversed order).
    const dir = mkdtempSync(join(tmpdir(), 'storybook-'));
    try {
      writeFileSync(join(dir, 'book.pdf'), a.rawPayload);
      execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'book.pdf'), join(dir, 'p')], { timeout: 120_000 });
      const pages = readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort();
      expect(pages).toHaveLength(4);
      const { data, info } = await sharp(join(dir, pages[1]!)).raw().toBuffer({ resolveWithObject: true });
      let blue = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i + 2]! > 150 && data[i]! < 90 && data[i + 1]! < 110) blue++;
      expect(blue / (info.width * info.height)).toBeGreaterThan(0.03);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('is in the record export: the section and each storybook as a PDF', async () => {
    await client.post('/api/auth/reauth', { password: PASSWORD });
    const res = await client.get(`/api/clients/${clientId}/export`);
    expect(res.statusCode).toBe(200);
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    const books = Object.keys(zip).filter((k) => k.startsWith('stories/') && k.endsWith('.pdf'));
    expect(books).toEqual([expect.stringContaining(seriesId)]);
    const records = JSON.parse(Buffer.from(zip['records.json']!).toString('utf8'));
    expect(records.stories.series[0].title).toBe('Stages of my year');
  }, 120_000);

  it('marks self-portraits and lists them oldest first, works in the bin left out', async () => {
    for (const w of [works[2], works[0]]) expect((await put(client, `/api/artworks/${w}/self-portrait`, { selfPortrait: true })).statusCode).toBe(200);
    let list = (await therapist.get(`/api/clients/${clientId}/stories`)).json();
    expect(list.selfPortraits.map((p: { artworkId: string }) => p.artworkId)).toEqual([works[0], works[2]]);
    await put(therapist, `/api/artworks/${works[2]}/self-portrait`, { selfPortrait: false });
    list = (await client.get(`/api/clients/${clientId}/stories`)).json();
    expect(list.selfPortraits.map((p: { artworkId: string }) => p.artworkId)).toEqual([works[0]]);
  });

  it('attaches series to a draft note only, and only this client’s', async () => {
    const session = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: '2026-11-30T09:00:00Z' })).json();
    const noteId = (await therapist.post(`/api/sessions/${session.id}/notes`, { format: 'DAP' })).json().id as string;
    const set = await put(therapist, `/api/notes/${noteId}/series`, { seriesIds: [seriesId] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().series).toEqual([{ id: seriesId, title: 'Stages of my year', chapters: 3 }]);
    expect((await therapist.get(`/api/notes/${noteId}/series`)).json().series).toHaveLength(1);
    expect((await put(therapist, `/api/notes/${noteId}/series`, { seriesIds: ['00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
    const foreign = await addTherapist(h, 'other@clinic.test', 'Other');
    expect((await put(foreign, `/api/notes/${noteId}/series`, { seriesIds: [] })).statusCode).toBe(404);
  });

  it('is erased with the client', async () => {
    await therapist.post('/api/auth/reauth', { password: PASSWORD });
    const erased = await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: 'Robin Ash' });
    expect(erased.statusCode, erased.body).toBe(200);
    for (const t of ['series', 'series_chapters', 'artwork_tags', 'note_series']) {
      expect((await h.store.db.query(`SELECT 1 FROM ${t}`)).length, t).toBe(0);
    }
  });
});
