/**
 * TOTP (RFC 6238) over HOTP (RFC 4226) through the `otpauth` library: HMAC-SHA-1, 6 digits,
 * 30-second steps, and a window of ±1 step for clock drift. Secrets travel as base32 (RFC 4648,
 * no padding), as authenticator apps expect in `otpauth://` URIs. This module keeps Hearth's own
 * small API (raw secret bytes in, step numbers out) so the routes store the matched step and
 * refuse a code whose step is not newer than the last one used (no replay).
 */
import { randomBytes } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of the current one that still count (clock drift between phone and server). */
const WINDOW = 1;

type Algorithm = 'sha1' | 'sha256' | 'sha512';
const ALGORITHM = { sha1: 'SHA1', sha256: 'SHA256', sha512: 'SHA512' } as const;

/** A copy of the bytes as otpauth's `Secret` (it keeps a view of the buffer it is given). */
const secretOf = (bytes: Uint8Array): Secret => new Secret({ buffer: bytes.slice().buffer });

export const base32Encode = (bytes: Uint8Array): string => secretOf(bytes).base32;

/** Decodes base32, tolerating lower case, spaces, dashes and `=` padding as people type them. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=-]/g, '');
  try {
    return new Uint8Array(Secret.fromBase32(clean).bytes);
  } catch {
    throw new Error('not base32');
  }
}

/** A new 160-bit secret (the size RFC 4226 recommends for SHA-1). */
export const newTotpSecret = (): Uint8Array => new Uint8Array(randomBytes(20));

/** HOTP value for `counter` (RFC 4226 §5.3 dynamic truncation). */
export function hotp(secret: Uint8Array, counter: bigint, digits = TOTP_DIGITS, algorithm: Algorithm = 'sha1'): string {
  return HOTP.generate({ secret: secretOf(secret), counter: Number(counter), digits, algorithm: ALGORITHM[algorithm] });
}

/** The time step a moment falls in. */
export const totpStep = (at: Date): bigint => BigInt(TOTP.counter({ period: TOTP_STEP_SECONDS, timestamp: at.getTime() }));

export const totpAt = (secret: Uint8Array, at: Date, digits = TOTP_DIGITS, algorithm: Algorithm = 'sha1'): string =>
  TOTP.generate({ secret: secretOf(secret), timestamp: at.getTime(), period: TOTP_STEP_SECONDS, digits, algorithm: ALGORITHM[algorithm] });

/**
 * The step whose code matches `code` within ±1 step of `at`, or null. The caller stores the
 * step and refuses any step not newer than it, so a code cannot be used twice.
 */
export function matchTotp(secret: Uint8Array, code: string, at: Date): bigint | null {
  if (!/^\d{6}$/.test(code)) return null;
  const timestamp = at.getTime();
  const delta = TOTP.validate({ token: code, secret: secretOf(secret), timestamp, period: TOTP_STEP_SECONDS, digits: TOTP_DIGITS, window: WINDOW });
  if (delta === null) return null;
  const step = totpStep(at) + BigInt(delta);
  return step < 0n ? null : step;
}

/** The `otpauth://` URI authenticator apps read from a QR code. */
export function otpauthUri(secret: Uint8Array, account: string, issuer = 'Hearth'): string {
  return new TOTP({ issuer, label: account, secret: secretOf(secret), algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_STEP_SECONDS }).toString();
}
