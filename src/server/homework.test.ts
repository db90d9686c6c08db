/** Homework end to end through the API: assign, do, answer, and the compiled history. */
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

describe('homework', () => {
  it('is assigned from the catalogue, done by the client, and compiled for the next session', async () => {
    const due = new Date(Date.now() + 5 * 24 * 3600_000).toISOString();
    const res = await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place', dueAt: due, note: 'Try the harbour again, Robin.' });
    expect(res.statusCode).toBe(201);
    const hw = res.json();
    expect(hw).toMatchObject({ status: 'assigned', note: 'Try the harbour again, Robin.', overdue: false });
    expect(hw.reflectionQuestions.length).toBeGreaterThan(0);

    const mine = (await client.get(`/api/clients/${clientId}/homework`)).json().homework;
    expect(mine.map((x: { id: string }) => x.id)).toEqual([hw.id]);

    await client.post(`/api/clients/${clientId}/checkins`, { moment: 'before', homeworkId: hw.id, valence: -0.4, arousal: 0.5, distress: 7 });
    const art = (await client.upload(clientId, await pngDrawing(), 'harbour.png', 'image/png', { title: 'Harbour' })).json();
    expect((await client.post(`/api/homework/${hw.id}/artworks`, { artworkId: art.id })).json().status).toBe('in_progress');
    const answered = await client.post(`/api/homework/${hw.id}/answers`, {
      answers: [{ question: hw.reflectionQuestions[0], text: 'The water was still and I could breathe.' }],
      complete: true,
    });
    expect(answered.statusCode).toBe(201);
    expect(answered.json().homework.status).toBe('completed');
    expect(answered.json().crisis).toBeNull();
    await client.post(`/api/clients/${clientId}/checkins`, { moment: 'after', homeworkId: hw.id, valence: 0.4, arousal: -0.3, distress: 3 });

    const history = (await therapist.get(`/api/clients/${clientId}/homework-history`)).json().items;
    expect(history).toHaveLength(1);
    const item = history[0];
    expect(item.homework).toMatchObject({ id: hw.id, status: 'completed', title: hw.title });
    expect(item.artworks.map((a: { title: string }) => a.title)).toEqual(['Harbour']);
    expect(item.reflections[0]).toMatchObject({ question: hw.reflectionQuestions[0], text: 'The water was still and I could breathe.', byClient: true });
    expect(item.mood).toMatchObject({ before: { distress: 7 }, after: { distress: 3 }, distressChange: -4 });
  });

  it('keeps the therapist in control of cancelling and refuses bad input', async () => {
    const hw = (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place' })).json();
    expect((await client.patch(`/api/homework/${hw.id}`, { status: 'cancelled' })).statusCode).toBe(403);
    expect((await therapist.patch(`/api/homework/${hw.id}`, { status: 'cancelled' })).json().status).toBe('cancelled');
    expect((await client.post(`/api/homework/${hw.id}/answers`, { answers: [{ question: 'q', text: 'a' }] })).statusCode).toBe(409);
    expect((await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'no-such-thing' })).json().error.message).toMatch(/no directive/);
    expect(
      (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place', dueAt: '2001-01-01T00:00:00Z' })).json().error.message,
    ).toMatch(/past/);
  });

  it('screens homework answers for crisis language', async () => {
    const hw = (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place' })).json();
    const res = await client.post(`/api/homework/${hw.id}/answers`, { answers: [{ question: 'How did it feel?', text: 'I want to kill myself.' }] });
    expect(res.json().crisis.level).toBe('urgent');
  });
});
