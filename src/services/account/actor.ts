/** Who is acting, as the services see them: built from a user account (and their client record, for clients). */
import type { Actor } from '../../domain/index.ts';
import type { Store, UserRecord } from '../../store/index.ts';

export async function actorFor(store: Store, user: UserRecord): Promise<Actor> {
  const client = user.role === 'client' ? await store.clients.byUserId(user.id) : undefined;
  return { userId: user.id, role: user.role, displayName: user.displayName, email: user.email, clientId: client?.id ?? null, locale: user.locale };
}
