import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api/client.ts';
import type { Me } from '../api/client.ts';
import { AuthShell } from '../components/AppShell.tsx';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { collect, focusFirstInvalid, emailProblem } from '../validate.ts';
import type { Errors } from '../validate.ts';

interface SignInPageProps {
  onSignedIn(me: Me): void;
  /** A note to show above the form, e.g. after signing out. */
  flash: string | null;
}

export function SignInPage({ onSignedIn, flash }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<'email' | 'password'>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setFormError(null);
    const found = collect({ email: emailProblem(email), password: password ? null : 'Please enter your password.' });
    setErrors(found ?? {});
    if (found) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onSignedIn(await api.login({ email: email.trim(), password }));
    } catch (err) {
      setFormError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <AuthShell>
      <PageHeading title="Sign in" lead="Welcome back. Sign in to your studio.">
        Sign in
      </PageHeading>
      {flash && !formError ? <Notice tone="info">{flash}</Notice> : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Sign in">
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <Field label="Email" name="email" type="email" autoComplete="username" inputMode="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} required autoCapitalize="off" spellCheck={false} />
        <PasswordField label="Password" value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="fine-print">New client? Use the invite link your therapist sent you. Forgotten your password? Ask your therapist or the person who runs Hearth.</p>
    </AuthShell>
  );
}
