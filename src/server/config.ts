/** Server settings with their defaults. All durations in milliseconds. */
export interface ServerConfig {
  /** Log level, or false for silence (tests). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | false;
  /** A session ends after this long without a request. */
  idleTimeoutMs: number;
  /** A session ends this long after login, active or not. */
  absoluteLifetimeMs: number;
  /** How long an invite link stays valid. */
  inviteTtlMs: number;
  /**
   * Failed password sign-ins per client address per minute (successes do not count); also the
   * per-address limit of the code step, setup, re-authentication and joining.
   */
  loginAttemptsPerMinute: number;
  /** Failed sign-ins per account before the backoff starts. */
  loginFreeFailuresPerAccount: number;
  /** The first wait after those, doubling with each further failure... */
  loginBackoffBaseMs: number;
  /** ...up to this. A success clears the account's failures. */
  loginBackoffMaxMs: number;
  /** Largest upload in bytes. */
  maxUploadBytes: number;
  /** Largest decoded image in pixels (width × height): refuses decompression bombs. */
  maxUploadPixels: number;
  /** Longest edge a stored image keeps; larger photos are scaled down. */
  maxStoredEdge: number;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /**
   * The exact origin browsers use to reach Hearth (`https://hearth.clinic.example`), when it differs
   * from what the server sees (a TLS-terminating proxy). Writes with another Origin are refused.
   */
  publicOrigin: string | null;
  /**
   * The proxies whose `X-Forwarded-For` is believed (addresses, CIDR ranges, or `loopback`,
   * `linklocal`, `uniquelocal`), e.g. `127.0.0.1` for Caddy on the same host; false trusts none.
   * Behind a proxy without it, every browser is the proxy's one address (sign-in throttling per
   * address, audit addresses).
   */
  trustProxy: string | false;
  /** Folder with the built web app, or null to serve none. */
  webRoot: string | null;
  /** Where log lines go instead of stdout (tests that read the logs, e.g. the erasure scan). */
  logStream?: NodeJS.WritableStream;
}

export const defaultServerConfig: ServerConfig = {
  logLevel: 'info',
  idleTimeoutMs: 30 * 60_000,
  absoluteLifetimeMs: 12 * 60 * 60_000,
  inviteTtlMs: 7 * 24 * 60 * 60_000,
  loginAttemptsPerMinute: 10,
  loginFreeFailuresPerAccount: 5,
  loginBackoffBaseMs: 1000,
  loginBackoffMaxMs: 15 * 60_000,
  maxUploadBytes: 20 * 1024 * 1024,
  maxUploadPixels: 40_000_000,
  maxStoredEdge: 4096,
  secureCookies: false,
  publicOrigin: null,
  trustProxy: false,
  webRoot: null,
};
