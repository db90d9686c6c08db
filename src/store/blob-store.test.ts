import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { blobStoreContract } from './blob-store.contract.ts';
import { FsBlobStore, MemoryBlobStore } from './blob-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-blobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

blobStoreContract('a local folder', () => new FsBlobStore(dir));
blobStoreContract('memory', () => new MemoryBlobStore());
