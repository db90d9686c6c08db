import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { useT } from '../i18n.tsx';
import { MODEL_SERVER_KINDS, modelServerKind } from '../../domain/backend-kinds.ts';
import { backendsApi } from './backends-api.ts';
import type { ModelServer } from './backends-api.ts';

type Kind = ModelServer['kind'];

/** Add a model server: kind, name, address, credentials (sealed, never shown again), confirmed with the password. */
export function AddServerForm({ onAdded, canAddPracticeWide }: { onAdded(s: ModelServer): void; canAddPracticeWide: boolean }) {
  const { t } = useT();
  const [practiceWide, setPracticeWide] = useState(false);
  const [kind, setKind] = useState<Kind>(MODEL_SERVER_KINDS[0].id);
  const def = modelServerKind(kind);
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [model, setModel] = useState('');
  /** The other model files, prefilled with the showcase's names (only changed ones are sent). */
  const [files, setFiles] = useState<Record<string, string>>({});
  const fileValue = (key: string, fallback: string | null) => files[`${kind}:${key}`] ?? fallback ?? '';
  const chosenFiles = Object.fromEntries(
    def.files
      .map((f) => [f.key, fileValue(f.key, f.default).trim()] as const)
      .filter(([key, v]) => v !== '' && v !== (def.files.find((f) => f.key === key)?.default ?? '')),
  );
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!password) return setErrors({ reauth: t('pages:servers.passwordAdd') });
    setErrors({});
    setBusy(true);
    try {
      await backendsApi.reauth(password);
      const added = await backendsApi.add({
        kind,
        label,
        url,
        ...(canAddPracticeWide ? { practiceWide } : {}),
        ...(model.trim() ? { model: model.trim() } : {}),
        ...(Object.keys(chosenFiles).length > 0 ? { files: chosenFiles } : {}),
        ...(def.credentials === 'api-key' ? (apiKey ? { apiKey } : {}) : { ...(user ? { user } : {}), ...(secret ? { password: secret } : {}) }),
      });
      setLabel('');
      setUrl('');
      setModel('');
      setFiles({});
      setUser('');
      setSecret('');
      setApiKey('');
      setPassword('');
      setPracticeWide(false);
      onAdded(added);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else if (err instanceof ApiError && err.code === 'bad_credentials') setErrors({ reauth: err.message });
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-server-title">
      <h2 id="add-server-title">{t('pages:servers.addHeading')}</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="field">
        <label htmlFor="server-kind">{t('pages:servers.kindOf')}</label>
        <select id="server-kind" className="ws-select" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {MODEL_SERVER_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('pages:client.name')}
        hint={t('pages:servers.nameHint')}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={errors.label}
        name="server-label"
        autoComplete="off"
      />
      <Field
        label={t('pages:servers.address')}
        hint={def.urlHint}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.url}
        name="server-url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
      />
      {def.model ? (
        <Field
          label={def.model.label}
          hint={def.model.hint}
          value={model}
          onChange={(e) => setModel(e.target.value)}
          error={errors.model}
          name="server-model"
          autoComplete="off"
        />
      ) : null}
      {def.files.map((f) => (
        <Field
          key={`${kind}:${f.key}`}
          label={f.label}
          hint={f.default ? `${f.hint} ${t('pages:servers.showcase', { file: f.default })}` : f.hint}
          value={fileValue(f.key, f.default)}
          onChange={(e) => setFiles((old) => ({ ...old, [`${kind}:${f.key}`]: e.target.value }))}
          error={errors[`files.${f.key}`] ?? errors.files}
          name={`server-${f.key}`}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
        />
      ))}
      {def.credentials === 'api-key' ? (
        <Field
          label={t('pages:servers.apiKey')}
          hint={t('pages:servers.sealedHint')}
          type="password"
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          error={errors.apiKey}
          name="server-api-key"
          autoComplete="off"
        />
      ) : (
        <>
          <Field
            label={t('pages:servers.user')}
            hint={t('pages:servers.userHint')}
            value={user}
            onChange={(e) => setUser(e.target.value)}
            error={errors.user}
            name="server-user"
            autoComplete="off"
          />
          <Field
            label={t('pages:servers.secret')}
            hint={t('pages:servers.sealedHint')}
            type="password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            error={errors.password}
            name="server-password"
            autoComplete="off"
          />
        </>
      )}
      {canAddPracticeWide ? (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={practiceWide} onChange={(e) => setPracticeWide(e.target.checked)} /> {t('common:modelServerPracticeWideOption')}
          </label>
          <p className="fine-print">{t('common:modelServerPracticeWideHint')}</p>
        </>
      ) : null}
      <PasswordField
        label={t('pages:servers.confirmPassword')}
        value={password}
        onChange={setPassword}
        error={errors.reauth ?? null}
        autoComplete="current-password"
        name="reauth-password"
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('pages:addClient.adding') : t('pages:servers.add')}
        </button>
      </div>
    </form>
  );
}
