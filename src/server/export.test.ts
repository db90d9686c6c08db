/**
 * "Download everything": the export ZIP holds every record as the API shows it, the stored
 * originals byte for byte, a PDF that opens, and FHIR QuestionnaireResponses with the right
 * answers — and only for the client or their therapist, after a fresh password, audited.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureDefinition } from '../domain/measures/index.ts';
import type { MeasureId } from '../domain/measures/index.ts';
import { encodeWav } from '../engines/music/index.ts';
import { sine } from '../engines/music/test-signals.ts';
import { PASSWORD, addClient, addTherapist, createHarness, pngDrawing, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';
import { createBuiltinMusicBackend } from '../backends/index.ts';
import { actorFor } from '../services/account/actor.ts';
import { buildClientExport } from '../services/export/client-export.ts';
import { isSafeZipPath } from '../services/export/zip-names.ts';

type Json = Record<string, unknown>;

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;
let other: Agent;
let sampleWav: Uint8Array;

const FILLED = [
  { key: 'data', label: 'Data', text: 'Drew the harbour at dusk.' },
  { key: 'assessment', label: 'Assessment', text: 'Engaged throughout.' },
  { key: 'plan', label: 'Plan', text: 'Continue weekly.' },
];
const PLAN = {
  problems: ['Worry at night'],
  goals: [{ id: 'g1', text: 'Sleep calmer', objectives: [{ id: 'o1', text: 'GAD-7 below 10', target: { measure: 'gad7', below: 10, by: '2027-06-30' } }] }],
  interventions: ['Weekly art therapy'],
  shared: true,
};

const download = async (a: Agent, id = clientId) => a.request({ method: 'GET', url: `/api/clients/${id}/export` });
const unzip = (body: Buffer): Record<string, Uint8Array> => unzipSync(new Uint8Array(body));
const jsonOf = (files: Record<string, Uint8Array>, name: string): Json => JSON.parse(strFromU8(files[name]!)) as Json;
const without = (o: Json, ...keys: string[]): Json => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin Ash', 'robin@home.test'));
  other = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');

  const session = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: '2026-11-30T09:00:00Z' })).json();
  const png = await pngDrawing(80, 60, '#aa6633');
  const art = (await client.upload(clientId, png, 'harbour.png', 'image/png', { title: '../../etc/passwd Harbour at dusk' })).json();
  const strokes = {
    version: 2,
    width: 64,
    height: 48,
    background: '#ffffff',
    strokes: [
      {
        id: 's1',
        tool: 'pen',
        color: '#223344',
        size: 4,
        opacity: 1,
        points: [
          { x: 1, y: 1, t: 0, pressure: 0.5 },
          { x: 20, y: 20, t: 40, pressure: 0.6 },
        ],
      },
    ],
  };
  const sketchPng = await pngDrawing(64, 48, '#3366aa');
  const sketch = (
    await client.post(`/api/clients/${clientId}/sketches`, { image: `data:image/png;base64,${Buffer.from(sketchPng).toString('base64')}`, strokes })
  ).json();
  expect(sketch.id).toBeDefined();
  await client.post(`/api/clients/${clientId}/reflections`, { text: 'The water was still — I could breathe. 🌊', artworkId: art.id });
  await client.post(`/api/clients/${clientId}/reflections`, { text: 'A calmer week.' });
  await client.post(`/api/clients/${clientId}/checkins`, { moment: 'before', valence: 0.2, arousal: -0.3, distress: 4, note: 'tired' });
  await client.post(`/api/clients/${clientId}/measures`, { measure: 'phq9', answers: [2, 2, 2, 2, 1, 1, 1, 1, 0] });
  await client.post(`/api/clients/${clientId}/measures`, { measure: 'phq9', answers: [1, 1, 1, 1, 1, 0, 0, 0, 0] });
  await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [3, 2, 2, 1, 1, 1, 0] });
  const hw = (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place', note: 'Take your time.' })).json();
  await client.post(`/api/homework/${hw.id}/answers`, { answers: [{ question: 'What did you notice?', text: 'Blue, and quiet.' }], complete: true });
  sampleWav = encodeWav([sine(440, 0.2, 3, 8000)], 8000, 'pcm16');
  expect((await client.uploadTo(`/api/clients/${clientId}/music/samples`, sampleWav, 'hum.wav', 'audio/wav')).statusCode).toBe(201);
  const piece = (await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm piano', seconds: 30, seed: 3 })).json();
  await client.post(`/api/music/${piece.id}/listens`, {
    before: { valence: 0, arousal: 0.5, distress: 6 },
    after: { valence: 0.3, arousal: 0, distress: 3 },
    secondsListened: 30,
  });
  const note = (await therapist.post(`/api/sessions/${session.id}/notes`, { format: 'DAP' })).json();
  await therapist.patch(`/api/notes/${note.id}`, { sections: FILLED });
  await therapist.post(`/api/notes/${note.id}/sign`);
  await therapist.post(`/api/notes/${note.id}/addenda`, { text: 'Phoned the next day; steady.' });
  await therapist.post(`/api/clients/${clientId}/plans`, PLAN);
  await client.post(`/api/clients/${clientId}/reflections`, { text: 'Some nights I want to die.' }); // raises an alert
}, 120_000);
afterAll(() => h.close());

describe('client export', () => {
  it('needs a fresh password, answers 404 to another caseload and 401 to the signed-out', async () => {
    const before = (await h.store.audit.listForClient(clientId, 10_000)).filter((e) => e.action === 'client.export').length;
    const noReauth = await download(therapist);
    expect(noReauth.statusCode).toBe(403);
    expect(noReauth.json().error.code).toBe('reauth_required');
    await other.post('/api/auth/reauth', { password: PASSWORD });
    expect((await download(other)).statusCode).toBe(404);
    expect((await download(h.anon())).statusCode).toBe(401);
    expect((await h.store.audit.listForClient(clientId, 10_000)).filter((e) => e.action === 'client.export').length).toBe(before);
  });

  it('holds every record as the API shows it, the originals byte for byte, a PDF and FHIR resources; and is audited', async () => {
    expect((await therapist.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    const lastSeq = Math.max(0, ...(await h.store.audit.listForClient(clientId, 10_000)).map((e) => e.seq));
    const res = await download(therapist);
    expect(res.statusCode).toBe(200);
    // The access log records the export once, with what it held — not once per section it read.
    const added = (await h.store.audit.listForClient(clientId, 10_000)).filter((e) => e.seq > lastSeq);
    expect(added.map((e) => e.action)).toEqual(['client.export']);
    expect(added[0]!.actorId).toBe(therapist.userId);
    // Streamed: the entry is written before the first byte leaves, so it names what was left out, not the size.
    expect(added[0]!.detail).toMatchObject({ streamed: true, omitted: [] });
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="hearth-robin-ash-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = unzip(res.rawPayload);
    const names = Object.keys(files);
    for (const n of names) expect(isSafeZipPath(n), n).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['records.json', 'summary.pdf', 'README.txt']));
    const r = jsonOf(files, 'records.json');

    // Every section equals what the API returns for the same person.
    const api = async (url: string) => (await therapist.get(url)).json() as Json;
    const base = `/api/clients/${clientId}`;
    expect(without(r.client as Json)).toEqual(await api(base));
    expect(r.sessions).toEqual((await api(`${base}/sessions`)).sessions);
    expect(r.checkins).toEqual((await api(`${base}/checkins`)).checkins);
    expect(r.measures).toEqual((await api(`${base}/measures`)).responses);
    expect(r.reflections).toEqual((await api(`${base}/reflections`)).reflections);
    expect(r.homework).toEqual((await api(`${base}/homework`)).homework);
    expect(r.homeworkHistory).toEqual(await api(`${base}/homework-history`));
    expect(r.notes).toEqual((await api(`${base}/notes`)).notes);
    expect(r.plans).toEqual((await api(`${base}/plans`)).plans);
    expect(r.insights).toEqual(await api(`${base}/insights`));
    expect(r.alerts).toEqual(((await api('/api/alerts?all=true')).alerts as Json[]).filter((a) => a.clientId === clientId));
    const arts = r.artworks as Json[];
    expect(arts.map((a) => without(a, 'file', 'strokes'))).toEqual((await api(`${base}/artworks`)).artworks);
    expect((r.musicPieces as Json[]).map((p) => without(p, 'file'))).toEqual((await api(`${base}/music`)).pieces);
    expect((r.musicSamples as Json[]).map((s) => without(s, 'file'))).toEqual((await api(`${base}/music/samples`)).samples);
    const history = (await api(`${base}/audit`)).entries as Json[];
    for (const e of r.accessHistory as Json[]) expect(history).toContainEqual(e);
    // Consent history is exported when this installation records it.
    const consent = await therapist.get(`${base}/consent`);
    if (consent.statusCode === 200) {
      expect(r.consent).toEqual(consent.json());
      expect(r.omitted).toEqual({});
    } else expect(r.omitted).toEqual({ consent: 'not present in this installation' });
    // Each record type is really there (the fixture has at least one of each).
    for (const k of [
      'sessions',
      'artworks',
      'checkins',
      'measures',
      'reflections',
      'homework',
      'musicPieces',
      'musicSamples',
      'notes',
      'plans',
      'alerts',
      'accessHistory',
    ])
      expect((r[k] as unknown[]).length, k).toBeGreaterThan(0);
    const note = (r.notes as Json[])[0]!;
    expect(note.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((note.addenda as Json[])[0]!.text).toBe('Phoned the next day; steady.');

    // Originals: images byte-identical to the stored (decrypted) files; strokes as recorded.
    for (const a of arts) {
      const rec = (await h.store.artworks.byId(String(a.id)))!;
      expect(a.file).toMatch(new RegExp(`^artworks/${rec.id}-[a-z0-9-]+\\.(png|webp|jpg)$`));
      expect(Buffer.from(files[String(a.file)]!).equals(Buffer.from((await h.store.files.get(clientId, rec.blobKey))!))).toBe(true);
      if (a.hasStrokes) expect(a.strokes).toEqual((await api(`/api/artworks/${rec.id}/strokes`)).strokes);
      else expect(a.strokes).toBeNull();
    }
    expect(arts.some((a) => String(a.file).includes('etc-passwd-harbour-at-dusk'))).toBe(true);
    const sample = (r.musicSamples as Json[])[0]!;
    expect(Buffer.from(files[String(sample.file)]!).equals(Buffer.from(sampleWav))).toBe(true);
    const piece = (r.musicPieces as Json[])[0]!;
    expect(piece.file).toBe(`music/${String(piece.id)}.wav`);
    expect(Buffer.from(files[String(piece.file)]!).equals((await therapist.get(`/api/music/${String(piece.id)}/audio`)).rawPayload)).toBe(true);

    // The summary PDF opens and has pages.
    const pdf = await PDFDocument.load(files['summary.pdf']!);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('Hearth summary — Robin Ash');

    // One FHIR R4 QuestionnaireResponse per PHQ-9/GAD-7, with the answers and total.
    const measures = r.measures as Json[];
    expect(names.filter((n) => n.startsWith('fhir/')).sort()).toEqual(measures.map((m) => `fhir/QuestionnaireResponse-${String(m.id)}.json`).sort());
    for (const m of measures) {
      const qr = jsonOf(files, `fhir/QuestionnaireResponse-${String(m.id)}.json`);
      const def = measureDefinition(m.measure as MeasureId);
      expect(qr.resourceType).toBe('QuestionnaireResponse');
      expect(qr.status).toBe('completed');
      expect(qr.subject).toEqual({ reference: `Patient/${clientId}`, display: 'Robin Ash' });
      expect(qr.authored).toBe(m.createdAt);
      const items = qr.item as { linkId: string; answer: Json[] }[];
      def.items.forEach((q, i) => {
        const item = items.find((it) => it.linkId === q.loinc)!;
        expect((item.answer[0]!.valueCoding as Json).code).toBe(def.options[(m.answers as number[])[i]!]!.loinc);
      });
      expect(items.find((it) => it.linkId === def.totalLoinc)!.answer[0]!.valueInteger).toBe(m.total);
    }
    expect(strFromU8(files['README.txt']!)).toMatch(/records\.json/);
  });

  it('audits a read that presents a made-up export token like any other read', async () => {
    const lastSeq = Math.max(0, ...(await h.store.audit.listForClient(clientId, 10_000)).map((e) => e.seq));
    const res = await therapist.request({ method: 'GET', url: `/api/clients/${clientId}/checkins`, headers: { 'x-hearth-export': 'guessed-token' } });
    expect(res.statusCode).toBe(200);
    expect((await h.store.audit.listForClient(clientId, 10_000)).filter((e) => e.seq > lastSeq).map((e) => e.action)).toEqual(['checkin.list']);
  });

  it('gives the client their own export, without therapist-only records', async () => {
    expect((await download(client)).json().error.code).toBe('reauth_required');
    await client.post('/api/auth/reauth', { password: PASSWORD });
    const res = await download(client);
    expect(res.statusCode).toBe(200);
    const files = unzip(res.rawPayload);
    const r = jsonOf(files, 'records.json');
    expect(r.notes).toEqual([]);
    expect(r.alerts).toEqual([]);
    expect(r.insights).toBeNull();
    const consentShown = (await client.get(`/api/clients/${clientId}/consent`)).statusCode === 200;
    expect(Object.keys(r.omitted as Json).sort()).toEqual(consentShown ? ['alerts', 'insights', 'notes'] : ['alerts', 'consent', 'insights', 'notes']);
    expect(r.reflections).toEqual((await client.get(`/api/clients/${clientId}/reflections`)).json().reflections);
    expect(strFromU8(files['README.txt']!)).toMatch(/notes: not available to this account/);
    expect((await h.store.audit.listForClient(clientId, 10_000)).some((e) => e.action === 'client.export' && e.actorId === client.userId)).toBe(true);
  });

  it('leaves long music as plan + seed and says how to regenerate it', async () => {
    const actor = await actorFor(h.store, (await h.store.users.byId(therapist.userId!))!);
    const subject = { client: (await h.store.clients.byId(clientId))! };
    const out = await buildClientExport({ store: h.store, clock: h.now, musicBackend: createBuiltinMusicBackend() }, actor, subject, {
      now: h.now(),
      maxMusicSeconds: 10,
    });
    const files = unzipSync(out.zip);
    expect(Object.keys(files).filter((n) => n.startsWith('music/') && !n.startsWith('music/recordings/'))).toEqual([]);
    expect(out.records.musicPieces.every((p) => p.file === null && typeof p.seed === 'number' && typeof p.plan === 'object')).toBe(true);
    expect(strFromU8(files['README.txt']!)).toMatch(/plan and seed/);
  });
});
