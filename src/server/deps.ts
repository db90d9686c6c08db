import type { MusicThread } from '../services/jobs/music-thread.ts';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CrisisModel } from '../backends/crisis-model.backend.ts';
import type { ConfiguredBackends, ImageBackend, MusicBackend, TextBackend } from '../backends/index.ts';
import type { ModelWording } from '../services/directives/openai-wording.ts';
import type { EnginePool } from '../services/jobs/engine-pool.ts';
import type { EventBus } from '../services/jobs/event-bus.ts';
import type { JobRunner } from '../services/jobs/job-runner.ts';
import type { GroupCanvasHub } from '../services/groups/canvas-hub.ts';
import type { LiveCanvasHub } from '../services/studio/live-canvas-hub.ts';
import type { Clock, Store } from '../store/index.ts';
import type { ServerConfig } from './config.ts';

/** The Fastify instance with zod schemas as its type provider. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/**
 * What route modules get: everything the services need (each service takes the subset it declares,
 * e.g. `StudioDeps`), the settings and the clock.
 */
export interface Deps {
  store: Store;
  config: ServerConfig;
  clock: Clock;
  version: string;
  startedAt: number;
  imageBackend: ImageBackend;
  musicBackend: MusicBackend;
  /** The music thread (null when a backend was injected: it renders in-process). */
  musicThread: MusicThread | null;
  textBackend: TextBackend;
  /** The clinic's crisis model (HEARTH_CRISIS_MODEL=on), or null: raises a screen's level, never lowers it. */
  crisisModel: CrisisModel | null;
  /** The practice's language model rewording directive suggestions (HEARTH_TEXT_URL), or null: the built-in words. */
  suggestionWording: ModelWording | null;
  /** The model servers saved in /api/backends, by id (one job queue each). */
  modelServers: ConfiguredBackends;
  /** Long jobs in the database: accepted, followed and cancelled from any node (pg-boss with DATABASE_URL). */
  jobs: JobRunner;
  /** Engine threads (piscina) with a round-robin queue per client: heavy work stays off the event loop. */
  engines: EnginePool;
  /** Events every node hears (in-process, or PostgreSQL LISTEN/NOTIFY with DATABASE_URL). */
  bus: EventBus;
  /** The live canvas views, mirrored on every node through the bus. */
  liveCanvas: LiveCanvasHub;
  /** The open group canvases (in memory: single node). */
  groupCanvas: GroupCanvasHub;
}
