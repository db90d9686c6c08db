/** Account security through real HTTP and PGlite: two-factor, recovery codes, sessions, passwords. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addAdmin, addTherapist, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';
import { CODE_ATTEMPTS_PER_LOGIN, CODE_FAILURES_PER_ACCOUNT } from '../services/account/sign-in.service.ts';
import { base32Decode, totpAt } from '../services/account/totp.ts';

let h: Harness;
let ana: Agent;
beforeAll(async () => {
  h = await createHarness();
  ana = await setupTherapist(h);
});
afterAll(() => h.close());

const STEP = 30_000;
const codeFor = (secret: string) => totpAt(base32Decode(secret), h.now());

/** Turns on 2FA for an agent; returns the base32 secret and the recovery codes. */
async function enrol(agent: Agent): Promise<{ secret: string; codes: string[] }> {
  const begin = await agent.post('/api/account/2fa/begin');
  expect(begin.statusCode).toBe(200);
  const { secret } = begin.json() as { secret: string };
  const done = await agent.post('/api/account/2fa/confirm', { code: codeFor(secret) });
  expect(done.statusCode, done.body).toBe(200);
  h.advance(STEP); // the code just used cannot be used again: move to the next step
  return { secret, codes: (done.json() as { recoveryCodes: string[] }).recoveryCodes };
}

async function passwordStep(email: string): Promise<{ pendingToken: string; agent: Agent }> {
  const agent = h.anon();
  const res = await agent.post('/api/auth/login', { email, password: PASSWORD });
  expect(res.statusCode).toBe(200);
  expect(res.json().twoFactorRequired).toBe(true);
  expect(agent.cookie, 'no session before the second factor').toBeUndefined();
  return { pendingToken: res.json().pendingToken as string, agent };
}

describe('two-factor enrolment', () => {
  it('gives a secret, otpauth URI and QR; refuses a wrong code; enables with a right one; stores the secret sealed and codes hashed', async () => {
    const t = await addTherapist(h, 'enrol@clinic.test', 'Enrol Therapist');
    const begin = await t.post('/api/account/2fa/begin');
    const b = begin.json() as { secret: string; otpauthUri: string; qrSvg: string };
    expect(b.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(b.otpauthUri).toBe(`otpauth://totp/Hearth:enrol%40clinic.test?issuer=Hearth&secret=${b.secret}&algorithm=SHA1&digits=6&period=30`);
    expect(b.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const wrong = String((Number(codeFor(b.secret)) + 1) % 1_000_000).padStart(6, '0');
    const bad = await t.post('/api/account/2fa/confirm', { code: wrong });
    expect(bad.statusCode).toBe(400);
    expect((await t.get('/api/account/security')).json().twoFactorEnabled).toBe(false);
    const ok = await t.post('/api/account/2fa/confirm', { code: codeFor(b.secret) });
    const codes = ok.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const sec = (await t.get('/api/account/security')).json();
    expect(sec).toMatchObject({ twoFactorEnabled: true, recoveryCodesLeft: 10 });
    const dump = JSON.stringify(
      await h.store.db.query('SELECT * FROM user_totp UNION ALL SELECT null, code_hash, created_at, used_at, 0, 0, null FROM recovery_codes'),
    );
    expect(dump).not.toContain(b.secret);
    expect(dump).not.toContain(Buffer.from(base32Decode(b.secret)).toString('base64'));
    for (const c of codes) expect(dump).not.toContain(c.replace(/-/g, ''));
    expect((await t.post('/api/account/2fa/begin')).statusCode).toBe(409);
    h.advance(STEP);
  });
});

describe('signing in with two factors', () => {
  let secret: string;
  let codes: string[];
  beforeAll(async () => {
    const t = await addTherapist(h, 'two@clinic.test', 'Two Factor');
    ({ secret, codes } = await enrol(t));
  });

  it('needs the code after the password, accepts the current code once, and refuses a replay and a wrong code', async () => {
    const { pendingToken, agent } = await passwordStep('two@clinic.test');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
    const code = codeFor(secret);
    const ok = await agent.post('/api/auth/login/code', { pendingToken, code });
    expect(ok.statusCode, ok.body).toBe(200);
    agent.adopt(ok);
    expect((await agent.get('/api/auth/me')).json().email).toBe('two@clinic.test');
    const second = await passwordStep('two@clinic.test');
    const replay = await second.agent.post('/api/auth/login/code', { pendingToken: second.pendingToken, code });
    expect(replay.statusCode).toBe(401);
    const wrong = await second.agent.post('/api/auth/login/code', { pendingToken: second.pendingToken, code: code === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(second.agent.cookie).toBeUndefined();
    const spent = await second.agent.post('/api/auth/login/code', { pendingToken: pendingToken, code: codeFor(secret) });
    expect(spent.statusCode, 'a used pending token is void').toBe(401);
    h.advance(STEP);
  });

  it('accepts each recovery code exactly once', async () => {
    const a = await passwordStep('two@clinic.test');
    const ok = await a.agent.post('/api/auth/login/code', { pendingToken: a.pendingToken, code: codes[3]!.toLowerCase() });
    expect(ok.statusCode, ok.body).toBe(200);
    const b = await passwordStep('two@clinic.test');
    const again = await b.agent.post('/api/auth/login/code', { pendingToken: b.pendingToken, code: codes[3]! });
    expect(again.statusCode).toBe(401);
    const signedIn = a.agent.adopt(ok);
    expect((await signedIn.get('/api/account/security')).json().recoveryCodesLeft).toBe(9);
  });

  it('voids a pending login after too many wrong codes, even for a right code afterwards', async () => {
    const { pendingToken, agent } = await passwordStep('two@clinic.test');
    const statuses: number[] = [];
    for (let i = 0; i < CODE_ATTEMPTS_PER_LOGIN; i++)
      statuses.push((await agent.post('/api/auth/login/code', { pendingToken, code: 'WRONG-CODE-0000' })).statusCode);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const locked = await agent.post('/api/auth/login/code', { pendingToken, code: codeFor(secret) });
    expect(locked.statusCode).toBe(429);
    expect((await agent.post('/api/auth/login/code', { pendingToken, code: codeFor(secret) })).statusCode).toBe(401);
    expect(agent.cookie).toBeUndefined();
  });

  it('limits wrong codes per account across pending logins', async () => {
    const t = await addTherapist(h, 'brute@clinic.test', 'Brute Target');
    const { secret: s } = await enrol(t);
    let failures = 0;
    while (failures < CODE_FAILURES_PER_ACCOUNT) {
      const { pendingToken, agent } = await passwordStep('brute@clinic.test');
      for (let i = 0; i < 3 && failures < CODE_FAILURES_PER_ACCOUNT; i++, failures++) {
        expect((await agent.post('/api/auth/login/code', { pendingToken, code: 'NOPE-NOPE-NOPE-NOPE' })).statusCode).toBe(401);
      }
    }
    const { pendingToken, agent } = await passwordStep('brute@clinic.test');
    const res = await agent.post('/api/auth/login/code', { pendingToken, code: codeFor(s) });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/15 minutes/);
    h.advance(16 * 60_000);
    const later = await passwordStep('brute@clinic.test');
    expect((await later.agent.post('/api/auth/login/code', { pendingToken: later.pendingToken, code: codeFor(s) })).statusCode).toBe(200);
    h.advance(STEP);
  });

  it('turns off only after re-authentication', async () => {
    const t = await addTherapist(h, 'off@clinic.test', 'Off Switch');
    await enrol(t);
    const t2 = await (async () => {
      const p = await passwordStep('off@clinic.test');
      const sec = await h.store.accountSecurity.totp(p.agent.userId ?? (await h.store.users.byEmail('off@clinic.test'))!.id);
      return p.agent.adopt(await p.agent.post('/api/auth/login/code', { pendingToken: p.pendingToken, code: totpAt(sec!.secret, h.now()) }));
    })();
    expect((await t2.post('/api/account/2fa/disable')).statusCode).toBe(403);
    expect(await h.store.accountSecurity.twoFactorEnabled(t2.userId!)).toBe(true);
    await t2.post('/api/auth/reauth', { password: PASSWORD });
    expect((await t2.post('/api/account/2fa/disable')).statusCode).toBe(200);
    expect(await h.store.accountSecurity.twoFactorEnabled(t2.userId!)).toBe(false);
    expect((await login(h, 'off@clinic.test')).userId).toBe(t2.userId);
  });
});

describe('sessions and passwords', () => {
  it('lists my sessions with the current one marked, ends one remotely and ends all others', async () => {
    const t = await addTherapist(h, 'sess@clinic.test', 'Session Lister');
    const other = await login(h, 'sess@clinic.test');
    const third = await login(h, 'sess@clinic.test');
    const list = (await t.get('/api/account/security')).json().sessions as { id: string; current: boolean; userAgent: string | null }[];
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const otherList = (await other.get('/api/account/security')).json().sessions as { id: string; current: boolean }[];
    const otherId = otherList.find((s) => s.current)!.id;
    expect((await ana.del(`/api/account/sessions/${otherId}`)).statusCode, 'someone else’s session').toBe(404);
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
    expect((await t.del(`/api/account/sessions/${otherId}`)).json()).toEqual({ ended: 1 });
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.post('/api/account/sessions/end-others')).json()).toEqual({ ended: 1 });
    expect((await third.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('changes a password only with the current one and the policy, and ends every other session', async () => {
    const t = await addTherapist(h, 'pw@clinic.test', 'Pat Words');
    const other = await login(h, 'pw@clinic.test');
    const wrong = await t.post('/api/account/password', { currentPassword: 'not my password', newPassword: 'amber orchard kettle 7' });
    expect(wrong.statusCode).toBe(401);
    const common = await t.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'password123' });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.message).toMatch(/common/);
    expect((await other.get('/api/auth/me')).statusCode, 'refusals change nothing').toBe(200);
    const ok = await t.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'amber orchard kettle 7' });
    expect(ok.json()).toEqual({ ended: 1 });
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.get('/api/auth/me')).statusCode).toBe(200);
    expect((await h.anon().post('/api/auth/login', { email: 'pw@clinic.test', password: PASSWORD })).statusCode).toBe(401);
    expect((await login(h, 'pw@clinic.test', 'amber orchard kettle 7')).userId).toBe(t.userId);
  });

  it('lets an operator reset a password (after re-authentication), ending all of that account’s sessions', async () => {
    const t = await addTherapist(h, 'reset@clinic.test', 'Reset Me');
    const admin = await addAdmin(h, 'ops@clinic.test');
    const url = `/api/admin/users/${t.userId}/password`;
    expect((await admin.post(url, { newPassword: 'cedar harbour violin 3' })).statusCode).toBe(403);
    await admin.post('/api/auth/reauth', { password: PASSWORD });
    expect((await admin.post(url, { newPassword: 'hearth1234' })).statusCode).toBe(400);
    expect((await admin.post('/api/admin/users/00000000-0000-4000-8000-000000000000/password', { newPassword: 'cedar harbour violin 3' })).statusCode).toBe(
      404,
    );
    expect((await admin.post(url, { newPassword: 'cedar harbour violin 3' })).json()).toEqual({ ended: 1 });
    expect((await t.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(h, 'reset@clinic.test', 'cedar harbour violin 3')).userId).toBe(t.userId);
  });
});

describe('practice setting: two-factor required for therapists', () => {
  it('is set by the owner only, after they enrol, and then holds other therapists to enrolment on the server', async () => {
    const ben = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
    await ben.post('/api/auth/reauth', { password: PASSWORD });
    expect((await ben.request({ method: 'PUT', url: '/api/practice/security', json: { requireTwoFactorForTherapists: true } })).statusCode).toBe(403);
    await ana.post('/api/auth/reauth', { password: PASSWORD });
    const notYet = await ana.request({ method: 'PUT', url: '/api/practice/security', json: { requireTwoFactorForTherapists: true } });
    expect(notYet.statusCode).toBe(409);
    await enrol(ana);
    await ana.post('/api/auth/reauth', { password: PASSWORD });
    const on = await ana.request({ method: 'PUT', url: '/api/practice/security', json: { requireTwoFactorForTherapists: true } });
    expect(on.json()).toEqual({ requireTwoFactorForTherapists: true });

    const blocked = await ben.get('/api/clients');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('two_factor_required');
    expect((await ben.post('/api/clients', { displayName: 'Sneaky' })).statusCode).toBe(403);
    expect((await h.store.db.query("SELECT 1 FROM clients WHERE display_name = 'Sneaky'")).length).toBe(0);
    expect((await ben.get('/api/account/security')).json()).toMatchObject({ mustEnrolTwoFactor: true, requireTwoFactorForTherapists: true });
    await enrol(ben);
    expect((await ben.get('/api/clients')).statusCode).toBe(200);
    await ben.post('/api/auth/reauth', { password: PASSWORD });
    expect((await ben.post('/api/account/2fa/disable')).statusCode, 'cannot be turned off while required').toBe(409);

    await ana.post('/api/auth/reauth', { password: PASSWORD });
    await ana.request({ method: 'PUT', url: '/api/practice/security', json: { requireTwoFactorForTherapists: false } });
  });
});

describe('master key rotation', () => {
  it('re-seals every TOTP secret under the new master key, so codes keep working', async () => {
    const t = await addTherapist(h, 'rotate@clinic.test', 'Rota Person');
    const { secret } = await enrol(t);
    const before = (await h.store.db.query<{ secret_sealed: string }>('SELECT secret_sealed FROM user_totp WHERE user_id = $1', [t.userId!]))[0]!.secret_sealed;
    const { randomBytes } = await import('node:crypto');
    expect(await h.store.accountSecurity.rotateMaster(new Uint8Array(randomBytes(32)))).toBeGreaterThan(0);
    const after = (await h.store.db.query<{ secret_sealed: string }>('SELECT secret_sealed FROM user_totp WHERE user_id = $1', [t.userId!]))[0]!.secret_sealed;
    expect(after).not.toBe(before);
    const { pendingToken, agent } = await passwordStep('rotate@clinic.test');
    expect((await agent.post('/api/auth/login/code', { pendingToken, code: codeFor(secret) })).statusCode).toBe(200);
  });
});
