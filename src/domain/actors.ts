/** Who is acting, and the rules for what they may touch. Pure: no I/O. */
import type { Locale } from './i18n/locales.ts';

export const ROLES = ['therapist', 'client', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  role: Role;
  displayName: string;
  email: string;
  /** For client users: their own client record. */
  clientId: string | null;
  /** The language the account chose; null or absent: the browser's or the system's. */
  locale?: Locale | null;
}

/** The ownership facts of a client record that access depends on. */
export interface ClientOwnership {
  id: string;
  therapistId: string;
  userId: string | null;
}

/**
 * A therapist may act on their own clients; a client only on their own record; an admin
 * operates the installation and sees no clinical data.
 */
export function mayAccessClient(actor: Actor, client: ClientOwnership): boolean {
  switch (actor.role) {
    case 'therapist':
      return client.therapistId === actor.userId;
    case 'client':
      return client.userId === actor.userId && actor.clientId === client.id;
    case 'admin':
      return false;
  }
}
