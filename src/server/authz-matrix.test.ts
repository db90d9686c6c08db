/**
 * The authorization matrix: every API route the app registers, called by every role and by
 * users of another caseload with this caseload's ids. A route that is not listed here fails
 * the suite, so a new route cannot ship without its access rule being stated and tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../domain/index.ts';
import { encodeWav } from '../engines/music/index.ts';
import { sine } from '../engines/music/test-signals.ts';
import { PASSWORD, addAdmin, addClient, addTherapist, createHarness, login, pngDrawing, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';
import { base32Decode, totpAt } from '../services/account/totp.ts';

type Who = 'anon' | 'therapist' | 'client' | 'admin' | 'foreignTherapist' | 'foreignClient';
const WHO: Who[] = ['anon', 'therapist', 'client', 'admin', 'foreignTherapist', 'foreignClient'];

interface Fixtures {
  clientId: string; // client A1 (has an account: the "client" actor)
  pendingClientId: string; // client A2 (no account yet)
  sessionId: string;
  artworkId: string;
  inviteId: string;
  token: string;
  sketchId: string;
  pngDataUrl: string;
  alertId: string;
  homeworkId: string;
  musicId: string;
  steeringId: string;
  noteId: string;
  signedNoteId: string;
  planId: string;
  reminderId: string;
}

const PLAN = {
  problems: ['Worry at night'],
  goals: [{ id: 'g1', text: 'Sleep calmer', objectives: [{ id: 'o1', text: 'GAD-7 below 10', target: { measure: 'gad7', below: 10, by: '2027-06-30' } }] }],
  interventions: ['Weekly art therapy'],
  shared: true,
};

const FILLED = [
  { key: 'data', label: 'Data', text: 'Drew the harbour.' },
  { key: 'assessment', label: 'Assessment', text: 'Engaged throughout.' },
  { key: 'plan', label: 'Plan', text: 'Continue weekly.' },
];

interface Entry {
  /** Roles allowed, or 'public'. */
  allow: readonly Role[] | 'public';
  /** Whether the route is bound to one client's data (foreign users must get 404). */
  scoped: boolean;
  body?: (f: Fixtures) => unknown;
  /** Path params; defaults to the shared fixtures. */
  params?: (f: Fixtures) => Record<string, string>;
  /** Sensitive route: the caller re-enters their password first. */
  reauth?: boolean;
  /** Query string appended to the URL. */
  query?: string;
  /** Request headers (e.g. a Range on a stream that plays at real-time pace). */
  headers?: Record<string, string>;
  /** Destructive for the caller or the fixture: a fresh login for each allowed call, and `fresh`. */
  destructive?: boolean;
  /** The fixtures a destructive call uses up, made anew for each allowed caller (the other shared fixtures stay). */
  fresh?: () => Promise<Partial<Fixtures>>;
  /** A multipart upload (field `file`) instead of a JSON body. */
  file?: () => { bytes: Uint8Array; name: string; type: string };
  /** Undoes what the allowed call changed that later routes depend on. */
  cleanup?: () => Promise<void>;
  /** Before the allowed call: another agent (e.g. a fresh account) and/or params and body. */
  prepare?: (who: Who) => Promise<{ agent?: Agent; params?: Record<string, string>; body?: unknown }>;
}

const T = ['therapist'] as const;
const TC = ['therapist', 'client'] as const;
const ALL = ['therapist', 'client', 'admin'] as const;

const MATRIX: Record<string, Entry> = {
  'GET /api/health': { allow: 'public', scoped: false },
  'GET /api/openapi.json': { allow: 'public', scoped: false },
  'GET /api/setup': { allow: 'public', scoped: false },
  'POST /api/setup': { allow: 'public', scoped: false, body: () => ({ email: 'late@x.test', displayName: 'Late', password: PASSWORD }) },
  'POST /api/auth/login': { allow: 'public', scoped: false, body: () => ({ email: 'nobody@x.test', password: 'wrong one' }) },
  'POST /api/auth/logout': { allow: 'public', scoped: false, destructive: true },
  'GET /api/auth/me': { allow: ALL, scoped: false },
  'POST /api/auth/reauth': { allow: ALL, scoped: false, body: () => ({ password: PASSWORD }) },
  'GET /api/clients/:id/export': { allow: TC, scoped: true, reauth: true },
  'POST /api/clients/:id/erase': {
    allow: T,
    scoped: true,
    params: (f) => ({ id: f.pendingClientId }),
    body: () => ({ confirmName: 'Pending' }),
    destructive: true,
    fresh: async () => ({ pendingClientId: await newPendingClient() }),
    reauth: true,
  },
  'GET /api/clients': { allow: T, scoped: false },
  'POST /api/clients': { allow: T, scoped: false, body: () => ({ displayName: 'New client' }) },
  'GET /api/clients/:id': { allow: TC, scoped: true },
  'PATCH /api/clients/:id': { allow: T, scoped: true, body: () => ({ goals: 'Feel calmer at work' }) },
  // The allowed call deletes a fresh client without an account (refusals are tried on client A1).
  'DELETE /api/clients/:id': { allow: T, scoped: true, destructive: true, fresh: async () => ({ clientId: await newPendingClient() }) },
  'GET /api/clients/:id/audit': { allow: TC, scoped: true },
  'POST /api/clients/:id/invites': { allow: T, scoped: true, params: (f) => ({ id: f.pendingClientId }) },
  'GET /api/clients/:id/invites': { allow: T, scoped: true, params: (f) => ({ id: f.pendingClientId }) },
  'DELETE /api/invites/:id': {
    allow: T,
    scoped: true,
    params: (f) => ({ id: f.inviteId }),
    destructive: true,
    fresh: async () => ({ inviteId: (await agents.therapist.post(`/api/clients/${await newPendingClient()}/invites`)).json().id as string }),
  },
  'GET /api/invites/by-token/:token': { allow: 'public', scoped: false, params: (f) => ({ token: f.token }) },
  'POST /api/invites/by-token/:token/accept': {
    allow: 'public',
    scoped: false,
    params: () => ({ token: 'x'.repeat(43) }),
    body: () => ({ email: 'z@x.test', password: PASSWORD }),
  },
  'GET /api/clients/:id/sessions': { allow: TC, scoped: true },
  'POST /api/clients/:id/sessions': { allow: T, scoped: true, body: () => ({ scheduledAt: '2026-12-01T10:00:00Z', title: 'Session' }) },
  'GET /api/sessions/:id': { allow: TC, scoped: true, params: (f) => ({ id: f.sessionId }) },
  'PATCH /api/sessions/:id': { allow: T, scoped: true, params: (f) => ({ id: f.sessionId }), body: () => ({ title: 'Renamed' }) },
  'GET /api/clients/:id/reminders': { allow: TC, scoped: true },
  'GET /api/sessions/:id/reminders': { allow: T, scoped: true, params: (f) => ({ id: f.sessionId }) },
  'POST /api/clients/:id/reminders/:reminderId': {
    allow: ['client'],
    scoped: true,
    params: (f) => ({ id: f.clientId, reminderId: f.reminderId }),
    body: () => ({ state: 'seen' }),
  },
  'GET /api/clients/:id/artworks': { allow: TC, scoped: true },
  'POST /api/clients/:id/artworks': { allow: TC, scoped: true },
  'GET /api/artworks/:id': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }) },
  'GET /api/artworks/:id/image': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }) },
  'GET /api/artworks/:id/thumb': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }) },
  'PATCH /api/artworks/:id': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }), body: () => ({ title: 'Renamed' }) },
  'DELETE /api/artworks/:id': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.artworkId }),
    destructive: true,
    fresh: async () => ({ artworkId: (await agents.client.upload(f.clientId, png)).json().id as string }),
  },
  'GET /api/admin/users': { allow: ['admin'], scoped: false },
  'GET /api/studio': { allow: TC, scoped: false },
  'POST /api/clients/:id/sketches': {
    allow: TC,
    scoped: true,
    body: (f) => ({ image: f.pngDataUrl, strokes: { version: 2, width: 64, height: 48, background: '#ffffff', strokes: [] } }),
  },
  'POST /api/clients/:id/generate': { allow: TC, scoped: true, body: () => ({ prompt: 'a quiet lake', width: 64, height: 64, seed: 1 }) },
  'POST /api/artworks/:id/inpaint': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.artworkId }),
    body: (f) => ({ mask: f.pngDataUrl, prompt: 'a red flower', seed: 2 }),
  },
  'GET /api/artworks/:id/versions': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }) },
  'GET /api/artworks/:id/strokes': { allow: TC, scoped: true, params: (f) => ({ id: f.sketchId }) },
  'GET /api/clients/:id/studio/drafts': { allow: TC, scoped: true },
  'POST /api/artworks/:id/keep': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }), body: () => ({ title: 'Kept' }) },
  'DELETE /api/artworks/:id/draft': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.artworkId }),
    // A fresh draft drawing for each allowed caller to let go of.
    prepare: async () => ({
      params: {
        id: (
          await agents.client.post(`/api/clients/${f.clientId}/sketches`, {
            image: f.pngDataUrl,
            strokes: { version: 2, width: 64, height: 48, background: '#ffffff', strokes: [] },
            draft: true,
          })
        ).json().id as string,
      },
    }),
  },
  'POST /api/clients/:id/live-canvas': {
    allow: ['client'],
    scoped: true,
    body: () => ({ drawingId: 'd1', strokes: { version: 2, width: 64, height: 48, background: '#ffffff', strokes: [] } }),
  },
  'GET /api/clients/:id/live-canvas': { allow: T, scoped: true, query: '?once=true' },
  'POST /api/clients/:id/checkins': { allow: TC, scoped: true, body: () => ({ moment: 'before', valence: 0.2, arousal: -0.3, distress: 4 }) },
  'GET /api/clients/:id/checkins': { allow: TC, scoped: true },
  'GET /api/measures': { allow: TC, scoped: false },
  'POST /api/clients/:id/measures': { allow: TC, scoped: true, body: () => ({ measure: 'gad7', answers: [1, 1, 0, 2, 1, 0, 1] }) },
  'GET /api/clients/:id/measures': { allow: TC, scoped: true },
  'POST /api/clients/:id/reflections': { allow: TC, scoped: true, body: () => ({ text: 'The harbour felt calm today.' }) },
  'GET /api/clients/:id/reflections': { allow: TC, scoped: true },
  'GET /api/alerts': { allow: T, scoped: false },
  'GET /api/dashboard': { allow: T, scoped: false },
  'POST /api/alerts/:id/acknowledge': { allow: T, scoped: true, params: (f) => ({ id: f.alertId }) },
  'GET /api/directives': { allow: T, scoped: false },
  'GET /api/directives/:directiveId': { allow: TC, scoped: false, params: () => ({ directiveId: 'safe-place' }) },
  'POST /api/clients/:id/homework': { allow: T, scoped: true, body: () => ({ directiveId: 'safe-place', note: 'Take your time.' }) },
  'GET /api/clients/:id/homework': { allow: TC, scoped: true },
  'PATCH /api/homework/:id': { allow: TC, scoped: true, params: (f) => ({ id: f.homeworkId }), body: () => ({ status: 'in_progress' }) },
  'POST /api/homework/:id/answers': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.homeworkId }),
    body: () => ({ answers: [{ question: 'What did you notice?', text: 'Calm blue.' }] }),
  },
  'POST /api/homework/:id/artworks': { allow: TC, scoped: true, params: (f) => ({ id: f.homeworkId }), body: (f) => ({ artworkId: f.artworkId }) },
  'GET /api/clients/:id/homework-history': { allow: TC, scoped: true },
  'GET /api/music/info': { allow: TC, scoped: false },
  'POST /api/clients/:id/plans': { allow: T, scoped: true, body: () => PLAN },
  'GET /api/clients/:id/plans': { allow: TC, scoped: true },
  'GET /api/plans/:id': { allow: TC, scoped: true, params: (f) => ({ id: f.planId }) },
  'PATCH /api/plans/:id': { allow: T, scoped: true, params: (f) => ({ id: f.planId }), body: () => ({ shared: true }) },
  'POST /api/sessions/:id/notes': { allow: T, scoped: true, params: (f) => ({ id: f.sessionId }), body: () => ({ format: 'DAP' }) },
  'GET /api/clients/:id/notes': { allow: T, scoped: true },
  'GET /api/notes/:id': { allow: T, scoped: true, params: (f) => ({ id: f.noteId }) },
  'PATCH /api/notes/:id': { allow: T, scoped: true, params: (f) => ({ id: f.noteId }), body: () => ({ sections: FILLED }) },
  'POST /api/notes/:id/sign': {
    allow: T,
    scoped: true,
    params: (f) => ({ id: f.noteId }),
    destructive: true,
    fresh: async () => {
      const noteId = (await agents.therapist.post(`/api/sessions/${f.sessionId}/notes`, { format: 'DAP' })).json().id as string;
      await agents.therapist.patch(`/api/notes/${noteId}`, { sections: FILLED });
      return { noteId };
    },
  },
  'POST /api/notes/:id/addenda': { allow: T, scoped: true, params: (f) => ({ id: f.signedNoteId }), body: () => ({ text: 'Phoned the client the next day.' }) },
  'GET /api/clients/:id/insights': { allow: T, scoped: true },
  'GET /api/artworks/:id/features': { allow: TC, scoped: true, params: (f) => ({ id: f.sketchId }) },
  'POST /api/clients/:id/music': { allow: TC, scoped: true, body: () => ({ prompt: 'calm piano', seconds: 30, seed: 1 }) },
  'GET /api/clients/:id/music': { allow: TC, scoped: true },
  'GET /api/music/:id': { allow: TC, scoped: true, params: (f) => ({ id: f.musicId }) },
  'GET /api/music/:id/audio': { allow: TC, scoped: true, params: (f) => ({ id: f.musicId }) },
  'POST /api/music/:id/listens': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.musicId }),
    body: () => ({ before: { valence: 0, arousal: 0.5, distress: 6 }, after: { valence: 0.3, arousal: 0, distress: 3 }, secondsListened: 30 }),
  },
  'POST /api/music/:id/steering': { allow: TC, scoped: true, params: (f) => ({ id: f.musicId }) },
  'GET /api/music/:id/steering/:steeringId/audio': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.musicId, steeringId: f.steeringId }),
    headers: { range: 'bytes=0-4095' },
  },
  'POST /api/music/:id/steering/:steeringId': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.musicId, steeringId: f.steeringId }),
    body: () => ({ command: 'slower', position: 3 }),
  },
  'GET /api/clients/:id/music/recommendation': { allow: TC, scoped: true, params: (f) => ({ id: f.clientId }), query: '?valence=0&arousal=0.5&distress=6' },
  'POST /api/clients/:id/music/samples': {
    allow: TC,
    scoped: true,
    file: () => ({ bytes: encodeWav([sine(440, 0.2, 3, 8000)], 8000, 'pcm16'), name: 'hum.wav', type: 'audio/wav' }),
  },
  'GET /api/clients/:id/music/samples': { allow: TC, scoped: true },
  'GET /api/clients/:id/stories': { allow: TC, scoped: true },
  'POST /api/clients/:id/series': { allow: TC, scoped: true, body: () => ({ title: 'Matrix story', chapters: [] }) },
  'PUT /api/clients/:id/series/:seriesId': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, seriesId: NO_JOB }),
    body: () => ({ title: 'Matrix story', chapters: [] }),
    prepare: async () => ({ params: { id: f.clientId, seriesId: await matrixSeries() } }),
  },
  'DELETE /api/clients/:id/series/:seriesId': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, seriesId: NO_JOB }),
    prepare: async () => ({ params: { id: f.clientId, seriesId: await matrixSeries() } }),
  },
  'GET /api/clients/:id/series/:seriesId/storybook.pdf': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, seriesId: NO_JOB }),
    prepare: async () => ({ params: { id: f.clientId, seriesId: await matrixSeries() } }),
  },
  'PUT /api/artworks/:id/self-portrait': { allow: TC, scoped: true, params: (f) => ({ id: f.artworkId }), body: () => ({ selfPortrait: true }) },
  'GET /api/clients/:id/supports': { allow: TC, scoped: true },
  'POST /api/clients/:id/supports': { allow: T, scoped: true, body: () => MATRIX_SUPPORT },
  'PUT /api/clients/:id/supports/:supportId': {
    allow: T,
    scoped: true,
    params: (f) => ({ id: f.clientId, supportId: NO_JOB }),
    body: () => MATRIX_SUPPORT,
    prepare: async () => ({ params: { id: f.clientId, supportId: await matrixSupport() } }),
  },
  'DELETE /api/clients/:id/supports/:supportId': {
    allow: T,
    scoped: true,
    params: (f) => ({ id: f.clientId, supportId: NO_JOB }),
    prepare: async () => ({ params: { id: f.clientId, supportId: await matrixSupport() } }),
  },
  'PUT /api/clients/:id/supports/:supportId/ticks': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, supportId: NO_JOB }),
    body: () => ({ day: '2026-12-07', steps: [0] }),
    prepare: async () => ({ params: { id: f.clientId, supportId: await matrixSupport() } }),
  },
  'GET /api/clients/:id/supports/:supportId/print.pdf': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, supportId: NO_JOB }),
    prepare: async () => ({ params: { id: f.clientId, supportId: await matrixSupport() } }),
  },
  'GET /api/clients/:id/directive-suggestions': { allow: T, scoped: true },
  'GET /api/clients/:id/traditions': { allow: TC, scoped: true },
  'PUT /api/clients/:id/traditions': { allow: ['client'], scoped: true, body: () => ({ traditions: ['celtic'] }) },
  'GET /api/supports/symbols/:word': { allow: TC, scoped: false, params: () => ({ word: 'tree' }) },
  'GET /api/notes/:id/series': { allow: T, scoped: true, params: (f) => ({ id: f.noteId }) },
  'PUT /api/notes/:id/series': { allow: T, scoped: true, params: (f) => ({ id: f.noteId }), body: () => ({ seriesIds: [] }) },
  'GET /api/consent/document': { allow: ALL, scoped: false },
  'GET /api/clients/:id/consent': { allow: TC, scoped: true },
  'POST /api/clients/:id/consent': {
    allow: ['client'],
    scoped: true,
    body: () => ({ documentVersion: '2026-11-1', scopes: ['builtin_ai', 'insights', 'music', 'group'], signature: 'Alex Client' }),
  },
  'POST /api/clients/:id/consent/withdraw': { allow: ['client'], scoped: true, body: () => ({ scopes: ['group'] }) },
  // A new version would ask every client to sign again, so the published versions are removed after the call.
  'POST /api/consent/documents': {
    allow: T,
    scoped: false,
    reauth: true,
    body: () => ({ version: `matrix-${++published}`, title: 'Consent', body: 'A new version of the consent document, for the matrix test.' }),
    cleanup: async () => void (await h.store.db.query("DELETE FROM consent_documents WHERE version LIKE 'matrix-%'")),
  },
};
let published = 0;

// Account routes that end sessions or change credentials run on fresh accounts of the same role.
let freshCount = 0;
async function freshAccount(who: Who): Promise<Agent> {
  const n = ++freshCount;
  if (who === 'therapist') return addTherapist(h, `fresh${n}@clinic.test`, `Fresh Therapist ${n}`);
  if (who === 'admin') return addAdmin(h, `fresh${n}@ops.test`);
  return (await addClient(h, agents.therapist, `Fresh ${n}`, `fresh${n}@home.test`)).client;
}
async function withTwoFactor(who: Who): Promise<{ agent: Agent }> {
  const agent = await freshAccount(who);
  const { secret } = (await agent.post('/api/account/2fa/begin')).json() as { secret: string };
  await agent.post('/api/account/2fa/confirm', { code: totpAt(base32Decode(secret), h.now()) });
  return { agent };
}
Object.assign(MATRIX, {
  'POST /api/auth/login/code': { allow: 'public', scoped: false, body: () => ({ pendingToken: 'x'.repeat(43), code: '123456' }) },
  'GET /api/account/security': { allow: ALL, scoped: false },
  'POST /api/account/2fa/begin': { allow: ALL, scoped: false },
  'POST /api/account/2fa/confirm': {
    allow: ALL,
    scoped: false,
    prepare: async (who) => {
      const agent = await freshAccount(who);
      const { secret } = (await agent.post('/api/account/2fa/begin')).json() as { secret: string };
      return { agent, body: { code: totpAt(base32Decode(secret), h.now()) } };
    },
  },
  'POST /api/account/2fa/disable': { allow: ALL, scoped: false, reauth: true, prepare: withTwoFactor },
  'POST /api/account/2fa/recovery-codes': { allow: ALL, scoped: false, reauth: true, prepare: withTwoFactor },
  'DELETE /api/account/sessions/:sessionId': {
    allow: ALL,
    scoped: false,
    prepare: async (who) => {
      const agent = await freshAccount(who);
      const other = await login(h, (await h.store.users.byId(agent.userId!))!.email);
      const sessions = (await other.get('/api/account/security')).json().sessions as { id: string; current: boolean }[];
      return { agent, params: { sessionId: sessions.find((x) => x.current)!.id } };
    },
  },
  'POST /api/account/sessions/end-others': { allow: ALL, scoped: false, prepare: async (who) => ({ agent: await freshAccount(who) }) },
  'PUT /api/account/locale': { allow: ALL, scoped: false, body: () => ({ locale: 'es' }) },
  'POST /api/account/password': {
    allow: ALL,
    scoped: false,
    body: () => ({ currentPassword: PASSWORD, newPassword: 'amber orchard kettle 7' }),
    prepare: async (who) => ({ agent: await freshAccount(who) }),
  },
  'POST /api/admin/users/:userId/password': {
    allow: ['admin'],
    scoped: false,
    reauth: true,
    body: () => ({ newPassword: 'amber orchard kettle 7' }),
    prepare: async () => ({ params: { userId: (await freshAccount('therapist')).userId! } }),
  },
  'PUT /api/practice/security': { allow: ['therapist', 'admin'], scoped: false, reauth: true, body: () => ({ requireTwoFactorForTherapists: false }) },
  'GET /api/backends': { allow: ['therapist', 'admin'], scoped: false },
  'POST /api/backends': {
    allow: ['therapist', 'admin'],
    scoped: false,
    reauth: true,
    body: () => ({ kind: 'comfyui', label: 'Matrix GPU', url: 'http://127.0.0.1:9' }),
  },
  'DELETE /api/backends/:id': { allow: ['therapist', 'admin'], scoped: false, reauth: true, prepare: async () => ({ params: { id: await matrixBackend() } }) },
  'POST /api/backends/:id/test': { allow: ['therapist', 'admin'], scoped: false, prepare: async () => ({ params: { id: await matrixBackend() } }) },
  'GET /api/studio/backends': { allow: TC, scoped: false },
  'GET /api/clients/:id/jobs/:jobId': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, jobId: NO_JOB }),
    prepare: async () => ({ params: { id: f.clientId, jobId: await matrixJob() } }),
  },
  'POST /api/clients/:id/jobs/:jobId/cancel': {
    allow: TC,
    scoped: true,
    params: (f) => ({ id: f.clientId, jobId: NO_JOB }),
    prepare: async () => ({ params: { id: f.clientId, jobId: await matrixJob() } }),
  },
} satisfies Record<string, Entry>);

// The therapist workspace: own directives, session plans, measure schedules, the alert badge.
const OWN_DIRECTIVE = {
  title: 'Harbour at dusk',
  goal: 'Rest the nervous system with a slow, familiar image.',
  goalTags: ['calming'],
  mode: 'studio-draw',
  durationMinutes: { min: 10, max: 20 },
  instructions: ['Draw a harbour as the light fades.'],
  reflectionQuestions: ['What felt steady?'],
  suitableFor: ['Evening worry'],
  unsuitableFor: ['Fear of water'],
  therapistNotes: '',
};
Object.assign(MATRIX, {
  'GET /api/auth/session': { allow: 'public', scoped: false },
  'GET /api/alerts/count': { allow: T, scoped: false },
  'GET /api/alerts/events': { allow: T, scoped: false },
  'POST /api/directives': { allow: T, scoped: false, body: () => OWN_DIRECTIVE },
  'POST /api/directives/:directiveId/duplicate': { allow: T, scoped: false, params: () => ({ directiveId: 'safe-place' }) },
  'PATCH /api/directives/:directiveId': {
    allow: T,
    scoped: false,
    params: () => ({ directiveId: 'safe-place' }),
    body: () => ({ title: 'Harbour at night' }),
    prepare: async () => ({ params: { directiveId: (await agents.therapist.post('/api/directives', OWN_DIRECTIVE)).json().id as string } }),
  },
  'GET /api/sessions/:id/directives': { allow: T, scoped: true, params: (f) => ({ id: f.sessionId }) },
  'POST /api/sessions/:id/directives': { allow: T, scoped: true, params: (f) => ({ id: f.sessionId }), body: () => ({ directiveId: 'safe-place' }) },
  'DELETE /api/sessions/:id/directives/:directiveId': {
    allow: T,
    scoped: true,
    params: (f) => ({ id: f.sessionId, directiveId: 'safe-place' }),
    prepare: async () => {
      await agents.therapist.post(`/api/sessions/${f.sessionId}/directives`, { directiveId: 'bridge-drawing' });
      return { params: { id: f.sessionId, directiveId: 'bridge-drawing' } };
    },
  },
  'GET /api/clients/:id/measure-schedule': { allow: TC, scoped: true },
  'PUT /api/clients/:id/measure-schedule': { allow: T, scoped: true, body: () => ({ measure: 'gad7', frequency: 'every_session' }) },
  'POST /api/homework/:id/music': { allow: TC, scoped: true, params: (f) => ({ id: f.homeworkId }), body: (f) => ({ musicId: f.musicId }) },
} satisfies Record<string, Entry>);

/** Group work (038): routes declare roles only; the services find the group and check the caller belongs to it (foreign callers: groups.test.ts). */
let groupFixture: Promise<{ groupId: string; memberId: string; sessionId: string; member: Agent }> | undefined;
const group = () =>
  (groupFixture ??= (async () => {
    // A member of its own (the consent rows above withdraw Alex's group consent).
    const { clientId, client: member } = await addClient(h, agents.therapist, 'Gus', 'gus@home.test');
    const g = (await agents.therapist.post('/api/groups', { name: 'Matrix group', clientIds: [clientId] })).json();
    const sessionId = (await agents.therapist.post(`/api/groups/${g.id}/sessions`, { scheduledAt: '2026-12-01T10:00:00Z' })).json().id as string;
    await agents.therapist.patch(`/api/group-sessions/${sessionId}`, { status: 'in_progress' });
    return { groupId: g.id as string, memberId: g.members[0].id as string, sessionId, member };
  })());
const groupRound = async () => {
  const { sessionId } = await group();
  const state = (await agents.therapist.get(`/api/group-sessions/${sessionId}/cocreate`)).json();
  return (state.round?.id ?? (await agents.therapist.post(`/api/group-sessions/${sessionId}/rounds`)).json().round.id) as string;
};
type GroupFx = { groupId: string; memberId: string; sessionId: string; member: Agent };
const inGroup = (body?: (g: GroupFx) => unknown) => async (who: Who) => {
  const g = await group();
  return { params: { id: g.groupId, memberId: g.memberId }, ...(who === 'client' ? { agent: g.member } : {}), ...(body ? { body: body(g) } : {}) };
};
const inSession = (body?: (g: GroupFx) => unknown) => async (who: Who) => {
  const g = await group();
  return { params: { id: g.sessionId, index: '0' }, ...(who === 'client' ? { agent: g.member } : {}), ...(body ? { body: body(g) } : {}) };
};
Object.assign(MATRIX, {
  'GET /api/groups': { allow: TC, scoped: false },
  'GET /api/clients/:id/group-work': { allow: TC, scoped: true },
  'POST /api/groups': {
    allow: T,
    scoped: false,
    prepare: async () => {
      const { member } = await group();
      return { body: { name: 'Another', clientIds: [member.clientId!] } };
    },
  },
  'GET /api/groups/:id': { allow: TC, scoped: false, prepare: inGroup() },
  'POST /api/groups/:id/members': { allow: T, scoped: false, prepare: inGroup((g) => ({ clientId: g.member.clientId })) },
  'DELETE /api/groups/:id/members/:memberId': {
    allow: T,
    scoped: false,
    prepare: inGroup(),
    cleanup: async () => void (await agents.therapist.post(`/api/groups/${(await group()).groupId}/members`, { clientId: (await group()).member.clientId })),
  },
  'PUT /api/groups/:id/me': { allow: ['client'], scoped: false, prepare: inGroup(() => ({ displayName: 'Heron' })) },
  'POST /api/groups/:id/sessions': { allow: T, scoped: false, prepare: inGroup(() => ({ scheduledAt: '2026-12-02T10:00:00Z' })) },
  'GET /api/groups/:id/works': { allow: TC, scoped: false, prepare: inGroup() },
  'GET /api/group-sessions/:id': { allow: TC, scoped: false, prepare: inSession() },
  'PATCH /api/group-sessions/:id': {
    allow: T,
    scoped: false,
    prepare: async () => {
      const { groupId } = await group();
      const s = (await agents.therapist.post(`/api/groups/${groupId}/sessions`, { scheduledAt: '2026-12-03T10:00:00Z' })).json();
      return { params: { id: s.id as string }, body: { status: 'cancelled' } };
    },
  },
  'GET /api/group-sessions/:id/canvas': { allow: TC, scoped: false, prepare: inSession() },
  'PUT /api/group-sessions/:id/attendance': { allow: T, scoped: false, prepare: inSession((g) => ({ attendance: [{ memberId: g.memberId, present: true }] })) },
  'GET /api/group-sessions/:id/note': { allow: T, scoped: false, prepare: inSession() },
  'PUT /api/group-sessions/:id/note': {
    allow: T,
    scoped: false,
    prepare: inSession((g) => ({ body: 'Worked together.', lines: [{ memberId: g.memberId, line: 'Drew the sea.' }] })),
  },
  'POST /api/group-sessions/:id/moderation': { allow: T, scoped: false, prepare: inSession(() => ({ paused: false })) },
  'PUT /api/group-sessions/:id/words': { allow: ['client'], scoped: false, prepare: inSession(() => ({ words: 'a calm sea' })) },
  'GET /api/group-sessions/:id/cocreate': { allow: TC, scoped: false, prepare: inSession() },
  'POST /api/group-sessions/:id/rounds': { allow: T, scoped: false, prepare: inSession() },
  'GET /api/group-sessions/:id/variations/:index': {
    allow: TC,
    scoped: false,
    prepare: async (who: Who) => {
      await groupRound();
      return inSession()(who);
    },
  },
  'POST /api/group-sessions/:id/votes': {
    allow: ['client'],
    scoped: false,
    prepare: async (who: Who) => ({ ...(await inSession()(who)), body: { roundId: await groupRound(), choice: 0 } }),
  },
  'POST /api/group-sessions/:id/works': {
    allow: T,
    scoped: false,
    prepare: async (who: Who) => ({ ...(await inSession()(who)), body: { roundId: await groupRound(), choice: 0 } }),
  },
  'GET /api/group-works/:id/image': {
    allow: TC,
    scoped: false,
    prepare: async (who: Who) => {
      const { groupId, sessionId, member } = await group();
      let works = (await agents.therapist.get(`/api/groups/${groupId}/works`)).json().works as { id: string }[];
      if (works.length === 0)
        works = (await agents.therapist.post(`/api/group-sessions/${sessionId}/works`, { roundId: await groupRound(), choice: 0 })).json().works as {
          id: string;
        }[];
      return { params: { id: works[0]!.id }, ...(who === 'client' ? { agent: member } : {}) };
    },
  },
} satisfies Record<string, Entry>);

// The practice (issue #15): owner-only routes are the setup therapist's here (the practice owner); a
// therapist, supervisor, operator or client gets 403 from each (src/server/practice.test.ts calls them all).
let staffInvites = 0;
const staffToken = () => 'x'.repeat(43);
Object.assign(MATRIX, {
  'GET /api/practice/me': { allow: ['therapist', 'admin'], scoped: false },
  'GET /api/practice/staff': { allow: T, scoped: false },
  'POST /api/practice/invites': { allow: T, scoped: false, body: () => ({ email: `staff${++staffInvites}@clinic.test`, role: 'therapist' }) },
  'DELETE /api/practice/invites/:inviteId': {
    allow: T,
    scoped: false,
    params: () => ({ inviteId: '00000000-0000-4000-8000-000000000000' }),
    prepare: async () => ({
      params: {
        inviteId: (await agents.therapist.post('/api/practice/invites', { email: `gone${++staffInvites}@clinic.test`, role: 'supervisor' })).json()
          .id as string,
      },
    }),
  },
  'GET /api/staff-invites/:token': { allow: 'public', scoped: false, params: () => ({ token: staffToken() }) },
  'POST /api/staff-invites/:token/accept': {
    allow: 'public',
    scoped: false,
    params: () => ({ token: staffToken() }),
    body: () => ({ displayName: 'Nobody', password: PASSWORD }),
  },
  'PUT /api/practice/staff/:userId/supervisees': {
    allow: T,
    scoped: false,
    params: () => ({ userId: agents.foreignTherapist.userId! }),
    body: () => ({ superviseeIds: [] }),
  },
  'POST /api/practice/staff/:userId/deactivate': {
    allow: T,
    scoped: false,
    reauth: true,
    params: () => ({ userId: agents.foreignTherapist.userId! }),
    prepare: async () => ({ params: { userId: (await freshAccount('therapist')).userId! } }),
  },
  'POST /api/practice/staff/:userId/reactivate': { allow: T, scoped: false, reauth: true, params: () => ({ userId: agents.foreignTherapist.userId! }) },
  'PUT /api/practice/owner': {
    allow: T,
    scoped: false,
    reauth: true,
    body: () => ({ userId: agents.foreignTherapist.userId! }),
    cleanup: async () => h.store.practice.setOwner(agents.therapist.userId!, new Date()),
  },
  'POST /api/practice/transfers': {
    allow: T,
    scoped: false,
    body: () => ({ clientId: f.pendingClientId, toTherapistId: agents.foreignTherapist.userId! }),
    prepare: async () => ({
      body: {
        clientId: (await agents.therapist.post('/api/clients', { displayName: 'Moving' })).json().id as string,
        toTherapistId: (await freshAccount('therapist')).userId!,
      },
    }),
  },
  'GET /api/clients/:id/care-history': { allow: TC, scoped: true },
  'GET /api/clients/:id/access': { allow: TC, scoped: true },
  'GET /api/practice/crisis-resources': { allow: T, scoped: false },
  'PUT /api/practice/crisis-resources': { allow: T, scoped: false, reauth: true, body: () => ({ regions: [] }) },
  'GET /api/clients/:id/crisis-region': { allow: T, scoped: true },
  'PUT /api/clients/:id/crisis-region': { allow: T, scoped: true, body: () => ({ region: null }) },
} satisfies Record<string, Entry>);

let h: Harness;
/** A saved model server nobody listens on (test connection reports it down at once). */
const matrixBackend = async (): Promise<string> =>
  (
    await h.store.backends.create(
      {
        id: crypto.randomUUID(),
        kind: 'comfyui',
        label: 'Matrix',
        url: 'http://127.0.0.1:9',
        model: null,
        createdBy: null,
        createdAt: new Date(),
        ownerId: null,
        practiceWide: true,
      },
      {},
    )
  ).id;
/** A picture job of client A1 (the built-in engine, async), for the job routes. */
const NO_JOB = '00000000-0000-4000-8000-000000000000';
const matrixJob = async (): Promise<string> =>
  (await agents.client.post(`/api/clients/${f.clientId}/generate`, { prompt: 'matrix', width: 64, height: 64, async: true })).json().jobId as string;
let f: Fixtures;
/** A routine schedule for the visual-support routes. */
const MATRIX_SUPPORT = {
  kind: 'schedule',
  title: 'Matrix routine',
  scheduleMode: 'routine',
  options: { largePrint: false, highContrast: false, symbolOnly: false },
  items: [{ picture: { symbol: 'tree' }, text: 'I get up.' }],
};
/** A fresh visual support of client A1, for the support routes. */
const matrixSupport = async (): Promise<string> =>
  (await agents.therapist.post(`/api/clients/${f.clientId}/supports`, MATRIX_SUPPORT)).json().support.id as string;

/** A fresh series of client A1, for the series routes. */
const matrixSeries = async (): Promise<string> =>
  (await agents.therapist.post(`/api/clients/${f.clientId}/series`, { title: 'Matrix story', chapters: [] })).json().series.id as string;
let png: Uint8Array;
const agents = {} as Record<Who, Agent>;
/** A new client of the therapist without an account (what erasure, deletion and invites act on). */
const newPendingClient = async (): Promise<string> => (await agents.therapist.post('/api/clients', { displayName: 'Pending' })).json().id as string;

async function freshFixtures(therapist: Agent, client: Agent, clientId: string): Promise<Fixtures> {
  const pending = (await therapist.post('/api/clients', { displayName: 'Pending' })).json();
  const inv = (await therapist.post(`/api/clients/${pending.id}/invites`)).json();
  const session = (await therapist.post(`/api/clients/${clientId}/sessions`, { scheduledAt: '2026-11-30T09:00:00Z' })).json();
  const art = (await client.upload(clientId, png)).json();
  const pngDataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const strokes = {
    version: 2,
    width: 64,
    height: 48,
    background: '#ffffff',
    strokes: [
      {
        id: 's1',
        tool: 'pen',
        color: '#223344',
        size: 4,
        opacity: 1,
        points: [
          { x: 1, y: 1, t: 0, pressure: 0.5 },
          { x: 20, y: 20, t: 40, pressure: 0.6 },
        ],
      },
    ],
  };
  const sketch = (await client.post(`/api/clients/${clientId}/sketches`, { image: pngDataUrl, strokes })).json();
  await client.post(`/api/clients/${clientId}/reflections`, { text: 'Some nights I want to die.' });
  const alertId = (await therapist.get('/api/alerts')).json().alerts[0].id as string;
  const homeworkId = (await therapist.post(`/api/clients/${clientId}/homework`, { directiveId: 'safe-place' })).json().id as string;
  const musicId = (await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm piano', seconds: 30, seed: 1 })).json().id as string;
  const steeringId = (await client.post(`/api/music/${musicId}/steering`)).json().id as string;
  const noteId = (await therapist.post(`/api/sessions/${session.id}/notes`, { format: 'DAP' })).json().id as string;
  await therapist.patch(`/api/notes/${noteId}`, { sections: FILLED });
  const signedNoteId = (await therapist.post(`/api/sessions/${session.id}/notes`, { format: 'DAP' })).json().id as string;
  await therapist.patch(`/api/notes/${signedNoteId}`, { sections: FILLED });
  await therapist.post(`/api/notes/${signedNoteId}/sign`);
  const planId = (await therapist.post(`/api/clients/${clientId}/plans`, PLAN)).json().id as string;
  return {
    clientId,
    pendingClientId: pending.id,
    sessionId: session.id,
    artworkId: art.id,
    inviteId: inv.id,
    token: (inv.url as string).split('/join/')[1]!,
    sketchId: sketch.id,
    pngDataUrl,
    alertId,
    homeworkId,
    musicId,
    steeringId,
    noteId,
    signedNoteId,
    planId,
    reminderId: ((await therapist.get(`/api/sessions/${session.id}/reminders`)).json().reminders as { id: string }[])[0]!.id,
  };
}

/** A fingerprint of every table except the audit log and login sessions (denials are audited). */
async function stateFingerprint(): Promise<string> {
  const tables = [
    'users',
    'clients',
    'invites',
    'therapy_sessions',
    'artworks',
    'settings',
    'artwork_strokes',
    'checkins',
    'measure_responses',
    'reflections',
    'alerts',
    'homework',
    'music_pieces',
    'music_listens',
    'music_steering',
    'artwork_features',
    'notes',
    'note_addenda',
    'treatment_plans',
    'consent_documents',
    'consent_records',
    'groups',
    'group_members',
    'group_sessions',
    'group_attendance',
    'group_notes',
    'group_canvas_updates',
    'group_words',
    'group_votes',
    'group_works',
    'staff_invites',
    'supervisions',
    'practice_owner',
    'care_transfers',
  ];
  // One statement for all tables (each table's rows hashed as before): the refusal tests take
  // this fingerprint twice per request, and one PGlite round trip per table made it most of the file's CPU.
  const columns = tables.map((t, i) => `(SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) FROM ${t} x) AS d${i}`).join(', ');
  const row = (await h.store.db.query<Record<string, string | null>>(`SELECT ${columns}`))[0]!;
  return tables.map((t, i) => `${t}:${row[`d${i}`]}`).join(',');
}

function urlFor(route: string, params: Record<string, string>): string {
  return route.replace(/:([a-zA-Z]+)/g, (_, k: string) => params[k] ?? `missing-${k}`);
}

async function call(agent: Agent, method: string, route: string, e: Entry, fx: Fixtures) {
  const params = e.params?.(fx) ?? { id: fx.clientId };
  const url = urlFor(route, params) + (e.query ?? '');
  if (method === 'POST' && route === '/api/clients/:id/artworks') {
    return agent.upload(url.split('/')[3]!, png);
  }
  if (e.file) {
    const file = e.file();
    return agent.uploadTo(url, file.bytes, file.name, file.type);
  }
  return agent.request({
    method: method as 'GET',
    url,
    ...(e.headers ? { headers: e.headers } : {}),
    ...(method === 'GET' ? {} : { json: e.body?.(fx) ?? {} }),
  });
}

beforeAll(async () => {
  h = await createHarness();
  png = await pngDrawing();
  agents.therapist = await setupTherapist(h);
  const a1 = await addClient(h, agents.therapist, 'Alex', 'alex@home.test');
  agents.client = a1.client;
  agents.foreignTherapist = await addTherapist(h, 'ben@clinic.test', 'Ben Therapist');
  agents.foreignClient = (await addClient(h, agents.foreignTherapist, 'Blair', 'blair@home.test')).client;
  agents.admin = await addAdmin(h);
  agents.anon = h.anon();
  f = await freshFixtures(agents.therapist, agents.client, a1.clientId);
});
afterAll(() => h.close());

describe('authorization matrix', () => {
  it('lists every registered route, and every listed route exists', () => {
    const registered = h.routes.map((r) => `${r.method} ${r.url}`).sort();
    const unlisted = registered.filter((r) => !(r in MATRIX));
    expect(unlisted, 'routes without a matrix entry').toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !registered.includes(k)),
      'matrix entries without a route',
    ).toEqual([]);
  });

  it('matches each route’s declared policy to the matrix', () => {
    for (const r of h.routes) {
      const e = MATRIX[`${r.method} ${r.url}`]!;
      expect(r.reauth ?? false, `${r.method} ${r.url} re-authentication`).toBe(e.reauth ?? false);
      if (e.allow === 'public') expect('public' in r.access, r.url).toBe(true);
      else {
        expect('roles' in r.access && [...r.access.roles].sort(), `${r.method} ${r.url}`).toEqual([...e.allow].sort());
        expect('roles' in r.access && r.access.scope !== undefined, `${r.method} ${r.url} scoped`).toBe(e.scoped);
      }
    }
  });

  // One test per route (in the matrix's order, as one loop before): a route's calls take a few
  // hundred CPU-ms, so each test stays far inside its limit however loaded the machine is, and a
  // failure names its route. The walk over all routes took minutes on a busy 2-core machine as one test.
  describe('refuses every non-public route to the signed-out, to other roles and to other caseloads, changing nothing', () => {
    for (const [key, e] of Object.entries(MATRIX)) {
      if (e.allow === 'public') continue;
      const allow = e.allow;
      it(key, async () => {
        const failures: string[] = [];
        const [method, route] = key.split(' ') as [string, string];
        for (const who of WHO) {
          const roleOf: Role | undefined = who === 'anon' ? undefined : who === 'foreignTherapist' ? 'therapist' : who === 'foreignClient' ? 'client' : who;
          const allowedRole = roleOf !== undefined && allow.includes(roleOf);
          const foreign = who === 'foreignTherapist' || who === 'foreignClient';
          let expected: number | undefined;
          if (!roleOf) expected = 401;
          else if (!allowedRole) expected = 403;
          else if (foreign && e.scoped) expected = 404;
          if (expected === undefined) continue;
          const before = await stateFingerprint();
          const res = await call(agents[who], method, route, e, f);
          const after = await stateFingerprint();
          if (res.statusCode !== expected) failures.push(`${who} ${key}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
          if (before !== after) failures.push(`${who} ${key}: state changed on a refused request`);
        }
        expect(failures).toEqual([]);
      });
    }
  });

  // Every route × every allowed role, destructive ones with a fresh login and a fresh target.
  describe('serves every route to the roles it is for', () => {
    for (const [key, e] of Object.entries(MATRIX)) {
      it(key, async () => {
        const failures: string[] = [];
        const [method, route] = key.split(' ') as [string, string];
        const whos: Who[] = e.allow === 'public' ? WHO : WHO.filter((w) => (e.allow as readonly string[]).includes(w));
        for (const who of whos) {
          let agent = agents[who];
          let fx = f;
          if (e.destructive) {
            if (who !== 'anon')
              agent = await login(
                h,
                who === 'therapist'
                  ? 'ana@clinic.test'
                  : who === 'client'
                    ? 'alex@home.test'
                    : who === 'admin'
                      ? 'ops@clinic.test'
                      : who === 'foreignTherapist'
                        ? 'ben@clinic.test'
                        : 'blair@home.test',
              );
            fx = { ...f, ...(await e.fresh?.()) };
          }
          const prepared = e.prepare ? await e.prepare(who) : {};
          if (prepared.agent) agent = prepared.agent;
          if (e.reauth) await agent.post('/api/auth/reauth', { password: PASSWORD });
          const res = await call(
            agent,
            method,
            route,
            { ...e, ...(prepared.params ? { params: () => prepared.params! } : {}), ...(prepared.body !== undefined ? { body: () => prepared.body } : {}) },
            fx,
          );
          await e.cleanup?.();
          const ok = e.allow === 'public' ? res.statusCode < 500 : res.statusCode >= 200 && res.statusCode < 300;
          if (!ok) failures.push(`${who} ${key}: got ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
        expect(failures).toEqual([]);
      });
    }
  });

  it('lets a supervisor of this caseload read every record route and refuses every write, changing nothing', async () => {
    const sup = await addTherapist(h, 'sup@clinic.test', 'Sam Supervisor');
    await h.store.practice.setSupervisees(sup.userId!, [agents.therapist.userId!], agents.therapist.userId!, new Date());
    await sup.post('/api/auth/reauth', { password: PASSWORD });
    const failures: string[] = [];
    try {
      for (const [key, e] of Object.entries(MATRIX)) {
        if (e.allow === 'public' || !e.scoped || !e.allow.includes('therapist')) continue;
        const [method, route] = key.split(' ') as [string, string];
        // An event stream stays open; a picture job runs on and writes in the background (both are in the matrix above).
        if (route.includes('live-canvas') || route.includes('/jobs/')) continue;
        const read = method === 'GET' && !route.endsWith('/export');
        const prepared = e.prepare ? await e.prepare('therapist') : {};
        const before = await stateFingerprint();
        const res = await call(
          sup,
          method,
          route,
          { ...e, ...(prepared.params ? { params: () => prepared.params! } : {}), ...(prepared.body !== undefined ? { body: () => prepared.body } : {}) },
          f,
        );
        if (read ? res.statusCode >= 300 : res.statusCode !== 403) failures.push(`supervisor ${key}: got ${res.statusCode} ${res.body.slice(0, 120)}`);
        // A read may fill a cache (artwork features) as it does for the therapist; a refused write changes nothing.
        if (!read && before !== (await stateFingerprint())) failures.push(`supervisor ${key}: state changed`);
      }
    } finally {
      await h.store.practice.setSupervisees(sup.userId!, [], agents.therapist.userId!, new Date());
    }
    expect(failures).toEqual([]);
    const entries = await h.store.audit.listForClient(f.clientId, 2000);
    expect(entries.some((x) => x.actorId === sup.userId && x.actorRole === 'supervisor' && x.action === 'client.read')).toBe(true);
    expect((await sup.get(`/api/clients/${f.clientId}`)).statusCode).toBe(404);
  }, 120_000);

  it('shows a therapist only their own caseload', async () => {
    const mine = (await agents.therapist.get('/api/clients')).json().clients.map((c: { id: string }) => c.id);
    const theirs = (await agents.foreignTherapist.get('/api/clients')).json().clients.map((c: { id: string }) => c.id);
    expect(mine).toContain(f.clientId);
    expect(theirs).not.toContain(f.clientId);
    expect(theirs.filter((id: string) => mine.includes(id))).toEqual([]);
  });

  it('audits refused attempts on a client’s record', async () => {
    const entries = await h.store.audit.listForClient(f.clientId, 1000);
    expect(entries.some((e) => e.action === 'access.denied' && e.actorId === agents.foreignTherapist.userId)).toBe(true);
    expect(entries.some((e) => e.action === 'artwork.upload' && e.actorId === agents.client.userId)).toBe(true);
  });

  it('keeps model servers to their owner: see, test and remove by owner, practice-wide read-only, clients only their therapist’s (issue #17 item 5)', async () => {
    const server = async (label: string, ownerId: string, practiceWide: boolean) =>
      (
        await h.store.backends.create(
          {
            id: crypto.randomUUID(),
            kind: 'comfyui',
            label,
            url: 'http://127.0.0.1:9',
            model: null,
            createdBy: ownerId,
            createdAt: new Date(),
            ownerId,
            practiceWide,
          },
          {},
        )
      ).id;
    const S = {
      own: await server('Ana own', agents.therapist.userId!, false),
      theirs: await server('Ben own', agents.foreignTherapist.userId!, false),
      wide: await server('Practice wide', agents.therapist.userId!, true),
    };
    for (const who of ['therapist', 'foreignTherapist', 'admin'] as const) await agents[who].post('/api/auth/reauth', { password: PASSWORD });
    type Server = keyof typeof S;
    // [who, server, test status, remove status] — removal is refused in every row here, so nothing changes between rows.
    const rows: [Who, Server, number, number][] = [
      ['therapist', 'theirs', 404, 404],
      ['foreignTherapist', 'own', 404, 404],
      ['foreignTherapist', 'wide', 200, 403],
      ['client', 'own', 403, 403],
      ['client', 'wide', 403, 403],
      ['foreignClient', 'theirs', 403, 403],
      ['anon', 'wide', 401, 401],
    ];
    const failures: string[] = [];
    for (const [who, name, test, remove] of rows) {
      const t = await agents[who].post(`/api/backends/${S[name]}/test`);
      if (t.statusCode !== test) failures.push(`${who} test ${name}: expected ${test}, got ${t.statusCode}`);
      const d = await agents[who].del(`/api/backends/${S[name]}`);
      if (d.statusCode !== remove) failures.push(`${who} remove ${name}: expected ${remove}, got ${d.statusCode}`);
    }
    const ids = Object.values(S);
    expect((await h.store.backends.list()).filter((b) => ids.includes(b.id))).toHaveLength(3);
    // Who sees which: the staff list, and the studio's "Made by" choice.
    const seen = async (who: Who, url: string) =>
      ((await agents[who].get(url)).json() as { backends: { id: string }[] }).backends
        .map((b) => b.id)
        .filter((id) => ids.includes(id))
        .sort();
    const expected: [Who, string, Server[]][] = [
      ['therapist', '/api/backends', ['own', 'wide']],
      ['foreignTherapist', '/api/backends', ['theirs', 'wide']],
      ['admin', '/api/backends', ['own', 'theirs', 'wide']],
      ['therapist', '/api/studio/backends', ['own', 'wide']],
      ['client', '/api/studio/backends', ['own', 'wide']],
      ['foreignClient', '/api/studio/backends', ['theirs', 'wide']],
    ];
    for (const [who, url, names] of expected) {
      const got = await seen(who, url);
      const want = names.map((n) => S[n]).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${who} ${url}: expected ${names.join(', ')}`);
    }
    const clientView = (await agents.client.get('/api/studio/backends')).body;
    if (clientView.includes('Ben own')) failures.push('a client saw another therapist’s server label');
    // Allowed removals last: the owner removes their own, the practice owner the practice-wide one, an operator anyone's.
    for (const [who, name] of [
      ['foreignTherapist', 'theirs'],
      ['therapist', 'wide'],
      ['admin', 'own'],
    ] as const) {
      const d = await agents[who].del(`/api/backends/${S[name]}`);
      if (d.statusCode !== 200) failures.push(`${who} remove ${name}: expected 200, got ${d.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect((await h.store.backends.list()).filter((b) => ids.includes(b.id))).toEqual([]);
  });
});
