/**
 * Music: compose from words (the client's description is screened), kept as plan + seed and
 * rendered when played (byte ranges for seeking); recordings to continue in their key and tempo;
 * how listening felt; what to play next, learned from this client's listenings.
 */
import type { MusicThread } from '../jobs/music-thread.ts';
import { randomInt, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MusicBackend } from '../../backends/index.ts';
import type {
  ComposeBody,
  Listen,
  ListenBody,
  MusicInfo,
  MusicPiece,
  MusicRecommendation,
  MusicSample,
  RecommendationQuery,
  ScreenedMusicPiece,
} from '../../domain/api/schemas.ts';
import { recommendMusic, steeringLean } from '../../domain/music/index.ts';
import type { ListeningOutcome } from '../../domain/music/index.ts';
import { hashString } from '../../engines/core/index.ts';
import { analyzeAudio, decodeWav, planForContinuation, wavHeader, wavStream } from '../../engines/music/index.ts';
import type { AudioClip, Instrument, Mode, MusicPlan } from '../../engines/music/index.ts';
import type { MusicListenRecord, MusicPieceRecord, MusicSampleRecord, MusicSteeringRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import { steeringDtos } from './steering.service.ts';

export interface MusicDeps extends StoreDeps {
  musicBackend: MusicBackend;
  /** Where pieces are rendered and recordings analysed off the event loop (absent: in-process, e.g. an injected backend). */
  musicThread?: MusicThread | null;
}

type PieceDto = z.infer<typeof MusicPiece>;

/** Limits for a recording to continue: long enough to hear a pulse, short enough to stay a sample. */
export const SAMPLE_LIMITS = { minSeconds: 2, maxSeconds: 60, maxBytes: 24 * 1024 * 1024 } as const;

const listenDto = (l: MusicListenRecord): z.infer<typeof Listen> => ({
  id: l.id,
  before: l.before,
  after: l.after,
  secondsListened: l.secondsListened,
  createdAt: iso(l.createdAt),
});

export const planOf = (p: MusicPieceRecord): MusicPlan => p.plan as unknown as MusicPlan;

async function pieceDto(
  store: Store,
  p: MusicPieceRecord,
  listens?: readonly MusicListenRecord[],
  steering?: readonly MusicSteeringRecord[],
): Promise<PieceDto> {
  const plan = planOf(p);
  const mine = (listens ?? (await store.music.listensForClient(p.clientId))).filter((l) => l.pieceId === p.id);
  const steered = steeringDtos(steering ?? (await store.music.steeringForClient(p.clientId)), p.id);
  return {
    id: p.id,
    clientId: p.clientId,
    prompt: plan.description,
    seconds: p.seconds,
    seed: p.seed,
    sampleRate: p.sampleRate,
    plan: {
      key: plan.key,
      mode: plan.mode,
      bpm: plan.bpm,
      instruments: [...plan.instruments],
      textures: [...plan.textures],
      register: plan.register,
      melody: plan.melody,
      percussion: plan.percussion,
    },
    createdAt: iso(p.createdAt),
    audioUrl: `/api/music/${p.id}/audio`,
    listens: mine.map(listenDto),
    sampleId: p.sampleId,
    steering: steered,
  };
}

const sampleDto = (s: MusicSampleRecord): z.infer<typeof MusicSample> => ({
  id: s.id,
  seconds: s.seconds,
  sampleRate: s.sampleRate,
  channels: s.channels,
  bpm: s.bpm,
  key: s.key,
  mode: s.mode,
  lufs: s.lufs,
  createdAt: iso(s.createdAt),
});

/** The stored recording, decoded again for rendering. */
async function loadClip(store: Store, sample: MusicSampleRecord): Promise<AudioClip> {
  const bytes = await store.files.get(sample.clientId, sample.blobKey);
  if (!bytes) throw new HttpError('not_found', em('errors:music.recordingPieceContinuesMissing'));
  const wav = decodeWav(bytes);
  if (!wav.ok) throw new Error(`stored recording ${sample.id} no longer decodes: ${wav.error}`);
  return { channels: wav.value.channels, sampleRate: wav.value.sampleRate };
}

/** Words for a recommended plan that the planner reads back exactly (tempo, mode, instruments). */
function promptFor(bpm: number, mode: Mode, instruments: readonly Instrument[]): string {
  const feel = bpm < 66 ? 'slow, calm' : bpm < 90 ? 'gentle' : 'light, flowing';
  return `${feel} ${instruments.join(' and ')} in a ${mode} key at ${Math.round(bpm)} bpm`;
}

export function musicInfo({ musicBackend }: Pick<MusicDeps, 'musicBackend'>): z.infer<typeof MusicInfo> {
  const c = musicBackend.capabilities;
  return { instruments: [...c.instruments], textures: [...c.textures], sampleRates: [...c.sampleRates], maxSeconds: c.maxSeconds };
}

/** Composes a piece from words (kept as plan + seed; rendered when played); the words are screened. */
export async function composePiece(
  deps: MusicDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof ComposeBody>,
): Promise<z.infer<typeof ScreenedMusicPiece>> {
  const { store, clock, musicBackend } = deps;
  let plan = musicBackend.plan(input.prompt, input.mood);
  let sampleId: string | null = null;
  if (input.sampleId) {
    const sample = await store.music.sampleById(input.sampleId);
    if (!sample || sample.clientId !== client.id) throw new HttpError('invalid_request', em('errors:music.recordingFoundAmongClient'));
    if (input.seconds < sample.seconds + 2) throw new HttpError('invalid_request', em('errors:music.pieceMustLeast2', { seconds: sample.seconds.toFixed(1) }));
    // Kept in the recording's key, mode and tempo, so the stored plan shows what will play.
    const clip = await loadClip(store, sample);
    plan = planForContinuation(plan, await analyzeClip(deps, clip));
    sampleId = sample.id;
  }
  const rec: MusicPieceRecord = {
    id: randomUUID(),
    clientId: client.id,
    createdBy: actor.userId,
    plan: plan as unknown as MusicPieceRecord['plan'],
    seconds: input.seconds,
    seed: input.seed ?? randomInt(0, 2_147_483_647),
    sampleRate: input.sampleRate,
    sampleId,
    createdAt: clock(),
  };
  await store.music.create(rec);
  const crisis = await screenClientText(deps, client, 'music', rec.id, [input.prompt]);
  return { ...(await pieceDto(store, rec, [], [])), crisis };
}

/** A short WAV recording (16-bit PCM or 32-bit float, mono or stereo, 2–60 s) to continue in its key and tempo. */
/** A recording's key, tempo and loudness: on the music thread when there is one. */
function analyzeClip({ musicThread }: { musicThread?: MusicThread | null }, clip: AudioClip) {
  return musicThread ? musicThread.analyze(clip) : Promise.resolve(analyzeAudio(clip.channels, clip.sampleRate));
}

export async function addRecording(
  deps: StoreDeps & { musicThread?: MusicThread | null },
  actor: Actor,
  { client }: Subject,
  file: Uint8Array,
): Promise<z.infer<typeof MusicSample>> {
  const { store, clock } = deps;
  const wav = decodeWav(file);
  if (!wav.ok) throw new HttpError('unsupported_media_type', em('errors:music.fileUsedRecording', { error: wav.error }));
  const clip: AudioClip = { channels: wav.value.channels, sampleRate: wav.value.sampleRate };
  const seconds = wav.value.frames / wav.value.sampleRate;
  if (seconds < SAMPLE_LIMITS.minSeconds)
    throw new HttpError('invalid_request', em('errors:music.recordingSLongNeeds', { seconds: seconds.toFixed(1), minSeconds: SAMPLE_LIMITS.minSeconds }));
  if (seconds > SAMPLE_LIMITS.maxSeconds)
    throw new HttpError('invalid_request', em('errors:music.recordingSLongUse', { seconds: Math.round(seconds), maxSeconds: SAMPLE_LIMITS.maxSeconds }));
  const a = await analyzeClip(deps, clip);
  if (a.silent) throw new HttpError('invalid_request', em('errors:music.recordingSilentTooQuiet'));
  const id = randomUUID();
  const rec: MusicSampleRecord = {
    id,
    clientId: client.id,
    createdBy: actor.userId,
    blobKey: `music-samples/${id}.wav`,
    seconds,
    sampleRate: wav.value.sampleRate,
    channels: wav.value.channels.length,
    bpm: a.bpm,
    key: a.key,
    mode: a.mode,
    lufs: Number.isFinite(a.lufs) ? a.lufs : -70,
    createdAt: clock(),
  };
  // The file first, then the row; a failed insert leaves no orphan behind.
  await store.files.put(client.id, rec.blobKey, file);
  try {
    await store.music.createSample(rec);
  } catch (e) {
    await store.files.delete(rec.blobKey);
    throw e;
  }
  return sampleDto(rec);
}

export async function listRecordings({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof MusicSample>[]> {
  return (await store.music.samplesForClient(client.id)).map(sampleDto);
}

export async function listPieces({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<PieceDto[]> {
  const listens = await store.music.listensForClient(client.id);
  const steering = await store.music.steeringForClient(client.id);
  return Promise.all((await store.music.listForClient(client.id)).map((p) => pieceDto(store, p, listens, steering)));
}

export async function readPiece({ store }: StoreDeps, _actor: Actor, { music }: With<'music'>): Promise<PieceDto> {
  return pieceDto(store, music);
}

/** Bytes of the piece's 16-bit stereo WAV (header included). */
export function wavLength(p: MusicPieceRecord): number {
  const frames = Math.round(p.seconds * p.sampleRate);
  return wavHeader({ sampleRate: p.sampleRate, channels: 2, format: 'pcm16', frames }).length + frames * 4;
}

/**
 * Bytes [start, end] of the piece's WAV, rendered on demand and yielding to other work every
 * few chunks (a 60-minute piece streams while it renders). The recording a piece continues is
 * loaded first, so a missing one is refused before any byte is sent.
 */
export async function pieceAudio(
  { store, musicBackend, musicThread }: MusicDeps,
  _actor: Actor,
  { music: p }: With<'music'>,
  start: number,
  end: number,
): Promise<AsyncIterable<Buffer>> {
  const condition = await loadCondition(store, p);
  if (musicThread) return musicThread.wav({ plan: planOf(p), seconds: p.seconds, sampleRate: p.sampleRate, seed: p.seed, condition }, start, end);
  return wavBytes(musicBackend, p, condition, start, end);
}

/** The recording a piece continues, decoded (undefined for a piece from words alone). */
export async function loadCondition(store: Store, p: MusicPieceRecord): Promise<AudioClip | undefined> {
  const sample = p.sampleId ? await store.music.sampleById(p.sampleId) : undefined;
  return sample ? loadClip(store, sample) : undefined;
}

async function* wavBytes(backend: MusicBackend, p: MusicPieceRecord, condition: AudioClip | undefined, start: number, end: number): AsyncGenerator<Buffer> {
  await backend.ready();
  const r = backend.render(planOf(p), { seconds: p.seconds, sampleRate: p.sampleRate, seed: p.seed, condition });
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

/** Records how the client felt before and after listening. */
export async function recordListen(
  { store, clock }: StoreDeps,
  actor: Actor,
  { music: p }: With<'music'>,
  input: z.output<typeof ListenBody>,
): Promise<z.infer<typeof Listen>> {
  if (input.secondsListened > p.seconds * 20) throw new HttpError('invalid_request', em('errors:music.secondslistenedFarLongerThan'));
  if (input.steeringId) {
    const steered = await store.music.steeringById(input.steeringId);
    if (!steered || steered.pieceId !== p.id) throw new HttpError('invalid_request', em('errors:music.steeringidDoesNameSteered'));
  }
  const rec: MusicListenRecord = {
    id: randomUUID(),
    pieceId: p.id,
    clientId: p.clientId,
    createdBy: actor.userId,
    before: input.before,
    after: input.after,
    secondsListened: input.secondsListened,
    steeringId: input.steeringId ?? null,
    createdAt: clock(),
  };
  await store.music.addListen(rec);
  return listenDto(rec);
}

/** What to play next for this mood, learned from this client's listenings. */
export async function recommendPiece(
  { store }: StoreDeps,
  _actor: Actor,
  { client }: Subject,
  mood: z.output<typeof RecommendationQuery>,
): Promise<z.infer<typeof MusicRecommendation>> {
  const listens = await store.music.listensForClient(client.id);
  const history: ListeningOutcome[] = listens.map((l) => ({
    params: { bpm: l.bpm, mode: l.mode as Mode, instruments: l.instruments as Instrument[] },
    before: l.before,
    after: l.after,
  }));
  const rec = recommendMusic(history, mood, { seed: hashString(`${client.id}:${listens.length}`) });
  // What the client's live steering leans towards (e.g. always "slower") shapes the suggestion, and says so.
  const lean = steeringLean((await store.music.steeringForClient(client.id)).map((s) => s.log.map((e) => e.command)));
  const bpm = Math.max(40, Math.round(rec.bpm * lean.tempoFactor));
  const tempoPath = rec.tempoPath.map((b) => Math.max(40, Math.round(b * lean.tempoFactor)));
  const instruments = lean.parts < 0 ? rec.instruments.slice(0, 1) : [...rec.instruments];
  const colour = lean.colour > 0 ? 'bright ' : lean.colour < 0 ? 'dark, ' : '';
  const density = lean.parts < 0 ? 'sparse, ' : '';
  return {
    prompt: `${colour}${density}${promptFor(bpm, rec.mode, instruments)}`,
    bpm,
    mode: rec.mode,
    instruments,
    tempoPath,
    explanation: [...rec.explanation, ...lean.explanation],
    listenings: listens.length,
  };
}
