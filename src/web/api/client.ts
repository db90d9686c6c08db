/**
 * A small typed client for the Hearth HTTP API. It keeps the CSRF token of the current session
 * (from /api/auth/me or a login response) and sends it on every state-changing request, and turns
 * every failure into an ApiError carrying the server's stable code and plain-words message.
 */
import type { z } from 'zod';
import type {
  Artwork,
  ArtworkList,
  AuditList,
  Client,
  ClientList,
  Invite,
  InviteList,
  InvitePeek,
  Me,
  SetupStatus,
  TherapySession,
  TherapySessionList,
} from '../../domain/api/schemas.ts';

export type { Artwork, Client, Invite, Me, TherapySession };
export type AuditEntry = z.infer<typeof AuditList>['entries'][number];
export type InviteCheck = z.infer<typeof InvitePeek>;

/** A failed request: `code` is stable (switch on it), `message` is for people. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Field messages from the server's validation details, keyed by field name (`body.password` → `password`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!Array.isArray(this.details)) return out;
    for (const d of this.details as { path?: unknown; message?: unknown }[]) {
      if (typeof d.path !== 'string' || typeof d.message !== 'string') continue;
      const field = d.path.replace(/^body\.?/, '');
      if (field && !out[field]) out[field] = d.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Remembers the CSRF token of the signed-in session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session has ended (idle timeout, sign-out elsewhere). */
export function onSessionEnded(fn: (() => void) | null): void {
  onSignedOut = fn;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One call to the API: JSON (or FormData) in, JSON out, the CSRF token on writes, failures as
 * ApiError. Feature modules build their typed calls on this instead of their own fetch wrapper.
 */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Hearth could not be reached. Check that it is still running and try again.');
  }
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    const apiError = new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `Something went wrong (HTTP ${res.status}). Please try again.`, err?.details);
    if (apiError.code === 'not_signed_in' && onSignedOut) onSignedOut();
    throw apiError;
  }
  return json as T;
}

/** GETs a file (e.g. an export ZIP) as a Blob with its suggested file name; failures as ApiError, like `request`. */
export async function requestFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'GET', credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Hearth could not be reached. Check that it is still running and try again.');
  }
  if (res.ok) return { blob: await res.blob(), filename: /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? null };
  const err = ((await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
  const apiError = new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `Something went wrong (HTTP ${res.status}). Please try again.`, err?.details);
  if (apiError.code === 'not_signed_in' && onSignedOut) onSignedOut();
  throw apiError;
}

const get = <T>(path: string) => request<T>('GET', path);
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
const del = <T>(path: string) => request<T>('DELETE', path);
const enc = encodeURIComponent;

/** Signs in or joins: every call that returns a Me also adopts its CSRF token. */
async function adopt(p: Promise<Me>): Promise<Me> {
  const me = await p;
  setCsrfToken(me.csrfToken);
  return me;
}

export const api = {
  setupStatus: () => get<z.infer<typeof SetupStatus>>('/api/setup'),
  setup: (b: { displayName: string; email: string; password: string }) => adopt(post<Me>('/api/setup', b)),
  login: (b: { email: string; password: string }) => adopt(post<Me>('/api/auth/login', b)),
  me: () => adopt(get<Me>('/api/auth/me')),
  /** Who is signed in, or null: answers 200 either way, so a first visit logs no error. */
  session: async (): Promise<Me | null> => {
    const r = await get<{ signedIn: boolean; me: Me | null }>('/api/auth/session');
    setCsrfToken(r.me?.csrfToken ?? null);
    return r.me;
  },
  logout: async () => {
    await post<{ ok: true }>('/api/auth/logout');
    setCsrfToken(null);
  },

  clients: (archived: boolean) => get<z.infer<typeof ClientList>>(`/api/clients${archived ? '?archived=true' : ''}`).then((r) => r.clients),
  client: (id: string) => get<Client>(`/api/clients/${enc(id)}`),
  createClient: (b: { displayName: string; pronouns?: string; goals?: string }) => post<Client>('/api/clients', b),
  updateClient: (id: string, b: { displayName?: string; pronouns?: string | null; goals?: string; status?: Client['status'] }) => patch<Client>(`/api/clients/${enc(id)}`, b),
  audit: (clientId: string) => get<z.infer<typeof AuditList>>(`/api/clients/${enc(clientId)}/audit`).then((r) => r.entries),

  invites: (clientId: string) => get<z.infer<typeof InviteList>>(`/api/clients/${enc(clientId)}/invites`).then((r) => r.invites),
  createInvite: (clientId: string) => post<Invite>(`/api/clients/${enc(clientId)}/invites`),
  revokeInvite: (id: string) => del<{ ok: true }>(`/api/invites/${enc(id)}`),
  checkInvite: (token: string) => get<InviteCheck>(`/api/invites/by-token/${enc(token)}`),
  acceptInvite: (token: string, b: { email: string; password: string; displayName?: string }) => adopt(post<Me>(`/api/invites/by-token/${enc(token)}/accept`, b)),

  sessions: (clientId: string) => get<z.infer<typeof TherapySessionList>>(`/api/clients/${enc(clientId)}/sessions`).then((r) => r.sessions),
  createSession: (clientId: string, b: { title?: string; scheduledAt: string }) => post<TherapySession>(`/api/clients/${enc(clientId)}/sessions`, b),
  updateSession: (id: string, b: { status?: TherapySession['status']; title?: string; scheduledAt?: string }) => patch<TherapySession>(`/api/sessions/${enc(id)}`, b),

  artworks: (clientId: string) => get<z.infer<typeof ArtworkList>>(`/api/clients/${enc(clientId)}/artworks`).then((r) => r.artworks),
  artwork: (id: string) => get<Artwork>(`/api/artworks/${enc(id)}`),
  uploadArtwork: (clientId: string, file: File, title: string) => {
    const form = new FormData();
    if (title) form.append('title', title);
    form.append('file', file);
    return request<Artwork>('POST', `/api/clients/${enc(clientId)}/artworks`, form);
  },
  renameArtwork: (id: string, title: string) => patch<Artwork>(`/api/artworks/${enc(id)}`, { title }),
  binArtwork: (id: string) => del<{ ok: true }>(`/api/artworks/${enc(id)}`),
};

/** The message to show for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something unexpected went wrong. Please try again.';
}
