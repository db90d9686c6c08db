/** Therapy sessions move scheduled → in_progress → completed, or are cancelled before they end. */
export const SESSION_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const NEXT: Record<SessionStatus, readonly SessionStatus[]> = {
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: ['scheduled'],
};

export function canMoveSession(from: SessionStatus, to: SessionStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

