import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, messageOf } from '../api/client.ts';
import { accountApi, isChallenge } from '../account/account-api.ts';
import type { Challenge } from '../account/account-api.ts';
import type { Me } from '../api/client.ts';
import { AuthShell } from '../components/AppShell.tsx';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { collect, focusFirstInvalid, emailProblem } from '../validate.ts';
import { useT } from '../i18n.tsx';
import type { Errors } from '../validate.ts';

interface SignInPageProps {
  onSignedIn(me: Me): void;
  /** A note to show above the form, e.g. after signing out. */
  flash: string | null;
}

export function SignInPage({ onSignedIn, flash }: SignInPageProps) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<'email' | 'password'>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setFormError(null);
    const found = collect({ email: emailProblem(email), password: password ? null : t('account:twoStep.passwordMissing') });
    setErrors(found ?? {});
    if (found) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const result = await accountApi.signIn({ email: email.trim(), password });
      if (isChallenge(result)) {
        setChallenge(result);
        setBusy(false);
      } else onSignedIn(result);
    } catch (err) {
      setFormError(messageOf(err));
      setBusy(false);
    }
  };

  if (challenge) {
    return (
      <AuthShell>
        <CodeStep
          challenge={challenge}
          onSignedIn={onSignedIn}
          onRestart={(message) => {
            setChallenge(null);
            setPassword('');
            setFormError(message);
          }}
        />
      </AuthShell>
    );
  }

  return (
    <AuthShell>
      <PageHeading title={t('pages:signIn.title')} lead={t('pages:signIn.lead')}>
        {t('pages:signIn.title')}
      </PageHeading>
      {flash && !formError ? <Notice tone="info">{flash}</Notice> : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('pages:signIn.title')}>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
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
        <PasswordField label={t('account:page.password')} value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('pages:signIn.busy') : t('pages:signIn.title')}
        </button>
      </form>
      <p className="fine-print">{t('pages:signIn.help')}</p>
    </AuthShell>
  );
}

/** The second step: a code from the authenticator app, or a recovery code. */
function CodeStep({ challenge, onSignedIn, onRestart }: { challenge: Challenge; onSignedIn(me: Me): void; onRestart(message: string | null): void }) {
  const { t } = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const clean = code.replace(/\s/g, '');
    const problem = recovery ? (clean.length < 8 ? t('pages:signIn.recoveryMissing') : null) : /^\d{6}$/.test(clean) ? null : t('account:twoStep.codeMissing');
    setError(problem);
    if (problem) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onSignedIn(await accountApi.signInWithCode({ pendingToken: challenge.pendingToken, code: clean }));
    } catch (err) {
      const message = messageOf(err);
      // The server marks a pending sign-in that is over (expired, too many codes): start again from the password (in any language).
      if (err instanceof ApiError && (err.details as { restart?: unknown } | undefined)?.restart === true) return onRestart(message);
      setError(message);
      setBusy(false);
      focusFirstInvalid(form);
    }
  };

  return (
    <>
      <PageHeading title={t('pages:signIn.title')} lead={recovery ? t('pages:signIn.recoveryLead') : t('pages:signIn.codeLead')}>
        {t('account:page.twoStep')}
      </PageHeading>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('account:page.twoStep')}>
        {recovery ? (
          <Field
            key="recovery"
            label={t('pages:signIn.recoveryCode')}
            name="recovery-code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={error}
            required
          />
        ) : (
          <Field
            key="totp"
            label={t('account:twoStep.codeLabel')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={error}
            required
            autoFocus
          />
        )}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('account:twoStep.checking') : t('pages:signIn.continue')}
        </button>
      </form>
      <p className="fine-print">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setRecovery(!recovery);
            setCode('');
            setError(null);
          }}
        >
          {recovery ? t('pages:signIn.useApp') : t('pages:signIn.useRecovery')}
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={() => onRestart(null)}>
          {t('pages:signIn.restart')}
        </button>
      </p>
    </>
  );
}
