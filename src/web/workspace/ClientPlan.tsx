import { Loading, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { workspaceApi } from './workspace-api.ts';
import './workspace.css';
import './records.css';
import { useT } from '../i18n.tsx';

/**
 * The treatment plan the therapist chose to share, in the client's own space: the goals, the
 * steps towards them and what the two of them will try. Nothing shows until a plan is shared.
 */
export function ClientPlan({ clientId }: { clientId: string }) {
  const { t } = useT();
  const list = useLoad(() => workspaceApi.plans(clientId), [clientId]);
  const plans = (list.data ?? []).filter((p) => p.status === 'active');
  if (list.loading && !list.data) return <Loading label={t('workspace:clientPlan.loading')} />;
  if (list.error) return <Notice tone="error">{list.error}</Notice>;
  if (plans.length === 0) return null;

  return (
    <section className="card" aria-labelledby="my-plan-heading">
      <h2 id="my-plan-heading">{t('workspace:clientPlan.heading')}</h2>
      <p className="muted">{t('workspace:clientPlan.lead')}</p>
      {plans.map((p) => (
        <article key={p.id} className="ws-plan" aria-label={t('workspace:plans.from', { date: formatDate(p.createdAt) })}>
          {p.content.goals.map((g) => (
            <div key={g.id} className="ws-plan__goal">
              <h3 className="ws-plan__goal-text">{g.text}</h3>
              {g.objectives.length > 0 ? (
                <ul className="ws-plan__objectives">
                  {g.objectives.map((o) => (
                    <li key={o.id}>{o.text}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
          {p.content.interventions.length > 0 ? (
            <>
              <h3>{t('workspace:clientPlan.try')}</h3>
              <ul>
                {p.content.interventions.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}
    </section>
  );
}
