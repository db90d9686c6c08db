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
        <PageHeading title="Join Hearth">Join Hearth</PageHeading>
        <Loading label="Checking your invite link…" />
      </AuthShell>
    );
  }
  if (check.error || !check.data?.valid) {
    return (
      <AuthShell>
        <PageHeading title="Invite link not usable">This invite link can’t be used</PageHeading>
        <Notice tone="error">{check.error ?? check.data?.reason ?? 'This invite link is not valid.'}</Notice>
        <p>
          <Link to="/" className="button button--secondary">
            Go to sign in
          </Link>
        </p>
      </AuthShell>
    );
  }

  const { therapistName } = check.data;
  return (
    <AuthShell>
      <PageHeading
        title="Join Hearth"
        lead={<>{therapistName || 'Your therapist'} has invited you to your own private space in Hearth. Choose how you’ll sign in.</>}
      >
        Welcome, {check.data.clientName}
      </PageHeading>
      {signedInAs ? (
        <div className="stack">
          <Notice tone="info">You are signed in as {signedInAs.displayName}. Sign out first to join with this link.</Notice>
          <button type="button" className="button button--secondary" onClick={() => void onSignOut?.()}>
            Sign out
          </button>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Create your account">
          {formError ? <Notice tone="error">{formError}</Notice> : null}
          <Field
            label="Your name"
            hint="What should Hearth call you?"
            name="displayName"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            error={errors.displayName}
            required
          />
          <Field
            label="Email"
            hint="You’ll use it to sign in. It is not shared."
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
            label="Password"
            hint="At least 10 characters. A short sentence works well."
            value={password}
            onChange={setPassword}
            error={errors.password}
            autoComplete="new-password"
          />
          <button type="submit" className="button button--primary button--wide" disabled={busy}>
            {busy ? 'Joining…' : 'Join Hearth'}
          </button>
        </form>
      )}
    </AuthShell>
  );
}

/** The join flow's last step: the consent document, the scopes to tick, and a typed signature. */
function ConsentStep({ me, onDone }: { me: Me; onDone(): void }) {
  const doc = useLoad(() => consentApi.document(), []);
  return (
    <AuthShell>
      <PageHeading
        title="Your consent"
        lead="Your account is ready. Before you start, please read how Hearth uses your work and choose what you agree to. You can change this at any time under My consent."
      >
        Your consent
      </PageHeading>
      {doc.loading && !doc.data ? <Loading label="Loading the consent document…" /> : null}
      {doc.error ? (
        <>
          <Notice tone="error">{doc.error}</Notice>
          <button type="button" className="button button--secondary" onClick={onDone}>
            Continue, and sign later under My consent
          </button>
        </>
      ) : null}
      {doc.data && me.clientId ? (
        <ConsentForm
          clientId={me.clientId}
          doc={doc.data}
          suggestedName={me.displayName}
          submitLabel="Sign and continue"
          onSigned={onDone}
          extraAction={
            <button type="button" className="button button--secondary" onClick={onDone}>
              Decide later
            </button>
          }
        />
      ) : null}
      <p className="fine-print">
        If you decide later, drawing, uploading and writing work straight away; making pictures, insights and music wait until you agree to them.
      </p>
    </AuthShell>
  );
}
