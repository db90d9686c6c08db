/** Random tokens and their hashes: session cookies, invite links, pending sign-ins (the database keeps only hashes). */
import { createHash, randomBytes } from 'node:crypto';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');
/** The id a session is shown under in "your sessions": derived from, and not usable as, its key. */
export const sessionHandle = (sessionId: string): string => sha256(`handle:${sessionId}`).slice(0, 32);
