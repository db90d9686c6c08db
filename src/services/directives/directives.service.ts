/** The directive catalogue, therapists' own directives, and directives planned for a session. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  AttachDirectiveBody,
  DirectiveInput,
  DirectiveSearchQuery,
  DirectiveUpdate,
  SessionDirectiveList,
  WorkspaceDirective,
} from '../../domain/api/workspace.schemas.ts';
import { DIRECTIVE_CATALOGUE, DIRECTIVE_MODES, GOAL_TAGS, directiveById, searchDirectives, validateDirective } from '../../domain/directives/index.ts';
import type { Directive, DirectiveMode, GoalTag } from '../../domain/directives/index.ts';
import { clipText } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import type { Actor, StoreDeps, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';

interface Found {
  directive: Directive;
  ownerId: string | null;
  basedOn: string | null;
}
type DirectiveDto = z.infer<typeof WorkspaceDirective>;

/**
 * A directive the actor may see: a built-in one, a therapist's own, or (for a client) one their
 * therapist wrote and assigned to them as homework. A therapist's private directives stay private
 * otherwise: anyone else's is reported as missing, exactly like an id that does not exist.
 */
export async function findDirective(store: Store, actor: Actor, id: string): Promise<Found | undefined> {
  const builtIn = directiveById(id);
  if (builtIn) return { directive: builtIn, ownerId: null, basedOn: null };
  const own = await store.workspace.directiveById(id);
  if (!own) return undefined;
  if (actor.role === 'therapist' && own.therapistId === actor.userId) return { directive: own.directive, ownerId: own.therapistId, basedOn: own.basedOn };
  if (actor.role === 'client' && actor.clientId && (await store.homework.assigned(actor.clientId, id))) {
    const client = await store.clients.byId(actor.clientId);
    if (client?.therapistId === own.therapistId) return { directive: own.directive, ownerId: own.therapistId, basedOn: own.basedOn };
  }
  return undefined;
}

const dto = (f: Found, actor: Actor): DirectiveDto => {
  const d = f.directive;
  return {
    ...d,
    goalTags: [...d.goalTags],
    instructions: [...d.instructions],
    reflectionQuestions: [...d.reflectionQuestions],
    suitableFor: [...d.suitableFor],
    unsuitableFor: [...d.unsuitableFor],
    durationMinutes: { ...d.durationMinutes },
    editable: f.ownerId !== null && f.ownerId === actor.userId,
    basedOn: f.basedOn,
    // Notes written for the therapist are not shown to clients.
    therapistNotes: actor.role === 'client' ? '' : d.therapistNotes,
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
  if (!r.ok) throw new HttpError('invalid_request', em('errors:directives.directiveSaved', { error: r.error }));
  return r.value;
}

const missing = () => new HttpError('not_found', em('errors:directives.directiveFound'));

export async function searchDirectiveCatalogue({ store }: StoreDeps, actor: Actor, q: z.output<typeof DirectiveSearchQuery>): Promise<DirectiveDto[]> {
  if (q.mode && !(DIRECTIVE_MODES as readonly string[]).includes(q.mode))
    throw new HttpError('invalid_request', em('errors:directives.unknownModeUseOne', { mode: q.mode, modes: DIRECTIVE_MODES.join(', ') }));
  if (q.goal && !(GOAL_TAGS as readonly string[]).includes(q.goal))
    throw new HttpError('invalid_request', em('errors:directives.unknownGoalUseOne', { goal: q.goal, goals: GOAL_TAGS.join(', ') }));
  const own = await store.workspace.directivesOf(actor.userId);
  const pool: Found[] = [
    ...(q.source === 'built-in' ? [] : own.map((o) => ({ directive: o.directive, ownerId: o.therapistId, basedOn: o.basedOn }))),
    ...(q.source === 'mine' ? [] : DIRECTIVE_CATALOGUE.map((d) => ({ directive: d, ownerId: null, basedOn: null }))),
  ];
  const byId = new Map(pool.map((f) => [f.directive.id, f]));
  const hits = searchDirectives(
    pool.map((f) => f.directive),
    {
      text: q.text,
      modes: q.mode ? [q.mode as DirectiveMode] : undefined,
      goalTags: q.goal ? [q.goal as GoalTag] : undefined,
      maxMinutes: q.maxMinutes,
    },
  );
  return hits.map((d) => dto(byId.get(d.id)!, actor));
}

export async function readDirective({ store }: StoreDeps, actor: Actor, directiveId: string): Promise<DirectiveDto> {
  const f = await findDirective(store, actor, directiveId);
  if (!f) throw missing();
  return dto(f, actor);
}

export async function createDirective({ store, clock }: StoreDeps, actor: Actor, input: z.output<typeof DirectiveInput>): Promise<DirectiveDto> {
  const directive = checked({ ...cleaned(input), id: `mine-${randomUUID()}`, source: 'therapist' });
  const rec = await store.workspace.createDirective(actor.userId, directive, null, clock());
  return dto({ directive: rec.directive, ownerId: rec.therapistId, basedOn: null }, actor);
}

export async function duplicateDirective({ store, clock }: StoreDeps, actor: Actor, directiveId: string): Promise<DirectiveDto> {
  const f = await findDirective(store, actor, directiveId);
  if (!f) throw missing();
  const title = clipText(`${f.directive.title} (my version)`, 80);
  const directive = checked({ ...f.directive, id: `mine-${randomUUID()}`, title, source: 'therapist' });
  const rec = await store.workspace.createDirective(actor.userId, directive, f.directive.id, clock());
  return dto({ directive: rec.directive, ownerId: rec.therapistId, basedOn: rec.basedOn }, actor);
}

export async function updateDirective(
  { store, clock }: StoreDeps,
  actor: Actor,
  directiveId: string,
  input: z.output<typeof DirectiveUpdate>,
): Promise<DirectiveDto> {
  const f = await findDirective(store, actor, directiveId);
  if (!f) throw missing();
  if (f.ownerId === null) throw new HttpError('forbidden', em('errors:directives.builtDirectivesChangedDuplicate'));
  const directive = checked({ ...f.directive, ...cleaned(input), id: f.directive.id, source: 'therapist' });
  const rec = await store.workspace.updateDirective(directive.id, directive, clock());
  return dto({ directive: rec.directive, ownerId: rec.therapistId, basedOn: rec.basedOn }, actor);
}

type Planned = z.infer<typeof SessionDirectiveList>;

export async function sessionDirectives({ store }: StoreDeps, _actor: Actor, { session }: With<'session'>): Promise<Planned> {
  return {
    directives: (await store.workspace.sessionDirectives(session.id)).map((s) => ({
      directiveId: s.directiveId,
      title: s.title,
      mode: s.mode,
      createdAt: iso(s.createdAt),
    })),
  };
}

export async function planDirective(deps: StoreDeps, actor: Actor, subject: With<'session'>, input: z.output<typeof AttachDirectiveBody>): Promise<Planned> {
  const { session } = subject;
  if (session.status === 'completed' || session.status === 'cancelled')
    throw new HttpError('conflict', em('errors:directives.sessionPlanDirectiveUpcoming', { status: session.status }));
  const f = await findDirective(deps.store, actor, input.directiveId);
  if (!f) throw new HttpError('invalid_request', em('errors:directives.directive', { directiveId: input.directiveId }));
  await deps.store.workspace.attachToSession(session.id, f.directive, actor.userId, deps.clock());
  return sessionDirectives(deps, actor, subject);
}

export async function unplanDirective(deps: StoreDeps, actor: Actor, subject: With<'session'>, directiveId: string): Promise<Planned> {
  if (!(await deps.store.workspace.detachFromSession(subject.session.id, directiveId))) throw missing();
  return sessionDirectives(deps, actor, subject);
}
