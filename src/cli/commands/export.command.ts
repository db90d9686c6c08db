import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBuiltinMusicBackend, soundBankFromEnv } from '../../backends/index.ts';
import { actorFor } from '../../services/account/actor.ts';
import { streamClientExport } from '../../services/export/client-export.ts';
import type { ClientExportResult } from '../../services/export/client-export.ts';
import type { CliCommand } from '../command.ts';
import { currentCliLocale, msg } from '../cli-i18n.ts';
import { CliError, outputOpt, stringOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exportCommand: CliCommand = {
  name: 'export',
  get summary() {
    return msg('export.summary');
  },
  usage:
    'hearth export --client ID --out FILE.zip [--mkdir] [--data ./data] [--json]   (with Hearth stopped; while it runs, use “Download everything” in the app)',
  options: { client: { type: 'string' }, out: { type: 'string' }, mkdir: { type: 'boolean' }, data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    const clientId = stringOpt(inv, 'client', true).toLowerCase();
    if (!UUID.test(clientId)) throw new CliError(msg('export.notUuid', { id: clientId }));
    const out = outputOpt(inv, { refuseExisting: true });
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const store = await openStoreForCli(cfg, 'hearth export');
    try {
      const client = await store.clients.byId(clientId);
      if (!client) throw new CliError(msg('export.noClient', { id: clientId, dir: cfg.dataDir }));
      const therapist = await store.users.byId(client.therapistId);
      if (!therapist) throw new CliError(msg('export.noTherapist', { id: clientId }));
      // The record as the client's therapist sees it in the app (the same export service the app uses).
      const now = new Date();
      const actor = await actorFor(store, therapist);
      const started = await streamClientExport(
        { store, clock: () => new Date(), musicBackend: createBuiltinMusicBackend({ soundBank: () => soundBankFromEnv(process.env) }) },
        actor,
        { client },
        // README.txt and summary.pdf in the CLI's language (--lang, HEARTH_LANG or the system's).
        { now, locale: currentCliLocale() },
      );
      // Streamed to a private file beside the target and renamed into place: bounded memory, never half a file at `out`.
      const tmp = join(dirname(out), `.${process.pid}.hearth-tmp`);
      let result: ClientExportResult;
      try {
        await pipeline(started.stream, createWriteStream(tmp, { mode: 0o600 }));
        result = await started.done;
        renameSync(tmp, out);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw new CliError(msg('export.write', { out, message: (e as Error).message }));
      }
      await store.audit.append({
        actorId: client.therapistId,
        actorRole: 'therapist',
        action: 'client.export',
        clientId: client.id,
        targetType: 'client',
        targetId: client.id,
        detail: { via: 'cli', files: Object.keys(result.files).length, bytes: result.bytes },
      });
      if (inv.values.json) inv.io.out(JSON.stringify({ out, bytes: result.bytes, files: result.files }) + '\n');
      else
        inv.io.out(
          `${msg('export.done', {
            name: client.displayName,
            out,
            mb: new Intl.NumberFormat(currentCliLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(result.bytes / 1e6),
            files: Object.keys(result.files).length,
          })}\n`,
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
