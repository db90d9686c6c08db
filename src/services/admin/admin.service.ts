/** Operators manage the installation and see accounts, never clinical data. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AdminUsers } from '../../domain/api/schemas.ts';
import type { UserRecord } from '../../store/index.ts';
import { hashPassword } from '../account/passwords.ts';
import type { StoreDeps } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import type { ErrorText } from '../errors.ts';
import { passwordRefusal } from '../refusals.ts';

export async function listAccounts({ store }: Pick<StoreDeps, 'store'>): Promise<z.infer<typeof AdminUsers>['users']> {
  return (await store.users.list()).map((u) => ({
    id: u.id,
    role: u.role,
    email: u.email,
    displayName: u.displayName,
    createdAt: iso(u.createdAt),
    disabled: u.disabledAt !== null,
  }));
}

interface NewOperator {
  email: string;
  name: string;
  password: string;
}

/** What is wrong with a new operator's details, as a catalogue message, or null (checked before anything is opened). */
export function operatorProblem(input: NewOperator): ErrorText | null {
  if (!/^[^@\s]+@[^@\s]+$/.test(input.email)) return em('errors:admin.notAnEmail', { email: input.email });
  return passwordRefusal(input.password, { email: input.email, displayName: input.name });
}

/** Adds an operator account (from the command line: there is no operator yet to do it in the app). */
export async function addOperator({ store, clock }: StoreDeps, input: NewOperator): Promise<UserRecord> {
  const text = operatorProblem(input);
  if (text) throw new HttpError('invalid_request', text);
  if (await store.users.byEmail(input.email)) throw new HttpError('conflict', em('errors:admin.accountAlreadyExists', { email: input.email }));
  const user = await store.users.create({
    id: randomUUID(),
    role: 'admin',
    email: input.email,
    displayName: input.name,
    passwordHash: await hashPassword(input.password),
    createdAt: clock(),
  });
  await store.audit.append({ actorId: null, actorRole: 'system', action: 'admin.create', clientId: null, targetType: 'user', targetId: user.id });
  return user;
}
