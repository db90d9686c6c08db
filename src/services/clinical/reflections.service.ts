/** Reflections: the client's own words, about a work or on their own (screened). */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Reflection, ReflectionBody, ReflectionCreated } from '../../domain/api/schemas.ts';
import type { ClientRecord, ReflectionRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';

export const reflectionDto = (r: ReflectionRecord, client: ClientRecord): z.infer<typeof Reflection> => ({
  id: r.id,
  artworkId: r.artworkId,
  text: r.text,
  createdAt: iso(r.createdAt),
  byClient: r.createdBy === client.userId,
});

export async function createReflection(
  deps: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof ReflectionBody>,
): Promise<z.infer<typeof ReflectionCreated>> {
  const { store, clock } = deps;
  if (input.artworkId) {
    const art = await store.artworks.byId(input.artworkId);
    if (!art || art.clientId !== client.id) throw new HttpError('invalid_request', em('errors:clinical.artworkClientSGallery'));
  }
  const rec: ReflectionRecord = {
    id: randomUUID(),
    clientId: client.id,
    createdBy: actor.userId,
    artworkId: input.artworkId ?? null,
    text: input.text,
    createdAt: clock(),
  };
  await store.clinical.addReflection(rec);
  const crisis = await screenClientText(deps, client, 'reflection', rec.id, [rec.text]);
  return { reflection: reflectionDto(rec, client), crisis };
}

export async function listReflections({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof Reflection>[]> {
  return (await store.clinical.reflections(client.id)).map((r) => reflectionDto(r, client));
}
