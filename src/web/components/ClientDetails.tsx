import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api/client.ts';
import type { Client } from '../api/client.ts';
import { Field } from './Field.tsx';
import { Notice } from './Notice.tsx';
import { useT } from '../i18n.tsx';

interface ClientDetailsProps {
  client: Client;
  onChanged(client: Client, message: string): void;
}

/** Name, pronouns and goals, shown and edited in place; archive and restore. */
export function ClientDetails({ client, onChanged }: ClientDetailsProps) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [displayName, setDisplayName] = useState(client.displayName);
  const [pronouns, setPronouns] = useState(client.pronouns ?? '');
  const [goals, setGoals] = useState(client.goals);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the form: keyboard focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const startEdit = () => {
    setDisplayName(client.displayName);
    setPronouns(client.pronouns ?? '');
    setGoals(client.goals);
    setNameError(null);
    setFormError(null);
    setEditing(true);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!displayName.trim()) return setNameError(t('pages:validate.nameMissing'));
    setNameError(null);
    setBusy(true);
    try {
      const updated = await api.updateClient(client.id, { displayName: displayName.trim(), pronouns: pronouns.trim() || null, goals: goals.trim() });
      setEditing(false);
      onChanged(updated, t('pages:client.saved'));
    } catch (err) {
      if (err instanceof ApiError) setNameError(err.fieldErrors().displayName ?? null);
      setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const setStatus = async (status: Client['status']) => {
    setFormError(null);
    setBusy(true);
    try {
      const updated = await api.updateClient(client.id, { status });
      onChanged(
        updated,
        status === 'archived' ? t('pages:client.archivedMsg', { name: client.displayName }) : t('pages:client.activeMsg', { name: client.displayName }),
      );
    } catch (err) {
      setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <form className="form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="details-heading">
        <h2 id="details-heading">{t('pages:client.editDetails')}</h2>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <Field
          label={t('pages:client.name')}
          name="displayName"
          autoComplete="off"
          autoFocus
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={nameError}
          maxLength={120}
          required
        />
        <Field
          label={t('pages:client.pronounsOptional')}
          name="pronouns"
          autoComplete="off"
          value={pronouns}
          onChange={(e) => setPronouns(e.target.value)}
          maxLength={40}
        />
        <Field label={t('pages:client.goals')} multiline rows={4} name="goals" value={goals} onChange={(e) => setGoals(e.target.value)} maxLength={4000} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('workspace:note.saving') : t('pages:client.saveDetails')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEditing(false)} disabled={busy}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="stack">
      <h2 id="details-heading">{t('pages:client.details')}</h2>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <dl className="details">
        <div>
          <dt>{t('pages:client.name')}</dt>
          <dd>{client.displayName}</dd>
        </div>
        <div>
          <dt>{t('pages:client.pronouns')}</dt>
          <dd>{client.pronouns || <span className="muted">{t('pages:client.notGiven')}</span>}</dd>
        </div>
        <div>
          <dt>{t('pages:client.goals')}</dt>
          <dd className="prewrap">{client.goals || <span className="muted">{t('pages:client.noGoals')}</span>}</dd>
        </div>
        <div>
          <dt>{t('pages:client.status')}</dt>
          <dd>
            {client.status === 'active' ? t('pages:client.active') : t('pages:client.archived')} ·{' '}
            {client.hasAccount ? t('pages:client.joined') : t('pages:client.notJoined')}
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" ref={editButton} className="button button--secondary" onClick={startEdit}>
          {t('pages:client.editDetails')}
        </button>
        {client.status === 'active' ? (
          <button type="button" className="button button--quiet" onClick={() => void setStatus('archived')} disabled={busy}>
            {t('pages:client.archive')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => void setStatus('active')} disabled={busy}>
            {t('pages:client.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
