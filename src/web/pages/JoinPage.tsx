import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api/client.ts';
import type { Me } from '../api/client.ts';
import { AuthShell } from '../components/AppShell.tsx';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { consentApi } from '../consent/consent-api.ts';
import { ConsentForm } from '../consent/ConsentForm.tsx';
import { useLoad } from '../use-load.ts';
import { collect, focusFirstInvalid, emailProblem, nameProblem, newPasswordProblem } from '../validate.ts';
import type { Errors } from '../validate.ts';
import { setLocale, useT } from '../i18n.tsx';

type Key = 'displayName' | 'email' | 'password';

interface JoinPageProps {
  token: string;
  signedInAs: Me | null;
  onJoined(me: Me): void;
  onSignOut?: () => Promise<void>;
}

/**
 * A client opens their invite link, checks who invited them, creates their account, and then
 * reads the consent document and chooses what they agree to (or decides later).
 */
export function JoinPage({ token, signedInAs, onJoined, onSignOut }: JoinPageProps) {
  const { t } = useT();
  const check = useLoad(() => api.checkInvite(token), [token]);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<Key>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<Me | null>(null);

  useEffect(() => {
    if (check.data?.clientName) setDisplayName((d) => d || check.data!.clientName!);
    // The invite's language (or the therapist's) from the first page on; the account starts in it too.
    if (check.data?.locale) setLocale(check.data.locale);
  }, [check.data]);

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
      setJoined(await api.acceptInvite(token, { email: email.trim(), password, displayName: displayName.trim() }));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors() : {};
      setErrors({ displayName: fields.displayName, email: fields.email, password: fields.password });
      focusFirstInvalid(form);
      setFormError(messageOf(err));
      setBusy(false);
    }
  };

  if (joined) return <ConsentStep me={joined} onDone={() => onJoined(joined)} />;
  if (check.loading) {
    return (
      <AuthShell>
        <PageHeading title={t('pages:join.title')}>{t('pages:join.title')}</PageHeading>
        <Loading label={t('pages:join.checking')} />
      </AuthShell>
    );
  }
  if (check.error || !check.data?.valid) {
    return (
      <AuthShell>
        <PageHeading title={t('pages:join.unusableTitle')}>{t('pages:join.unusable')}</PageHeading>
        <Notice tone="error">{check.error ?? check.data?.reason ?? t('pages:join.invalid')}</Notice>
        <p>
          <Link to="/" className="button button--secondary">
            {t('pages:join.toSignIn')}
          </Link>
        </p>
      </AuthShell>
    );
  }

  const { therapistName } = check.data;
  return (
    <AuthShell>
      <PageHeading title={t('pages:join.title')} lead={therapistName ? t('pages:join.leadFrom', { name: therapistName }) : t('pages:join.lead')}>
        {t('pages:join.welcome', { name: check.data.clientName })}
      </PageHeading>
      {signedInAs ? (
        <div className="stack">
          <Notice tone="info">{t('pages:join.signedInAs', { name: signedInAs.displayName })}</Notice>
          <button type="button" className="button button--secondary" onClick={() => void onSignOut?.()}>
            {t('pages:shell.signOut')}
          </button>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('pages:join.formLabel')}>
          {formError ? <Notice tone="error">{formError}</Notice> : null}
          <Field
            label={t('pages:setup.name')}
            hint={t('pages:join.nameHint')}
            name="displayName"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            error={errors.displayName}
            required
          />
          <Field
            label={t('pages:signIn.email')}
            hint={t('pages:join.emailHint')}
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
            hint={t('pages:join.passwordHint')}
            value={password}
            onChange={setPassword}
            error={errors.password}
            autoComplete="new-password"
          />
          <button type="submit" className="button button--primary button--wide" disabled={busy}>
            {busy ? t('pages:join.joining') : t('pages:join.title')}
          </button>
        </form>
      )}
    </AuthShell>
  );
}

/** The join flow's last step: the consent document, the scopes to tick, and a typed signature. */
function ConsentStep({ me, onDone }: { me: Me; onDone(): void }) {
  const { t } = useT();
  const doc = useLoad(() => consentApi.document(), []);
  return (
    <AuthShell>
      <PageHeading title={t('pages:join.consentTitle')} lead={t('pages:join.consentLead')}>
        {t('pages:join.consentTitle')}
      </PageHeading>
      {doc.loading && !doc.data ? <Loading label={t('pages:join.consentLoading')} /> : null}
      {doc.error ? (
        <>
          <Notice tone="error">{doc.error}</Notice>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('pages:join.continueLater')}
          </button>
        </>
      ) : null}
      {doc.data && me.clientId ? (
        <ConsentForm
          clientId={me.clientId}
          doc={doc.data}
          suggestedName={me.displayName}
          submitLabel={t('pages:join.signContinue')}
          onSigned={onDone}
          extraAction={
            <button type="button" className="button button--secondary" onClick={onDone}>
              {t('pages:join.decideLater')}
            </button>
          }
        />
      ) : null}
      <p className="fine-print">{t('pages:join.laterNote')}</p>
    </AuthShell>
  );
}
