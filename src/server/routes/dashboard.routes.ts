import { Dashboard, DashboardQuery } from '../../domain/api/dashboard.schemas.ts';
import { therapistDashboard } from '../../services/dashboard/dashboard.service.ts';
import { requireActor } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** The therapist's home: sessions in a window, the to-do list and the clients, in one call. */
export function dashboardRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/dashboard',
    {
      config: { access: { roles: ['therapist'] }, audit: 'dashboard.read' },
      schema: {
        tags: ['sessions'],
        summary: "The therapist's day: sessions in a window, things to do, clients",
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    async (req) => {
      const d = await therapistDashboard(deps, requireActor(req.actor), req.query);
      req.auditNote.detail = { clientIds: d.clients.map((c) => c.id) };
      return d;
    },
  );
}
