import { describe, expect, it } from 'vitest';
import { canMoveSession, mayAccessClient, passwordProblem } from './index.ts';
import type { Actor } from './index.ts';

const therapist: Actor = { userId: 't1', role: 'therapist', displayName: 'T', email: 't@x', clientId: null };
const client: Actor = { userId: 'u1', role: 'client', displayName: 'C', email: 'c@x', clientId: 'c1' };
const admin: Actor = { userId: 'a1', role: 'admin', displayName: 'A', email: 'a@x', clientId: null };

describe('mayAccessClient', () => {
  it('lets a therapist reach only their own clients and a client only themself; admins see no clinical data', () => {
    const own = { id: 'c1', therapistId: 't1', userId: 'u1' };
    const foreign = { id: 'c2', therapistId: 't2', userId: 'u2' };
    expect(mayAccessClient(therapist, own)).toBe(true);
    expect(mayAccessClient(therapist, foreign)).toBe(false);
    expect(mayAccessClient(client, own)).toBe(true);
    expect(mayAccessClient(client, foreign)).toBe(false);
    expect(mayAccessClient({ ...client, clientId: 'c2' }, own)).toBe(false);
    expect(mayAccessClient(admin, own)).toBe(false);
  });
});

describe('session status', () => {
  it('follows scheduled → in progress → completed', () => {
    expect(canMoveSession('scheduled', 'in_progress')).toBe(true);
    expect(canMoveSession('in_progress', 'completed')).toBe(true);
    expect(canMoveSession('completed', 'scheduled')).toBe(false);
    expect(canMoveSession('scheduled', 'completed')).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('refuses short, common and personal passwords and accepts a passphrase', () => {
    expect(passwordProblem('short')).toMatch(/10 characters/);
    expect(passwordProblem('Password123')).toMatch(/common/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/common/);
    expect(passwordProblem('garden of quiet rivers', { email: 'maria.lopez@clinic.org' })).toBeNull();
    expect(passwordProblem('xxmarialopezxx', { email: 'marialopez@clinic.org' })).toMatch(/email/);
    expect(passwordProblem('quiet river lantern')).toBeNull();
  });
});
