/**
 * A client's full export as one ZIP: `records.json` (every record, decrypted), the original
 * images, recordings and music, a readable `summary.pdf`, each measure response as a FHIR R4
 * QuestionnaireResponse, and `README.txt`.
 *
 * The records are read through the same services the API's read routes call, with the caller's
 * role: `records.json` holds exactly what the caller sees in the app, in the same shapes. Each
 * section names the route it mirrors and that route's roles and consent (SECTIONS; a test holds
 * them equal to the routes), so a client's own export leaves out therapist-only records such as
 * session notes, insights and alerts, and says so. One code path serves the web app and the CLI.
 *
 * The ZIP is streamed (fflate's streaming `Zip`): each file is read, decrypted, added and handed
 * to the writer before the next is read, and the writer's back-pressure is honoured, so memory
 * holds about one file at a time however large the record (`streamClientExport`). Files are
 * handed to fflate in slices with the event loop free between them, and rendered WAVs stream in
 * from the music thread, stored rather than deflated (see `put`). The records
 * (JSON) and summary.pdf (pdf-lib, thumbnails only) are built in memory; they are small beside
 * the files. Music longer than ten minutes in total is exported as plan + seed only.
 */
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { consentRefusal } from '../../domain/consent.ts';
import type { ConsentScope } from '../../domain/consent.ts';
import type { Locale, Role } from '../../domain/index.ts';
import { translator } from '../../domain/i18n/index.ts';
import { MEASURES, isMeasureId, measureDefinition, questionnaireResponseFromScore, scoreMeasure } from '../../domain/measures/index.ts';
import { alertsForClient } from '../clinical/alerts.service.ts';
import { listCheckins } from '../clinical/checkins.service.ts';
import { listMeasures } from '../clinical/measures.service.ts';
import { listReflections } from '../clinical/reflections.service.ts';
import { accessHistory, readClient } from '../clients/clients.service.ts';
import { careHistory } from '../staff/transfer.service.ts';
import { consentState } from '../consent/consent.service.ts';
import type { Actor, Subject } from '../context.ts';
import { homeworkHistory, listHomework } from '../homework/homework.service.ts';
import { clientInsights } from '../insights/insights.service.ts';
import { listArtworks } from '../artworks/artworks.service.ts';
import { listDrafts } from '../studio/drafts.service.ts';
import { listPieces, listRecordings, pieceAudio, wavLength } from '../music/music.service.ts';
import type { MusicDeps } from '../music/music.service.ts';
import { listNotes } from '../notes/notes.service.ts';
import { listPlans } from '../plans/plans.service.ts';
import { readStories, storybookExportFiles } from '../series/series.service.ts';
import { listSupports, readTraditions, supportExportFiles } from '../supports/supports.service.ts';
import { listSessions } from '../sessions/sessions.service.ts';
import { listClientReminders } from '../reminders/reminders.service.ts';
import type { ImageBackend } from '../../backends/index.ts';
import { clientGroupWork } from '../groups/client-group-work.ts';
import { renderWork } from '../groups/cocreate.service.ts';
import type { ExportRecords } from './export-records.ts';
import { summaryPdfOffThread } from './summary-pdf-thread.ts';
import { slugOf, zipPath } from './zip-names.ts';

/** Total music length up to which rendered WAVs are included (seconds). */
export const MAX_EXPORT_MUSIC_SECONDS = 10 * 60;

/** With an image backend, group works are rendered into the export (`groups/`). */
export type ExportDeps = MusicDeps & { imageBackend?: ImageBackend };

export interface ExportOptions {
  now: Date;
  /** Largest total length of music rendered into WAVs; longer → plan + seed only. */
  maxMusicSeconds?: number;
  /** The language of README.txt and summary.pdf; default: the caller's account language, else English. */
  locale?: Locale;
}

/** What an export wrote. */
export interface ClientExportResult {
  records: ExportRecords;
  /** Name → size (before compression) of every file in the ZIP. */
  files: Record<string, number>;
  /** Bytes of the ZIP. */
  bytes: number;
}

export interface ClientExport extends ClientExportResult {
  zip: Uint8Array;
}

/** Takes the ZIP's bytes in order; resolves when it can take more (back-pressure). */
export type ExportSink = (chunk: Uint8Array) => Promise<void>;

/** Bytes handed to the ZIP writer at once (a slice deflates in a few ms). */
const SLICE = 256 * 1024;
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Json = Record<string, unknown>;
const BOTH: readonly Role[] = ['therapist', 'client'];
const THERAPIST: readonly Role[] = ['therapist'];

/** One section of records.json: the read it mirrors, who may see it, and how to read it. */
export interface ExportSection {
  name: Exclude<keyof ExportRecords, 'format' | 'version' | 'exportedAt' | 'omitted'>;
  /** The API route whose view this is (`METHOD /path`): its roles and consent are these. */
  route: string;
  roles: readonly Role[];
  consent?: ConsentScope;
  read(deps: ExportDeps, actor: Actor, subject: Subject): Promise<unknown>;
}

const asJson = (v: unknown): Json => v as Json;

export const SECTIONS: readonly ExportSection[] = [
  { name: 'client', route: 'GET /api/clients/:id', roles: BOTH, read: readClient },
  { name: 'sessions', route: 'GET /api/clients/:id/sessions', roles: BOTH, read: listSessions },
  { name: 'reminders', route: 'GET /api/clients/:id/reminders', roles: BOTH, read: listClientReminders },
  { name: 'artworks', route: 'GET /api/clients/:id/artworks', roles: BOTH, read: listArtworks },
  { name: 'studio', route: 'GET /api/clients/:id/studio/drafts', roles: BOTH, read: listDrafts },
  { name: 'checkins', route: 'GET /api/clients/:id/checkins', roles: BOTH, read: listCheckins },
  { name: 'measures', route: 'GET /api/clients/:id/measures', roles: BOTH, read: listMeasures },
  { name: 'reflections', route: 'GET /api/clients/:id/reflections', roles: BOTH, read: listReflections },
  { name: 'homework', route: 'GET /api/clients/:id/homework', roles: BOTH, read: listHomework },
  { name: 'homeworkHistory', route: 'GET /api/clients/:id/homework-history', roles: BOTH, read: homeworkHistory },
  { name: 'musicPieces', route: 'GET /api/clients/:id/music', roles: BOTH, read: listPieces },
  { name: 'musicSamples', route: 'GET /api/clients/:id/music/samples', roles: BOTH, read: listRecordings },
  { name: 'notes', route: 'GET /api/clients/:id/notes', roles: THERAPIST, read: listNotes },
  { name: 'plans', route: 'GET /api/clients/:id/plans', roles: BOTH, read: listPlans },
  { name: 'insights', route: 'GET /api/clients/:id/insights', roles: THERAPIST, consent: 'insights', read: clientInsights },
  { name: 'consent', route: 'GET /api/clients/:id/consent', roles: BOTH, read: consentState },
  { name: 'stories', route: 'GET /api/clients/:id/stories', roles: BOTH, read: readStories },
  { name: 'supports', route: 'GET /api/clients/:id/supports', roles: BOTH, read: listSupports },
  { name: 'traditions', route: 'GET /api/clients/:id/traditions', roles: BOTH, read: readTraditions },
  { name: 'accessHistory', route: 'GET /api/clients/:id/audit', roles: BOTH, read: accessHistory },
  { name: 'careHistory', route: 'GET /api/clients/:id/care-history', roles: BOTH, read: careHistory },
  { name: 'alerts', route: 'GET /api/alerts', roles: THERAPIST, read: (deps, actor, { client }) => alertsForClient(deps, actor, client) },
  { name: 'groupWork', route: 'GET /api/clients/:id/group-work', roles: BOTH, read: clientGroupWork },
];

/** The sections `actor` may see, read through the services; the rest listed in `omitted` with why. */
async function readSections(deps: ExportDeps, actor: Actor, subject: Subject) {
  const { store } = deps;
  const client = subject.client;
  const omitted: Record<string, string> = {};
  const read = new Map<string, unknown>();
  for (const s of SECTIONS) {
    if (!s.roles.includes(actor.role)) {
      omitted[s.name] = 'not available to this account (therapist only)';
    } else if (s.consent && !(await store.consents.has(client.id, s.consent))) {
      omitted[s.name] = `not included: ${consentRefusal(client.displayName, s.consent)}`;
    } else {
      read.set(s.name, await s.read(deps, actor, subject));
    }
  }
  return { omitted, read };
}

type Sections = Awaited<ReturnType<typeof readSections>>;

/**
 * Writes the ZIP of `subject.client` as `actor` sees it to `sink`, one file at a time. The caller
 * has already checked that the actor may reach the client (the route's scope, or the CLI acting
 * as the client's therapist).
 */
async function writeClientExport(deps: ExportDeps, actor: Actor, subject: Subject, opts: ExportOptions, sections: Sections, sink: ExportSink) {
  const { store } = deps;
  const client = subject.client;
  const clientId = client.id;
  const { omitted, read } = sections;
  const list = (name: string): Json[] => (read.get(name) as Json[] | undefined) ?? [];
  const single = (name: string): Json | null => (read.has(name) ? asJson(read.get(name)) : null);

  const sizes: Record<string, number> = {};
  let bytes = 0;
  let failure: Error | null = null;
  const pending: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else pending.push(chunk);
  });
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    for (let chunk = pending.shift(); chunk; chunk = pending.shift()) {
      bytes += chunk.length;
      await sink(chunk);
    }
  };
  /**
   * Adds one file, handed to fflate in slices of at most SLICE bytes with the writer drained (and
   * the loop free) between them: deflating or checksumming a whole 21 MB WAV in one call held
   * the event loop for 1–3 s (bench/export-stall.bench.ts). `data` may be a stream of parts.
   */
  const put = async (path: string, data: Uint8Array | AsyncIterable<Uint8Array>, compress: boolean): Promise<void> => {
    const file = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = opts.now;
    zip.add(file);
    let size = 0;
    const parts = data instanceof Uint8Array ? [data] : data;
    for await (const part of parts) {
      for (let at = 0; at < part.length; at += SLICE) {
        const slice = part.subarray(at, Math.min(part.length, at + SLICE));
        file.push(slice, false);
        size += slice.length;
        await flush();
        if (slice.length === SLICE) await yieldToLoop();
      }
    }
    file.push(new Uint8Array(0), true);
    sizes[path] = size;
    await flush();
  };

  // Artworks (the gallery, and the studio's drafts and history): the stored originals, decrypted, and the recorded strokes.
  const artRecords = new Map((await store.artworks.listForClient(clientId, 'all')).map((a) => [a.id, a]));
  const thumbs = new Map<string, Uint8Array>();
  const withFiles = async (items: readonly Json[]): Promise<ExportRecords['artworks']> => {
    const out: ExportRecords['artworks'] = [];
    for (const a of items) {
      const rec = artRecords.get(String(a.id));
      if (!rec) continue;
      const strokes = a.hasStrokes === true ? ((await store.artworks.strokes(rec)) ?? null) : null;
      const ext = rec.mime === 'image/webp' ? 'webp' : rec.mime === 'image/jpeg' ? 'jpg' : 'png';
      const name = zipPath('artworks', `${rec.id}-${slugOf(rec.title)}.${ext}`);
      const bytes = await store.files.get(clientId, rec.blobKey);
      if (bytes) await put(name, bytes, false);
      const thumb = await store.files.get(clientId, rec.thumbKey);
      if (thumb) thumbs.set(rec.id, thumb);
      out.push({ ...a, file: bytes ? name : null, strokes });
    }
    return out;
  };
  const artOut = await withFiles(list('artworks'));
  const studioRead = single('studio');
  const studio: ExportRecords['studio'] = studioRead
    ? {
        drafts: await withFiles((studioRead.drafts as Json[] | undefined) ?? []),
        history: await withFiles((studioRead.history as Json[] | undefined) ?? []),
        staleAfterDays: Number(studioRead.staleAfterDays),
      }
    : null;

  // Recordings the client uploaded for the music engine: the original WAVs.
  const sampleOut: Json[] = [];
  for (const s of list('musicSamples')) {
    const rec = await store.music.sampleById(String(s.id));
    const wav = rec && rec.clientId === clientId ? await store.files.get(clientId, rec.blobKey) : undefined;
    const name = zipPath('music', 'recordings', `${String(s.id)}.wav`);
    if (wav) await put(name, wav, false);
    sampleOut.push({ ...s, file: wav ? name : null });
  }

  // Music: rendered WAVs when the total is short enough, else plan + seed (see README).
  const pieces = list('musicPieces');
  const totalSeconds = pieces.reduce((sum, p) => sum + Number(p.seconds ?? 0), 0);
  const renderAudio = totalSeconds <= (opts.maxMusicSeconds ?? MAX_EXPORT_MUSIC_SECONDS);
  const pieceOut: Json[] = [];
  for (const p of pieces) {
    let file: string | null = null;
    const rec = renderAudio ? await store.music.byId(String(p.id)) : undefined;
    if (rec && rec.clientId === clientId) {
      file = zipPath('music', `${rec.id}.wav`);
      // Streamed from the music thread as it renders, stored as is: PCM deflates by ~12 % for
      // ~1.4 s of CPU per 120 s piece, not worth the cores.
      await put(file, await pieceAudio(deps, actor, { client, music: rec }, 0, wavLength(rec) - 1), false);
    }
    pieceOut.push({ ...p, file });
  }

  // Each measure response as a FHIR R4 QuestionnaireResponse.
  const measureList = list('measures');
  for (const m of measureList) {
    const id = String(m.id);
    const measure = String(m.measure);
    if (!isMeasureId(measure)) continue;
    const answers = (m.answers as number[]).slice(0, measureDefinition(measure).items.length);
    const qr = questionnaireResponseFromScore(scoreMeasure(measure, answers), {
      id,
      subject: `Patient/${clientId}`,
      subjectDisplay: client.displayName,
      authored: String(m.createdAt),
    });
    await put(zipPath('fhir', `QuestionnaireResponse-${id}.json`), strToU8(JSON.stringify(qr, null, 2) + '\n'), true);
  }

  // Each series as its printable storybook.
  if (read.has('stories')) {
    for await (const book of storybookExportFiles(deps, actor, subject)) await put(zipPath('stories', `${slugOf(book.title)}-${book.name}`), book.bytes, false);
  }
  // Each visual support (social story, schedule, emotion cards) as its printable PDF.
  if (read.has('supports')) {
    for await (const doc of supportExportFiles(deps, actor, subject)) await put(zipPath('supports', `${slugOf(doc.title)}-${doc.name}`), doc.bytes, false);
  }

  const records: ExportRecords = {
    format: 'hearth-export',
    version: 1,
    exportedAt: opts.now.toISOString(),
    client: single('client') ?? {},
    sessions: list('sessions'),
    reminders: list('reminders'),
    artworks: artOut,
    studio,
    checkins: list('checkins'),
    measures: measureList,
    reflections: list('reflections'),
    homework: list('homework'),
    homeworkHistory: single('homeworkHistory'),
    musicPieces: pieceOut,
    musicSamples: sampleOut,
    notes: list('notes'),
    plans: list('plans'),
    alerts: list('alerts'),
    insights: single('insights'),
    consent: single('consent'),
    stories: single('stories'),
    supports: single('supports'),
    traditions: single('traditions'),
    accessHistory: list('accessHistory'),
    careHistory: list('careHistory'),
    groupWork: single('groupWork'),
    omitted,
  };
  // Group works the client contributed to: the piece as it is now, rendered again (stored once, for the whole group).
  if (deps.imageBackend)
    for (const g of (records.groupWork?.groups ?? []) as { works: { id: string }[] }[])
      for (const w of g.works) await put(zipPath('groups', `${w.id}.png`), await renderWork({ ...deps, imageBackend: deps.imageBackend }, w.id), false);
  await put('records.json', strToU8(JSON.stringify(records, null, 2) + '\n'), true);
  const locale = opts.locale ?? actor.locale ?? 'en';
  await put('summary.pdf', await summaryPdfOffThread(records, thumbs, locale), false);
  await put('README.txt', strToU8(readme(records, renderAudio, totalSeconds, locale)), true);
  zip.end();
  await flush();
  return { records, files: sizes, bytes };
}

/** Resolves when `stream` wants more, or is gone (listeners removed either way). */
function drained(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** A started export: what is left out is known at once (for the audit entry); the ZIP follows on `stream`. */
export interface ExportStream {
  /** Section names left out for this caller. */
  omitted: string[];
  stream: Readable;
  /** Settles when the last byte was handed to `stream` (rejects if the export failed or the reader went away). */
  done: Promise<ClientExportResult>;
}

/**
 * Starts the export of `subject.client` as `actor` sees it as a stream: the sections are read
 * first (a refusal or a failure there is thrown before any byte is sent), then the ZIP is written
 * as the reader takes it.
 */
export async function streamClientExport(deps: ExportDeps, actor: Actor, subject: Subject, opts: ExportOptions): Promise<ExportStream> {
  const sections = await readSections(deps, actor, subject);
  const stream = new PassThrough({ highWaterMark: 1024 * 1024 });
  const sink: ExportSink = async (chunk) => {
    if (stream.destroyed) throw new Error('The reader of the export went away.');
    if (!stream.write(chunk)) await drained(stream);
  };
  const done = writeClientExport(deps, actor, subject, opts, sections, sink).then(
    (r) => {
      stream.end();
      return r;
    },
    (e: unknown) => {
      stream.destroy(e instanceof Error ? e : new Error(String(e)));
      throw e;
    },
  );
  done.catch(() => undefined);
  return { omitted: Object.keys(sections.omitted), stream, done };
}

/** The whole export in memory (tests and small records; the route and the CLI stream). */
export async function buildClientExport(deps: ExportDeps, actor: Actor, subject: Subject, opts: ExportOptions): Promise<ClientExport> {
  const chunks: Uint8Array[] = [];
  const result = await writeClientExport(deps, actor, subject, opts, await readSections(deps, actor, subject), async (c) => {
    chunks.push(c);
  });
  const zip = new Uint8Array(result.bytes);
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  return { ...result, zip };
}

/** The export's file name: `hearth-<client>-<date>.zip`. */
export const exportFileName = (displayName: string, now: Date): string => `hearth-${slugOf(displayName, 30)}-${now.toISOString().slice(0, 10)}.zip`;

function readme(r: ExportRecords, renderedAudio: boolean, musicSeconds: number, locale: Locale): string {
  const t = translator(locale);
  const name = String(r.client.displayName ?? t('records:readme.someone'));
  const measureNames = MEASURES.map((m) => m.name).join(', ');
  const lines = [
    t('records:readme.title', { name }),
    t('records:readme.exported', { at: r.exportedAt }),
    '',
    t('records:readme.contents'),
    t('records:readme.records', { measures: measureNames }),
    t('records:readme.artworks'),
    t('records:readme.recordings'),
    renderedAudio
      ? t('records:readme.music')
      : t('records:readme.musicPlans', { minutes: Math.round(musicSeconds / 60), limit: MAX_EXPORT_MUSIC_SECONDS / 60 }),
    t('records:readme.summary'),
    t('records:readme.stories'),
    t('supports:export.readme'),
    t('records:readme.fhir'),
    t('records:readme.groups'),
  ];
  const omitted = Object.entries(r.omitted);
  if (omitted.length > 0) lines.push('', t('records:readme.omitted'), ...omitted.map(([k, why]) => `- ${k}: ${why}`));
  lines.push('', t('records:readme.notDiagnosis'), '');
  return lines.join('\n');
}
