import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useT } from '../i18n.tsx';
import { emailProblem } from '../validate.ts';
import { practiceApi } from './practice-api.ts';
import type { InviteRole, StaffInvite } from './practice-api.ts';

/** The owner invites a therapist, supervisor or operator by email; the single-use link is shown once, to pass on. */
export function InviteStaffForm({ onInvited }: { onInvited(): void }) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InviteRole>('therapist');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<StaffInvite | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = emailProblem(email);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      setMade(await practiceApi.invite({ email: email.trim(), role }));
      setEmail('');
      onInvited();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <h2 id="invite-title">{t('practice:invite.title')}</h2>
      <p className="muted">{t('practice:invite.lead')}</p>
      {made?.url ? (
        <Notice tone="success">
          <span>{t('practice:invite.made', { email: made.email, until: formatWhen(made.expiresAt) })}</span>
          <input className="invite-link" aria-label={t('practice:invite.linkLabel')} readOnly value={made.url} onFocus={(e) => e.currentTarget.select()} />
        </Notice>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="invite-title">
        <Field
          label={t('practice:invite.email')}
          type="email"
          name="staff-email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error}
        />
        <div className="field">
          <label htmlFor="staff-role">{t('practice:invite.role')}</label>
          <select id="staff-role" value={role} onChange={(e) => setRole(e.target.value as InviteRole)}>
            <option value="therapist">{t('practice:role.therapist')}</option>
            <option value="supervisor">{t('practice:role.supervisor')}</option>
            <option value="operator">{t('practice:role.operator')}</option>
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('practice:invite.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Invites not used yet: who, as what, until when; each can be withdrawn. */
export function PendingInvites({ invites, onChanged }: { invites: StaffInvite[]; onChanged(): void }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  if (invites.length === 0) return <p className="muted">{t('practice:invite.nonePending')}</p>;
  const revoke = async (id: string) => {
    try {
      await practiceApi.revokeInvite(id);
      onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="staff-invites" aria-label={t('practice:invite.pending')}>
        {invites.map((i) => (
          <li key={i.id} className="staff-invites__item">
            <span>
              <strong>{i.email}</strong> · {t(`practice:role.${i.role}`)} ·{' '}
              {i.status === 'open' ? t('practice:invite.until', { when: formatWhen(i.expiresAt) }) : t('practice:invite.expired')}
            </span>
            <button type="button" className="button button--quiet button--small" onClick={() => void revoke(i.id)}>
              {t('practice:invite.revoke')}
              <span className="visually-hidden"> {i.email}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
