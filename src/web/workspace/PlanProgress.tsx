import { formatDate } from '../format.ts';
import { measureName, useMeasureDefinitions } from './use-measures.ts';
import type { Progress } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

const TONE: Record<Progress['status'], string> = { met: 'tag--ok', not_yet: 'tag--waiting', overdue: 'tag--concern', no_data: '' };

/** How a measurable objective stands: first and latest score against the target, as words and a small bar. */
export function PlanProgress({ progress }: { progress: Progress | undefined }) {
  const { t } = useT();
  const defs = useMeasureDefinitions().data;
  if (!progress) return null;
  const name = measureName(defs, progress.measure);
  const max = defs?.find((d) => d.id === progress.measure)?.maxTotal ?? Math.max(progress.target, progress.latest ?? 0, 1);
  const label: Record<Progress['status'], string> = {
    met: t('workspace:progress.met'),
    not_yet: t('workspace:progress.not_yet'),
    overdue: t('workspace:progress.overdue'),
    no_data: t('workspace:progress.no_data'),
  };
  const s = { label: label[progress.status], tone: TONE[progress.status] };
  const pct = (v: number) => `${Math.min(100, (v / max) * 100)}%`;
  return (
    <div className="ws-progress">
      <p className="ws-progress__text">
        <span className={`tag ${s.tone}`}>{s.label}</span>{' '}
        {t('workspace:progress.target', { measure: name, direction: progress.direction, target: progress.target, by: formatDate(progress.by) })}
        {progress.latest !== null ? (
          <>
            {' · '}
            {progress.first !== null && progress.first !== progress.latest
              ? t('workspace:progress.fromTo', { first: progress.first })
              : t('workspace:progress.now')}{' '}
            <strong>{progress.latest}</strong>
            {progress.latestAt ? <span className="muted"> ({formatDate(progress.latestAt)})</span> : null}
          </>
        ) : null}
      </p>
      {progress.latest !== null ? (
        <div className="ws-progress__bar" aria-hidden="true">
          <span className="ws-progress__fill" style={{ width: pct(progress.latest) }} />
          <span className="ws-progress__target" style={{ left: pct(progress.target) }} />
        </div>
      ) : null}
    </div>
  );
}
