/**
 * The therapist's alert badge, pushed: `GET /api/alerts/events` with `accept: text/event-stream`
 * is a Server-Sent-Events stream that sends `count` ({ open, urgent }) at once and again whenever
 * an alert of one of the therapist's clients is stored or acknowledged on any node (the event
 * bus). Without that header it answers the count as JSON. Counts only, no client data: not
 * audited, like `/api/alerts/count`.
 */
import { AlertCount } from '../../domain/api/workspace.schemas.ts';
import { openAlertCount } from '../../services/clinical/alerts.service.ts';
import { onAlertsChanged } from '../../services/jobs/alert-events.ts';
import { requireActor } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** A comment line this often keeps proxies from closing a quiet stream. */
const BEAT_MS = 20_000;

export function alertEventRoutes(app: App, deps: Deps): void {
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });

  app.get(
    '/api/alerts/events',
    {
      config: { access: { roles: ['therapist'] } },
      schema: {
        tags: ['clinical'],
        summary:
          'The open-alert count as a Server-Sent-Events stream (event: count), sent again whenever it may have changed, on any node; JSON without the header',
        response: { 200: AlertCount },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      const first = await openAlertCount(deps, actor);
      if (!(req.headers.accept ?? '').includes('text/event-stream')) return first;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      });
      const send = (count: unknown) => !res.writableEnded && res.write(`event: count\ndata: ${JSON.stringify(count)}\n\n`);
      send(first);
      // Several changes at once are counted once.
      let counting: Promise<void> | null = null;
      let again = false;
      const recount = (): void => {
        if (counting) {
          again = true;
          return;
        }
        counting = openAlertCount(deps, actor)
          .then(send, () => undefined)
          .then(() => {
            counting = null;
            if (again) {
              again = false;
              recount();
            }
          });
      };
      const stop = onAlertsChanged(deps, actor.userId, recount);
      const beat = setInterval(() => res.write(': still here\n\n'), BEAT_MS);
      const close = () => {
        streams.delete(close);
        clearInterval(beat);
        stop();
        if (!res.writableEnded) res.end();
      };
      streams.add(close);
      res.once('close', close);
    },
  );
}
