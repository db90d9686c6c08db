/**
 * The core calls of the Hearth HTTP API (setup, sign-in, caseload, invites, sessions, artworks)
 * on the typed client in `http.ts`, and the names pages use: ApiError, the CSRF and session-end
 * hooks, `messageOf`. Every type here is taken from the generated OpenAPI `paths`.
 */
import { ApiError, data, http, setCsrfToken } from './http.ts';
import type { Body, Reply } from './types.ts';

export { ApiError, onSessionEnded, setCsrfToken } from './http.ts';

export type Me = Reply<'/api/auth/me', 'get'>;
export type Client = Reply<'/api/clients/{id}', 'get'>;
export type Artwork = Reply<'/api/artworks/{id}', 'get'>;
export type Invite = Reply<'/api/clients/{id}/invites', 'post', 201>;
export type TherapySession = Reply<'/api/sessions/{id}', 'get'>;
export type AuditEntry = Reply<'/api/clients/{id}/audit', 'get'>['entries'][number];

/** `{ params: { path: { id } } }`: the options of a call on one record. */
export const byId = (id: string) => ({ params: { path: { id } } });

/** Signs in or joins: every call that returns a Me also adopts its CSRF token. */
async function adopt(p: Promise<Me>): Promise<Me> {
  const me = await p;
  setCsrfToken(me.csrfToken);
  return me;
}

export const api = {
  setupStatus: () => data(http.GET('/api/setup')),
  setup: (body: Body<'/api/setup', 'post'>) => adopt(data(http.POST('/api/setup', { body }))),
  me: () => adopt(data(http.GET('/api/auth/me'))),
  /** Who is signed in, or null: answers 200 either way, so a first visit logs no error. */
  session: async (): Promise<Me | null> => {
    const r = await data(http.GET('/api/auth/session'));
    setCsrfToken(r.me?.csrfToken ?? null);
    return r.me;
  },
  /** Confirms the password again before a sensitive step (2FA changes, model servers, exports). */
  reauth: (password: string) => data(http.POST('/api/auth/reauth', { body: { password } })),
  logout: async () => {
    await data(http.POST('/api/auth/logout'));
    setCsrfToken(null);
  },

  clients: (archived: boolean) => data(http.GET('/api/clients', { params: { query: archived ? { archived: 'true' } : {} } })).then((r) => r.clients),
  client: (id: string) => data(http.GET('/api/clients/{id}', byId(id))),
  createClient: (body: Body<'/api/clients', 'post'>) => data(http.POST('/api/clients', { body })),
  updateClient: (id: string, body: Body<'/api/clients/{id}', 'patch'>) => data(http.PATCH('/api/clients/{id}', { ...byId(id), body })),
  audit: (clientId: string) => data(http.GET('/api/clients/{id}/audit', byId(clientId))).then((r) => r.entries),

  invites: (clientId: string) => data(http.GET('/api/clients/{id}/invites', byId(clientId))).then((r) => r.invites),
  createInvite: (clientId: string) => data(http.POST('/api/clients/{id}/invites', byId(clientId))),
  revokeInvite: (id: string) => data(http.DELETE('/api/invites/{id}', byId(id))),
  checkInvite: (token: string) => data(http.GET('/api/invites/by-token/{token}', { params: { path: { token } } })),
  acceptInvite: (token: string, body: Body<'/api/invites/by-token/{token}/accept', 'post'>) =>
    adopt(data(http.POST('/api/invites/by-token/{token}/accept', { params: { path: { token } }, body }))),

  sessions: (clientId: string) => data(http.GET('/api/clients/{id}/sessions', byId(clientId))).then((r) => r.sessions),
  createSession: (clientId: string, body: Body<'/api/clients/{id}/sessions', 'post'>) =>
    data(http.POST('/api/clients/{id}/sessions', { ...byId(clientId), body })),
  updateSession: (id: string, body: Body<'/api/sessions/{id}', 'patch'>) => data(http.PATCH('/api/sessions/{id}', { ...byId(id), body })),

  artworks: (clientId: string) => data(http.GET('/api/clients/{id}/artworks', byId(clientId))).then((r) => r.artworks),
  artwork: (id: string) => data(http.GET('/api/artworks/{id}', byId(id))),
  uploadArtwork: (clientId: string, file: File, title: string) => {
    const form = new FormData();
    if (title) form.append('title', title);
    form.append('file', file);
    return data(http.POST('/api/clients/{id}/artworks', { ...byId(clientId), ...multipart(form) }));
  },
  renameArtwork: (id: string, title: string) => data(http.PATCH('/api/artworks/{id}', { ...byId(id), body: { title } })),
  binArtwork: (id: string) => data(http.DELETE('/api/artworks/{id}', byId(id))),

  /** The whole record as a ZIP (a Blob, not JSON) and the file name the server suggests; asks for `reauth` first (`reauth_required`). */
  exportRecord: async (clientId: string): Promise<{ blob: Blob; filename: string | null }> => {
    const { data: blob, response } = await http.GET('/api/clients/{id}/export', { ...byId(clientId), parseAs: 'blob' });
    const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null;
    return { blob: blob ?? new Blob([]), filename };
  },
};

/**
 * A multipart upload's body. The upload routes read their file with the multipart plugin, so the
 * document describes no request body for them and the typed call would accept none; the FormData
 * goes through as it is (the browser sets the boundary) and the answer is still typed.
 */
export function multipart(form: FormData): { body?: never } {
  return { body: form as never };
}

/** The message to show for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something unexpected went wrong. Please try again.';
}
