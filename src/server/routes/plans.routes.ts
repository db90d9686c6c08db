import { CreatePlanBody, IdParams, Plan, PlanList, UpdatePlanBody } from '../../domain/api/schemas.ts';
import { createPlan, listPlans, readPlan, updatePlan } from '../../services/plans/plans.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Treatment plans: written by the therapist, progress shown from the measures, shared with the client when chosen. */
export function planRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/clients/:id/plans',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'plan.create' },
      schema: { tags: ['plans'], summary: 'Write a treatment plan', params: IdParams, body: CreatePlanBody, response: { 201: Plan } },
    },
    async (req, reply) => {
      const plan = await createPlan(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = plan.id;
      return reply.status(201).send(plan);
    },
  );

  app.get(
    '/api/clients/:id/plans',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'plan.list' },
      schema: { tags: ['plans'], summary: 'Treatment plans (clients see the ones shared with them)', params: IdParams, response: { 200: PlanList } },
    },
    async (req) => ({
      plans: await listPlans(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.get(
    '/api/plans/:id',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'plan', param: 'id' }, audit: 'plan.read' },
      schema: { tags: ['plans'], summary: 'One plan with progress', params: IdParams, response: { 200: Plan } },
    },
    async (req) => readPlan(deps, requireActor(req.actor), subjectWith(req.subject, 'plan')),
  );

  app.patch(
    '/api/plans/:id',
    {
      config: { access: { roles: ['therapist'], scope: 'plan', param: 'id' }, audit: 'plan.update' },
      schema: { tags: ['plans'], summary: 'Revise, share/unshare or archive a plan', params: IdParams, body: UpdatePlanBody, response: { 200: Plan } },
    },
    async (req) => updatePlan(deps, requireActor(req.actor), subjectWith(req.subject, 'plan'), req.body),
  );
}
