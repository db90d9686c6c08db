import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { accountApi } from './account-api.ts';
import type { Enrolment, Security } from './account-api.ts';
import { useT } from '../i18n.tsx';

/** Ten recovery codes, shown once, with a .txt download. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const { t } = useT();
  const download = () => {
    const text = `${t('account:codes.fileTitle')}\n${t('account:codes.fileHint')}\n\n${codes.join('\n')}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'hearth-recovery-codes.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="card card--soft stack" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{t('account:codes.title')}</h3>
      <p>{t('account:codes.keep')}</p>
      <ul className="recovery-codes" aria-label={t('account:codes.list')}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={download}>
          {t('account:codes.download')}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('account:codes.saved')}
        </button>
      </div>
    </div>
  );
}

/** Asks for the password again (re-authentication), then runs a sensitive action. */
function ConfirmWithPassword({ label, danger, onConfirmed, onCancel }: { label: string; danger?: boolean; onConfirmed(): Promise<void>; onCancel(): void }) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError(t('account:twoStep.passwordMissing'));
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
      <PasswordField
        label={t('account:twoStep.yourPassword')}
        value={password}
        onChange={setPassword}
        error={error}
        autoComplete="current-password"
        name="reauth-password"
      />
      <div className="actions">
        <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy}>
          {label}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

export function TwoFactorSection({ security, onChanged }: { security: Security; onChanged(): void }) {
  const { t } = useT();
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
    if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return setCodeError(t('account:twoStep.codeMissing'));
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
            <span className="tag tag--ok">{t('account:twoStep.on')}</span> {t('account:twoStep.onText', { left: security.recoveryCodesLeft })}
          </p>
          {confirming ? (
            <ConfirmWithPassword
              label={confirming === 'disable' ? t('account:twoStep.turnOffLong') : t('account:twoStep.newCodes')}
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
                {t('account:twoStep.newCodes')}
              </button>
              {security.requireTwoFactorForTherapists ? null : (
                <button type="button" className="button button--quiet" onClick={() => setConfirming('disable')}>
                  {t('account:twoStep.turnOff')}
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
              alt={t('account:twoStep.qrAlt')}
              width={200}
              height={200}
            />
          </div>
          <form className="form" onSubmit={(e) => void confirm(e)} noValidate aria-label={t('account:twoStep.confirm')}>
            <p>{t('account:twoStep.step1')}</p>
            <p>
              <code className="manual-key" aria-label={t('account:twoStep.manualKey')} data-testid="totp-secret">
                {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
              </code>
            </p>
            <p>{t('account:twoStep.step2')}</p>
            <Field
              label={t('account:twoStep.codeLabel')}
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
                {busy ? t('account:twoStep.checking') : t('account:twoStep.turnOn')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setEnrolment(null)}>
                {t('common:cancel')}
              </button>
            </div>
          </form>
        </div>
      ) : (
        <>
          <p>{t('account:twoStep.offText')}</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => void begin()}>
              {t('account:twoStep.setUp')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
