import { AdminUsers } from '../../domain/api/schemas.ts';
import { listAccounts } from '../../services/admin/admin.service.ts';
import type { App, Deps } from '../deps.ts';

/** Operators manage the installation and see accounts, never clinical data. */
export function adminRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/admin/users',
    { config: { access: { roles: ['admin'] } }, schema: { tags: ['admin'], summary: 'Accounts on this installation', response: { 200: AdminUsers } } },
    async () => ({
      users: await listAccounts(deps),
    }),
  );
}
