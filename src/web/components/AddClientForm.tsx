import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api/client.ts';
import type { Client } from '../api/client.ts';
import { focusFirstInvalid } from '../validate.ts';
import { Field } from './Field.tsx';
import { Notice } from './Notice.tsx';
import { useT } from '../i18n.tsx';

/** Adds a client to the therapist's caseload. */
export function AddClientForm({ onAdded }: { onAdded(client: Client): void }) {
  const { t } = useT();
  const [displayName, setDisplayName] = useState('');
  const [pronouns, setPronouns] = useState('');
  const [goals, setGoals] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!displayName.trim()) {
      setNameError(t('pages:addClient.nameMissing'));
      return focusFirstInvalid(e.currentTarget as HTMLFormElement);
    }
    setNameError(null);
    setBusy(true);
    try {
      const client = await api.createClient({
        displayName: displayName.trim(),
        ...(pronouns.trim() ? { pronouns: pronouns.trim() } : {}),
        ...(goals.trim() ? { goals: goals.trim() } : {}),
      });
      setDisplayName('');
      setPronouns('');
      setGoals('');
      onAdded(client);
    } catch (err) {
      if (err instanceof ApiError) setNameError(err.fieldErrors().displayName ?? null);
      setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-client-heading">
      <h2 id="add-client-heading">{t('pages:addClient.heading')}</h2>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field
        label={t('pages:client.name')}
        hint={t('pages:addClient.nameHint')}
        name="displayName"
        autoComplete="off"
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
        placeholder={t('pages:addClient.pronounsExample')}
      />
      <Field
        label={t('pages:client.goalsOptional')}
        multiline
        rows={3}
        name="goals"
        value={goals}
        onChange={(e) => setGoals(e.target.value)}
        maxLength={4000}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('pages:addClient.adding') : t('pages:addClient.add')}
      </button>
    </form>
  );
}
