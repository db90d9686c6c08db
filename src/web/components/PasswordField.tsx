import { useState } from 'react';
import { useT } from '../i18n.tsx';
import { Field } from './Field.tsx';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
  name?: string;
}

/** A password input with a "Show password" toggle, so people can check what they typed. */
export function PasswordField({ label, value, onChange, error, hint, autoComplete, name = 'password' }: PasswordFieldProps) {
  const { t } = useT();
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-field">
      <Field
        label={label}
        name={name}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        hint={hint}
        required
        spellCheck={false}
        autoCapitalize="off"
      />
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        {t('pages:password.show')}
      </label>
    </div>
  );
}
