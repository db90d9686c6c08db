/**
 * Schemas of the practice routes (issue #15): staff and their roles, staff invites, supervision,
 * ownership, deactivation, transfers of care and the practice's crisis contacts per region.
 */
import { z } from 'zod';

const Email = z.email().max(254);
const Password = z.string().min(1).max(128);
const Name = z.string().trim().min(1, 'Please enter a name.').max(120);

/** What someone is in the practice: the owner, a therapist, a supervisor (a therapist invited as one), an operator. */
export const PracticeRole = z.enum(['owner', 'therapist', 'supervisor', 'operator']);
/** Whom the owner may invite. */
export const StaffInviteRole = z.enum(['therapist', 'supervisor', 'operator']);

export const UserIdParams = z.object({ userId: z.uuid() });
export const StaffInviteIdParams = z.object({ inviteId: z.uuid() });
export const StaffInviteTokenParams = z.object({ token: z.string().min(20).max(100) });

export const StaffMember = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: PracticeRole,
  active: z.boolean(),
  /** Clients on their caseload (archived included): these must move before the account is deactivated. */
  clients: z.array(z.object({ id: z.uuid(), displayName: z.string(), status: z.enum(['active', 'archived']) })),
  /** Therapists whose caseloads this member may read (supervision). */
  superviseeIds: z.array(z.uuid()),
});

export const StaffInvite = z.object({
  id: z.uuid(),
  email: z.string(),
  role: StaffInviteRole,
  status: z.enum(['open', 'expired']),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The link, only in the answer that created it (only its hash is kept). */
  url: z.string().optional(),
});

export const Staff = z.object({ staff: z.array(StaffMember), invites: z.array(StaffInvite) });

export const CreateStaffInviteBody = z.object({ email: Email, role: StaffInviteRole });

export const StaffInvitePeek = z.object({
  valid: z.boolean(),
  reason: z.string().optional(),
  role: StaffInviteRole.optional(),
  email: z.string().optional(),
  ownerName: z.string().optional(),
  /** The practice asks therapists to turn on two-step sign-in (they are asked to right after joining). */
  twoFactorRequired: z.boolean().optional(),
});

export const AcceptStaffInviteBody = z.object({ displayName: Name, password: Password });

export const SuperviseesBody = z.object({ superviseeIds: z.array(z.uuid()).max(200) });

export const TransferBody = z.object({ clientId: z.uuid(), toTherapistId: z.uuid() });

export const CareTransfer = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  fromName: z.string(),
  toName: z.string(),
  byName: z.string(),
  at: z.string(),
});
export const CareHistory = z.object({ transfers: z.array(CareTransfer) });

/** The signed-in staff member's own view: their role, whom they supervise, and care moved to or from them. */
export const PracticeMe = z.object({
  role: PracticeRole,
  isOwner: z.boolean(),
  ownerName: z.string(),
  supervisees: z.array(
    z.object({
      therapistId: z.uuid(),
      therapistName: z.string(),
      clients: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
    }),
  ),
  transfers: z.array(CareTransfer),
});

/** How the caller reaches this client record: as its therapist, as a supervisor of its therapist (read-only), or as the client. */
export const RecordAccess = z.object({ relation: z.enum(['therapist', 'supervisor', 'client']), therapistName: z.string() });

export const OwnerBody = z.object({ userId: z.uuid() });

const Region = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code, e.g. DE.')
  .transform((s) => s.toUpperCase());
const Language = z.enum(['en', 'es', 'de']);

export const CrisisContact = z.object({ label: z.string().trim().min(1).max(120), detail: z.string().trim().min(1).max(300) });
const regional = <R extends z.ZodType<string>>(region: R) =>
  z.object({
    region,
    /** The language these words are in. */
    language: Language,
    heading: z.string().trim().min(1).max(200),
    message: z.string().trim().min(1).max(1000),
    contacts: z.array(CrisisContact).min(1).max(12),
  });
/** The owner's regional crisis contacts (request: region codes are upper-cased). */
export const CrisisResourcesBody = z.object({ regions: z.array(regional(Region)).max(60) });
export const CrisisResourcesSettings = z.object({ regions: z.array(regional(z.string())) });
export const CrisisRegionBody = z.object({ region: Region.nullable(), language: Language.nullable().optional() });
export const CrisisRegion = z.object({ region: z.string().nullable(), language: Language.nullable() });
