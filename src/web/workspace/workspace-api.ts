/**
 * The therapist workspace's typed calls to the Hearth HTTP API: alerts, measures and their
 * schedules, check-ins, reflections, insights, directives, homework, notes and plans. Built on
 * the shared client's `request` (CSRF token, failures as ApiError with the server's message).
 */
import type { z } from 'zod';
import { messageOf, request } from '../api/client.ts';
import type {
  Checkin, CheckinCreated, CrisisNotice, Homework, HomeworkAnswered, Insights, MeasureCreated, MeasureDefinitions, MeasureResult, Note, NoteSection,
  ObjectiveProgress, Plan, PlanContent, Reflection, ReflectionCreated, TherapySession,
} from '../../domain/api/schemas.ts';
import type { AcknowledgedAlert, HomeworkHistoryWithMusic, AlertCount, DirectiveInput, MeasureScheduleItem, SessionDirective, WorkspaceDirective } from '../../domain/api/workspace.schemas.ts';

export type AlertItem = z.infer<typeof AcknowledgedAlert>;
export type CheckinItem = z.infer<typeof Checkin>;
export type Crisis = z.infer<typeof CrisisNotice>;
export type DirectiveItem = z.infer<typeof WorkspaceDirective>;
export type DirectiveDraft = z.input<typeof DirectiveInput>;
export type ScheduleItem = z.infer<typeof MeasureScheduleItem>;
export type Frequency = ScheduleItem['frequency'];
export type PlannedDirective = z.infer<typeof SessionDirective>;
export type HomeworkItem = z.infer<typeof Homework>;
export type HistoryItem = z.infer<typeof HomeworkHistoryWithMusic>['items'][number];
export type InsightsData = z.infer<typeof Insights>;
export type MeasureDefinition = z.infer<typeof MeasureDefinitions>['measures'][number];
export type MeasureResponse = z.infer<typeof MeasureResult>;
export type MeasureKind = MeasureResponse['measure'];
export type NoteItem = z.infer<typeof Note>;
export type NoteSectionItem = z.infer<typeof NoteSection>;
export type NoteFormat = NoteItem['format'];
export type PlanItem = z.infer<typeof Plan>;
export type PlanBody = z.infer<typeof PlanContent>;
export type Progress = z.infer<typeof ObjectiveProgress>;
export type ReflectionItem = z.infer<typeof Reflection>;
export type Session = z.infer<typeof TherapySession>;

const enc = encodeURIComponent;
/** Every call goes through the shared API client (CSRF token, errors as ApiError). */
const call = request;

/** The message to show for any thrown value. */
export function workspaceMessage(e: unknown): string {
  return messageOf(e);
}

const c = (id: string) => `/api/clients/${enc(id)}`;

export const workspaceApi = {
  alerts: (all = false) => call<{ alerts: AlertItem[] }>('GET', `/api/alerts${all ? '?all=true' : ''}`).then((r) => r.alerts),
  alertCount: () => call<z.infer<typeof AlertCount>>('GET', '/api/alerts/count'),
  acknowledge: (id: string, note: string) => call<AlertItem>('POST', `/api/alerts/${enc(id)}/acknowledge`, note.trim() ? { note: note.trim() } : {}),

  measureDefinitions: () => call<{ measures: MeasureDefinition[] }>('GET', '/api/measures').then((r) => r.measures),
  measures: (clientId: string) => call<{ responses: MeasureResponse[] }>('GET', `${c(clientId)}/measures`).then((r) => r.responses),
  measureSchedule: (clientId: string) => call<{ schedules: ScheduleItem[] }>('GET', `${c(clientId)}/measure-schedule`).then((r) => r.schedules),
  setMeasureSchedule: (clientId: string, measure: MeasureKind, frequency: Frequency) =>
    call<{ schedules: ScheduleItem[] }>('PUT', `${c(clientId)}/measure-schedule`, { measure, frequency }).then((r) => r.schedules),
  addMeasure: (clientId: string, measure: MeasureKind, answers: number[]) => call<z.infer<typeof MeasureCreated>>('POST', `${c(clientId)}/measures`, { measure, answers }),

  checkins: (clientId: string) => call<{ checkins: CheckinItem[] }>('GET', `${c(clientId)}/checkins`).then((r) => r.checkins),
  addCheckin: (clientId: string, b: { moment?: 'before' | 'after' | 'standalone'; valence: number; arousal: number; distress: number; note?: string }) =>
    call<z.infer<typeof CheckinCreated>>('POST', `${c(clientId)}/checkins`, b),
  reflections: (clientId: string) => call<{ reflections: ReflectionItem[] }>('GET', `${c(clientId)}/reflections`).then((r) => r.reflections),
  addReflection: (clientId: string, text: string) => call<z.infer<typeof ReflectionCreated>>('POST', `${c(clientId)}/reflections`, { text }),

  insights: (clientId: string) => call<InsightsData>('GET', `${c(clientId)}/insights`),

  directives: (q: { text?: string; mode?: string; goal?: string; source?: '' | 'built-in' | 'mine' }) => {
    const p = new URLSearchParams();
    if (q.text?.trim()) p.set('text', q.text.trim());
    if (q.mode) p.set('mode', q.mode);
    if (q.goal) p.set('goal', q.goal);
    if (q.source) p.set('source', q.source);
    const qs = p.toString();
    return call<{ directives: DirectiveItem[] }>('GET', `/api/directives${qs ? `?${qs}` : ''}`).then((r) => r.directives);
  },
  createDirective: (d: DirectiveDraft) => call<DirectiveItem>('POST', '/api/directives', d),
  updateDirective: (id: string, d: Partial<DirectiveDraft>) => call<DirectiveItem>('PATCH', `/api/directives/${enc(id)}`, d),
  duplicateDirective: (id: string) => call<DirectiveItem>('POST', `/api/directives/${enc(id)}/duplicate`, {}),
  sessionDirectives: (sessionId: string) => call<{ directives: PlannedDirective[] }>('GET', `/api/sessions/${enc(sessionId)}/directives`).then((r) => r.directives),
  planDirective: (sessionId: string, directiveId: string) =>
    call<{ directives: PlannedDirective[] }>('POST', `/api/sessions/${enc(sessionId)}/directives`, { directiveId }).then((r) => r.directives),
  unplanDirective: (sessionId: string, directiveId: string) =>
    call<{ directives: PlannedDirective[] }>('DELETE', `/api/sessions/${enc(sessionId)}/directives/${enc(directiveId)}`).then((r) => r.directives),
  homework: (clientId: string) => call<{ homework: HomeworkItem[] }>('GET', `${c(clientId)}/homework`).then((r) => r.homework),
  assignHomework: (clientId: string, b: { directiveId: string; dueAt?: string; note?: string }) => call<HomeworkItem>('POST', `${c(clientId)}/homework`, b),
  setHomeworkStatus: (id: string, status: HomeworkItem['status']) => call<HomeworkItem>('PATCH', `/api/homework/${enc(id)}`, { status }),
  answerHomework: (id: string, answers: { question: string; text: string }[], complete: boolean) =>
    call<z.infer<typeof HomeworkAnswered>>('POST', `/api/homework/${enc(id)}/answers`, { answers, complete }),
  homeworkHistory: (clientId: string) => call<{ items: HistoryItem[] }>('GET', `${c(clientId)}/homework-history`).then((r) => r.items),

  sessions: (clientId: string) => call<{ sessions: Session[] }>('GET', `${c(clientId)}/sessions`).then((r) => r.sessions),
  notes: (clientId: string) => call<{ notes: NoteItem[] }>('GET', `${c(clientId)}/notes`).then((r) => r.notes),
  draftNote: (sessionId: string, format: NoteFormat) => call<NoteItem>('POST', `/api/sessions/${enc(sessionId)}/notes`, { format }),
  saveNote: (id: string, sections: NoteSectionItem[]) => call<NoteItem>('PATCH', `/api/notes/${enc(id)}`, { sections }),
  signNote: (id: string) => call<NoteItem>('POST', `/api/notes/${enc(id)}/sign`),
  addAddendum: (id: string, text: string) => call<NoteItem>('POST', `/api/notes/${enc(id)}/addenda`, { text }),

  plans: (clientId: string) => call<{ plans: PlanItem[] }>('GET', `${c(clientId)}/plans`).then((r) => r.plans),
  createPlan: (clientId: string, b: PlanBody & { shared: boolean }) => call<PlanItem>('POST', `${c(clientId)}/plans`, b),
  updatePlan: (id: string, b: { content?: PlanBody; shared?: boolean; status?: 'active' | 'archived' }) => call<PlanItem>('PATCH', `/api/plans/${enc(id)}`, b),
};

export const MEASURE_NAME: Record<MeasureKind, string> = { phq9: 'PHQ-9', gad7: 'GAD-7' };

export const DIRECTIVE_MODES: { id: string; label: string }[] = [
  { id: 'studio-draw', label: 'Drawing' },
  { id: 'studio-generate', label: 'Co-created image' },
  { id: 'studio-upload', label: 'Art on paper' },
  { id: 'music', label: 'Music' },
  { id: 'guided-imagery', label: 'Guided imagery' },
  { id: 'writing', label: 'Writing' },
];

export const modeLabel = (id: string): string => DIRECTIVE_MODES.find((m) => m.id === id)?.label ?? id;

export const HOMEWORK_STATUS: Record<HomeworkItem['status'], string> = { assigned: 'Assigned', in_progress: 'Started', completed: 'Completed', cancelled: 'Cancelled' };
