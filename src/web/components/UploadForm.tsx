import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api/client.ts';
import type { Artwork } from '../api/client.ts';
import { Field } from './Field.tsx';
import { LiveStatus, Notice } from './Notice.tsx';
import { useT } from '../i18n.tsx';

interface UploadFormProps {
  clientId: string;
  onUploaded(artwork: Artwork): void;
  /** Words for the heading, e.g. "Add a drawing". */
  heading: string;
  intro?: string;
}

/**
 * Uploads a drawing or a photo of paper art. Any image type can be chosen; the server detects
 * the real type from the content and says clearly when it refuses a file.
 */
export function UploadForm({ clientId, onUploaded, heading, intro }: UploadFormProps) {
  const { t } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setStatus(null);
    if (!file) return setFileError(t('pages:upload.fileMissing'));
    setFileError(null);
    setBusy(true);
    setStatus(t('pages:upload.uploadingLong'));
    try {
      const art = await api.uploadArtwork(clientId, file, title.trim());
      setFile(null);
      setTitle('');
      if (inputRef.current) inputRef.current.value = '';
      setStatus(t('pages:upload.added', { title: art.title || t('pages:gallery.untitled') }));
      onUploaded(art);
    } catch (err) {
      setStatus(null);
      setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form upload" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="upload-heading" aria-busy={busy}>
      <h2 id="upload-heading">{heading}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="upload__body">
        <div className="upload__fields">
          <Field
            label={t('pages:upload.image')}
            hint={t('pages:upload.imageHint')}
            type="file"
            name="file"
            accept="image/*"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
              setFormError(null);
            }}
            error={fileError}
            inputRef={inputRef}
          />
          <Field
            label={t('daily:schedule.title')}
            name="title"
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            placeholder={t('pages:upload.titleExample')}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? (
              <>
                <span className="spinner spinner--light" aria-hidden="true" /> {t('pages:upload.uploading')}
              </>
            ) : (
              t('pages:upload.upload')
            )}
          </button>
        </div>
        {preview ? <img className="upload__preview" src={preview} alt={t('pages:upload.preview')} onError={() => setPreview(null)} /> : null}
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
