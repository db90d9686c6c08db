import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CrisisModel } from '../backends/crisis-model.backend.ts';
import type { ConfiguredBackends, ImageBackend, JobRegistry, MusicBackend, TextBackend } from '../backends/index.ts';
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
  textBackend: TextBackend;
  /** The clinic's crisis model (HEARTH_CRISIS_MODEL=on), or null: raises a screen's level, never lowers it. */
  crisisModel: CrisisModel | null;
  /** The model servers saved in /api/backends, by id (one job queue each). */
  modelServers: ConfiguredBackends;
  /** Picture jobs being made by model servers, in memory (single node). */
  jobs: JobRegistry;
  /** The live canvas views (in memory: single node). */
  liveCanvas: LiveCanvasHub;
  /** The open group canvases (in memory: single node). */
  groupCanvas: GroupCanvasHub;
}
