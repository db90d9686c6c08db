/** Which image backend makes a studio picture: the built-in engine, or a configured model server with the client's consent. */
import { describeBackendFailure, isServerFailure } from '../../backends/index.ts';
import type { ConfiguredBackends, ImageBackend } from '../../backends/index.ts';
import { consentRefusalText } from '../refusals.ts';
import type { ClientRecord, Store } from '../../store/index.ts';
import { serverUsableFor } from '../backends/model-servers.service.ts';
import { em, HttpError } from '../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImageBackendDeps {
  store: Store;
  /** The app's default (built-in unless configured otherwise). */
  imageBackend: ImageBackend;
  /** The model servers saved in /api/backends, by id (one job queue each). */
  modelServers: ConfiguredBackends;
}

export interface ChosenBackend {
  /** `builtin` or the configured server's id; recorded on the artwork. */
  id: string;
  backend: ImageBackend;
}

/**
 * The image backend a studio request asked for: the built-in one (the app's default) when
 * `backendId` is absent or `builtin`, else a saved model server the client's therapist may use
 * (their own, or practice-wide). A saved server is used for a
 * client's work only with their `external_ai` consent — checked here, before anything is sent.
 */
export async function chooseImageBackend(
  { store, imageBackend, modelServers }: ImageBackendDeps,
  client: ClientRecord,
  backendId: string | undefined,
): Promise<ChosenBackend> {
  if (backendId === undefined || backendId === 'builtin') return { id: imageBackend.capabilities.id, backend: imageBackend };
  // Only the client's therapist's own servers and the practice-wide ones; anyone else's are "not configured".
  const rec = UUID.test(backendId) ? await store.backends.byId(backendId) : undefined;
  const backend = rec && serverUsableFor(rec, client.therapistId) ? await modelServers.get(backendId) : undefined;
  if (!backend) throw new HttpError('invalid_request', em('errors:studio.modelServerConfiguredChoose'));
  if (!(await store.consents.has(client.id, 'external_ai'))) {
    throw new HttpError('consent_required', consentRefusalText(client.displayName, 'external_ai'), { scope: 'external_ai', fallback: 'builtin' });
  }
  return { id: backendId, backend };
}

/** A model server's failure as a 503 that offers the built-in engine (`details.fallback`). */
export function backendFailure(e: unknown): unknown {
  if (!isServerFailure(e)) return e;
  const d = describeBackendFailure(e);
  return new HttpError('unavailable', d.message, { fallback: 'builtin' });
}
