import { addOperator, operatorProblem } from '../../services/admin/admin.service.ts';
import type { CliCommand } from '../command.ts';
import { CliError, stringOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new CliError('pipe the password on standard input, e.g.: printf %s "$PASSWORD" | hearth admin add …');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Operator accounts: they manage the installation and never see clinical data. */
export const adminCommand: CliCommand = {
  name: 'admin',
  summary: 'Add an operator account (`hearth admin add --email E --name N`, password on stdin)',
  usage: 'printf %s "$PASSWORD" | hearth admin add --email E --name NAME [--data ./data] [--json]',
  options: { email: { type: 'string' }, name: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    if (inv.positionals[0] !== 'add') throw new CliError('usage: hearth admin add --email E --name NAME  (password on standard input)');
    const email = stringOpt(inv, 'email', true);
    const name = stringOpt(inv, 'name') ?? 'Operator';
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new CliError(`--email is not an email address: "${email}"`);
    const input = { email, name, password: await readStdin() };
    const problem = operatorProblem(input);
    if (problem) throw new CliError(problem);
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const store = await openStoreForCli(cfg, 'hearth admin add');
    try {
      const user = await addOperator({ store, clock: () => new Date() }, input);
      inv.io.out(inv.values.json ? JSON.stringify({ id: user.id, email: user.email, role: 'admin' }) + '\n' : `Operator account ${user.email} created.\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
