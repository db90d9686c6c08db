import { msg } from '../cli-i18n.ts';
import { isIP } from 'node:net';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuiltinMusicBackend, soundBankFromEnv } from '../../backends/index.ts';
import { buildApp } from '../../server/index.ts';
import { startControlChannel } from '../../services/backup/control-channel.ts';
import { loadMasterKey } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError, packageVersion } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;

/**
 * Structured JSON logs (one line per event) go to stdout. In an interactive terminal the default
 * is warnings only, so a therapist starting Hearth is not flooded; services and pipes get `info`.
 * HEARTH_LOG_LEVEL overrides both.
 */
function logLevelFor(quiet: boolean): (typeof LEVELS)[number] {
  const env = process.env.HEARTH_LOG_LEVEL;
  if (env !== undefined) {
    if (!(LEVELS as readonly string[]).includes(env)) throw new CliError(msg('serve.hearthLogLevelOne', { LEVELS: LEVELS.join(', '), env }));
    return env as (typeof LEVELS)[number];
  }
  return quiet || process.stdout.isTTY ? 'warn' : 'info';
}

/** HEARTH_PUBLIC_ORIGIN: the scheme://host[:port] browsers use (behind a TLS proxy); writes from any other Origin are refused. */
function publicOriginFromEnv(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(msg('serve.hearthPublicOriginOrigin', { value }));
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/$/, '') !== '' || url.search || url.username) {
    throw new CliError(msg('serve.hearthPublicOriginScheme', { value }));
  }
  return url.origin;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** HEARTH_TRUST_PROXY: comma-separated proxy addresses / CIDR ranges (or loopback, linklocal, uniquelocal) whose X-Forwarded-For is believed. */
export function trustProxyFromEnv(value: string | undefined): string | false {
  if (value === undefined || value.trim() === '') return false;
  const items = value.split(',').map((x) => x.trim());
  for (const item of items) {
    const [addr, bits, ...rest] = item.split('/');
    const isIp = isIP(addr ?? '') !== 0;
    const maxBits = isIP(addr ?? '') === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (!(PROXY_NAMES.has(item) || (isIp && okBits && rest.length === 0))) {
      throw new CliError(msg('serve.hearthTrustProxyList', { item }));
    }
  }
  return items.join(',');
}

/** How often the server signs an audit checkpoint: hourly, or HEARTH_AUDIT_CHECKPOINT_SECONDS (10 s to 1 h). */
function checkpointIntervalMs(): number {
  const env = process.env.HEARTH_AUDIT_CHECKPOINT_SECONDS;
  if (env === undefined) return 3_600_000;
  const n = Number(env);
  if (!Number.isInteger(n) || n < 10 || n > 3600) throw new CliError(msg('serve.hearthAuditCheckpointSeconds', { env }));
  return n * 1000;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  get summary() {
    return msg('serve.summary');
  },
  usage:
    'hearth serve [--port 8080] [--host 127.0.0.1] [--data ./data]   (env: HEARTH_PORT, HEARTH_HOST, HEARTH_DATA, DATABASE_URL, HEARTH_PUBLIC_ORIGIN, HEARTH_TRUST_PROXY)',
  options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, quiet: { type: 'boolean' }, dev: { type: 'boolean' } },
  async run(inv) {
    const cfg = resolveRuntimeConfig({
      port: inv.values.port as string | undefined,
      host: inv.values.host as string | undefined,
      data: inv.values.data as string | undefined,
    });
    const webRoot = join(root, 'dist', 'web');
    const logLevel = logLevelFor(inv.values.quiet === true);
    const checkpointEvery = checkpointIntervalMs();
    const store = await openStoreForCli(cfg, 'hearth serve', { create: true });
    if (!existsSync(join(webRoot, 'index.html')))
      inv.io.err('The web app is not built yet; run `npm run build` (npm start does it for you). Serving the API only.\n');
    // The sound bank loads in the background once the server listens, so the first piece played
    // does not wait for it (HEARTH_SOUNDBANK=off keeps the additive voices).
    const musicBackend = createBuiltinMusicBackend({ soundBank: () => soundBankFromEnv(process.env, (reason) => inv.io.err(`${reason}\n`)) });
    const { app, inflight } = await buildApp({
      store,
      musicBackend,
      version: packageVersion(),
      databaseUrl: cfg.databaseUrl,
      // HEARTH_RUN_JOBS=0: this node accepts jobs and leaves the work to `hearth worker` processes.
      runJobs: process.env.HEARTH_RUN_JOBS !== '0',
      config: {
        webRoot,
        logLevel,
        secureCookies: process.env.HEARTH_SECURE_COOKIES === '1',
        publicOrigin: publicOriginFromEnv(process.env.HEARTH_PUBLIC_ORIGIN),
        trustProxy: trustProxyFromEnv(process.env.HEARTH_TRUST_PROXY),
      },
    });
    try {
      await app.listen({ port: cfg.port, host: cfg.host });
    } catch (e) {
      await store.close();
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(msg('serve.portAlreadyUseChoose', { port: cfg.port }));
      if (code === 'EACCES') throw new CliError(msg('serve.portNeedsSpecialPermission', { port: cfg.port }));
      throw e;
    }
    void musicBackend.ready();
    // The local control channel (<data>/control.sock, owner only) lets `hearth backup` take a consistent snapshot while we run.
    const control = store.dataDir
      ? await startControlChannel({
          dataDir: store.dataDir,
          db: store.db,
          blobs: store.blobs,
          masterKey: () => loadMasterKey(store.dataDir),
          onError: (e) => app.log.error({ err: e }, 'control channel'),
        })
      : null;
    if (control && 'unavailable' in control) inv.io.err(`Backups while running are unavailable: ${control.unavailable}.\n`);
    // Signed audit checkpoints outside the database: now, at least hourly, and on shutdown.
    const checkpoint = (why: string, onlyIfChanged: boolean) =>
      store.checkpointAudit({ onlyIfChanged }).catch((e: unknown) => app.log.error({ err: e, why }, 'could not write the audit checkpoint'));
    await checkpoint('start', false);
    const checkpointTimer = setInterval(() => void checkpoint('hourly', false), checkpointEvery);
    checkpointTimer.unref();
    const url = `http://${cfg.host.includes(':') ? `[${cfg.host}]` : cfg.host}:${cfg.port}`;
    const needsSetup = (await store.users.countByRole('therapist')) === 0;
    inv.io.err(
      `\nHearth is running at ${url}\n${needsSetup ? 'Open it in your browser to create your therapist account.\n' : ''}Data: ${store.dataDir}${cfg.databaseUrl ? ' (files) + PostgreSQL' : ''}\nStop with Ctrl+C.\n\n`,
    );

    // Graceful shutdown: stop accepting, finish in-flight requests, close the database, free the lock.
    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, 'shutting down');
        const force = setTimeout(() => {
          app.log.error('shutdown took longer than 15 s; forcing exit');
          resolve(1);
        }, 15_000);
        force.unref();
        void (async () => {
          try {
            // Stop accepting; let in-flight requests finish (their writes land), then drop
            // idle keep-alive sockets, and only then close the database and free the lock.
            const closing = app.close();
            for (let waited = 0; inflight() > 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
            app.server.closeAllConnections();
            await closing;
            if (control && 'close' in control) await control.close();
            clearInterval(checkpointTimer);
            await checkpoint('shutdown', false);
            await store.close();
            clearTimeout(force);
            inv.io.err('Hearth stopped. All data is saved.\n');
            resolve(0);
          } catch (e) {
            app.log.error({ err: e }, 'error during shutdown');
            resolve(1);
          }
        })();
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
  },
};
