import type { z } from 'zod';
import { describeBackendFailure, isServerFailure } from '../../backends/index.ts';
import type { ImageBackend } from '../../backends/index.ts';
import type { JobView } from '../../backends/job-registry.ts';
import { consentRefusal } from '../../domain/consent.ts';
import { JobInfo, JobParams } from '../../domain/api/jobs.schemas.ts';
import type { ClientRecord } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { HttpError } from '../errors.ts';

export interface ChosenBackend {
  /** `builtin` or the configured server's id; recorded on the artwork. */
  id: string;
  backend: ImageBackend;
}

/**
 * The image backend a studio request asked for: the built-in one (the app's default) when
 * `backendId` is absent or `builtin`, else a saved model server. A saved server is used for a
 * client's work only with their `external_ai` consent — checked here, before anything is sent.
 */
export async function chooseImageBackend({ store, imageBackend, modelServers }: Pick<Deps, 'store' | 'imageBackend' | 'modelServers'>, client: ClientRecord, backendId: string | undefined): Promise<ChosenBackend> {
  if (backendId === undefined || backendId === 'builtin') return { id: imageBackend.capabilities.id, backend: imageBackend };
  const backend = await modelServers.get(backendId);
  if (!backend) throw new HttpError('invalid_request', 'That model server is not configured. Choose another, or the built-in engine.');
  if (!(await store.consents.has(client.id, 'external_ai'))) throw new HttpError('consent_required', consentRefusal(client.displayName, 'external_ai'), { scope: 'external_ai', fallback: 'builtin' });
  return { id: backendId, backend };
}

/** A model server's failure as a 503 that offers the built-in engine (`details.fallback`). */
export function backendFailure(e: unknown): unknown {
  if (!isServerFailure(e)) return e;
  const d = describeBackendFailure(e);
  return new HttpError('unavailable', d.message, { fallback: 'builtin' });
}

const dto = (j: JobView): z.infer<typeof JobInfo> => ({ id: j.id, clientId: j.clientId, backendId: j.backend, state: j.state, progress: j.progress, stage: j.stage, artworkIds: j.resultIds, error: j.error });

/**
 * Pictures being made by a model server (`POST …/generate` with `async: true` answers 202 with
 * a job id): progress and cancel. Jobs live in this process's memory (single node) and belong to
 * one client: the client and their therapist reach them under the client's path; any other id,
 * or a job of another client, answers 404. Reading progress is not audited (the studio polls it
 * twice a second and it holds no client content; the generate request that started the job and
 * the artworks it made are audited); cancelling is.
 */
export function jobRoutes(app: App, { jobs }: Deps): void {
  const SCOPED = { roles: ['therapist', 'client'], scope: 'client', param: 'id' } as const;
  const own = (clientId: string, jobId: string): JobView => {
    const j = jobs.get(jobId);
    if (!j || j.clientId !== clientId) throw new HttpError('not_found', 'That picture job was not found. Finished jobs are kept for 15 minutes.');
    return j;
  };

  app.get(
    '/api/clients/:id/jobs/:jobId',
    { config: { access: SCOPED }, schema: { tags: ['studio'], summary: 'Progress of a picture being made by a model server (0..1), and the artworks when done', params: JobParams, response: { 200: JobInfo } } },
    async (req) => dto(own(requireSubject(req.subject).client.id, req.params.jobId)),
  );

  app.post(
    '/api/clients/:id/jobs/:jobId/cancel',
    { config: { access: SCOPED, audit: 'artwork.generate_cancel' }, schema: { tags: ['studio'], summary: 'Stop a picture that is waiting or being made (the model server is told to stop)', params: JobParams, response: { 200: JobInfo } } },
    async (req) => {
      const clientId = requireSubject(req.subject).client.id;
      own(clientId, req.params.jobId);
      req.auditNote.targetId = req.params.jobId;
      return dto(jobs.cancel(req.params.jobId)!);
    },
  );
}
