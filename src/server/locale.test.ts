/**
 * Each account's language through the HTTP API: choosing it (and bad values refused without a
 * change), new clients inheriting the invite's or the therapist's language, the crisis notice and
 * the consent document in the client's language, and the language of a signature recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_SCOPES, DEFAULT_CONSENT_DOCUMENTS } from '../domain/consent.ts';
import { CRISIS_RESOURCES } from '../domain/crisis-resources.ts';
import { PASSWORD, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
});
afterAll(() => h.close());

async function join(name: string, email: string, query = ''): Promise<{ clientId: string; client: Agent; peek: Record<string, unknown> }> {
  const clientId = (await therapist.post('/api/clients', { displayName: name })).json().id as string;
  const inv = await therapist.post(`/api/clients/${clientId}/invites${query}`);
  expect(inv.statusCode).toBe(201);
  const token = (inv.json() as { url: string }).url.split('/join/')[1]!;
  const c = h.anon();
  const peek = (await c.get(`/api/invites/by-token/${token}`)).json() as Record<string, unknown>;
  const joined = await c.post(`/api/invites/by-token/${token}/accept`, { email, password: PASSWORD });
  expect(joined.statusCode).toBe(201);
  return { clientId, client: c.adopt(joined), peek };
}

describe('languages', () => {
  it('stores the language an account chooses, and refuses anything else without a change', async () => {
    expect((await therapist.get('/api/auth/me')).json().locale).toBeNull();
    const res = await therapist.request({ method: 'PUT', url: '/api/account/locale', json: { locale: 'de' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ locale: 'de' });
    expect((await therapist.get('/api/auth/me')).json().locale).toBe('de');
    for (const bad of [{ locale: 'fr' }, { locale: 'DE' }, { locale: 3 }, {}]) {
      const r = await therapist.request({ method: 'PUT', url: '/api/account/locale', json: bad });
      expect(r.statusCode).toBe(400);
    }
    expect((await therapist.get('/api/auth/me')).json().locale).toBe('de');
  });

  it('starts a new client in the invite’s language, else the therapist’s', async () => {
    const es = await join('Lucía', 'lucia@home.test', '?locale=es');
    expect(es.peek.locale).toBe('es');
    expect((await es.client.get('/api/auth/me')).json().locale).toBe('es');
    const inherited = await join('Jonas', 'jonas@home.test');
    expect(inherited.peek.locale).toBe('de');
    expect((await inherited.client.get('/api/auth/me')).json().locale).toBe('de');
    expect((await therapist.post(`/api/clients/${es.clientId}/invites?locale=xx`)).statusCode).toBe(400);
    // A client may clear the choice (follow the browser) or pick another.
    const cleared = await inherited.client.request({ method: 'PUT', url: '/api/account/locale', json: { locale: null } });
    expect(cleared.json()).toEqual({ locale: null });
  });

  it('shows the crisis notice in the client’s language, with contacts that name their region', async () => {
    const { clientId, client } = await join('Marta', 'marta@home.test', '?locale=es');
    const doc = (await client.get('/api/consent/document')).json();
    await client.post(`/api/clients/${clientId}/consent`, { documentVersion: doc.version, scopes: ['insights'], signature: 'Marta' });
    const res = await client.post(`/api/clients/${clientId}/reflections`, { text: 'Tengo un plan para quitarme la vida este fin de semana.' });
    expect(res.statusCode).toBe(201);
    const crisis = res.json().crisis;
    expect(crisis.heading).toBe(CRISIS_RESOURCES.es.heading);
    expect(crisis.contacts.map((c: { label: string }) => c.label)).toEqual(CRISIS_RESOURCES.es.contacts.map((c) => c.label));
  });

  it('serves the consent document in each language and records the language signed', async () => {
    const { clientId, client } = await join('Kai', 'kai@home.test', '?locale=de');
    const de = (await client.get('/api/consent/document')).json();
    expect(de.locale).toBe('de');
    expect(de.title).toBe(DEFAULT_CONSENT_DOCUMENTS.de.title);
    expect(de.scopes.map((s: { id: string }) => s.id)).toEqual([...CONSENT_SCOPES]);
    const es = (await client.get('/api/consent/document?locale=es')).json();
    expect(es.body).toBe(DEFAULT_CONSENT_DOCUMENTS.es.body);
    expect(es.version).toBe(de.version);
    expect((await client.get('/api/consent/document?locale=it')).statusCode).toBe(400);
    const signed = await client.post(`/api/clients/${clientId}/consent`, { documentVersion: es.version, locale: 'es', scopes: ['music'], signature: 'Kai' });
    expect(signed.statusCode).toBe(201);
    const history = signed.json().history;
    expect(history.at(-1)).toMatchObject({ kind: 'sign', documentVersion: es.version, documentLocale: 'es' });
    // Without a named language, the account's language is recorded.
    await client.post(`/api/clients/${clientId}/consent`, { documentVersion: es.version, scopes: ['music', 'insights'], signature: 'Kai' });
    expect((await client.get(`/api/clients/${clientId}/consent`)).json().history.at(-1).documentLocale).toBe('de');
  });
});
