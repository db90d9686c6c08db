/**
 * Informed consent through the HTTP API: signing, withdrawal that takes effect at once, new
 * document versions, history, and the server refusing every consent-gated feature — for the
 * client and their therapist alike — without changing anything.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_SCOPES, DEFAULT_CONSENT_DOCUMENT } from '../domain/consent.ts';
import { PASSWORD, addClient, addTherapist, createHarness, pngDrawing, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;
let png: Uint8Array;
let pngDataUrl: string;

const GENERATE = { prompt: 'a quiet lake at dawn', width: 64, height: 64, seed: 7 };
const ALL_BUT_EXTERNAL = ['builtin_ai', 'insights', 'music', 'group'];

/** Rows that a refused feature must not add to. */
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['artworks', 'artwork_features', 'music_pieces', 'music_listens', 'music_samples', 'consent_records']) {
    out[t] = (await h.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n;
  }
  return out;
}

const version = async (agent: Agent): Promise<string> => (await agent.get('/api/consent/document')).json().version as string;
const sign = async (agent: Agent, id: string, scopes: string[], documentVersion?: string) =>
  agent.post(`/api/clients/${id}/consent`, { documentVersion: documentVersion ?? (await version(agent)), scopes, signature: 'Robin Example' });

beforeAll(async () => {
  h = await createHarness();
  png = await pngDrawing();
  pngDataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test', { consent: false }));
});
afterAll(() => h.close());

describe('consent', () => {
  it('serves the default document in plain language with every scope explained', async () => {
    const res = await client.get('/api/consent/document');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.version).toBe(DEFAULT_CONSENT_DOCUMENT.version);
    expect(doc.scopes.map((s: { id: string }) => s.id)).toEqual([...CONSENT_SCOPES]);
    for (const s of doc.scopes) expect(s.explanation.length).toBeGreaterThan(40);
    expect(doc.body).toMatch(/nothing you make or write leaves this machine/i);
    expect(doc.body).toMatch(/sketch, your words \(the prompt\), the mask and the images/);
    expect(doc.body).toMatch(/crypto-shredding/);
    expect(doc.body).toMatch(/access history/);
    expect(doc.body).toMatch(/not a crisis service/);
  });

  it('refuses features before the client has signed, and serves them once signed', async () => {
    expect(await h.store.consents.current(clientId)).toBeUndefined();
    const before = await counts();
    const refused = await client.post(`/api/clients/${clientId}/generate`, GENERATE);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('consent_required');
    expect(await counts()).toEqual(before);

    const signed = await sign(client, clientId, ALL_BUT_EXTERNAL);
    expect(signed.statusCode).toBe(201);
    expect(signed.json().current.scopes).toEqual(ALL_BUT_EXTERNAL);
    expect(await h.store.consents.has(clientId, 'builtin_ai')).toBe(true);
    expect(await h.store.consents.has(clientId, 'external_ai')).toBe(false);
    const made = await client.post(`/api/clients/${clientId}/generate`, GENERATE);
    expect(made.statusCode).toBe(201);
  });

  it('withdrawing builtin_ai refuses generation at once, for the client and the therapist, writing nothing', async () => {
    const art = (await client.upload(clientId, png)).json();
    const w = await client.post(`/api/clients/${clientId}/consent/withdraw`, { scopes: ['builtin_ai'] });
    expect(w.statusCode).toBe(200);
    expect(w.json().current.scopes).toEqual(['insights', 'music', 'group']);
    expect(await h.store.consents.has(clientId, 'builtin_ai')).toBe(false);

    const before = await counts();
    for (const agent of [client, therapist]) {
      const res = await agent.post(`/api/clients/${clientId}/generate`, GENERATE);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'consent_required',
        message: 'Robin has not agreed to making pictures with the built-in engine. They can change this under My consent.',
      });
      const inpaint = await agent.post(`/api/artworks/${art.id}/inpaint`, { mask: pngDataUrl, prompt: 'a red flower', seed: 2 });
      expect(inpaint.statusCode).toBe(403);
      expect(inpaint.json().error.code).toBe('consent_required');
    }
    expect(await counts()).toEqual(before);
    // The client's own records are never gated.
    expect((await client.upload(clientId, png)).statusCode).toBe(201);
    expect((await client.post(`/api/clients/${clientId}/reflections`, { text: 'Quiet today.' })).statusCode).toBe(201);

    expect((await sign(client, clientId, ALL_BUT_EXTERNAL)).statusCode).toBe(201);
    expect((await therapist.post(`/api/clients/${clientId}/generate`, GENERATE)).statusCode).toBe(201);
  });

  it('every consent-gated route refuses without its scope and changes nothing', async () => {
    const gated = h.routes.filter((r) => r.consent);
    expect(gated.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      [
        'GET /api/artworks/:id/features',
        'GET /api/clients/:id/insights',
        'GET /api/clients/:id/music/recommendation',
        'POST /api/artworks/:id/inpaint',
        'POST /api/clients/:id/generate',
        'POST /api/clients/:id/music',
        'POST /api/clients/:id/music/samples',
        'POST /api/music/:id/listens',
        'POST /api/music/:id/steering',
        'POST /api/music/:id/steering/:steeringId',
      ].sort(),
    );
    const art = (await client.upload(clientId, png)).json();
    const piece = await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm piano', seconds: 30, seed: 1 });
    expect(piece.statusCode).toBe(201);
    expect((await therapist.get(`/api/artworks/${art.id}/features`)).statusCode).toBe(200);
    const w = await client.post(`/api/clients/${clientId}/consent/withdraw`, { scopes: ['builtin_ai', 'insights', 'music'] });
    expect(w.json().current.scopes).toEqual(['group']);

    const before = await counts();
    const failures: string[] = [];
    for (const r of gated) {
      const scope = 'scope' in r.access ? r.access.scope : undefined;
      const id = scope === 'artwork' ? art.id : scope === 'music' ? piece.json().id : clientId;
      const url = r.url.replace(':id', id).replace(':steeringId', randomUUID()) + (r.url.endsWith('recommendation') ? '?valence=0&arousal=0.5&distress=6' : '');
      const res = await therapist.request({ method: r.method as 'GET', url, ...(r.method === 'GET' ? {} : { json: {} }) });
      if (res.statusCode !== 403 || res.json().error.code !== 'consent_required')
        failures.push(`${r.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 100)}`);
      else if (!res.json().error.message.includes('under My consent')) failures.push(`${r.method} ${r.url}: message "${res.json().error.message}"`);
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
    expect((await sign(client, clientId, ALL_BUT_EXTERNAL)).statusCode).toBe(201);
  });

  it('asks everyone to sign again after a new version, keeping the old signatures in history', async () => {
    const old = await version(client);
    expect((await client.post('/api/consent/documents', { version: 'x', title: 't', body: 'b'.repeat(30) })).statusCode).toBe(403);
    expect((await therapist.post('/api/consent/documents', { version: 'no-reauth', title: 't', body: 'b'.repeat(30) })).json().error.code).toBe(
      'reauth_required',
    );
    expect((await therapist.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    expect(
      (await therapist.post('/api/consent/documents', { version: old, title: 'Again', body: 'The same version label again, which must be refused.' }))
        .statusCode,
    ).toBe(409);
    const pub = await therapist.post('/api/consent/documents', {
      version: '2026-12-1',
      title: 'Consent, December',
      body: 'A clearer explanation of group work and of how long recordings are kept.',
    });
    expect(pub.statusCode).toBe(201);
    expect(await version(client)).toBe('2026-12-1');

    expect(await h.store.consents.current(clientId)).toBeUndefined();
    const refused = await client.post(`/api/clients/${clientId}/generate`, GENERATE);
    expect(refused.json().error.code).toBe('consent_required');

    const before = await counts();
    const stale = await sign(client, clientId, ALL_BUT_EXTERNAL, old);
    expect(stale.statusCode).toBe(409);
    expect(await counts()).toEqual(before);

    expect((await sign(client, clientId, ['builtin_ai'])).statusCode).toBe(201);
    expect((await client.post(`/api/clients/${clientId}/generate`, GENERATE)).statusCode).toBe(201);
    expect((await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm piano', seconds: 30, seed: 1 })).json().error.code).toBe('consent_required');

    const state = (await therapist.get(`/api/clients/${clientId}/consent`)).json();
    expect(state.documentVersion).toBe('2026-12-1');
    expect(state.current).toMatchObject({ documentVersion: '2026-12-1', scopes: ['builtin_ai'] });
    expect(state.history.map((e: { kind: string; documentVersion: string }) => `${e.kind}@${e.documentVersion}`)).toEqual([
      `sign@${old}`,
      `withdraw@${old}`,
      `sign@${old}`,
      `withdraw@${old}`,
      `sign@${old}`,
      'sign@2026-12-1',
    ]);
    expect(state.history[1].scopes).toEqual(['builtin_ai']);
    expect(state.history[0]).toMatchObject({ signature: 'Robin Example', actorId: client.userId });
  });

  it('keeps the typed name sealed and audits reads, signatures and withdrawals', async () => {
    const rows = await h.store.db.query<{ s: string }>('SELECT signature_sealed AS s FROM consent_records WHERE signature_sealed IS NOT NULL');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.s).not.toContain('Robin');
    const actions = (await h.store.audit.listForClient(clientId, 1000)).map((e) => e.action);
    for (const a of ['consent.sign', 'consent.withdraw', 'consent.read']) expect(actions).toContain(a);
  });

  it('answers 404 for other caseloads and never lets anyone sign for another client', async () => {
    const ben = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
    const other = await addClient(h, ben, 'Sam', 'sam@home.test');
    const before = await counts();
    expect((await ben.get(`/api/clients/${clientId}/consent`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/clients/${clientId}/consent`)).statusCode).toBe(404);
    expect((await sign(other.client, clientId, ['builtin_ai'])).statusCode).toBe(404);
    expect((await other.client.post(`/api/clients/${clientId}/consent/withdraw`, { scopes: ['builtin_ai'] })).statusCode).toBe(404);
    expect((await sign(therapist, clientId, ['builtin_ai'])).statusCode).toBe(403);
    expect((await therapist.post(`/api/clients/${clientId}/consent/withdraw`, { scopes: ['builtin_ai'] })).statusCode).toBe(403);
    expect((await client.get(`/api/clients/${other.clientId}/consent`)).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with a clear 4xx and records nothing', async () => {
    const before = await counts();
    const v = await version(client);
    const unknown = await client.post(`/api/clients/${clientId}/consent`, { documentVersion: v, scopes: ['telepathy'], signature: 'Robin Example' });
    expect(unknown.statusCode).toBe(400);
    const unsigned = await client.post(`/api/clients/${clientId}/consent`, { documentVersion: v, scopes: ['music'], signature: ' ' });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().error.message).toMatch(/type your full name/);
    expect(
      (await client.post(`/api/clients/${clientId}/consent`, { documentVersion: v, scopes: ['music', 'music'], signature: 'Robin Example' })).statusCode,
    ).toBe(400);
    expect((await client.post(`/api/clients/${clientId}/consent/withdraw`, { scopes: [] })).statusCode).toBe(400);
    const nothing = await client.post(`/api/clients/${clientId}/consent/withdraw`, { scopes: ['external_ai'] });
    expect(nothing.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
  });

  it('lets only the practice owner publish a new document, after re-entering the password (issue #17 item 3)', async () => {
    const other = await addTherapist(h, 'second@clinic.test', 'Second Therapist');
    const before = await version(client);
    const body = { version: 'not-the-owner', title: 'Consent', body: 'A version another therapist tries to publish for the whole practice.' };
    expect((await other.post('/api/consent/documents', body)).json().error.code).toBe('reauth_required');
    expect((await other.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    const refused = await other.post('/api/consent/documents', body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect(await version(client)).toBe(before);
    expect(await h.store.consents.versionExists('not-the-owner')).toBe(false);
    // Past the five-minute window the owner is asked again.
    expect((await therapist.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    h.advance(6 * 60_000);
    expect((await therapist.post('/api/consent/documents', { ...body, version: 'late' })).json().error.code).toBe('reauth_required');
    expect(await version(client)).toBe(before);
  });
});
