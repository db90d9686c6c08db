/**
 * The web app's typed client (openapi-fetch + the session middleware) against a real server over
 * real HTTP, with a fetch that keeps the session cookie as a browser does: the CSRF token goes on
 * writes only, every failure is an ApiError with the server's code, message and field details,
 * a "not signed in" answer calls the session-ended hook, an unreachable server is a `network`
 * error, FormData uploads keep their multipart body, and binary answers come back as a Blob.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, createHarness, pngDrawing } from '../../../test/helpers/harness.ts';
import type { Harness } from '../../../test/helpers/harness.ts';
import { multipart } from './client.ts';
import { ApiError, createHttpClient, data, onSessionEnded, setCsrfToken } from './http.ts';

interface Sent {
  method: string;
  path: string;
  headers: Headers;
}

let h: Harness;
let base: string;
const sent: Sent[] = [];
let cookie = '';

/** fetch as a browser on the app's origin would do it: the session cookie kept and sent back. */
const browserFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const req = new Request(input, init);
  const headers = new Headers(req.headers);
  if (cookie) headers.set('cookie', cookie);
  sent.push({ method: req.method, path: new URL(req.url).pathname, headers });
  const body = req.method === 'GET' ? undefined : await req.arrayBuffer();
  const res = await fetch(req.url, { method: req.method, headers, body });
  const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  if (set.length) cookie = set.join('; ');
  return res;
};

const last = (): Sent => sent[sent.length - 1]!;

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

beforeAll(async () => {
  h = await createHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  setCsrfToken(null);
  onSessionEnded(null);
  await h.close();
});

describe('the typed web client', () => {
  const http = () => createHttpClient({ baseUrl: base, fetch: browserFetch });

  it('asks for JSON, sends the CSRF token on writes only, and types what comes back', async () => {
    const api = http();
    expect((await data(api.GET('/api/setup'))).needsSetup).toBe(true);
    expect(last().headers.get('accept')).toBe('application/json');
    expect(last().headers.get('x-csrf-token')).toBeNull();

    const me = await data(api.POST('/api/setup', { body: { email: 'ana@clinic.test', displayName: 'Ana', password: PASSWORD } }));
    expect(me.role).toBe('therapist');
    setCsrfToken(me.csrfToken);

    const client = await data(api.POST('/api/clients', { body: { displayName: 'Robin', goals: 'Sleep better' } }));
    expect(last().headers.get('x-csrf-token')).toBe(me.csrfToken);
    expect(last().headers.get('content-type')).toBe('application/json');
    expect(client).toMatchObject({ displayName: 'Robin', goals: 'Sleep better', status: 'active' });

    const list = await data(api.GET('/api/clients', { params: { query: { archived: 'false' } } }));
    expect(last().headers.get('x-csrf-token')).toBeNull();
    expect(list.clients.map((c) => c.id)).toEqual([client.id]);
    const one = await data(api.GET('/api/clients/{id}', { params: { path: { id: client.id } } }));
    expect(one.displayName).toBe('Robin');
  });

  it('turns failures into ApiErrors with the server’s stable code, message and field details', async () => {
    const api = http();
    const invalid = await failure(data(api.POST('/api/clients', { body: { displayName: '' } })));
    expect(invalid.status).toBe(400);
    expect(invalid.code).toBe('invalid_request');
    expect(invalid.fieldErrors().displayName).toMatch(/.{5,}/);

    const missing = await failure(data(api.GET('/api/clients/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } })));
    expect([missing.status, missing.code]).toEqual([404, 'not_found']);
    expect(missing.message.length).toBeGreaterThan(5);

    setCsrfToken(null);
    const forged = await failure(data(api.POST('/api/clients', { body: { displayName: 'Kim' } })));
    expect([forged.status, forged.code]).toEqual([403, 'csrf_failed']);
    expect(forged.message).toMatch(/security token/);
    const names = (await data(api.GET('/api/clients'))).clients.map((c) => c.displayName);
    expect(names).toEqual(['Robin']);
  });

  it('sends FormData uploads as multipart and returns binary answers as a Blob', async () => {
    const api = http();
    const me = await data(api.GET('/api/auth/me'));
    setCsrfToken(me.csrfToken);
    const [client] = (await data(api.GET('/api/clients'))).clients;
    const form = new FormData();
    form.append('title', 'Blue circle');
    form.append('file', new Blob([new Uint8Array(await pngDrawing(80, 60))], { type: 'image/png' }), 'circle.png');
    const art = await data(api.POST('/api/clients/{id}/artworks', { params: { path: { id: client!.id } }, ...multipart(form) }));
    expect(last().headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(art).toMatchObject({ title: 'Blue circle', kind: 'upload', width: 80, height: 60 });

    const needsPassword = await failure(data(api.GET('/api/clients/{id}/export', { params: { path: { id: client!.id } }, parseAs: 'blob' })));
    expect(needsPassword.code).toBe('reauth_required');
    await data(api.POST('/api/auth/reauth', { body: { password: PASSWORD } }));
    const zip = await api.GET('/api/clients/{id}/export', { params: { path: { id: client!.id } }, parseAs: 'blob' });
    const bytes = new Uint8Array(await zip.data!.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(zip.response.headers.get('content-disposition')).toMatch(/filename=".+\.zip"/);
  });

  it('tells the app once the session has ended, and only then', async () => {
    const api = http();
    let ended = 0;
    onSessionEnded(() => ended++);
    await failure(data(api.GET('/api/clients/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } })));
    expect(ended).toBe(0);
    await data(api.POST('/api/auth/logout'));
    const gone = await failure(data(api.GET('/api/clients')));
    expect([gone.status, gone.code]).toEqual([401, 'not_signed_in']);
    expect(ended).toBe(1);
  });

  it('reports a server it cannot reach as a network error', async () => {
    const gone = Fastify();
    const addr = await gone.listen({ port: 0, host: '127.0.0.1' });
    await gone.close();
    const e = await failure(data(createHttpClient({ baseUrl: addr }).GET('/api/setup')));
    expect([e.status, e.code]).toEqual([0, 'network']);
    expect(e.message).toMatch(/could not be reached/);
  });
});
