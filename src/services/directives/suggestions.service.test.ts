/**
 * Suggestions that learn, on a real PGlite store: homework the client checked in before and after
 * changes the ranking and the reason says so, in the reader's language; the practice's language
 * model (a fake OpenAI-compatible chat server) rewords the reasons only within the rules — no
 * name or id in what is sent, each line checked, the built-in words on error, out-of-shape
 * answers and timeouts, and a server off this machine only with the client's external-AI consent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiFake } from '../../../test/fakes/openai.fake.ts';
import { addClient, createHarness, pngDrawing, setupTherapist, signConsent } from '../../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../../test/helpers/harness.ts';
import type { Actor } from '../context.ts';
import { createOpenAiWording } from './openai-wording.ts';
import { directiveSuggestions } from './suggestions.service.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;
let actor: Actor;

type Reasons = { suggestions: { directiveId: string; reason: string }[]; basedOn: { rated: number }; wordedBy: string };

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Sam Reed', 'sam@home.test'));
  expect((await therapist.request({ method: 'PATCH', url: `/api/clients/${clientId}`, json: { goals: 'Feel less anxious before exams' } })).statusCode).toBe(
    200,
  );
  const rec = (await h.store.clients.byId(clientId))!;
  actor = { userId: rec.therapistId, role: 'therapist', displayName: 'Ana Therapist', email: 'ana@clinic.test', clientId: null, locale: null };
}, 120_000);
afterAll(() => h.close());

const get = async (lang = 'en'): Promise<Reasons> => {
  const res = await therapist.get(`/api/clients/${clientId}/directive-suggestions?lang=${lang}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Reasons;
};
const subject = async () => ({ client: (await h.store.clients.byId(clientId))! });

describe('suggestions learn from how the client felt after homework', () => {
  it('lifts a directive whose homework eased distress, names it in the reason, and says it in German', async () => {
    const before = await get();
    // The client does homework that is not at the top and checks in before (7) and after (3).
    const hw = await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'mood-mandala' });
    expect(hw.statusCode, hw.body).toBe(201);
    const hwId = hw.json().id as string;
    for (const [moment, distress] of [
      ['before', 7],
      ['after', 3],
    ] as const) {
      const c = await client.post(`/api/clients/${clientId}/checkins`, { moment, valence: 0, arousal: 0, distress, homeworkId: hwId });
      expect(c.statusCode, c.body).toBe(201);
    }
    expect((await client.request({ method: 'PATCH', url: `/api/homework/${hwId}`, json: { status: 'completed' } })).statusCode).toBe(200);
    const after = await get();
    expect(after.basedOn.rated).toBe(1);
    expect(after.wordedBy).toBe('builtin');
    expect(after.suggestions.map((s) => s.reason).join(' ')).toMatch(/after which the client’s distress eased by 4 points/);
    expect(after.suggestions).not.toEqual(before.suggestions);
    const de = await get('de');
    expect(de.suggestions.map((s) => s.reason).join(' ')).toMatch(/Belastung um 4 Punkte zurückging/);
    // A severe GAD-7 from the client's own questionnaire counts, and is said.
    expect((await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [3, 3, 2, 2, 3, 2, 2] })).statusCode).toBe(201);
    expect((await get()).suggestions.map((s) => s.reason).join(' ')).toMatch(/GAD-7 is 17: a calming, grounding activity/);
  });
});

describe('suggestions learn from recent works against the client’s own usual range', () => {
  it('answers a run of less colourful works with expressive directives, said as what is on the page', async () => {
    const other = await addClient(h, therapist, 'Kim Ode', 'kim@home.test');
    expect((await therapist.request({ method: 'PATCH', url: `/api/clients/${other.clientId}`, json: { goals: 'Feel less anxious' } })).statusCode).toBe(200);
    const kim = { client: (await h.store.clients.byId(other.clientId))! };
    // Seven works, one after another; the insights' stored features: colourful, then the last two much less so.
    const colour = [60, 62, 58, 61, 59, 12, 10]; // Hasler–Süsstrunk colourfulness, 0–~100
    for (const [i, c] of colour.entries()) {
      const up = await other.client.upload(other.clientId, await pngDrawing(64, 48, '#3366aa'), `w${i}.png`, 'image/png', { title: `Work ${i + 1}` });
      expect(up.statusCode, up.body).toBe(201);
      await h.store.artworks.saveFeatures({ id: up.json().id as string, clientId: other.clientId }, { colourfulness: c }, {}, h.now());
    }
    const out = await directiveSuggestions({ store: h.store, clock: h.now }, actor, kim, { lang: 'en' });
    expect(out.basedOn.trends).toBe(1);
    const said = out.suggestions.find((x) => /fewer and softer colours than usual \(the last 2 works/.test(x.reason));
    expect(said, JSON.stringify(out.suggestions.map((x) => x.reason))).toBeDefined();
    // Without the trend (the last two back in the usual range) it is not said.
    const works = (await h.store.artworks.listForClient(other.clientId, 'kept')).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    for (const w of works.slice(0, 2)) await h.store.artworks.saveFeatures(w, { colourfulness: 60 }, {}, h.now());
    const usual = await directiveSuggestions({ store: h.store, clock: h.now }, actor, kim, { lang: 'en' });
    expect(usual.basedOn.trends).toBe(0);
    expect(usual.suggestions.some((x) => /colours/.test(x.reason))).toBe(false);
  });
});

describe('wording by the practice’s language model', () => {
  it('sends no name or id, keeps checked lines, and falls back line by line and on a bad answer', async () => {
    const reply = { fn: (_n: number, _user: string): string => '' };
    const fake = await startOpenAiFake({
      chatReply: (b) => {
        const user = b.messages!.find((m) => m.role === 'user')!.content;
        return reply.fn((JSON.parse(user) as { items: unknown[] }).items.length, user);
      },
    });
    try {
      const wording = createOpenAiWording({ url: fake.url, model: 'llama3.1', timeoutMs: 5000 });
      expect(wording.external).toBe(false);
      const deps = { store: h.store, clock: h.now, suggestionWording: wording };
      const builtin = await directiveSuggestions({ store: h.store, clock: h.now }, actor, await subject(), { lang: 'en' });
      // A good answer: each line warmer, kept; except one that names the client and one with a diagnosis.
      reply.fn = (n) =>
        JSON.stringify({
          reasons: Array.from({ length: n }, (_, i) =>
            i === 0 ? 'Sam seems to like this one.' : i === 1 ? 'Good for an anxiety disorder.' : `A gentle option that fits what the record shows (${i}).`,
          ),
        });
      const worded = await directiveSuggestions(deps, actor, await subject(), { lang: 'en' });
      expect(worded.wordedBy).toBe('model');
      expect(worded.suggestions[0]!.reason).toBe(builtin.suggestions[0]!.reason);
      expect(worded.suggestions[1]!.reason).toBe(builtin.suggestions[1]!.reason);
      expect(worded.suggestions[2]!.reason).toBe('A gentle option that fits what the record shows (2).');
      expect(worded.suggestions.map((s) => s.directiveId)).toEqual(builtin.suggestions.map((s) => s.directiveId));
      const sent = fake.requests.map((r) => JSON.stringify(r.json)).join(' ');
      expect(sent).not.toMatch(/Sam|Reed|sam@home|exams/);
      expect(sent).not.toContain(clientId);
      // Out of shape (wrong count, not JSON) → the built-in words.
      for (const bad of [() => JSON.stringify({ reasons: ['one'] }), () => 'Sure! Here you go.']) {
        reply.fn = bad;
        const r = await directiveSuggestions(deps, actor, await subject(), { lang: 'en' });
        expect(r.wordedBy).toBe('builtin');
        expect(r.suggestions).toEqual(builtin.suggestions);
      }
    } finally {
      await fake.close();
    }
  });

  it('falls back on a server error and on a timeout', async () => {
    const builtin = await directiveSuggestions({ store: h.store, clock: h.now }, actor, await subject(), { lang: 'es' });
    for (const mode of ['error', 'hang'] as const) {
      const fake = await startOpenAiFake({ mode });
      try {
        const t0 = Date.now();
        const wording = createOpenAiWording({ url: fake.url, model: 'llama3.1', timeoutMs: 800 });
        const r = await directiveSuggestions({ store: h.store, clock: h.now, suggestionWording: wording }, actor, await subject(), { lang: 'es' });
        expect(r.wordedBy).toBe('builtin');
        expect(r.suggestions).toEqual(builtin.suggestions);
        expect(Date.now() - t0).toBeLessThan(10_000);
      } finally {
        await fake.close();
      }
    }
  });

  it('asks a server off this machine only with the client’s external-AI consent', async () => {
    const fake = await startOpenAiFake({
      chatReply: (b) => JSON.stringify({ reasons: JSON.parse(b.messages!.at(-1)!.content).items.map(() => 'Worded by the model.') }),
    });
    try {
      const wording = createOpenAiWording({ url: fake.url, model: 'llama3.1', external: true });
      const deps = { store: h.store, clock: h.now, suggestionWording: wording };
      const without = await directiveSuggestions(deps, actor, await subject(), { lang: 'en' });
      expect(without.wordedBy).toBe('builtin');
      expect(fake.requests).toHaveLength(0);
      await signConsent(client, clientId, ['builtin_ai', 'insights', 'music', 'group', 'external_ai']);
      const withConsent = await directiveSuggestions(deps, actor, await subject(), { lang: 'en' });
      expect(withConsent.wordedBy).toBe('model');
      expect(withConsent.suggestions.every((s) => s.reason === 'Worded by the model.')).toBe(true);
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
