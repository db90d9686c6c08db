import { randomInt, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { ComposeBody, IdParams, Listen, ListenBody, MusicInfo, MusicPiece, MusicPieceList, MusicRecommendation, MusicSample, MusicSampleList, RecommendationQuery } from '../../domain/api/schemas.ts';
import { recommendMusic } from '../../domain/music/index.ts';
import type { ListeningOutcome } from '../../domain/music/index.ts';
import { hashString } from '../../engines/core/index.ts';
import { analyzeAudio, decodeWav, planForContinuation, wavHeader, wavStream } from '../../engines/music/index.ts';
import type { AudioClip, Instrument, Mode, MusicPlan } from '../../engines/music/index.ts';
import type { MusicBackend } from '../../backends/index.ts';
import type { MusicListenRecord, MusicPieceRecord, MusicSampleRecord, Store } from '../../store/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { readMultipartUpload } from '../uploads.ts';

const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
const MU = { roles: ['therapist', 'client'] as const, scope: 'music' as const, param: 'id' };

const listenDto = (l: MusicListenRecord): z.infer<typeof Listen> => ({ id: l.id, before: l.before, after: l.after, secondsListened: l.secondsListened, createdAt: iso(l.createdAt) });

async function pieceDto(store: Store, p: MusicPieceRecord, listens?: MusicListenRecord[]): Promise<z.infer<typeof MusicPiece>> {
  const plan = p.plan as unknown as MusicPlan;
  const mine = (listens ?? (await store.music.listensForClient(p.clientId))).filter((l) => l.pieceId === p.id);
  return {
    id: p.id, clientId: p.clientId, prompt: plan.description, seconds: p.seconds, seed: p.seed, sampleRate: p.sampleRate,
    plan: { key: plan.key, mode: plan.mode, bpm: plan.bpm, instruments: [...plan.instruments], textures: [...plan.textures], register: plan.register, melody: plan.melody, percussion: plan.percussion },
    createdAt: iso(p.createdAt), audioUrl: `/api/music/${p.id}/audio`, listens: mine.map(listenDto), sampleId: p.sampleId,
  };
}

const sampleDto = (s: MusicSampleRecord): z.infer<typeof MusicSample> => ({
  id: s.id, seconds: s.seconds, sampleRate: s.sampleRate, channels: s.channels, bpm: s.bpm, key: s.key, mode: s.mode, lufs: s.lufs, createdAt: iso(s.createdAt),
});

/** Limits for a recording to continue: long enough to hear a pulse, short enough to stay a sample. */
export const SAMPLE_LIMITS = { minSeconds: 2, maxSeconds: 60, maxBytes: 24 * 1024 * 1024 } as const;

/** The stored recording, decoded again for rendering. */
async function loadClip(store: Store, sample: MusicSampleRecord): Promise<AudioClip> {
  const bytes = await store.files.get(sample.clientId, sample.blobKey);
  if (!bytes) throw new HttpError('not_found', 'The recording this piece continues is missing from storage.');
  const wav = decodeWav(bytes);
  if (!wav.ok) throw new Error(`stored recording ${sample.id} no longer decodes: ${wav.error}`);
  return { channels: wav.value.channels, sampleRate: wav.value.sampleRate };
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
async function* wavBytes(backend: MusicBackend, p: MusicPieceRecord, condition: AudioClip | undefined, start: number, end: number): AsyncGenerator<Buffer> {
  const r = backend.render(p.plan as unknown as MusicPlan, { seconds: p.seconds, sampleRate: p.sampleRate, seed: p.seed, condition });
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

  app.post('/api/clients/:id/music', { config: { access: CT, audit: 'music.compose', consent: 'music' }, schema: { tags: ['music'], summary: 'Compose a piece from words (kept as plan + seed; rendered when played)', params: IdParams, body: ComposeBody, response: { 201: MusicPiece } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    let plan = musicBackend.plan(req.body.prompt, req.body.mood);
    let sampleId: string | null = null;
    if (req.body.sampleId) {
      const sample = await store.music.sampleById(req.body.sampleId);
      if (!sample || sample.clientId !== client.id) throw new HttpError('invalid_request', 'That recording was not found among this client’s recordings.');
      if (req.body.seconds < sample.seconds + 2) throw new HttpError('invalid_request', `The piece must be at least 2 seconds longer than the recording (${sample.seconds.toFixed(1)} s).`);
      // Kept in the recording's key, mode and tempo, so the stored plan shows what will play.
      const clip = await loadClip(store, sample);
      plan = planForContinuation(plan, analyzeAudio(clip.channels, clip.sampleRate));
      sampleId = sample.id;
    }
    const rec: MusicPieceRecord = {
      id: randomUUID(), clientId: client.id, createdBy: req.actor!.userId, plan: plan as unknown as MusicPieceRecord['plan'],
      seconds: req.body.seconds, seed: req.body.seed ?? randomInt(0, 2_147_483_647), sampleRate: req.body.sampleRate, sampleId, createdAt: clock(),
    };
    await store.music.create(rec);
    req.auditNote.targetId = rec.id;
    return reply.status(201).send(await pieceDto(store, rec, []));
  });

  app.post('/api/clients/:id/music/samples', { config: { access: CT, audit: 'music.sample', consent: 'music' }, schema: { tags: ['music'], summary: 'Upload a short WAV recording (multipart `file`; 16-bit PCM or 32-bit float, mono or stereo, 2–60 s) to continue in its key and tempo', params: IdParams, consumes: ['multipart/form-data'], response: { 201: MusicSample } } }, async (req, reply) => {
    const client = requireSubject(req.subject).client;
    const { file } = await readMultipartUpload(req, { limit: SAMPLE_LIMITS.maxBytes, what: 'recording' });
    const wav = decodeWav(file);
    if (!wav.ok) throw new HttpError('unsupported_media_type', `This file cannot be used as a recording: ${wav.error}.`);
    const clip: AudioClip = { channels: wav.value.channels, sampleRate: wav.value.sampleRate };
    const seconds = wav.value.frames / wav.value.sampleRate;
    if (seconds < SAMPLE_LIMITS.minSeconds) throw new HttpError('invalid_request', `The recording is ${seconds.toFixed(1)} s long; it needs at least ${SAMPLE_LIMITS.minSeconds} s to hear its key and pulse.`);
    if (seconds > SAMPLE_LIMITS.maxSeconds) throw new HttpError('invalid_request', `The recording is ${Math.round(seconds)} s long; please use a clip of at most ${SAMPLE_LIMITS.maxSeconds} s.`);
    const a = analyzeAudio(clip.channels, clip.sampleRate);
    if (a.silent) throw new HttpError('invalid_request', 'The recording is silent (or too quiet to hear its key and pulse).');
    const id = randomUUID();
    const rec: MusicSampleRecord = {
      id, clientId: client.id, createdBy: req.actor!.userId, blobKey: `music-samples/${id}.wav`, seconds, sampleRate: wav.value.sampleRate, channels: wav.value.channels.length,
      bpm: a.bpm, key: a.key, mode: a.mode, lufs: Number.isFinite(a.lufs) ? a.lufs : -70, createdAt: clock(),
    };
    // The file first, then the row; a failed insert leaves no orphan behind.
    await store.files.put(client.id, rec.blobKey, file);
    try {
      await store.music.createSample(rec);
    } catch (e) {
      await store.files.delete(rec.blobKey);
      throw e;
    }
    req.auditNote.targetId = id;
    return reply.status(201).send(sampleDto(rec));
  });

  app.get('/api/clients/:id/music/samples', { config: { access: CT, audit: 'music.samples' }, schema: { tags: ['music'], summary: "A client's recordings, newest first", params: IdParams, response: { 200: MusicSampleList } } }, async (req) => ({
    samples: (await store.music.samplesForClient(requireSubject(req.subject).client.id)).map(sampleDto),
  }));

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
    const sample = p.sampleId ? await store.music.sampleById(p.sampleId) : undefined;
    const condition = sample ? await loadClip(store, sample) : undefined;
    return reply.send(Readable.from(wavBytes(musicBackend, p, condition, start, end)));
  });

  app.post('/api/music/:id/listens', { config: { access: MU, audit: 'music.listen', consent: 'music' }, schema: { tags: ['music'], summary: 'Record mood before and after listening', params: IdParams, body: ListenBody, response: { 201: Listen } } }, async (req, reply) => {
    const p = requireSubject(req.subject).music!;
    if (req.body.secondsListened > p.seconds * 20) throw new HttpError('invalid_request', 'secondsListened is far longer than the piece.');
    const rec: MusicListenRecord = { id: randomUUID(), pieceId: p.id, clientId: p.clientId, createdBy: req.actor!.userId, before: req.body.before, after: req.body.after, secondsListened: req.body.secondsListened, createdAt: clock() };
    await store.music.addListen(rec);
    req.auditNote.targetId = rec.id;
    return reply.status(201).send(listenDto(rec));
  });

  app.get('/api/clients/:id/music/recommendation', { config: { access: CT, audit: 'music.recommend', consent: 'music' }, schema: { tags: ['music'], summary: 'What to play next for this mood, learned from this client’s listenings', params: IdParams, querystring: RecommendationQuery, response: { 200: MusicRecommendation } } }, async (req) => {
    const client = requireSubject(req.subject).client;
    const listens = await store.music.listensForClient(client.id);
    const history: ListeningOutcome[] = listens.map((l) => ({ params: { bpm: l.bpm, mode: l.mode as Mode, instruments: l.instruments as Instrument[] }, before: l.before, after: l.after }));
    const rec = recommendMusic(history, req.query, { seed: hashString(`${client.id}:${listens.length}`) });
    return { prompt: promptFor(rec.bpm, rec.mode, rec.instruments), bpm: rec.bpm, mode: rec.mode, instruments: [...rec.instruments], tempoPath: [...rec.tempoPath], explanation: rec.explanation, listenings: listens.length };
  });
}
