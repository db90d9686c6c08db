/**
 * In-process test harness: a real PGlite database (in memory), the real app, and users that
 * carry their own cookies and CSRF tokens through `app.inject`.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { buildApp } from '../../src/server/index.ts';
import type { BuiltApp, ServerConfig } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import { pgliteTemplate } from './pglite-template.ts';
import type { Store, StoreOptions } from '../../src/store/index.ts';

export interface Harness extends BuiltApp {
  store: Store;
  /** Moves the app's clock (sessions, invites). */
  advance(ms: number): void;
  now(): Date;
  anon(): Agent;
  close(): Promise<void>;
}

export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  userId: string | undefined;
  clientId: string | null = null;
  constructor(private readonly h: BuiltApp) {}

  async request(opts: InjectOptions & { json?: unknown }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = `hearth_session=${this.cookie}`;
    if (this.csrf && opts.method && opts.method !== 'GET') headers['x-csrf-token'] ??= this.csrf;
    const { json, ...rest } = opts;
    const res = await this.h.app.inject({ ...rest, headers, ...(json !== undefined ? { payload: json as object } : {}) });
    const set = res.cookies.find((c) => c.name === 'hearth_session');
    if (set) this.cookie = set.value || undefined;
    return res;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, json?: unknown) => this.request({ method: 'POST', url, json: json ?? {} });
  patch = (url: string, json: unknown) => this.request({ method: 'PATCH', url, json });
  del = (url: string) => this.request({ method: 'DELETE', url });

  /** Remembers the identity from a Me response. */
  adopt(res: LightMyRequestResponse): this {
    const me = res.json() as { csrfToken: string; userId: string; clientId: string | null };
    this.csrf = me.csrfToken;
    this.userId = me.userId;
    this.clientId = me.clientId;
    return this;
  }

  upload(clientId: string, file: Uint8Array, name = 'drawing.png', type = 'image/png', fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.uploadTo(`/api/clients/${clientId}/artworks`, file, name, type, fields);
  }

  /** POSTs one file (field `file`) and text fields as multipart/form-data to `url`. */
  async uploadTo(url: string, file: Uint8Array, name: string, type: string, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const boundary = '----hearthtest' + Math.random().toString(16).slice(2);
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`));
    parts.push(Buffer.from(file));
    parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
    return this.request({
      method: 'POST',
      url,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    });
  }
}

/**
 * `stoppedClock`: the app's clock stands still and moves only by `advance()`, for tests that count
 * exact waits (login throttling): with the default clock (real time plus what `advance()` added),
 * a second of real time passing between requests under load turned an expected 16 s wait into 15 s.
 */
export async function createHarness(config: Partial<ServerConfig> = {}, storeOpts: StoreOptions = {}, opts: { stoppedClock?: boolean } = {}): Promise<Harness> {
  let offset = 0;
  const start = Date.now();
  const clock = () => new Date((opts.stoppedClock ? start : Date.now()) + offset);
  const inMemory = !storeOpts.dataDir && !storeOpts.databaseUrl;
  const store = await openStore({ ...(inMemory ? { pgliteTemplate: await pgliteTemplate() } : {}), ...storeOpts, clock });
  const built = await buildApp({ store, clock, databaseUrl: storeOpts.databaseUrl, config: { logLevel: false, loginAttemptsPerMinute: 1000, ...config } });
  return {
    ...built,
    store,
    advance: (ms) => {
      offset += ms;
    },
    now: clock,
    anon: () => new Agent(built),
    close: async () => {
      await built.app.close();
      await store.close();
    },
  };
}

export const PASSWORD = 'quiet river lantern 42';

/** Creates the first therapist through the setup route. */
export async function setupTherapist(h: Harness, email = 'ana@clinic.test', displayName = 'Ana Therapist'): Promise<Agent> {
  const a = h.anon();
  const res = await a.post('/api/setup', { email, displayName, password: PASSWORD });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.body}`);
  return a.adopt(res);
}

/** A further therapist (setup is once only), created in the store directly. */
export async function addTherapist(h: Harness, email: string, displayName: string): Promise<Agent> {
  const { hashPassword } = await import('../../src/server/index.ts');
  const { randomUUID } = await import('node:crypto');
  await h.store.users.create({ id: randomUUID(), role: 'therapist', email, displayName, passwordHash: await hashPassword(PASSWORD), createdAt: new Date() });
  return login(h, email);
}

export async function addAdmin(h: Harness, email = 'ops@clinic.test'): Promise<Agent> {
  const { hashPassword } = await import('../../src/server/index.ts');
  const { randomUUID } = await import('node:crypto');
  await h.store.users.create({
    id: randomUUID(),
    role: 'admin',
    email,
    displayName: 'Operator',
    passwordHash: await hashPassword(PASSWORD),
    createdAt: new Date(),
  });
  return login(h, email);
}

export async function login(h: Harness, email: string, password = PASSWORD): Promise<Agent> {
  const a = h.anon();
  const res = await a.post('/api/auth/login', { email, password });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return a.adopt(res);
}

/** What a joining client agrees to by default: everything but sending work to an outside model server. */
export const DEFAULT_TEST_CONSENT = ['builtin_ai', 'insights', 'music', 'group'] as const;

/** The client signs the current consent document through the API, granting `scopes`. */
export async function signConsent(
  client: Agent,
  clientId: string,
  scopes: readonly string[] = DEFAULT_TEST_CONSENT,
  signature = 'Test Client',
): Promise<LightMyRequestResponse> {
  const doc = (await client.get('/api/consent/document')).json() as { version: string };
  const res = await client.post(`/api/clients/${clientId}/consent`, { documentVersion: doc.version, scopes, signature });
  if (res.statusCode !== 201) throw new Error(`consent failed: ${res.body}`);
  return res;
}

/**
 * Therapist adds a client, invites them, and the client joins and signs the consent document
 * (all scopes but `external_ai`, unless `opts.consent` says otherwise; `false` skips signing).
 */
export async function addClient(
  h: Harness,
  therapist: Agent,
  name: string,
  email: string,
  opts: { consent?: readonly string[] | false } = {},
): Promise<{ clientId: string; client: Agent }> {
  const created = await therapist.post('/api/clients', { displayName: name });
  if (created.statusCode !== 201) throw new Error(`create client failed: ${created.body}`);
  const clientId = (created.json() as { id: string }).id;
  const inv = await therapist.post(`/api/clients/${clientId}/invites`);
  const token = (inv.json() as { url: string }).url.split('/join/')[1]!;
  const c = h.anon();
  const joined = await c.post(`/api/invites/by-token/${token}/accept`, { email, password: PASSWORD });
  if (joined.statusCode !== 201) throw new Error(`join failed: ${joined.body}`);
  c.adopt(joined);
  if (opts.consent !== false) await signConsent(c, clientId, opts.consent ?? DEFAULT_TEST_CONSENT, name);
  return { clientId, client: c };
}

/** A small PNG drawing made with sharp. */
export async function pngDrawing(width = 64, height = 48, colour = '#3366aa'): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="${colour}"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}
