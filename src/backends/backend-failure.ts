/**
 * What a person is told when a model server fails: whether it is the server (down, slow, busy,
 * refusing) — then the built-in engine on this machine can do the job instead — or something
 * else, which is passed on unchanged.
 */
import { BackendBusyError } from './jobs.ts';
import { BackendImageError, BackendResponseError, BackendTimeoutError, BackendUnavailableError } from './remote/http.ts';

/** What a person is told when a job fails. */
export interface JobError {
  code: string;
  message: string;
  /** Set when the built-in engine could do the same job instead. */
  fallback?: 'builtin';
}

/** True for failures of the model server itself (the built-in engine is then a way on). */
export function isServerFailure(e: unknown): e is Error {
  return (
    e instanceof BackendUnavailableError ||
    e instanceof BackendTimeoutError ||
    e instanceof BackendResponseError ||
    e instanceof BackendImageError ||
    e instanceof BackendBusyError
  );
}

/** The failure as the job API and the studio show it. */
export function describeBackendFailure(e: unknown): JobError {
  if (isServerFailure(e))
    return {
      code: 'unavailable',
      message: `${e.message.replace(/\s*Check that it is running, or use the built-in engine instead\.$/, '')} You can make the picture with Hearth's built-in engine instead.`,
      fallback: 'builtin',
    };
  return { code: 'internal', message: 'Something went wrong while making the picture. Nothing was saved.' };
}
