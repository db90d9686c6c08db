import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { navigate } from '../router.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { groupsApi } from './groups-api.ts';
import './groups.css';

/** My groups; a therapist also creates one here from their caseload. */
export function GroupsPage() {
  const { t } = useT();
  const { me } = useSession();
  const groups = useLoad(() => groupsApi.list().then((r) => r.groups), []);
  return (
    <>
      <PageHeading title={t('groups:title')} lead={me.role === 'therapist' ? t('groups:leadTherapist') : t('groups:leadClient')}>
        {t('groups:title')}
      </PageHeading>
      {groups.error ? <Notice tone="error">{groups.error}</Notice> : null}
      {groups.data && groups.data.length === 0 ? <p>{t('groups:none')}</p> : null}
      <ul className="group-list">
        {(groups.data ?? []).map((g) => (
          <li key={g.id}>
            <Link to={`/groups/${g.id}`}>{g.name}</Link> <span className="muted">{t('groups:memberCount', { count: g.members })}</span>
          </li>
        ))}
      </ul>
      {me.role === 'therapist' ? <CreateGroup /> : null}
    </>
  );
}

function CreateGroup() {
  const { t } = useT();
  const clients = useLoad(() => api.clients(false), []);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const g = await groupsApi.create({ name, clientIds: [...chosen] });
      navigate(`/groups/${g.id}`);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="new-group">
      <h2 id="new-group">{t('groups:create.heading')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field
          label={t('groups:create.name')}
          name="groupName"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={80}
        />
        <fieldset>
          <legend>{t('groups:create.members')}</legend>
          <p className="muted">{t('groups:create.consentHint')}</p>
          {(clients.data ?? []).map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={chosen.has(c.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(c.id);
                  else next.delete(c.id);
                  setChosen(next);
                }}
              />{' '}
              {c.displayName}
            </label>
          ))}
        </fieldset>
        {error ? (
          <Notice tone="error" id="create-group-error">
            {error}
          </Notice>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy || chosen.size === 0 || !name.trim()}>
          {t('groups:create.submit')}
        </button>
      </form>
    </section>
  );
}
