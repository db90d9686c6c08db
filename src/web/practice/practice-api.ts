/** Typed calls for the Practice page, the staff join page and the chart's care history. */
import { api, setCsrfToken } from '../api/client.ts';
import type { Me } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';

export type PracticeMe = Reply<'/api/practice/me', 'get'>;
export type Staff = Reply<'/api/practice/staff', 'get'>;
export type StaffMember = Staff['staff'][number];
export type StaffInvite = Staff['invites'][number];
export type InviteRole = Body<'/api/practice/invites', 'post'>['role'];
export type CrisisSettings = Reply<'/api/practice/crisis-resources', 'get'>;
export type RegionalCrisis = CrisisSettings['regions'][number];

const user = (userId: string) => ({ params: { path: { userId } } });

export const practiceApi = {
  me: () => data(http.GET('/api/practice/me')),
  staff: () => data(http.GET('/api/practice/staff')),
  invite: (body: Body<'/api/practice/invites', 'post'>) => data(http.POST('/api/practice/invites', { body })),
  revokeInvite: (inviteId: string) => data(http.DELETE('/api/practice/invites/{inviteId}', { params: { path: { inviteId } } })),
  setSupervisees: (userId: string, superviseeIds: string[]) =>
    data(http.PUT('/api/practice/staff/{userId}/supervisees', { ...user(userId), body: { superviseeIds } })),
  deactivate: (userId: string) => data(http.POST('/api/practice/staff/{userId}/deactivate', user(userId))),
  reactivate: (userId: string) => data(http.POST('/api/practice/staff/{userId}/reactivate', user(userId))),
  handOver: (userId: string) => data(http.PUT('/api/practice/owner', { body: { userId } })),
  transfer: (clientId: string, toTherapistId: string) => data(http.POST('/api/practice/transfers', { body: { clientId, toTherapistId } })),
  careHistory: (id: string) => data(http.GET('/api/clients/{id}/care-history', { params: { path: { id } } })).then((r) => r.transfers),
  crisis: () => data(http.GET('/api/practice/crisis-resources')),
  setCrisis: (body: Body<'/api/practice/crisis-resources', 'put'>) => data(http.PUT('/api/practice/crisis-resources', { body })),
  peekInvite: (token: string) => data(http.GET('/api/staff-invites/{token}', { params: { path: { token } } })),
  acceptInvite: async (token: string, body: Body<'/api/staff-invites/{token}/accept', 'post'>): Promise<Me> => {
    const me = await data(http.POST('/api/staff-invites/{token}/accept', { params: { path: { token } }, body }));
    setCsrfToken(me.csrfToken);
    return me;
  },
  reauth: api.reauth,
  /** Asks who is signed in; a 401 (account deactivated, session ended elsewhere) signs this page out through the client's hook. */
  stillSignedIn: () => data(http.GET('/api/auth/me', { headers: { 'x-hearth-background': '1' } })),
};
