/**
 * The language each account chose. Hearth speaks it in the web app (on any browser the person
 * signs in from), in the PDFs and exports made for them and in the notices the server writes.
 * Null means "follow the browser" (the web app) or the system (the CLI).
 */
import type { Locale } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import type { Actor, StoreDeps } from '../context.ts';

/** Stores the caller's choice (null clears it). */
export async function setOwnLocale({ store }: StoreDeps, actor: Actor, input: { locale: Locale | null }): Promise<{ locale: Locale | null }> {
  await store.users.setLocale(actor.userId, input.locale);
  return { locale: input.locale };
}

/**
 * The language a client reads in: their own choice, else their therapist's (so a notice written
 * while the therapist types in session is in the language they share), else null.
 */
export async function clientLocale(store: Store, client: { userId: string | null; therapistId: string }): Promise<Locale | null> {
  const own = client.userId ? await store.users.byId(client.userId) : undefined;
  if (own?.locale) return own.locale;
  return (await store.users.byId(client.therapistId))?.locale ?? null;
}
