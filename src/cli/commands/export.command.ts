import { SESSION_COOKIE, newToken, sha256 } from '../../server/auth.ts';
import { buildClientExport } from '../../server/export/client-export.ts';
import { buildApp } from '../../server/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError, outputOpt, stringOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';
import { writePrivateFile } from './backup.command.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: "Write one client's full export (the same ZIP as “Download everything”)",
  usage: 'hearth export --client ID --out FILE.zip [--mkdir] [--data ./data] [--json]   (with Hearth stopped; while it runs, use “Download everything” in the app)',
  options: { client: { type: 'string' }, out: { type: 'string' }, mkdir: { type: 'boolean' }, data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    const clientId = stringOpt(inv, 'client', true).toLowerCase();
    if (!UUID.test(clientId)) throw new CliError(`--client must be a client id (a UUID), got "${clientId}"`);
    const out = outputOpt(inv, { refuseExisting: true });
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const store = await openStoreForCli(cfg, 'hearth export');
    const sessionToken = newToken();
    try {
      const client = await store.clients.byId(clientId);
      if (!client) throw new CliError(`there is no client with id ${clientId} in ${cfg.dataDir}`);
      const { app } = await buildApp({ store, config: { logLevel: false, webRoot: null } });
      // The records are read through the API as the client's therapist, with a short-lived session
      // that is removed again straight after.
      const now = new Date();
      await store.authSessions.create({ id: sha256(sessionToken), userId: client.therapistId, csrfToken: newToken(), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 10 * 60_000), userAgent: 'hearth export (CLI)' });
      try {
        const result = await buildClientExport(app, store, client.id, { cookie: `${SESSION_COOKIE}=${sessionToken}`, now });
        writePrivateFile(out, result.zip);
        await store.audit.append({ actorId: client.therapistId, actorRole: 'therapist', action: 'client.export', clientId: client.id, targetType: 'client', targetId: client.id, detail: { via: 'cli', files: Object.keys(result.files).length, bytes: result.zip.length } });
        if (inv.values.json) inv.io.out(JSON.stringify({ out, bytes: result.zip.length, files: result.files }) + '\n');
        else inv.io.out(`Export of ${client.displayName} written to ${out} (${(result.zip.length / 1e6).toFixed(1)} MB, ${Object.keys(result.files).length} files). It is not encrypted: keep it safe.\n`);
      } finally {
        await store.authSessions.delete(sha256(sessionToken));
        await app.close();
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
