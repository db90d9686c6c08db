/**
 * Live steering: while a piece plays, the listener asks for calmer, brighter, slower, fewer
 * instruments (or the opposites) and the stream changes within a few seconds.
 *
 * A steered playback is a record (its log sealed with the client's key) and, while the browser
 * listens, one stream rendered at real-time pace, at most {@link LEAD_SECONDS} ahead of the
 * wall clock, so a command given now reaches the ear after that lead plus the engine's ~1 s glide.
 * The command is applied to the running stream and stamped with the moment of the piece it took
 * effect at; the same piece + seed + log renders the same bytes, so a reconnect or a seek
 * (Range) renders from the start with the log replayed and continues exactly where it was.
 * With a music thread (the server's default) the stream renders and is paced there
 * (`MusicThread.steered`) and a command travels to it over the playback's port; in-process
 * (`pacedWav`) only when a backend was injected.
 *
 * Across app nodes this stays pinned (deploy/Caddyfile hashes the playback's id): the running
 * stream lives in one process and a command must reach it within about LEAD_SECONDS plus the
 * glide to be heard live. The stream is reconstructible anywhere (the log is in the database and
 * replays to the same bytes), so a command that reaches a node without the stream is kept and
 * counts from the next reconnect on; relaying commands over the bus would also need the log's
 * read-modify-write under a cross-node lock, for no gain a pin does not already give.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MusicBackend } from '../../backends/index.ts';
import type { MusicSteering, SteerBody, SteerResult, SteeringStarted } from '../../domain/api/music-steering.schemas.ts';
import type { SteerCommand } from '../../engines/music/index.ts';
import { STEER_COMMANDS, wavStream } from '../../engines/music/index.ts';
import type { MusicPieceRecord, MusicSteeringRecord, SteerEntry } from '../../store/index.ts';
import type { Actor, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import type { MusicDeps } from './music.service.ts';
import type { MusicThread } from '../jobs/music-thread.ts';
import { loadCondition, planOf, wavLength } from './music.service.ts';

/** Seconds the live stream renders ahead of real time (the player's buffer). */
export const LEAD_SECONDS = 1.5;
/** Commands one playback may record (a held-down button must not grow a record without end). */
export const MAX_STEERS = 400;

interface LiveStream {
  /** Applies the command to the running engine; undefined when the stream ended meanwhile. */
  steer(command: SteerCommand): Promise<{ atSeconds: number } | undefined>;
  /** Seconds of the piece synthesised so far. */
  position(): number;
}

/** A running stream this far from the player's position is not what the listener hears (a seek or reconnect is under way). */
const STALE_SECONDS = LEAD_SECONDS + 4;

/** Running streams by steered playback (the latest request of each wins), and a queue per playback so two commands never race. */
const live = new Map<string, LiveStream>();
const queues = new Map<string, Promise<unknown>>();

function serially<T>(id: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(id) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(id, tail);
  void tail.then(() => queues.get(id) === tail && queues.delete(id));
  return run;
}

const steeringOf = (r: MusicSteeringRecord): z.infer<typeof SteeringStarted>['events'] => r.log.map((e) => ({ ...e, command: e.command as SteerCommand }));

async function steeringFor({ store }: MusicDeps, piece: MusicPieceRecord, steeringId: string): Promise<MusicSteeringRecord> {
  const rec = await store.music.steeringById(steeringId);
  if (!rec || rec.pieceId !== piece.id) throw new HttpError('not_found', em('errors:steering.playbackNotFound'));
  return rec;
}

/** Starts a steered playback of a piece: a record with an empty log and the address to stream it from. */
export async function startSteering(deps: MusicDeps, actor: Actor, { music: p }: With<'music'>): Promise<z.infer<typeof SteeringStarted>> {
  const now = deps.clock();
  const rec: MusicSteeringRecord = { id: randomUUID(), pieceId: p.id, clientId: p.clientId, createdBy: actor.userId, log: [], startedAt: now, updatedAt: now };
  await deps.store.music.createSteering(rec);
  return {
    id: rec.id,
    pieceId: p.id,
    startedAt: iso(now),
    events: [],
    audioUrl: `/api/music/${p.id}/steering/${rec.id}/audio`,
    commands: [...STEER_COMMANDS],
    leadSeconds: LEAD_SECONDS,
  };
}

/**
 * Steers a playback: the running stream takes the command now (it is heard within about
 * LEAD_SECONDS plus the glide); without one — or when the running stream is far from the
 * player's position, because a seek or reconnect is under way — it is recorded just after the
 * player's position and takes effect when the player reconnects (`live: false` tells it to).
 * Either way it is kept in the sealed log.
 */
export async function steerPlayback(
  deps: MusicDeps,
  _actor: Actor,
  { music: p }: With<'music'>,
  steeringId: string,
  input: z.output<typeof SteerBody>,
): Promise<z.infer<typeof SteerResult>> {
  return serially(steeringId, async () => {
    const rec = await steeringFor(deps, p, steeringId);
    if (rec.log.length >= MAX_STEERS) throw new HttpError('conflict', em('errors:steering.steeredTooOften', { max: MAX_STEERS }));
    const running = live.get(steeringId);
    const near = running && (input.position === undefined || Math.abs(running.position() - input.position) <= STALE_SECONDS) ? running : undefined;
    const last = rec.log[rec.log.length - 1]?.atSeconds ?? 0;
    const took = near ? await near.steer(input.command) : undefined;
    const stream = took ? near : undefined;
    const atSeconds = took ? took.atSeconds : Math.min(p.seconds, (input.position ?? last) + LEAD_SECONDS);
    const now = deps.clock();
    const entry: SteerEntry = { atSeconds, command: input.command, at: iso(now) };
    const log = [...rec.log, entry];
    await deps.store.music.saveSteeringLog(rec.id, rec.clientId, log, now);
    return { ...entry, command: input.command, live: stream !== undefined, steers: log.length };
  });
}

/** The steered playbacks of a piece that were steered at least once (for the piece's record). */
export function steeringDtos(records: readonly MusicSteeringRecord[], pieceId: string): z.infer<typeof MusicSteering>[] {
  return records.filter((r) => r.pieceId === pieceId && r.log.length > 0).map((r) => ({ id: r.id, startedAt: iso(r.startedAt), events: steeringOf(r) }));
}

/**
 * Bytes [start, end] of the steered playback's WAV at real-time pace (at most LEAD_SECONDS
 * ahead of the wall clock once the first requested byte leaves; what lies before `start` is
 * rendered at full speed). The log so far is replayed, so the audio before the newest command
 * is what the listener already heard.
 */
export async function steeredAudio(
  deps: MusicDeps,
  _actor: Actor,
  { music: p }: With<'music'>,
  steeringId: string,
  start: number,
  end: number,
): Promise<AsyncIterable<Buffer>> {
  const rec = await steeringFor(deps, p, steeringId);
  const condition = await loadCondition(deps.store, p);
  if (deps.musicThread) return threadWav(deps.musicThread, p, rec, condition, start, end);
  return pacedWav(deps.musicBackend, p, rec, condition, start, end);
}

const cannotSteer = (): HttpError => new HttpError('conflict', em('errors:steering.backendCannotSteer'));

/**
 * The same stream rendered and paced on the music thread (`MusicThread.steered`): the server's
 * loop only passes bytes on and commands in. A command reaches the engine at the moment the
 * thread's render is at (≤ LEAD_SECONDS ahead of the wall clock), as in `pacedWav`.
 */
async function* threadWav(
  thread: MusicThread,
  p: MusicPieceRecord,
  rec: MusicSteeringRecord,
  condition: Awaited<ReturnType<typeof loadCondition>>,
  start: number,
  end: number,
): AsyncGenerator<Buffer> {
  const steering = rec.log.map((e) => ({ atSeconds: e.atSeconds, command: e.command as SteerCommand }));
  const playing = thread.steered(
    { plan: planOf(p), seconds: p.seconds, sampleRate: p.sampleRate, seed: p.seed, condition, steering, leadSeconds: LEAD_SECONDS },
    start,
    end,
  );
  const bytesPerSecond = p.sampleRate * 4;
  const headerBytes = wavLength(p) - Math.round(p.seconds * p.sampleRate) * 4;
  let pos = start;
  const handle: LiveStream = {
    steer: (command) =>
      playing.steer(command).catch((e: unknown) => {
        if (e instanceof Error && e.message === 'cannot steer') throw cannotSteer();
        return undefined; // the render ended meanwhile: recorded for the next reconnect
      }),
    position: () => Math.max(0, pos - headerBytes) / bytesPerSecond,
  };
  live.set(rec.id, handle);
  try {
    for await (const b of playing.bytes) {
      pos += b.length;
      yield b;
    }
  } finally {
    if (live.get(rec.id) === handle) live.delete(rec.id);
    await playing.bytes.return(undefined);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));

async function* pacedWav(
  backend: MusicBackend,
  p: MusicPieceRecord,
  rec: MusicSteeringRecord,
  condition: Awaited<ReturnType<typeof loadCondition>>,
  start: number,
  end: number,
): AsyncGenerator<Buffer> {
  await backend.ready();
  const steering = rec.log.map((e) => ({ atSeconds: e.atSeconds, command: e.command as SteerCommand }));
  const r = backend.render(planOf(p), { seconds: p.seconds, sampleRate: p.sampleRate, seed: p.seed, condition, steering });
  const bytesPerSecond = p.sampleRate * 4;
  let headerBytes = -1;
  let pos = 0;
  const handle: LiveStream = {
    steer: (command) => {
      if (!r.steer) return Promise.reject(cannotSteer());
      return Promise.resolve(r.steer(command));
    },
    position: () => Math.max(0, pos - Math.max(0, headerBytes)) / bytesPerSecond,
  };
  live.set(rec.id, handle);
  let n = 0;
  let t0 = 0;
  let startSeconds = 0;
  try {
    for (const chunk of wavStream({ sampleRate: r.sampleRate, channels: 2, format: 'pcm16', frames: r.frames }, r.chunks)) {
      if (headerBytes < 0) headerBytes = chunk.length;
      const from = pos;
      pos += chunk.length;
      if (pos <= start) {
        if (++n % 40 === 0) await new Promise((res) => setImmediate(res));
        continue;
      }
      const seconds = Math.max(0, pos - headerBytes) / bytesPerSecond;
      if (t0 === 0) {
        t0 = performance.now();
        startSeconds = Math.max(0, from - headerBytes) / bytesPerSecond;
      }
      const ahead = seconds - (startSeconds + (performance.now() - t0) / 1000 + LEAD_SECONDS);
      if (ahead > 0) await sleep(ahead * 1000);
      else if (++n % 40 === 0) await new Promise((res) => setImmediate(res));
      yield Buffer.from(chunk.buffer, chunk.byteOffset + Math.max(0, start - from), Math.min(chunk.length, end + 1 - from) - Math.max(0, start - from));
      if (pos > end) return;
    }
  } finally {
    if (live.get(rec.id) === handle) live.delete(rec.id);
  }
}
