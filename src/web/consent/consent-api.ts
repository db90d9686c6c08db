/** Typed calls for consent, built on the shared API client (CSRF and errors handled there). */
import { byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';
import { currentLocale } from '../i18n.tsx';

export type ConsentDocumentDto = Reply<'/api/consent/document', 'get'>;
export type ConsentStateDto = Reply<'/api/clients/{id}/consent', 'get'>;
export type ConsentScope = ConsentDocumentDto['scopes'][number]['id'];

export const consentApi = {
  /** The document in the language the app speaks now (a clinic's own document has one language). */
  document: () => data(http.GET('/api/consent/document', { params: { query: { locale: currentLocale() } } })),
  state: (clientId: string) => data(http.GET('/api/clients/{id}/consent', byId(clientId))),
  sign: (clientId: string, body: Body<'/api/clients/{id}/consent', 'post'>) => data(http.POST('/api/clients/{id}/consent', { ...byId(clientId), body })),
  withdraw: (clientId: string, scopes: ConsentScope[]) => data(http.POST('/api/clients/{id}/consent/withdraw', { ...byId(clientId), body: { scopes } })),
};
