import { AddendumBody, DraftNoteBody, IdParams, Note, NoteList, UpdateNoteBody } from '../../domain/api/schemas.ts';
import { addAddendum, draftNote, editNote, listNotes, readNote, signNote } from '../../services/notes/notes.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const T = ['therapist'] as const;

/** Session notes: drafted from the session's facts, edited and signed by the therapist, then locked. */
export function noteRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/sessions/:id/notes',
    {
      config: { access: { roles: T, scope: 'session', param: 'id' }, audit: 'note.draft' },
      schema: {
        tags: ['notes'],
        summary: "Draft a SOAP, DAP or BIRP note from this session's facts",
        params: IdParams,
        body: DraftNoteBody,
        response: { 201: Note },
      },
    },
    async (req, reply) => {
      const note = await draftNote(deps, requireActor(req.actor), subjectWith(req.subject, 'session'), req.body);
      req.auditNote.targetId = note.id;
      return reply.status(201).send(note);
    },
  );

  app.get(
    '/api/clients/:id/notes',
    {
      config: { access: { roles: T, scope: 'client', param: 'id' }, audit: 'note.list' },
      schema: { tags: ['notes'], summary: "A client's session notes, newest first", params: IdParams, response: { 200: NoteList } },
    },
    async (req) => ({
      notes: await listNotes(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.get(
    '/api/notes/:id',
    {
      config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.read' },
      schema: { tags: ['notes'], summary: 'One note, with its integrity checked', params: IdParams, response: { 200: Note } },
    },
    async (req) => readNote(deps, requireActor(req.actor), subjectWith(req.subject, 'note')),
  );

  app.patch(
    '/api/notes/:id',
    {
      config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.edit' },
      schema: { tags: ['notes'], summary: 'Edit a draft (signed notes are locked)', params: IdParams, body: UpdateNoteBody, response: { 200: Note } },
    },
    async (req) => editNote(deps, requireActor(req.actor), subjectWith(req.subject, 'note'), req.body),
  );

  app.post(
    '/api/notes/:id/sign',
    {
      config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.sign' },
      schema: { tags: ['notes'], summary: 'Sign and lock the note (its content hash is recorded)', params: IdParams, response: { 200: Note } },
    },
    async (req) => signNote(deps, requireActor(req.actor), subjectWith(req.subject, 'note')),
  );

  app.post(
    '/api/notes/:id/addenda',
    {
      config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.addendum' },
      schema: { tags: ['notes'], summary: 'Add a dated addendum to a signed note', params: IdParams, body: AddendumBody, response: { 201: Note } },
    },
    async (req, reply) => reply.status(201).send(await addAddendum(deps, requireActor(req.actor), subjectWith(req.subject, 'note'), req.body)),
  );
}
