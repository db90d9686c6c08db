/**
 * Art- and music-therapy directives: the built-in catalogue, validation for therapists' own
 * directives, and search/filter.
 */
export { DIRECTIVE_CATALOGUE, directiveById } from './catalogue.ts';
export { validateDirective, DIRECTIVE_MODES, GOAL_TAGS } from './directive.ts';
export type { Directive, DirectiveMode, GoalTag } from './directive.ts';
export { searchDirectives } from './search.ts';
export type { DirectiveQuery } from './search.ts';
