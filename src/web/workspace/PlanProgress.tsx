import { formatDate } from '../format.ts';
import { measureName, useMeasureDefinitions } from './use-measures.ts';
import type { Progress } from './workspace-api.ts';

const STATUS: Record<Progress['status'], { label: string; tone: string }> = {
  met: { label: 'Target met', tone: 'tag--ok' },
  not_yet: { label: 'Not yet', tone: 'tag--waiting' },
  overdue: { label: 'Past the date', tone: 'tag--concern' },
  no_data: { label: 'No scores yet', tone: '' },
};

/** How a measurable objective stands: first and latest score against the target, as words and a small bar. */
export function PlanProgress({ progress }: { progress: Progress | undefined }) {
  const defs = useMeasureDefinitions().data;
  if (!progress) return null;
  const name = measureName(defs, progress.measure);
  const max = defs?.find((d) => d.id === progress.measure)?.maxTotal ?? Math.max(progress.target, progress.latest ?? 0, 1);
  const s = STATUS[progress.status];
  const pct = (v: number) => `${Math.min(100, (v / max) * 100)}%`;
  return (
    <div className="ws-progress">
      <p className="ws-progress__text">
        <span className={`tag ${s.tone}`}>{s.label}</span> {name} {progress.direction} {progress.target} by {formatDate(progress.by)}
        {progress.latest !== null ? (
          <>
            {' · '}
            {progress.first !== null && progress.first !== progress.latest ? `from ${progress.first} to ` : 'now '}
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
