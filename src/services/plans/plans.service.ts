/**
 * Treatment plans: written by the therapist, shared with the client when chosen; each measurable
 * objective's progress comes from the client's responses to its measure. A target reads in the
 * measure's direction: "below" a score where lower is better (PHQ-9, GAD-7, PCL-5), "above" where
 * higher is better (WHO-5).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreatePlanBody, MeasureTarget, ObjectiveProgress, Plan, PlanContent, UpdatePlanBody } from '../../domain/api/schemas.ts';
import { maxTotalOf, measureDefinition } from '../../domain/measures/index.ts';
import type { MeasureResponseRecord, PlanRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';

type Content = z.infer<typeof PlanContent>;
type Target = z.infer<typeof MeasureTarget>;
type PlanDto = z.infer<typeof Plan>;

/** The target's score and whether it is to be got below or above, as the measure reads it. */
function targetOf(t: Target): { direction: 'below' | 'above'; value: number } {
  return t.below !== undefined ? { direction: 'below', value: t.below } : { direction: 'above', value: t.above! };
}

/** Refuses targets that point the wrong way for their measure or lie outside its range. */
function checkTargets(content: Content): void {
  for (const o of content.goals.flatMap((g) => g.objectives)) {
    if (!o.target) continue;
    const def = measureDefinition(o.target.measure);
    const { direction, value } = targetOf(o.target);
    const want = def.better === 'lower' ? 'below' : 'above';
    if (direction !== want)
      throw new HttpError('invalid_request', em('errors:plans.scoresBetterSoTarget', { name: def.name, better: def.better, want, direction }));
    if (value > maxTotalOf(def)) throw new HttpError('invalid_request', em('errors:plans.totalsRunFrom0', { name: def.name, max: maxTotalOf(def), value }));
  }
}

/** Progress of each measurable objective from the client's responses to its measure. */
export function planProgress(content: Content, measures: readonly MeasureResponseRecord[], now: Date): z.infer<typeof ObjectiveProgress>[] {
  const out: z.infer<typeof ObjectiveProgress>[] = [];
  for (const g of content.goals) {
    for (const o of g.objectives) {
      if (!o.target) continue;
      const { direction, value } = targetOf(o.target);
      const series = measures.filter((m) => m.measure === o.target!.measure);
      const first = series[0];
      const latest = series.at(-1);
      const deadline = new Date(`${o.target.by}T23:59:59Z`);
      const met = latest !== undefined && (direction === 'below' ? latest.total < value : latest.total > value);
      const status = !latest ? 'no_data' : met ? 'met' : deadline < now ? 'overdue' : 'not_yet';
      out.push({
        goalId: g.id,
        objectiveId: o.id,
        measure: o.target.measure,
        target: value,
        direction,
        by: o.target.by,
        first: first?.total ?? null,
        latest: latest?.total ?? null,
        latestAt: latest ? iso(latest.createdAt) : null,
        status,
      });
    }
  }
  return out;
}

async function planDto({ store, clock }: StoreDeps, p: PlanRecord): Promise<PlanDto> {
  const content = p.content as Content;
  return {
    id: p.id,
    clientId: p.clientId,
    content,
    shared: p.shared,
    status: p.status,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    progress: planProgress(content, await store.clinical.measures(p.clientId), clock()),
  };
}

export async function createPlan(deps: StoreDeps, actor: Actor, { client }: Subject, input: z.output<typeof CreatePlanBody>): Promise<PlanDto> {
  const { shared, ...content } = input;
  checkTargets(content);
  const id = randomUUID();
  await deps.store.plans.create({ id, clientId: client.id, therapistId: actor.userId, content, shared, createdAt: deps.clock() });
  return planDto(deps, (await deps.store.plans.byId(id))!);
}

/** The client sees only the plans shared with them. */
export async function listPlans(deps: StoreDeps, actor: Actor, { client }: Subject): Promise<PlanDto[]> {
  const plans = await deps.store.plans.listForClient(client.id, actor.role === 'client');
  return Promise.all(plans.map((p) => planDto(deps, p)));
}

/** A plan not shared with its client answers to the client like a missing one. */
export async function readPlan(deps: StoreDeps, actor: Actor, { plan }: With<'plan'>): Promise<PlanDto> {
  if (actor.role === 'client' && !plan.shared) throw new HttpError('not_found', em('errors:plans.planFound'));
  return planDto(deps, plan);
}

export async function updatePlan(deps: StoreDeps, _actor: Actor, { plan }: With<'plan'>, input: z.output<typeof UpdatePlanBody>): Promise<PlanDto> {
  if (input.content) checkTargets(input.content);
  await deps.store.plans.update(plan, input, deps.clock());
  return planDto(deps, (await deps.store.plans.byId(plan.id))!);
}
