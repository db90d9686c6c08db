/**
 * AES-256-GCM sealing. A sealed value is `HRT1 ‖ nonce(12) ‖ ciphertext ‖ tag(16)`; the
 * additional data binds it to its owner (a client id), so a value cannot be moved between
 * clients unnoticed.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('HRT1');
const NONCE = 12;
const TAG = 16;

export class SealError extends Error {
  override name = 'SealError';
}

export function seal(key: Uint8Array, plaintext: Uint8Array, aad: string): Uint8Array {
  const nonce = randomBytes(NONCE);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return new Uint8Array(Buffer.concat([MAGIC, nonce, body, c.getAuthTag()]));
}

export function open(key: Uint8Array, sealed: Uint8Array, aad: string): Uint8Array {
  const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (b.length < MAGIC.length + NONCE + TAG || !b.subarray(0, 4).equals(MAGIC)) throw new SealError('not a sealed value');
  const nonce = b.subarray(4, 4 + NONCE);
  const tag = b.subarray(b.length - TAG);
  const d = createDecipheriv('aes-256-gcm', key, nonce);
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([d.update(b.subarray(4 + NONCE, b.length - TAG)), d.final()]));
  } catch {
    throw new SealError('the value cannot be decrypted with this key (wrong key, wrong owner, or altered)');
  }
}
