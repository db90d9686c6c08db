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
