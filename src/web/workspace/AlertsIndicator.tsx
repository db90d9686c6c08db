import { useEffect, useState } from 'react';
import { Link } from '../components/Link.tsx';
import { useT } from '../i18n.tsx';
import { workspaceApi } from './workspace-api.ts';
import './workspace.css';

/**
 * How often the header asks for the open-alert count while the page is visible, as a fallback:
 * the count is pushed (`/api/alerts/events`, from whichever node stored the alert). The count
 * carries no client data and is not audited (opening the list is); page changes and
 * acknowledgements also ask at once.
 */
const POLL_MS = 60_000;

/**
 * A small header badge for therapists: the number of open safety alerts, linking to the list
 * on the caseload page. Hidden when there are none; a new alert arrives pushed over a
 * Server-Sent-Events stream (the browser reconnects it by itself), and the badge also checks
 * every minute while the page is visible and on every page change.
 */
export function AlertsIndicator({ path }: { path: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(0);

  useEffect(() => {
    let live = true;
    const check = () =>
      workspaceApi.alertCount().then(
        (count) => live && setOpen(count.open),
        () => undefined, // the header stays quiet; the caseload page shows the error
      );
    void check();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void check();
    }, POLL_MS);
    const onChange = () => void check();
    window.addEventListener('hearth:alerts-changed', onChange);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('hearth:alerts-changed', onChange);
    };
  }, [path]);

  // One pushed stream for as long as the header is shown (not one per page change).
  useEffect(() => {
    if (typeof EventSource !== 'function') return;
    const pushed = new EventSource('/api/alerts/events');
    pushed.addEventListener('count', (e) => {
      try {
        const count = JSON.parse((e as MessageEvent<string>).data) as { open: number };
        if (typeof count.open === 'number') setOpen(count.open);
      } catch {
        // A malformed event changes nothing; the next one or the poll corrects it.
      }
    });
    return () => pushed.close();
  }, []);

  if (open === 0) return null;
  return (
    <Link to="/" className="ws-indicator">
      <span className="ws-indicator__dot" aria-hidden="true" />
      {t('workspace:alerts.open', { count: open })}
    </Link>
  );
}

/** Tells the header badge to count again (after an acknowledgement). */
export function alertsChanged(): void {
  window.dispatchEvent(new Event('hearth:alerts-changed'));
}
