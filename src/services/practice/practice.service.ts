/** Practice-wide settings: whether therapists must use two-step sign-in, changed by the practice owner or an operator. */
import type { z } from 'zod';
import type { PracticeSecurity, PracticeSecurityBody } from '../../domain/api/account.schemas.ts';
import type { Actor, Store, StoreDeps } from '../context.ts';
import { em, HttpError } from '../errors.ts';

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

/** The practice owner's account id (exactly one: `practice_owner`, 035; the earliest therapist until set). */
export async function practiceOwnerId(store: Store): Promise<string | undefined> {
  return store.practice.ownerId();
}

/** Whether the actor is the practice owner themself (operators are not). */
export async function isOwner(store: Store, actor: Pick<Actor, 'role' | 'userId'>): Promise<boolean> {
  return actor.role === 'therapist' && (await practiceOwnerId(store)) === actor.userId;
}

/** Refuses anyone but the practice owner (403: a role mismatch, not a missing record). */
export async function requireOwner(store: Store, actor: Pick<Actor, 'role' | 'userId'>): Promise<void> {
  if (!(await isOwner(store, actor))) throw new HttpError('forbidden', em('errors:practice.practiceOwnerDo'));
}

/**
 * Who may change the practice's technical settings (two-step requirement, practice-wide model
 * servers): the practice owner, and operators, who run the installation. Clinical settings (the
 * consent document, crisis contacts) and staff are the owner's alone (`isOwner`).
 */
export async function isPracticeOwner(store: Store, actor: Actor): Promise<boolean> {
  if (actor.role === 'admin') return true;
  return isOwner(store, actor);
}

export async function setPracticeSecurity(
  { store }: StoreDeps,
  actor: Actor,
  input: z.output<typeof PracticeSecurityBody>,
): Promise<z.infer<typeof PracticeSecurity>> {
  if (!(await isPracticeOwner(store, actor))) throw new HttpError('forbidden', em('errors:practice.practiceOwnerOperatorChange'));
  const next = { requireTwoFactorForTherapists: input.requireTwoFactorForTherapists };
  if (next.requireTwoFactorForTherapists && actor.role === 'therapist' && !(await store.accountSecurity.twoFactorEnabled(actor.userId))) {
    throw new HttpError('conflict', em('errors:practice.turnTwoStepSign'));
  }
  await store.settings.set(PRACTICE_SECURITY_KEY, next);
  await store.audit.append({ actorId: actor.userId, actorRole: actor.role, action: 'practice.security_changed', clientId: null, detail: next });
  return next;
}
