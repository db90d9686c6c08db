import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
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

describe('treatment plans', () => {
  it('tracks a measurable objective from the client’s measures and is shared only when chosen', async () => {
    const body = {
      problems: ['Worry keeps Robin awake most nights'],
      goals: [
        {
          id: 'sleep',
          text: 'Fall asleep calmer',
          objectives: [
            { id: 'gad', text: 'GAD-7 below 10 by June', target: { measure: 'gad7', below: 10, by: '2027-06-30' } },
            { id: 'ritual', text: 'A calming evening ritual 5 nights a week' },
          ],
        },
      ],
      interventions: ['Weekly art therapy', 'Music for sleep as homework'],
    };
    const plan = (await therapist.post(`/api/clients/${clientId}/plans`, body)).json();
    expect(plan.progress).toEqual([expect.objectContaining({ objectiveId: 'gad', status: 'no_data', target: 10 })]);
    expect((await client.get(`/api/clients/${clientId}/plans`)).json().plans).toEqual([]);
    expect((await client.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);

    await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [2, 2, 2, 2, 1, 2, 2] });
    let progress = (await therapist.get(`/api/plans/${plan.id}`)).json().progress[0];
    expect(progress).toMatchObject({ first: 13, latest: 13, status: 'not_yet' });
    await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [1, 1, 1, 1, 1, 1, 1] });
    progress = (await therapist.get(`/api/plans/${plan.id}`)).json().progress[0];
    expect(progress).toMatchObject({ first: 13, latest: 7, status: 'met' });

    expect((await therapist.patch(`/api/plans/${plan.id}`, { shared: true })).json().shared).toBe(true);
    const seen = (await client.get(`/api/clients/${clientId}/plans`)).json().plans;
    expect(seen[0].content.goals[0].text).toBe('Fall asleep calmer');
    expect((await client.patch(`/api/plans/${plan.id}`, { shared: false })).statusCode).toBe(403);
    const rows = await h.store.db.query<{ c: string }>('SELECT content_sealed AS c FROM treatment_plans');
    expect(Buffer.from(rows[0]!.c, 'base64').toString('latin1')).not.toContain('awake');
  });

  it('refuses a plan without goals or with a malformed target', async () => {
    expect((await therapist.post(`/api/clients/${clientId}/plans`, { problems: [], goals: [], interventions: [] })).statusCode).toBe(400);
    const bad = await therapist.post(`/api/clients/${clientId}/plans`, {
      problems: [],
      goals: [{ id: 'g', text: 'x', objectives: [{ id: 'o', text: 'y', target: { measure: 'phq9', below: 10, by: 'next June' } }] }],
      interventions: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/by/);
  });
});
