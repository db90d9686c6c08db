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
  /** Login attempts per IP per minute. */
  loginAttemptsPerMinute: number;
  /** Largest upload in bytes. */
  maxUploadBytes: number;
  /** Largest decoded image in pixels (width × height): refuses decompression bombs. */
  maxUploadPixels: number;
  /** Longest edge a stored image keeps; larger photos are scaled down. */
  maxStoredEdge: number;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
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
  maxUploadBytes: 20 * 1024 * 1024,
  maxUploadPixels: 40_000_000,
  maxStoredEdge: 4096,
  secureCookies: false,
  webRoot: null,
};
