import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { consentApi } from './consent-api.ts';
import type { ConsentDocumentDto, ConsentScope, ConsentStateDto } from './consent-api.ts';
import { ConsentDocumentView } from './ConsentDocumentView.tsx';
import { useT } from '../i18n.tsx';
import './consent.css';

interface ConsentFormProps {
  clientId: string;
  doc: ConsentDocumentDto;
  /** Ticked at first (e.g. what the client agreed to before). */
  initialScopes?: readonly ConsentScope[];
  /** The name suggested for signing. */
  suggestedName?: string;
  submitLabel?: string;
  /** Hide the document text (when the page shows it elsewhere). */
  hideDocument?: boolean;
  /** Another action shown beside the sign button (e.g. "Decide later"). */
  extraAction?: ReactNode;
  onSigned(state: ConsentStateDto): void;
}

/**
 * Read the document, tick what you agree to (each scope with its plain explanation), type your
 * full name, sign. Nothing is ticked for the client unless they agreed to it before.
 */
export function ConsentForm({
  clientId,
  doc,
  initialScopes = [],
  suggestedName = '',
  submitLabel,
  hideDocument = false,
  extraAction,
  onSigned,
}: ConsentFormProps) {
  const { t } = useT();
  const [scopes, setScopes] = useState<Set<ConsentScope>>(() => new Set(initialScopes));
  const [name, setName] = useState(suggestedName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const toggle = (s: ConsentScope, on: boolean) =>
    setScopes((old) => {
      const next = new Set(old);
      if (on) next.add(s);
      else next.delete(s);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (name.trim().length < 2) {
      setNameError(t('consent:form.nameMissing'));
      (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="signature"]')?.focus();
      return;
    }
    setNameError(null);
    setBusy(true);
    try {
      const chosen = doc.scopes.map((s) => s.id).filter((s) => scopes.has(s));
      // The language read is recorded with the signature (a clinic's own document has none of ours).
      const read = doc.locale ? { locale: doc.locale } : {};
      onSigned(await consentApi.sign(clientId, { documentVersion: doc.version, ...read, scopes: chosen, signature: name.trim() }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('consent:summary.heading')}>
      {hideDocument ? null : <ConsentDocumentView doc={doc} />}
      <fieldset className="consent-scopes">
        <legend>{t('consent:form.legend')}</legend>
        <p className="fine-print">{t('consent:form.tickHint')}</p>
        {doc.scopes.map((s) => (
          <div className="consent-scope" key={s.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                name={`scope-${s.id}`}
                checked={scopes.has(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
                aria-describedby={`${ids}-${s.id}`}
              />
              {s.title}
            </label>
            <p className="consent-scope__explanation" id={`${ids}-${s.id}`}>
              {s.explanation}
            </p>
          </div>
        ))}
      </fieldset>
      <Field
        label={t('consent:form.name')}
        hint={t('consent:form.nameHint')}
        name="signature"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
        required
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('consent:form.signing') : (submitLabel ?? t('consent:form.sign'))}
        </button>
        {extraAction}
      </div>
    </form>
  );
}
