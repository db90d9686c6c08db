/**
 * The therapist workspace additions through the API: therapists' own directives (private,
 * searchable, built-ins read-only but duplicable), directives planned for a session, PHQ-9/GAD-7
 * schedules with due items, alert acknowledgement with a note, the unaudited alert count and the
 * boot-time session check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, addTherapist, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let other: Agent;
let client: Agent;
let clientId: string;

const DAY = 86_400_000;
const OWN = {
  title: 'Kitchen-table collage of small comforts',
  goal: 'Notice everyday comforts that are already within reach.',
  goalTags: ['self-compassion', 'calming'],
  mode: 'studio-upload',
  durationMinutes: { min: 15, max: 30 },
  instructions: ['Gather five small things that comfort you.', 'Arrange them and take a photo.', ''],
  reflectionQuestions: ['Which comfort surprised you?'],
  suitableFor: ['Low mood with little energy'],
  unsuitableFor: ['Acute crisis'],
  therapistNotes: 'Works well between sessions.',
};

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  other = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(() => h.close());

/** Moves the clock on; sessions older than their lifetime end, so everyone signs in again. */
async function later(ms: number): Promise<void> {
  h.advance(ms);
  therapist = await login(h, 'ana@clinic.test');
  other = await login(h, 'ben@clinic.test');
  client = await login(h, 'robin@home.test');
}

describe('therapists’ own directives', () => {
  it('are written, listed with the catalogue, searchable, editable and private to their author', async () => {
    const res = await therapist.post('/api/directives', OWN);
    expect(res.statusCode, res.body).toBe(201);
    const mine = res.json();
    expect(mine).toMatchObject({ title: OWN.title, source: 'therapist', editable: true, basedOn: null });
    expect(mine.instructions).toEqual(OWN.instructions.slice(0, 2)); // the blank editor row is dropped
    expect(mine.id).toMatch(/^mine-/);

    const all = (await therapist.get('/api/directives')).json().directives as { id: string; source: string }[];
    expect(all.length).toBeGreaterThanOrEqual(36);
    expect(all.some((d) => d.id === mine.id)).toBe(true);
    expect(all.filter((d) => d.source === 'built-in').length).toBeGreaterThanOrEqual(30);
    const found = (await therapist.get('/api/directives?text=kitchen%20comforts')).json().directives;
    expect(found.map((d: { id: string }) => d.id)).toEqual([mine.id]);
    expect((await therapist.get('/api/directives?source=mine')).json().directives.map((d: { id: string }) => d.id)).toEqual([mine.id]);
    expect((await therapist.get('/api/directives?source=built-in')).json().directives.some((d: { id: string }) => d.id === mine.id)).toBe(false);
    expect(
      (await therapist.get('/api/directives?mode=studio-upload&goal=self-compassion')).json().directives.some((d: { id: string }) => d.id === mine.id),
    ).toBe(true);
    expect((await therapist.get('/api/directives?mode=music')).json().directives.some((d: { id: string }) => d.id === mine.id)).toBe(false);

    const edited = await therapist.patch(`/api/directives/${mine.id}`, {
      title: 'Collage of small comforts',
      reflectionQuestions: ['Which comfort surprised you?', 'Where could it live this week?'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Collage of small comforts', goal: OWN.goal });
    expect(edited.json().reflectionQuestions).toHaveLength(2);

    // Another therapist neither sees nor changes it; it is simply not there for them.
    expect((await other.get('/api/directives')).json().directives.some((d: { id: string }) => d.id === mine.id)).toBe(false);
    expect((await other.get(`/api/directives/${mine.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/directives/${mine.id}`, { title: 'Taken over' })).statusCode).toBe(404);
    expect((await other.post(`/api/directives/${mine.id}/duplicate`)).statusCode).toBe(404);
    expect((await therapist.get(`/api/directives/${mine.id}`)).json().title).toBe('Collage of small comforts');

    // It can be assigned, and the client it is assigned to can read it.
    const hw = await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: mine.id, note: 'Take your time.' });
    expect(hw.statusCode, hw.body).toBe(201);
    expect(hw.json()).toMatchObject({ directiveId: mine.id, title: 'Collage of small comforts', mode: 'studio-upload' });
    expect((await client.get(`/api/directives/${mine.id}`)).statusCode).toBe(200);
    const { clientId: otherClientId } = await addClient(h, other, 'Sam', 'sam@home.test');
    expect((await other.post(`/api/clients/${otherClientId}/homework`, { directiveId: mine.id })).statusCode).toBe(400);
  });

  it('keeps a directive private from the therapist’s own clients until it is assigned to them (issue #17 item 7)', async () => {
    const secret = (
      await therapist.post('/api/directives', { ...OWN, title: 'Not for clients yet', therapistNotes: 'Try only after trust is built.' })
    ).json() as { id: string };
    const missing = await client.get('/api/directives/mine-00000000-0000-4000-8000-000000000000');
    const hidden = await client.get(`/api/directives/${secret.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual({ error: { ...missing.json().error } }); // the same answer as an id that does not exist
    expect(hidden.body).not.toContain('Not for clients yet');
    // Once assigned, the client reads it, without the notes meant for the therapist.
    expect((await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: secret.id })).statusCode).toBe(201);
    const shown = await client.get(`/api/directives/${secret.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ title: 'Not for clients yet', therapistNotes: '' });
    expect((await therapist.get(`/api/directives/${secret.id}`)).json().therapistNotes).toBe('Try only after trust is built.');
  });

  it('refuses an invalid directive with a clear message and stores nothing', async () => {
    const before = (await therapist.get('/api/directives?source=mine')).json().directives.length;
    const bad = await therapist.post('/api/directives', { ...OWN, mode: 'painting' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/mode must be one of/);
    const noQuestions = await therapist.post('/api/directives', { ...OWN, reflectionQuestions: ['  '] });
    expect(noQuestions.statusCode).toBe(400);
    expect(noQuestions.json().error.message).toMatch(/reflectionQuestions/);
    expect((await therapist.get('/api/directives?source=mine')).json().directives.length).toBe(before);
  });

  it('keeps built-ins read-only but lets them be duplicated into an editable copy', async () => {
    const locked = await therapist.patch('/api/directives/safe-place', { title: 'Mine now' });
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.message).toMatch(/Duplicate/);
    expect((await therapist.get('/api/directives/safe-place')).json()).toMatchObject({ editable: false, source: 'built-in' });
    const copy = await therapist.post('/api/directives/safe-place/duplicate');
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ source: 'therapist', editable: true, basedOn: 'safe-place' });
    expect(copy.json().title).toMatch(/Safe place/i);
    const renamed = await therapist.patch(`/api/directives/${copy.json().id}`, { title: 'Safe harbour' });
    expect(renamed.json().title).toBe('Safe harbour');
    expect((await therapist.get('/api/directives/safe-place')).json().title).not.toBe('Safe harbour');
  });
});

describe('planning a session', () => {
  it('attaches directives to an upcoming session, and not to a finished one', async () => {
    const s = (
      await therapist.post(`/api/clients/${clientId}/sessions`, { title: 'Next week', scheduledAt: new Date(h.now().getTime() + 7 * DAY).toISOString() })
    ).json();
    const a = await therapist.post(`/api/sessions/${s.id}/directives`, { directiveId: 'bridge-drawing' });
    expect(a.statusCode, a.body).toBe(201);
    await therapist.post(`/api/sessions/${s.id}/directives`, { directiveId: 'bridge-drawing' });
    await therapist.post(`/api/sessions/${s.id}/directives`, { directiveId: 'mood-mandala' });
    const list = (await therapist.get(`/api/sessions/${s.id}/directives`)).json().directives;
    expect(list.map((d: { directiveId: string }) => d.directiveId)).toEqual(['bridge-drawing', 'mood-mandala']);
    expect((await therapist.post(`/api/sessions/${s.id}/directives`, { directiveId: 'no-such-thing' })).statusCode).toBe(400);
    expect((await other.post(`/api/sessions/${s.id}/directives`, { directiveId: 'safe-place' })).statusCode).toBe(404);
    const removed = await therapist.request({ method: 'DELETE', url: `/api/sessions/${s.id}/directives/bridge-drawing` });
    expect(removed.json().directives.map((d: { directiveId: string }) => d.directiveId)).toEqual(['mood-mandala']);

    const done = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: new Date(h.now().getTime() + DAY).toISOString() })).json();
    await therapist.patch(`/api/sessions/${done.id}`, { status: 'cancelled' });
    expect((await therapist.post(`/api/sessions/${done.id}/directives`, { directiveId: 'safe-place' })).statusCode).toBe(409);
  });
});

describe('measure schedules', () => {
  const gad7 = [1, 1, 0, 2, 1, 0, 1];
  const item = async (who: Agent, id: string, measure: 'phq9' | 'gad7') =>
    (
      (await who.get(`/api/clients/${id}/measure-schedule`)).json().schedules as {
        measure: string;
        frequency: string;
        due: boolean;
        overdue: boolean;
        nextDueAt: string | null;
      }[]
    ).find((s) => s.measure === measure)!;

  it('makes GAD-7 due before every session and clears it when the client answers', async () => {
    const { clientId: id, client: jo } = await addClient(h, therapist, 'Jo', 'jo@home.test');
    expect(await item(jo, id, 'gad7')).toMatchObject({ frequency: 'off', due: false });
    const set = await therapist.request({ method: 'PUT', url: `/api/clients/${id}/measure-schedule`, json: { measure: 'gad7', frequency: 'every_session' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(await item(jo, id, 'gad7')).toMatchObject({ frequency: 'every_session', due: false }); // no session yet

    await therapist.post(`/api/clients/${id}/sessions`, { scheduledAt: new Date(h.now().getTime() + 2 * 3600_000).toISOString() });
    expect(await item(jo, id, 'gad7')).toMatchObject({ due: true, overdue: false });
    expect(await item(jo, id, 'phq9')).toMatchObject({ frequency: 'off', due: false });
    expect((await jo.post(`/api/clients/${id}/measures`, { measure: 'gad7', answers: gad7 })).statusCode).toBe(201);
    expect(await item(jo, id, 'gad7')).toMatchObject({ due: false });
    expect(await item(therapist, id, 'gad7')).toMatchObject({ due: false });
  });

  it('runs weekly from when it was set, and says when it is overdue', async () => {
    const { clientId: id } = await addClient(h, therapist, 'Kim', 'kim@home.test');
    let kim = await login(h, 'kim@home.test');
    await therapist.request({ method: 'PUT', url: `/api/clients/${id}/measure-schedule`, json: { measure: 'phq9', frequency: 'weekly' } });
    expect(await item(kim, id, 'phq9')).toMatchObject({ due: true, overdue: false });
    await kim.post(`/api/clients/${id}/measures`, { measure: 'phq9', answers: [0, 1, 1, 0, 0, 1, 0, 0, 0] });
    const after = await item(kim, id, 'phq9');
    expect(after.due).toBe(false);
    expect(new Date(after.nextDueAt!).getTime() - h.now().getTime()).toBeGreaterThan(6.9 * DAY);
    await later(7 * DAY + 60_000);
    kim = await login(h, 'kim@home.test');
    expect(await item(kim, id, 'phq9')).toMatchObject({ due: true, overdue: false });
    await later(3 * DAY);
    expect(await item(therapist, id, 'phq9')).toMatchObject({ due: true, overdue: true });
    await therapist.request({ method: 'PUT', url: `/api/clients/${id}/measure-schedule`, json: { measure: 'phq9', frequency: 'off' } });
    expect(await item(therapist, id, 'phq9')).toMatchObject({ frequency: 'off', due: false, overdue: false, nextDueAt: null });
  });

  it('refuses unknown frequencies, clients setting schedules, and other caseloads', async () => {
    const bad = await therapist.request({ method: 'PUT', url: `/api/clients/${clientId}/measure-schedule`, json: { measure: 'gad7', frequency: 'hourly' } });
    expect(bad.statusCode).toBe(400);
    expect(
      (await client.request({ method: 'PUT', url: `/api/clients/${clientId}/measure-schedule`, json: { measure: 'gad7', frequency: 'weekly' } })).statusCode,
    ).toBe(403);
    expect((await other.get(`/api/clients/${clientId}/measure-schedule`)).statusCode).toBe(404);
    expect((await therapist.get(`/api/clients/${clientId}/measure-schedule`)).json().schedules.every((s: { frequency: string }) => s.frequency === 'off')).toBe(
      true,
    );
  });
});

describe('alerts', () => {
  it('are counted for the badge without auditing, and acknowledged once with a note shown in the history', async () => {
    await client.post(`/api/clients/${clientId}/reflections`, { text: 'Some nights I want to die.' });
    const audited = async () => Number((await h.store.db.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'alert.%'"))[0]!.n);
    const listedBefore = await audited();
    const count = await therapist.get('/api/alerts/count');
    expect(count.statusCode).toBe(200);
    expect(count.json().open).toBeGreaterThanOrEqual(1);
    await therapist.get('/api/alerts/count');
    expect(await audited()).toBe(listedBefore);
    expect((await other.get('/api/alerts/count')).json()).toEqual({ open: 0, urgent: 0 });
    expect((await client.get('/api/alerts/count')).statusCode).toBe(403);

    const open = (await therapist.get('/api/alerts')).json().alerts;
    expect(await audited()).toBe(listedBefore + 1);
    const alert = open.find((a: { clientId: string }) => a.clientId === clientId);
    const note = 'Called Robin at 14:10; safety plan reviewed, no current plan or means.';
    const ack = await therapist.post(`/api/alerts/${alert.id}/acknowledge`, { note });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ acknowledgedNote: note });
    expect(ack.json().acknowledgedAt).not.toBeNull();
    expect((await therapist.post(`/api/alerts/${alert.id}/acknowledge`, { note: 'again' })).statusCode).toBe(409);
    const history = (await therapist.get('/api/alerts?all=true')).json().alerts;
    expect(history.find((a: { id: string }) => a.id === alert.id).acknowledgedNote).toBe(note);
    expect((await therapist.get('/api/alerts/count')).json().open).toBe(count.json().open - 1);
    const row = (await h.store.db.query<{ ack_note_sealed: string }>('SELECT ack_note_sealed FROM alerts WHERE id = $1', [alert.id]))[0]!;
    expect(row.ack_note_sealed).not.toContain('safety plan');
  });
});

describe('the boot-time session check', () => {
  it('answers 200 for a signed-out visitor and names the signed-in user otherwise', async () => {
    const anon = await h.anon().get('/api/auth/session');
    expect(anon.statusCode).toBe(200);
    expect(anon.json()).toEqual({ signedIn: false, me: null });
    const me = (await therapist.get('/api/auth/session')).json();
    expect(me.signedIn).toBe(true);
    expect(me.me).toMatchObject({ role: 'therapist', displayName: 'Ana Therapist' });
    expect(me.me.csrfToken).toEqual((await therapist.get('/api/auth/me')).json().csrfToken);
  });
});

describe('homework made in music', () => {
  it('links a composed piece to the homework, and the history shows it with the client’s words', async () => {
    const hw = (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'music-for-my-mood' })).json();
    expect(hw.mode).toBe('music');
    const piece = (await client.post(`/api/clients/${clientId}/music`, { prompt: 'slow piano by the sea', seconds: 30, seed: 3 })).json();
    const { clientId: otherClientId, client: sam } = await addClient(h, therapist, 'Sam B', 'samb@home.test');
    const foreign = (await sam.post(`/api/clients/${otherClientId}/music`, { prompt: 'bright guitar', seconds: 30, seed: 4 })).json();
    const refused = await client.post(`/api/homework/${hw.id}/music`, { musicId: foreign.id });
    expect(refused.statusCode).toBe(400);
    const linked = await client.post(`/api/homework/${hw.id}/music`, { musicId: piece.id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().status).toBe('in_progress');
    await client.post(`/api/homework/${hw.id}/answers`, {
      answers: [{ question: hw.reflectionQuestions[0], text: 'The piano slowed my breathing.' }],
      complete: true,
    });
    const item = (await therapist.get(`/api/clients/${clientId}/homework-history`))
      .json()
      .items.find((i: { homework: { id: string } }) => i.homework.id === hw.id);
    expect(item.music).toEqual([expect.objectContaining({ id: piece.id, seconds: 30 })]);
    expect(item.music[0].description).toMatch(/piano/i);
    expect(item.reflections.map((r: { text: string }) => r.text)).toEqual(['The piano slowed my breathing.']);
    expect(item.homework.status).toBe('completed');
  });
});
