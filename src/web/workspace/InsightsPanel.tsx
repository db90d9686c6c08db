import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { useLoad } from '../use-load.ts';
import { SelfPortraitLink } from '../stories/SelfPortraitLink.tsx';
import { Sparkline } from './Sparkline.tsx';
import { workspaceApi } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

/** The features worth a glance, in plain words; observations may name others too. */
const FEATURES = ['brightness', 'saturation', 'warmCoolBalance', 'edgeDensity', 'inkCoverage'] as const;

/**
 * Descriptive features of the client's works against their own baseline: a timeline of
 * thumbnails, a few sparklines and the observation sentences — observations, never a diagnosis.
 */
export function InsightsPanel({ client }: { client: Client }) {
  const { t, locale } = useT();
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const featureLabel: Record<(typeof FEATURES)[number], string> = {
    brightness: t('workspace:insights.brightness'),
    saturation: t('workspace:insights.saturation'),
    warmCoolBalance: t('workspace:insights.warmCool'),
    edgeDensity: t('workspace:insights.edgeDensity'),
    inkCoverage: t('workspace:insights.inkCoverage'),
  };
  const data = useLoad(() => workspaceApi.insights(client.id), [client.id]);
  if (data.loading && !data.data) return <Loading label={t('workspace:insights.loading')} />;
  if (data.error || !data.data) return <Notice tone="error">{data.error ?? t('workspace:insights.loadFailed')}</Notice>;
  const { works, observations, baseline, note } = data.data;
  const index = new Map(works.map((w, i) => [w.id, i]));
  const flagged = new Set(observations.flatMap((o) => o.workIds.map((id) => index.get(id)).filter((i) => i !== undefined)));

  return (
    <div className="stack">
      <h3>{t('workspace:insights.heading')}</h3>
      <p className="ws-note">{note}</p>
      <SelfPortraitLink clientId={client.id} />
      {works.length === 0 ? <p className="muted">{t('workspace:insights.noWorks', { name: client.displayName })}</p> : null}
      {works.length > 0 && baseline.have < baseline.needed ? (
        <p className="muted">{t('workspace:insights.baseline', { needed: baseline.needed, have: baseline.have })}</p>
      ) : null}
      {observations.length > 0 ? (
        <section aria-labelledby="obs-heading">
          <h4 id="obs-heading">{t('workspace:insights.changes')}</h4>
          <ul className="ws-observations">
            {observations.map((o) => (
              <li key={`${o.feature}-${o.direction}`}>{o.sentence}</li>
            ))}
          </ul>
        </section>
      ) : works.length > 0 && baseline.have >= baseline.needed ? (
        <p className="muted">{t('workspace:insights.within')}</p>
      ) : null}
      {works.length > 0 ? (
        <>
          <h4>{t('workspace:insights.timeline')}</h4>
          <ol className="ws-timeline">
            {works.map((w, i) => (
              <li key={w.id} className={flagged.has(i) ? 'ws-timeline__item ws-timeline__item--marked' : 'ws-timeline__item'}>
                <Link to={`/artworks/${w.id}`} className="ws-timeline__link">
                  <img src={w.thumbUrl} alt="" loading="lazy" className="ws-timeline__thumb" />
                  <span className="ws-timeline__title">{w.title || t('pages:gallery.untitled')}</span>
                  <span className="muted ws-timeline__date">{shortDate.format(new Date(w.createdAt))}</span>
                  {flagged.has(i) ? <span className="visually-hidden"> ({t('workspace:insights.named')})</span> : null}
                </Link>
              </li>
            ))}
          </ol>
          <h4>{t('workspace:insights.features')}</h4>
          <p className="muted ws-small">{t('workspace:insights.legend')}</p>
          <div className="ws-sparks">
            {FEATURES.map((f) => {
              const obs = observations.find((o) => o.feature === f);
              return (
                <Sparkline
                  key={f}
                  label={featureLabel[f]}
                  values={works.map((w) => w.values[f])}
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
