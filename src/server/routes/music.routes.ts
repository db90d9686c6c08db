import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ComposeBody,
  IdParams,
  Listen,
  ListenBody,
  MusicInfo,
  MusicPiece,
  MusicPieceList,
  MusicRecommendation,
  MusicSample,
  MusicSampleList,
  RecommendationQuery,
  ScreenedMusicPiece,
} from '../../domain/api/schemas.ts';
import {
  addRecording,
  composePiece,
  listPieces,
  listRecordings,
  musicInfo,
  pieceAudio,
  readPiece,
  recommendPiece,
  recordListen,
  SAMPLE_LIMITS,
  wavLength,
} from '../../services/music/music.service.ts';
import { SteerBody, SteeringParams, SteeringStarted, SteerResult } from '../../domain/api/music-steering.schemas.ts';
import { startSteering, steeredAudio, steerPlayback } from '../../services/music/steering.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { readMultipartUpload } from '../uploads.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const MU = { roles: ['therapist', 'client'] as const, scope: 'music' as const, param: 'id' };

/** An HTTP `Range: bytes=a-b` header as the byte span it asks for, null without one, or 'invalid'. */
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

/** Answers a WAV request (whole or one Range) from a renderer of byte spans; 416 for a range outside it. */
async function sendWav(
  req: Pick<FastifyRequest, 'headers' | 'auditNote'>,
  reply: FastifyReply,
  pieceId: string,
  total: number,
  bytes: (start: number, end: number) => Promise<AsyncIterable<Buffer>>,
): Promise<FastifyReply> {
  const range = parseRange(req.headers.range, total);
  if (range === 'invalid')
    return reply
      .status(416)
      .header('content-range', `bytes */${total}`)
      .send({ error: { code: 'invalid_request', message: 'That byte range is outside the piece.' } });
  const { start, end } = range ?? { start: 0, end: total - 1 };
  // One playback is one audit entry: seeks and the player's follow-up ranges are not logged again.
  if (start > 0) req.auditNote.skip = true;
  const audio = await bytes(start, end);
  reply
    .header('content-type', 'audio/wav')
    .header('accept-ranges', 'bytes')
    .header('content-length', String(end - start + 1))
    .header('cache-control', 'no-store')
    .header('content-disposition', `inline; filename="hearth-${pieceId.slice(0, 8)}.wav"`);
  if (range) reply.status(206).header('content-range', `bytes ${start}-${end}/${total}`);
  return reply.send(Readable.from(audio));
}

/** Music: compose from words, play as a stream (with seeking), record how listening felt, learn what helps. */
export function musicRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/music/info',
    {
      config: { access: { roles: ['therapist', 'client'] } },
      schema: { tags: ['music'], summary: 'Voices, textures and rates of the music engine', response: { 200: MusicInfo } },
    },
    async () => musicInfo(deps),
  );

  app.post(
    '/api/clients/:id/music',
    {
      config: { access: CT, audit: 'music.compose', consent: 'music' },
      schema: {
        tags: ['music'],
        summary: 'Compose a piece from words (kept as plan + seed; rendered when played); the words are screened',
        params: IdParams,
        body: ComposeBody,
        response: { 201: ScreenedMusicPiece },
      },
    },
    async (req, reply) => {
      const piece = await composePiece(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = piece.id;
      return reply.status(201).send(piece);
    },
  );

  app.post(
    '/api/clients/:id/music/samples',
    {
      config: { access: CT, audit: 'music.sample', consent: 'music' },
      schema: {
        tags: ['music'],
        summary: 'Upload a short WAV recording (multipart `file`; 16-bit PCM or 32-bit float, mono or stereo, 2–60 s) to continue in its key and tempo',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: MusicSample },
      },
    },
    async (req, reply) => {
      const { file } = await readMultipartUpload(req, { limit: SAMPLE_LIMITS.maxBytes, what: 'recording' });
      const sample = await addRecording(deps, requireActor(req.actor), requireSubject(req.subject), file);
      req.auditNote.targetId = sample.id;
      return reply.status(201).send(sample);
    },
  );

  app.get(
    '/api/clients/:id/music/samples',
    {
      config: { access: CT, audit: 'music.samples' },
      schema: { tags: ['music'], summary: "A client's recordings, newest first", params: IdParams, response: { 200: MusicSampleList } },
    },
    async (req) => ({
      samples: await listRecordings(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.get(
    '/api/clients/:id/music',
    {
      config: { access: CT, audit: 'music.list' },
      schema: { tags: ['music'], summary: "A client's pieces, newest first, with their listenings", params: IdParams, response: { 200: MusicPieceList } },
    },
    async (req) => ({
      pieces: await listPieces(deps, requireActor(req.actor), requireSubject(req.subject)),
    }),
  );

  app.get(
    '/api/music/:id',
    { config: { access: MU, audit: 'music.read' }, schema: { tags: ['music'], summary: 'One piece', params: IdParams, response: { 200: MusicPiece } } },
    async (req) => readPiece(deps, requireActor(req.actor), subjectWith(req.subject, 'music')),
  );

  app.get(
    '/api/music/:id/audio',
    {
      config: { access: MU, audit: 'music.play' },
      schema: { tags: ['music'], summary: 'The piece as a 16-bit stereo WAV, streamed while it renders; supports Range for seeking', params: IdParams },
    },
    async (req, reply) => {
      const subject = subjectWith(req.subject, 'music');
      return sendWav(req, reply, subject.music.id, wavLength(subject.music), (start, end) => pieceAudio(deps, requireActor(req.actor), subject, start, end));
    },
  );

  app.post(
    '/api/music/:id/steering',
    {
      config: { access: MU, audit: 'music.steer_start', consent: 'music' },
      schema: {
        tags: ['music'],
        summary: 'Start a steered playback: a stream at real-time pace that the listener can steer (calmer, slower, fewer…) while it plays',
        params: IdParams,
        response: { 201: SteeringStarted },
      },
    },
    async (req, reply) => {
      const started = await startSteering(deps, requireActor(req.actor), subjectWith(req.subject, 'music'));
      req.auditNote.targetId = started.id;
      return reply.status(201).send(started);
    },
  );

  app.get(
    '/api/music/:id/steering/:steeringId/audio',
    {
      config: { access: MU, audit: 'music.play' },
      schema: {
        tags: ['music'],
        summary: 'A steered playback as a 16-bit stereo WAV at real-time pace (its steering so far replayed); supports Range',
        params: SteeringParams,
      },
    },
    async (req, reply) => {
      const subject = subjectWith(req.subject, 'music');
      const id = req.params.steeringId;
      return sendWav(req, reply, subject.music.id, wavLength(subject.music), (start, end) =>
        steeredAudio(deps, requireActor(req.actor), subject, id, start, end),
      );
    },
  );

  app.post(
    '/api/music/:id/steering/:steeringId',
    {
      config: { access: MU, audit: 'music.steer', consent: 'music' },
      schema: {
        tags: ['music'],
        summary: 'Steer a playing piece (calmer, brighter, darker, slower, faster, fewer, more, quieter, louder); recorded with the listening',
        params: SteeringParams,
        body: SteerBody,
        response: { 200: SteerResult },
      },
    },
    async (req) => {
      req.auditNote.targetId = req.params.steeringId;
      return steerPlayback(deps, requireActor(req.actor), subjectWith(req.subject, 'music'), req.params.steeringId, req.body);
    },
  );

  app.post(
    '/api/music/:id/listens',
    {
      config: { access: MU, audit: 'music.listen', consent: 'music' },
      schema: { tags: ['music'], summary: 'Record mood before and after listening', params: IdParams, body: ListenBody, response: { 201: Listen } },
    },
    async (req, reply) => {
      const listen = await recordListen(deps, requireActor(req.actor), subjectWith(req.subject, 'music'), req.body);
      req.auditNote.targetId = listen.id;
      return reply.status(201).send(listen);
    },
  );

  app.get(
    '/api/clients/:id/music/recommendation',
    {
      config: { access: CT, audit: 'music.recommend', consent: 'music' },
      schema: {
        tags: ['music'],
        summary: 'What to play next for this mood, learned from this client’s listenings',
        params: IdParams,
        querystring: RecommendationQuery,
        response: { 200: MusicRecommendation },
      },
    },
    async (req) => recommendPiece(deps, requireActor(req.actor), requireSubject(req.subject), req.query),
  );
}
