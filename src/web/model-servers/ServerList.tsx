import { Fragment, useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { backendsApi, KIND_LABELS } from './backends-api.ts';
import type { ConnectionResult, ModelServer } from './backends-api.ts';
import { useT } from '../i18n.tsx';
import { modelServerKind } from '../../domain/backend-kinds.ts';

/** One configured server: what it is, where, whether it has credentials; test connection and remove. */
function ServerItem({ server, onRemoved }: { server: ModelServer; onRemoved(): void }) {
  const { t } = useT();
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionResult | null>(null);
  const [removing, setRemoving] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = `server-${server.id}`;

  const test = async () => {
    setTesting(true);
    setResult(null);
    try {
      setResult(await backendsApi.test(server.id));
    } catch (err) {
      setResult({ ok: false, message: messageOf(err) });
    } finally {
      setTesting(false);
    }
  };

  const remove = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError(t('pages:servers.passwordRemove'));
    setBusy(true);
    setError(null);
    try {
      await backendsApi.reauth(password);
      await backendsApi.remove(server.id);
      onRemoved();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <li className="model-server" aria-labelledby={titleId}>
      <h3 id={titleId}>{server.label}</h3>
      <dl className="model-server__facts">
        <dt>{t('pages:servers.kind')}</dt>
        <dd>{KIND_LABELS[server.kind]}</dd>
        <dt>{t('pages:servers.address')}</dt>
        <dd className="model-server__url">{server.url}</dd>
        {server.model ? (
          <>
            <dt>{t('pages:servers.model')}</dt>
            <dd>{server.model}</dd>
          </>
        ) : null}
        {modelServerKind(server.kind).files.map((f) => (
          <Fragment key={f.key}>
            <dt>{f.label}</dt>
            <dd className="model-server__url">{server.files[f.key] ?? t('pages:servers.serverDefault')}</dd>
          </Fragment>
        ))}
        <dt>{t('pages:servers.credentials')}</dt>
        <dd>{server.hasCredentials ? t('pages:servers.credentialsSaved') : t('pages:servers.credentialsNone')}</dd>
        <dt>{t('common:modelServerSharing')}</dt>
        <dd>{server.practiceWide ? t('common:modelServerPracticeWide') : t('common:modelServerOwn')}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void test()} disabled={testing}>
          {testing ? t('pages:servers.testing') : t('pages:servers.test')}
        </button>
        {removing || !server.editable ? null : (
          <button type="button" className="button button--quiet" onClick={() => setRemoving(true)}>
            {t('pages:servers.removeOpen')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {result ? (
          <Notice tone={result.ok ? 'success' : 'error'}>{result.ok ? t('pages:servers.connected', { message: result.message }) : result.message}</Notice>
        ) : null}
      </div>
      {removing ? (
        <form className="form" onSubmit={(e) => void remove(e)} noValidate aria-label={t('pages:servers.removeLabel', { label: server.label })}>
          <p>{t('pages:servers.removeText')}</p>
          <PasswordField
            label={t('pages:servers.confirmPassword')}
            value={password}
            onChange={setPassword}
            error={error}
            autoComplete="current-password"
            name={`remove-password-${server.id}`}
          />
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              {t('pages:servers.remove')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => (setRemoving(false), setError(null), setPassword(''))}>
              {t('pages:artwork.keep')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

export function ServerList({ servers, onChanged }: { servers: ModelServer[]; onChanged(): void }) {
  const { t } = useT();
  if (servers.length === 0) return <p>{t('pages:servers.none')}</p>;
  return (
    <ul className="model-servers">
      {servers.map((s) => (
        <ServerItem key={s.id} server={s} onRemoved={onChanged} />
      ))}
    </ul>
  );
}
