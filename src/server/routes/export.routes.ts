import { IdParams } from '../../domain/api/schemas.ts';
import { SESSION_COOKIE } from '../auth.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { EXPORT_READ_HEADER, buildClientExport, isExportRead } from '../export/client-export.ts';
import { slugOf } from '../export/zip-names.ts';

/** "Download everything": a client's full export as a ZIP, for the client or their therapist. */
export function exportRoutes(app: App, { store, clock }: Deps): void {
  // The export's own section reads are covered by its one `client.export` audit entry.
  app.addHook('onRequest', async (req) => {
    if (isExportRead(req.headers[EXPORT_READ_HEADER])) req.auditNote.skip = true;
  });

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
      const client = requireSubject(req.subject).client;
      const now = clock();
      const out = await buildClientExport(app, store, client.id, { cookie: `${SESSION_COOKIE}=${req.cookies[SESSION_COOKIE] ?? ''}`, now });
      req.auditNote.detail = { files: Object.keys(out.files).length, bytes: out.zip.length, omitted: Object.keys(out.records.omitted) };
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="hearth-${slugOf(client.displayName, 30)}-${now.toISOString().slice(0, 10)}.zip"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(out.zip.buffer, out.zip.byteOffset, out.zip.byteLength));
    },
  );
}
