/** Typed calls for group work, built on the shared API client (CSRF and errors handled there). */
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';

export type GroupDto = Reply<'/api/groups/{id}', 'get'>;
export type GroupSessionDto = Reply<'/api/group-sessions/{id}', 'get'>;
export type CanvasTicket = Reply<'/api/group-sessions/{id}/canvas', 'get'>;

const id = (v: string) => ({ params: { path: { id: v } } });

export const groupsApi = {
  list: () => data(http.GET('/api/groups')),
  create: (body: Body<'/api/groups', 'post'>) => data(http.POST('/api/groups', { body })),
  read: (groupId: string) => data(http.GET('/api/groups/{id}', id(groupId))),
  setMyName: (groupId: string, displayName: string) => data(http.PUT('/api/groups/{id}/me', { ...id(groupId), body: { displayName } })),
  schedule: (groupId: string, body: Body<'/api/groups/{id}/sessions', 'post'>) => data(http.POST('/api/groups/{id}/sessions', { ...id(groupId), body })),
  works: (groupId: string) => data(http.GET('/api/groups/{id}/works', id(groupId))),
  session: (sessionId: string) => data(http.GET('/api/group-sessions/{id}', id(sessionId))),
  setStatus: (sessionId: string, status: 'in_progress' | 'completed' | 'cancelled') =>
    data(http.PATCH('/api/group-sessions/{id}', { ...id(sessionId), body: { status } })),
  ticket: (sessionId: string) => data(http.GET('/api/group-sessions/{id}/canvas', id(sessionId))),
  moderate: (sessionId: string, body: Body<'/api/group-sessions/{id}/moderation', 'post'>) =>
    data(http.POST('/api/group-sessions/{id}/moderation', { ...id(sessionId), body })),
  words: (sessionId: string, words: string) => data(http.PUT('/api/group-sessions/{id}/words', { ...id(sessionId), body: { words } })),
  cocreate: (sessionId: string) => data(http.GET('/api/group-sessions/{id}/cocreate', id(sessionId))),
  round: (sessionId: string) => data(http.POST('/api/group-sessions/{id}/rounds', id(sessionId))),
  vote: (sessionId: string, roundId: string, choice: number) =>
    data(http.POST('/api/group-sessions/{id}/votes', { ...id(sessionId), body: { roundId, choice } })),
  keep: (sessionId: string, roundId: string, choice: number) =>
    data(http.POST('/api/group-sessions/{id}/works', { ...id(sessionId), body: { roundId, choice } })),
  note: (sessionId: string) => data(http.GET('/api/group-sessions/{id}/note', id(sessionId))),
  saveNote: (sessionId: string, body: Body<'/api/group-sessions/{id}/note', 'put'>) =>
    data(http.PUT('/api/group-sessions/{id}/note', { ...id(sessionId), body })),
  attendance: (sessionId: string, body: Body<'/api/group-sessions/{id}/attendance', 'put'>) =>
    data(http.PUT('/api/group-sessions/{id}/attendance', { ...id(sessionId), body })),
};

export const variationUrl = (sessionId: string, index: number, roundId: string) => `/api/group-sessions/${sessionId}/variations/${index}?r=${roundId}`;
export const workImageUrl = (workId: string) => `/api/group-works/${workId}/image`;
