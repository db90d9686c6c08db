/**
 * Pictures being made by a model server (`generatePictures` with `async`): progress and cancel.
 * Jobs live in this process's memory (single node) and belong to one client; any other id, or a
 * job of another client, is reported as missing.
 */
import type { z } from 'zod';
import type { JobRegistry, JobView } from '../../backends/index.ts';
import type { JobInfo } from '../../domain/api/jobs.schemas.ts';
import type { Actor, Subject } from '../context.ts';
import { HttpError } from '../errors.ts';

export interface JobsDeps {
  jobs: JobRegistry;
}

const jobDto = (j: JobView): z.infer<typeof JobInfo> => ({
  id: j.id, clientId: j.clientId, backendId: j.backend, state: j.state, progress: j.progress, stage: j.stage, artworkIds: j.resultIds, error: j.error,
});

function own({ jobs }: JobsDeps, clientId: string, jobId: string): JobView {
  const j = jobs.get(jobId);
  if (!j || j.clientId !== clientId) throw new HttpError('not_found', 'That picture job was not found. Finished jobs are kept for 15 minutes.');
  return j;
}

export function jobInfo(deps: JobsDeps, _actor: Actor, { client }: Subject, jobId: string): z.infer<typeof JobInfo> {
  return jobDto(own(deps, client.id, jobId));
}

export function cancelJob(deps: JobsDeps, _actor: Actor, { client }: Subject, jobId: string): z.infer<typeof JobInfo> {
  own(deps, client.id, jobId);
  return jobDto(deps.jobs.cancel(jobId)!);
}
