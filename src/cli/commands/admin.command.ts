import { msg } from '../cli-i18n.ts';
import { addOperator, operatorProblem } from '../../services/admin/admin.service.ts';
import { actorFor } from '../../services/account/actor.ts';
import { errorTextIn, HttpError } from '../../services/errors.ts';
import { currentCliLocale } from '../cli-i18n.ts';
import { practiceOwnerId } from '../../services/practice/practice.service.ts';
import { createStaffInvite } from '../../services/staff/staff-invites.service.ts';
import type { Store } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError, stringOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new CliError(msg('admin.pipePasswordStandardInput'));
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const INVITE_ROLES = ['therapist', 'supervisor', 'operator'] as const;
type InviteRole = (typeof INVITE_ROLES)[number];

/**
 * `hearth admin invite`: a staff invite made on the practice owner's behalf by whoever holds the
 * data folder (or the database), the same single-use 72-hour link the Practice page makes.
 */
async function inviteStaff(store: Store, email: string, role: InviteRole, origin: string) {
  const ownerId = await practiceOwnerId(store);
  const owner = ownerId ? await store.users.byId(ownerId) : undefined;
  if (!owner) throw new CliError(msg('admin.practiceOwnerYetSet'));
  try {
    return await createStaffInvite({ store, clock: () => new Date() }, await actorFor(store, owner), { email, role, origin });
  } catch (e) {
    if (e instanceof HttpError) throw new CliError(e.message);
    throw e;
  }
}

/** Operator accounts (they manage the installation and never see clinical data), and staff invites. */
export const adminCommand: CliCommand = {
  name: 'admin',
  get summary() {
    return msg('admin.summary');
  },
  usage:
    'printf %s "$PASSWORD" | hearth admin add --email E --name NAME [--data ./data] [--json]\n' +
    '       hearth admin invite --role therapist|supervisor|operator --email E [--origin https://hearth.example] [--data ./data] [--json]',
  maxPositionals: 1,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    origin: { type: 'string' },
    data: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(inv) {
    const sub = inv.positionals[0];
    if (sub === 'invite') {
      const email = stringOpt(inv, 'email', true);
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new CliError(msg('admin.emailEmailAddress', { email }));
      const role = stringOpt(inv, 'role', true);
      if (!(INVITE_ROLES as readonly string[]).includes(role))
        throw new CliError(msg('admin.roleOneInviteRoles', { INVITE_ROLES: INVITE_ROLES.join(', '), role }));
      const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
      const origin = stringOpt(inv, 'origin') ?? process.env.HEARTH_PUBLIC_ORIGIN ?? `http://${cfg.host}:${cfg.port}`;
      if (!/^https?:\/\/[^\s/]+\/?$/.test(origin)) throw new CliError(msg('admin.originWhereHearthReached', { origin }));
      const store = await openStoreForCli(cfg, 'hearth admin invite');
      try {
        const invite = await inviteStaff(store, email, role as InviteRole, origin);
        inv.io.out(
          inv.values.json
            ? JSON.stringify({ id: invite.id, email: invite.email, role: invite.role, url: invite.url, expiresAt: invite.expiresAt }) + '\n'
            : `Invite for ${invite.email} as ${invite.role} (single use, valid until ${invite.expiresAt}):\n${invite.url}\n`,
        );
        return 0;
      } finally {
        await store.close();
      }
    }
    if (sub !== 'add') throw new CliError(msg('admin.usageHearthAdminAdd'));
    const email = stringOpt(inv, 'email', true);
    const name = stringOpt(inv, 'name') ?? 'Operator';
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new CliError(msg('admin.emailEmailAddress', { email }));
    const input = { email, name, password: await readStdin() };
    if (input.password === '') throw new CliError(msg('admin.pipePasswordStandardInput'));
    const problem = operatorProblem(input);
    if (problem) throw new CliError(errorTextIn(problem, currentCliLocale()));
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const store = await openStoreForCli(cfg, 'hearth admin add');
    try {
      const user = await addOperator({ store, clock: () => new Date() }, input);
      inv.io.out(
        inv.values.json ? JSON.stringify({ id: user.id, email: user.email, role: 'admin' }) + '\n' : `${msg('admin.created', { email: user.email })}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
