/**
 * Global setup of the server tier: starts a throwaway PostgreSQL cluster for the repository
 * tests (test/pg), unless HEARTH_TEST_DATABASE_URL points at one already. The cluster lives in
 * a temporary folder on its own port and socket directory, and is removed afterwards.
 *
 * Without PostgreSQL binaries the PostgreSQL tier is skipped locally; under CI it must run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.HEARTH_TEST_DATABASE_URL;
  if (given) {
    project.provide('pgUrl', given);
    return undefined;
  }
  const initdb = which('initdb');
  const pgCtl = which('pg_ctl');
  if (!initdb || !pgCtl) {
    if (process.env.CI) throw new Error('The PostgreSQL tier needs initdb and pg_ctl on PATH (or HEARTH_TEST_DATABASE_URL).');
    console.warn('[hearth] PostgreSQL binaries not found: the PostgreSQL tier is skipped.');
    project.provide('pgUrl', null);
    return undefined;
  }
  const root = mkdtempSync(join(tmpdir(), 'hearth-pg-'));
  const dataDir = join(root, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: run it as the postgres user on our own folder.
  const run = (cmd: string, args: string[]): void => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    execFileSync(full[0] as string, full[1] as string[], { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (asRoot) {
    chmodSync(root, 0o755);
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, uid, gid);
  }
  run(initdb, ['-D', dataDir, '-U', 'hearth', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  run(pgCtl, [
    '-D',
    dataDir,
    '-l',
    join(root, 'log.txt'),
    '-w',
    '-o',
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    'start',
  ]);
  project.provide('pgUrl', `postgres://hearth@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      run(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
}
