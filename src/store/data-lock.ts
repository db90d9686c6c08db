/**
 * An exclusive lock on a data folder. PGlite allows one process per folder, and two instances
 * silently lose each other's writes, so every process that opens the embedded database takes
 * this lock first and a second one refuses with a clear message.
 *
 * The lock is a file created with O_EXCL (atomic on local filesystems) holding the owner's pid
 * and host. A lock left by a process that no longer runs on this host is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      owner
        ? `The data folder ${dataDir} is in use by another Hearth process (pid ${owner.pid}, "${owner.command}", since ${owner.since}). Stop it first, or use another --data folder.`
        : `The data folder ${dataDir} is locked by another Hearth process. Stop it first, or use another --data folder.`,
    );
  }
}

export interface DataLock {
  readonly path: string;
  release(): void;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws DataFolderLockedError. The folder must exist. */
export function acquireDataLock(dataDir: string, command: string): DataLock {
  const path = join(dataDir, 'hearth.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(path);
      const stale = owner !== undefined && owner.host === hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
      if (!stale) throw new DataFolderLockedError(dataDir, owner);
      rmSync(path, { force: true });
      continue;
    }
    const owner: LockOwner = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        const current = readOwner(path);
        if (current?.pid === process.pid) rmSync(path, { force: true });
      },
    };
  }
  throw new DataFolderLockedError(dataDir, readOwner(path));
}
