/**
 * Start-up settings from flags, then environment variables, then defaults — validated with a
 * clear one-line message on a bad value.
 */
import { msg } from './cli-i18n.ts';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './command.ts';

export interface RuntimeConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA = './data';

function parsePort(raw: string, source: string): number {
  if (!/^\d+$/.test(raw.trim())) throw new CliError(msg('config.portNumberBetween1', { source, raw }));
  const n = Number(raw);
  if (n < 1 || n > 65535) throw new CliError(msg('config.between165535Got', { source, n }));
  return n;
}

function checkDataDir(raw: string, source: string): string {
  if (raw.trim() === '') throw new CliError(msg('config.empty', { source }));
  const dir = resolve(raw);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CliError(msg('config.fileFolder', { source, dir }));
    try {
      accessSync(dir, constants.W_OK | constants.R_OK);
    } catch {
      throw new CliError(msg('config.readableWritableUser', { source, dir }));
    }
  } else {
    let parent = dirname(dir);
    while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
    try {
      accessSync(parent, constants.W_OK);
    } catch {
      throw new CliError(msg('config.createdWritable', { source, dir, parent }));
    }
  }
  return dir;
}

function checkDatabaseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new CliError(msg('config.databaseUrlValidUrl'));
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new CliError(msg('config.databaseUrlStartPostgres', { protocol: u.protocol }));
  return raw;
}

export function resolveRuntimeConfig(flags: { port?: string; host?: string; data?: string }, env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const port = flags.port !== undefined ? parsePort(flags.port, '--port') : env.HEARTH_PORT ? parsePort(env.HEARTH_PORT, 'HEARTH_PORT') : DEFAULT_PORT;
  const host = flags.host ?? env.HEARTH_HOST ?? DEFAULT_HOST;
  if (!/^[a-zA-Z0-9.:-]+$/.test(host)) throw new CliError(msg('config.hostHostNameIp', { host }));
  const dataDir =
    flags.data !== undefined
      ? checkDataDir(flags.data, '--data')
      : checkDataDir(env.HEARTH_DATA ?? DEFAULT_DATA, env.HEARTH_DATA ? 'HEARTH_DATA' : 'The data folder');
  const databaseUrl = env.DATABASE_URL ? checkDatabaseUrl(env.DATABASE_URL) : undefined;
  return { host, port, dataDir, databaseUrl };
}

/** The repository folder, where `npm start` runs (its default data folder is `<root>/data`). */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A shell word: as is when plain, else in single quotes. */
const shellWord = (s: string): string => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The exact command that serves this data folder on this port (printed by `hearth demo`), for a
 * shell in `cwd`: `npm start` works only inside the checkout, so elsewhere it names bin/hearth.js.
 */
export function startCommandFor(cfg: Pick<RuntimeConfig, 'dataDir' | 'port'>, cwd: string = process.cwd()): string {
  const args = [
    ...(cfg.dataDir === join(ROOT, 'data') ? [] : ['--data', shellWord(cfg.dataDir)]),
    ...(cfg.port === DEFAULT_PORT ? [] : ['--port', String(cfg.port)]),
  ];
  const rel = relative(ROOT, resolve(cwd));
  if (rel.startsWith('..') || isAbsolute(rel)) return ['node', shellWord(join(ROOT, 'bin', 'hearth.js')), 'serve', ...args].join(' ');
  return args.length === 0 ? 'npm start' : `npm start -- ${args.join(' ')}`;
}
