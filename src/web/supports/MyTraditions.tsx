import { useEffect, useState } from 'react';
import { byId, messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { Loading, Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';

/**
 * The cultural traditions a client chooses as their own (the client edits; the therapist sees
 * them). Each shows what Hearth draws on from it and what it leaves alone.
 */
export function MyTraditions({ clientId, role }: { clientId: string; role: 'client' | 'therapist' }) {
  const { t, locale } = useT();
  const load = useLoad(() => data(http.GET('/api/clients/{id}/traditions', byId(clientId))), [clientId]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (load.data) setChosen(load.data.traditions);
  }, [load.data]);

  const save = async () => {
    setError(null);
    setStatus(null);
    try {
      const out = await data(http.PUT('/api/clients/{id}/traditions', { ...byId(clientId), body: { traditions: chosen } }));
      setChosen(out.traditions);
      setStatus(t('supports:traditions.saved'));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const available = load.data?.available ?? [];
  return (
    <section className="card stack" aria-labelledby="traditions-heading">
      <h2 id="traditions-heading">{role === 'client' ? t('supports:traditions.headingClient') : t('supports:traditions.headingTherapist')}</h2>
      <p className="muted">{role === 'client' ? t('supports:traditions.leadClient') : t('supports:traditions.leadTherapist')}</p>
      {load.loading && !load.data ? <Loading /> : null}
      {load.error ? <Notice tone="error">{load.error}</Notice> : null}
      {role === 'client' ? (
        <fieldset className="support-traditions">
          <legend>{t('supports:traditions.legend')}</legend>
          {available.map((tr) => (
            <label key={tr.id} className="support-choice">
              <input
                type="checkbox"
                checked={chosen.includes(tr.id)}
                onChange={(e) => setChosen((xs) => (e.target.checked ? [...xs, tr.id] : xs.filter((x) => x !== tr.id)))}
              />{' '}
              {tr.names[locale]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {role === 'therapist' && load.data && chosen.length === 0 ? <p>{t('supports:traditions.noneChosen')}</p> : null}
      <ul className="plain-list stack">
        {available
          .filter((tr) => chosen.includes(tr.id))
          .map((tr) => (
            <li key={tr.id}>
              <strong>{tr.names[locale]}</strong>
              <div>
                {t('supports:traditions.drawOn')}: {tr.drawOn}
              </div>
              <div className="muted">
                {t('supports:traditions.avoid')}: {tr.avoid}
              </div>
            </li>
          ))}
      </ul>
      {role === 'client' ? (
        <div className="support-row">
          <button type="button" className="button button--primary" onClick={() => void save()}>
            {t('supports:traditions.save')}
          </button>
          {status ? <span role="status">{status}</span> : null}
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
