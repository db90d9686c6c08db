import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Harness } from '../../test/helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('API surface', () => {
  it('reports readiness', async () => {
    const res = await h.anon().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'pglite' });
  });

  it('describes every API route in /api/openapi.json, generated from the validation schemas', async () => {
    const doc = (await h.anon().get('/api/openapi.json')).json() as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; responses?: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`)),
    );
    const missing = h.routes
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
    const create = doc.paths['/api/clients']?.post;
    expect(JSON.stringify(create?.requestBody)).toContain('displayName');
    expect(create?.responses?.['201']).toBeDefined();
  });

  it('answers every failure with one error shape and a stable code', async () => {
    const t = await setupTherapist(h);
    const cases = [
      { res: await h.anon().get('/api/nope'), status: 404, code: 'not_found' },
      {
        res: await t.request({ method: 'POST', url: '/api/clients', headers: { 'content-type': 'application/json' }, payload: '{"displayName": ' }),
        status: 400,
        code: 'invalid_request',
      },
      { res: await t.post('/api/clients', { displayName: '' }), status: 400, code: 'invalid_request' },
      { res: await t.post('/api/clients', { displayName: 'x'.repeat(500) }), status: 400, code: 'invalid_request' },
      {
        res: await t.request({
          method: 'POST',
          url: '/api/clients',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ displayName: 'x', goals: 'y'.repeat(1_100_000) }),
        }),
        status: 413,
        code: 'payload_too_large',
      },
      {
        res: await t.request({ method: 'POST', url: '/api/clients', headers: { 'content-type': 'text/plain' }, payload: 'hi' }),
        status: 415,
        code: 'unsupported_media_type',
      },
      { res: await t.get('/api/clients/not-a-uuid'), status: 404, code: 'not_found' },
      { res: await t.patch('/api/sessions/00000000-0000-4000-8000-000000000000', { title: 'x' }), status: 404, code: 'not_found' },
    ];
    for (const c of cases) {
      expect(c.res.statusCode, c.res.body).toBe(c.status);
      const body = c.res.json() as { error: { code: string; message: string } };
      expect(body.error.code).toBe(c.code);
      expect(body.error.message.length).toBeGreaterThan(5);
    }
    const bad = (await t.post('/api/clients', { displayName: '' })).json();
    expect(bad.error.message).toMatch(/displayName/);
  });

  it('refuses invalid session transitions with a clear message', async () => {
    const t = await setupTherapist(h).catch(async () => (await import('../../test/helpers/harness.ts')).login(h, 'ana@clinic.test'));
    const c = (await t.post('/api/clients', { displayName: 'Kim' })).json();
    const s = (await t.post(`/api/clients/${c.id}/sessions`, { scheduledAt: '2026-12-01T10:00:00+01:00' })).json();
    const skip = await t.patch(`/api/sessions/${s.id}`, { status: 'completed' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toMatch(/scheduled session can move to in progress or cancelled/);
    expect((await t.patch(`/api/sessions/${s.id}`, { status: 'in_progress' })).json().startedAt).not.toBeNull();
    const done = (await t.patch(`/api/sessions/${s.id}`, { status: 'completed' })).json();
    expect(done.status).toBe('completed');
    expect(done.endedAt).not.toBeNull();
  });

  it('sends a strict Content-Security-Policy and security headers', async () => {
    const res = await h.anon().get('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
