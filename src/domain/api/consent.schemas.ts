/** Request and response schemas of the consent API (documents, signing, withdrawal, history). */
import { z } from 'zod';
import { CONSENT_SCOPES } from '../consent.ts';
import { LOCALES } from '../i18n/locales.ts';

const DocLocale = z.enum(LOCALES);
/** `?locale=de`: the language to read the document in. */
export const ConsentDocumentQuery = z.object({ locale: DocLocale.optional() });

export const ConsentScope = z.enum(CONSENT_SCOPES);

export const ConsentScopeInfo = z.object({ id: ConsentScope, title: z.string(), explanation: z.string() });

export const ConsentDocument = z.object({
  version: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  /** The language of this text; null for a document the clinic published (its own words, one language). */
  locale: DocLocale.nullable(),
  /** Every scope with its plain-language explanation, in display order. */
  scopes: z.array(ConsentScopeInfo),
});

export const ConsentEvent = z.object({
  id: z.uuid(),
  kind: z.enum(['sign', 'withdraw']),
  documentVersion: z.string(),
  /** The language of the text that was signed (null: the clinic's own document, or signed before languages existed). */
  documentLocale: DocLocale.nullable(),
  scopes: z.array(ConsentScope),
  /** The full name typed when signing (null for withdrawals). */
  signature: z.string().nullable(),
  actorId: z.uuid().nullable(),
  at: z.iso.datetime(),
});

export const CurrentConsent = z.object({ documentVersion: z.string(), scopes: z.array(ConsentScope), signedAt: z.iso.datetime() });

export const ConsentState = z.object({
  clientId: z.uuid(),
  /** The version clients are asked to sign now. */
  documentVersion: z.string(),
  /** What is granted under that version; null when the client has not signed it (yet). */
  current: CurrentConsent.nullable(),
  /** Every signature and withdrawal, oldest first. */
  history: z.array(ConsentEvent),
});

const Scopes = z
  .array(ConsentScope)
  .max(CONSENT_SCOPES.length)
  .refine((s) => new Set(s).size === s.length, 'Each scope may be listed once.');

export const SignConsentBody = z.object({
  documentVersion: z.string().min(1).max(64),
  /** The language the client read the document in (the default document exists in every language). */
  locale: DocLocale.optional(),
  scopes: Scopes,
  signature: z.string().trim().min(2, 'Please type your full name to sign.').max(200),
});

export const WithdrawConsentBody = z.object({ scopes: Scopes.refine((s) => s.length > 0, 'Choose at least one thing to withdraw.') });

export const PublishConsentBody = z.object({
  version: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dots, dashes or underscores for the version.'),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(20, 'The document text is too short.').max(50_000),
});
