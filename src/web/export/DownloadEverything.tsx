import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api/client.ts';
import { LiveStatus, Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';

interface DownloadEverythingProps {
  clientId: string;
  /** Whose record it is, as the reader would say it: "Robin's" or "your". */
  whose: string;
  /** Called after a download (the access history gains an entry). */
  onDownloaded?: () => void;
}

/**
 * "Download everything": the whole record as one ZIP (records, original images and audio, a PDF
 * summary, FHIR questionnaires). The server asks for the password again first; the prompt appears
 * here, in place, and the download starts as soon as it is confirmed.
 */
export function DownloadEverything({ clientId, whose, onDownloaded }: DownloadEverythingProps) {
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
    setStatus('Preparing the download… this can take a little while.');
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
      setStatus(`Download ready: ${a.download} (${(blob.size / 1e6).toFixed(1)} MB).`);
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
      <h2 id="download-everything-heading">Download everything</h2>
      <p className="muted">
        One ZIP file with {whose} whole record: every entry as data (records.json), the original pictures and music, a readable PDF summary, and the
        questionnaires in the FHIR format other health systems read. The file is not encrypted, so keep it somewhere safe.
      </p>
      <LiveStatus message={status} />
      {error && !asking ? <Notice tone="error">{error}</Notice> : null}
      {asking ? (
        <form ref={formRef} className="form" onSubmit={(e) => void confirm(e)} aria-labelledby="download-reauth-heading">
          <h3 id="download-reauth-heading">Confirm it is you</h3>
          <p>For your safety, please enter your password again before downloading.</p>
          <PasswordField label="Your password" value={password} onChange={setPassword} error={error} autoComplete="current-password" name="reauth-password" />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy || password === ''} aria-busy={busy}>
              {busy ? 'Preparing…' : 'Confirm and download'}
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
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
            {busy ? 'Preparing…' : 'Download everything'}
          </button>
        </div>
      )}
    </section>
  );
}
