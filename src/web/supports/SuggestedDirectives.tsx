import { useState } from 'react';
import { api, byId, messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { Loading, Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';

type Approved = 'homework' | 'session';

/**
 * Directives ranked for this client, each with its reason (in the reader's language; worded by the
 * practice's language model when one is configured). Nothing is shown to the client until the
 * therapist approves one here: as homework, or planned for the next scheduled session.
 */
export function SuggestedDirectives({ clientId }: { clientId: string }) {
  const { t, locale } = useT();
  const list = useLoad(
    () => data(http.GET('/api/clients/{id}/directive-suggestions', { params: { path: { id: clientId }, query: { lang: locale } } })),
    [clientId, locale],
  );
  const sessions = useLoad(() => api.sessions(clientId), [clientId]);
  const [approved, setApproved] = useState<Record<string, Approved>>({});
  const [error, setError] = useState<string | null>(null);
  const next = (sessions.data ?? [])
    .filter((s) => s.status === 'scheduled' && new Date(s.scheduledAt).getTime() > Date.now())
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];

  const approve = async (directiveId: string, as: Approved) => {
    setError(null);
    try {
      if (as === 'homework') await data(http.POST('/api/clients/{id}/homework', { ...byId(clientId), body: { directiveId } }));
      else if (next) await data(http.POST('/api/sessions/{id}/directives', { ...byId(next.id), body: { directiveId } }));
      setApproved((xs) => ({ ...xs, [directiveId]: as }));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const based = list.data?.basedOn;
  const nextWhen = next ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(next.scheduledAt)) : null;
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
          <br />
          {t('supports:suggest.learnedFrom', { rated: based.rated, trends: based.trends, listenings: based.listenings })}
        </p>
      ) : null}
      {list.data?.wordedBy === 'model' ? <p className="muted">{t('supports:suggest.wordedByModel')}</p> : null}
      {sessions.data && !next ? <p className="muted">{t('supports:suggest.noNextSession')}</p> : null}
      {list.data && list.data.suggestions.length === 0 ? <p>{t('supports:suggest.none')}</p> : null}
      <ol className="support-suggestions">
        {(list.data?.suggestions ?? []).map((s) => (
          <li key={s.directiveId} className="support-suggestion">
            <div>
              <strong>{s.title}</strong>
              <p className="support-suggestion__reason">{s.reason}</p>
            </div>
            {approved[s.directiveId] ? (
              <span role="status">
                {approved[s.directiveId] === 'homework' ? t('supports:suggest.assigned') : t('supports:suggest.planned', { when: nextWhen ?? '' })}
              </span>
            ) : (
              <div className="support-suggestion__actions">
                <button type="button" className="button" onClick={() => void approve(s.directiveId, 'homework')}>
                  {t('supports:suggest.assign')}
                  <span className="visually-hidden"> ({s.title})</span>
                </button>
                {next ? (
                  <button type="button" className="button button--secondary" onClick={() => void approve(s.directiveId, 'session')}>
                    {t('supports:suggest.planNext')}
                    <span className="visually-hidden"> ({s.title})</span>
                  </button>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
