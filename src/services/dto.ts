/** Records → API shapes. Internal fields (hashes, blob keys) never leave the server. */
import type { Artwork, Client, Invite, TherapySession } from '../domain/api/schemas.ts';
import type { ArtworkRecord, ClientRecord, InviteRecord, TherapySessionRecord } from '../store/index.ts';

export const iso = (d: Date): string => d.toISOString();
const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function clientDto(c: ClientRecord, artworkCount: number): Client {
  return {
    id: c.id,
    displayName: c.displayName,
    pronouns: c.pronouns,
    goals: c.goals,
    status: c.status,
    hasAccount: c.userId !== null,
    artworkCount,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

export function inviteStatus(i: InviteRecord, now: Date): Invite['status'] {
  if (i.usedAt) return 'used';
  if (i.revokedAt) return 'revoked';
  if (i.expiresAt <= now) return 'expired';
  return 'open';
}

export function inviteDto(i: InviteRecord, now: Date, url?: string): Invite {
  return { id: i.id, clientId: i.clientId, createdAt: iso(i.createdAt), expiresAt: iso(i.expiresAt), status: inviteStatus(i, now), ...(url ? { url } : {}) };
}

export function sessionDto(s: TherapySessionRecord): TherapySession {
  return {
    id: s.id,
    clientId: s.clientId,
    kind: s.kind,
    status: s.status,
    title: s.title,
    scheduledAt: iso(s.scheduledAt),
    startedAt: isoOrNull(s.startedAt),
    endedAt: isoOrNull(s.endedAt),
  };
}

export function artworkDto(a: ArtworkRecord, clientUserId: string | null, hasStrokes = false): Artwork {
  return {
    id: a.id,
    clientId: a.clientId,
    parentId: a.parentId,
    sessionId: a.sessionId,
    kind: a.kind,
    title: a.title,
    mime: a.mime,
    width: a.width,
    height: a.height,
    bytes: a.bytes,
    createdAt: iso(a.createdAt),
    createdByClient: clientUserId !== null && a.createdBy === clientUserId,
    backend: a.backend,
    seed: a.seed,
    params: a.params,
    hasStrokes,
    state: a.state,
    imageUrl: `/api/artworks/${a.id}/image`,
    thumbUrl: `/api/artworks/${a.id}/thumb`,
  };
}
