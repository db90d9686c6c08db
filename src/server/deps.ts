import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ImageBackend, MusicBackend, TextBackend } from '../backends/index.ts';
import type { Clock, Store } from '../store/index.ts';
import type { ServerConfig } from './config.ts';

/** The Fastify instance with zod schemas as its type provider. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What route modules get: the store, the settings and the clock. */
export interface Deps {
  store: Store;
  config: ServerConfig;
  clock: Clock;
  version: string;
  startedAt: number;
  imageBackend: ImageBackend;
  musicBackend: MusicBackend;
  textBackend: TextBackend;
}
