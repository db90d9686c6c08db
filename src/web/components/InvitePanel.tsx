import { useRef, useState } from 'react';
import { api, messageOf } from '../api/client.ts';
import type { Client, Invite } from '../api/client.ts';
import { formatDateTime } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { LiveStatus, Notice } from './Notice.tsx';

const STATUS: Record<Invite['status'], string> = { open: 'Waiting to be used', used: 'Used', revoked: 'Withdrawn', expired: 'Expired' };

/** Creates a single-use invite link (shown once, with a copy button) and lists earlier ones. */
export function InvitePanel({ client }: { client: Client }) {
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
      setStatus('Invite link created. Copy it now: it is shown only once.');
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
      setStatus('Link copied. You can paste it into a message to your client.');
    } catch {
      linkRef.current?.select();
      setStatus('Your browser did not allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  const revoke = async (id: string) => {
    setError(null);
    try {
      await api.revokeInvite(id);
      if (fresh?.id === id) setFresh(null);
      setStatus('The invite link was withdrawn. It can no longer be used.');
      invites.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  if (client.hasAccount) {
    return (
      <div className="stack">
        <h2>Invite</h2>
        <p>{client.displayName} has joined Hearth and signs in with their own account.</p>
      </div>
    );
  }

  const earlier = (invites.data ?? []).filter((i) => i.id !== fresh?.id);
  return (
    <div className="stack">
      <h2>Invite</h2>
      <p>Create a private link for {client.displayName}. It works once and expires after a week.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {fresh?.url ? (
        <div className="invite-link">
          <label htmlFor="invite-url">Invite link for {client.displayName}</label>
          <div className="invite-link__row">
            <input id="invite-url" ref={linkRef} className="invite-link__url" readOnly value={fresh.url} onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              Copy link
            </button>
          </div>
          <p className="field__hint">Shown only once. Valid until {formatDateTime(fresh.expiresAt)}.</p>
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
          {busy ? 'Creating…' : fresh ? 'Create another link' : 'Create invite link'}
        </button>
      </div>
      {client.status === 'archived' ? <p className="muted">Restore {client.displayName} to invite them.</p> : null}
      {earlier.length > 0 ? (
        <ul className="plain-list" aria-label="Earlier invite links">
          {earlier.map((i) => (
            <li key={i.id} className="row">
              <span>
                Created {formatDateTime(i.createdAt)} · <strong>{STATUS[i.status]}</strong>
              </span>
              {i.status === 'open' ? (
                <button type="button" className="button button--quiet button--small" onClick={() => void revoke(i.id)}>
                  Withdraw<span className="visually-hidden"> the link created {formatDateTime(i.createdAt)}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
