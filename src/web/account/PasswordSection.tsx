import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { accountApi } from './account-api.ts';
import { useT } from '../i18n.tsx';

/** Change your password; every other session is signed out. */
export function PasswordSection({ onChanged }: { onChanged(): void }) {
  const { t } = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const found = { current: current ? undefined : t('account:password.currentMissing'), next: next.length >= 10 ? undefined : t('account:password.tooShort') };
    setErrors(found);
    if (found.current || found.next) return;
    setBusy(true);
    try {
      const { ended } = await accountApi.changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setNote(t('account:password.changed', { ended }));
      onChanged();
    } catch (err) {
      const field = err instanceof ApiError && err.code === 'bad_credentials' ? 'current' : 'next';
      setErrors({ [field]: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('account:password.change')}>
      {note ? <Notice tone="success">{note}</Notice> : null}
      <PasswordField
        label={t('account:password.current')}
        value={current}
        onChange={setCurrent}
        error={errors.current}
        autoComplete="current-password"
        name="current-password"
      />
      <PasswordField
        label={t('account:password.new')}
        value={next}
        onChange={setNext}
        error={errors.next}
        hint={t('account:password.hint')}
        autoComplete="new-password"
        name="new-password"
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('account:password.changing') : t('account:password.change')}
        </button>
      </div>
    </form>
  );
}
