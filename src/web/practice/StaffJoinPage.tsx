import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, messageOf } from '../api/client.ts';
import type { Me } from '../api/client.ts';
import { AuthShell } from '../components/AppShell.tsx';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { collect, focusFirstInvalid, nameProblem, newPasswordProblem } from '../validate.ts';
import type { Errors } from '../validate.ts';
import { practiceApi } from './practice-api.ts';

type Key = 'displayName' | 'password';

interface Props {
  token: string;
  signedInAs: Me | null;
  onJoined(me: Me): void;
  onSignOut?: () => Promise<void>;
}

/** A therapist, supervisor or operator opens their staff invite, chooses a name and password, and is signed in. */
export function StaffJoinPage({ token, signedInAs, onJoined, onSignOut }: Props) {
  const { t } = useT();
  const check = useLoad(() => practiceApi.peekInvite(token), [token]);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<Key>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setFormError(null);
    const found = collect<Key>({
      displayName: nameProblem(displayName, t('practice:join.nameWhat')),
      password: newPasswordProblem(password, { email: check.data?.email, displayName }),
    });
    setErrors(found ?? {});
    if (found) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onJoined(await practiceApi.acceptInvite(token, { displayName: displayName.trim(), password }));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors() : {};
      setErrors({ displayName: fields.displayName, password: fields.password });
      focusFirstInvalid(form);
      setFormError(messageOf(err));
      setBusy(false);
    }
  };

  if (check.loading) {
    return (
      <AuthShell>
        <PageHeading title={t('practice:join.title')}>{t('practice:join.title')}</PageHeading>
        <Loading label={t('practice:join.checking')} />
      </AuthShell>
    );
  }
  if (check.error || !check.data?.valid) {
    return (
      <AuthShell>
        <PageHeading title={t('practice:join.invalidTitle')}>{t('practice:join.invalidTitle')}</PageHeading>
        <Notice tone="error">{check.error ?? check.data?.reason ?? t('practice:join.invalid')}</Notice>
        <p>
          <Link to="/" className="button button--secondary">
            {t('practice:join.toSignIn')}
          </Link>
        </p>
      </AuthShell>
    );
  }
  const { role = 'therapist', email = '', ownerName = '' } = check.data;
  return (
    <AuthShell>
      <PageHeading title={t('practice:join.title')} lead={t('practice:join.lead', { owner: ownerName, role: t(`practice:role.${role}`) })}>
        {t('practice:join.title')}
      </PageHeading>
      {signedInAs ? (
        <div className="stack">
          <Notice tone="info">{t('practice:join.signedIn', { name: signedInAs.displayName })}</Notice>
          <button type="button" className="button button--secondary" onClick={() => void onSignOut?.()}>
            {t('practice:join.signOut')}
          </button>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('practice:join.formLabel')}>
          {formError ? <Notice tone="error">{formError}</Notice> : null}
          <p>
            {t('practice:join.email')} <strong>{email}</strong>
          </p>
          {check.data.twoFactorRequired ? <Notice tone="info">{t('practice:join.twoFactor')}</Notice> : null}
          <Field
            label={t('practice:join.name')}
            name="displayName"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            error={errors.displayName}
            required
          />
          <PasswordField
            label={t('practice:join.password')}
            hint={t('practice:join.passwordHint')}
            value={password}
            onChange={setPassword}
            error={errors.password}
            autoComplete="new-password"
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('practice:join.joining') : t('practice:join.submit')}
            </button>
          </div>
        </form>
      )}
    </AuthShell>
  );
}
