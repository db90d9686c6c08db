/**
 * What every service function is called with: `fn(deps, actor, subject, input)`.
 * - `deps`: the small, explicit set of things the area needs (each area declares its own `XDeps`,
 *   a subset of what the server builds, so the CLI can build them from a Store without HTTP).
 * - `actor`: who is acting (signed in, or the operator running a CLI command).
 * - `subject`: the client-owned records the caller resolved and access-checked (the server's
 *   access layer does this from each route's declared scope), e.g. `{ client, artwork }`.
 * - `input`: the request, already validated against its zod schema.
 * Services hold the rules and throw `HttpError` (services/errors.ts) for refusals.
 */
import type { Actor } from '../domain/index.ts';
import type {
  AlertRecord, ArtworkRecord, ClientRecord, Clock, HomeworkRecord, InviteRecord, MusicPieceRecord, NoteRecord, PlanRecord, Store, TherapySessionRecord,
} from '../store/index.ts';

export type { Actor, Clock, Store };

/** The client-owned records an access check resolved, ready for a service. */
export interface Subject {
  client: ClientRecord;
  artwork?: ArtworkRecord;
  session?: TherapySessionRecord;
  invite?: InviteRecord;
  alert?: AlertRecord;
  homework?: HomeworkRecord;
  music?: MusicPieceRecord;
  note?: NoteRecord;
  plan?: PlanRecord;
}

/** A subject with the given record resolved (e.g. `With<'artwork'>` for routes scoped to an artwork). */
export type With<K extends Exclude<keyof Subject, 'client'>> = { client: ClientRecord } & Required<Pick<Subject, K>>;

/** The deps nearly every area needs. */
export interface StoreDeps {
  store: Store;
  clock: Clock;
}
