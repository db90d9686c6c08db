import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api/client.ts';
import type { Me } from '../api/client.ts';
import { AuthShell } from '../components/AppShell.tsx';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { collect, focusFirstInvalid, emailProblem, nameProblem, newPasswordProblem } from '../validate.ts';
import type { Errors } from '../validate.ts';
import { currentLocale, useT } from '../i18n.tsx';

type Key = 'displayName' | 'email' | 'password';

/** First run: the therapist creates their account and is signed in. */
export function SetupPage({ onDone }: { onDone(me: Me): void }) {
  const { t } = useT();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<Key>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setFormError(null);
    const found = collect<Key>({
      displayName: nameProblem(displayName, true),
      email: emailProblem(email),
      password: newPasswordProblem(password, { email, displayName }),
    });
    setErrors(found ?? {});
    if (found) return focusFirstInvalid(form);
    setBusy(true);
    try {
      // The first account speaks the language this browser shows now.
      onDone(await api.setup({ displayName: displayName.trim(), email: email.trim(), password, locale: currentLocale() }));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors() : {};
      setErrors({ displayName: fields.displayName, email: fields.email, password: fields.password });
      focusFirstInvalid(form);
      setFormError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <AuthShell>
      <PageHeading title={t('pages:setup.title')} lead={t('pages:setup.lead')}>
        {t('pages:setup.title')}
      </PageHeading>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('pages:setup.formLabel')}>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <Field
          label={t('pages:setup.name')}
          hint={t('pages:setup.nameHint')}
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
          required
        />
        <Field
          label={t('pages:signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          required
          autoCapitalize="off"
          spellCheck={false}
        />
        <PasswordField
          label={t('account:page.password')}
          hint={t('pages:setup.passwordHint')}
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="new-password"
        />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('pages:setup.creating') : t('pages:setup.create')}
        </button>
      </form>
    </AuthShell>
  );
}
