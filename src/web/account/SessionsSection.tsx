import { useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { accountApi, deviceName } from './account-api.ts';
import type { Security } from './account-api.ts';
import { useT } from '../i18n.tsx';

/** Where you are signed in, with a sign-out button for each other session. */
export function SessionsSection({ security, onChanged }: { security: Security; onChanged(): void }) {
  const { t, locale } = useT();
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const others = security.sessions.filter((s) => !s.current).length;

  const run = async (fn: () => Promise<{ ended: number }>) => {
    setError(null);
    try {
      const { ended } = await fn();
      setNote(t('account:sessions.ended', { ended }));
      onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="stack">
      {note ? <Notice tone="success">{note}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="plain-list session-devices" aria-label={t('account:sessions.active')}>
        {[...security.sessions]
          .sort((x, y) => Number(y.current) - Number(x.current))
          .map((s) => (
            <li key={s.id} className="row">
              <div>
                <strong>{deviceName(s.userAgent)}</strong> {s.current ? <span className="tag tag--ok">{t('account:sessions.thisDevice')}</span> : null}
                <br />
                <span className="fine-print">{t('account:sessions.times', { signedIn: when(s.createdAt), lastActive: when(s.lastSeenAt) })}</span>
              </div>
              {s.current ? null : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void run(() => accountApi.endSession(s.id))}
                  aria-label={t('account:sessions.signOutOne', { device: deviceName(s.userAgent), signedIn: when(s.createdAt) })}
                >
                  {t('pages:shell.signOut')}
                </button>
              )}
            </li>
          ))}
      </ul>
      {others > 0 ? (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => void run(() => accountApi.endOtherSessions())}>
            {t('account:sessions.signOutOthers')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
