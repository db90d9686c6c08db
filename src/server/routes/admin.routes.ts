import { AdminUsers } from '../../domain/api/schemas.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';

/** Operators manage the installation and see accounts, never clinical data. */
export function adminRoutes(app: App, { store }: Deps): void {
  app.get('/api/admin/users', { config: { access: { roles: ['admin'] } }, schema: { tags: ['admin'], summary: 'Accounts on this installation', response: { 200: AdminUsers } } }, async () => ({
    users: (await store.users.list()).map((u) => ({ id: u.id, role: u.role, email: u.email, displayName: u.displayName, createdAt: iso(u.createdAt), disabled: u.disabledAt !== null })),
  }));
}
