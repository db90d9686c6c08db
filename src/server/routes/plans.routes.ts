import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { CreatePlanBody, IdParams, Plan, PlanList, UpdatePlanBody } from '../../domain/api/schemas.ts';
import type { ObjectiveProgress , PlanContent} from '../../domain/api/schemas.ts';
import type { MeasureResponseRecord, PlanRecord } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

type Content = z.infer<typeof PlanContent>;

/** Progress of each measurable objective from the client's PHQ-9/GAD-7 responses. */
export function planProgress(content: Content, measures: readonly MeasureResponseRecord[], now: Date): z.infer<typeof ObjectiveProgress>[] {
  const out: z.infer<typeof ObjectiveProgress>[] = [];
  for (const g of content.goals) {
    for (const o of g.objectives) {
      if (!o.target) continue;
      const series = measures.filter((m) => m.measure === o.target!.measure);
      const first = series[0];
      const latest = series.at(-1);
      const deadline = new Date(`${o.target.by}T23:59:59Z`);
      const status = !latest ? 'no_data' : latest.total < o.target.below ? 'met' : deadline < now ? 'overdue' : 'not_yet';
      out.push({ goalId: g.id, objectiveId: o.id, measure: o.target.measure, target: o.target.below, by: o.target.by, first: first?.total ?? null, latest: latest?.total ?? null, latestAt: latest ? iso(latest.createdAt) : null, status });
    }
  }
  return out;
}

/** Treatment plans: written by the therapist, progress shown from the measures, shared with the client when chosen. */
export function planRoutes(app: App, { store, clock }: Deps): void {
  const dto = async (p: PlanRecord): Promise<z.infer<typeof Plan>> => {
    const content = p.content as Content;
    return { id: p.id, clientId: p.clientId, content, shared: p.shared, status: p.status, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt), progress: planProgress(content, await store.clinical.measures(p.clientId), clock()) };
  };
  /** A client sees only the plans shared with them; others answer like missing ones. */
  const visible = (plan: PlanRecord | undefined, role: string): PlanRecord => {
    if (!plan || (role === 'client' && !plan.shared)) throw new HttpError('not_found', 'That plan was not found.');
    return plan;
  };

  app.post('/api/clients/:id/plans', { config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'plan.create' }, schema: { tags: ['plans'], summary: 'Write a treatment plan', params: IdParams, body: CreatePlanBody, response: { 201: Plan } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    const { shared, ...content } = req.body;
    const id = randomUUID();
    await store.plans.create({ id, clientId: client.id, therapistId: req.actor!.userId, content, shared, createdAt: clock() });
    req.auditNote.targetId = id;
    return reply.status(201).send(await dto((await store.plans.byId(id))!));
  });

  app.get('/api/clients/:id/plans', { config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'plan.list' }, schema: { tags: ['plans'], summary: 'Treatment plans (clients see the ones shared with them)', params: IdParams, response: { 200: PlanList } } }, async (req) => {
    const plans = await store.plans.listForClient(requireSubject(req.subject).client.id, req.actor!.role === 'client');
    return { plans: await Promise.all(plans.map(dto)) };
  });

  app.get('/api/plans/:id', { config: { access: { roles: ['therapist', 'client'], scope: 'plan', param: 'id' }, audit: 'plan.read' }, schema: { tags: ['plans'], summary: 'One plan with progress', params: IdParams, response: { 200: Plan } } }, async (req) => dto(visible(requireSubject(req.subject).plan, req.actor!.role)));

  app.patch('/api/plans/:id', { config: { access: { roles: ['therapist'], scope: 'plan', param: 'id' }, audit: 'plan.update' }, schema: { tags: ['plans'], summary: 'Revise, share/unshare or archive a plan', params: IdParams, body: UpdatePlanBody, response: { 200: Plan } } }, async (req) => {
    const plan = requireSubject(req.subject).plan!;
    await store.plans.update(plan, req.body, clock());
    return dto((await store.plans.byId(plan.id))!);
  });
}
