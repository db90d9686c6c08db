/**
 * Group work: groups, group sessions (attendance, note), co-creation, moderation, and the shared
 * canvas websocket (`/api/group-sessions/:id/canvas/socket`).
 *
 * Groups are not one client's record, so these routes declare roles only and the services
 * resolve the group and check that the caller is its therapist or a current member (else 404).
 *
 * The websocket is authorised by calling `GET /api/group-sessions/:id/canvas` in-process with the
 * upgrade request's cookie: the same sign-in, two-step, membership and consent checks (and audit
 * entry) as any request. While connected, that check is repeated at most every
 * `RECHECK_MS` before a message is handled, and removal from the group disconnects at once.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import {
  AddMemberBody,
  AttendanceBody,
  ClientGroupWork,
  CoCreateState,
  CreateGroupBody,
  DisplayNameBody,
  Group,
  GroupList,
  GroupMemberParams,
  GroupNote,
  GroupNoteBody,
  GroupParams,
  GroupSession,
  GroupVariationParams,
  GroupWordsBody,
  GroupWorkList,
  KeepBody,
  ModerationBody,
  ScheduleGroupSessionBody,
  Screened,
  UpdateGroupSessionBody,
  VoteBody,
} from '../../domain/api/groups.schemas.ts';
import { canvasIdentity } from '../../services/groups/canvas-identity.ts';
import { clientGroupWork } from '../../services/groups/client-group-work.ts';
import type { CanvasConnection, CanvasIdentity } from '../../services/groups/canvas-room.ts';
import { CLOSE } from '../../services/groups/canvas-room.ts';
import {
  coCreateState,
  giveWords,
  keepWork,
  listWorks,
  moderate,
  startRound,
  variationImage,
  vote,
  workImage,
} from '../../services/groups/cocreate.service.ts';
import {
  addMember,
  createGroup,
  listGroups,
  readGroup,
  readGroupNote,
  readGroupSession,
  removeMember,
  saveGroupNote,
  scheduleGroupSession,
  setAttendance,
  setDisplayName,
  updateGroupSession,
} from '../../services/groups/groups.service.ts';
import { sameOrigin } from '../auth.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const BOTH = { roles: ['therapist', 'client'] } as const;
const THERAPIST = { roles: ['therapist'] } as const;
const CLIENT = { roles: ['client'] } as const;
const tags = ['groups'];

const CanvasTicket = z.object({
  userId: z.uuid(),
  role: z.enum(['therapist', 'client']),
  author: z.string(),
  name: z.string(),
  colour: z.string(),
  memberId: z.uuid().nullable(),
});

/** How often a live connection's right to take part is checked again (sign-out, consent withdrawn). */
const RECHECK_MS = 2000;
/** Marks the in-process recheck of a live connection (unguessable, per process): not audited again. */
const RECHECK_TOKEN = randomBytes(24).toString('hex');
const SOCKET_PATH = /^\/api\/group-sessions\/([0-9a-f-]{36})\/canvas\/socket$/i;

const png = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function groupRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/groups',
    { config: { access: BOTH }, schema: { tags, summary: 'My groups (the therapist’s, or those the client is in)', response: { 200: GroupList } } },
    async (req) => listGroups(deps, requireActor(req.actor)),
  );

  app.post(
    '/api/groups',
    {
      config: { access: THERAPIST, audit: 'group.create' },
      schema: { tags, summary: 'Create a group from my caseload (each member needs group consent)', body: CreateGroupBody, response: { 201: Group } },
    },
    async (req, reply) => {
      const g = await createGroup(deps, requireActor(req.actor), req.body);
      req.auditNote.targetId = g.id;
      return reply.status(201).send(g);
    },
  );

  app.get(
    '/api/groups/:id',
    {
      config: { access: BOTH, audit: 'group.read' },
      schema: { tags, summary: 'A group: members and sessions', params: GroupParams, response: { 200: Group } },
    },
    async (req) => readGroup(deps, requireActor(req.actor), req.params.id),
  );

  app.post(
    '/api/groups/:id/members',
    {
      config: { access: THERAPIST, audit: 'group.member_add' },
      schema: { tags, summary: 'Add a member', params: GroupParams, body: AddMemberBody, response: { 200: Group } },
    },
    async (req) => addMember(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.delete(
    '/api/groups/:id/members/:memberId',
    {
      config: { access: THERAPIST, audit: 'group.member_remove' },
      schema: { tags, summary: 'Take a member out of the group', params: GroupMemberParams, response: { 200: Group } },
    },
    async (req) => removeMember(deps, requireActor(req.actor), req.params.id, req.params.memberId),
  );

  app.put(
    '/api/groups/:id/me',
    {
      config: { access: CLIENT, audit: 'group.display_name' },
      schema: { tags, summary: 'Choose how the group sees me', params: GroupParams, body: DisplayNameBody, response: { 200: Group.extend(Screened.shape) } },
    },
    async (req) => setDisplayName(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.post(
    '/api/groups/:id/sessions',
    {
      config: { access: THERAPIST, audit: 'group.session_create' },
      schema: { tags, summary: 'Schedule a group session', params: GroupParams, body: ScheduleGroupSessionBody, response: { 201: GroupSession } },
    },
    async (req, reply) => {
      const s = await scheduleGroupSession(deps, requireActor(req.actor), req.params.id, req.body);
      req.auditNote.targetId = s.id;
      return reply.status(201).send(s);
    },
  );

  app.get(
    '/api/groups/:id/works',
    {
      config: { access: BOTH, audit: 'group.works' },
      schema: { tags, summary: 'The group works kept', params: GroupParams, response: { 200: GroupWorkList } },
    },
    async (req) => listWorks(deps, requireActor(req.actor), req.params.id),
  );

  app.get(
    '/api/group-sessions/:id',
    {
      config: { access: BOTH, audit: 'group.session_read' },
      schema: { tags, summary: 'A group session', params: GroupParams, response: { 200: GroupSession } },
    },
    async (req) => readGroupSession(deps, requireActor(req.actor), req.params.id),
  );

  app.patch(
    '/api/group-sessions/:id',
    {
      config: { access: THERAPIST, audit: 'group.session_update' },
      schema: { tags, summary: 'Start, end or cancel a group session', params: GroupParams, body: UpdateGroupSessionBody, response: { 200: GroupSession } },
    },
    async (req) => updateGroupSession(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.get(
    '/api/group-sessions/:id/canvas',
    {
      config: { access: BOTH, audit: 'group.canvas_join' },
      schema: {
        tags,
        summary: 'May I take part in this shared canvas, and as whom (the websocket asks this)',
        params: GroupParams,
        response: { 200: CanvasTicket },
      },
    },
    async (req) => {
      const id = await canvasIdentity(deps, requireActor(req.actor), req.params.id);
      // Joining is audited once; the rechecks while connected are not.
      if (req.headers['x-hearth-recheck'] === RECHECK_TOKEN) req.auditNote.skip = true;
      return id;
    },
  );

  app.put(
    '/api/group-sessions/:id/attendance',
    {
      config: { access: THERAPIST, audit: 'group.attendance' },
      schema: { tags, summary: 'Record who attended', params: GroupParams, body: AttendanceBody, response: { 200: GroupNote } },
    },
    async (req) => setAttendance(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.get(
    '/api/group-sessions/:id/note',
    {
      config: { access: THERAPIST, audit: 'group.note_read' },
      schema: { tags, summary: 'The group session note', params: GroupParams, response: { 200: GroupNote } },
    },
    async (req) => readGroupNote(deps, requireActor(req.actor), req.params.id),
  );

  app.put(
    '/api/group-sessions/:id/note',
    {
      config: { access: THERAPIST, audit: 'group.note_write' },
      schema: { tags, summary: 'Write the group session note, with a line per member', params: GroupParams, body: GroupNoteBody, response: { 200: GroupNote } },
    },
    async (req) => saveGroupNote(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.post(
    '/api/group-sessions/:id/moderation',
    {
      config: { access: THERAPIST, audit: 'group.moderate' },
      schema: {
        tags,
        summary: 'Pause drawing, hide, show or remove a stroke',
        params: GroupParams,
        body: ModerationBody,
        response: { 200: z.object({ paused: z.boolean() }) },
      },
    },
    async (req) => {
      req.auditNote.detail = { ...req.body };
      return moderate(deps, requireActor(req.actor), req.params.id, req.body);
    },
  );

  app.put(
    '/api/group-sessions/:id/words',
    {
      config: { access: CLIENT, audit: 'group.words' },
      schema: { tags, summary: 'My words for the group picture', params: GroupParams, body: GroupWordsBody, response: { 200: Screened } },
    },
    async (req) => giveWords(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.get(
    '/api/group-sessions/:id/cocreate',
    {
      config: { access: BOTH },
      schema: { tags, summary: 'The newest round of variations and its votes', params: GroupParams, response: { 200: CoCreateState } },
    },
    async (req) => coCreateState(deps, requireActor(req.actor), req.params.id),
  );

  app.post(
    '/api/group-sessions/:id/rounds',
    {
      config: { access: THERAPIST, audit: 'group.round' },
      schema: { tags, summary: 'Make variations from the group’s sketch and words', params: GroupParams, response: { 200: CoCreateState } },
    },
    async (req) => startRound(deps, requireActor(req.actor), req.params.id),
  );

  app.get(
    '/api/group-sessions/:id/variations/:index',
    { config: { access: BOTH }, schema: { tags, summary: 'One variation of the newest round (PNG)', params: GroupVariationParams } },
    async (req, reply) => {
      const bytes = await variationImage(deps, requireActor(req.actor), req.params.id, req.params.index);
      return reply.header('content-type', 'image/png').header('x-content-type-options', 'nosniff').send(png(bytes));
    },
  );

  app.post(
    '/api/group-sessions/:id/votes',
    {
      config: { access: CLIENT },
      schema: { tags, summary: 'Vote for a variation', params: GroupParams, body: VoteBody, response: { 200: CoCreateState } },
    },
    async (req) => vote(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.post(
    '/api/group-sessions/:id/works',
    {
      config: { access: THERAPIST, audit: 'group.work_keep' },
      schema: { tags, summary: 'Keep a variation as the group work', params: GroupParams, body: KeepBody, response: { 200: GroupWorkList } },
    },
    async (req) => keepWork(deps, requireActor(req.actor), req.params.id, req.body),
  );

  app.get(
    '/api/group-works/:id/image',
    { config: { access: BOTH, audit: 'group.work_view' }, schema: { tags, summary: 'A group work (PNG), made from what is stored now', params: GroupParams } },
    async (req, reply) => {
      const bytes = await workImage(deps, requireActor(req.actor), req.params.id);
      return reply.header('content-type', 'image/png').header('x-content-type-options', 'nosniff').send(png(bytes));
    },
  );

  app.get(
    '/api/clients/:id/group-work',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'group.client_work' },
      schema: {
        tags,
        summary: 'A client’s own part in group work: groups, their strokes, works they contributed to',
        params: GroupParams,
        response: { 200: ClientGroupWork },
      },
    },
    async (req) => clientGroupWork(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  installCanvasSocket(app, deps);
}

/** The websocket of the shared canvas on the server's upgrade event. */
function installCanvasSocket(app: App, deps: Deps): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 512 * 1024 });

  const ticket = async (req: IncomingMessage, sessionId: string, recheck = false): Promise<{ status: number; identity?: CanvasIdentity }> => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/group-sessions/${sessionId}/canvas`,
      headers: {
        ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
        'user-agent': req.headers['user-agent'] ?? '',
        ...(recheck ? { 'x-hearth-recheck': RECHECK_TOKEN } : {}),
      },
      remoteAddress: req.socket.remoteAddress,
    });
    if (res.statusCode !== 200) return { status: res.statusCode };
    return { status: 200, identity: res.json() as z.infer<typeof CanvasTicket> };
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const m = SOCKET_PATH.exec(path);
    if (!m) return;
    const refuse = (status: number) => {
      socket.end(
        `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : status === 401 ? 'Unauthorized' : 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
    };
    // Cross-site websockets are refused (the cookie is SameSite=Strict too).
    const expected = deps.config.publicOrigin ?? (req.headers.host ? `${deps.config.secureCookies ? 'https' : 'http'}://${req.headers.host}` : undefined);
    if (!req.headers.origin || !sameOrigin(req.headers.origin, expected)) return refuse(403);
    const sessionId = m[1]!.toLowerCase();
    void (async () => {
      const t = await ticket(req, sessionId);
      if (!t.identity) return refuse(t.status);
      const identity = t.identity;
      wss.handleUpgrade(req, socket, head, (ws) => void serve(ws, req, sessionId, identity));
    })().catch(() => refuse(500));
  };

  const serve = async (ws: WebSocket, req: IncomingMessage, sessionId: string, identity: CanvasIdentity): Promise<void> => {
    const conn: CanvasConnection = {
      identity,
      send: (data) => {
        if (ws.readyState === ws.OPEN) ws.send(data);
      },
      close: (code, reason) => ws.close(code, reason),
    };
    let checkedAt = Date.now();
    // Listening before the room is open (a database read): what the browser sends meanwhile waits, in order.
    const joined = deps.groupCanvas.join(sessionId, conn);
    let chain: Promise<unknown> = joined.catch(() => ws.close(1011, 'server error'));
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      chain = chain
        .then(async () => {
          const room = await joined;
          if (!isBinary || ws.readyState !== ws.OPEN) return;
          // Membership, consent and sign-in, again, before acting on the message.
          if (Date.now() - checkedAt > RECHECK_MS) {
            const t = await ticket(req, sessionId, true);
            if (!t.identity) {
              await deps.groupCanvas.leave(sessionId, conn);
              return ws.close(CLOSE.forbidden, 'no longer taking part');
            }
            checkedAt = Date.now();
          }
          const current = await deps.groupCanvas.openRoom(sessionId);
          await (current ? await current : room).receive(conn, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        })
        .catch((e: unknown) => {
          app.log.warn({ err: e }, 'group canvas: message failed');
          ws.close(1011, 'server error');
        });
    });
    ws.on('close', () => void chain.then(() => deps.groupCanvas.leave(sessionId, conn)));
  };

  app.server.on('upgrade', onUpgrade);
  app.addHook('onClose', async () => {
    app.server.off('upgrade', onUpgrade);
    for (const c of wss.clients) c.terminate();
    wss.close();
    await deps.groupCanvas.flushAll();
  });
}
