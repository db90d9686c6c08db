import type { z } from 'zod';
import { ConsentDocument, ConsentState, PublishConsentBody, SignConsentBody, WithdrawConsentBody } from '../../domain/api/consent.schemas.ts';
import { IdParams } from '../../domain/api/schemas.ts';
import { consentScopeList } from '../../domain/consent.ts';
import type { ConsentDocumentRecord, Store } from '../../store/index.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

const documentDto = (d: ConsentDocumentRecord): z.infer<typeof ConsentDocument> => ({
  version: d.version,
  title: d.title,
  body: d.body,
  publishedAt: d.publishedAt ? iso(d.publishedAt) : null,
  scopes: consentScopeList(),
});

async function stateDto(store: Store, clientId: string): Promise<z.infer<typeof ConsentState>> {
  const [doc, current, history] = await Promise.all([store.consents.currentDocument(), store.consents.current(clientId), store.consents.history(clientId)]);
  return {
    clientId,
    documentVersion: doc.version,
    current: current ? { documentVersion: current.documentVersion, scopes: current.scopes, signedAt: iso(current.signedAt) } : null,
    history: history.map((e) => ({ id: e.id, kind: e.kind, documentVersion: e.documentVersion, scopes: e.scopes, signature: e.signature, actorId: e.actorId, at: iso(e.at) })),
  };
}

/**
 * Informed consent: the current document, a client's state and history, signing, withdrawal
 * (at once), and publishing a new document version (after which clients sign again).
 */
export function consentRoutes(app: App, { store, clock }: Deps): void {
  const CLIENT_ONLY = { roles: ['client'], scope: 'client', param: 'id' } as const;

  app.get('/api/consent/document', { config: { access: { roles: ['therapist', 'client', 'admin'] } }, schema: { tags: ['consent'], summary: 'The consent document clients sign now, with every scope explained', response: { 200: ConsentDocument } } }, async () =>
    documentDto(await store.consents.currentDocument()),
  );

  app.get(
    '/api/clients/:id/consent',
    { config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'consent.read' }, schema: { tags: ['consent'], summary: 'What the client has agreed to now, and every signature and withdrawal', params: IdParams, response: { 200: ConsentState } } },
    async (req) => stateDto(store, requireSubject(req.subject).client.id),
  );

  app.post(
    '/api/clients/:id/consent',
    { config: { access: CLIENT_ONLY, audit: 'consent.sign' }, schema: { tags: ['consent'], summary: 'Sign the current consent document, granting exactly these scopes', params: IdParams, body: SignConsentBody, response: { 201: ConsentState } } },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      const doc = await store.consents.currentDocument();
      if (req.body.documentVersion !== doc.version) {
        throw new HttpError('conflict', `The consent document has changed (now version ${doc.version}). Please read the new version and sign that one.`, { currentVersion: doc.version });
      }
      const event = await store.consents.sign(client.id, doc.version, req.body.scopes, req.body.signature, requireActor(req.actor).userId, clock());
      req.auditNote.targetId = event.id;
      req.auditNote.detail = { documentVersion: doc.version, scopes: event.scopes };
      return reply.status(201).send(await stateDto(store, client.id));
    },
  );

  app.post(
    '/api/clients/:id/consent/withdraw',
    { config: { access: CLIENT_ONLY, audit: 'consent.withdraw' }, schema: { tags: ['consent'], summary: 'Withdraw scopes; features that need them stop at once', params: IdParams, body: WithdrawConsentBody, response: { 200: ConsentState } } },
    async (req) => {
      const client = requireSubject(req.subject).client;
      const current = await store.consents.current(client.id);
      const granted = req.body.scopes.filter((s) => current?.scopes.includes(s));
      if (!current || granted.length === 0) throw new HttpError('conflict', 'None of those are agreed to at the moment, so there is nothing to withdraw.');
      const event = await store.consents.withdraw(client.id, current.documentVersion, granted, requireActor(req.actor).userId, clock());
      req.auditNote.targetId = event.id;
      req.auditNote.detail = { scopes: granted };
      return stateDto(store, client.id);
    },
  );

  app.post(
    '/api/consent/documents',
    { config: { access: { roles: ['therapist', 'admin'] }, audit: 'consent.publish' }, schema: { tags: ['consent'], summary: 'Publish a new version of the consent document; clients are asked to sign again', body: PublishConsentBody, response: { 201: ConsentDocument } } },
    async (req, reply) => {
      const b = req.body;
      if (await store.consents.versionExists(b.version)) throw new HttpError('conflict', `Version "${b.version}" has been used already. Choose a new version label.`);
      const doc = await store.consents.publish({ version: b.version, title: b.title, body: b.body }, requireActor(req.actor).userId, clock());
      req.auditNote.targetId = b.version;
      return reply.status(201).send(documentDto(doc));
    },
  );
}
