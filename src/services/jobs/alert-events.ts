/**
 * Alert badges pushed to therapists on every node: whoever stores or acknowledges a crisis alert
 * publishes `alerts` with the client's id on the event bus (in-process, or PostgreSQL
 * LISTEN/NOTIFY across nodes); each open badge stream of that client's therapist, on any node,
 * counts again and sends the new count. The message carries an id only, never what was written.
 */
import type { Store } from '../../store/index.ts';
import type { EventBus } from './event-bus.ts';

export const ALERTS_TOPIC = 'alerts';

/** Tells every node that a client's alerts changed (no bus in these deps: nothing to tell). */
export function announceAlerts(deps: { store: Store; bus?: EventBus }, clientId: string): void {
  void deps.bus?.publish(ALERTS_TOPIC, { clientId }).catch(() => undefined);
}

/** Calls `fn` whenever alerts of one of `therapistId`'s clients change, on any node; returns the way to stop. */
export function onAlertsChanged(deps: { store: Store; bus: EventBus }, therapistId: string, fn: () => void): () => void {
  return deps.bus.subscribe(ALERTS_TOPIC, (payload) => {
    const clientId = (payload as { clientId?: unknown } | null)?.clientId;
    if (typeof clientId !== 'string') return;
    void deps.store.clients.byId(clientId).then(
      (c) => c?.therapistId === therapistId && fn(),
      () => undefined,
    );
  });
}
