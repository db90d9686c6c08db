import { useState } from 'react';
import { byId, messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { Loading, Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';

/**
 * Directives ranked for this client, each with its reason. Nothing is shown to the client until
 * the therapist assigns one as homework here.
 */
export function SuggestedDirectives({ clientId }: { clientId: string }) {
  const { t } = useT();
  const list = useLoad(() => data(http.GET('/api/clients/{id}/directive-suggestions', byId(clientId))), [clientId]);
  const [assigned, setAssigned] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const assign = async (directiveId: string) => {
    setError(null);
    try {
      await data(http.POST('/api/clients/{id}/homework', { ...byId(clientId), body: { directiveId } }));
      setAssigned((xs) => [...xs, directiveId]);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const based = list.data?.basedOn;
  return (
    <section className="card stack" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('supports:suggest.heading')}</h2>
      <p className="muted">{t('supports:suggest.lead')}</p>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {based ? (
        <p className="muted">
          {t('supports:suggest.basedOn', { goals: based.goals, gad7: based.gad7 ?? '—', phq9: based.phq9 ?? '—', completed: based.completed })}
        </p>
      ) : null}
      {list.data && list.data.suggestions.length === 0 ? <p>{t('supports:suggest.none')}</p> : null}
      <ol className="support-suggestions">
        {(list.data?.suggestions ?? []).map((s) => (
          <li key={s.directiveId} className="support-suggestion">
            <div>
              <strong>{s.title}</strong>
              <p className="support-suggestion__reason">{s.reason}</p>
            </div>
            {assigned.includes(s.directiveId) ? (
              <span role="status">{t('supports:suggest.assigned')}</span>
            ) : (
              <button type="button" className="button" onClick={() => void assign(s.directiveId)}>
                {t('supports:suggest.assign')}
                <span className="visually-hidden"> ({s.title})</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
