/**
 * Type helpers over the generated `paths`: the JSON a route takes and answers with. Named types
 * in the feature modules are built from these, so a change to a server schema reaches the web
 * app's typecheck after `npm run api:generate`.
 */
import type { paths } from './openapi.ts';

type Verb = 'get' | 'put' | 'post' | 'patch' | 'delete';
/** The methods a route answers (those the document describes). */
export type MethodOf<P extends keyof paths> = { [M in Verb]-?: [NonNullable<paths[P][M]>] extends [never] ? never : M }[Verb];
type Operation<P extends keyof paths, M extends MethodOf<P>> = NonNullable<paths[P][M]>;

/**
 * The JSON a route answers with on `status` (200 unless given): `Reply<'/api/clients/{id}', 'get'>`.
 * A status or route the document does not describe gives a type whose name says so (never a
 * silent `never`), so a wrong status fails the typecheck where the type is used.
 */
export type Reply<P extends keyof paths, M extends MethodOf<P>, S extends number = 200> = S extends keyof Operation<P, M>['responses']
  ? Operation<P, M>['responses'][S] extends { content: { 'application/json': infer J } } ? J : { notDescribed: `${M} ${P} answers ${S} without JSON` }
  : { notDescribed: `${M} ${P} has no ${S} answer` };

/** The JSON body a route takes: `Body<'/api/clients', 'post'>`. */
export type Body<P extends keyof paths, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer J } } } ? J : never;

/** The query parameters a route takes. */
export type Query<P extends keyof paths, M extends MethodOf<P>> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
