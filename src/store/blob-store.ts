/**
 * Files (images, audio) live in a blob store addressed by keys like `artworks/<uuid>.png`.
 * The default keeps them in a local folder; an S3-compatible store implements the same interface.
 * Each store reads and writes whole buffers (`get`/`put`) and streams (`getStream`/`putStream`)
 * for files too big to hold at once. Client files are sealed whole with AES-GCM by `ClientFiles`
 * (the tag is checked over the whole file before any plaintext is released), so they go through
 * `get`/`put`; streams serve bytes that are already sealed or not the client's (e.g. copying).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface BlobStore {
  /** Stores bytes under key atomically: readers see the whole file or none. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Returns the bytes, or undefined when absent. */
  get(key: string): Promise<Uint8Array | undefined>;
  /**
   * Stores what `source` yields under key, never holding more than a part of it (local: a file
   * stream renamed into place; S3: a multipart upload). Atomic like `put`. Resolves with the bytes written.
   */
  putStream(key: string, source: AsyncIterable<Uint8Array>): Promise<number>;
  /** The bytes as a stream of parts (one version whole, even if it is overwritten meanwhile), or undefined when absent. */
  getStream(key: string): Promise<Readable | undefined>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Parts a local file is read in. */
const READ_PART = 1024 * 1024;

/** Counts the bytes `source` yields as they pass. */
async function* counted(source: AsyncIterable<Uint8Array>, count: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const part of source) {
    count.bytes += part.byteLength;
    yield part;
  }
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)+$/;

/** Keys are lower-case path segments; `..`, absolute paths and odd characters are refused. */
export function assertBlobKey(key: string): void {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid blob key: ${JSON.stringify(key)}`);
}

export class FsBlobStore implements BlobStore {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertBlobKey(key);
    const p = resolve(this.root, key);
    if (!p.startsWith(this.root + sep)) throw new Error(`blob key escapes the store: ${key}`);
    return p;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const p = this.pathOf(key);
    await mkdir(dirname(p), { recursive: true });
    const tmp = join(dirname(p), `.tmp-${randomBytes(6).toString('hex')}`);
    try {
      await writeFile(tmp, bytes, { mode: 0o600 });
      await rename(tmp, p);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      // A view of the buffer read, not a copy (copying an 8 MB original showed up as a stall in bench/export-stall).
      const b = await readFile(this.pathOf(key));
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async putStream(key: string, source: AsyncIterable<Uint8Array>): Promise<number> {
    const p = this.pathOf(key);
    await mkdir(dirname(p), { recursive: true });
    const tmp = join(dirname(p), `.tmp-${randomBytes(6).toString('hex')}`);
    const count = { bytes: 0 };
    try {
      await pipeline(Readable.from(counted(source, count)), createWriteStream(tmp, { mode: 0o600 }));
      await rename(tmp, p);
      return count.bytes;
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async getStream(key: string): Promise<Readable | undefined> {
    try {
      // Opened now: a later rename over the key replaces the name, not the file this reads.
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream({ highWaterMark: READ_PART });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await stat(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }
}

/** In-memory store for tests. */
export class MemoryBlobStore implements BlobStore {
  readonly files = new Map<string, Uint8Array>();
  async put(key: string, bytes: Uint8Array): Promise<void> {
    assertBlobKey(key);
    this.files.set(key, new Uint8Array(bytes));
  }
  async get(key: string): Promise<Uint8Array | undefined> {
    return this.files.get(key);
  }
  async putStream(key: string, source: AsyncIterable<Uint8Array>): Promise<number> {
    assertBlobKey(key);
    const parts: Uint8Array[] = [];
    for await (const part of source) parts.push(new Uint8Array(part));
    const bytes = new Uint8Array(Buffer.concat(parts));
    this.files.set(key, bytes);
    return bytes.length;
  }
  async getStream(key: string): Promise<Readable | undefined> {
    const bytes = this.files.get(key);
    if (!bytes) return undefined;
    const parts: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += READ_PART) parts.push(bytes.subarray(at, at + READ_PART));
    return Readable.from(parts, { objectMode: false });
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
  async exists(key: string): Promise<boolean> {
    return this.files.has(key);
  }
}
