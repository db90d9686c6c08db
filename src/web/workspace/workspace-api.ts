/**
 * The therapist workspace's typed calls to the Hearth HTTP API: alerts, measures and their
 * schedules, check-ins, reflections, insights, directives, homework, notes and plans. Built on
 * the shared typed client (CSRF token, failures as ApiError with the server's message); every
 * type is taken from the generated OpenAPI `paths`.
 */
import { byId, messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Query, Reply } from '../api/types.ts';
import { i18n } from '../i18n.tsx';

export type AlertItem = Reply<'/api/alerts/{id}/acknowledge', 'post'>;
export type CheckinItem = Reply<'/api/clients/{id}/checkins', 'get'>['checkins'][number];
export type Crisis = NonNullable<Reply<'/api/clients/{id}/checkins', 'post', 201>['crisis']>;
export type DirectiveItem = Reply<'/api/directives/{directiveId}', 'get'>;
export type DirectiveDraft = Body<'/api/directives', 'post'>;
export type ScheduleItem = Reply<'/api/clients/{id}/measure-schedule', 'get'>['schedules'][number];
export type Frequency = ScheduleItem['frequency'];
export type HomeworkItem = Reply<'/api/clients/{id}/homework', 'post', 201>;
export type HistoryItem = Reply<'/api/clients/{id}/homework-history', 'get'>['items'][number];
export type MeasureDefinition = Reply<'/api/measures', 'get'>['measures'][number];
export type MeasureResponse = Reply<'/api/clients/{id}/measures', 'get'>['responses'][number];
export type MeasureKind = MeasureResponse['measure'];
export type NoteItem = Reply<'/api/notes/{id}', 'get'>;
export type NoteSectionItem = NoteItem['sections'][number];
export type NoteFormat = NoteItem['format'];
export type PlanItem = Reply<'/api/plans/{id}', 'get'>;
export type PlanBody = PlanItem['content'];
export type Progress = PlanItem['progress'][number];
type DirectiveQuery = Query<'/api/directives', 'get'>;

/** The message to show for any thrown value. */
export function workspaceMessage(e: unknown): string {
  return messageOf(e);
}

const planned = (sessionId: string, directiveId: string) => ({ params: { path: { id: sessionId, directiveId } } });

export const workspaceApi = {
  alerts: (all = false) => data(http.GET('/api/alerts', { params: { query: all ? { all: 'true' } : {} } })).then((r) => r.alerts),
  alertCount: () => data(http.GET('/api/alerts/count', { headers: { 'x-hearth-background': '1' } })),
  acknowledge: (id: string, note: string) => data(http.POST('/api/alerts/{id}/acknowledge', { ...byId(id), body: note.trim() ? { note: note.trim() } : {} })),

  measureDefinitions: () => data(http.GET('/api/measures')).then((r) => r.measures),
  measures: (clientId: string) => data(http.GET('/api/clients/{id}/measures', byId(clientId))).then((r) => r.responses),
  measureSchedule: (clientId: string) => data(http.GET('/api/clients/{id}/measure-schedule', byId(clientId))).then((r) => r.schedules),
  setMeasureSchedule: (clientId: string, measure: MeasureKind, frequency: Frequency) =>
    data(http.PUT('/api/clients/{id}/measure-schedule', { ...byId(clientId), body: { measure, frequency } })).then((r) => r.schedules),
  addMeasure: (clientId: string, measure: MeasureKind, answers: number[]) =>
    data(http.POST('/api/clients/{id}/measures', { ...byId(clientId), body: { measure, answers } })),

  checkins: (clientId: string) => data(http.GET('/api/clients/{id}/checkins', byId(clientId))).then((r) => r.checkins),
  addCheckin: (clientId: string, body: Body<'/api/clients/{id}/checkins', 'post'>) =>
    data(http.POST('/api/clients/{id}/checkins', { ...byId(clientId), body })),
  reflections: (clientId: string) => data(http.GET('/api/clients/{id}/reflections', byId(clientId))).then((r) => r.reflections),
  addReflection: (clientId: string, text: string) => data(http.POST('/api/clients/{id}/reflections', { ...byId(clientId), body: { text } })),

  insights: (clientId: string) => data(http.GET('/api/clients/{id}/insights', byId(clientId))),

  directives: (q: { text?: string; mode?: string; goal?: string; source?: '' | NonNullable<DirectiveQuery['source']> }) => {
    const query: DirectiveQuery = {};
    if (q.text?.trim()) query.text = q.text.trim();
    if (q.mode) query.mode = q.mode;
    if (q.goal) query.goal = q.goal;
    if (q.source) query.source = q.source;
    return data(http.GET('/api/directives', { params: { query } })).then((r) => r.directives);
  },
  createDirective: (body: DirectiveDraft) => data(http.POST('/api/directives', { body })),
  updateDirective: (directiveId: string, body: Body<'/api/directives/{directiveId}', 'patch'>) =>
    data(http.PATCH('/api/directives/{directiveId}', { params: { path: { directiveId } }, body })),
  duplicateDirective: (directiveId: string) => data(http.POST('/api/directives/{directiveId}/duplicate', { params: { path: { directiveId } } })),
  sessionDirectives: (sessionId: string) => data(http.GET('/api/sessions/{id}/directives', byId(sessionId))).then((r) => r.directives),
  planDirective: (sessionId: string, directiveId: string) =>
    data(http.POST('/api/sessions/{id}/directives', { ...byId(sessionId), body: { directiveId } })).then((r) => r.directives),
  unplanDirective: (sessionId: string, directiveId: string) =>
    data(http.DELETE('/api/sessions/{id}/directives/{directiveId}', planned(sessionId, directiveId))).then((r) => r.directives),
  homework: (clientId: string) => data(http.GET('/api/clients/{id}/homework', byId(clientId))).then((r) => r.homework),
  assignHomework: (clientId: string, body: Body<'/api/clients/{id}/homework', 'post'>) =>
    data(http.POST('/api/clients/{id}/homework', { ...byId(clientId), body })),
  setHomeworkStatus: (id: string, status: HomeworkItem['status']) => data(http.PATCH('/api/homework/{id}', { ...byId(id), body: { status } })),
  answerHomework: (id: string, answers: { question: string; text: string }[], complete: boolean) =>
    data(http.POST('/api/homework/{id}/answers', { ...byId(id), body: { answers, complete } })),
  /** Attaches a work made for the homework (a picture or a piece of music) so it shows in the homework history. */
  attachToHomework: (id: string, made: { artworkId: string } | { musicId: string }) =>
    'artworkId' in made
      ? data(http.POST('/api/homework/{id}/artworks', { ...byId(id), body: made }))
      : data(http.POST('/api/homework/{id}/music', { ...byId(id), body: made })),
  homeworkHistory: (clientId: string) => data(http.GET('/api/clients/{id}/homework-history', byId(clientId))).then((r) => r.items),

  sessions: (clientId: string) => data(http.GET('/api/clients/{id}/sessions', byId(clientId))).then((r) => r.sessions),
  notes: (clientId: string) => data(http.GET('/api/clients/{id}/notes', byId(clientId))).then((r) => r.notes),
  draftNote: (sessionId: string, format: NoteFormat) => data(http.POST('/api/sessions/{id}/notes', { ...byId(sessionId), body: { format } })),
  saveNote: (id: string, sections: NoteSectionItem[]) => data(http.PATCH('/api/notes/{id}', { ...byId(id), body: { sections } })),
  signNote: (id: string) => data(http.POST('/api/notes/{id}/sign', byId(id))),
  addAddendum: (id: string, text: string) => data(http.POST('/api/notes/{id}/addenda', { ...byId(id), body: { text } })),

  plans: (clientId: string) => data(http.GET('/api/clients/{id}/plans', byId(clientId))).then((r) => r.plans),
  createPlan: (clientId: string, body: Body<'/api/clients/{id}/plans', 'post'>) => data(http.POST('/api/clients/{id}/plans', { ...byId(clientId), body })),
  updatePlan: (id: string, body: Body<'/api/plans/{id}', 'patch'>) => data(http.PATCH('/api/plans/{id}', { ...byId(id), body })),
};

/** The ways a directive is done, each with its name in the app's language (read when shown). */
export const DIRECTIVE_MODES: { id: string; readonly label: string }[] = [
  {
    id: 'studio-draw',
    get label() {
      return i18n.t('workspace:mode.studio-draw');
    },
  },
  {
    id: 'studio-generate',
    get label() {
      return i18n.t('workspace:mode.studio-generate');
    },
  },
  {
    id: 'studio-upload',
    get label() {
      return i18n.t('workspace:mode.studio-upload');
    },
  },
  {
    id: 'music',
    get label() {
      return i18n.t('workspace:mode.music');
    },
  },
  {
    id: 'guided-imagery',
    get label() {
      return i18n.t('workspace:mode.guided-imagery');
    },
  },
  {
    id: 'writing',
    get label() {
      return i18n.t('workspace:mode.writing');
    },
  },
];

export const modeLabel = (id: string): string => DIRECTIVE_MODES.find((m) => m.id === id)?.label ?? id;

/** A homework task's status in the app's language. */
export function homeworkStatusLabel(status: HomeworkItem['status']): string {
  const labels: Record<HomeworkItem['status'], string> = {
    assigned: i18n.t('workspace:hwStatus.assigned'),
    in_progress: i18n.t('workspace:hwStatus.in_progress'),
    completed: i18n.t('workspace:hwStatus.completed'),
    cancelled: i18n.t('workspace:hwStatus.cancelled'),
  };
  return labels[status];
}
