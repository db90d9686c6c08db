import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { accountApi } from './account-api.ts';

/** Change your password; every other session is signed out. */
export function PasswordSection({ onChanged }: { onChanged(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const found = { current: current ? undefined : 'Please enter your current password.', next: next.length >= 10 ? undefined : 'Use at least 10 characters.' };
    setErrors(found);
    if (found.current || found.next) return;
    setBusy(true);
    try {
      const { ended } = await accountApi.changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setNote(`Your password is changed.${ended > 0 ? ` ${ended === 1 ? '1 other session was' : `${ended} other sessions were`} signed out.` : ''}`);
      onChanged();
    } catch (err) {
      const field = err instanceof ApiError && err.code === 'bad_credentials' ? 'current' : 'next';
      setErrors({ [field]: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Change password">
      {note ? <Notice tone="success">{note}</Notice> : null}
      <PasswordField
        label="Current password"
        value={current}
        onChange={setCurrent}
        error={errors.current}
        autoComplete="current-password"
        name="current-password"
      />
      <PasswordField
        label="New password"
        value={next}
        onChange={setNext}
        error={errors.next}
        hint="At least 10 characters; a few unrelated words work well."
        autoComplete="new-password"
        name="new-password"
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
