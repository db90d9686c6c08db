/**
 * Builds the HTTP app: security headers, cookies, rate limits, uploads, schemas → OpenAPI,
 * auth and access control, the API routes, and the built web app with an SPA fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { crisisModelFromEnv } from '../backends/crisis-model.backend.ts';
import { suggestionWordingFromEnv } from '../services/directives/openai-wording.ts';
import type { ModelWording } from '../services/directives/openai-wording.ts';
import type { CrisisModel } from '../backends/crisis-model.backend.ts';
import { settleModelScreens } from '../services/safety/screen-client-text.ts';
import {
  ConfiguredBackends,
  createBuiltinImageBackend,
  createBuiltinMusicBackend,
  describeBackendFailure,
  soundBankFromEnv,
  textBackendFromEnv,
} from '../backends/index.ts';
import type { ImageBackend, MusicBackend, TextBackend } from '../backends/index.ts';
import { modelServerLoader } from '../services/backends/model-servers.service.ts';
import { GroupCanvasHub } from '../services/groups/canvas-hub.ts';
import { EnginePool, poolAwareImageBackend } from '../services/jobs/engine-pool.ts';
import { LocalEventBus, PgEventBus } from '../services/jobs/event-bus.ts';
import { MusicThread } from '../services/jobs/music-thread.ts';
import type { EventBus } from '../services/jobs/event-bus.ts';
import { JobRunner } from '../services/jobs/job-runner.ts';
import { LiveCanvasHub } from '../services/studio/live-canvas-hub.ts';
import { registerStudioJobs } from '../services/studio/studio.service.ts';
import type { Clock, Store } from '../store/index.ts';
import { installAccess } from './access.ts';
import type { RegisteredRoute } from './access.ts';
import { installAuth } from './auth.ts';
import { defaultServerConfig } from './config.ts';
import type { ServerConfig } from './config.ts';
import type { App, Deps } from './deps.ts';
import { installErrorHandler } from './errors.ts';
import { installInputGuard } from './input-guard.ts';
import { accountRoutes } from './routes/account.routes.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { artworkRoutes } from './routes/artworks.routes.ts';
import { authRoutes, reauthRoutes } from './routes/auth.routes.ts';
import { backendRoutes } from './routes/backends.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { jobRoutes } from './routes/jobs.routes.ts';
import { clientRoutes } from './routes/clients.routes.ts';
import { clinicalRoutes } from './routes/clinical.routes.ts';
import { consentRoutes } from './routes/consent.routes.ts';
import { directiveRoutes } from './routes/directives.routes.ts';
import { exportRoutes } from './routes/export.routes.ts';
import { groupRoutes } from './routes/groups.routes.ts';
import { homeworkRoutes } from './routes/homework.routes.ts';
import { insightRoutes } from './routes/insights.routes.ts';
import { inviteRoutes } from './routes/invites.routes.ts';
import { musicRoutes } from './routes/music.routes.ts';
import { noteRoutes } from './routes/notes.routes.ts';
import { planRoutes } from './routes/plans.routes.ts';
import { seriesRoutes } from './routes/series.routes.ts';
import { supportsRoutes } from './routes/supports.routes.ts';
import { practiceRoutes } from './routes/practice.routes.ts';
import { sessionRoutes } from './routes/sessions.routes.ts';
import { reminderRoutes } from './routes/reminders.routes.ts';
import { studioRoutes } from './routes/studio.routes.ts';
import { alertEventRoutes } from './routes/alert-events.routes.ts';
import { systemRoutes } from './routes/system.routes.ts';

export interface AppOptions {
  store: Store;
  /** The image generator; the built-in engine unless given. */
  imageBackend?: ImageBackend;
  musicBackend?: MusicBackend;
  textBackend?: TextBackend;
  /** The crisis model; default from HEARTH_CRISIS_MODEL / HEARTH_TEXT_URL / HEARTH_TEXT_MODEL (off). */
  crisisModel?: CrisisModel | null;
  /** Wording of directive suggestions by a language model; default from HEARTH_TEXT_URL / HEARTH_TEXT_MODEL (none: built-in words). */
  suggestionWording?: ModelWording | null;
  config?: Partial<ServerConfig>;
  clock?: Clock;
  version?: string;
  /** PostgreSQL URL (the store's): jobs go through pg-boss and events through LISTEN/NOTIFY, so several nodes share them. */
  databaseUrl?: string;
  /** Whether this node runs jobs as well as accepting them (default true; false leaves them to `hearth worker`). */
  runJobs?: boolean;
  /** Engine threads to share (tests); default a pool of this node's own, closed with the app. */
  engines?: EnginePool;
}

export interface BuiltApp {
  app: App;
  /** Requests whose response has not finished yet (graceful shutdown waits for these). */
  inflight: () => number;
  /** Every API route with its access policy (for the authorization matrix). */
  routes: RegisteredRoute[];
  config: ServerConfig;
}

/** A path that tries to climb out of the web root (`..`, encoded or not, backslashes, NUL): never answered with a page. */
function isTraversal(url: string): boolean {
  let path = url.split('?')[0] ?? '';
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(path);
      if (next === path) break;
      path = next;
    } catch {
      return true;
    }
  }
  return /(^|[/\\])\.\.([/\\]|$)/.test(path) || path.includes('\\') || path.includes('\0');
}

/** Sets the headers `reply.helmet()` sets, computed on the first request (they depend only on the options). */
function staticHelmet(): (req: FastifyRequest, reply: FastifyReply) => Promise<void> {
  let headers: Record<string, string | number | string[]> | null = null;
  return async (_req, reply) => {
    if (!headers) {
      const before = new Set(reply.raw.getHeaderNames());
      await reply.helmet();
      const all = reply.raw.getHeaders();
      headers = Object.fromEntries(Object.entries(all).filter(([k, v]) => !before.has(k) && v !== undefined)) as Record<string, string | number | string[]>;
      return;
    }
    for (const k in headers) reply.raw.setHeader(k, headers[k]!);
    reply.raw.removeHeader('x-powered-by');
  };
}

export async function buildApp(opts: AppOptions): Promise<BuiltApp> {
  const config: ServerConfig = { ...defaultServerConfig, ...opts.config };
  const clock = opts.clock ?? (() => new Date());
  const app = Fastify({
    logger:
      config.logLevel === false
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'], ...(config.logStream ? { stream: config.logStream } : {}) },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy === false ? false : config.trustProxy,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.removeContentTypeParser('text/plain'); // the API speaks JSON and multipart only
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  const inflight = new Set<string>();
  app.addHook('onRequest', async (req, reply) => {
    inflight.add(req.id);
    reply.raw.once('close', () => inflight.delete(req.id));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'blob:', 'data:'],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
    // The plugin builds helmet anew on every request (≈ 0.1 ms); the headers never vary here, so
    // they are made once, on the first request, and set from then on (`staticHelmet` below).
    global: false,
  });
  app.addHook('onRequest', staticHelmet());
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Hearth API', version: opts.version ?? '0.0.0', description: 'Private, therapist-led studio for AI-assisted art and music therapy.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  // Every API answer may carry clinical data: no browser or proxy may keep a copy (static assets are not under /api).
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    return payload;
  });

  const routes: RegisteredRoute[] = [];
  installAuth(app, opts.store, config, clock);
  installInputGuard(app);
  installAccess(app, opts.store, routes, clock);

  // Sampled instruments: the bundled General MIDI bank (HEARTH_SOUNDBANK) is read on the first
  // piece played, once per process.
  const musicBackend =
    opts.musicBackend ?? createBuiltinMusicBackend({ soundBank: () => soundBankFromEnv(process.env, (reason) => app.log.warn({ reason }, 'music')) });
  // Pieces render and recordings are analysed on one music thread (lazily started), unless a
  // backend was injected (it renders in-process) or HEARTH_MUSIC_THREAD=0.
  const musicThread = !opts.musicBackend && process.env.HEARTH_MUSIC_THREAD !== '0' ? new MusicThread() : null;
  const engines = opts.engines ?? new EnginePool();
  const bus: EventBus = opts.databaseUrl ? await PgEventBus.open(opts.databaseUrl) : new LocalEventBus();
  const deps: Deps = {
    store: opts.store,
    config,
    clock,
    version: opts.version ?? '0.0.0',
    startedAt: Date.now(),
    imageBackend: opts.imageBackend ?? poolAwareImageBackend(createBuiltinImageBackend(), engines),
    musicBackend,
    musicThread,
    textBackend: opts.textBackend ?? textBackendFromEnv(process.env, (reason) => app.log.warn({ reason }, 'note draft: text server not used')),
    crisisModel:
      opts.crisisModel !== undefined
        ? opts.crisisModel
        : crisisModelFromEnv(process.env, (reason) => app.log.warn({ reason }, 'crisis screen: language model not used')),
    suggestionWording:
      opts.suggestionWording !== undefined
        ? opts.suggestionWording
        : suggestionWordingFromEnv(process.env, (reason) => app.log.warn({ reason }, 'directive suggestions: language model not used')),
    modelServers: new ConfiguredBackends({ load: modelServerLoader(opts.store) }),
    jobs: new JobRunner({ store: opts.store, clock, describeError: describeBackendFailure, databaseUrl: opts.databaseUrl, bus, work: opts.runJobs }),
    engines,
    bus,
    liveCanvas: new LiveCanvasHub(bus),
    groupCanvas: new GroupCanvasHub(opts.store, clock, bus),
  };
  registerStudioJobs(deps.jobs, deps);
  await deps.jobs.start();
  app.addHook('onClose', async () => {
    await deps.jobs.close();
    deps.liveCanvas.close();
    await bus.close();
    if (!opts.engines) await engines.close();
    await musicThread?.close();
    await settleModelScreens();
  });
  systemRoutes(app, deps);
  authRoutes(app, deps);
  reauthRoutes(app, deps);
  accountRoutes(app, deps);
  clientRoutes(app, deps);
  inviteRoutes(app, deps);
  sessionRoutes(app, deps);
  reminderRoutes(app, deps);
  artworkRoutes(app, deps);
  studioRoutes(app, deps);
  clinicalRoutes(app, deps);
  alertEventRoutes(app, deps);
  directiveRoutes(app, deps);
  homeworkRoutes(app, deps);
  musicRoutes(app, deps);
  insightRoutes(app, deps);
  noteRoutes(app, deps);
  planRoutes(app, deps);
  consentRoutes(app, deps);
  exportRoutes(app, deps);
  adminRoutes(app, deps);
  backendRoutes(app, deps);
  jobRoutes(app, deps);
  dashboardRoutes(app, deps);
  groupRoutes(app, deps);
  seriesRoutes(app, deps);
  supportsRoutes(app, deps);
  practiceRoutes(app, deps);
  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () => app.swagger());

  if (config.webRoot && existsSync(join(config.webRoot, 'index.html'))) {
    const indexHtml = readFileSync(join(config.webRoot, 'index.html'));
    await app.register(fastifyStatic, { root: config.webRoot, wildcard: false, index: false, maxAge: '1h' });
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      if (req.url.startsWith('/api/') || isTraversal(req.url)) throw Object.assign(new Error('not found'), { statusCode: 404 });
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('Hearth API is running. The web app is not built: run `npm run build` (npm start does this for you).'),
    );
  }
  await app.ready();
  return { app: app as unknown as App, routes, config, inflight: () => inflight.size };
}
