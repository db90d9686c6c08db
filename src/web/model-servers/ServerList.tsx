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
    if (!password) return setError('Please enter your password to remove this server.');
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
        <dt>Kind</dt>
        <dd>{KIND_LABELS[server.kind]}</dd>
        <dt>Address</dt>
        <dd className="model-server__url">{server.url}</dd>
        {server.model ? (
          <>
            <dt>Model</dt>
            <dd>{server.model}</dd>
          </>
        ) : null}
        {modelServerKind(server.kind).files.map((f) => (
          <Fragment key={f.key}>
            <dt>{f.label}</dt>
            <dd className="model-server__url">{server.files[f.key] ?? 'The one loaded on the server'}</dd>
          </Fragment>
        ))}
        <dt>Credentials</dt>
        <dd>{server.hasCredentials ? 'Saved (sealed, not shown)' : 'None'}</dd>
        <dt>{t('common:modelServerSharing')}</dt>
        <dd>{server.practiceWide ? t('common:modelServerPracticeWide') : t('common:modelServerOwn')}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void test()} disabled={testing}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        {removing || !server.editable ? null : (
          <button type="button" className="button button--quiet" onClick={() => setRemoving(true)}>
            Remove…
          </button>
        )}
      </div>
      <div aria-live="polite">
        {result ? <Notice tone={result.ok ? 'success' : 'error'}>{result.ok ? `Connected. ${result.message}` : result.message}</Notice> : null}
      </div>
      {removing ? (
        <form className="form" onSubmit={(e) => void remove(e)} noValidate aria-label={`Remove ${server.label}`}>
          <p>Pictures already made by this server stay in the galleries. New pictures can no longer be made with it.</p>
          <PasswordField
            label="Your Hearth password, to confirm"
            value={password}
            onChange={setPassword}
            error={error}
            autoComplete="current-password"
            name={`remove-password-${server.id}`}
          />
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              Remove server
            </button>
            <button type="button" className="button button--quiet" onClick={() => (setRemoving(false), setError(null), setPassword(''))}>
              Keep it
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

export function ServerList({ servers, onChanged }: { servers: ModelServer[]; onChanged(): void }) {
  if (servers.length === 0) return <p>No model servers yet. Pictures are made by Hearth’s built-in engine on this computer.</p>;
  return (
    <ul className="model-servers">
      {servers.map((s) => (
        <ServerItem key={s.id} server={s} onRemoved={onChanged} />
      ))}
    </ul>
  );
}
