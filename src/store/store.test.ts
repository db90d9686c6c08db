import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFolderLockedError, FsBlobStore, acquireDataLock, openStore } from './index.ts';
import { storeContract } from './store.contract.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'hearth-store-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

storeContract('PGlite', () => openStore());

describe('data folder lock', () => {
  it('refuses a second opener of the same folder with a clear message, and frees the folder on close', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir, command: 'hearth serve' });
    await expect(openStore({ dataDir: dir, command: 'hearth demo' })).rejects.toThrow(DataFolderLockedError);
    await expect(openStore({ dataDir: dir, command: 'hearth demo' })).rejects.toThrow(/in use by another Hearth process \(pid \d+, "hearth serve"/);
    await first.close();
    const again = await openStore({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left behind by a process that no longer runs', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    const { hostname } = await import('node:os');
    writeFileSync(join(dir, 'hearth.lock'), JSON.stringify({ pid: deadPid, host: hostname(), command: 'hearth serve', since: '2026-01-01' }));
    const lock = acquireDataLock(dir, 'test');
    lock.release();
    expect(existsSync(join(dir, 'hearth.lock'))).toBe(false);
  });

  it('keeps data across reopen', async () => {
    const dir = tempDir();
    const a = await openStore({ dataDir: dir });
    await a.settings.set('greeting', { text: 'hello' });
    await a.close();
    const b = await openStore({ dataDir: dir });
    expect(await b.settings.get('greeting')).toEqual({ text: 'hello' });
    await b.close();
  });
});

describe('FsBlobStore', () => {
  it('writes atomically, reads back, deletes, and leaves no temp files', async () => {
    const dir = tempDir();
    const blobs = new FsBlobStore(dir);
    await blobs.put('artworks/a.png', new Uint8Array([1, 2, 3]));
    expect(await blobs.get('artworks/a.png')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await blobs.exists('artworks/a.png')).toBe(true);
    expect(readdirSync(join(dir, 'artworks'))).toEqual(['a.png']);
    await blobs.delete('artworks/a.png');
    expect(await blobs.get('artworks/a.png')).toBeUndefined();
  });

  it('refuses keys that could escape the folder', async () => {
    const blobs = new FsBlobStore(tempDir());
    for (const bad of ['../x.png', 'artworks/../../etc/passwd', '/etc/passwd', 'artworks/', 'a', 'Artworks/A.png', 'artworks/x\0.png', 'artworks\\..\\x']) {
      await expect(blobs.put(bad, new Uint8Array([1])), bad).rejects.toThrow(/invalid blob key|escapes/);
    }
  });
});
