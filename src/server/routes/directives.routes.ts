import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DirectiveParams, IdParams } from '../../domain/api/schemas.ts';
import {
  AttachDirectiveBody, DirectiveInput, DirectiveSearchQuery, DirectiveUpdate, SessionDirectiveList, SessionDirectiveParams, WorkspaceDirective, WorkspaceDirectiveList,
} from '../../domain/api/workspace.schemas.ts';
import { DIRECTIVE_CATALOGUE, DIRECTIVE_MODES, GOAL_TAGS, directiveById, searchDirectives, validateDirective } from '../../domain/directives/index.ts';
import type { Directive, DirectiveMode, GoalTag } from '../../domain/directives/index.ts';
import type { Actor } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

type Found = { directive: Directive; ownerId: string | null; basedOn: string | null };

/**
 * A directive the actor may see: a built-in one, a therapist's own, or (for a client) one their
 * therapist wrote. Anyone else's directive is reported as missing.
 */
export async function findDirective(store: Store, actor: Actor, id: string): Promise<Found | undefined> {
  const builtIn = directiveById(id);
  if (builtIn) return { directive: builtIn, ownerId: null, basedOn: null };
  const own = await store.workspace.directiveById(id);
  if (!own) return undefined;
  if (actor.role === 'therapist' && own.therapistId === actor.userId) return { directive: own.directive, ownerId: own.therapistId, basedOn: own.basedOn };
  if (actor.role === 'client' && actor.clientId) {
    const client = await store.clients.byId(actor.clientId);
    if (client?.therapistId === own.therapistId) return { directive: own.directive, ownerId: own.therapistId, basedOn: own.basedOn };
  }
  return undefined;
}

const dto = (f: Found, actor: Actor): z.infer<typeof WorkspaceDirective> => {
  const d = f.directive;
  return {
    ...d, goalTags: [...d.goalTags], instructions: [...d.instructions], reflectionQuestions: [...d.reflectionQuestions], suitableFor: [...d.suitableFor], unsuitableFor: [...d.unsuitableFor],
    durationMinutes: { ...d.durationMinutes }, editable: f.ownerId !== null && f.ownerId === actor.userId, basedOn: f.basedOn,
  };
};

/** Trims list entries and drops empty lines, so the editor's blank rows are not an error. */
function cleaned(input: Partial<z.infer<typeof DirectiveInput>>): Partial<z.infer<typeof DirectiveInput>> {
  const out = { ...input };
  for (const k of ['instructions', 'reflectionQuestions', 'suitableFor', 'unsuitableFor'] as const) {
    const v = out[k];
    if (v) out[k] = v.map((s) => s.trim()).filter((s) => s.length > 0);
  }
  return out;
}

function checked(candidate: unknown): Directive {
  const r = validateDirective(candidate);
  if (!r.ok) throw new HttpError('invalid_request', `The directive was not saved: ${r.error}.`);
  return r.value;
}

const notFound = () => new HttpError('not_found', 'That directive was not found.');
const SESSION = { roles: ['therapist'] as const, scope: 'session' as const, param: 'id' };

/** The directive catalogue, therapists' own directives, and directives planned for a session. */
export function directiveRoutes(app: App, { store, clock }: Deps): void {
  app.get('/api/directives', { config: { access: { roles: ['therapist'] } }, schema: { tags: ['directives'], summary: 'Search the catalogue and my own directives', querystring: DirectiveSearchQuery, response: { 200: WorkspaceDirectiveList } } }, async (req) => {
    const q = req.query;
    if (q.mode && !(DIRECTIVE_MODES as readonly string[]).includes(q.mode)) throw new HttpError('invalid_request', `Unknown mode "${q.mode}". Use one of: ${DIRECTIVE_MODES.join(', ')}.`);
    if (q.goal && !(GOAL_TAGS as readonly string[]).includes(q.goal)) throw new HttpError('invalid_request', `Unknown goal "${q.goal}". Use one of: ${GOAL_TAGS.join(', ')}.`);
    const own = await store.workspace.directivesOf(req.actor!.userId);
    const pool: Found[] = [
      ...(q.source === 'built-in' ? [] : own.map((o) => ({ directive: o.directive, ownerId: o.therapistId, basedOn: o.basedOn }))),
      ...(q.source === 'mine' ? [] : DIRECTIVE_CATALOGUE.map((d) => ({ directive: d, ownerId: null, basedOn: null }))),
    ];
    const byId = new Map(pool.map((f) => [f.directive.id, f]));
    const hits = searchDirectives(pool.map((f) => f.directive), { text: q.text, modes: q.mode ? [q.mode as DirectiveMode] : undefined, goalTags: q.goal ? [q.goal as GoalTag] : undefined, maxMinutes: q.maxMinutes });
    return { directives: hits.map((d) => dto(byId.get(d.id)!, req.actor!)) };
  });

  app.get('/api/directives/:directiveId', { config: { access: { roles: ['therapist', 'client'] } }, schema: { tags: ['directives'], summary: 'One directive', params: DirectiveParams, response: { 200: WorkspaceDirective } } }, async (req) => {
    const f = await findDirective(store, req.actor!, req.params.directiveId);
    if (!f) throw notFound();
    return dto(f, req.actor!);
  });

  app.post('/api/directives', { config: { access: { roles: ['therapist'] } }, schema: { tags: ['directives'], summary: 'Write my own directive (private to me)', body: DirectiveInput, response: { 201: WorkspaceDirective } } }, async (req, reply) => {
    const directive = checked({ ...cleaned(req.body), id: `mine-${randomUUID()}`, source: 'therapist' });
    const rec = await store.workspace.createDirective(req.actor!.userId, directive, null, clock());
    return reply.status(201).send(dto({ directive: rec.directive, ownerId: rec.therapistId, basedOn: null }, req.actor!));
  });

  app.post('/api/directives/:directiveId/duplicate', { config: { access: { roles: ['therapist'] } }, schema: { tags: ['directives'], summary: 'Copy a directive into my own, editable directives', params: DirectiveParams, response: { 201: WorkspaceDirective } } }, async (req, reply) => {
    const f = await findDirective(store, req.actor!, req.params.directiveId);
    if (!f) throw notFound();
    const title = `${f.directive.title} (my version)`.slice(0, 80);
    const directive = checked({ ...f.directive, id: `mine-${randomUUID()}`, title, source: 'therapist' });
    const rec = await store.workspace.createDirective(req.actor!.userId, directive, f.directive.id, clock());
    return reply.status(201).send(dto({ directive: rec.directive, ownerId: rec.therapistId, basedOn: rec.basedOn }, req.actor!));
  });

  app.patch('/api/directives/:directiveId', { config: { access: { roles: ['therapist'] } }, schema: { tags: ['directives'], summary: 'Edit one of my own directives', params: DirectiveParams, body: DirectiveUpdate, response: { 200: WorkspaceDirective } } }, async (req) => {
    const f = await findDirective(store, req.actor!, req.params.directiveId);
    if (!f) throw notFound();
    if (f.ownerId === null) throw new HttpError('forbidden', 'Built-in directives cannot be changed. Duplicate it to make your own copy to edit.');
    const directive = checked({ ...f.directive, ...cleaned(req.body), id: f.directive.id, source: 'therapist' });
    const rec = await store.workspace.updateDirective(directive.id, directive, clock());
    return dto({ directive: rec.directive, ownerId: rec.therapistId, basedOn: rec.basedOn }, req.actor!);
  });

  const sessionList = async (sessionId: string) => ({
    directives: (await store.workspace.sessionDirectives(sessionId)).map((s) => ({ directiveId: s.directiveId, title: s.title, mode: s.mode, createdAt: iso(s.createdAt) })),
  });

  app.get('/api/sessions/:id/directives', { config: { access: SESSION, audit: 'session.plan.read' }, schema: { tags: ['directives'], summary: 'Directives planned for this session', params: IdParams, response: { 200: SessionDirectiveList } } }, async (req) =>
    sessionList(requireSubject(req.subject).session!.id),
  );

  app.post('/api/sessions/:id/directives', { config: { access: SESSION, audit: 'session.plan' }, schema: { tags: ['directives'], summary: 'Plan a directive for this session', params: IdParams, body: AttachDirectiveBody, response: { 201: SessionDirectiveList } } }, async (req, reply) => {
    const session = requireSubject(req.subject).session!;
    if (session.status === 'completed' || session.status === 'cancelled') throw new HttpError('conflict', `This session is ${session.status}; plan a directive for an upcoming session instead.`);
    const f = await findDirective(store, req.actor!, req.body.directiveId);
    if (!f) throw new HttpError('invalid_request', `There is no directive "${req.body.directiveId}".`);
    await store.workspace.attachToSession(session.id, f.directive, req.actor!.userId, clock());
    req.auditNote.targetId = session.id;
    return reply.status(201).send(await sessionList(session.id));
  });

  app.delete('/api/sessions/:id/directives/:directiveId', { config: { access: SESSION, audit: 'session.plan.remove' }, schema: { tags: ['directives'], summary: 'Take a directive off this session’s plan', params: SessionDirectiveParams, response: { 200: SessionDirectiveList } } }, async (req) => {
    const session = requireSubject(req.subject).session!;
    if (!(await store.workspace.detachFromSession(session.id, req.params.directiveId))) throw notFound();
    return sessionList(session.id);
  });
}
