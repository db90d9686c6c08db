import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AddendumBody, DraftNoteBody, IdParams, Note, NoteList, UpdateNoteBody } from '../../domain/api/schemas.ts';
import type { SessionFacts } from '../../domain/notes/index.ts';
import type { ClientRecord, NoteRecord, Store, TherapySessionRecord } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

/** The hash that locks a signed note: its format, sections, owner and signing time. */
export function noteHash(n: Pick<NoteRecord, 'id' | 'clientId' | 'format' | 'sections'>, signedAt: Date): string {
  const body = JSON.stringify({ id: n.id, clientId: n.clientId, format: n.format, sections: n.sections.map((s) => [s.key, s.label, s.text]), signedAt: signedAt.toISOString() });
  return createHash('sha256').update(body).digest('hex');
}

const addendumHash = (noteHashValue: string, text: string, at: Date): string => createHash('sha256').update(`${noteHashValue}\n${at.toISOString()}\n${text}`).digest('hex');

/** Everything recorded for a client during a session's time (or linked to it). */
async function sessionFacts(store: Store, client: ClientRecord, s: TherapySessionRecord, now: Date): Promise<SessionFacts> {
  const from = (s.startedAt ?? new Date(s.scheduledAt.getTime() - 30 * 60_000)).getTime();
  const to = (s.endedAt ?? now).getTime();
  const inside = (d: Date) => d.getTime() >= from && d.getTime() <= to;
  const [arts, checkins, measures, reflections, homework] = await Promise.all([
    store.artworks.listForClient(client.id), store.clinical.checkins(client.id), store.clinical.measures(client.id), store.clinical.reflections(client.id), store.homework.listForClient(client.id),
  ]);
  const alerts = (await store.clinical.alertsForTherapist(client.therapistId, true)).filter((a) => a.clientId === client.id && inside(a.createdAt));
  const prevTotal = new Map<string, number>();
  const measureFacts: SessionFacts['measures'] = [];
  for (const m of measures) {
    if (inside(m.createdAt)) measureFacts.push({ measure: m.measure, total: m.total, band: m.band, change: prevTotal.has(m.measure) ? m.total - prevTotal.get(m.measure)! : null, safetyFlag: m.safetyFlag });
    prevTotal.set(m.measure, m.total);
  }
  return {
    clientName: client.displayName,
    sessionTitle: s.title,
    startedAt: s.startedAt ? iso(s.startedAt) : null,
    endedAt: s.endedAt ? iso(s.endedAt) : null,
    works: arts.filter((a) => a.sessionId === s.id || inside(a.createdAt)).reverse().map((a) => ({ title: a.title, kind: a.kind, prompt: typeof a.params.prompt === 'string' ? a.params.prompt : undefined })),
    moods: checkins.filter((c) => inside(c.createdAt)).reverse().map((c) => ({ moment: c.moment, activity: c.activity, valence: c.valence, arousal: c.arousal, distress: c.distress })),
    measures: measureFacts,
    reflections: reflections.filter((r) => inside(r.createdAt)).reverse().map((r) => ({ text: r.text, question: r.question ?? null })),
    alerts: alerts.map((a) => ({ level: a.level, source: a.source, reasons: a.reasons })),
    homework: homework.filter((h) => inside(h.createdAt) || (h.completedAt !== null && inside(h.completedAt))).map((h) => ({ title: h.directive.title, status: h.status })),
  };
}

/** Session notes: drafted from the session's facts, edited and signed by the therapist, then locked. */
export function noteRoutes(app: App, { store, clock, textBackend }: Deps): void {
  const dto = (n: NoteRecord): z.infer<typeof Note> => ({
    id: n.id, clientId: n.clientId, sessionId: n.sessionId, format: n.format, status: n.status, sections: n.sections, draftedBy: n.draftedBy,
    contentHash: n.contentHash, signedAt: n.signedAt ? iso(n.signedAt) : null, createdAt: iso(n.createdAt), updatedAt: iso(n.updatedAt),
    integrity: n.status === 'draft' ? 'draft' : n.contentHash === noteHash(n, n.signedAt!) ? 'intact' : 'altered',
    addenda: n.addenda.map((a) => ({ id: a.id, text: a.text, createdAt: iso(a.createdAt), contentHash: a.contentHash })),
  });
  const T = ['therapist'] as const;

  app.post('/api/sessions/:id/notes', { config: { access: { roles: T, scope: 'session', param: 'id' }, audit: 'note.draft' }, schema: { tags: ['notes'], summary: "Draft a SOAP, DAP or BIRP note from this session's facts", params: IdParams, body: DraftNoteBody, response: { 201: Note } } }, async (req, reply) => {
    const { client, session } = requireSubject(req.subject);
    const facts = await sessionFacts(store, client, session!, clock());
    const sections = await textBackend.draftNote(req.body.format, facts);
    const id = randomUUID();
    await store.notes.create({ id, clientId: client.id, sessionId: session!.id, therapistId: req.actor!.userId, format: req.body.format, sections, draftedBy: textBackend.capabilities.id, createdAt: clock() });
    req.auditNote.targetId = id;
    return reply.status(201).send(dto((await store.notes.byId(id))!));
  });

  app.get('/api/clients/:id/notes', { config: { access: { roles: T, scope: 'client', param: 'id' }, audit: 'note.list' }, schema: { tags: ['notes'], summary: "A client's session notes, newest first", params: IdParams, response: { 200: NoteList } } }, async (req) => ({
    notes: (await store.notes.listForClient(requireSubject(req.subject).client.id)).map(dto),
  }));

  app.get('/api/notes/:id', { config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.read' }, schema: { tags: ['notes'], summary: 'One note, with its integrity checked', params: IdParams, response: { 200: Note } } }, async (req) => dto(requireSubject(req.subject).note!));

  app.patch('/api/notes/:id', { config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.edit' }, schema: { tags: ['notes'], summary: 'Edit a draft (signed notes are locked)', params: IdParams, body: UpdateNoteBody, response: { 200: Note } } }, async (req) => {
    const note = requireSubject(req.subject).note!;
    if (!(await store.notes.updateDraft(note, req.body.sections, clock()))) throw new HttpError('conflict', 'This note is signed and locked. Add a dated addendum instead.');
    return dto((await store.notes.byId(note.id))!);
  });

  app.post('/api/notes/:id/sign', { config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.sign' }, schema: { tags: ['notes'], summary: 'Sign and lock the note (its content hash is recorded)', params: IdParams, response: { 200: Note } } }, async (req) => {
    const note = requireSubject(req.subject).note!;
    if (note.sections.some((s) => s.text.includes('[For the therapist to complete.]'))) throw new HttpError('invalid_request', 'Complete every section before signing (some still say "For the therapist to complete").');
    const at = clock();
    if (!(await store.notes.sign(note.id, noteHash(note, at), at))) throw new HttpError('conflict', 'This note is already signed.');
    return dto((await store.notes.byId(note.id))!);
  });

  app.post('/api/notes/:id/addenda', { config: { access: { roles: T, scope: 'note', param: 'id' }, audit: 'note.addendum' }, schema: { tags: ['notes'], summary: 'Add a dated addendum to a signed note', params: IdParams, body: AddendumBody, response: { 201: Note } } }, async (req, reply) => {
    const note = requireSubject(req.subject).note!;
    if (note.status !== 'signed') throw new HttpError('conflict', 'A draft can simply be edited; addenda are for signed notes.');
    const at = clock();
    await store.notes.addAddendum(note, { id: randomUUID(), authorId: req.actor!.userId, text: req.body.text, contentHash: addendumHash(note.contentHash!, req.body.text, at), createdAt: at });
    return reply.status(201).send(dto((await store.notes.byId(note.id))!));
  });
}
