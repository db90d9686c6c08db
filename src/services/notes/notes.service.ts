/** Session notes: drafted from the session's facts, edited and signed by the therapist, then locked; addenda after. */
import { hasNotePlaceholder } from '../../domain/notes/index.ts';
import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { TextBackend } from '../../backends/index.ts';
import type { AddendumBody, DraftNoteBody, Note, UpdateNoteBody } from '../../domain/api/schemas.ts';
import type { NoteRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { sessionFacts } from './session-facts.ts';

export interface NotesDeps extends StoreDeps {
  textBackend: TextBackend;
}

type NoteDto = z.infer<typeof Note>;

/** The hash that locks a signed note: its format, sections, owner and signing time. */
export function noteHash(n: Pick<NoteRecord, 'id' | 'clientId' | 'format' | 'sections'>, signedAt: Date): string {
  const body = JSON.stringify({
    id: n.id,
    clientId: n.clientId,
    format: n.format,
    sections: n.sections.map((s) => [s.key, s.label, s.text]),
    signedAt: signedAt.toISOString(),
  });
  return createHash('sha256').update(body).digest('hex');
}

const addendumHash = (noteHashValue: string, text: string, at: Date): string =>
  createHash('sha256').update(`${noteHashValue}\n${at.toISOString()}\n${text}`).digest('hex');

const noteDto = (n: NoteRecord): NoteDto => ({
  id: n.id,
  clientId: n.clientId,
  sessionId: n.sessionId,
  format: n.format,
  status: n.status,
  sections: n.sections,
  draftedBy: n.draftedBy,
  contentHash: n.contentHash,
  signedAt: n.signedAt ? iso(n.signedAt) : null,
  createdAt: iso(n.createdAt),
  updatedAt: iso(n.updatedAt),
  integrity: n.status === 'draft' ? 'draft' : n.contentHash === noteHash(n, n.signedAt!) ? 'intact' : 'altered',
  addenda: n.addenda.map((a) => ({ id: a.id, text: a.text, createdAt: iso(a.createdAt), contentHash: a.contentHash })),
});

const reread = async ({ store }: StoreDeps, id: string): Promise<NoteDto> => noteDto((await store.notes.byId(id))!);

export async function draftNote(deps: NotesDeps, actor: Actor, { client, session }: With<'session'>, input: z.output<typeof DraftNoteBody>): Promise<NoteDto> {
  const { store, clock, textBackend } = deps;
  // Written in the therapist's language (the note is theirs to edit and sign).
  const facts = { ...(await sessionFacts(store, client, session, clock())), locale: actor.locale ?? 'en' };
  const sections = await textBackend.draftNote(input.format, facts);
  const id = randomUUID();
  await store.notes.create({
    id,
    clientId: client.id,
    sessionId: session.id,
    therapistId: actor.userId,
    format: input.format,
    sections,
    draftedBy: textBackend.capabilities.id,
    createdAt: clock(),
  });
  return reread(deps, id);
}

export async function listNotes({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<NoteDto[]> {
  return (await store.notes.listForClient(client.id)).map(noteDto);
}

export async function readNote(_deps: StoreDeps, _actor: Actor, { note }: With<'note'>): Promise<NoteDto> {
  return noteDto(note);
}

export async function editNote(deps: StoreDeps, _actor: Actor, { note }: With<'note'>, input: z.output<typeof UpdateNoteBody>): Promise<NoteDto> {
  if (!(await deps.store.notes.updateDraft(note, input.sections, deps.clock()))) throw new HttpError('conflict', em('errors:notes.noteSignedLockedAdd'));
  return reread(deps, note.id);
}

export async function signNote(deps: StoreDeps, _actor: Actor, { note }: With<'note'>): Promise<NoteDto> {
  if (note.sections.some((s) => hasNotePlaceholder(s.text))) throw new HttpError('invalid_request', em('errors:notes.completeEverySectionBefore'));
  const at = deps.clock();
  if (!(await deps.store.notes.sign(note.id, noteHash(note, at), at))) throw new HttpError('conflict', em('errors:notes.noteAlreadySigned'));
  return reread(deps, note.id);
}

export async function addAddendum(deps: StoreDeps, actor: Actor, { note }: With<'note'>, input: z.output<typeof AddendumBody>): Promise<NoteDto> {
  if (note.status !== 'signed') throw new HttpError('conflict', em('errors:notes.draftSimplyEditedAddenda'));
  const at = deps.clock();
  await deps.store.notes.addAddendum(note, {
    id: randomUUID(),
    authorId: actor.userId,
    text: input.text,
    contentHash: addendumHash(note.contentHash!, input.text, at),
    createdAt: at,
  });
  return reread(deps, note.id);
}
