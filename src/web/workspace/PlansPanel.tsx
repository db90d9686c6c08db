import { useState } from 'react';
import type { Client } from '../api/client.ts';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanProgress } from './PlanProgress.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { PlanBody, PlanItem } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

/** Treatment plans: write and revise, see each measurable objective's progress, share with the client. */
export function PlansPanel({ client }: { client: Client }) {
  const { t } = useT();
  const list = useLoad(() => workspaceApi.plans(client.id), [client.id]);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const put = (p: PlanItem) => list.set((old) => (old?.some((x) => x.id === p.id) ? old.map((x) => (x.id === p.id ? p : x)) : [p, ...(old ?? [])]));
  const create = async (content: PlanBody, shared: boolean) => {
    put(await workspaceApi.createPlan(client.id, { ...content, shared }));
    setEditing(null);
    setStatus(shared ? t('workspace:plans.savedShared') : t('workspace:plans.saved'));
  };
  const revise = (id: string) => async (content: PlanBody) => {
    put(await workspaceApi.updatePlan(id, { content }));
    setEditing(null);
    setStatus(t('workspace:plans.revised'));
  };
  const share = async (p: PlanItem, shared: boolean) => {
    setError(null);
    put({ ...p, shared }); // at once, so the box follows the click; undone if the server refuses
    try {
      put(await workspaceApi.updatePlan(p.id, { shared }));
      setStatus(shared ? `The plan is now shared with ${client.displayName}.` : `The plan is no longer shared with ${client.displayName}.`);
    } catch (e) {
      put(p);
      setError(workspaceMessage(e));
    }
  };

  const plans = (list.data ?? []).filter((p) => p.status === 'active');
  return (
    <div className="stack">
      <div className="section-head">
        <h3>{t('workspace:plans.heading')}</h3>
        {editing === null && client.status === 'active' ? (
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            {plans.length > 0 ? t('workspace:plans.writeNew') : t('workspace:plans.write')}
          </button>
        ) : null}
      </div>
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {editing === 'new' ? <PlanEditor submitLabel={t('workspace:plans.save')} askShare onSubmit={create} onCancel={() => setEditing(null)} /> : null}
      {list.loading && !list.data ? <Loading label={t('workspace:plans.loading')} /> : null}
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {list.data && plans.length === 0 && editing !== 'new' ? <p className="muted">{t('workspace:plans.none')}</p> : null}
      {plans.map((p) =>
        editing === p.id ? (
          <PlanEditor key={p.id} initial={p.content} submitLabel={t('workspace:plans.saveChanges')} onSubmit={revise(p.id)} onCancel={() => setEditing(null)} />
        ) : (
          <article key={p.id} className="ws-plan" aria-label={t('workspace:plans.from', { date: formatDate(p.createdAt) })}>
            <div className="section-head">
              <p className="muted ws-plan__meta">
                {t('workspace:plans.written', { date: formatDate(p.createdAt) })}
                {formatDate(p.updatedAt) !== formatDate(p.createdAt) ? ` · ${t('workspace:plans.revisedAt', { date: formatDate(p.updatedAt) })}` : ''}
              </p>
              <div className="actions actions--tight">
                <label className="checkbox">
                  <input type="checkbox" checked={p.shared} onChange={(e) => void share(p, e.target.checked)} />
                  {t('workspace:plans.sharedWith', { name: client.displayName })}
                </label>
                <button type="button" className="button button--quiet button--small" onClick={() => setEditing(p.id)}>
                  {t('workspace:plans.revise')}
                </button>
              </div>
            </div>
            {p.content.problems.length > 0 ? (
              <>
                <h4>{t('workspace:plans.problems')}</h4>
                <ul>
                  {p.content.problems.map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <h4>{t('workspace:plans.goals')}</h4>
            {p.content.goals.map((g) => (
              <div key={g.id} className="ws-plan__goal">
                <p className="ws-plan__goal-text">{g.text}</p>
                <ul className="ws-plan__objectives">
                  {g.objectives.map((o) => (
                    <li key={o.id}>
                      <span>{o.text}</span>
                      <PlanProgress progress={p.progress.find((x) => x.goalId === g.id && x.objectiveId === o.id)} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {p.content.interventions.length > 0 ? (
              <>
                <h4>{t('workspace:plans.interventions')}</h4>
                <ul>
                  {p.content.interventions.map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        ),
      )}
    </div>
  );
}
