import { Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { storiesApi } from './stories-api.ts';

/** The descriptive features shown side by side, in this order (the drawing ones only for works drawn in the studio). */
const FEATURES = [
  'brightness',
  'saturation',
  'colourfulness',
  'warmCoolBalance',
  'paletteSize',
  'inkCoverage',
  'edgeDensity',
  'symmetryLeftRight',
  'pressureMean',
  'strokeCount',
  'activeTimeMs',
] as const;

const number = (v: number | undefined, key: string): string => {
  if (v === undefined) return '—';
  if (key === 'activeTimeMs') return `${Math.round(v / 1000)} s`;
  if (key === 'paletteSize' || key === 'strokeCount') return String(Math.round(v));
  return v.toFixed(2);
};

/**
 * For the therapist: what the insights measure in each chosen self-portrait, in columns side by
 * side (colour, space used, line pressure…). Descriptions of the pictures, never interpretation.
 */
export function SelfPortraitFeatures({ clientId, works }: { clientId: string; works: readonly { artworkId: string; title: string; createdAt: string }[] }) {
  const { t } = useT();
  const insights = useLoad(() => storiesApi.insights(clientId), [clientId]);
  if (insights.error) return <Notice tone="info">{insights.error}</Notice>;
  if (!insights.data) return <p className="muted">{t('stories:features.loading')}</p>;
  const values = new Map(insights.data.works.map((w) => [w.id, w.values]));
  const rows = FEATURES.filter((k) => works.some((w) => values.get(w.artworkId)?.[k] !== undefined));
  return (
    <div className="stack">
      <h3 id="features-heading">{t('stories:features.heading')}</h3>
      <p className="muted">{t('stories:features.note')}</p>
      <div className="table-scroll">
        <table className="features-table" aria-labelledby="features-heading">
          <thead>
            <tr>
              <th scope="col">{t('stories:features.feature')}</th>
              {works.map((w) => (
                <th key={w.artworkId} scope="col">
                  {w.title || t('stories:series.untitled')}
                  <br />
                  <span className="muted">{formatDate(w.createdAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => (
              <tr key={k}>
                <th scope="row">{t(`stories:features.${k}`)}</th>
                {works.map((w) => (
                  <td key={w.artworkId}>{number(values.get(w.artworkId)?.[k], k)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
