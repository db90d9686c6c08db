/** Typed calls for sign-in with a second factor and the Account and security page. */
import type { z } from 'zod';
import type { AccountSecurity, RecoveryCodes, SessionsEnded, TwoFactorBegin, TwoFactorChallenge } from '../../domain/api/account.schemas.ts';
import { request, setCsrfToken } from '../api/client.ts';
import type { Me } from '../api/client.ts';

export type Security = z.infer<typeof AccountSecurity>;
export type AccountSessionInfo = Security['sessions'][number];
export type Challenge = z.infer<typeof TwoFactorChallenge>;
export type Enrolment = z.infer<typeof TwoFactorBegin>;

const adopt = (me: Me): Me => {
  setCsrfToken(me.csrfToken);
  return me;
};

export const isChallenge = (r: Me | Challenge): r is Challenge => 'twoFactorRequired' in r;

export const accountApi = {
  /** Password step: signs in, or asks for the second factor. */
  signIn: async (b: { email: string; password: string }): Promise<Me | Challenge> => {
    const r = await request<Me | Challenge>('POST', '/api/auth/login', b);
    return isChallenge(r) ? r : adopt(r);
  },
  signInWithCode: async (b: { pendingToken: string; code: string }) => adopt(await request<Me>('POST', '/api/auth/login/code', b)),
  security: () => request<Security>('GET', '/api/account/security'),
  beginTwoFactor: () => request<Enrolment>('POST', '/api/account/2fa/begin', {}),
  confirmTwoFactor: (code: string) => request<z.infer<typeof RecoveryCodes>>('POST', '/api/account/2fa/confirm', { code }).then((r) => r.recoveryCodes),
  reauth: (password: string) => request<{ ok: true }>('POST', '/api/auth/reauth', { password }),
  disableTwoFactor: () => request<{ ok: true }>('POST', '/api/account/2fa/disable', {}),
  newRecoveryCodes: () => request<z.infer<typeof RecoveryCodes>>('POST', '/api/account/2fa/recovery-codes', {}).then((r) => r.recoveryCodes),
  endSession: (id: string) => request<z.infer<typeof SessionsEnded>>('DELETE', `/api/account/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => request<z.infer<typeof SessionsEnded>>('POST', '/api/account/sessions/end-others', {}),
  changePassword: (b: { currentPassword: string; newPassword: string }) => request<z.infer<typeof SessionsEnded>>('POST', '/api/account/password', b),
  setPracticeTwoFactor: (requireTwoFactorForTherapists: boolean) => request<{ requireTwoFactorForTherapists: boolean }>('PUT', '/api/practice/security', { requireTwoFactorForTherapists }),
};

/** A readable name for a browser's user-agent string ("Chrome on Linux"). */
export function deviceName(ua: string | null): string {
  if (!ua) return 'Unknown device';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : /curl|node|undici/i.test(ua) ? 'A script' : 'A browser';
  const os = /Windows/.test(ua) ? 'Windows' : /iPad|iPhone/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
  return os ? `${browser} on ${os}` : browser;
}
