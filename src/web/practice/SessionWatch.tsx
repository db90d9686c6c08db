import { useEffect } from 'react';
import { practiceApi } from './practice-api.ts';

/** How often an open, visible page checks its session is still valid. */
const CHECK_MS = 10_000;

/**
 * Keeps an open page honest about its session: while the page is visible, and whenever it comes
 * back into view, it asks who is signed in. When the account was deactivated (or signed out
 * elsewhere) the answer is 401, and the app's session-end hook takes the page to sign-in.
 */
export function SessionWatch() {
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === 'visible') practiceApi.stillSignedIn().catch(() => undefined);
    };
    const timer = setInterval(check, CHECK_MS);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return null;
}
