/**
 * Hardening through a started server (real sockets, the real built web app): a strict CSP with no
 * inline script, security headers, request-size limits, rate limits on sign-in and its code
 * step, and static serving that never climbs out of the web root.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureWebBuilt } from '../../test/helpers/e2e.ts';
import { PASSWORD, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let base: string;
let port: number;

beforeAll(async () => {
  ensureWebBuilt();
  h = await createHarness({ webRoot: join(ROOT, 'dist', 'web'), loginAttemptsPerMinute: 5, maxUploadBytes: 64 * 1024 });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  port = (h.app.server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
}, 180_000);
afterAll(() => h.close());

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString('latin1')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function cspDirectives(header: string | null): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) m.set(name.toLowerCase(), values);
  }
  return m;
}

describe('content security policy and headers', () => {
  it('serves the built index.html with no inline script, and a script-src without unsafe-inline or unsafe-eval', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, 'every script is external').toMatch(/\bsrc=/);
      expect(body!.trim(), 'no inline script body').toBe('');
    }
    expect(html, 'no inline event handlers').not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const csp = cspDirectives(res.headers.get('content-security-policy'));
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
    expect(scriptSrc).toEqual(["'self'"]);
    for (const d of ['script-src', 'default-src', 'style-src']) {
      expect(csp.get(d) ?? [], d).not.toContain("'unsafe-inline'");
      expect(csp.get(d) ?? [], d).not.toContain("'unsafe-eval'");
    }
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    // The scripts the page loads are same-origin files the server really serves.
    for (const [, attrs] of scripts) {
      const src = /src="([^"]+)"/.exec(attrs!)![1]!;
      expect(src.startsWith('/')).toBe(true);
      expect((await fetch(`${base}${src}`)).headers.get('content-type')).toMatch(/javascript/);
    }
  });

  it('sends the security headers on pages and API answers alike', async () => {
    for (const path of ['/', '/api/health', '/api/clients', '/no/such/page']) {
      const res = await fetch(`${base}${path}`);
      const hd = res.headers;
      expect(hd.get('x-content-type-options'), path).toBe('nosniff');
      expect(hd.get('referrer-policy'), path).toBe('no-referrer');
      expect(hd.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(hd.get('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(hd.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(cspDirectives(hd.get('content-security-policy')).get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(hd.get('x-powered-by'), path).toBeNull();
    }
  });
});

describe('limits', () => {
  it('refuses JSON bodies over 1 MiB with 413 and a clear message, before any handler runs', async () => {
    const users = await h.store.users.countByRole('therapist');
    const res = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'big@x.test', displayName: 'x'.repeat(1_100_000), password: PASSWORD }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toMatch(/too large/);
    expect(await h.store.users.countByRole('therapist')).toBe(users);
  });

  it('refuses an upload over the configured file size with 413', async () => {
    const t = await setupTherapist(h);
    const clientId = (await t.post('/api/clients', { displayName: 'Sizer' })).json().id as string;
    const res = await t.upload(clientId, new Uint8Array(80 * 1024).fill(7), 'big.png', 'image/png');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect((await h.store.db.query('SELECT 1 FROM artworks WHERE client_id = $1', [clientId])).length).toBe(0);
  });

  it('rate-limits password sign-in per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@x.test', password: 'guess number ' + i }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('rate-limits the code step per address (per-login and per-account limits: account.test.ts)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await h.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { pendingToken: 'y'.repeat(43), code: '000000' } });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe('static files', () => {
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
  const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8').slice(0, 40);
  const attempts = [
    '/../../etc/passwd',
    '/../../../../../../etc/passwd',
    '/assets/../../../etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
    '/..%5c..%5c..%5cetc%5cpasswd',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/%00../../etc/passwd',
  ];
  /** Not even valid URL encoding: refused as a bad request. */
  const malformed = ['/assets/..%c0%af..%c0%afetc/passwd', '/%e0%80%ae%e0%80%ae/etc/passwd'];

  it('answers every traversal attempt with 404 and never with a file from outside the web root', async () => {
    for (const path of attempts) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain(passwd);
      expect(res.body, path).not.toContain(pkg);
      expect(res.body, path).not.toContain('<div id="root">');
    }
    for (const path of malformed) {
      const res = await rawGet(path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain(passwd);
    }
  });

  it('still serves real assets and the SPA fallback', async () => {
    expect((await rawGet('/favicon.svg')).body).toContain('<svg');
    expect((await rawGet('/clients/123')).body).toContain('<div id="root">');
  });
});
