import { IdParams } from '../../domain/api/schemas.ts';
import { exportFileName, streamClientExport } from '../../services/export/client-export.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** "Download everything": a client's full export as a ZIP, for the client or their therapist. */
export function exportRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/clients/:id/export',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'client.export', reauth: true },
      schema: {
        tags: ['clients'],
        summary: 'Everything as a ZIP: records.json, original images and audio, summary.pdf, FHIR QuestionnaireResponses, README.txt (needs a fresh password)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const subject = requireSubject(req.subject);
      const now = deps.clock();
      // Streamed as it is written (bounded memory); the audit entry is written before the first byte leaves.
      const out = await streamClientExport(deps, requireActor(req.actor), subject, { now });
      req.auditNote.detail = { streamed: true, omitted: out.omitted };
      out.done.catch((e: unknown) => req.log.error({ err: e }, 'export stopped before the end'));
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${exportFileName(subject.client.displayName, now)}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(out.stream);
    },
  );
}
