import { formatBytes } from '../format.ts';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api/client.ts';
import { LiveStatus, Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { useT } from '../i18n.tsx';

interface DownloadEverythingProps {
  clientId: string;
  /** Whose record, for the therapist's view ("Jo's whole record"); absent: the reader's own. */
  name?: string;
  /** Called after a download (the access history gains an entry). */
  onDownloaded?: () => void;
}

/**
 * "Download everything": the whole record as one ZIP (records, original images and audio, a PDF
 * summary, FHIR questionnaires). The server asks for the password again first; the prompt appears
 * here, in place, and the download starts as soon as it is confirmed.
 */
export function DownloadEverything({ clientId, name, onDownloaded }: DownloadEverythingProps) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (asking) formRef.current?.querySelector<HTMLInputElement>('input[name="reauth-password"]')?.focus();
  }, [asking]);

  const download = async () => {
    setBusy(true);
    setError(null);
    setStatus(t('records:download.preparingLong'));
    try {
      const { blob, filename } = await api.exportRecord(clientId);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename ?? 'hearth-export.zip';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setAsking(false);
      setPassword('');
      setStatus(t('records:download.ready', { file: a.download, size: formatBytes(blob.size) }));
      onDownloaded?.();
    } catch (e) {
      setStatus(null);
      if (e instanceof ApiError && e.code === 'reauth_required') setAsking(true);
      else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (ev: FormEvent) => {
    ev.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await api.reauth(password);
    } catch (e) {
      setBusy(false);
      setError(e instanceof ApiError && e.status === 401 ? 'That password is not right. Please try again.' : messageOf(e));
      return;
    }
    await download();
  };

  return (
    <section className="card" aria-labelledby="download-everything-heading">
      <h2 id="download-everything-heading">{t('records:download.heading')}</h2>
      <p className="muted">{name ? t('records:download.leadOf', { name }) : t('records:download.leadOwn')}</p>
      <LiveStatus message={status} />
      {error && !asking ? <Notice tone="error">{error}</Notice> : null}
      {asking ? (
        <form ref={formRef} className="form" onSubmit={(e) => void confirm(e)} aria-labelledby="download-reauth-heading">
          <h3 id="download-reauth-heading">{t('records:download.confirmHeading')}</h3>
          <p>{t('records:download.confirmText')}</p>
          <PasswordField
            label={t('account:twoStep.yourPassword')}
            value={password}
            onChange={setPassword}
            error={error}
            autoComplete="current-password"
            name="reauth-password"
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy || password === ''} aria-busy={busy}>
              {busy ? t('records:download.preparing') : t('records:download.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setAsking(false);
                setPassword('');
                setError(null);
              }}
            >
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
            {busy ? t('records:download.preparing') : t('records:download.heading')}
          </button>
        </div>
      )}
    </section>
  );
}
