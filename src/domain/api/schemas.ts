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
  /** Which generator made it (`builtin`, …), null for uploads and sketches. */
  backend: z.string().nullable(),
  seed: z.number().nullable(),
  /** How it was made: prompt, negativePrompt, style, sketchStrength, feather, … */
  params: z.record(z.string(), z.unknown()),
  hasStrokes: z.boolean(),
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

// ---- Studio -------------------------------------------------------------------------------

/** A PNG/JPEG/WebP image as a data URL (`data:image/png;base64,…`); checked by content like uploads. */
export const ImageDataUrl = z.string().max(24_000_000).regex(/^data:image\/[a-z+]+;base64,[A-Za-z0-9+/=]+$/, 'Expected an image data URL (data:image/png;base64,…).');

export const StudioInfo = z.object({
  backend: z.object({ id: z.string(), label: z.string(), external: z.boolean() }),
  styles: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  maxSize: z.number().int(),
});

export const SaveSketchBody = z.object({
  title: z.string().trim().max(200).optional(),
  /** The canvas as a PNG data URL. */
  image: ImageDataUrl,
  /** The recorded strokes (StrokeDocument, versioned; see src/engines/analysis/stroke-document.ts). */
  strokes: z.unknown(),
  sessionId: z.uuid().optional(),
});

export const GenerateBody = z.object({
  prompt: z.string().trim().min(1, 'Say in a few words what you would like to see.').max(1000),
  negativePrompt: z.string().trim().max(1000).default(''),
  style: z.string().max(40).optional(),
  sketchStrength: z.number().min(0).max(1).default(0.7),
  /** Omit for a fresh random seed; the seed used is stored so the image can be remade exactly. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  count: z.number().int().min(1).max(4).default(1),
  width: z.number().int().min(64).max(2048).default(768),
  height: z.number().int().min(64).max(2048).default(576),
  /** A sketch or upload of this client to follow (uploads are turned into clean lines first). */
  sourceArtworkId: z.uuid().optional(),
  title: z.string().trim().max(200).optional(),
  sessionId: z.uuid().optional(),
});
export type GenerateBody = z.input<typeof GenerateBody>;

export const InpaintBody = z.object({
  /** Same size as the artwork: white = repaint, black = keep. */
  mask: ImageDataUrl,
  prompt: z.string().trim().min(1, 'Say what should change in the painted area.').max(1000),
  negativePrompt: z.string().trim().max(1000).default(''),
  style: z.string().max(40).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  feather: z.number().int().min(0).max(64).default(8),
  title: z.string().trim().max(200).optional(),
});
export type InpaintBody = z.input<typeof InpaintBody>;

export const GeneratedArtworks = z.object({ artworks: z.array(Artwork) });
/** Every version in the lineage of an artwork: the root and all its descendants. */
export const VersionTree = z.object({ rootId: z.uuid(), artworks: z.array(Artwork) });
export const StrokesResponse = z.object({ strokes: z.unknown() });
