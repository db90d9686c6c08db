/**
 * TOTP (RFC 6238) over HOTP (RFC 4226): HMAC-SHA-1, 6 digits, 30-second steps, and a window of
 * ±1 step for clock drift. Secrets travel as base32 (RFC 4648, no padding), as authenticator
 * apps expect in `otpauth://` URIs.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const i = B32.indexOf(ch);
    if (i < 0) throw new Error('not base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** A new 160-bit secret (the size RFC 4226 recommends for SHA-1). */
export const newTotpSecret = (): Uint8Array => new Uint8Array(randomBytes(20));

/** HOTP value for `counter` (RFC 4226 §5.3 dynamic truncation). */
export function hotp(secret: Uint8Array, counter: bigint, digits = TOTP_DIGITS, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(counter);
  const mac = createHmac(algorithm, secret).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const bin = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/** The time step a moment falls in. */
export const totpStep = (at: Date): bigint => BigInt(Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS));

export const totpAt = (secret: Uint8Array, at: Date, digits = TOTP_DIGITS, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string => hotp(secret, totpStep(at), digits, algorithm);

/**
 * The step whose code matches `code` within ±1 step of `at`, or null. The caller stores the
 * step and refuses any step not newer than it, so a code cannot be used twice.
 */
export function matchTotp(secret: Uint8Array, code: string, at: Date): bigint | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = totpStep(at);
  let found: bigint | null = null;
  for (const d of [-1n, 0n, 1n]) {
    const step = now + d;
    if (step < 0n) continue;
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(code)) && found === null) found = step;
  }
  return found;
}

/** The `otpauth://` URI authenticator apps read from a QR code. */
export function otpauthUri(secret: Uint8Array, account: string, issuer = 'Hearth'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${base32Encode(secret)}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_STEP_SECONDS}`;
}
