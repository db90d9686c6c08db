/** Typed calls for consent, built on the shared API client (CSRF and errors handled there). */
import type { z } from 'zod';
import type { ConsentDocument, ConsentState } from '../../domain/api/consent.schemas.ts';
import type { ConsentScope } from '../../domain/consent.ts';
import { request } from '../api/client.ts';

export type ConsentDocumentDto = z.infer<typeof ConsentDocument>;
export type ConsentStateDto = z.infer<typeof ConsentState>;
export type { ConsentScope };

const enc = encodeURIComponent;

export const consentApi = {
  document: () => request<ConsentDocumentDto>('GET', '/api/consent/document'),
  state: (clientId: string) => request<ConsentStateDto>('GET', `/api/clients/${enc(clientId)}/consent`),
  sign: (clientId: string, b: { documentVersion: string; scopes: ConsentScope[]; signature: string }) => request<ConsentStateDto>('POST', `/api/clients/${enc(clientId)}/consent`, b),
  withdraw: (clientId: string, scopes: ConsentScope[]) => request<ConsentStateDto>('POST', `/api/clients/${enc(clientId)}/consent/withdraw`, { scopes }),
};
