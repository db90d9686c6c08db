import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpAt } from './totp.ts';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'ascii'));
// RFC 6238 appendix B: the seeds are "12345678901234567890" repeated to the hash's key length.
const SHA1 = ascii('12345678901234567890');
const SHA256 = ascii('12345678901234567890123456789012');
const SHA512 = ascii('1234567890123456789012345678901234567890123456789012345678901234');

const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it('reproduces every test vector of RFC 6238 appendix B', () => {
    for (const [t, s1, s256, s512] of VECTORS) {
      const at = new Date(t * 1000);
      expect(totpAt(SHA1, at, 8, 'sha1'), `sha1 @${t}`).toBe(s1);
      expect(totpAt(SHA256, at, 8, 'sha256'), `sha256 @${t}`).toBe(s256);
      expect(totpAt(SHA512, at, 8, 'sha512'), `sha512 @${t}`).toBe(s512);
    }
  });

  it('reproduces the HOTP values of RFC 4226 appendix D', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expected.forEach((code, i) => expect(hotp(SHA1, BigInt(i))).toBe(code));
  });

  it('accepts the code of the current step and one step either side, nothing further', () => {
    const at = new Date(1_700_000_015_000);
    const step = BigInt(Math.floor(at.getTime() / 30_000));
    expect(matchTotp(SHA1, totpAt(SHA1, at), at)).toBe(step);
    expect(matchTotp(SHA1, totpAt(SHA1, new Date(at.getTime() - 30_000)), at)).toBe(step - 1n);
    expect(matchTotp(SHA1, totpAt(SHA1, new Date(at.getTime() + 30_000)), at)).toBe(step + 1n);
    expect(matchTotp(SHA1, totpAt(SHA1, new Date(at.getTime() - 90_000)), at)).toBeNull();
    expect(matchTotp(SHA1, totpAt(SHA1, new Date(at.getTime() + 90_000)), at)).toBeNull();
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 123456']) expect(matchTotp(SHA1, bad, at)).toBeNull();
  });

  it('round-trips base32 (RFC 4648 vectors) and builds an otpauth URI', () => {
    expect(base32Encode(ascii('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Encode(ascii('fooba'))).toBe('MZXW6YTB');
    expect(Buffer.from(base32Decode('MZXW6YTBOI======')).toString()).toBe('foobar');
    expect(base32Encode(SHA1)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect([...base32Decode('mzxw 6ytb-oi')]).toEqual([...ascii('foobar')]); // as people type it
    expect(() => base32Decode('MZXW1')).toThrow(/not base32/);
    const uri = otpauthUri(SHA1, 'ana@clinic.test');
    expect(uri).toBe('otpauth://totp/Hearth:ana%40clinic.test?issuer=Hearth&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA1&digits=6&period=30');
    const parsed = new URL(uri);
    expect([parsed.protocol, parsed.host, decodeURIComponent(parsed.pathname)]).toEqual(['otpauth:', 'totp', '/Hearth:ana@clinic.test']);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({ issuer: 'Hearth', secret: base32Encode(SHA1), algorithm: 'SHA1', digits: '6', period: '30' });
  });

  it('never matches a step before the epoch, and a code is bound to its secret', () => {
    const epoch = new Date(5_000);
    expect(matchTotp(SHA1, totpAt(SHA1, epoch), epoch)).toBe(0n);
    const other = ascii('09876543210987654321');
    const at = new Date(1_800_000_000_000);
    const code = totpAt(SHA1, at);
    expect([-30_000, 0, 30_000].map((d) => totpAt(other, new Date(at.getTime() + d)))).not.toContain(code);
    expect(matchTotp(other, code, at)).toBeNull();
  });
});
