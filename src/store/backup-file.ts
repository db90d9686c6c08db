/**
 * The encrypted backup container. A backup is one file:
 *
 *   header (64 bytes) ‖ AES-256-GCM ciphertext ‖ tag (16)
 *   header = "HEARTHBK" ‖ version(1) ‖ log2 N(1) ‖ r(1) ‖ p(1) ‖ salt(16) ‖ nonce(12)
 *            ‖ passphrase check(16) ‖ ciphertext length (u64 BE)
 *
 * The key comes from the passphrase through scrypt (N = 2^15, r = 8, p = 1 by default); the
 * header is the GCM additional data, so any changed byte anywhere makes the file refuse to open.
 * The passphrase check (the second half of the scrypt output) tells a wrong passphrase apart from
 * a damaged file, and the stored length tells a truncated file apart from an altered one.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

const MAGIC = Buffer.from('HEARTHBK');
const VERSION = 1;
export const BACKUP_HEADER_BYTES = 64;
const TAG = 16;

export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

export interface KdfParams {
  logN: number;
  r: number;
  p: number;
}

export const DEFAULT_KDF: KdfParams = { logN: 15, r: 8, p: 1 };

function derive(passphrase: string, salt: Uint8Array, kdf: KdfParams): { key: Buffer; check: Buffer } {
  if (kdf.logN < 10 || kdf.logN > 20 || kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16)
    throw new BackupFileError('the backup header has impossible key-derivation settings (altered or not a Hearth backup)');
  const out = scryptSync(passphrase.normalize('NFC'), salt, 48, { N: 2 ** kdf.logN, r: kdf.r, p: kdf.p, maxmem: 256 * 2 ** kdf.logN * kdf.r + 1024 * 1024 });
  return { key: out.subarray(0, 32), check: out.subarray(32, 48) };
}

/** A passphrase must be at least this long (characters). */
export const MIN_PASSPHRASE_LENGTH = 12;

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new BackupFileError(`the backup passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`);
}

/** Encrypts `plain` under `passphrase`. */
export function sealBackup(plain: Uint8Array, passphrase: string, kdf: KdfParams = DEFAULT_KDF): Uint8Array {
  checkPassphrase(passphrase);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const { key, check } = derive(passphrase, salt, kdf);
  const header = Buffer.alloc(BACKUP_HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt8(VERSION, 8);
  header.writeUInt8(kdf.logN, 9);
  header.writeUInt8(kdf.r, 10);
  header.writeUInt8(kdf.p, 11);
  salt.copy(header, 12);
  nonce.copy(header, 28);
  check.copy(header, 40);
  header.writeBigUInt64BE(BigInt(plain.length), 56);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(header);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return new Uint8Array(Buffer.concat([header, body, c.getAuthTag()]));
}

/** Decrypts a backup, or throws BackupFileError with a one-line reason. */
export function openBackup(file: Uint8Array, passphrase: string): Uint8Array {
  const b = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (b.length < 8 || !b.subarray(0, 8).equals(MAGIC)) throw new BackupFileError('this is not a Hearth backup file');
  if (b.length < BACKUP_HEADER_BYTES) throw new BackupFileError(`the backup is truncated (${b.length} bytes, shorter than its header)`);
  const header = b.subarray(0, BACKUP_HEADER_BYTES);
  const version = header.readUInt8(8);
  if (version !== VERSION) throw new BackupFileError(`this backup has format version ${version}; this Hearth reads version ${VERSION}`);
  const length = header.readBigUInt64BE(56);
  const expected = BigInt(BACKUP_HEADER_BYTES) + length + BigInt(TAG);
  if (BigInt(b.length) < expected) throw new BackupFileError(`the backup is truncated (${b.length} of ${expected} bytes)`);
  if (BigInt(b.length) > expected)
    throw new BackupFileError(`the backup has ${BigInt(b.length) - expected} unexpected extra bytes at the end (altered or damaged)`);
  const { key, check } = derive(passphrase, header.subarray(12, 28), { logN: header.readUInt8(9), r: header.readUInt8(10), p: header.readUInt8(11) });
  if (!timingSafeEqual(check, header.subarray(40, 56))) throw new BackupFileError('wrong passphrase for this backup (or its header was altered)');
  const d = createDecipheriv('aes-256-gcm', key, header.subarray(28, 40));
  d.setAAD(header);
  d.setAuthTag(b.subarray(b.length - TAG));
  try {
    return new Uint8Array(Buffer.concat([d.update(b.subarray(BACKUP_HEADER_BYTES, b.length - TAG)), d.final()]));
  } catch {
    throw new BackupFileError('the backup failed its integrity check: it was altered or damaged');
  }
}

/*
 * Version 2: the chunked container, written and read as a stream.
 *
 *   header (64 bytes) ‖ frame 0 ‖ frame 1 ‖ … ‖ frame n-1
 *   header = "HEARTHBK" ‖ version 2 ‖ log2 N ‖ r ‖ p ‖ salt(16) ‖ nonce prefix(12, 7 used)
 *            ‖ passphrase check(16) ‖ chunk size (u32 BE) ‖ 0(4)
 *   frame i = AES-256-GCM(plain chunk i) ‖ tag(16), nonce = prefix(7) ‖ i (u32 BE) ‖ last(1)
 *
 * Every chunk but the last holds exactly `chunk size` plain bytes, so frame i starts at a known
 * offset (a reader can open any part without the rest). Each tag covers the header (additional
 * data), the chunk's position and whether it is the last one: a changed, moved, dropped or
 * appended chunk fails its own tag, and a file cut at a chunk boundary lacks its last-flagged
 * chunk — both are refused before anything is written.
 */
const VERSION_CHUNKED = 2;
export const BACKUP_CHUNK_BYTES = 1 << 20;

function chunkNonce(prefix: Uint8Array, index: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.set(prefix.subarray(0, 7), 0);
  n.writeUInt32BE(index, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/** Writes a chunked backup through `write` as plain bytes arrive; each write is awaited (back-pressure). */
export class BackupSealer {
  private readonly key: Buffer;
  private readonly header: Buffer;
  private readonly prefix: Buffer;
  private readonly buf: Buffer;
  private used = 0;
  private index = 0;
  private started = false;
  /** Plain bytes taken in so far. */
  plainBytes = 0;
  /** Sealed bytes written so far (header included). */
  sealedBytes = 0;

  constructor(
    passphrase: string,
    private readonly write: (bytes: Uint8Array) => Promise<void>,
    kdf: KdfParams = DEFAULT_KDF,
    private readonly chunkBytes: number = BACKUP_CHUNK_BYTES,
  ) {
    checkPassphrase(passphrase);
    const salt = randomBytes(16);
    this.prefix = randomBytes(12);
    const { key, check } = derive(passphrase, salt, kdf);
    this.key = key;
    this.header = Buffer.alloc(BACKUP_HEADER_BYTES);
    MAGIC.copy(this.header, 0);
    this.header.writeUInt8(VERSION_CHUNKED, 8);
    this.header.writeUInt8(kdf.logN, 9);
    this.header.writeUInt8(kdf.r, 10);
    this.header.writeUInt8(kdf.p, 11);
    salt.copy(this.header, 12);
    this.prefix.copy(this.header, 28);
    check.copy(this.header, 40);
    this.header.writeUInt32BE(chunkBytes, 56);
    this.buf = Buffer.alloc(chunkBytes);
  }

  private async emit(bytes: Uint8Array): Promise<void> {
    this.sealedBytes += bytes.length;
    await this.write(bytes);
  }

  private async seal(plain: Uint8Array, last: boolean): Promise<void> {
    if (!this.started) {
      this.started = true;
      await this.emit(this.header);
    }
    const c = createCipheriv('aes-256-gcm', this.key, chunkNonce(this.prefix, this.index++, last));
    c.setAAD(this.header);
    await this.emit(Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]));
  }

  /** Takes plain bytes; seals and writes every chunk they fill. */
  async push(data: Uint8Array): Promise<void> {
    this.plainBytes += data.length;
    let at = 0;
    while (at < data.length) {
      const n = Math.min(this.chunkBytes - this.used, data.length - at);
      this.buf.set(data.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
      // A full chunk is sealed only when more follows: the last chunk is the one `end` seals.
      if (this.used === this.chunkBytes && at < data.length) {
        await this.seal(this.buf, false);
        this.used = 0;
      }
    }
    if (this.used === this.chunkBytes) {
      await this.seal(this.buf, false);
      this.used = 0;
    }
  }

  /** Seals the last chunk (possibly empty). */
  async end(): Promise<void> {
    await this.seal(this.buf.subarray(0, this.used), true);
    this.used = 0;
  }
}

/** Reads the version of a backup file from its first bytes, or refuses what is not a backup. */
export function backupVersion(head: Uint8Array): number {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length < 8 || !b.subarray(0, 8).equals(MAGIC)) throw new BackupFileError('this is not a Hearth backup file');
  if (b.length < BACKUP_HEADER_BYTES) throw new BackupFileError(`the backup is truncated (${b.length} bytes, shorter than its header)`);
  const version = b.readUInt8(8);
  if (version !== VERSION && version !== VERSION_CHUNKED)
    throw new BackupFileError(`this backup has format version ${version}; this Hearth reads versions ${VERSION} and ${VERSION_CHUNKED}`);
  return version;
}

/** Random access to the plain bytes of a chunked backup on disk; each chunk is authenticated when read. */
export class ChunkedBackupReader {
  readonly plainLength: number;
  private readonly chunks: number;
  private readonly frame: number;
  private cache: { index: number; plain: Buffer } | undefined;

  private constructor(
    private readonly fd: FileHandle,
    private readonly header: Buffer,
    private readonly key: Buffer,
    private readonly chunkBytes: number,
    fileBytes: number,
  ) {
    this.frame = chunkBytes + TAG;
    const body = fileBytes - BACKUP_HEADER_BYTES;
    if (body < TAG) throw new BackupFileError(`the backup is truncated (${fileBytes} bytes, no data after its header)`);
    this.chunks = Math.ceil(body / this.frame);
    const lastFrame = body - (this.chunks - 1) * this.frame;
    if (lastFrame < TAG) throw new BackupFileError(`the backup is truncated (its last part is cut short, ${fileBytes} bytes)`);
    this.plainLength = (this.chunks - 1) * chunkBytes + lastFrame - TAG;
  }

  static async open(path: string, passphrase: string): Promise<ChunkedBackupReader> {
    const fd = await open(path, 'r');
    try {
      const size = (await fd.stat()).size;
      const header = Buffer.alloc(BACKUP_HEADER_BYTES);
      const { bytesRead } = await fd.read(header, 0, BACKUP_HEADER_BYTES, 0);
      if (backupVersion(header.subarray(0, bytesRead)) !== VERSION_CHUNKED) throw new BackupFileError('this backup is not a chunked (version 2) backup');
      const chunkBytes = header.readUInt32BE(56);
      if (chunkBytes < 4096 || chunkBytes > 64 << 20 || header.readUInt32BE(60) !== 0)
        throw new BackupFileError('the backup header has an impossible chunk size (altered or not a Hearth backup)');
      const { key, check } = derive(passphrase, header.subarray(12, 28), { logN: header.readUInt8(9), r: header.readUInt8(10), p: header.readUInt8(11) });
      if (!timingSafeEqual(check, header.subarray(40, 56))) throw new BackupFileError('wrong passphrase for this backup (or its header was altered)');
      return new ChunkedBackupReader(fd, header, key, chunkBytes, size);
    } catch (e) {
      await fd.close();
      throw e;
    }
  }

  close(): Promise<void> {
    return this.fd.close();
  }

  /** Chunk `index`, decrypted and authenticated (its position and last-ness included). */
  async chunk(index: number): Promise<Buffer> {
    if (this.cache?.index === index) return this.cache.plain;
    const last = index === this.chunks - 1;
    const len = last ? this.plainLength - index * this.chunkBytes + TAG : this.frame;
    const frame = Buffer.alloc(len);
    const { bytesRead } = await this.fd.read(frame, 0, len, BACKUP_HEADER_BYTES + index * this.frame);
    if (bytesRead !== len) throw new BackupFileError(`the backup changed while it was read (part ${index + 1} of ${this.chunks})`);
    const open = (asLast: boolean): Buffer | undefined => {
      const d = createDecipheriv('aes-256-gcm', this.key, chunkNonce(this.header.subarray(28, 40), index, asLast));
      d.setAAD(this.header);
      d.setAuthTag(frame.subarray(len - TAG));
      try {
        return Buffer.concat([d.update(frame.subarray(0, len - TAG)), d.final()]);
      } catch {
        return undefined;
      }
    };
    const plain = open(last);
    if (!plain) {
      // A whole chunk that is sound but not flagged last: the file was cut after it.
      if (last && open(false)) throw new BackupFileError(`the backup is truncated (it ends after part ${index + 1} without its last part)`);
      if (!last && open(true)) throw new BackupFileError(`the backup has unexpected extra bytes after its last part (part ${index + 1} of ${this.chunks})`);
      if (last)
        throw new BackupFileError(`the backup failed its integrity check: its last part (${index + 1} of ${this.chunks}) was truncated, altered or damaged`);
      throw new BackupFileError(`the backup failed its integrity check: part ${index + 1} of ${this.chunks} was altered, reordered or damaged`);
    }
    this.cache = { index, plain };
    return plain;
  }

  /** Authenticates every chunk in order (the whole file, its order and its end) without keeping any. */
  async verifyAll(): Promise<void> {
    for (let i = 0; i < this.chunks; i++) await this.chunk(i);
  }

  /** Plain bytes [pos, pos + len), streamed chunk by chunk to `each`. */
  async readRange(pos: number, len: number, each: (part: Uint8Array) => void | Promise<void>): Promise<void> {
    if (pos < 0 || len < 0 || pos + len > this.plainLength) throw new BackupFileError('the backup contents point outside the backup (altered or damaged)');
    let at = pos;
    while (at < pos + len) {
      const i = Math.floor(at / this.chunkBytes);
      const plain = await this.chunk(i);
      const from = at - i * this.chunkBytes;
      const to = Math.min(plain.length, from + (pos + len - at));
      await each(plain.subarray(from, to));
      at += to - from;
    }
  }

  /** Plain bytes [pos, pos + len) as one buffer (for small reads: headers, the directory). */
  async read(pos: number, len: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    await this.readRange(pos, len, (p) => void parts.push(Buffer.from(p)));
    return Buffer.concat(parts);
  }
}
