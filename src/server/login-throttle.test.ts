/**
 * Sign-in throttling (issue #17 item 6): failures only, per account and per address. Successes
 * from one shared address never lock anyone out; guessing one account from many addresses is
 * slowed by a doubling wait; a success clears the account; nothing in the table names anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, addTherapist, createHarness, login, setupTherapist } from '../../test/helpers/harness.ts';
import { base32Decode, totpAt } from '../services/account/totp.ts';
import type { Harness } from '../../test/helpers/harness.ts';

let h: Harness;

beforeAll(async () => {
  // A stopped clock: every wait below is counted in the app's time only, never in how long the machine took.
  const limits = { loginAttemptsPerMinute: 4, loginFreeFailuresPerAccount: 3, loginBackoffBaseMs: 2000, loginBackoffMaxMs: 16_000 };
  h = await createHarness(limits, {}, { stoppedClock: true });
  await setupTherapist(h);
  for (const n of [1, 2, 3, 4, 5, 6])
    await h.store.users.create({
      id: crypto.randomUUID(),
      role: 'therapist',
      email: `staff${n}@clinic.test`,
      displayName: `Staff ${n}`,
      passwordHash: (await h.store.users.byEmail('ana@clinic.test'))!.passwordHash,
      createdAt: new Date(),
    });
  await h.store.db.query('DELETE FROM login_throttle');
});
afterAll(() => h.close());

const attempt = (email: string, password: string, from: string) =>
  h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: from });

describe('sign-in throttling', () => {
  it('never counts successes: a whole clinic behind one address signs in, again and again', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++)
      for (const n of [1, 2, 3, 4, 5, 6]) statuses.push((await attempt(`staff${n}@clinic.test`, PASSWORD, '192.0.2.10')).statusCode);
    expect(statuses).toEqual(Array(18).fill(200));
    // A few typos in between do not add up to a lock-out either, as long as they stay under the limit.
    expect((await attempt('staff1@clinic.test', 'wrong one', '192.0.2.10')).statusCode).toBe(401);
    expect((await attempt('staff2@clinic.test', 'wrong two', '192.0.2.10')).statusCode).toBe(401);
    for (const n of [1, 2, 3, 4, 5, 6]) expect((await attempt(`staff${n}@clinic.test`, PASSWORD, '192.0.2.10')).statusCode).toBe(200);
  });

  it('limits failures per address, whichever accounts they name', async () => {
    h.advance(61_000);
    const from = '198.51.100.7';
    const statuses: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) statuses.push((await attempt(`staff${n}@clinic.test`, 'password spraying', from)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const blocked = await attempt('staff6@clinic.test', PASSWORD, from);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Others elsewhere are unaffected, and the address is free again after its window.
    expect((await attempt('staff6@clinic.test', PASSWORD, '192.0.2.11')).statusCode).toBe(200);
    h.advance(61_000);
    expect((await attempt('staff6@clinic.test', PASSWORD, from)).statusCode).toBe(200);
  });

  it('slows guessing one account from many addresses with a doubling wait, and a success clears it', async () => {
    h.advance(61_000);
    let ip = 0;
    const guess = (password = 'a guess') => attempt('staff6@clinic.test', password, `203.0.113.${++ip}`);
    // Three free failures; from the fourth on, each failure makes the next attempt wait 2 s, 4 s, 8 s, 16 s (the cap).
    for (let i = 0; i < 4; i++) expect((await guess()).statusCode).toBe(401);
    const waits: number[] = [];
    for (let k = 0; k < 5; k++) {
      let waited = 0;
      for (;;) {
        const res = await guess();
        if (res.statusCode !== 429) {
          expect(res.statusCode).toBe(401);
          break;
        }
        expect(res.json().error.code).toBe('rate_limited');
        h.advance(1000);
        waited += 1000;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([2000, 4000, 8000, 16_000, 16_000]);
    // While blocked even the right password is refused unchecked (a guesser learns nothing).
    const blockedRight = await guess(PASSWORD);
    expect(blockedRight.statusCode).toBe(429);
    // Other accounts are not slowed by it.
    expect((await attempt('staff4@clinic.test', PASSWORD, '203.0.113.200')).statusCode).toBe(200);
    h.advance(17_000);
    expect((await guess(PASSWORD)).statusCode).toBe(200);
    // The success cleared the account: the next failures are free again.
    for (let i = 0; i < 4; i++) expect((await guess()).statusCode).toBe(401);
  });

  it('throttles unknown emails exactly like real ones, and stores no email or address', async () => {
    h.advance(61_000);
    const real: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      real.push((await attempt('staff5@clinic.test', 'guess', `100.64.0.${i}`)).statusCode);
      unknown.push((await attempt('nobody@clinic.test', 'guess', `100.64.1.${i}`)).statusCode);
    }
    expect(unknown).toEqual(real);
    expect(real).toEqual([401, 401, 401, 401, 429]);
    const dump = JSON.stringify(await h.store.db.query('SELECT * FROM login_throttle'));
    for (const s of ['staff5', 'nobody', 'clinic.test', '100.64.', '203.0.113', '198.51.100']) expect(dump).not.toContain(s);
    const created = await addTherapist(h, 'late@clinic.test', 'Late');
    expect(created.userId).toBeTruthy();
  });

  it('counts parallel guesses too: at most the free failures and one more get an answer', async () => {
    h.advance(61_000);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt('staff4@clinic.test', `parallel ${i}`, `192.0.2.${100 + i}`)));
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401).length).toBe(4);
    expect(statuses.filter((s) => s === 429).length).toBe(8);
  });

  it('counts failed codes, not successful ones, on the two-step sign-in', async () => {
    h.advance(61_000);
    const secrets: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const agent = await login(h, `staff${n}@clinic.test`);
      // (Enrolment is rate-limited per address on its own: each from its own desk.)
      const desk = `10.1.0.${n}`;
      const begun = await agent.request({ method: 'POST', url: '/api/account/2fa/begin', json: {}, remoteAddress: desk });
      expect(begun.statusCode, begun.body).toBe(200);
      const { secret } = begun.json() as { secret: string };
      const confirmed = await agent.request({
        method: 'POST',
        url: '/api/account/2fa/confirm',
        json: { code: totpAt(base32Decode(secret), h.now()) },
        remoteAddress: desk,
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      secrets.push(secret);
    }
    const from = '192.0.2.50';
    const signIn = async (n: number, code?: string) => {
      const password = await attempt(`staff${n}@clinic.test`, PASSWORD, from);
      if (password.statusCode !== 200) return password;
      const pending = password.json() as { pendingToken: string };
      return h.app.inject({
        method: 'POST',
        url: '/api/auth/login/code',
        payload: { pendingToken: pending.pendingToken, code: code ?? totpAt(base32Decode(secrets[n - 1]!), h.now()) },
        remoteAddress: from,
      });
    };
    for (let round = 0; round < 2; round++) {
      h.advance(31_000); // a fresh code step (a code is accepted once)
      for (const n of [1, 2, 3, 4, 5]) expect((await signIn(n)).statusCode).toBe(200);
    }
    h.advance(61_000);
    const wrong: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) wrong.push((await signIn(n, '000000')).statusCode);
    expect(wrong).toEqual([401, 401, 401, 401, 429]);
  });
});

describe('sign-in throttling behind a proxy (trustProxy)', () => {
  it('counts each browser by its forwarded address when the proxy is trusted, and the proxy itself when not', async () => {
    const behind = await createHarness({ loginAttemptsPerMinute: 3, trustProxy: '127.0.0.1' });
    try {
      await setupTherapist(behind);
      await behind.store.db.query('DELETE FROM login_throttle');
      const via = (forwardedFor: string) =>
        behind.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'ana@clinic.test', password: 'not it' },
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': forwardedFor },
        });
      const first = [];
      for (let i = 0; i < 4; i++) first.push((await via('203.0.113.5')).statusCode);
      expect(first.slice(0, 3)).toEqual([401, 401, 401]);
      expect(first[3]).toBe(429);
      // Another browser behind the same proxy is its own address: not blocked by the first one's typos.
      expect((await via('203.0.113.6')).statusCode).toBe(401);
    } finally {
      await behind.close();
    }
    // Not trusted (the default): a forged X-Forwarded-For is ignored; the connection's address counts.
    h.advance(61_000);
    const forged = (xff: string) =>
      h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@clinic.test', password: 'x' }, remoteAddress: '198.51.100.99', headers: { 'x-forwarded-for': xff } });
    const statuses = [];
    for (const xff of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5']) statuses.push((await forged(xff)).statusCode);
    expect(statuses.at(-1)).toBe(429);
  }, 120_000);
});
