import { useState } from 'react';
import type { Client } from '../api/client.ts';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { CrisisResources } from './CrisisResources.tsx';
import { MeasureChart } from './MeasureChart.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import { MeasureSchedule } from './MeasureSchedule.tsx';
import { measureDefinitions, measureName } from './use-measures.ts';
import { workspaceApi } from './workspace-api.ts';
import type { Crisis, MeasureDefinition, MeasureResponse } from './workspace-api.ts';

/** Each measure over time (PHQ-9, GAD-7, PCL-5, WHO-5, …): a chart with the bands, each response with its change, and a form to enter one in session. */
export function MeasuresPanel({ client }: { client: Client }) {
  const { t } = useT();
  const data = useLoad(() => Promise.all([measureDefinitions(), workspaceApi.measures(client.id)]), [client.id]);
  const [entering, setEntering] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [crisis, setCrisis] = useState<Crisis | null>(null);
  const [saved, setSaved] = useState(0);

  if (data.loading && !data.data) return <Loading label={t('workspace:measures.loading')} />;
  if (data.error || !data.data) return <Notice tone="error">{data.error ?? t('workspace:measures.loadFailed')}</Notice>;
  const [definitions, responses] = data.data;

  const added = (r: MeasureResponse, raised: Crisis | null) => {
    setCrisis(raised);
    data.set((old) => old && [old[0], [...old[1], r]]);
    setEntering(false);
    setSaved((n) => n + 1);
    setStatus(t('workspace:measures.saved', { measure: measureName(definitions, r.measure), total: r.total, max: r.maxTotal, band: r.band.toLowerCase() }));
  };

  return (
    <div className="stack">
      <div className="section-head">
        <h3>{t('workspace:measures.heading')}</h3>
        {!entering && client.status === 'active' ? (
          <button type="button" className="button button--secondary" onClick={() => setEntering(true)}>
            {t('workspace:measures.enter')}
          </button>
        ) : null}
      </div>
      <LiveStatus message={status} />
      <MeasureSchedule clientId={client.id} clientName={client.displayName} refreshKey={saved} />
      {crisis ? <CrisisResources crisis={crisis} audience="therapist" /> : null}
      {entering ? <MeasureForm clientId={client.id} definitions={definitions} onSaved={added} onCancel={() => setEntering(false)} /> : null}
      {definitions.map((d) => (
        <MeasureSeries key={d.id} definition={d} responses={responses.filter((r) => r.measure === d.id)} />
      ))}
    </div>
  );
}

function MeasureSeries({ definition, responses }: { definition: MeasureDefinition; responses: MeasureResponse[] }) {
  const { t } = useT();
  const outcome: Record<string, string> = {
    'reliable-improvement': t('workspace:measures.reliableImprovement'),
    'reliable-deterioration': t('workspace:measures.reliableWorsening'),
    'no-reliable-change': t('workspace:measures.noReliableChange'),
  };
  const name = definition.name;
  return (
    <section className="ws-series" aria-labelledby={`series-${definition.id}`}>
      <h4 id={`series-${definition.id}`}>
        {name} <span className="muted ws-series__title">{definition.title}</span>
      </h4>
      {responses.length === 0 ? (
        <p className="muted">{t('workspace:measures.noneYet', { name })}</p>
      ) : (
        <>
          <MeasureChart definition={definition} responses={responses} />
          <div className="ws-table-wrap">
            <table className="ws-table">
              <caption className="visually-hidden">{t('workspace:measures.caption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workspace:measures.date')}</th>
                  <th scope="col">{t('workspace:measures.total')}</th>
                  <th scope="col">{t('workspace:measures.band')}</th>
                  <th scope="col">{t('workspace:measures.change')}</th>
                </tr>
              </thead>
              <tbody>
                {responses.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{formatWhen(r.createdAt)}</th>
                    <td>
                      {r.total} / {r.maxTotal}
                    </td>
                    <td>
                      {r.band}
                      {r.safetyFlag ? (
                        <span className="tag tag--urgent ws-inline-tag">{t('workspace:measures.safetyItem', { item: definition.safetyItem ?? '?' })}</span>
                      ) : null}
                    </td>
                    <td>
                      {r.change
                        ? `${r.change.change > 0 ? '+' : r.change.change < 0 ? '−' : '±'}${Math.abs(r.change.change)} · ${outcome[r.change.outcome] ?? r.change.outcome}`
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
