/** Practice-wide settings: whether therapists must use two-step sign-in, changed by the practice owner or an operator. */
import type { z } from 'zod';
import type { PracticeSecurity, PracticeSecurityBody } from '../../domain/api/account.schemas.ts';
import type { Actor, Store, StoreDeps } from '../context.ts';
import { HttpError } from '../errors.ts';

/** Practice-wide security settings (stored under `settings['practice.security']`). */
export interface PracticeSecuritySettings {
  requireTwoFactorForTherapists: boolean;
}
export const PRACTICE_SECURITY_KEY = 'practice.security';

export async function practiceSecurity(store: Store): Promise<PracticeSecuritySettings> {
  const s = await store.settings.get<Partial<PracticeSecuritySettings>>(PRACTICE_SECURITY_KEY);
  return { requireTwoFactorForTherapists: s?.requireTwoFactorForTherapists === true };
}

/** A therapist in a practice that requires two-factor, who has not turned it on yet. */
export async function mustEnrolTwoFactor(store: Store, actor: Pick<Actor, 'role' | 'userId'>): Promise<boolean> {
  if (actor.role !== 'therapist') return false;
  if (!(await practiceSecurity(store)).requireTwoFactorForTherapists) return false;
  return !(await store.accountSecurity.twoFactorEnabled(actor.userId));
}

/** The practice owner: the therapist who set Hearth up (the earliest therapist account); operators count too. */
export async function isPracticeOwner(store: Store, actor: Actor): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'therapist') return false;
  const first = (await store.users.list()).find((u) => u.role === 'therapist');
  return first?.id === actor.userId;
}

export async function setPracticeSecurity(
  { store }: StoreDeps,
  actor: Actor,
  input: z.output<typeof PracticeSecurityBody>,
): Promise<z.infer<typeof PracticeSecurity>> {
  if (!(await isPracticeOwner(store, actor))) throw new HttpError('forbidden', 'Only the therapist who set up this practice, or an operator, can change this.');
  const next = { requireTwoFactorForTherapists: input.requireTwoFactorForTherapists };
  if (next.requireTwoFactorForTherapists && actor.role === 'therapist' && !(await store.accountSecurity.twoFactorEnabled(actor.userId))) {
    throw new HttpError('conflict', 'Turn on two-step sign-in for your own account first.');
  }
  await store.settings.set(PRACTICE_SECURITY_KEY, next);
  await store.audit.append({ actorId: actor.userId, actorRole: actor.role, action: 'practice.security_changed', clientId: null, detail: next });
  return next;
}
