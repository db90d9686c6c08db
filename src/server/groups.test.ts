import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { beginStroke, hiddenOf, strokesOf, visibleStrokes } from '../domain/groups/canvas-model.ts';
import { CanvasProvider } from '../domain/groups/canvas-provider.ts';
import type { SocketLike } from '../domain/groups/canvas-provider.ts';
import { addClient, addTherapist, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let base: string;
let ana: Agent;
let members: { clientId: string; client: Agent }[];
let noConsent: { clientId: string; client: Agent };
let other: { clientId: string; client: Agent };
let groupId: string;
let sessionId: string;
let memberIds: string[];

const until = async (cond: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

function socketFor(agent: Agent, origin = base) {
  return (url: string) => new WebSocket(url, { headers: { cookie: `hearth_session=${agent.cookie}`, origin } }) as unknown as SocketLike;
}

/** Opens a canvas as `agent`; resolves once synced. */
async function join(agent: Agent) {
  const doc = new Y.Doc();
  const closed: number[] = [];
  const p = new CanvasProvider(doc, `${base.replace('http', 'ws')}/api/group-sessions/${sessionId}/canvas/socket`, {
    createSocket: socketFor(agent),
    retryMs: 100,
    onStatus: (s, d) => {
      if (d && (s === 'closed' || s === 'offline')) closed.push(d.code);
    },
  });
  await until(() => p.synced);
  return { doc, p, closed };
}

/** The HTTP status an upgrade attempt is refused with (0: accepted). */
function upgradeStatus(agent: Agent | null, origin = base, sid = sessionId): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${base.replace('http', 'ws')}/api/group-sessions/${sid}/canvas/socket`, {
      headers: { ...(agent ? { cookie: `hearth_session=${agent.cookie}` } : {}), origin },
    });
    ws.on('open', () => {
      ws.close();
      resolve(0);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? -1));
    ws.on('error', () => resolve(-1));
  });
}

beforeAll(async () => {
  h = await createHarness();
  ana = await setupTherapist(h);
  members = [];
  for (const n of ['Ada', 'Bo', 'Cy']) members.push(await addClient(h, ana, n, `${n.toLowerCase()}@x.test`));
  noConsent = await addClient(h, ana, 'Dee', 'dee@x.test', { consent: ['builtin_ai'] });
  const ben = await addTherapist(h, 'ben@clinic.test', 'Ben');
  other = await addClient(h, ben, 'Eve', 'eve@x.test');
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const count = async (table: string) => Number((await h.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n);

describe('groups', () => {
  it('refuses a member without group consent with 403, writing nothing', async () => {
    const res = await ana.post('/api/groups', { name: 'Tuesday', clientIds: [members[0]!.clientId, noConsent.clientId] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('consent_required');
    expect(await count('groups')).toBe(0);
    expect(await count('group_members')).toBe(0);
    // Another therapist's client is not found.
    expect((await ana.post('/api/groups', { name: 'x', clientIds: [other.clientId] })).statusCode).toBe(404);
  });

  it('creates a group; members see display names only, never records', async () => {
    const res = await ana.post('/api/groups', { name: 'Tuesday', clientIds: members.map((m) => m.clientId) });
    expect(res.statusCode).toBe(201);
    groupId = res.json().id;
    memberIds = res.json().members.map((m: { id: string }) => m.id);
    expect(res.json().members.map((m: { clientName: string }) => m.clientName)).toEqual(['Ada', 'Bo', 'Cy']);
    const named = await members[0]!.client.request({ method: 'PUT', url: `/api/groups/${groupId}/me`, json: { displayName: 'Sunflower' } });
    expect(named.statusCode).toBe(200);
    const seen = await members[1]!.client.get(`/api/groups/${groupId}`);
    expect(seen.statusCode).toBe(200);
    const body = seen.json();
    expect(body.members.every((m: { clientId: unknown; clientName: unknown }) => m.clientId === null && m.clientName === null)).toBe(true);
    expect(body.members.map((m: { displayName: string | null }) => m.displayName)).toEqual(['Sunflower', null, null]);
    expect(JSON.stringify(body)).not.toContain('Ada');
    // Outsiders: 404.
    expect((await other.client.get(`/api/groups/${groupId}`)).statusCode).toBe(404);
    expect((await noConsent.client.get(`/api/groups/${groupId}`)).statusCode).toBe(404);
  });

  it('schedules and starts a session; non-members and the unconsented cannot connect', async () => {
    const s = await ana.post(`/api/groups/${groupId}/sessions`, { title: 'Shared garden', scheduledAt: new Date().toISOString() });
    expect(s.statusCode).toBe(201);
    sessionId = s.json().id;
    expect(await upgradeStatus(members[0]!.client)).toBe(409); // not in progress yet
    expect((await ana.patch(`/api/group-sessions/${sessionId}`, { status: 'in_progress' })).statusCode).toBe(200);
    expect(await upgradeStatus(other.client)).toBe(404);
    expect(await upgradeStatus(noConsent.client)).toBe(404);
    expect(await upgradeStatus(null)).toBe(401);
    expect(await upgradeStatus(members[0]!.client, 'http://evil.test')).toBe(403);
    expect(await upgradeStatus(members[0]!.client)).toBe(0);
  });

  it('syncs strokes, refuses changing another member’s stroke, and the therapist hides one for all', async () => {
    const a = await join(members[0]!.client);
    const b = await join(members[1]!.client);
    const t = await join(ana);
    const pts = beginStroke(a.doc, { id: 'a1', author: memberIds[0]!, color: '#112233', size: 4, x: 10, y: 10 }, 'local');
    pts.push([20, 20, 30, 30]);
    beginStroke(b.doc, { id: 'b1', author: memberIds[1]!, color: '#445566', size: 6, x: 50, y: 50 }, 'local');
    await until(() => [a, b, t].every((x) => strokesOf(x.doc).size === 2 && (strokesOf(x.doc).get('a1')?.get('points') as Y.Array<number>)?.length === 6));
    const json = (d: Y.Doc) => JSON.stringify(visibleStrokes(d));
    expect(json(a.doc)).toBe(json(b.doc));
    expect(json(b.doc)).toBe(json(t.doc));

    // A stroke attributed to someone else is refused: the connection is closed and nobody receives it.
    beginStroke(b.doc, { id: 'forged', author: memberIds[0]!, color: '#000000', size: 4, x: 1, y: 1 }, 'local');
    await until(() => b.closed.includes(4400));
    // Changing another member's stroke is refused too.
    (strokesOf(a.doc).get('b1')!.get('points') as Y.Array<number>).push([99, 99]);
    await until(() => a.closed.includes(4400));
    await new Promise((r) => setTimeout(r, 100));
    expect(strokesOf(t.doc).has('forged')).toBe(false);
    expect((strokesOf(t.doc).get('b1')!.get('points') as Y.Array<number>).length).toBe(2);
    a.p.destroy();
    b.p.destroy();

    // The therapist hides a stroke through the API: it vanishes on every screen.
    const c = await join(members[2]!.client);
    expect(strokesOf(c.doc).has('forged')).toBe(false);
    const mod = await ana.post(`/api/group-sessions/${sessionId}/moderation`, { hide: 'a1' });
    expect(mod.statusCode).toBe(200);
    await until(() => hiddenOf(c.doc).get('a1') === true && hiddenOf(t.doc).get('a1') === true);
    expect(visibleStrokes(c.doc).map((s) => s.id)).toEqual(['b1']);
    // Members may not moderate: neither by the API nor through the document.
    expect((await members[2]!.client.post(`/api/group-sessions/${sessionId}/moderation`, { hide: 'b1' })).statusCode).toBe(403);
    hiddenOf(c.doc).set('b1', true);
    await until(() => c.closed.includes(4400));
    c.p.destroy();
    t.p.destroy();
  });

  it('keeps strokes drawn while offline and persists the canvas across rooms', async () => {
    const a = await join(members[0]!.client);
    const t = await join(ana);
    a.p.drop();
    await until(() => a.p.status !== 'online');
    // Offline: drawn locally only.
    beginStroke(a.doc, { id: 'offline1', author: memberIds[0]!, color: '#778899', size: 3, x: 5, y: 5 }, 'local');
    await until(() => a.p.synced, 5000);
    await until(() => strokesOf(t.doc).has('offline1'));
    a.p.destroy();
    t.p.destroy();
    await new Promise((r) => setTimeout(r, 100));
    // Every connection closed: the room was dropped; a new one is read from the database.
    const again = await join(members[1]!.client);
    expect([...strokesOf(again.doc).keys()].sort()).toEqual(['a1', 'b1', 'offline1']);
    again.p.destroy();
  });

  it('removes a member whose consent is withdrawn from new activity', async () => {
    const c = members[2]!;
    const doc = (await c.client.get('/api/consent/document')).json() as { version: string };
    const w = await c.client.post(`/api/clients/${c.clientId}/consent/withdraw`, { documentVersion: doc.version, scopes: ['group'] });
    expect([200, 201]).toContain(w.statusCode);
    expect(await upgradeStatus(c.client)).toBe(403);
    const words = await c.client.request({ method: 'PUT', url: `/api/group-sessions/${sessionId}/words`, json: { words: 'blue sea' } });
    expect(words.statusCode).toBe(403);
    expect(await count('group_words')).toBe(0);
  });

  it('co-creates: words, a round of variations, votes, the kept work with its contributors', async () => {
    const w = await members[0]!.client.request({ method: 'PUT', url: `/api/group-sessions/${sessionId}/words`, json: { words: 'a calm blue lake' } });
    expect(w.statusCode).toBe(200);
    expect(w.json().crisis).toBeNull();
    const r = await ana.post(`/api/group-sessions/${sessionId}/rounds`);
    expect(r.statusCode).toBe(200);
    const roundId = r.json().round.id;
    const img = await members[1]!.client.get(`/api/group-sessions/${sessionId}/variations/1`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    const v = await members[1]!.client.post(`/api/group-sessions/${sessionId}/votes`, { roundId, choice: 1 });
    expect(v.json().round.votes).toEqual([0, 1, 0]);
    const kept = await ana.post(`/api/group-sessions/${sessionId}/works`, { roundId, choice: 1 });
    expect(kept.statusCode).toBe(200);
    const work = kept.json().works[0];
    expect(work.contributors.map((c: { memberId: string }) => c.memberId).sort()).toEqual([memberIds[0], memberIds[1]].sort());
    const again = await members[0]!.client.get(`/api/group-works/${work.id}/image`);
    expect(again.rawPayload.equals(img.rawPayload)).toBe(true);
  }, 180_000);
});

describe('groups: access, erasure and export', () => {
  it('answers every group route to another therapist and their client exactly like a missing id, changing nothing', async () => {
    const ben = await addTherapist(h, 'ben2@clinic.test', 'Ben Two');
    const work = (await ana.get(`/api/groups/${groupId}/works`)).json().works[0].id as string;
    const fp = async () =>
      JSON.stringify(await Promise.all(['groups', 'group_members', 'group_sessions', 'group_words', 'group_votes', 'group_works', 'group_notes'].map(count)));
    const before = await fp();
    const failures: string[] = [];
    const uuid = '00000000-0000-4000-8000-000000000000';
    // Valid bodies, so the answer is about the record and not the input.
    const BODIES: Record<string, unknown> = {
      'POST /api/groups': { name: 'x', clientIds: [members[0]!.clientId] },
      'POST /api/groups/:id/members': { clientId: members[1]!.clientId },
      'PUT /api/groups/:id/me': { displayName: 'Intruder' },
      'POST /api/groups/:id/sessions': { scheduledAt: new Date().toISOString() },
      'PATCH /api/group-sessions/:id': { status: 'completed' },
      'PUT /api/group-sessions/:id/attendance': { attendance: [] },
      'PUT /api/group-sessions/:id/note': { body: 'x', lines: [] },
      'POST /api/group-sessions/:id/moderation': { paused: true },
      'PUT /api/group-sessions/:id/words': { words: 'hello' },
      'POST /api/group-sessions/:id/votes': { roundId: uuid, choice: 0 },
      'POST /api/group-sessions/:id/works': { roundId: uuid, choice: 0 },
    };
    for (const r of h.routes.filter((x) => x.url.startsWith('/api/group') && 'roles' in x.access)) {
      const roles = 'roles' in r.access ? r.access.roles : [];
      const url = r.url
        .replace(':memberId', memberIds[0]!)
        .replace(':index', '0')
        .replace(':id', r.url.startsWith('/api/groups/') ? groupId : r.url.startsWith('/api/group-works/') ? work : sessionId);
      for (const [who, agent] of [
        ['ben', ben],
        ['eve', other.client],
      ] as const) {
        if (!roles.includes(who === 'ben' ? 'therapist' : 'client')) continue;
        if (url === '/api/groups' && r.method !== 'POST') continue; // their own (empty) list
        const body = r.method === 'GET' || r.method === 'DELETE' ? undefined : (BODIES[`${r.method} ${r.url}`] ?? {});
        const res = await agent.request({ method: r.method as 'GET', url, ...(body ? { json: body } : {}) });
        if (res.statusCode !== 404) failures.push(`${who} ${r.method} ${url}: ${res.statusCode} ${res.body.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await fp()).toBe(before);
  });

  it('exports a member’s own strokes and the group piece, without other members’ details', async () => {
    const ada = members[0]!;
    const rec = (await ada.client.get(`/api/clients/${ada.clientId}/group-work`)).json();
    const g = rec.groups[0];
    expect(g.myDisplayName).toBe('Sunflower');
    const mine = g.sessions.flatMap((s: { myStrokes: { author: string; id: string }[] }) => s.myStrokes);
    expect(mine.map((s: { id: string }) => s.id).sort()).toEqual(['a1', 'offline1']);
    expect(mine.every((s: { author: string }) => s.author === memberIds[0])).toBe(true);
    expect(g.works).toHaveLength(1);
    const text = JSON.stringify(rec);
    for (const n of ['"Bo', '"Cy', memberIds[1]!, memberIds[2]!, '"b1"']) expect(text).not.toContain(n);
  });

  it('erasing a member removes their strokes and identity; the piece is made again without them', async () => {
    const workId = (await ana.get(`/api/groups/${groupId}/works`)).json().works[0].id as string;
    const before = (await ana.get(`/api/group-works/${workId}/image`)).rawPayload;
    const t = await join(ana); // connected while the erasure happens: the strokes leave this screen too
    expect(strokesOf(t.doc).has('a1')).toBe(true);
    await ana.post('/api/auth/reauth', { password: 'quiet river lantern 42' });
    const erased = await ana.post(`/api/clients/${members[0]!.clientId}/erase`, { confirmName: 'Ada' });
    expect(erased.statusCode).toBeLessThan(300);
    await until(() => !strokesOf(t.doc).has('a1') && !strokesOf(t.doc).has('offline1'));
    t.p.destroy();
    const group = (await ana.get(`/api/groups/${groupId}`)).json();
    expect(group.members.map((m: { id: string }) => m.id)).not.toContain(memberIds[0]);
    const works = (await ana.get(`/api/groups/${groupId}/works`)).json().works;
    expect(works[0].contributors.map((c: { memberId: string }) => c.memberId)).toEqual([memberIds[1]]);
    const after = (await ana.get(`/api/group-works/${workId}/image`)).rawPayload;
    expect(after.equals(before)).toBe(false);
    // Nothing stored still names the member: canvas updates, rounds and works hold no trace of their id.
    const rows = await h.store.db.query<{ b: Uint8Array }>(
      'SELECT update AS b FROM group_canvas_updates UNION ALL SELECT doc FROM group_rounds UNION ALL SELECT doc FROM group_works',
    );
    for (const r of rows) expect(Buffer.from(r.b).includes(Buffer.from(memberIds[0]!))).toBe(false);
  }, 180_000);
});
