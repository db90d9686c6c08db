import { Directive, DirectiveList, DirectiveParams, DirectiveQuery } from '../../domain/api/schemas.ts';
import { DIRECTIVE_CATALOGUE, DIRECTIVE_MODES, GOAL_TAGS, directiveById, searchDirectives } from '../../domain/directives/index.ts';
import type { DirectiveMode, GoalTag } from '../../domain/directives/index.ts';
import type { App, Deps } from '../deps.ts';
import { HttpError } from '../errors.ts';

/** The catalogue of art- and music-therapy directives (therapists' own directives come later). */
export function directiveRoutes(app: App, _deps: Deps): void {
  app.get('/api/directives', { config: { access: { roles: ['therapist'] } }, schema: { tags: ['directives'], summary: 'Search the directive catalogue', querystring: DirectiveQuery, response: { 200: DirectiveList } } }, async (req) => {
    const q = req.query;
    if (q.mode && !(DIRECTIVE_MODES as readonly string[]).includes(q.mode)) throw new HttpError('invalid_request', `Unknown mode "${q.mode}". Use one of: ${DIRECTIVE_MODES.join(', ')}.`);
    if (q.goal && !(GOAL_TAGS as readonly string[]).includes(q.goal)) throw new HttpError('invalid_request', `Unknown goal "${q.goal}". Use one of: ${GOAL_TAGS.join(', ')}.`);
    const directives = searchDirectives(DIRECTIVE_CATALOGUE, { text: q.text, modes: q.mode ? [q.mode as DirectiveMode] : undefined, goalTags: q.goal ? [q.goal as GoalTag] : undefined, maxMinutes: q.maxMinutes });
    return { directives: directives.map((d) => ({ ...d, goalTags: [...d.goalTags], instructions: [...d.instructions], reflectionQuestions: [...d.reflectionQuestions], suitableFor: [...d.suitableFor], unsuitableFor: [...d.unsuitableFor], durationMinutes: { ...d.durationMinutes } })) };
  });

  app.get('/api/directives/:directiveId', { config: { access: { roles: ['therapist', 'client'] } }, schema: { tags: ['directives'], summary: 'One directive', params: DirectiveParams, response: { 200: Directive } } }, async (req) => {
    const d = directiveById(req.params.directiveId);
    if (!d) throw new HttpError('not_found', 'That directive was not found.');
    return { ...d, goalTags: [...d.goalTags], instructions: [...d.instructions], reflectionQuestions: [...d.reflectionQuestions], suitableFor: [...d.suitableFor], unsuitableFor: [...d.unsuitableFor], durationMinutes: { ...d.durationMinutes } };
  });
}
