import {
  ConsentDocument,
  ConsentDocumentQuery,
  ConsentState,
  PublishConsentBody,
  SignConsentBody,
  WithdrawConsentBody,
} from '../../domain/api/consent.schemas.ts';
import { IdParams } from '../../domain/api/schemas.ts';
import { consentDocument, consentState, publishConsentDocument, signConsent, withdrawConsent } from '../../services/consent/consent.service.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/**
 * Informed consent: the current document, a client's state and history, signing, withdrawal
 * (at once), and publishing a new document version (after which clients sign again).
 */
export function consentRoutes(app: App, deps: Deps): void {
  const CLIENT_ONLY = { roles: ['client'], scope: 'client', param: 'id' } as const;

  app.get(
    '/api/consent/document',
    {
      config: { access: { roles: ['therapist', 'client', 'admin'] } },
      schema: {
        tags: ['consent'],
        summary: 'The consent document clients sign now, with every scope explained, in `locale` (else your language, else English)',
        querystring: ConsentDocumentQuery,
        response: { 200: ConsentDocument },
      },
    },
    async (req) => consentDocument(deps, req.query.locale ?? requireActor(req.actor).locale ?? 'en'),
  );

  app.get(
    '/api/clients/:id/consent',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'consent.read' },
      schema: {
        tags: ['consent'],
        summary: 'What the client has agreed to now, and every signature and withdrawal',
        params: IdParams,
        response: { 200: ConsentState },
      },
    },
    async (req) => consentState(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.post(
    '/api/clients/:id/consent',
    {
      config: { access: CLIENT_ONLY, audit: 'consent.sign' },
      schema: {
        tags: ['consent'],
        summary: 'Sign the current consent document, granting exactly these scopes',
        params: IdParams,
        body: SignConsentBody,
        response: { 201: ConsentState },
      },
    },
    async (req, reply) => {
      const out = await signConsent(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.eventId;
      req.auditNote.detail = { documentVersion: out.documentVersion, documentLocale: out.documentLocale, scopes: out.scopes };
      return reply.status(201).send(out.state);
    },
  );

  app.post(
    '/api/clients/:id/consent/withdraw',
    {
      config: { access: CLIENT_ONLY, audit: 'consent.withdraw' },
      schema: {
        tags: ['consent'],
        summary: 'Withdraw scopes; features that need them stop at once',
        params: IdParams,
        body: WithdrawConsentBody,
        response: { 200: ConsentState },
      },
    },
    async (req) => {
      const out = await withdrawConsent(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = out.eventId;
      req.auditNote.detail = { scopes: out.scopes };
      return out.state;
    },
  );

  app.post(
    '/api/consent/documents',
    {
      config: { access: { roles: ['therapist'] }, audit: 'consent.publish', reauth: true },
      schema: {
        tags: ['consent'],
        summary: 'Publish a new version of the consent document; clients are asked to sign again (the practice owner, after re-entering their password)',
        body: PublishConsentBody,
        response: { 201: ConsentDocument },
      },
    },
    async (req, reply) => {
      const doc = await publishConsentDocument(deps, requireActor(req.actor), req.body);
      req.auditNote.targetId = doc.version;
      return reply.status(201).send(doc);
    },
  );
}
