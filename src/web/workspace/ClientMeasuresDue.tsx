import { useState } from 'react';
import { LiveStatus, Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { CrisisResources } from './CrisisResources.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import { measureDefinitions, measureName } from './use-measures.ts';
import { workspaceApi } from './workspace-api.ts';
import type { Crisis, MeasureKind, MeasureResponse } from './workspace-api.ts';
import './workspace.css';

/**
 * The questionnaires the client's therapist has scheduled and that are due now, on the client's
 * home screen. Answering one clears it. Shows nothing when none is due.
 */
export function ClientMeasuresDue({ clientId }: { clientId: string }) {
  const { t } = useT();
  const data = useLoad(() => Promise.all([workspaceApi.measureSchedule(clientId), measureDefinitions()]), [clientId]);
  const [answering, setAnswering] = useState<MeasureKind | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [crisis, setCrisis] = useState<Crisis | null>(null);

  const due = (data.data?.[0] ?? []).filter((s) => s.due);
  const saved = (r: MeasureResponse, c: Crisis | null) => {
    setCrisis(c);
    setAnswering(null);
    data.set((old) => old && [old[0].map((s) => (s.measure === r.measure ? { ...s, due: false, overdue: false } : s)), old[1]]);
    setStatus(t('workspace:due.thanks', { measure: measureName(data.data?.[1], r.measure) }));
  };

  if (data.error) return <Notice tone="error">{data.error}</Notice>;
  if (due.length === 0 && !status && !crisis) return null;
  const definition = data.data?.[1].find((d) => d.id === answering);
  return (
    <section className="card card--soft" aria-labelledby="due-heading">
      <h2 id="due-heading">{t('workspace:due.heading')}</h2>
      {crisis ? <CrisisResources crisis={crisis} /> : null}
      <LiveStatus message={status} />
      {status && due.length === 0 ? <p>{status}</p> : null}
      {due.length > 0 ? <p className="muted">{t('workspace:due.lead')}</p> : null}
      <ul className="ws-due-list">
        {due.map((s) => (
          <li key={s.measure} className="ws-due">
            <span className="ws-due__name">{s.title}</span>
            {s.overdue ? (
              <span className="tag tag--alert">{t('workspace:schedule.overdue')}</span>
            ) : (
              <span className="tag tag--ok">{t('workspace:schedule.due')}</span>
            )}
            {answering !== s.measure ? (
              <button type="button" className="button button--primary button--small" onClick={() => setAnswering(s.measure)}>
                {t('workspace:due.answer', { measure: s.title })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {definition ? (
        <MeasureForm
          clientId={clientId}
          definitions={[definition]}
          onSaved={saved}
          onCancel={() => setAnswering(null)}
          heading={t('workspace:due.yours', { name: definition.name })}
        />
      ) : null}
    </section>
  );
}
