/**
 * A tiny history-based router: the path is the state, `navigate` pushes it, and `usePath`
 * re-renders on every change (links, back/forward).
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let navigatedInApp = false;

function notify(): void {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigatedInApp = true;
    notify();
  });
}

/** Goes to `to` inside the app without reloading the page. */
export function navigate(to: string, opts: { replace?: boolean; keepScroll?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  navigatedInApp = true;
  if (!opts.keepScroll) window.scrollTo(0, 0);
  notify();
}

/** True once the user has moved inside the app (so page headings should take focus). */
export function hasNavigated(): boolean {
  return navigatedInApp;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/** Matches `/clients/:id` against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}
