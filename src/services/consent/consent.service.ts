/**
 * Informed consent: the current document, a client's state and history, signing, withdrawal
 * (at once), and publishing a new document version (after which clients sign again).
 */
import type { z } from 'zod';
import type { ConsentDocument, ConsentState, PublishConsentBody, SignConsentBody, WithdrawConsentBody } from '../../domain/api/consent.schemas.ts';
import { consentScopeListIn } from '../../domain/consent.ts';
import type { Locale } from '../../domain/index.ts';
import type { ConsentDocumentRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { isOwner } from '../practice/practice.service.ts';

type StateDto = z.infer<typeof ConsentState>;

const documentDto = (d: ConsentDocumentRecord): z.infer<typeof ConsentDocument> => ({
  version: d.version,
  title: d.title,
  body: d.body,
  publishedAt: d.publishedAt ? iso(d.publishedAt) : null,
  locale: d.locale,
  scopes: consentScopeListIn(d.locale ?? 'en'),
});

async function stateDto(store: Store, clientId: string): Promise<StateDto> {
  const [doc, current, history] = await Promise.all([store.consents.currentDocument(), store.consents.current(clientId), store.consents.history(clientId)]);
  return {
    clientId,
    documentVersion: doc.version,
    current: current ? { documentVersion: current.documentVersion, scopes: current.scopes, signedAt: iso(current.signedAt) } : null,
    history: history.map((e) => ({
      id: e.id,
      kind: e.kind,
      documentVersion: e.documentVersion,
      documentLocale: e.documentLocale,
      scopes: e.scopes,
      signature: e.signature,
      actorId: e.actorId,
      at: iso(e.at),
    })),
  };
}

/** The current document in a language (the clinic's own published document has one language only). */
export async function consentDocument({ store }: StoreDeps, locale: Locale = 'en'): Promise<z.infer<typeof ConsentDocument>> {
  return documentDto(await store.consents.currentDocument(locale));
}

export async function consentState({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<StateDto> {
  return stateDto(store, client.id);
}

/** Signs the current document with exactly these scopes; `eventId` names the log entry. */
export async function signConsent(
  { store, clock }: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof SignConsentBody>,
): Promise<{ state: StateDto; eventId: string; documentVersion: string; documentLocale: Locale | null; scopes: string[] }> {
  // The language read: the one the client names (the default document exists in each), else the account's; a clinic's own document has its one text.
  const doc = await store.consents.currentDocument(input.locale ?? actor.locale ?? 'en');
  if (input.documentVersion !== doc.version) {
    throw new HttpError('conflict', em('errors:consent.consentDocumentChangedNow', { version: doc.version }), {
      currentVersion: doc.version,
    });
  }
  const event = await store.consents.sign(client.id, doc.version, input.scopes, input.signature, actor.userId, clock(), doc.locale);
  return { state: await stateDto(store, client.id), eventId: event.id, documentVersion: doc.version, documentLocale: doc.locale, scopes: [...event.scopes] };
}

/** Withdraws the scopes that are granted now; features that need them stop at once. */
export async function withdrawConsent(
  { store, clock }: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof WithdrawConsentBody>,
): Promise<{ state: StateDto; eventId: string; scopes: string[] }> {
  const current = await store.consents.current(client.id);
  const granted = input.scopes.filter((s) => current?.scopes.includes(s));
  if (!current || granted.length === 0) throw new HttpError('conflict', em('errors:consent.noneThoseAgreedMoment'));
  const event = await store.consents.withdraw(client.id, current.documentVersion, granted, actor.userId, clock());
  return { state: await stateDto(store, client.id), eventId: event.id, scopes: granted };
}

/**
 * Publishes a new practice-wide document. It voids every client's current consent, so only the
 * practice owner may do it (operators see no clinical content); the route also asks for a fresh password.
 */
export async function publishConsentDocument(
  { store, clock }: StoreDeps,
  actor: Actor,
  input: z.output<typeof PublishConsentBody>,
): Promise<z.infer<typeof ConsentDocument>> {
  if (!(await isOwner(store, actor))) {
    throw new HttpError('forbidden', em('errors:consent.practiceOwnerPublishNew'));
  }
  if (await store.consents.versionExists(input.version))
    throw new HttpError('conflict', em('errors:consent.versionBeenUsedAlready', { version: input.version }));
  return documentDto(await store.consents.publish({ version: input.version, title: input.title, body: input.body }, actor.userId, clock()));
}
