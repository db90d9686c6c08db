import { useRef, useState } from 'react';
import { api, messageOf } from '../api/client.ts';
import type { Client, Invite } from '../api/client.ts';
import { formatDateTime } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { LiveStatus, Notice } from './Notice.tsx';
import { useT } from '../i18n.tsx';

/** Creates a single-use invite link (shown once, with a copy button) and lists earlier ones. */
export function InvitePanel({ client }: { client: Client }) {
  const { t } = useT();
  const STATUS: Record<Invite['status'], string> = {
    open: t('pages:invite.open'),
    used: t('pages:invite.used'),
    revoked: t('pages:invite.revoked'),
    expired: t('pages:invite.expired'),
  };
  const invites = useLoad(() => (client.hasAccount ? Promise.resolve([]) : api.invites(client.id)), [client.id, client.hasAccount]);
  const [fresh, setFresh] = useState<Invite | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);

  const create = async () => {
    setError(null);
    setBusy(true);
    try {
      const invite = await api.createInvite(client.id);
      setFresh(invite);
      setStatus(t('pages:invite.created'));
      invites.reload();
      requestAnimationFrame(() => linkRef.current?.select());
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!fresh?.url) return;
    try {
      await navigator.clipboard.writeText(fresh.url);
      setStatus(t('pages:invite.copied'));
    } catch {
      linkRef.current?.select();
      setStatus(t('pages:invite.copyFailed'));
    }
  };

  const revoke = async (id: string) => {
    setError(null);
    try {
      await api.revokeInvite(id);
      if (fresh?.id === id) setFresh(null);
      setStatus(t('pages:invite.withdrawn'));
      invites.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  if (client.hasAccount) {
    return (
      <div className="stack">
        <h2>{t('pages:chart.invite')}</h2>
        <p>{t('pages:invite.joined', { name: client.displayName })}</p>
      </div>
    );
  }

  const earlier = (invites.data ?? []).filter((i) => i.id !== fresh?.id);
  return (
    <div className="stack">
      <h2>{t('pages:chart.invite')}</h2>
      <p>{t('pages:invite.lead', { name: client.displayName })}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {fresh?.url ? (
        <div className="invite-link">
          <label htmlFor="invite-url">{t('pages:invite.linkFor', { name: client.displayName })}</label>
          <div className="invite-link__row">
            <input id="invite-url" ref={linkRef} className="invite-link__url" readOnly value={fresh.url} onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {t('pages:invite.copy')}
            </button>
          </div>
          <p className="field__hint">{t('pages:invite.validUntil', { when: formatDateTime(fresh.expiresAt) })}</p>
        </div>
      ) : null}
      <LiveStatus message={status} />
      <div className="actions">
        <button
          type="button"
          className={`button ${fresh ? 'button--secondary' : 'button--primary'}`}
          onClick={() => void create()}
          disabled={busy || client.status === 'archived'}
        >
          {busy ? t('pages:invite.creating') : fresh ? t('pages:invite.another') : t('pages:invite.create')}
        </button>
      </div>
      {client.status === 'archived' ? <p className="muted">{t('pages:invite.restoreFirst', { name: client.displayName })}</p> : null}
      {earlier.length > 0 ? (
        <ul className="plain-list" aria-label={t('pages:invite.earlier')}>
          {earlier.map((i) => (
            <li key={i.id} className="row">
              <span>
                {t('pages:invite.createdAt', { when: formatDateTime(i.createdAt) })} · <strong>{STATUS[i.status]}</strong>
              </span>
              {i.status === 'open' ? (
                <button type="button" className="button button--quiet button--small" onClick={() => void revoke(i.id)}>
                  {t('consent:page.withdraw')}
                  <span className="visually-hidden"> {t('pages:invite.whichLink', { when: formatDateTime(i.createdAt) })}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
