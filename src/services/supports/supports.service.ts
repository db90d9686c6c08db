/**
 * Visual supports (issue 16): social stories, visual schedules and emotion cards. The therapist
 * prepares them (their own words, written for the client in the client's voice: not screened,
 * like plans and directives); the client or a carer uses them — reads them, ticks off a daily
 * routine, prints them. Pictures are symbols from the shape library by word (en/es/de), a drawn
 * face for a feeling word, or one of the client's own works.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ClientTraditions, SavedSupport, Support, SupportBody, Supports, Ticks, TicksBody, TraditionsBody } from '../../domain/api/supports.schemas.ts';
import { TRADITIONS, TRADITION_IDS } from '../../domain/supports/traditions.ts';
import { checkStorySentence } from '../../domain/supports/sentence-check.ts';
import type { ArtworkRecord, ClientRecord, Store, SupportPicture, SupportRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { hasSymbol, symbolPng } from './symbol-picture.ts';

type SupportDto = z.infer<typeof Support>;

const pictureUrl = (p: SupportPicture | null, live: ReadonlyMap<string, ArtworkRecord>): string | null => {
  if (!p) return null;
  if ('symbol' in p) return `/api/supports/symbols/${encodeURIComponent(p.symbol)}`;
  return live.has(p.artworkId) ? `/api/artworks/${p.artworkId}/image` : null;
};

function dto(s: SupportRecord, live: ReadonlyMap<string, ArtworkRecord>, ticks: { day: string; steps: number[] }[]): SupportDto {
  return {
    id: s.id,
    clientId: s.clientId,
    kind: s.kind,
    title: s.title,
    scheduleMode: s.scheduleMode,
    options: s.options,
    items: s.items.map((it) => ({
      picture: it.picture,
      pictureUrl: pictureUrl(it.picture, live),
      text: it.text,
      helps: it.helps,
      warnings: s.kind === 'story' ? checkStorySentence(it.text) : [],
    })),
    ticks,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    pdfUrl: `/api/clients/${s.clientId}/supports/${s.id}/print.pdf`,
  };
}

async function liveWorks(store: Store, clientId: string): Promise<Map<string, ArtworkRecord>> {
  return new Map((await store.artworks.listForClient(clientId)).filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
}

async function supportOf(store: Store, client: ClientRecord, id: string): Promise<SupportRecord> {
  const s = await store.supports.byId(id);
  if (!s || s.clientId !== client.id) throw new HttpError('not_found', em('errors:supports.supportNotFound'));
  return s;
}

/** A client's visual supports, oldest first, with the ticks of their routines. */
export async function listSupports({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof Supports>> {
  const live = await liveWorks(store, client.id);
  const all = await store.supports.listForClient(client.id);
  return { supports: await Promise.all(all.map(async (s) => dto(s, live, s.kind === 'schedule' ? await store.supports.ticks(s.id) : []))) };
}

/** Checks the pictures (a symbol the library knows; a work of this client, not in the bin) and the shape of each kind. */
async function validate(store: Store, client: ClientRecord, input: z.output<typeof SupportBody>): Promise<void> {
  const live = await liveWorks(store, client.id);
  for (const [i, it] of input.items.entries()) {
    const p = it.picture;
    if (p && 'symbol' in p && !hasSymbol(p.symbol))
      throw new HttpError('invalid_request', em('errors:supports.itemNoPictureForWord', { item: i + 1, word: p.symbol }), [
        { path: `body.items.${i}.picture.symbol`, message: 'No picture for this word.' },
      ]);
    if (p && 'artworkId' in p && !live.has(p.artworkId))
      throw new HttpError('invalid_request', em('errors:supports.itemNotInGallery', { item: i + 1 }), [
        { path: `body.items.${i}.picture.artworkId`, message: 'Not in the gallery.' },
      ]);
    if (!p && !it.text) throw new HttpError('invalid_request', em('errors:supports.itemEmpty', { item: i + 1 }));
    if (input.options.symbolOnly && !p) throw new HttpError('invalid_request', em('errors:supports.itemNeedsPicture', { item: i + 1 }));
  }
  if (input.kind === 'schedule' && (input.scheduleMode ?? 'routine') === 'first_then' && input.items.length !== 2)
    throw new HttpError('invalid_request', em('errors:supports.firstThenTwoSteps'));
  if (input.kind === 'cards' && input.items.some((it) => !it.text)) throw new HttpError('invalid_request', em('errors:supports.cardNeedsFeelingWord'));
}

async function save(
  { store, clock }: StoreDeps,
  actor: Actor,
  client: ClientRecord,
  before: SupportRecord | null,
  input: z.output<typeof SupportBody>,
): Promise<z.infer<typeof SavedSupport>> {
  await validate(store, client, input);
  const now = clock();
  const rec: SupportRecord = {
    id: before?.id ?? randomUUID(),
    clientId: client.id,
    createdBy: before?.createdBy ?? actor.userId,
    kind: input.kind,
    title: input.title,
    scheduleMode: input.kind === 'schedule' ? (input.scheduleMode ?? 'routine') : 'routine',
    options: input.options,
    items: input.items.map((it) => ({ picture: it.picture, text: it.text, helps: input.kind === 'cards' ? (it.helps ?? '') : '' })),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  await store.supports.save(rec);
  // Steps may have been removed: ticks beyond the last step are dropped when read back.
  const ticks = rec.kind === 'schedule' ? await store.supports.ticks(rec.id) : [];
  return {
    support: dto(
      rec,
      await liveWorks(store, client.id),
      ticks.map((t) => ({ day: t.day, steps: t.steps.filter((s) => s < rec.items.length) })),
    ),
  };
}

export function createSupport(deps: StoreDeps, actor: Actor, { client }: Subject, input: z.output<typeof SupportBody>): Promise<z.infer<typeof SavedSupport>> {
  return save(deps, actor, client, null, input);
}

export async function updateSupport(
  deps: StoreDeps,
  actor: Actor,
  { client }: Subject,
  id: string,
  input: z.output<typeof SupportBody>,
): Promise<z.infer<typeof SavedSupport>> {
  return save(deps, actor, client, await supportOf(deps.store, client, id), input);
}

export async function deleteSupport({ store }: StoreDeps, _actor: Actor, { client }: Subject, id: string): Promise<void> {
  await supportOf(store, client, id);
  await store.supports.delete(id);
}

/** The client (or carer) ticks steps of a daily routine for one day; the list replaces that day's ticks. */
export async function setTicks(
  { store, clock }: StoreDeps,
  _actor: Actor,
  { client }: Subject,
  id: string,
  input: z.output<typeof TicksBody>,
): Promise<z.infer<typeof Ticks>> {
  const s = await supportOf(store, client, id);
  if (s.kind !== 'schedule' || s.scheduleMode !== 'routine') throw new HttpError('conflict', em('errors:supports.onlyRoutineHasSteps'));
  const steps = [...new Set(input.steps)].sort((a, b) => a - b);
  if (steps.some((n) => n >= s.items.length)) throw new HttpError('invalid_request', em('errors:supports.routineHasSteps', { count: s.items.length }));
  await store.supports.setTicks(id, input.day, steps, clock());
  return { day: input.day, steps };
}

/** Words printed around the items, per language of the app. */
const PRINT_LABELS = {
  en: { first: 'First', then: 'Then', helps: 'What helps' },
  es: { first: 'Primero', then: 'Después', helps: 'Lo que me ayuda' },
  de: { first: 'Zuerst', then: 'Dann', helps: 'Was mir hilft' },
} as const;

/** A PDF of the support to print. */
export async function renderSupport(store: Store, client: ClientRecord, s: SupportRecord, lang: keyof typeof PRINT_LABELS = 'en'): Promise<Uint8Array> {
  const live = await liveWorks(store, client.id);
  const items = await Promise.all(
    s.items.map(async (it) => {
      const p = it.picture;
      let image: Uint8Array | null = null;
      if (p && 'symbol' in p) image = await symbolPng(p.symbol);
      else if (p && live.has(p.artworkId)) image = (await store.files.get(client.id, live.get(p.artworkId)!.blobKey)) ?? null;
      return { image, text: it.text, helps: it.helps };
    }),
  );
  // pdf-lib loads on the first printed support, not when the server starts.
  const { supportPdf } = await import('./supports-pdf.ts');
  return supportPdf({
    kind: s.kind,
    title: s.title,
    scheduleMode: s.scheduleMode,
    options: s.options,
    clientName: client.displayName,
    updatedAt: s.updatedAt,
    items,
    labels: PRINT_LABELS[lang],
  });
}

export async function supportPrint(
  { store }: StoreDeps,
  _actor: Actor,
  { client }: Subject,
  id: string,
  lang: keyof typeof PRINT_LABELS,
): Promise<{ pdf: Uint8Array; title: string }> {
  const s = await supportOf(store, client, id);
  return { pdf: await renderSupport(store, client, s, lang), title: s.title };
}

/** The PNG for a symbol word, or 404. */
export async function symbolPicture(word: string): Promise<Uint8Array> {
  const png = await symbolPng(word);
  if (!png) throw new HttpError('not_found', em('errors:supports.noPictureForWord'));
  return png;
}

/** Each support as a printable PDF, for the record export (one at a time). */
export async function* supportExportFiles(
  { store }: StoreDeps,
  _actor: Actor,
  { client }: Subject,
): AsyncGenerator<{ name: string; title: string; bytes: Uint8Array }> {
  for (const s of await store.supports.listForClient(client.id)) yield { name: `${s.id}.pdf`, title: s.title, bytes: await renderSupport(store, client, s) };
}

/** The traditions the client chose, and every one on offer. */
export async function readTraditions({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof ClientTraditions>> {
  return {
    traditions: await store.supports.traditions(client.id),
    available: TRADITIONS.map((t) => ({ id: t.id, names: { ...t.names }, motifs: [...t.motifs], drawOn: t.drawOn, avoid: t.avoid })),
  };
}

/** The client chooses their own traditions (only the client: it is theirs to say). */
export async function setTraditions(
  deps: StoreDeps,
  actor: Actor,
  subject: Subject,
  input: z.output<typeof TraditionsBody>,
): Promise<z.infer<typeof ClientTraditions>> {
  if (actor.role !== 'client') throw new HttpError('forbidden', em('errors:supports.clientChoosesTraditions'));
  const unknown = input.traditions.find((t) => !TRADITION_IDS.includes(t));
  if (unknown) throw new HttpError('invalid_request', em('errors:supports.noSuchTradition', { tradition: unknown }));
  await deps.store.supports.setTraditions(subject.client.id, [...new Set(input.traditions)], deps.clock());
  return readTraditions(deps, actor, subject);
}
