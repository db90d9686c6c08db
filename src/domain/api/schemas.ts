/**
 * Request and response schemas of the HTTP API. The server validates with them and generates
 * /api/openapi.json from them; the web app uses their inferred types.
 */
import { z } from 'zod';

export const Id = z.uuid();
export const IdParams = z.object({ id: z.uuid() });
export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });

const Email = z.email().max(254);
const Password = z.string().min(1).max(128);
const Name = z.string().trim().min(1, 'Please enter a name.').max(120);

export const Role = z.enum(['therapist', 'client', 'admin']);

export const Me = z.object({
  userId: z.uuid(),
  role: Role,
  displayName: z.string(),
  email: z.string(),
  clientId: z.uuid().nullable(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const SetupStatus = z.object({ needsSetup: z.boolean() });
export const SetupBody = z.object({ displayName: Name, email: Email, password: Password });
export const LoginBody = z.object({ email: z.string().max(254), password: Password });

export const Client = z.object({
  id: z.uuid(),
  displayName: z.string(),
  pronouns: z.string().nullable(),
  goals: z.string(),
  status: z.enum(['active', 'archived']),
  hasAccount: z.boolean(),
  artworkCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof Client>;
export const ClientList = z.object({ clients: z.array(Client) });
export const CaseloadQuery = z.object({ archived: z.enum(['true', 'false']).optional() });
export const CreateClientBody = z.object({ displayName: Name, pronouns: z.string().trim().max(40).optional(), goals: z.string().max(4000).optional() });
export const UpdateClientBody = z
  .object({ displayName: Name.optional(), pronouns: z.string().trim().max(40).nullable().optional(), goals: z.string().max(4000).optional(), status: z.enum(['active', 'archived']).optional() })
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change.');

export const Invite = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['open', 'used', 'revoked', 'expired']),
  /** Only present right after creation: the link is shown once. */
  url: z.string().optional(),
});
export type Invite = z.infer<typeof Invite>;
export const InviteList = z.object({ invites: z.array(Invite) });
export const InviteTokenParams = z.object({ token: z.string().min(10).max(100) });
export const InvitePeek = z.object({ valid: z.boolean(), clientName: z.string().optional(), therapistName: z.string().optional(), reason: z.string().optional() });
export const AcceptInviteBody = z.object({ email: Email, password: Password, displayName: Name.optional() });

export const SessionStatus = z.enum(['scheduled', 'in_progress', 'completed', 'cancelled']);
export const TherapySession = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(['individual', 'group']),
  status: SessionStatus,
  title: z.string(),
  scheduledAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type TherapySession = z.infer<typeof TherapySession>;
export const TherapySessionList = z.object({ sessions: z.array(TherapySession) });
export const CreateSessionBody = z.object({ title: z.string().trim().max(200).optional(), scheduledAt: z.iso.datetime({ offset: true }), kind: z.enum(['individual', 'group']).optional() });
export const UpdateSessionBody = z
  .object({ status: SessionStatus.optional(), title: z.string().trim().max(200).optional(), scheduledAt: z.iso.datetime({ offset: true }).optional() })
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change.');

export const Artwork = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  parentId: z.uuid().nullable(),
  sessionId: z.uuid().nullable(),
  kind: z.enum(['sketch', 'upload', 'generated', 'inpainted']),
  title: z.string(),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  createdAt: z.string(),
  createdByClient: z.boolean(),
  imageUrl: z.string(),
  thumbUrl: z.string(),
});
export type Artwork = z.infer<typeof Artwork>;
export const ArtworkList = z.object({ artworks: z.array(Artwork) });
export const UpdateArtworkBody = z.object({ title: z.string().trim().max(200) });

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
});
export const AuditList = z.object({ entries: z.array(AuditEntry) });

export const AdminUsers = z.object({
  users: z.array(z.object({ id: z.uuid(), role: Role, email: z.string(), displayName: z.string(), createdAt: z.string(), disabled: z.boolean() })),
});

export const Health = z.object({ status: z.enum(['ok', 'unavailable']), database: z.string(), version: z.string(), uptimeSeconds: z.number() });
export const Ok = z.object({ ok: z.literal(true) });
