import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { accountApi } from './account-api.ts';
import type { Security } from './account-api.ts';
import { useT } from '../i18n.tsx';

/** The practice owner's setting: therapists must use two-step sign-in. */
export function PracticeSection({ security, onChanged }: { security: Security; onChanged(): void }) {
  const { t } = useT();
  const [required, setRequired] = useState(security.requireTwoFactorForTherapists);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    if (!password) return setError(t('account:practice.passwordMissing'));
    setBusy(true);
    setError(null);
    try {
      await accountApi.reauth(password);
      const r = await accountApi.setPracticeTwoFactor(required);
      setPassword('');
      setNote(r.requireTwoFactorForTherapists ? t('account:practice.nowRequired') : t('account:practice.nowOptional'));
      onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('account:page.practice')}>
      {note ? <Notice tone="success">{note}</Notice> : null}
      <label className="checkbox">
        <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} /> {t('account:practice.require')}
      </label>
      <p className="fine-print">{t('account:practice.requireHint')}</p>
      <PasswordField
        label={t('account:practice.confirmPassword')}
        value={password}
        onChange={setPassword}
        error={error}
        autoComplete="current-password"
        name="practice-password"
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('common:save')}
        </button>
      </div>
    </form>
  );
}
