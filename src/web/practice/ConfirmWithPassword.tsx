import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { messageOf } from '../api/client.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { useT } from '../i18n.tsx';
import { practiceApi } from './practice-api.ts';

interface Props {
  /** What the button says (e.g. "Deactivate Ben"). */
  action: string;
  /** Runs after the password was confirmed; its error is shown under the field. */
  onConfirmed(): Promise<void>;
  name: string;
  tone?: 'danger' | 'secondary';
  children?: ReactNode;
}

/** A practice-wide act: the owner re-enters their password, then the act runs (the server asks for a fresh re-authentication). */
export function ConfirmWithPassword({ action, onConfirmed, name, tone = 'secondary', children }: Props) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError(t('practice:confirm.needPassword'));
    setBusy(true);
    setError(null);
    try {
      await practiceApi.reauth(password);
      await onConfirmed();
      setPassword('');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={action}>
      {children}
      <PasswordField label={t('practice:confirm.password')} value={password} onChange={setPassword} error={error} autoComplete="current-password" name={name} />
      <div className="actions">
        <button type="submit" className={`button button--${tone}`} disabled={busy}>
          {action}
        </button>
      </div>
    </form>
  );
}
