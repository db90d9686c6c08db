/**
 * Pictures being made (`generatePictures` with `async`): progress and cancel. Jobs live in the
 * database (`JobRunner`), so any app node answers for a job any other node accepted or runs;
 * each belongs to one client, and any other id, or a job of another client, is reported as missing.
 */
import type { z } from 'zod';
import type { JobInfo } from '../../domain/api/jobs.schemas.ts';
import type { Actor, Subject } from '../context.ts';
import { em, HttpError } from '../errors.ts';
import type { JobRunner, JobView } from '../jobs/job-runner.ts';

export interface JobsDeps {
  jobs: JobRunner;
}

const jobDto = (j: JobView): z.infer<typeof JobInfo> => ({
  id: j.id,
  clientId: j.clientId,
  backendId: j.backend,
  state: j.state,
  progress: j.progress,
  stage: j.stage,
  artworkIds: j.resultIds,
  error: j.error,
});

async function own({ jobs }: JobsDeps, clientId: string, jobId: string): Promise<JobView> {
  const j = await jobs.get(jobId);
  if (!j || j.clientId !== clientId) throw new HttpError('not_found', em('errors:studio.pictureJobFoundFinished'));
  return j;
}

export async function jobInfo(deps: JobsDeps, _actor: Actor, { client }: Subject, jobId: string): Promise<z.infer<typeof JobInfo>> {
  return jobDto(await own(deps, client.id, jobId));
}

export async function cancelJob(deps: JobsDeps, _actor: Actor, { client }: Subject, jobId: string): Promise<z.infer<typeof JobInfo>> {
  await own(deps, client.id, jobId);
  return jobDto((await deps.jobs.cancel(jobId))!);
}
