import { randomInt, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { ComposeBody, IdParams, Listen, ListenBody, MusicInfo, MusicPiece, MusicPieceList, MusicRecommendation, RecommendationQuery } from '../../domain/api/schemas.ts';
import { recommendMusic } from '../../domain/music/index.ts';
import type { ListeningOutcome } from '../../domain/music/index.ts';
import { hashString } from '../../engines/core/index.ts';
import { wavHeader, wavStream } from '../../engines/music/index.ts';
import type { Instrument, Mode, MusicPlan } from '../../engines/music/index.ts';
import type { MusicBackend } from '../../backends/index.ts';
import type { MusicListenRecord, MusicPieceRecord, Store } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const MU = { roles: ['therapist', 'client'] as const, scope: 'music' as const, param: 'id' };

const listenDto = (l: MusicListenRecord): z.infer<typeof Listen> => ({ id: l.id, before: l.before, after: l.after, secondsListened: l.secondsListened, createdAt: iso(l.createdAt) });

async function pieceDto(store: Store, p: MusicPieceRecord, listens?: MusicListenRecord[]): Promise<z.infer<typeof MusicPiece>> {
  const plan = p.plan as unknown as MusicPlan;
  const mine = (listens ?? (await store.music.listensForClient(p.clientId))).filter((l) => l.pieceId === p.id);
  return {
    id: p.id, clientId: p.clientId, prompt: plan.description, seconds: p.seconds, seed: p.seed, sampleRate: p.sampleRate,
    plan: { key: plan.key, mode: plan.mode, bpm: plan.bpm, instruments: [...plan.instruments], textures: [...plan.textures], register: plan.register, melody: plan.melody, percussion: plan.percussion },
    createdAt: iso(p.createdAt), audioUrl: `/api/music/${p.id}/audio`, listens: mine.map(listenDto),
  };
}

/** Words for a recommended plan that the planner reads back exactly (tempo, mode, instruments). */
function promptFor(bpm: number, mode: Mode, instruments: readonly Instrument[]): string {
  const feel = bpm < 66 ? 'slow, calm' : bpm < 90 ? 'gentle' : 'light, flowing';
  return `${feel} ${instruments.join(' and ')} in a ${mode} key at ${Math.round(bpm)} bpm`;
}

function parseRange(header: string | undefined, total: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, total - Number(m[2]));
    end = total - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? total - 1 : Math.min(Number(m[2]), total - 1);
  }
  return start > end || start >= total ? 'invalid' : { start, end };
}

/** Streams [start, end] of the rendered WAV, rendering on demand and yielding to other requests. */
async function* wavBytes(backend: MusicBackend, p: MusicPieceRecord, start: number, end: number): AsyncGenerator<Buffer> {
  const r = backend.render(p.plan as unknown as MusicPlan, { seconds: p.seconds, sampleRate: p.sampleRate, seed: p.seed });
  let pos = 0;
  let n = 0;
  for (const chunk of wavStream({ sampleRate: r.sampleRate, channels: 2, format: 'pcm16', frames: r.frames }, r.chunks)) {
    const from = pos;
    pos += chunk.length;
    if (++n % 40 === 0) await new Promise((res) => setImmediate(res));
    if (pos <= start) continue;
    yield Buffer.from(chunk.buffer, chunk.byteOffset + Math.max(0, start - from), Math.min(chunk.length, end + 1 - from) - Math.max(0, start - from));
    if (pos > end) return;
  }
}

/** Music: compose from words, play as a stream (with seeking), record how listening felt, learn what helps. */
export function musicRoutes(app: App, { store, clock, musicBackend }: Deps): void {
  app.get('/api/music/info', { config: { access: { roles: ['therapist', 'client'] } }, schema: { tags: ['music'], summary: 'Voices, textures and rates of the music engine', response: { 200: MusicInfo } } }, async () => ({
    instruments: [...musicBackend.capabilities.instruments], textures: [...musicBackend.capabilities.textures], sampleRates: [...musicBackend.capabilities.sampleRates], maxSeconds: musicBackend.capabilities.maxSeconds,
  }));

  app.post('/api/clients/:id/music', { config: { access: CT, audit: 'music.compose' }, schema: { tags: ['music'], summary: 'Compose a piece from words (kept as plan + seed; rendered when played)', params: IdParams, body: ComposeBody, response: { 201: MusicPiece } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    const plan = musicBackend.plan(req.body.prompt, req.body.mood);
    const rec: MusicPieceRecord = {
      id: randomUUID(), clientId: client.id, createdBy: req.actor!.userId, plan: plan as unknown as MusicPieceRecord['plan'],
      seconds: req.body.seconds, seed: req.body.seed ?? randomInt(0, 2_147_483_647), sampleRate: req.body.sampleRate, createdAt: clock(),
    };
    await store.music.create(rec);
    req.auditNote.targetId = rec.id;
    return reply.status(201).send(await pieceDto(store, rec, []));
  });

  app.get('/api/clients/:id/music', { config: { access: CT, audit: 'music.list' }, schema: { tags: ['music'], summary: "A client's pieces, newest first, with their listenings", params: IdParams, response: { 200: MusicPieceList } } }, async (req) => {
    const client = requireSubject(req.subject).client;
    const listens = await store.music.listensForClient(client.id);
    return { pieces: await Promise.all((await store.music.listForClient(client.id)).map((p) => pieceDto(store, p, listens))) };
  });

  app.get('/api/music/:id', { config: { access: MU, audit: 'music.read' }, schema: { tags: ['music'], summary: 'One piece', params: IdParams, response: { 200: MusicPiece } } }, async (req) => pieceDto(store, requireSubject(req.subject).music!));

  app.get('/api/music/:id/audio', { config: { access: MU, audit: 'music.play' }, schema: { tags: ['music'], summary: 'The piece as a 16-bit stereo WAV, streamed while it renders; supports Range for seeking', params: IdParams } }, async (req, reply) => {
    const p = requireSubject(req.subject).music!;
    const frames = Math.round(p.seconds * p.sampleRate);
    const total = wavHeader({ sampleRate: p.sampleRate, channels: 2, format: 'pcm16', frames }).length + frames * 4;
    const range = parseRange(req.headers.range, total);
    if (range === 'invalid') return reply.status(416).header('content-range', `bytes */${total}`).send({ error: { code: 'invalid_request', message: 'That byte range is outside the piece.' } });
    const { start, end } = range ?? { start: 0, end: total - 1 };
    // One playback is one audit entry: seeks and the player's follow-up ranges are not logged again.
    if (start > 0) req.auditNote.skip = true;
    reply.header('content-type', 'audio/wav').header('accept-ranges', 'bytes').header('content-length', String(end - start + 1)).header('cache-control', 'private, max-age=3600')
      .header('content-disposition', `inline; filename="hearth-${p.id.slice(0, 8)}.wav"`);
    if (range) reply.status(206).header('content-range', `bytes ${start}-${end}/${total}`);
    return reply.send(Readable.from(wavBytes(musicBackend, p, start, end)));
  });

  app.post('/api/music/:id/listens', { config: { access: MU, audit: 'music.listen' }, schema: { tags: ['music'], summary: 'Record mood before and after listening', params: IdParams, body: ListenBody, response: { 201: Listen } } }, async (req, reply) => {
    const p = requireSubject(req.subject).music!;
    if (req.body.secondsListened > p.seconds * 20) throw new HttpError('invalid_request', 'secondsListened is far longer than the piece.');
    const rec: MusicListenRecord = { id: randomUUID(), pieceId: p.id, clientId: p.clientId, createdBy: req.actor!.userId, before: req.body.before, after: req.body.after, secondsListened: req.body.secondsListened, createdAt: clock() };
    await store.music.addListen(rec);
    req.auditNote.targetId = rec.id;
    return reply.status(201).send(listenDto(rec));
  });

  app.get('/api/clients/:id/music/recommendation', { config: { access: CT, audit: 'music.recommend' }, schema: { tags: ['music'], summary: 'What to play next for this mood, learned from this client’s listenings', params: IdParams, querystring: RecommendationQuery, response: { 200: MusicRecommendation } } }, async (req) => {
    const client = requireSubject(req.subject).client;
    const listens = await store.music.listensForClient(client.id);
    const history: ListeningOutcome[] = listens.map((l) => ({ params: { bpm: l.bpm, mode: l.mode as Mode, instruments: l.instruments as Instrument[] }, before: l.before, after: l.after }));
    const rec = recommendMusic(history, req.query, { seed: hashString(`${client.id}:${listens.length}`) });
    return { prompt: promptFor(rec.bpm, rec.mode, rec.instruments), bpm: rec.bpm, mode: rec.mode, instruments: [...rec.instruments], tempoPath: [...rec.tempoPath], explanation: rec.explanation, listenings: listens.length };
  });
}
