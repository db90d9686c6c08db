import { CONNECTION_DIRECTIVES } from './catalogue-connection.ts';
import { EMOTION_DIRECTIVES } from './catalogue-emotions.ts';
import { GROUNDING_DIRECTIVES } from './catalogue-grounding.ts';
import { IDENTITY_DIRECTIVES } from './catalogue-identity.ts';
import type { Directive } from './directive.ts';

/** Every built-in directive, grouped by theme: grounding, emotions, identity, connection. */
export const DIRECTIVE_CATALOGUE: readonly Directive[] = [
  ...GROUNDING_DIRECTIVES,
  ...EMOTION_DIRECTIVES,
  ...IDENTITY_DIRECTIVES,
  ...CONNECTION_DIRECTIVES,
];

/** A directive by id from a catalogue (built-in by default), or undefined. */
export function directiveById(id: string, catalogue: readonly Directive[] = DIRECTIVE_CATALOGUE): Directive | undefined {
  return catalogue.find((d) => d.id === id);
}
