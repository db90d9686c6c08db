/** Request and response schemas of group work: groups, group sessions, notes, co-creation and moderation. */
import { z } from 'zod';
import { CrisisNotice } from './schemas.ts';

export const GroupParams = z.object({ id: z.uuid() });
export const GroupMemberParams = z.object({ id: z.uuid(), memberId: z.uuid() });
export const GroupVariationParams = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(3) });

export const CreateGroupBody = z.object({
  name: z.string().trim().min(1).max(80),
  /** Clients of the therapist's own caseload; each needs the group-work consent. */
  clientIds: z.array(z.uuid()).min(1).max(12),
});

export const AddMemberBody = z.object({ clientId: z.uuid() });

export const DisplayNameBody = z.object({
  /** How the other members see this member in the group (never their record's name). */
  displayName: z.string().trim().min(1).max(60),
});

export const GroupMember = z.object({
  id: z.uuid(),
  /** The chosen display name, or null before the member chose one. */
  displayName: z.string().nullable(),
  colour: z.string(),
  /** Only for the therapist: the client record this member is. */
  clientId: z.uuid().nullable(),
  clientName: z.string().nullable(),
  /** Only for the therapist: whether the member still has the group-work consent. */
  consent: z.boolean().nullable(),
  /** The caller is this member. */
  me: z.boolean(),
});

export const GroupSessionStatusEnum = z.enum(['scheduled', 'in_progress', 'completed', 'cancelled']);

export const GroupSession = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  title: z.string(),
  status: GroupSessionStatusEnum,
  scheduledAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});

export const Group = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  members: z.array(GroupMember),
  sessions: z.array(GroupSession),
});
export const GroupList = z.object({ groups: z.array(Group.pick({ id: true, name: true, createdAt: true }).extend({ members: z.number().int() })) });

export const ScheduleGroupSessionBody = z.object({
  title: z.string().trim().max(120).default(''),
  scheduledAt: z.iso.datetime({ offset: true }),
});

export const UpdateGroupSessionBody = z.object({ status: z.enum(['in_progress', 'completed', 'cancelled']) });

export const AttendanceBody = z.object({
  attendance: z.array(z.object({ memberId: z.uuid(), present: z.boolean() })).max(12),
});

export const GroupNoteBody = z.object({
  /** The therapist's note of the group session. */
  body: z.string().max(20_000),
  /** A short line per member. */
  lines: z.array(z.object({ memberId: z.uuid(), line: z.string().trim().max(500) })).max(12),
});

export const GroupNote = z.object({
  sessionId: z.uuid(),
  body: z.string(),
  lines: z.array(z.object({ memberId: z.uuid(), displayName: z.string().nullable(), clientName: z.string().nullable(), line: z.string() })),
  attendance: z.array(z.object({ memberId: z.uuid(), present: z.boolean() })),
  updatedAt: z.string().nullable(),
});

export const GroupWordsBody = z.object({
  /** The member's words for the group picture. */
  words: z.string().trim().min(1).max(300),
});

export const ModerationBody = z.object({
  paused: z.boolean().optional(),
  /** Hide a stroke for everyone (kept, so it can be shown again). */
  hide: z.string().min(1).max(80).optional(),
  unhide: z.string().min(1).max(80).optional(),
  /** Remove a stroke for good. */
  remove: z.string().min(1).max(80).optional(),
});

export const Screened = z.object({ crisis: CrisisNotice.nullable() });

export const CoCreateRound = z.object({
  id: z.uuid(),
  count: z.number().int(),
  /** Votes per variation (index → count); a member sees their own choice too. */
  votes: z.array(z.number().int()),
  myVote: z.number().int().nullable(),
  /** How many members gave words (not whose words: that is private to each). */
  wordsGiven: z.number().int(),
  createdAt: z.string(),
});
export const CoCreateState = z.object({ round: CoCreateRound.nullable(), wordsGiven: z.number().int(), myWords: z.string().nullable() });

export const VoteBody = z.object({ roundId: z.uuid(), choice: z.number().int().min(0).max(3) });
export const KeepBody = z.object({ roundId: z.uuid(), choice: z.number().int().min(0).max(3) });

export const GroupWork = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  createdAt: z.string(),
  /** Contributors by the display name they chose in the group. */
  contributors: z.array(z.object({ memberId: z.uuid(), displayName: z.string().nullable() })),
});
export const GroupWorkList = z.object({ works: z.array(GroupWork) });

/** A client's own part in group work (their record and export): no other member's details. */
export const ClientGroupWork = z.object({
  groups: z.array(
    z.object({
      groupId: z.uuid(),
      name: z.string(),
      myDisplayName: z.string().nullable(),
      /** Still a member (false: taken out of the group). */
      member: z.boolean(),
      sessions: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          status: GroupSessionStatusEnum,
          scheduledAt: z.string(),
          /** This client's own strokes on the session's canvas (x,y pairs in canvas pixels). */
          myStrokes: z.array(
            z.object({ id: z.string(), author: z.string(), color: z.string(), size: z.number(), seq: z.number(), points: z.array(z.number()) }),
          ),
        }),
      ),
      /** Group works this client contributed to; the image is `groups/<id>.png` in an export. */
      works: z.array(z.object({ id: z.uuid(), sessionId: z.uuid(), createdAt: z.string(), contributors: z.number().int(), myWords: z.string().nullable() })),
    }),
  ),
});
