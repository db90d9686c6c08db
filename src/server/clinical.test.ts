/** Check-ins, measures, reflections and crisis alerts through the HTTP API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, addTherapist, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
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

describe('crisis screening of client words', () => {
  it('shows crisis resources to the client at once and alerts only their own therapist', async () => {
    const res = await client.post(`/api/clients/${clientId}/reflections`, { text: 'I drew the sea. Honestly I have a plan to end my life this weekend.' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.crisis).toMatchObject({ level: 'urgent' });
    expect(body.crisis.contacts.length).toBeGreaterThan(2);

    const alerts = (await therapist.get('/api/alerts')).json().alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ clientId, clientName: 'Robin', source: 'reflection', level: 'urgent', acknowledgedAt: null });
    expect(alerts[0].reasons.join(' ')).toMatch(/end my life/);

    const other = await addTherapist(h, 'ben@clinic.test', 'Ben');
    expect((await other.get('/api/alerts')).json().alerts).toEqual([]);
    expect((await other.post(`/api/alerts/${alerts[0].id}/acknowledge`)).statusCode).toBe(404);

    const ack = await therapist.post(`/api/alerts/${alerts[0].id}/acknowledge`);
    expect(ack.json().acknowledgedAt).not.toBeNull();
    expect((await therapist.get('/api/alerts')).json().alerts).toEqual([]);
    expect((await therapist.get('/api/alerts?all=true')).json().alerts).toHaveLength(1);
  });

  it('does not alarm on everyday figures of speech, and screens check-in notes too', async () => {
    const calm = await client.post(`/api/clients/${clientId}/reflections`, { text: 'This homework is killing me, but I liked the colours.' });
    expect(calm.json().crisis).toBeNull();
    const checkin = await client.post(`/api/clients/${clientId}/checkins`, {
      moment: 'after',
      activity: 'studio',
      valence: -0.8,
      arousal: 0.6,
      distress: 9,
      note: 'I keep thinking about hurting myself',
    });
    expect(checkin.json().crisis?.level).toBeDefined();
    expect((await therapist.get('/api/alerts')).json().alerts[0]).toMatchObject({ source: 'checkin' });
  });

  it('keeps reflections and notes sealed in the database', async () => {
    const rows = await h.store.db.query<{ t: string }>(
      'SELECT text_sealed AS t FROM reflections UNION ALL SELECT note_sealed FROM checkins WHERE note_sealed IS NOT NULL UNION ALL SELECT reasons_sealed FROM alerts',
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(Buffer.from(r.t, 'base64').toString('latin1')).not.toMatch(/end my life|hurting myself|homework/);
    const list = (await therapist.get(`/api/clients/${clientId}/reflections`)).json().reflections;
    expect(list.map((r: { text: string }) => r.text)).toContain('This homework is killing me, but I liked the colours.');
    expect(list[0].byClient).toBe(true);
  });
});

describe('check-ins and measures', () => {
  it('records mood before and after an activity', async () => {
    await client.post(`/api/clients/${clientId}/checkins`, { moment: 'before', activity: 'music', valence: -0.2, arousal: 0.4, distress: 6 });
    await client.post(`/api/clients/${clientId}/checkins`, { moment: 'after', activity: 'music', valence: 0.3, arousal: -0.2, distress: 3 });
    const list = (await therapist.get(`/api/clients/${clientId}/checkins`)).json().checkins;
    expect(list.slice(0, 2).map((c: { moment: string; distress: number }) => [c.moment, c.distress])).toEqual([
      ['after', 3],
      ['before', 6],
    ]);
    const bad = await client.post(`/api/clients/${clientId}/checkins`, { valence: 2, arousal: 0, distress: 11 });
    expect(bad.statusCode).toBe(400);
  });

  it('scores PHQ-9 and GAD-7 with their bands, flags item 9, and reports change', async () => {
    const defs = (await client.get('/api/measures')).json().measures;
    expect(defs.find((m: { id: string }) => m.id === 'phq9').items).toHaveLength(9);
    const first = await client.post(`/api/clients/${clientId}/measures`, { measure: 'phq9', answers: [2, 2, 2, 2, 2, 1, 1, 1, 0] });
    expect(first.json().response).toMatchObject({ total: 13, maxTotal: 27, band: expect.stringMatching(/moderate/i), safetyFlag: false, change: null });
    expect(first.json().crisis).toBeNull();
    const second = await client.post(`/api/clients/${clientId}/measures`, { measure: 'phq9', answers: [1, 1, 0, 1, 1, 0, 0, 1, 1] });
    expect(second.json().response).toMatchObject({ total: 6, safetyFlag: true, change: { from: 13, change: -7 } });
    expect(second.json().response.change.outcome).toMatch(/improv/i);
    expect(second.json().crisis.level).toBe('urgent');
    expect((await therapist.get('/api/alerts')).json().alerts.some((a: { source: string }) => a.source === 'measure')).toBe(true);

    const wrong = await client.post(`/api/clients/${clientId}/measures`, { measure: 'gad7', answers: [1, 2, 3] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/7/);
    const history = (await therapist.get(`/api/clients/${clientId}/measures`)).json().responses;
    expect(history.map((r: { total: number }) => r.total)).toEqual([13, 6]);
  });
});

describe('directive catalogue', () => {
  it('searches and filters, and refuses unknown filters clearly', async () => {
    const all = (await therapist.get('/api/directives')).json().directives;
    expect(all.length).toBeGreaterThanOrEqual(30);
    const bridge = (await therapist.get('/api/directives?text=bridge')).json().directives;
    expect(bridge[0].title).toMatch(/bridge/i);
    const music = (await therapist.get('/api/directives?mode=music')).json().directives;
    expect(music.length).toBeGreaterThan(0);
    expect(music.every((d: { mode: string }) => d.mode === 'music')).toBe(true);
    expect((await therapist.get('/api/directives?mode=opera')).statusCode).toBe(400);
    expect((await client.get(`/api/directives/${all[0].id}`)).json().title).toBe(all[0].title);
  });
});
