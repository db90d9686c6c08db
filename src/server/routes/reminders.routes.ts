import { IdParams } from '../../domain/api/schemas.ts';
import { ReminderMarkBody, ReminderParams, SessionReminder, SessionReminderList } from '../../domain/api/reminders.schemas.ts';
import { listClientReminders, listSessionReminders, markReminder } from '../../services/reminders/reminders.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Session reminders inside Hearth: the client's due ones, the therapist's view of what was seen. */
export function reminderRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/clients/:id/reminders',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'reminder.list' },
      schema: {
        tags: ['sessions'],
        summary: "A client's session reminders, with whether each is due now and whether the client saw or dismissed it",
        params: IdParams,
        response: { 200: SessionReminderList },
      },
    },
    async (req) => ({ reminders: await listClientReminders(deps, requireActor(req.actor), requireSubject(req.subject)) }),
  );

  app.post(
    '/api/clients/:id/reminders/:reminderId',
    {
      config: { access: { roles: ['client'], scope: 'client', param: 'id' }, audit: 'reminder.mark' },
      schema: {
        tags: ['sessions'],
        summary: 'The client saw or dismissed a reminder',
        params: ReminderParams,
        body: ReminderMarkBody,
        response: { 200: SessionReminder },
      },
    },
    async (req) => {
      const out = await markReminder(deps, requireActor(req.actor), requireSubject(req.subject), req.params.reminderId, req.body);
      req.auditNote.targetId = out.id;
      req.auditNote.detail = { state: req.body.state };
      return out;
    },
  );

  app.get(
    '/api/sessions/:id/reminders',
    {
      config: { access: { roles: ['therapist'], scope: 'session', param: 'id' }, audit: 'reminder.session' },
      schema: {
        tags: ['sessions'],
        summary: "One session's reminders and whether the client saw them",
        params: IdParams,
        response: { 200: SessionReminderList },
      },
    },
    async (req) => ({ reminders: await listSessionReminders(deps, subjectWith(req.subject, 'session').session.id) }),
  );
}
