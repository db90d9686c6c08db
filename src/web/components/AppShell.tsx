import { useState } from 'react';
import type { ReactNode } from 'react';
import { usePath } from '../router.ts';
import { useSession } from '../session.ts';
import { Brand } from './Brand.tsx';
import { Link } from './Link.tsx';
import { useT } from '../i18n.tsx';
import { AlertsIndicator } from '../workspace/AlertsIndicator.tsx';
import { SessionWatch } from '../practice/SessionWatch.tsx';

/** The frame of every signed-in page: skip link, header with navigation and sign-out, main, footer. */
export function AppShell({ children }: { children: ReactNode }) {
  const { me, signOut } = useSession();
  const path = usePath();
  const [leaving, setLeaving] = useState(false);
  const { t } = useT();
  const home = me.role === 'client' ? t('daily:nav.mySpace') : t('daily:nav.today');
  const onClients = me.role === 'therapist' && path.startsWith('/clients');

  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
    } finally {
      setLeaving(false);
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('pages:shell.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Brand />
          <nav aria-label={t('pages:shell.mainNav')} className="site-nav">
            <Link to="/" aria-current={path === '/' ? 'page' : undefined}>
              {home}
            </Link>
            {me.role === 'therapist' ? (
              <Link to="/clients" aria-current={onClients ? 'page' : undefined}>
                {t('daily:nav.clients')}
              </Link>
            ) : null}
            {me.role === 'therapist' || me.role === 'client' ? (
              <Link to="/groups" aria-current={path.startsWith('/group') ? 'page' : undefined}>
                {t('groups:nav')}
              </Link>
            ) : null}
            {me.role === 'therapist' ? <AlertsIndicator path={path} /> : null}
            {me.role === 'therapist' || me.role === 'client' ? (
              <Link to="/stories" aria-current={path.startsWith('/stories') ? 'page' : undefined}>
                {t('stories:nav.stories')}
              </Link>
            ) : null}
            {me.role === 'therapist' || me.role === 'client' ? (
              <Link to="/supports" aria-current={path.startsWith('/supports') ? 'page' : undefined}>
                {t('supports:nav')}
              </Link>
            ) : null}
            {me.role === 'therapist' || me.role === 'admin' ? (
              <Link to="/settings/model-servers" aria-current={path === '/settings/model-servers' ? 'page' : undefined}>
                {t('pages:shell.modelServers')}
              </Link>
            ) : null}
            {me.role === 'therapist' || me.role === 'admin' ? (
              <Link to="/practice" aria-current={path === '/practice' ? 'page' : undefined}>
                {t('practice:nav')}
              </Link>
            ) : null}
            <Link to="/account" aria-current={path === '/account' ? 'page' : undefined}>
              <span>
                {t('pages:shell.account')}
                <span className="nav-more"> {t('pages:shell.andSecurity')}</span>
              </span>
            </Link>
          </nav>
          <div className="site-header__user">
            <span className="site-header__name">
              <span className="visually-hidden">{t('pages:shell.signedInAs')} </span>
              {me.displayName}
              <span className="site-header__role"> · {t(`pages:shell.role.${me.role}`)}</span>
            </span>
            <button type="button" className="button button--quiet" onClick={() => void leave()} disabled={leaving}>
              {leaving ? t('pages:shell.signingOut') : t('pages:shell.signOut')}
            </button>
          </div>
        </div>
      </header>
      <SessionWatch />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <Footer />
    </>
  );
}

export function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <p>{t('pages:shell.footer')}</p>
    </footer>
  );
}

/** The frame of the signed-out pages (setup, sign in, join): a centred card. */
export function AuthShell({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('pages:shell.skip')}
      </a>
      <header className="site-header site-header--plain">
        <div className="site-header__inner">
          <Brand />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main site-main--narrow">
        <div className="card card--auth">{children}</div>
      </main>
      <Footer />
    </>
  );
}
