import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, messageOf, onSessionEnded, setCsrfToken } from './api/client.ts';
import type { Me } from './api/client.ts';
import { AuthShell } from './components/AppShell.tsx';
import { Loading, Notice } from './components/Notice.tsx';
import { JoinPage } from './pages/JoinPage.tsx';
import { StaffJoinPage } from './practice/StaffJoinPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SignedInRoutes } from './pages/SignedInRoutes.tsx';
import { matchPath, navigate, usePath } from './router.ts';
import { SessionContext } from './session.ts';
import { setLocale, useT } from './i18n.tsx';
import type { SessionState } from './session.ts';

type Boot = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; needsSetup: boolean };

/** Finds out who is here (first run? signed in?) and shows the matching part of the app. */
export function App() {
  const path = usePath();
  const { t } = useT();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [me, setMe] = useState<Me | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const signedInRef = useRef(false);
  signedInRef.current = me !== null;

  useEffect(() => {
    let live = true;
    const whoAmI = api.session();
    Promise.all([api.setupStatus(), whoAmI]).then(
      ([setup, who]) => {
        if (!live) return;
        if (who?.locale) setLocale(who.locale);
        setMe(who);
        setBoot({ kind: 'ready', needsSetup: setup.needsSetup });
      },
      (e: unknown) => live && setBoot({ kind: 'failed', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    onSessionEnded(() => {
      // Only a session we had can end; a first visit is simply signed out.
      if (!signedInRef.current) return;
      setCsrfToken(null);
      setMe(null);
      setFlash(t('pages:app.sessionEnded'));
    });
    return () => onSessionEnded(null);
  }, [t]);

  const signedIn = useCallback((who: Me) => {
    setFlash(null);
    // The account's language wins over this browser's from now on (null: keep the browser's).
    if (who.locale) setLocale(who.locale);
    setMe(who);
    setBoot({ kind: 'ready', needsSetup: false });
    if (['/sign-in', '/setup'].includes(location.pathname) || location.pathname.startsWith('/join/') || location.pathname.startsWith('/staff-join/'))
      navigate('/', { replace: true });
  }, []);

  const session = useMemo<SessionState | null>(
    () =>
      me && {
        me,
        signOut: async (opts = {}) => {
          try {
            await api.logout();
          } catch {
            /* the session is gone either way */
          }
          setCsrfToken(null);
          setMe(null);
          setFlash(t('pages:app.signedOut'));
          if (!opts.stay) navigate('/', { replace: true });
        },
      },
    [me, t],
  );

  if (boot.kind === 'loading') {
    return (
      <AuthShell>
        <Loading label={t('pages:app.opening')} />
      </AuthShell>
    );
  }
  if (boot.kind === 'failed') {
    return (
      <AuthShell>
        <h1>{t('pages:app.notAnswering')}</h1>
        <Notice tone="error">{boot.message}</Notice>
      </AuthShell>
    );
  }

  const join = matchPath('/join/:token', path);
  const staffJoin = matchPath('/staff-join/:token', path);
  if (staffJoin)
    return (
      <StaffJoinPage token={staffJoin.token!} signedInAs={me} onJoined={signedIn} onSignOut={session ? () => session.signOut({ stay: true }) : undefined} />
    );
  if (join) return <JoinPage token={join.token!} signedInAs={me} onJoined={signedIn} onSignOut={session ? () => session.signOut({ stay: true }) : undefined} />;
  if (!session) {
    if (boot.needsSetup) return <SetupPage onDone={signedIn} />;
    return <SignInPage onSignedIn={signedIn} flash={flash} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <SignedInRoutes path={path} />
    </SessionContext.Provider>
  );
}
