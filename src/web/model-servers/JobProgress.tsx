import './backends.css';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { useT } from '../i18n.tsx';
import type { Job } from './backends-api.ts';

/** A picture being made (built-in engine or a model server): how far along it is, and a way to stop it. */
export function JobProgress({ job, onCancel, cancelling }: { job: Job | null; onCancel(): void; cancelling: boolean }) {
  const { t } = useT();
  const pct = Math.round((job?.progress ?? 0) * 100);
  const waiting = !job || job.state === 'queued';
  const onServer = job !== null && job.backendId !== 'builtin';
  return (
    <div className="job-progress" role="group" aria-label={t('jobs:progressGroup')}>
      <ProgressBar
        className="job-progress"
        value={waiting ? null : (job?.progress ?? 0)}
        label={waiting ? t(onServer ? 'jobs:progressWaitingServer' : 'jobs:progressWaiting') : t('jobs:progressMaking', { pct })}
      />
      <button type="button" className="button button--quiet" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('jobs:progressStopping') : t('jobs:progressCancel')}
      </button>
    </div>
  );
}
