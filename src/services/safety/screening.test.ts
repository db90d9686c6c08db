/**
 * Every write that accepts words is either screened for crisis language or exempted here with a
 * reason. The test walks the app's own OpenAPI document (the schemas that validate requests):
 * each POST/PUT/PATCH body field that can hold free text — a string that is not an enum, id,
 * email, date or pattern-checked value, or a value of unknown shape — must be listed below. A
 * new free-text field that is neither screened nor exempted fails the suite. Each screened field
 * is then proved screened: a crisis sentence posted there by the client raises exactly one alert
 * for their therapist and comes back with the crisis notice.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, pngDrawing, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../../test/helpers/harness.ts';

type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

const CRISIS = 'I want to kill myself tonight, I have the pills ready.';
const CALM = 'A quiet blue lake at dawn';

/** Route-level reasons: no client words can arrive through these. */
const ROUTE_RULES = {
  therapistOnly: 'therapist/operator route: the therapist’s own words about the client (notes, plans, directives, profile), not the client’s',
  publicSignIn: 'sign-in and joining: names, emails, passwords and codes, before any record exists',
};

/** Fields that take text that is not the client's words, with the reason. Key: `METHOD /path field`. */
const EXEMPT: Record<string, string> = {
  'POST /api/setup displayName': ROUTE_RULES.publicSignIn,
  'POST /api/setup password': ROUTE_RULES.publicSignIn,
  'POST /api/auth/login email': ROUTE_RULES.publicSignIn,
  'POST /api/auth/login password': ROUTE_RULES.publicSignIn,
  'POST /api/auth/login/code pendingToken': ROUTE_RULES.publicSignIn,
  'POST /api/auth/login/code code': ROUTE_RULES.publicSignIn,
  'POST /api/invites/by-token/{token}/accept password': ROUTE_RULES.publicSignIn,
  'POST /api/invites/by-token/{token}/accept displayName': ROUTE_RULES.publicSignIn,
  'POST /api/staff-invites/{token}/accept password': ROUTE_RULES.publicSignIn,
  'POST /api/staff-invites/{token}/accept displayName': ROUTE_RULES.publicSignIn,
  'POST /api/auth/reauth password': 'a password',
  'POST /api/account/password currentPassword': 'a password',
  'POST /api/account/password newPassword': 'a password',
  'POST /api/account/2fa/confirm code': 'a one-time code from the authenticator app',
  'POST /api/clients/{id}/consent documentVersion': 'the version label of the document being signed',
  'POST /api/clients/{id}/consent signature': 'the client’s name typed as their signature',
  'POST /api/clients/{id}/sketches strokes': 'a versioned StrokeDocument: points, tools and colours, no words (validated by migrateStrokeDocument)',
  'POST /api/clients/{id}/live-canvas strokes': 'a StrokeDocument (points, tools, colours); nothing is stored',
  'POST /api/clients/{id}/live-canvas drawingId': 'an id the studio chooses for a drawing',
  'POST /api/clients/{id}/generate style': 'a style id, checked against the backend’s styles',
  'POST /api/artworks/{id}/inpaint style': 'a style id, checked against the backend’s styles',
  'POST /api/homework/{id}/answers answers[].question': 'the directive’s question, echoed back with the answer (the therapist’s words)',
  'POST /api/clients/{id}/artworks sessionId': 'an id (multipart field)',
};

/** Multipart routes have no JSON body schema: their text fields are declared here. */
const MULTIPART_FIELDS: Record<string, string[]> = {
  'POST /api/clients/{id}/artworks': ['title', 'sessionId'],
  'POST /api/clients/{id}/music/samples': [],
};

/** Free-text paths in a JSON schema: `note`, `answers[].text`, … */
function freeText(schema: Schema | undefined, path = ''): string[] {
  if (!schema) return [];
  const alts = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    return [...new Set(nonNull.flatMap((a) => freeText(a, path)))];
  }
  const types = [schema.type].flat().filter((t) => t !== undefined && t !== 'null');
  if (types.length === 0 && !schema.properties && !schema.items && schema.enum === undefined && schema.const === undefined) return [path]; // unknown shape
  if (types.includes('object') || schema.properties) return Object.entries(schema.properties ?? {}).flatMap(([k, v]) => freeText(v, path ? `${path}.${k}` : k));
  if (types.includes('array')) return freeText(schema.items, `${path}[]`);
  if (types.includes('string')) return schema.enum || schema.const !== undefined || schema.format || schema.pattern ? [] : [path];
  return [];
}

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;
let artworkId: string;
let homeworkId: string;
let pngUrl: string;

const alerts = async () => (await h.store.clinical.alertsForTherapist(therapist.userId!, true)).filter((a) => a.clientId === clientId).length;

function setPath(body: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(body);
  let at: Record<string, unknown> = copy;
  const parts = path.split('.');
  parts.forEach((p, i) => {
    const key = p.replace('[]', '');
    if (i === parts.length - 1) {
      if (p.endsWith('[]')) at[key] = [value];
      else at[key] = value;
      return;
    }
    const next = at[key];
    at = (p.endsWith('[]') ? (next as Record<string, unknown>[])[0] : next) as Record<string, unknown>;
  });
  return copy;
}

/** How to post a valid body to each screened route, with one field's text replaced. */
const SCREENED: Record<string, { fields: string[]; post(field: string, text: string): Promise<LightMyRequestResponse> }> = {
  'POST /api/clients/{id}/checkins': {
    fields: ['note', 'activity'],
    post: (f, t) => client.post(`/api/clients/${clientId}/checkins`, setPath({ valence: 0, arousal: 0, distress: 3, note: 'ok', activity: 'studio' }, f, t)),
  },
  'POST /api/clients/{id}/reflections': {
    fields: ['text'],
    post: (f, t) => client.post(`/api/clients/${clientId}/reflections`, setPath({ text: CALM }, f, t)),
  },
  'POST /api/homework/{id}/answers': {
    fields: ['answers[].text'],
    post: (f, t) => client.post(`/api/homework/${homeworkId}/answers`, setPath({ answers: [{ question: 'What did you notice?', text: CALM }] }, f, t)),
  },
  'POST /api/clients/{id}/sketches': {
    fields: ['title'],
    post: (f, t) =>
      client.post(
        `/api/clients/${clientId}/sketches`,
        setPath({ image: pngUrl, strokes: { version: 2, width: 64, height: 48, background: '#ffffff', strokes: [] }, title: CALM }, f, t),
      ),
  },
  'POST /api/clients/{id}/generate': {
    fields: ['prompt', 'negativePrompt', 'title'],
    post: (f, t) =>
      client.post(`/api/clients/${clientId}/generate`, setPath({ prompt: CALM, negativePrompt: 'noise', title: 'Lake', width: 64, height: 64, seed: 1 }, f, t)),
  },
  'POST /api/artworks/{id}/inpaint': {
    fields: ['prompt', 'negativePrompt', 'title'],
    post: (f, t) =>
      client.post(`/api/artworks/${artworkId}/inpaint`, setPath({ mask: pngUrl, prompt: CALM, negativePrompt: 'noise', title: 'Lake again', seed: 1 }, f, t)),
  },
  'PATCH /api/artworks/{id}': { fields: ['title'], post: (f, t) => client.patch(`/api/artworks/${artworkId}`, setPath({ title: CALM }, f, t)) },
  'POST /api/artworks/{id}/keep': { fields: ['title'], post: (f, t) => client.post(`/api/artworks/${artworkId}/keep`, setPath({ title: CALM }, f, t)) },
  'POST /api/clients/{id}/artworks': {
    fields: ['title'],
    post: async (_f, t) => client.upload(clientId, await pngDrawing(), 'lake.png', 'image/png', { title: t }),
  },
  'POST /api/clients/{id}/music': {
    fields: ['prompt'],
    post: (f, t) => client.post(`/api/clients/${clientId}/music`, setPath({ prompt: CALM, seconds: 30, seed: 2 }, f, t)),
  },
  'POST /api/clients/{id}/series': {
    fields: ['title', 'description', 'chapters[].title', 'chapters[].words'],
    post: (f, t) => client.post(`/api/clients/${clientId}/series`, setPath(seriesBody(), f, t)),
  },
  'PUT /api/clients/{id}/series/{seriesId}': {
    fields: ['title', 'description', 'chapters[].title', 'chapters[].words'],
    post: async (f, t) => {
      seriesId ??= (await client.post(`/api/clients/${clientId}/series`, seriesBody())).json().series.id as string;
      return client.request({ method: 'PUT', url: `/api/clients/${clientId}/series/${seriesId}`, json: setPath(seriesBody(), f, t) });
    },
  },
  'PUT /api/groups/{id}/me': {
    fields: ['displayName'],
    post: async (f, t) =>
      client.request({ method: 'PUT', url: `/api/groups/${(await groupSession()).groupId}/me`, json: setPath({ displayName: 'Heron' }, f, t) }),
  },
  'PUT /api/group-sessions/{id}/words': {
    fields: ['words'],
    post: async (f, t) =>
      client.request({ method: 'PUT', url: `/api/group-sessions/${(await groupSession()).sessionId}/words`, json: setPath({ words: CALM }, f, t) }),
  },
};

/** A group of this client with a session in progress (group routes screen the member's words). */
let groupFixture: Promise<{ groupId: string; sessionId: string }> | undefined;
const groupSession = () =>
  (groupFixture ??= (async () => {
    const groupId = (await therapist.post('/api/groups', { name: 'Screening group', clientIds: [clientId] })).json().id as string;
    const sessionId = (await therapist.post(`/api/groups/${groupId}/sessions`, { scheduledAt: new Date().toISOString() })).json().id as string;
    await therapist.patch(`/api/group-sessions/${sessionId}`, { status: 'in_progress' });
    return { groupId, sessionId };
  })());

/** A valid series body: one chapter showing the first work. */
const seriesBody = () => ({ title: 'My year', description: CALM, chapters: [{ artworkId, title: 'Spring', words: CALM }] });
let seriesId: string | undefined;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Rowan Vale', 'rowan@home.test'));
  const png = await pngDrawing(64, 48);
  pngUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  artworkId = (await client.upload(clientId, png, 'start.png', 'image/png', { title: 'Start' })).json().id;
  homeworkId = (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place' })).json().id;
}, 120_000);
afterAll(() => h.close());

describe('screening of client words', () => {
  it('covers every write that accepts free text: each field is screened or exempted with a reason', async () => {
    const doc = h.app.swagger() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };
    const unclassified: string[] = [];
    const seen = new Set<string>();
    for (const r of h.routes) {
      if (!['POST', 'PUT', 'PATCH'].includes(r.method)) continue;
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const key = `${r.method} ${path}`;
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      const fields = MULTIPART_FIELDS[key] ?? freeText(op?.requestBody?.content?.['application/json']?.schema);
      const clientMayCall = 'roles' in r.access && r.access.roles.includes('client');
      for (const field of fields) {
        const id = `${key} ${field}`;
        seen.add(id);
        if (SCREENED[key]?.fields.includes(field) || EXEMPT[id]) continue;
        if (!clientMayCall && !('public' in r.access)) continue; // ROUTE_RULES.therapistOnly
        unclassified.push(id);
      }
    }
    expect(unclassified, 'free-text fields neither screened (services/safety) nor exempted with a reason').toEqual([]);
    // The lists name only fields that exist, so they cannot go stale.
    for (const id of Object.keys(EXEMPT)) expect(seen, `exempted field ${id} no longer exists`).toContain(id);
    for (const [key, s] of Object.entries(SCREENED))
      for (const f of s.fields) expect(seen, `screened field ${key} ${f} no longer exists`).toContain(`${key} ${f}`);
    expect(ROUTE_RULES.therapistOnly.length).toBeGreaterThan(0);
  });

  for (const [key, s] of Object.entries(SCREENED)) {
    for (const field of s.fields) {
      it(`screens ${key} ${field}`, async () => {
        const calm = await s.post(field, CALM);
        expect(calm.statusCode, calm.body).toBeLessThan(300);
        const before = await alerts();
        const res = await s.post(field, CRISIS);
        expect(res.statusCode, res.body).toBeLessThan(300);
        expect(await alerts()).toBe(before + 1);
        expect(res.json().crisis).toMatchObject({ level: 'urgent', heading: expect.any(String), contacts: expect.any(Array) });
        expect(calm.json().crisis).toBeNull();
      });
    }
  }

  it('raises one alert for a write with several positive fields, at the highest level', async () => {
    const before = await alerts();
    const res = await client.post(`/api/clients/${clientId}/generate`, {
      prompt: CRISIS,
      negativePrompt: 'I feel hopeless and want to disappear',
      title: CRISIS,
      width: 64,
      height: 64,
      seed: 3,
    });
    expect(res.statusCode).toBe(201);
    expect(await alerts()).toBe(before + 1);
    const newest = (await h.store.clinical.alertsForTherapist(therapist.userId!, true)).find((a) => a.clientId === clientId)!;
    expect(newest).toMatchObject({ source: 'artwork', level: 'urgent', sourceId: res.json().artworks[0].id });
  });

  it('screens a therapist typing in the client’s voice in session, and shows them the notice', async () => {
    const before = await alerts();
    const res = await therapist.post(`/api/clients/${clientId}/reflections`, { text: CRISIS });
    expect(res.statusCode).toBe(201);
    expect(res.json().crisis).not.toBeNull();
    expect(await alerts()).toBe(before + 1);
  });
});
