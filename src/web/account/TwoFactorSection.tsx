import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { accountApi } from './account-api.ts';
import type { Enrolment, Security } from './account-api.ts';

/** Ten recovery codes, shown once, with a .txt download. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const download = () => {
    const text = `Hearth recovery codes\nEach code works once, if you cannot use your authenticator app.\n\n${codes.join('\n')}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'hearth-recovery-codes.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="card card--soft stack" aria-labelledby="recovery-title">
      <h3 id="recovery-title">Your recovery codes</h3>
      <p>Keep these somewhere safe. Each one lets you sign in once if you lose your phone. They are shown only now.</p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={download}>
          Download as .txt
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          I have saved them
        </button>
      </div>
    </div>
  );
}

/** Asks for the password again (re-authentication), then runs a sensitive action. */
function ConfirmWithPassword({ label, danger, onConfirmed, onCancel }: { label: string; danger?: boolean; onConfirmed(): Promise<void>; onCancel(): void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError('Please enter your password.');
    setBusy(true);
    setError(null);
    try {
      await accountApi.reauth(password);
      await onConfirmed();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form className="form card card--soft" onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <PasswordField label="Your password" value={password} onChange={setPassword} error={error} autoComplete="current-password" name="reauth-password" />
      <div className="actions">
        <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy}>
          {label}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function TwoFactorSection({ security, onChanged }: { security: Security; onChanged(): void }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState<'disable' | 'codes' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const begin = async () => {
    setError(null);
    try {
      setEnrolment(await accountApi.beginTwoFactor());
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return setCodeError('Enter the 6-digit code from your app.');
    setBusy(true);
    setCodeError(null);
    try {
      setCodes(await accountApi.confirmTwoFactor(code));
      setEnrolment(null);
      setCode('');
    } catch (err) {
      setCodeError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (codes) {
    return (
      <RecoveryCodesPanel
        codes={codes}
        onDone={() => {
          setCodes(null);
          onChanged();
        }}
      />
    );
  }
  return (
    <div className="stack">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {security.twoFactorEnabled ? (
        <>
          <p>
            <span className="tag tag--ok">On</span> You enter a code from your authenticator app when you sign in. Recovery codes left:{' '}
            <strong>{security.recoveryCodesLeft}</strong>.
          </p>
          {confirming ? (
            <ConfirmWithPassword
              label={confirming === 'disable' ? 'Turn off two-step sign-in' : 'Make new recovery codes'}
              danger={confirming === 'disable'}
              onCancel={() => setConfirming(null)}
              onConfirmed={async () => {
                if (confirming === 'disable') {
                  await accountApi.disableTwoFactor();
                  setConfirming(null);
                  onChanged();
                } else {
                  setCodes(await accountApi.newRecoveryCodes());
                  setConfirming(null);
                }
              }}
            />
          ) : (
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => setConfirming('codes')}>
                Make new recovery codes
              </button>
              {security.requireTwoFactorForTherapists ? null : (
                <button type="button" className="button button--quiet" onClick={() => setConfirming('disable')}>
                  Turn off
                </button>
              )}
            </div>
          )}
        </>
      ) : enrolment ? (
        <div className="columns two-factor-enrol">
          <div>
            <img
              className="qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
              alt="QR code to scan with your authenticator app"
              width={200}
              height={200}
            />
          </div>
          <form className="form" onSubmit={(e) => void confirm(e)} noValidate aria-label="Confirm two-step sign-in">
            <p>1. Scan the QR code with an authenticator app, or type this key into it:</p>
            <p>
              <code className="manual-key" aria-label="Manual key" data-testid="totp-secret">
                {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
              </code>
            </p>
            <p>2. Enter the 6-digit code the app shows.</p>
            <Field
              label="Code from your app"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={codeError}
              maxLength={7}
            />
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? 'Checking…' : 'Turn on'}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setEnrolment(null)}>
                Cancel
              </button>
            </div>
          </form>
        </div>
      ) : (
        <>
          <p>Off. With two-step sign-in, signing in also needs a code from an app on your phone, so a stolen password alone is not enough.</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => void begin()}>
              Set up two-step sign-in
            </button>
          </div>
        </>
      )}
    </div>
  );
}
