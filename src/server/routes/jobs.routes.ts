import { JobInfo, JobParams } from '../../domain/api/jobs.schemas.ts';
import { cancelJob, jobInfo } from '../../services/studio/jobs.service.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/**
 * Pictures being made by a model server (`POST …/generate` with `async: true` answers 202 with
 * a job id): progress and cancel, under the client's path for the client and their therapist.
 * Reading progress is not audited (the studio polls it twice a second and it holds no client
 * content; the generate request that started the job and the artworks it made are audited);
 * cancelling is.
 */
export function jobRoutes(app: App, deps: Deps): void {
  const SCOPED = { roles: ['therapist', 'client'], scope: 'client', param: 'id' } as const;

  app.get(
    '/api/clients/:id/jobs/:jobId',
    {
      config: { access: SCOPED },
      schema: {
        tags: ['studio'],
        summary: 'Progress of a picture being made by a model server (0..1), and the artworks when done',
        params: JobParams,
        response: { 200: JobInfo },
      },
    },
    async (req) => jobInfo(deps, requireActor(req.actor), requireSubject(req.subject), req.params.jobId),
  );

  app.post(
    '/api/clients/:id/jobs/:jobId/cancel',
    {
      config: { access: SCOPED, audit: 'artwork.generate_cancel' },
      schema: {
        tags: ['studio'],
        summary: 'Stop a picture that is waiting or being made (the model server is told to stop)',
        params: JobParams,
        response: { 200: JobInfo },
      },
    },
    async (req) => {
      const job = await cancelJob(deps, requireActor(req.actor), requireSubject(req.subject), req.params.jobId);
      req.auditNote.targetId = req.params.jobId;
      return job;
    },
  );
}
