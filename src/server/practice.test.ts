/**
 * A practice of several therapists: staff invites by single-use link, owner-only settings,
 * transfer of care, supervision (read-only, audited) and deactivation, through the HTTP API on a
 * real store. Every owner route is also called by a therapist, a supervisor, an operator and a
 * client, who must get 403 and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addAdmin, addClient, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let owner: Agent;
let admin: Agent;

const reauth = (a: Agent) => a.post('/api/auth/reauth', { password: PASSWORD });

/** The owner invites `email` as `role`; the invitee joins through the link. */
async function invited(email: string, name: string, role: 'therapist' | 'supervisor' | 'operator'): Promise<Agent> {
  const inv = await owner.post('/api/practice/invites', { email, role });
  expect(inv.statusCode, inv.body).toBe(201);
  const token = (inv.json().url as string).split('/staff-join/')[1]!;
  const a = h.anon();
  const joined = await a.post(`/api/staff-invites/${token}/accept`, { displayName: name, password: PASSWORD });
  expect(joined.statusCode, joined.body).toBe(201);
  return a.adopt(joined);
}

beforeAll(async () => {
  h = await createHarness();
  owner = await setupTherapist(h);
  admin = await addAdmin(h);
}, 180_000);
afterAll(() => h.close());

describe('staff invites', () => {
  it('makes a single-use link valid for 72 hours that creates an account with the invited role', async () => {
    const inv = await owner.post('/api/practice/invites', { email: 'Ben@Clinic.test', role: 'therapist' });
    expect(inv.statusCode).toBe(201);
    const body = inv.json();
    expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(72 * 3600_000);
    const token = (body.url as string).split('/staff-join/')[1]!;
    // Pending, listed without its link; the token itself is not stored.
    const staff = (await owner.get('/api/practice/staff')).json();
    expect(staff.invites.map((i: { id: string; url?: string }) => [i.id, i.url])).toEqual([[body.id, undefined]]);
    const stored = await h.store.db.query<{ token_hash: string; email_sealed: string }>('SELECT token_hash, email_sealed FROM staff_invites');
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain('ben@clinic.test');

    const peek = (await h.anon().get(`/api/staff-invites/${token}`)).json();
    expect(peek).toMatchObject({ valid: true, role: 'therapist', email: 'ben@clinic.test', ownerName: 'Ana Therapist' });
    const weak = await h.anon().post(`/api/staff-invites/${token}/accept`, { displayName: 'Ben', password: 'short' });
    expect(weak.statusCode).toBe(400);
    const a = h.anon();
    const joined = await a.post(`/api/staff-invites/${token}/accept`, { displayName: 'Ben Therapist', password: PASSWORD });
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json()).toMatchObject({ role: 'therapist', email: 'ben@clinic.test' });
    a.adopt(joined);
    expect((await a.get('/api/clients')).statusCode).toBe(200);
    // Single use: a second acceptance is refused and creates nothing.
    const users = (await h.store.users.list()).length;
    const again = await h.anon().post(`/api/staff-invites/${token}/accept`, { displayName: 'Mallory', password: PASSWORD });
    expect(again.statusCode).toBe(410);
    expect((await h.store.users.list()).length).toBe(users);
    expect((await owner.get('/api/practice/staff')).json().invites).toEqual([]);
  });

  it('refuses a withdrawn or lapsed link, and an email that already has an account', async () => {
    const revoked = (await owner.post('/api/practice/invites', { email: 'gone@clinic.test', role: 'supervisor' })).json();
    expect((await owner.del(`/api/practice/invites/${revoked.id}`)).statusCode).toBe(200);
    expect((await owner.del(`/api/practice/invites/${revoked.id}`)).statusCode).toBe(404);
    const revokedToken = (revoked.url as string).split('/staff-join/')[1]!;
    expect((await h.anon().get(`/api/staff-invites/${revokedToken}`)).json()).toMatchObject({ valid: false });
    expect((await h.anon().post(`/api/staff-invites/${revokedToken}/accept`, { displayName: 'X', password: PASSWORD })).statusCode).toBe(410);

    const late = (await owner.post('/api/practice/invites', { email: 'late@clinic.test', role: 'operator' })).json();
    h.advance(72 * 3600_000 + 1000);
    try {
      const lateToken = (late.url as string).split('/staff-join/')[1]!;
      expect((await h.anon().post(`/api/staff-invites/${lateToken}/accept`, { displayName: 'Late', password: PASSWORD })).statusCode).toBe(410);
    } finally {
      h.advance(-(72 * 3600_000 + 1000));
    }
    expect((await owner.post('/api/practice/invites', { email: 'ana@clinic.test', role: 'therapist' })).statusCode).toBe(409);
    await owner.del(`/api/practice/invites/${late.id}`);
  });

  it('asks a joining therapist to turn on two-step sign-in first when the practice requires it', async () => {
    const inv = (await owner.post('/api/practice/invites', { email: 'dee@clinic.test', role: 'therapist' })).json();
    await reauth(admin);
    expect((await admin.request({ method: 'PUT', url: '/api/practice/security', json: { requireTwoFactorForTherapists: true } })).statusCode).toBe(200);
    try {
      const token = (inv.url as string).split('/staff-join/')[1]!;
      expect((await h.anon().get(`/api/staff-invites/${token}`)).json()).toMatchObject({ valid: true, twoFactorRequired: true });
      const dee = h.anon();
      dee.adopt(await dee.post(`/api/staff-invites/${token}/accept`, { displayName: 'Dee Therapist', password: PASSWORD }));
      expect((await dee.get('/api/clients')).json().error.code).toBe('two_factor_required');
      expect((await dee.get('/api/account/security')).statusCode).toBe(200);
    } finally {
      await admin.request({ method: 'PUT', url: '/api/practice/security', json: { requireTwoFactorForTherapists: false } });
    }
  });

  it('invites an operator as an operator, and a supervisor as a therapist titled supervisor', async () => {
    const op = await invited('ops2@clinic.test', 'Second Operator', 'operator');
    expect((await op.get('/api/auth/me')).json().role).toBe('admin');
    expect((await op.get('/api/practice/me')).json()).toMatchObject({ role: 'operator', isOwner: false });
    const sup = await invited('sue@clinic.test', 'Sue Supervisor', 'supervisor');
    expect((await sup.get('/api/practice/me')).json()).toMatchObject({ role: 'supervisor', isOwner: false, ownerName: 'Ana Therapist' });
  });
});

describe('transfer of care, supervision and deactivation', () => {
  let ben: Agent;
  let cara: Agent;
  let sue: Agent;
  let clientId: string;
  let client: Agent;

  beforeAll(async () => {
    ben = await login(h, 'ben@clinic.test');
    sue = await login(h, 'sue@clinic.test');
    cara = await invited('cara@clinic.test', 'Cara Therapist', 'therapist');
    ({ clientId, client } = await addClient(h, owner, 'Alex', 'alex@home.test'));
  }, 180_000);

  it('moves a client: the new therapist gets access, the old one loses it at once, both see it in the history', async () => {
    await owner.post(`/api/clients/${clientId}/sessions`, { scheduledAt: '2027-01-10T10:00:00Z', title: 'Next week' });
    const benId = ben.userId!;
    expect((await ben.get(`/api/clients/${clientId}`)).statusCode).toBe(404);
    expect((await ben.post('/api/practice/transfers', { clientId, toTherapistId: benId })).statusCode).toBe(403);
    const moved = await owner.post('/api/practice/transfers', { clientId, toTherapistId: benId });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json()).toMatchObject({ clientName: 'Alex', fromName: 'Ana Therapist', toName: 'Ben Therapist', byName: 'Ana Therapist' });
    expect((await owner.get(`/api/clients/${clientId}`)).statusCode).toBe(404);
    expect((await ben.get(`/api/clients/${clientId}`)).statusCode).toBe(200);
    // Sealed content still opens for the new therapist (the client's key is not the therapist's).
    expect((await ben.get(`/api/clients/${clientId}/sessions`)).json().sessions[0].title).toBe('Next week');
    expect((await ben.get('/api/clients')).json().clients.map((c: { id: string }) => c.id)).toContain(clientId);
    const history = (await ben.get(`/api/clients/${clientId}/care-history`)).json().transfers;
    expect(history).toHaveLength(1);
    expect((await client.get(`/api/clients/${clientId}/care-history`)).json().transfers).toHaveLength(1);
    const audit = (await ben.get(`/api/clients/${clientId}/audit`)).json().entries as { action: string; actorName: string }[];
    expect(audit.find((e) => e.action === 'care.transfer')?.actorName).toBe('Ana Therapist');
    // The previous therapist sees the move on their own practice page.
    expect((await owner.get('/api/practice/me')).json().transfers[0]).toMatchObject({ clientId, toName: 'Ben Therapist' });
    expect((await owner.post('/api/practice/transfers', { clientId, toTherapistId: benId })).statusCode).toBe(409);
  });

  it('lets a supervisor read a supervisee’s records, audited as supervisor, and refuses every write', async () => {
    expect((await sue.get(`/api/clients/${clientId}`)).statusCode).toBe(404);
    const grant = await owner.request({ method: 'PUT', url: `/api/practice/staff/${sue.userId}/supervisees`, json: { superviseeIds: [ben.userId] } });
    expect(grant.statusCode, grant.body).toBe(200);
    expect((await sue.get(`/api/clients/${clientId}/access`)).json()).toEqual({ relation: 'supervisor', therapistName: 'Ben Therapist' });
    expect((await ben.get(`/api/clients/${clientId}/access`)).json()).toEqual({ relation: 'therapist', therapistName: 'Ben Therapist' });
    const me = (await sue.get('/api/practice/me')).json();
    expect(me.supervisees).toEqual([{ therapistId: ben.userId, therapistName: 'Ben Therapist', clients: [{ id: clientId, displayName: 'Alex' }] }]);
    const seqBefore = (await h.store.audit.head())!.seq;
    for (const url of [`/api/clients/${clientId}`, `/api/clients/${clientId}/sessions`, `/api/clients/${clientId}/checkins`]) {
      const r = await sue.get(url);
      expect(r.statusCode, `${url} ${r.body}`).toBe(200);
    }
    const written = await h.store.db.query<{ actor_id: string; actor_role: string; client_id: string }>(
      'SELECT actor_id, actor_role, client_id FROM audit_log WHERE seq > $1',
      [seqBefore],
    );
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.every((e) => e.actor_id === sue.userId && e.actor_role === 'supervisor' && e.client_id === clientId)).toBe(true);
    const history = (await ben.get(`/api/clients/${clientId}/audit`)).json().entries as { actorName: string; actorRole: string }[];
    expect(history.some((e) => e.actorName === 'Sue Supervisor' && e.actorRole === 'supervisor')).toBe(true);

    const fingerprint = async () =>
      JSON.stringify(await h.store.db.query('SELECT * FROM clients ORDER BY id')) + (await h.store.db.query('SELECT count(*) FROM checkins'))[0];
    const before = await fingerprint();
    const writes = [
      sue.patch(`/api/clients/${clientId}`, { goals: 'Changed by a supervisor' }),
      sue.post(`/api/clients/${clientId}/checkins`, { moment: 'before', valence: 0, arousal: 0, distress: 3 }),
      sue.post(`/api/clients/${clientId}/sessions`, { scheduledAt: '2027-02-01T10:00:00Z' }),
      sue.del(`/api/clients/${clientId}`),
    ];
    for (const r of await Promise.all(writes)) expect(r.statusCode, r.body).toBe(403);
    await reauth(sue);
    expect((await sue.get(`/api/clients/${clientId}/export`)).statusCode).toBe(403);
    expect(await fingerprint()).toBe(before);
    // Another therapist without a grant still gets 404, and ending supervision ends access.
    expect((await cara.get(`/api/clients/${clientId}`)).statusCode).toBe(404);
    await owner.request({ method: 'PUT', url: `/api/practice/staff/${sue.userId}/supervisees`, json: { superviseeIds: [] } });
    expect((await sue.get(`/api/clients/${clientId}`)).statusCode).toBe(404);
  });

  it('deactivates a therapist only once their clients moved; their sessions end at once and they cannot sign in', async () => {
    await reauth(owner);
    const refused = await owner.post(`/api/practice/staff/${ben.userId}/deactivate`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.clients).toEqual([{ id: clientId, displayName: 'Alex' }]);
    expect((await ben.get('/api/clients')).statusCode).toBe(200);

    await owner.post('/api/practice/transfers', { clientId, toTherapistId: cara.userId });
    const done = await owner.post(`/api/practice/staff/${ben.userId}/deactivate`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await ben.get('/api/clients')).statusCode).toBe(401);
    expect((await h.anon().post('/api/auth/login', { email: 'ben@clinic.test', password: PASSWORD })).statusCode).toBe(401);
    // Nobody can hand care or supervision to a deactivated account.
    expect((await owner.post('/api/practice/transfers', { clientId, toTherapistId: ben.userId })).statusCode).toBe(404);
    const staff = (await owner.get('/api/practice/staff')).json().staff as { userId: string; active: boolean }[];
    expect(staff.find((s) => s.userId === ben.userId)?.active).toBe(false);

    expect((await owner.post(`/api/practice/staff/${ben.userId}/reactivate`)).statusCode).toBe(200);
    expect((await h.anon().post('/api/auth/login', { email: 'ben@clinic.test', password: PASSWORD })).statusCode).toBe(200);
  });
});

describe('owner-only practice settings', () => {
  it('refuses every owner route to a therapist, a supervisor, an operator and a client, changing nothing', async () => {
    const therapist = await login(h, 'cara@clinic.test');
    const supervisor = await login(h, 'sue@clinic.test');
    const { client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
    const someone = (await h.store.users.byEmail('cara@clinic.test'))!.id;
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/practice/staff'],
      ['POST', '/api/practice/invites', { email: 'x@clinic.test', role: 'therapist' }],
      ['DELETE', '/api/practice/invites/00000000-0000-4000-8000-000000000000'],
      ['PUT', `/api/practice/staff/${someone}/supervisees`, { superviseeIds: [] }],
      ['POST', `/api/practice/staff/${someone}/deactivate`],
      ['POST', `/api/practice/staff/${someone}/reactivate`],
      ['PUT', '/api/practice/owner', { userId: someone }],
      ['POST', '/api/practice/transfers', { clientId: '00000000-0000-4000-8000-000000000000', toTherapistId: someone }],
      ['PUT', '/api/practice/crisis-resources', { regions: [] }],
      ['PUT', '/api/practice/security', { requireTwoFactorForTherapists: false }],
      ['POST', '/api/consent/documents', { version: 'not-owner', title: 'Consent', body: 'A new version of the consent document.' }],
    ];
    const snapshot = async () =>
      JSON.stringify(
        await h.store.db.query(
          'SELECT (SELECT count(*) FROM staff_invites) a, (SELECT count(*) FROM supervisions) b, (SELECT user_id FROM practice_owner) c, (SELECT count(*) FROM users WHERE disabled_at IS NOT NULL) d, (SELECT count(*) FROM care_transfers) e, (SELECT count(*) FROM settings) f, (SELECT count(*) FROM consent_documents) g',
        ),
      );
    const before = await snapshot();
    const failures: string[] = [];
    for (const [who, agent] of [
      ['therapist', therapist],
      ['supervisor', supervisor],
      ['client', client],
    ] as const) {
      await reauth(agent);
      for (const [method, url, json] of calls) {
        const r = await agent.request({ method: method as 'GET', url, ...(method === 'GET' ? {} : { json: json ?? {} }) });
        if (r.statusCode !== 403) failures.push(`${who} ${method} ${url}: ${r.statusCode}`);
      }
    }
    // Operators run the installation: the technical settings are theirs too, staff and clinical settings are not.
    await reauth(admin);
    for (const [method, url, json] of calls.filter(([, u]) => !u.includes('/security'))) {
      const r = await admin.request({ method: method as 'GET', url, ...(method === 'GET' ? {} : { json: json ?? {} }) });
      if (r.statusCode !== 403) failures.push(`operator ${method} ${url}: ${r.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('hands ownership to another therapist only after the password is re-entered', async () => {
    const cara = await login(h, 'cara@clinic.test');
    h.advance(10 * 60_000);
    try {
      const stale = await owner.request({ method: 'PUT', url: '/api/practice/owner', json: { userId: cara.userId } });
      expect(stale.json().error.code).toBe('reauth_required');
      await reauth(owner);
      expect((await owner.request({ method: 'PUT', url: '/api/practice/owner', json: { userId: cara.userId } })).statusCode).toBe(200);
      expect((await cara.get('/api/practice/me')).json()).toMatchObject({ role: 'owner', isOwner: true });
      expect((await owner.get('/api/practice/me')).json()).toMatchObject({ role: 'therapist', isOwner: false });
      expect((await owner.get('/api/practice/staff')).statusCode).toBe(403);
      expect((await h.store.db.query('SELECT count(*)::int AS n FROM practice_owner'))[0]).toEqual({ n: 1 });
      await reauth(cara);
      expect((await cara.request({ method: 'PUT', url: '/api/practice/owner', json: { userId: owner.userId } })).statusCode).toBe(200);
    } finally {
      h.advance(-10 * 60_000);
    }
  });

  it('shows a client their region’s crisis contacts, and the defaults elsewhere', async () => {
    await reauth(owner);
    const put = await owner.request({
      method: 'PUT',
      url: '/api/practice/crisis-resources',
      json: {
        regions: [
          {
            region: 'de',
            language: 'de',
            heading: 'Sie sind nicht allein',
            message: 'Bitte wenden Sie sich sofort an Hilfe.',
            contacts: [{ label: 'TelefonSeelsorge', detail: '0800 111 0 111' }],
          },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const { clientId, client } = await addClient(h, owner, 'Jonas', 'jonas@home.test');
    const words = { text: 'I want to die, I cannot go on.' };
    const plain = (await client.post(`/api/clients/${clientId}/reflections`, words)).json();
    expect(plain.crisis.contacts.map((c: { label: string }) => c.label)).toContain('Emergency services');
    expect((await owner.request({ method: 'PUT', url: `/api/clients/${clientId}/crisis-region`, json: { region: 'DE', language: 'de' } })).statusCode).toBe(
      200,
    );
    const regional = (await client.post(`/api/clients/${clientId}/reflections`, words)).json();
    expect(regional.crisis).toMatchObject({ heading: 'Sie sind nicht allein', contacts: [{ label: 'TelefonSeelsorge', detail: '0800 111 0 111' }] });
  });
});
