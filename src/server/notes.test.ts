/** Session notes: drafted from the session's facts, edited, signed and locked, amended by addenda. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, pngDrawing, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(() => h.close());

describe('session notes', () => {
  it('drafts from what happened in the session, quoting the client, and locks once signed', async () => {
    const s = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: new Date().toISOString(), title: 'Safe place' })).json();
    await therapist.patch(`/api/sessions/${s.id}`, { status: 'in_progress' });
    await client.post(`/api/clients/${clientId}/checkins`, { moment: 'before', activity: 'studio', valence: -0.5, arousal: 0.6, distress: 7 });
    await client.upload(clientId, await pngDrawing(), 'h.png', 'image/png', { title: 'The harbour', sessionId: s.id });
    await client.post(`/api/clients/${clientId}/reflections`, { text: 'The boats made me feel held.' });
    await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [2, 1, 2, 1, 1, 1, 2] });
    await client.post(`/api/clients/${clientId}/checkins`, { moment: 'after', activity: 'studio', valence: 0.4, arousal: -0.2, distress: 3 });
    h.advance(25 * 60_000);
    await therapist.get('/api/auth/me');
    await client.get('/api/auth/me');
    h.advance(25 * 60_000);
    await therapist.patch(`/api/sessions/${s.id}`, { status: 'completed' });

    for (const format of ['SOAP', 'DAP', 'BIRP'] as const) {
      const res = await therapist.post(`/api/sessions/${s.id}/notes`, { format });
      expect(res.statusCode, res.body).toBe(201);
      const text = res
        .json()
        .sections.map((x: { text: string }) => x.text)
        .join('\n');
      expect(text).toContain('"The boats made me feel held."');
      expect(text).toContain('"The harbour"');
      expect(text).toMatch(/distress went from 7 to 3/);
      expect(text).toMatch(/GAD-7: 10 \(moderate\)/i);
      expect(text).not.toMatch(/GAD7|PHQ9/);
      expect(text).toMatch(/50 minutes/);
    }
    const soap = (await therapist.get(`/api/clients/${clientId}/notes`)).json().notes.find((n: { format: string }) => n.format === 'SOAP');
    expect(soap.sections.map((x: { label: string }) => x.label)).toEqual(['Subjective', 'Objective', 'Assessment', 'Plan']);
    expect(soap.integrity).toBe('draft');

    const unfinished = await therapist.post(`/api/notes/${soap.id}/sign`);
    expect(unfinished.statusCode).toBe(400);
    const filled = soap.sections.map((x: { key: string; label: string; text: string }) => ({
      ...x,
      text: x.text.replace('[For the therapist to complete.]', 'Calmer by the end; engaged with the harbour image.'),
    }));
    expect((await therapist.patch(`/api/notes/${soap.id}`, { sections: filled })).statusCode).toBe(200);
    const signed = (await therapist.post(`/api/notes/${soap.id}/sign`)).json();
    expect(signed).toMatchObject({ status: 'signed', integrity: 'intact' });
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const edit = await therapist.patch(`/api/notes/${soap.id}`, { sections: filled });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/addendum/);
    const withAddendum = (await therapist.post(`/api/notes/${soap.id}/addenda`, { text: 'Client phoned next day; feeling steady.' })).json();
    expect(withAddendum.addenda).toHaveLength(1);
    expect(withAddendum.integrity).toBe('intact');

    // Tampering with the stored content is detected.
    const other = (await therapist.get(`/api/clients/${clientId}/notes`)).json().notes.find((n: { format: string }) => n.format === 'DAP');
    const row = (await h.store.db.query<{ content_sealed: string }>('SELECT content_sealed FROM notes WHERE id = $1', [other.id]))[0]!;
    await h.store.db.query('UPDATE notes SET content_sealed = $2 WHERE id = $1', [soap.id, row.content_sealed]);
    const tampered = await therapist.get(`/api/notes/${soap.id}`); // sealed to another note: it cannot even be opened
    expect(tampered.statusCode).toBe(500);
    expect(tampered.json().error.code).toBe('integrity_failed');
    expect((await client.get(`/api/clients/${clientId}/notes`)).statusCode).toBe(403);
  });
});
