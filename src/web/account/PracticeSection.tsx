import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { accountApi } from './account-api.ts';
import type { Security } from './account-api.ts';

/** The practice owner's setting: therapists must use two-step sign-in. */
export function PracticeSection({ security, onChanged }: { security: Security; onChanged(): void }) {
  const [required, setRequired] = useState(security.requireTwoFactorForTherapists);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    if (!password) return setError('Please enter your password to change this.');
    setBusy(true);
    setError(null);
    try {
      await accountApi.reauth(password);
      const r = await accountApi.setPracticeTwoFactor(required);
      setPassword('');
      setNote(r.requireTwoFactorForTherapists ? 'Therapists now need two-step sign-in.' : 'Two-step sign-in is now optional for therapists.');
      onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Practice security">
      {note ? <Notice tone="success">{note}</Notice> : null}
      <label className="checkbox">
        <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} /> Require two-step sign-in for every therapist
      </label>
      <p className="fine-print">Therapists without it are asked to set it up right after they sign in, and can do nothing else until it is on.</p>
      <PasswordField
        label="Your password, to confirm"
        value={password}
        onChange={setPassword}
        error={error}
        autoComplete="current-password"
        name="practice-password"
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
