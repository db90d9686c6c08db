/** Who is signed in, shared through React context. */
import { createContext, useContext } from 'react';
import type { Me } from './api/client.ts';

export interface SessionState {
  me: Me;
  /** Ends the session on the server and returns to the sign-in page (or stays, e.g. on an invite link). */
  signOut(opts?: { stay?: boolean }): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}
