/**
 * The therapist workspace's small fetch wrapper for the Hearth HTTP API: alerts, measures,
 * check-ins, reflections, insights, directives, homework, notes and plans. Like the studio and
 * music wrappers it learns the CSRF token from /api/auth/me, sends it on every change, and turns
 * failures into a WorkspaceApiError carrying the server's plain-words message.
 */
import type { z } from 'zod';
import type {
  Alert, Checkin, CheckinCreated, CrisisNotice, Directive, Homework, HomeworkAnswered, HomeworkHistory, Insights, MeasureCreated, MeasureDefinitions, MeasureResult, Me, Note, NoteSection,
  ObjectiveProgress, Plan, PlanContent, Reflection, ReflectionCreated, TherapySession,
} from '../../domain/api/schemas.ts';

export type AlertItem = z.infer<typeof Alert>;
export type CheckinItem = z.infer<typeof Checkin>;
export type Crisis = z.infer<typeof CrisisNotice>;
export type DirectiveItem = z.infer<typeof Directive>;
export type HomeworkItem = z.infer<typeof Homework>;
export type HistoryItem = z.infer<typeof HomeworkHistory>['items'][number];
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

/** A failed request; `message` is meant for people. */
export class WorkspaceApiError extends Error {
  override name = 'WorkspaceApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let me: Promise<Me> | null = null;
const enc = encodeURIComponent;

async function call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = (await whoAmI()).csrfToken;
  if (method !== 'GET') headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: method === 'GET' ? undefined : JSON.stringify(body ?? {}), credentials: 'same-origin' });
  } catch {
    throw new WorkspaceApiError(0, 'network', 'Hearth could not be reached. Check that it is still running and try again.');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    if (res.status === 401 || res.status === 403) me = null;
    throw new WorkspaceApiError(res.status, err?.code ?? 'http_error', err?.message ?? `Something went wrong (HTTP ${res.status}). Please try again.`);
  }
  return json as T;
}

function whoAmI(): Promise<Me> {
  if (!me) {
    me = call<Me>('GET', '/api/auth/me');
    me.catch(() => (me = null));
  }
  return me;
}

/** The message to show for any thrown value. */
export function workspaceMessage(e: unknown): string {
  if (e instanceof Error && 'status' in e) return e.message;
  return 'Something unexpected went wrong. Please try again.';
}

const c = (id: string) => `/api/clients/${enc(id)}`;

export const workspaceApi = {
  alerts: (all = false) => call<{ alerts: AlertItem[] }>('GET', `/api/alerts${all ? '?all=true' : ''}`).then((r) => r.alerts),
  acknowledge: (id: string) => call<AlertItem>('POST', `/api/alerts/${enc(id)}/acknowledge`),

  measureDefinitions: () => call<{ measures: MeasureDefinition[] }>('GET', '/api/measures').then((r) => r.measures),
  measures: (clientId: string) => call<{ responses: MeasureResponse[] }>('GET', `${c(clientId)}/measures`).then((r) => r.responses),
  addMeasure: (clientId: string, measure: MeasureKind, answers: number[]) => call<z.infer<typeof MeasureCreated>>('POST', `${c(clientId)}/measures`, { measure, answers }),

  checkins: (clientId: string) => call<{ checkins: CheckinItem[] }>('GET', `${c(clientId)}/checkins`).then((r) => r.checkins),
  addCheckin: (clientId: string, b: { moment?: 'before' | 'after' | 'standalone'; valence: number; arousal: number; distress: number; note?: string }) =>
    call<z.infer<typeof CheckinCreated>>('POST', `${c(clientId)}/checkins`, b),
  reflections: (clientId: string) => call<{ reflections: ReflectionItem[] }>('GET', `${c(clientId)}/reflections`).then((r) => r.reflections),
  addReflection: (clientId: string, text: string) => call<z.infer<typeof ReflectionCreated>>('POST', `${c(clientId)}/reflections`, { text }),

  insights: (clientId: string) => call<InsightsData>('GET', `${c(clientId)}/insights`),

  directives: (q: { text?: string; mode?: string }) => {
    const p = new URLSearchParams();
    if (q.text?.trim()) p.set('text', q.text.trim());
    if (q.mode) p.set('mode', q.mode);
    const qs = p.toString();
    return call<{ directives: DirectiveItem[] }>('GET', `/api/directives${qs ? `?${qs}` : ''}`).then((r) => r.directives);
  },
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
