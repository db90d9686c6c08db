import './backends.css';
import type { Job } from './backends-api.ts';

/** A picture being made on a model server: how far along it is, and a way to stop it. */
export function JobProgress({ job, onCancel, cancelling }: { job: Job | null; onCancel(): void; cancelling: boolean }) {
  const pct = Math.round((job?.progress ?? 0) * 100);
  const waiting = !job || job.state === 'queued';
  return (
    <div className="job-progress" role="group" aria-label="Picture in progress">
      <label className="job-progress__label" htmlFor="job-progress-bar">
        {waiting ? 'Waiting for the model server…' : `Making your picture… ${pct}%`}
      </label>
      <progress
        id="job-progress-bar"
        className="job-progress__bar"
        max={100}
        value={waiting ? undefined : pct}
        aria-valuetext={waiting ? 'waiting' : `${pct}%`}
      />
      <button type="button" className="button button--quiet" onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Stopping…' : 'Cancel'}
      </button>
    </div>
  );
}
