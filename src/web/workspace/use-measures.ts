/**
 * The measures Hearth offers, as the server's registry describes them (GET /api/measures), loaded
 * once per page and shared: forms, charts, schedules and plan targets read names, items, ranges
 * and bands from here, never from a measure's id.
 */
import { useLoad } from '../use-load.ts';
import type { Loaded } from '../use-load.ts';
import { workspaceApi } from './workspace-api.ts';
import type { MeasureDefinition } from './workspace-api.ts';

let cached: Promise<MeasureDefinition[]> | undefined;

/** The definitions (fetched once; a failed fetch is tried again next time). */
export function measureDefinitions(): Promise<MeasureDefinition[]> {
  cached ??= workspaceApi.measureDefinitions().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

export function useMeasureDefinitions(): Loaded<MeasureDefinition[]> {
  return useLoad(measureDefinitions, []);
}

/** A measure's display name ("PHQ-9"), or its id while the definitions load. */
export const measureName = (defs: readonly MeasureDefinition[] | undefined, id: string): string => defs?.find((d) => d.id === id)?.name ?? id;
