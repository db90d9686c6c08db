/**
 * Standardised measures on a client's record: the definitions the forms show, submitting one
 * (scored and banded from the registry; a safety item such as PHQ-9 item 9 raises an urgent
 * alert), the history with reliable change, and the therapist's schedule of when each is due.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MeasureBody, MeasureCreated, MeasureDefinitions, MeasureResult } from '../../domain/api/schemas.ts';
import type { MeasureSchedule, MeasureScheduleBody } from '../../domain/api/workspace.schemas.ts';
import { MEASURES, MeasureAnswerError, maxTotalOf, measureDefinition, measureDue, reliableChange, scoreMeasure } from '../../domain/measures/index.ts';
import type { MeasureScore } from '../../domain/measures/index.ts';
import type { MeasureResponseRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { raiseSafetyItemAlert } from '../safety/screen-client-text.ts';

type Result = z.infer<typeof MeasureResult>;

/** Every registered measure as the forms, charts and schedule show it (`GET /api/measures`). */
export function measureDefinitions(): z.infer<typeof MeasureDefinitions>['measures'] {
  return MEASURES.map((m) => ({
    id: m.id,
    name: m.name,
    title: m.title,
    instructions: m.stem,
    items: m.items.map((i) => i.text),
    options: m.options.map((o) => ({ value: o.value, label: o.label })),
    bands: m.bands.map((b) => ({
      id: b.id,
      min: b.min,
      max: b.max,
      label: b.label,
      severity: b.severity,
      chartLabel: 'chartLabel' in b ? b.chartLabel : b.label,
    })),
    multiplier: m.multiplier,
    maxTotal: maxTotalOf(m),
    better: m.better,
    safetyItem: 'safetyItem' in m ? m.safetyItem.index + 1 : null,
    languages: [...m.languages],
    copyright: m.copyright,
  }));
}

/** Responses oldest first, each with its change from the previous response to the same measure. */
function measureDtos(all: readonly MeasureResponseRecord[]): Result[] {
  const previous = new Map<string, MeasureResponseRecord>();
  return all.map((m) => {
    const prev = previous.get(m.measure);
    previous.set(m.measure, m);
    const rc = prev ? reliableChange(m.measure, prev.total, m.total) : null;
    return {
      id: m.id,
      measure: m.measure,
      total: m.total,
      maxTotal: maxTotalOf(measureDefinition(m.measure)),
      band: m.band,
      answers: m.answers,
      safetyFlag: m.safetyFlag,
      createdAt: iso(m.createdAt),
      change: rc ? { from: rc.before, change: rc.change, threshold: rc.threshold, outcome: rc.outcome } : null,
    };
  });
}

export async function listMeasures({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<Result[]> {
  return measureDtos(await store.clinical.measures(client.id));
}

export async function submitMeasure(
  deps: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof MeasureBody>,
): Promise<z.infer<typeof MeasureCreated>> {
  const { store, clock } = deps;
  let score: MeasureScore;
  try {
    score = scoreMeasure(input.measure, input.answers);
  } catch (e) {
    if (e instanceof MeasureAnswerError) throw new HttpError('invalid_request', e.message);
    throw e;
  }
  const rec: MeasureResponseRecord = {
    id: randomUUID(),
    clientId: client.id,
    createdBy: actor.userId,
    measure: input.measure,
    answers: [...score.answers],
    total: score.total,
    band: score.band.label,
    safetyFlag: score.safetyFlag,
    createdAt: clock(),
  };
  await store.clinical.addMeasure(rec);
  const crisis = score.safetyFlag
    ? await raiseSafetyItemAlert(
        deps,
        client,
        rec.id,
        score.safetyReason ?? `${measureDefinition(rec.measure).name} safety item answered above 0.`,
        rec.createdAt,
      )
    : null;
  const all = measureDtos(await store.clinical.measures(client.id));
  return { response: all.find((m) => m.id === rec.id)!, crisis };
}

/** Each registered measure's schedule for the client: how often, whether due or overdue, when next. */
export async function measureSchedule({ store, clock }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof MeasureSchedule>> {
  const [set, responses, sessions] = await Promise.all([
    store.workspace.schedules(client.id),
    store.clinical.measures(client.id),
    store.therapySessions.listForClient(client.id),
  ]);
  const now = clock();
  return {
    schedules: MEASURES.map((m) => {
      const s = set.find((x) => x.measure === m.id);
      const last = responses.filter((r) => r.measure === m.id).at(-1)?.createdAt ?? null;
      const due = s
        ? measureDue({ frequency: s.frequency, startsAt: s.startsAt, lastResponseAt: last, sessions, now })
        : { due: false, overdue: false, nextDueAt: null };
      return {
        measure: m.id,
        title: m.name,
        frequency: s?.frequency ?? 'off',
        due: due.due,
        overdue: due.overdue,
        nextDueAt: due.nextDueAt ? iso(due.nextDueAt) : null,
        lastAnsweredAt: last ? iso(last) : null,
      };
    }),
  };
}

export async function setMeasureSchedule(
  deps: StoreDeps,
  actor: Actor,
  subject: Subject,
  input: z.output<typeof MeasureScheduleBody>,
): Promise<z.infer<typeof MeasureSchedule>> {
  await deps.store.workspace.setSchedule({
    clientId: subject.client.id,
    measure: input.measure,
    frequency: input.frequency,
    startsAt: deps.clock(),
    updatedBy: actor.userId,
  });
  return measureSchedule(deps, actor, subject);
}
