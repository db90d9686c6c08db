/**
 * Request and response schemas of the therapist workspace additions: therapists' own
 * directives, directives planned for a session, PHQ-9/GAD-7 schedules, alert acknowledgement
 * with a note and the open-alert count for the header badge.
 */
import { z } from 'zod';
import { Alert, Directive, HomeworkHistory, MeasureId } from './schemas.ts';
import { MEASURE_FREQUENCIES } from '../measures/schedule.ts';

const Text = (max: number) => z.string().trim().max(max);
const Lines = z.array(z.string().max(600));

/** Search the catalogue and the therapist's own directives together. */
export const DirectiveSearchQuery = z.object({
  text: z.string().max(200).optional(),
  mode: z.string().max(40).optional(),
  goal: z.string().max(40).optional(),
  maxMinutes: z.coerce.number().int().min(1).max(600).optional(),
  /** `built-in` = the catalogue only, `mine` = only the therapist's own. */
  source: z.enum(['built-in', 'mine']).optional(),
});

/**
 * A therapist's directive as written in the editor. The shape is checked here; the rules
 * (lengths, list sizes, known modes and goal tags) by validateDirective, which answers in words.
 */
export const DirectiveInput = z.object({
  title: Text(200),
  goal: Text(1000),
  goalTags: z.array(z.string().max(40)).max(20),
  mode: z.string().max(40),
  durationMinutes: z.object({ min: z.number().int(), max: z.number().int() }),
  instructions: Lines.max(30),
  reflectionQuestions: Lines.max(30),
  suitableFor: Lines.max(30),
  unsuitableFor: Lines.max(30),
  therapistNotes: Text(4000).default(''),
});
export const DirectiveUpdate = DirectiveInput.partial();

/** A directive in the workspace, with whether the caller may edit it. */
export const WorkspaceDirective = Directive.extend({ editable: z.boolean(), basedOn: z.string().nullable() });
export const WorkspaceDirectiveList = z.object({ directives: z.array(WorkspaceDirective) });

export const SessionDirectiveParams = z.object({ id: z.uuid(), directiveId: z.string().regex(/^[a-z0-9-]{1,80}$/) });
export const AttachDirectiveBody = z.object({ directiveId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Choose a directive from the catalogue.') });
export const SessionDirective = z.object({ directiveId: z.string(), title: z.string(), mode: z.string(), createdAt: z.string() });
export const SessionDirectiveList = z.object({ directives: z.array(SessionDirective) });

export const MeasureFrequency = z.enum(MEASURE_FREQUENCIES);
export const MeasureScheduleBody = z.object({ measure: MeasureId, frequency: MeasureFrequency });
export const MeasureScheduleItem = z.object({
  measure: MeasureId,
  title: z.string(),
  frequency: MeasureFrequency,
  due: z.boolean(),
  overdue: z.boolean(),
  nextDueAt: z.string().nullable(),
  lastAnsweredAt: z.string().nullable(),
});
export const MeasureSchedule = z.object({ schedules: z.array(MeasureScheduleItem) });

export const AcknowledgeAlertBody = z.object({ note: Text(2000).optional() });
export const AcknowledgedAlert = Alert.extend({ acknowledgedNote: z.string().nullable() });
export const AcknowledgedAlertList = z.object({ alerts: z.array(AcknowledgedAlert) });
export const AlertCount = z.object({ open: z.number().int(), urgent: z.number().int() });

/** Attach a piece of music the client composed to a homework item. */
export const AttachMusicBody = z.object({ musicId: z.uuid() });
/** The homework history with the music made for each item as well as the artworks. */
export const HomeworkHistoryWithMusic = z.object({
  items: z.array(HomeworkHistory.shape.items.element.extend({
    music: z.array(z.object({ id: z.uuid(), description: z.string(), seconds: z.number().int(), createdAt: z.string() })),
  })),
});
