/**
 * The therapist's home through the HTTP app: sessions in the asked window only, a to-do list that
 * holds exactly what needs the therapist (draft notes, due questionnaires, homework finished since
 * the last session, open alerts), and nothing from another therapist's caseload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, addTherapist, createHarness, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../../test/helpers/harness.ts';

let h: Harness;
let ana: Agent;
let ben: Agent;
let alexId: string;
let alex: Agent;
let samId: string;
let blairId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  h = await createHarness();
  ana = await setupTherapist(h);
  ben = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
  ({ clientId: alexId, client: alex } = await addClient(h, ana, 'Alex', 'alex@home.test'));
  samId = (await ana.post('/api/clients', { displayName: 'Sam' })).json().id;
  ({ clientId: blairId } = await addClient(h, ben, 'Blair', 'blair@home.test'));
}, 120_000);
afterAll(() => h.close());

const at = (ms: number) => new Date(h.now().getTime() + ms).toISOString();
const window = (fromMs: number, toMs: number) => `/api/dashboard?from=${encodeURIComponent(at(fromMs))}&to=${encodeURIComponent(at(toMs))}`;

describe('GET /api/dashboard', () => {
  it('lists the sessions inside the window with the client’s name, and only the therapist’s own', async () => {
    const inDay = (await ana.post(`/api/clients/${alexId}/sessions`, { scheduledAt: at(2 * 3_600_000), title: 'Week 4' })).json();
    const inWeek = (await ana.post(`/api/clients/${samId}/sessions`, { scheduledAt: at(3 * DAY) })).json();
    const later = (await ana.post(`/api/clients/${samId}/sessions`, { scheduledAt: at(20 * DAY) })).json();
    const foreign = (await ben.post(`/api/clients/${blairId}/sessions`, { scheduledAt: at(3_600_000) })).json();

    const day = (await ana.get(window(0, DAY))).json();
    expect(day.sessions.map((s: { id: string }) => s.id)).toEqual([inDay.id]);
    expect(day.sessions[0]).toMatchObject({ clientId: alexId, clientName: 'Alex', title: 'Week 4', status: 'scheduled' });

    const week = (await ana.get(window(0, 7 * DAY))).json();
    expect(week.sessions.map((s: { id: string }) => s.id)).toEqual([inDay.id, inWeek.id]);
    const ids = [...week.sessions.map((s: { id: string }) => s.id), ...week.clients.map((c: { id: string }) => c.id)];
    expect(ids).not.toContain(foreign.id);
    expect(ids).not.toContain(blairId);
    expect(week.clients.map((c: { displayName: string }) => c.displayName)).toEqual(['Alex', 'Sam']);
    expect(week.clients.find((c: { id: string }) => c.id === samId).nextSessionAt).toBe(inWeek.scheduledAt);

    // Ben sees his own and none of Ana's.
    const bens = (await ben.get(window(0, 7 * DAY))).json();
    expect(bens.sessions.map((s: { id: string }) => s.id)).toEqual([foreign.id]);
    expect(bens.clients.map((c: { id: string }) => c.id)).toEqual([blairId]);

    // A moved session leaves the day; a cancelled one stays visible with its status.
    await ana.patch(`/api/sessions/${inDay.id}`, { scheduledAt: at(2 * DAY) });
    expect((await ana.get(window(0, DAY))).json().sessions).toEqual([]);
    await ana.patch(`/api/sessions/${inWeek.id}`, { status: 'cancelled' });
    const after = (await ana.get(window(0, 7 * DAY))).json();
    expect(after.sessions.find((s: { id: string }) => s.id === inWeek.id).status).toBe('cancelled');
    expect(after.sessions.some((s: { id: string }) => s.id === later.id)).toBe(false);
  });

  it('defaults to seven days from the start of today and refuses a bad window without side effects', async () => {
    const d = (await ana.get('/api/dashboard')).json();
    expect(Date.parse(d.to) - Date.parse(d.from)).toBe(7 * DAY);
    expect(Date.parse(d.from)).toBeLessThanOrEqual(h.now().getTime());
    for (const q of [`?from=${encodeURIComponent(at(0))}`, window(DAY, 0), window(0, 60 * DAY), '?from=yesterday&to=today']) {
      const res = await ana.get(q.startsWith('/') ? q : `/api/dashboard${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });

  it('puts draft notes, due questionnaires, reviewed-not-yet homework and open alerts on the to-do list', async () => {
    const empty = (await ana.get('/api/dashboard')).json().todo;
    expect(empty).toEqual({ notes: [], measures: [], homework: [], alerts: [] });

    // A session in progress → a drafted note is unsigned until signed.
    const s = (await ana.post(`/api/clients/${alexId}/sessions`, { scheduledAt: at(0) })).json();
    await ana.patch(`/api/sessions/${s.id}`, { status: 'in_progress' });
    const note = (await ana.post(`/api/sessions/${s.id}/notes`, { format: 'DAP' })).json();
    // PHQ-9 weekly → due at once.
    await ana.request({ method: 'PUT', url: `/api/clients/${alexId}/measure-schedule`, json: { measure: 'phq9', frequency: 'weekly' } });
    // Homework completed by the client → to review.
    const hw = (await ana.post(`/api/clients/${alexId}/homework`, { directiveId: 'safe-place' })).json();
    await alex.patch(`/api/homework/${hw.id}`, { status: 'completed' });
    // A check-in in crisis words → an alert.
    const checkin = await alex.post(`/api/clients/${alexId}/checkins`, { valence: -0.8, arousal: 0.5, distress: 9, note: 'I want to kill myself tonight.' });

    expect(checkin.statusCode).toBe(201);
    const todo = (await ana.get('/api/dashboard')).json().todo;
    expect(todo.notes).toEqual([expect.objectContaining({ noteId: note.id, clientId: alexId, clientName: 'Alex', sessionId: s.id, format: 'DAP' })]);
    expect(todo.measures).toEqual([expect.objectContaining({ clientId: alexId, measure: 'phq9', overdue: false })]);
    expect(todo.homework).toEqual([expect.objectContaining({ homeworkId: hw.id, clientId: alexId, title: expect.any(String) })]);
    expect(todo.alerts.length).toBeGreaterThanOrEqual(1);
    expect(todo.alerts.every((a: { clientId: string }) => a.clientId === alexId)).toBe(true);
    expect((await ben.get('/api/dashboard')).json().todo).toEqual({ notes: [], measures: [], homework: [], alerts: [] });

    // Each item leaves the list when its work is done.
    h.advance(60_000);
    await alex.post(`/api/clients/${alexId}/measures`, { measure: 'phq9', answers: [1, 1, 1, 0, 0, 0, 0, 0, 0] });
    for (const a of todo.alerts) await ana.post(`/api/alerts/${a.alertId}/acknowledge`, { note: 'Called; safe.' });
    await ana.patch(`/api/sessions/${s.id}`, { status: 'completed' });
    const filled = note.sections.map((x: { key: string; label: string; text: string }) => ({
      ...x,
      text: x.text.replace(/\[[^\]]*\]/g, '').trim() || 'Seen.',
    }));
    expect((await ana.patch(`/api/notes/${note.id}`, { sections: filled })).statusCode).toBe(200);
    const signed = await ana.post(`/api/notes/${note.id}/sign`);
    expect(signed.statusCode).toBe(200);
    expect((await ana.get('/api/dashboard')).json().todo).toEqual({ notes: [], measures: [], homework: [], alerts: [] });
  });
});
