import { Health } from '../../domain/api/schemas.ts';
import type { App, Deps } from '../deps.ts';

export function systemRoutes(app: App, { store, version, startedAt }: Deps): void {
  app.get(
    '/api/health',
    { config: { access: { public: true } }, schema: { tags: ['system'], summary: 'Readiness: the database answers', response: { 200: Health, 503: Health } } },
    async (_req, reply) => {
      const uptimeSeconds = Math.round((Date.now() - startedAt) / 1000);
      try {
        await store.db.query('SELECT 1');
        return { status: 'ok' as const, database: store.db.kind, version, uptimeSeconds };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: store.db.kind, version, uptimeSeconds });
      }
    },
  );
}
