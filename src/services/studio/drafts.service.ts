/**
 * Studio drafts: the pictures (and the drawing they were made from) stay in the studio until the
 * client keeps one. Keeping gives the picture a title and puts it in the gallery; the drafts it
 * was made from become its history (version tree, replay), so the process of a kept work stays
 * complete. Nothing is dropped without the client: old drafts are listed apart, and only the
 * client's "let go" moves a draft to the bin (kept until the record is erased, like any work).
 */
import type { z } from 'zod';
import type { DiscardedDrafts, KeepBody, ScreenedArtwork, StudioDrafts } from '../../domain/api/schemas.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import type { ScreeningDeps } from '../safety/screen-client-text.ts';
import { dtos } from './studio.service.ts';

/** Drafts older than this are shown apart ("from earlier"), never removed by Hearth. */
export const STALE_DRAFT_DAYS = 14;

/** The client's drafts and the history drawings of kept works, newest first. */
export async function listDrafts({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof StudioDrafts>> {
  const [drafts, history] = await Promise.all([store.artworks.inStateForClient(client.id, 'draft'), store.artworks.inStateForClient(client.id, 'process')]);
  return { drafts: await dtos(store, drafts, client), history: await dtos(store, history, client), staleAfterDays: STALE_DRAFT_DAYS };
}

/**
 * Keeps a work with a title (screened): it joins the gallery, and the drafts it was made from
 * become its history. Keeping a gallery work again only renames it.
 */
export async function keepArtwork(
  deps: ScreeningDeps,
  _actor: Actor,
  { client, artwork }: With<'artwork'>,
  input: z.output<typeof KeepBody>,
): Promise<z.infer<typeof ScreenedArtwork>> {
  const { store } = deps;
  const crisis = await screenClientText(deps, client, 'artwork', artwork.id, [input.title]);
  const history = (await store.artworks.ancestors(artwork.id)).filter((a) => a.clientId === client.id && a.state === 'draft').map((a) => a.id);
  const kept = await store.artworks.keep(artwork.id, input.title, history);
  return { ...(await dtos(store, [kept], client))[0]!, crisis };
}

/**
 * Lets go of a draft and the drafts made from it (refinements of it). Refused when a kept work
 * was made from it: then it is that work's history.
 */
export async function discardDraft({ store, clock }: StoreDeps, _actor: Actor, { artwork }: With<'artwork'>): Promise<z.infer<typeof DiscardedDrafts>> {
  if (artwork.state !== 'draft') throw new HttpError('conflict', em('errors:studio.pictureBeenKeptLet'));
  const { artworks } = await store.artworks.lineage(artwork.id);
  const below = new Set([artwork.id]);
  // The lineage is in creation order, so a parent is always met before its children.
  for (const a of artworks) if (a.parentId && below.has(a.parentId)) below.add(a.id);
  const family = artworks.filter((a) => below.has(a.id));
  if (family.some((a) => a.state !== 'draft')) {
    throw new HttpError('conflict', em('errors:studio.keptWorkMadeFrom'));
  }
  await store.artworks.discard([...below], clock());
  return { discarded: below.size };
}
