import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { useLoad } from '../use-load.ts';
import { SelfPortraitLink } from '../stories/SelfPortraitLink.tsx';
import { Sparkline } from './Sparkline.tsx';
import { workspaceApi } from './workspace-api.ts';

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The features worth a glance, in plain words; observations may name others too. */
const FEATURES: { key: string; label: string }[] = [
  { key: 'brightness', label: 'Brightness' },
  { key: 'saturation', label: 'Saturation' },
  { key: 'warmCoolBalance', label: 'Warm–cool balance' },
  { key: 'edgeDensity', label: 'Detail (edge density)' },
  { key: 'inkCoverage', label: 'Use of space' },
];

/**
 * Descriptive features of the client's works against their own baseline: a timeline of
 * thumbnails, a few sparklines and the observation sentences — observations, never a diagnosis.
 */
export function InsightsPanel({ client }: { client: Client }) {
  const data = useLoad(() => workspaceApi.insights(client.id), [client.id]);
  if (data.loading && !data.data) return <Loading label="Looking at the works… (the first time can take a moment)" />;
  if (data.error || !data.data) return <Notice tone="error">{data.error ?? 'Insights could not be loaded.'}</Notice>;
  const { works, observations, baseline, note } = data.data;
  const index = new Map(works.map((w, i) => [w.id, i]));
  const flagged = new Set(observations.flatMap((o) => o.workIds.map((id) => index.get(id)).filter((i) => i !== undefined)));

  return (
    <div className="stack">
      <h3>Insights from the artwork</h3>
      <p className="ws-note">{note}</p>
      <SelfPortraitLink clientId={client.id} />
      {works.length === 0 ? <p className="muted">No works yet. Insights appear once {client.displayName} has made or uploaded some art.</p> : null}
      {works.length > 0 && baseline.have < baseline.needed ? (
        <p className="muted">
          A baseline needs {baseline.needed} works; there {baseline.have === 1 ? 'is' : 'are'} {baseline.have} so far. Until then Hearth only describes each
          work.
        </p>
      ) : null}
      {observations.length > 0 ? (
        <section aria-labelledby="obs-heading">
          <h4 id="obs-heading">Changes against this client’s usual range</h4>
          <ul className="ws-observations">
            {observations.map((o) => (
              <li key={`${o.feature}-${o.direction}`}>{o.sentence}</li>
            ))}
          </ul>
        </section>
      ) : works.length > 0 && baseline.have >= baseline.needed ? (
        <p className="muted">The recent works sit within this client’s usual range.</p>
      ) : null}
      {works.length > 0 ? (
        <>
          <h4>Timeline</h4>
          <ol className="ws-timeline">
            {works.map((w, i) => (
              <li key={w.id} className={flagged.has(i) ? 'ws-timeline__item ws-timeline__item--marked' : 'ws-timeline__item'}>
                <Link to={`/artworks/${w.id}`} className="ws-timeline__link">
                  <img src={w.thumbUrl} alt="" loading="lazy" className="ws-timeline__thumb" />
                  <span className="ws-timeline__title">{w.title || 'Untitled'}</span>
                  <span className="muted ws-timeline__date">{shortDate.format(new Date(w.createdAt))}</span>
                  {flagged.has(i) ? <span className="visually-hidden"> (named in an observation)</span> : null}
                </Link>
              </li>
            ))}
          </ol>
          <h4>Features across the works, oldest first</h4>
          <p className="muted ws-small">Shaded: this client’s usual range, once there is a baseline. Dots in colour: works named in an observation.</p>
          <div className="ws-sparks">
            {FEATURES.map((f) => {
              const obs = observations.find((o) => o.feature === f.key);
              return (
                <Sparkline
                  key={f.key}
                  label={f.label}
                  values={works.map((w) => w.values[f.key])}
                  usual={obs?.usual}
                  marked={obs ? new Set(obs.workIds.map((id) => index.get(id) ?? -1)) : undefined}
                />
              );
            })}
          </div>
        </>
      ) : null}
    </div>
  );
}
