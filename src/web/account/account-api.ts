/** Typed calls for sign-in with a second factor and the Account and security page. */
import { api, setCsrfToken } from '../api/client.ts';
import type { Me } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';

export type Security = Reply<'/api/account/security', 'get'>;
export type Challenge = Exclude<Reply<'/api/auth/login', 'post'>, Me>;
export type Enrolment = Reply<'/api/account/2fa/begin', 'post'>;

const adopt = (me: Me): Me => {
  setCsrfToken(me.csrfToken);
  return me;
};

export const isChallenge = (r: Me | Challenge): r is Challenge => 'twoFactorRequired' in r;

export const accountApi = {
  /** Password step: signs in, or asks for the second factor. */
  signIn: async (body: Body<'/api/auth/login', 'post'>): Promise<Me | Challenge> => {
    const r = await data(http.POST('/api/auth/login', { body }));
    return isChallenge(r) ? r : adopt(r);
  },
  signInWithCode: async (body: Body<'/api/auth/login/code', 'post'>) => adopt(await data(http.POST('/api/auth/login/code', { body }))),
  security: () => data(http.GET('/api/account/security')),
  beginTwoFactor: () => data(http.POST('/api/account/2fa/begin')),
  confirmTwoFactor: (code: string) => data(http.POST('/api/account/2fa/confirm', { body: { code } })).then((r) => r.recoveryCodes),
  reauth: api.reauth,
  disableTwoFactor: () => data(http.POST('/api/account/2fa/disable')),
  newRecoveryCodes: () => data(http.POST('/api/account/2fa/recovery-codes')).then((r) => r.recoveryCodes),
  endSession: (sessionId: string) => data(http.DELETE('/api/account/sessions/{sessionId}', { params: { path: { sessionId } } })),
  endOtherSessions: () => data(http.POST('/api/account/sessions/end-others')),
  changePassword: (body: Body<'/api/account/password', 'post'>) => data(http.POST('/api/account/password', { body })),
  setLocale: (locale: Body<'/api/account/locale', 'put'>['locale']) => data(http.PUT('/api/account/locale', { body: { locale } })),
  setPracticeTwoFactor: (requireTwoFactorForTherapists: boolean) => data(http.PUT('/api/practice/security', { body: { requireTwoFactorForTherapists } })),
};

/** A readable name for a browser's user-agent string ("Chrome on Linux"). */
export function deviceName(ua: string | null): string {
  if (!ua) return 'Unknown device';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : /curl|node|undici/i.test(ua)
            ? 'A script'
            : 'A browser';
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /iPad|iPhone/.test(ua)
      ? 'iOS'
      : /Android/.test(ua)
        ? 'Android'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return os ? `${browser} on ${os}` : browser;
}
