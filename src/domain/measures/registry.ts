/**
 * Every measure Hearth offers, in the order forms and charts list them. To add one: write its
 * definition in one file beside this one (see who5.ts) and add it here; the API, the forms,
 * charts, schedules, plan targets, note drafts, the PDF and the FHIR export follow.
 */
import { GAD7 } from './gad7.ts';
import type { MeasureDefinition } from './measure.ts';
import { PCL5 } from './pcl5.ts';
import { PHQ9 } from './phq9.ts';
import { WHO5 } from './who5.ts';

export const MEASURES = [PHQ9, GAD7, PCL5, WHO5] as const satisfies readonly MeasureDefinition[];

/** A registered measure's id (`phq9`, `gad7`, `pcl5`, `who5`, …). */
export type MeasureId = (typeof MEASURES)[number]['id'];

/** Every measure id, for `z.enum(MEASURE_IDS)`. */
export const MEASURE_IDS = MEASURES.map((m) => m.id) as [MeasureId, ...MeasureId[]];

const byId = new Map<string, MeasureDefinition>(MEASURES.map((m) => [m.id, m]));

export function isMeasureId(id: string): id is MeasureId {
  return byId.has(id);
}

/** The definition of a registered measure. */
export function measureDefinition(id: MeasureId): MeasureDefinition {
  const def = byId.get(id);
  if (!def) throw new RangeError(`unknown measure "${id}"`);
  return def;
}
