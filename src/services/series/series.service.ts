/**
 * Stories: series (storybooks) of a client's works ordered into chapters, each with a title, the
 * client's words and optional music; the works marked as self-portraits for the then/now view;
 * the series a therapist attaches to a session note; and the storybook PDF.
 *
 * A series is the client's, whoever types it (in session the therapist often arranges it with
 * them), so its title, description and every chapter's words are screened. Only words that are
 * new since the last save are screened again, so reordering chapters raises no second alert.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  NoteSeries,
  NoteSeriesBody,
  SavedSeries,
  SelfPortraitBody,
  SelfPortraitState,
  Series,
  SeriesBody,
  Stories,
} from '../../domain/api/series.schemas.ts';
import type { ArtworkRecord, ClientRecord, SeriesRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';

type SeriesDto = z.infer<typeof Series>;

const seriesDto = (s: SeriesRecord, client: ClientRecord, live: ReadonlyMap<string, ArtworkRecord>): SeriesDto => ({
  id: s.id,
  clientId: s.clientId,
  title: s.title,
  description: s.description,
  musicId: s.musicId,
  chapters: s.chapters.map((c) => {
    const shown = c.artworkId !== null && live.has(c.artworkId);
    return {
      id: c.id,
      artworkId: c.artworkId,
      thumbUrl: shown ? `/api/artworks/${c.artworkId}/thumb` : null,
      imageUrl: shown ? `/api/artworks/${c.artworkId}/image` : null,
      title: c.title,
      words: c.words,
      musicId: c.musicId,
    };
  }),
  byClient: s.createdBy === client.userId,
  createdAt: iso(s.createdAt),
  updatedAt: iso(s.updatedAt),
  pdfUrl: `/api/clients/${s.clientId}/series/${s.id}/storybook.pdf`,
});

/** The client's works not in the bin, by id. */
async function liveWorks(store: Store, clientId: string): Promise<Map<string, ArtworkRecord>> {
  return new Map((await store.artworks.listForClient(clientId)).filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
}

/** A client's series and self-portraits (the read the app and the record export share). */
export async function readStories({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof Stories>> {
  const live = await liveWorks(store, client.id);
  const series = await store.series.listForClient(client.id);
  const portraits = (await store.series.taggedArtworks(client.id, 'self_portrait')).flatMap((id) => {
    const a = live.get(id);
    return a
      ? [{ artworkId: a.id, title: a.title, createdAt: iso(a.createdAt), thumbUrl: `/api/artworks/${a.id}/thumb`, imageUrl: `/api/artworks/${a.id}/image` }]
      : [];
  });
  return { series: series.map((s) => seriesDto(s, client, live)), selfPortraits: portraits };
}

/** The series `seriesId` of this client, or 404 (another client's series answers like a missing one). */
async function seriesOf(store: Store, client: ClientRecord, seriesId: string): Promise<SeriesRecord> {
  const s = await store.series.byId(seriesId);
  if (!s || s.clientId !== client.id) throw new HttpError('not_found', em('errors:series.seriesFound'));
  return s;
}

/** Checks that every work and piece named belongs to this client (works: not in the bin). */
async function checkReferences(store: Store, client: ClientRecord, input: z.output<typeof SeriesBody>): Promise<void> {
  const live = await liveWorks(store, client.id);
  for (const [i, c] of input.chapters.entries()) {
    if (c.artworkId !== null && !live.has(c.artworkId)) {
      throw new HttpError('invalid_request', em('errors:series.chapterWorkClientS', { number: i + 1 }), [
        { path: `body.chapters.${i}.artworkId`, message: 'Not in the gallery.' },
      ]);
    }
    if (c.artworkId === null && !c.title && !c.words) {
      throw new HttpError('invalid_request', em('errors:series.chapterEmptyChooseWork', { number: i + 1 }));
    }
  }
  const musicIds = [input.musicId, ...input.chapters.map((c) => c.musicId)].filter((m): m is string => typeof m === 'string');
  if (musicIds.length > 0) {
    const mine = new Set((await store.music.listForClient(client.id)).map((p) => p.id));
    const stray = musicIds.find((m) => !mine.has(m));
    if (stray) throw new HttpError('invalid_request', em('errors:series.musicAmongClientS'));
  }
}

/** The client's words in a series, one string per field (for the screen). */
const wordsOf = (s: Pick<SeriesRecord, 'title' | 'description'> & { chapters: readonly { title: string; words: string }[] }): string[] => [
  s.title,
  s.description,
  ...s.chapters.flatMap((c) => [c.title, c.words]),
];

async function save(
  deps: StoreDeps,
  actor: Actor,
  client: ClientRecord,
  before: SeriesRecord | null,
  input: z.output<typeof SeriesBody>,
): Promise<z.infer<typeof SavedSeries>> {
  const { store, clock } = deps;
  await checkReferences(store, client, input);
  const now = clock();
  const rec: SeriesRecord = {
    id: before?.id ?? randomUUID(),
    clientId: client.id,
    createdBy: before?.createdBy ?? actor.userId,
    title: input.title,
    description: input.description ?? '',
    musicId: input.musicId ?? null,
    chapters: input.chapters.map((c) => ({ id: randomUUID(), artworkId: c.artworkId, musicId: c.musicId ?? null, title: c.title, words: c.words })),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  await store.series.save(rec);
  const seen = new Set(before ? wordsOf(before) : []);
  const crisis = await screenClientText(
    deps,
    client,
    'series',
    rec.id,
    wordsOf(rec).filter((w) => !seen.has(w)),
  );
  return { series: seriesDto(rec, client, await liveWorks(store, client.id)), crisis };
}

/** Creates a series (the words are screened). */
export function createSeries(deps: StoreDeps, actor: Actor, { client }: Subject, input: z.output<typeof SeriesBody>): Promise<z.infer<typeof SavedSeries>> {
  return save(deps, actor, client, null, input);
}

/** Replaces a series' title, music and chapters, in the order given (new words are screened). */
export async function updateSeries(
  deps: StoreDeps,
  actor: Actor,
  { client }: Subject,
  seriesId: string,
  input: z.output<typeof SeriesBody>,
): Promise<z.infer<typeof SavedSeries>> {
  return save(deps, actor, client, await seriesOf(deps.store, client, seriesId), input);
}

export async function deleteSeries({ store }: StoreDeps, _actor: Actor, { client }: Subject, seriesId: string): Promise<void> {
  await seriesOf(store, client, seriesId);
  await store.series.delete(seriesId);
}

/** The storybook PDF of one series: cover, then one chapter per page with its picture and words. */
export async function seriesStorybook({ store }: StoreDeps, _actor: Actor, { client }: Subject, seriesId: string): Promise<{ pdf: Uint8Array; title: string }> {
  const s = await seriesOf(store, client, seriesId);
  return { pdf: await renderStorybook(store, client, s), title: s.title };
}

async function renderStorybook(store: Store, client: ClientRecord, s: SeriesRecord): Promise<Uint8Array> {
  const live = await liveWorks(store, client.id);
  const chapters = await Promise.all(
    s.chapters.map(async (c) => {
      const art = c.artworkId ? live.get(c.artworkId) : undefined;
      return { title: c.title, words: c.words, image: art ? ((await store.files.get(client.id, art.blobKey)) ?? null) : null };
    }),
  );
  // pdf-lib loads on the first storybook, not when the server starts.
  const { storybookPdf } = await import('./storybook-pdf.ts');
  return storybookPdf({ title: s.title, description: s.description, author: client.displayName, updatedAt: s.updatedAt, chapters });
}

/** A file of the record export: where it goes in the ZIP and its bytes. */
export interface StoryExportFile {
  name: string;
  title: string;
  bytes: Uint8Array;
}

/**
 * Every series of the client as its storybook PDF, for the record export (one at a time, so a
 * streaming export holds one book in memory). `name` is a leaf for the caller to sanitise.
 */
export async function* storybookExportFiles({ store }: StoreDeps, _actor: Actor, { client }: Subject): AsyncGenerator<StoryExportFile> {
  for (const s of await store.series.listForClient(client.id)) {
    yield { name: `${s.id}.pdf`, title: s.title, bytes: await renderStorybook(store, client, s) };
  }
}

/** Marks a work as a self-portrait (or not), for the then/now view. */
export async function setSelfPortrait(
  { store, clock }: StoreDeps,
  _actor: Actor,
  { artwork }: With<'artwork'>,
  input: z.output<typeof SelfPortraitBody>,
): Promise<z.infer<typeof SelfPortraitState>> {
  if (artwork.deletedAt) throw new HttpError('conflict', em('errors:series.workBinRestoreFirst'));
  await store.series.setTag(artwork.id, 'self_portrait', input.selfPortrait, clock());
  return { artworkId: artwork.id, selfPortrait: input.selfPortrait };
}

/** The series attached to a session note. */
export async function noteSeries({ store }: StoreDeps, _actor: Actor, { client, note }: With<'note'>): Promise<z.infer<typeof NoteSeries>> {
  const all = new Map((await store.series.listForClient(client.id)).map((s) => [s.id, s]));
  const ids = await store.series.forNote(note.id);
  return {
    series: ids.flatMap((id) => {
      const s = all.get(id);
      return s ? [{ id: s.id, title: s.title, chapters: s.chapters.length }] : [];
    }),
  };
}

/** Attaches series of the note's client to a draft note (a signed note is sealed by its hash; add an addendum instead). */
export async function setNoteSeries(
  deps: StoreDeps,
  actor: Actor,
  subject: With<'note'>,
  input: z.output<typeof NoteSeriesBody>,
): Promise<z.infer<typeof NoteSeries>> {
  const { store, clock } = deps;
  if (subject.note.status !== 'draft') throw new HttpError('conflict', em('errors:series.noteSignedMentionSeries'));
  const mine = new Set((await store.series.listForClient(subject.client.id)).map((s) => s.id));
  const ids = [...new Set(input.seriesIds)];
  if (ids.some((id) => !mine.has(id))) throw new HttpError('invalid_request', em('errors:series.seriesAmongClientS'));
  await store.series.setForNote(subject.note.id, ids, clock());
  return noteSeries(deps, actor, subject);
}
