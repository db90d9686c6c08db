/**
 * A client's full export as one ZIP: `records.json` (every record, decrypted), the original
 * images, recordings and music, a readable `summary.pdf`, each PHQ-9/GAD-7 as a FHIR R4
 * QuestionnaireResponse, and `README.txt`.
 *
 * The records are read through the API's own read routes (in-process `inject`, with the
 * caller's session), so `records.json` is exactly what the caller can see in the app — the same
 * shapes, the same role rules (a client's own export leaves out therapist-only records such as
 * session notes, insights and alerts) — and one code path serves the web app and the CLI.
 * Files come from the store and are decrypted with the client's key.
 *
 * The ZIP is built in memory: a few hundred artworks and ten minutes of audio come to roughly
 * 150 MB at most. Music longer than ten minutes in total is exported as plan + seed only.
 */
import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { measureDefinition, questionnaireResponseFromScore, scoreMeasure } from '../../domain/measures/index.ts';
import type { FhirQuestionnaireResponse, MeasureId } from '../../domain/measures/index.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { summaryPdf } from './summary-pdf.ts';
import { slugOf, zipPath } from './zip-names.ts';

/** Total music length up to which rendered WAVs are included (seconds). */
export const MAX_EXPORT_MUSIC_SECONDS = 10 * 60;

export interface ExportOptions {
  /** `Cookie` header of the session the records are read with. */
  cookie: string;
  now: Date;
  /** Largest total length of music rendered into WAVs; longer → plan + seed only. */
  maxMusicSeconds?: number;
}

type Json = Record<string, unknown>;

/** Everything in records.json. Sections the caller may not see are listed in `omitted`. */
export interface ExportRecords {
  format: 'hearth-export';
  version: 1;
  exportedAt: string;
  client: Json;
  sessions: Json[];
  artworks: (Json & { strokes: unknown })[];
  checkins: Json[];
  measures: Json[];
  reflections: Json[];
  homework: Json[];
  homeworkHistory: Json | null;
  musicPieces: Json[];
  musicSamples: Json[];
  notes: Json[];
  plans: Json[];
  alerts: Json[];
  insights: Json | null;
  consent: Json | null;
  accessHistory: Json[];
  /** Sections left out, with why (e.g. "therapist only"). */
  omitted: Record<string, string>;
}

export interface ClientExport {
  zip: Uint8Array;
  records: ExportRecords;
  /** Name → size of every file in the ZIP. */
  files: Record<string, number>;
}

interface Fetched {
  status: number;
  json: Json | null;
  body: Buffer;
}

/**
 * Builds the export for `clientId` as the session in `opts.cookie` sees it. The caller has
 * already checked access to the client (the route's scope, or the CLI's operator).
 */
export async function buildClientExport(app: App, store: Store, clientId: string, opts: ExportOptions): Promise<ClientExport> {
  const token = randomBytes(32).toString('base64url');
  internalReads.add(token);
  try {
    return await assemble(app, store, clientId, opts, token);
  } finally {
    internalReads.delete(token);
  }
}

/**
 * Tokens of exports in progress. The export's own reads carry one in `x-hearth-export`, so the
 * access log records the export once (`client.export`) rather than once per section; access
 * checks still apply to every read. A token is random, lives only in this process's memory and
 * only while its export runs, so no caller from outside can present one.
 */
const internalReads = new Set<string>();
export const EXPORT_READ_HEADER = 'x-hearth-export';

/** True for a read made by an export in progress (see `internalReads`). */
export function isExportRead(header: string | string[] | undefined): boolean {
  return typeof header === 'string' && internalReads.has(header);
}

async function assemble(app: App, store: Store, clientId: string, opts: ExportOptions, token: string): Promise<ClientExport> {
  const get = async (url: string): Promise<Fetched> => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: opts.cookie, [EXPORT_READ_HEADER]: token } });
    const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
    return { status: res.statusCode, json: isJson ? (res.json() as Json) : null, body: res.rawPayload };
  };
  const omitted: Record<string, string> = {};
  /** A section: its JSON, or null when the caller's role may not see it (403) or the feature is absent (404). */
  const section = async (name: string, url: string, optional = false): Promise<Json | null> => {
    const r = await get(url);
    if (r.status === 200 && r.json) return r.json;
    if (r.status === 403) {
      const err = (r.json?.error ?? {}) as { code?: string; message?: string };
      omitted[name] = err.code === 'consent_required' ? `not included: ${err.message ?? 'consent for this feature is not given'}` : 'not available to this account (therapist only)';
      return null;
    }
    if (r.status === 404 && optional) {
      omitted[name] = 'not present in this installation';
      return null;
    }
    throw new HttpError('internal', `Export could not read ${name} (HTTP ${r.status}).`);
  };
  const list = (j: Json | null, key: string): Json[] => (j && Array.isArray(j[key]) ? (j[key] as Json[]) : []);

  const base = `/api/clients/${clientId}`;
  const client = await section('client', base);
  if (!client) throw new HttpError('not_found', 'That client was not found.');
  const [sessions, artworks, checkins, measures, reflections, homework, homeworkHistory, music, samples, notes, plans, insights, consent, audit] = [
    await section('sessions', `${base}/sessions`),
    await section('artworks', `${base}/artworks`),
    await section('checkins', `${base}/checkins`),
    await section('measures', `${base}/measures`),
    await section('reflections', `${base}/reflections`),
    await section('homework', `${base}/homework`),
    await section('homeworkHistory', `${base}/homework-history`, true),
    await section('musicPieces', `${base}/music`),
    await section('musicSamples', `${base}/music/samples`, true),
    await section('notes', `${base}/notes`),
    await section('plans', `${base}/plans`),
    await section('insights', `${base}/insights`),
    await section('consent', `${base}/consent`, true),
    await section('accessHistory', `${base}/audit`),
  ];
  const alertsAll = await section('alerts', '/api/alerts?all=true');
  const alerts = list(alertsAll, 'alerts').filter((a) => a.clientId === clientId);

  const files: Zippable = {};
  const put = (path: string, bytes: Uint8Array, compress: boolean) => {
    files[path] = [bytes, { level: compress ? 6 : 0 }];
  };

  // Artworks: the stored originals, decrypted, and the recorded strokes.
  const artList = list(artworks, 'artworks');
  const artRecords = new Map((await store.artworks.listForClient(clientId)).map((a) => [a.id, a]));
  const artOut: ExportRecords['artworks'] = [];
  const thumbs = new Map<string, Uint8Array>();
  for (const a of artList) {
    const rec = artRecords.get(String(a.id)) ?? (await store.artworks.byId(String(a.id)));
    if (!rec || rec.clientId !== clientId) continue;
    const strokes = a.hasStrokes === true ? ((await store.artworks.strokes(rec)) ?? null) : null;
    const ext = rec.mime === 'image/webp' ? 'webp' : rec.mime === 'image/jpeg' ? 'jpg' : 'png';
    const name = zipPath('artworks', `${rec.id}-${slugOf(rec.title)}.${ext}`);
    const bytes = await store.files.get(clientId, rec.blobKey);
    if (bytes) put(name, bytes, false);
    const thumb = await store.files.get(clientId, rec.thumbKey);
    if (thumb) thumbs.set(rec.id, thumb);
    artOut.push({ ...a, file: bytes ? name : null, strokes });
  }

  // Recordings the client uploaded for the music engine: the original WAVs.
  const sampleList = list(samples, 'samples');
  const sampleOut: Json[] = [];
  for (const s of sampleList) {
    const rec = await store.music.sampleById(String(s.id));
    const bytes = rec && rec.clientId === clientId ? await store.files.get(clientId, rec.blobKey) : undefined;
    const name = zipPath('music', 'recordings', `${String(s.id)}.wav`);
    if (bytes) put(name, bytes, true);
    sampleOut.push({ ...s, file: bytes ? name : null });
  }

  // Music: rendered WAVs when the total is short enough, else plan + seed (see README).
  const pieces = list(music, 'pieces');
  const totalSeconds = pieces.reduce((s, p) => s + Number(p.seconds ?? 0), 0);
  const renderAudio = totalSeconds <= (opts.maxMusicSeconds ?? MAX_EXPORT_MUSIC_SECONDS);
  const pieceOut: Json[] = [];
  for (const p of pieces) {
    let file: string | null = null;
    if (renderAudio) {
      const r = await get(`/api/music/${String(p.id)}/audio`);
      if (r.status === 200) {
        file = zipPath('music', `${String(p.id)}.wav`);
        put(file, r.body, true);
      }
    }
    pieceOut.push({ ...p, file });
  }

  // PHQ-9 / GAD-7 as FHIR R4 QuestionnaireResponse resources.
  const measureList = list(measures, 'responses');
  const fhir: FhirQuestionnaireResponse[] = [];
  for (const m of measureList) {
    const id = String(m.id);
    const measure = m.measure as MeasureId;
    const answers = (m.answers as number[]).slice(0, measureDefinition(measure).items.length);
    const qr = questionnaireResponseFromScore(scoreMeasure(measure, answers), { id, subject: `Patient/${clientId}`, subjectDisplay: String(client.displayName ?? ''), authored: String(m.createdAt) });
    fhir.push(qr);
    put(zipPath('fhir', `QuestionnaireResponse-${id}.json`), strToU8(JSON.stringify(qr, null, 2) + '\n'), true);
  }

  const records: ExportRecords = {
    format: 'hearth-export',
    version: 1,
    exportedAt: opts.now.toISOString(),
    client,
    sessions: list(sessions, 'sessions'),
    artworks: artOut,
    checkins: list(checkins, 'checkins'),
    measures: measureList,
    reflections: list(reflections, 'reflections'),
    homework: list(homework, 'homework'),
    homeworkHistory,
    musicPieces: pieceOut,
    musicSamples: sampleOut,
    notes: list(notes, 'notes'),
    plans: list(plans, 'plans'),
    alerts: alertsAll ? alerts : [],
    insights,
    consent,
    accessHistory: list(audit, 'entries'),
    omitted,
  };
  put('records.json', strToU8(JSON.stringify(records, null, 2) + '\n'), true);
  put('summary.pdf', await summaryPdf(records, thumbs), false);
  put('README.txt', strToU8(readme(records, renderAudio, totalSeconds)), true);

  const sizes: Record<string, number> = {};
  for (const [k, v] of Object.entries(files)) sizes[k] = (v as [Uint8Array, unknown])[0].length;
  const zip = zipSync(files, { mtime: opts.now });
  return { zip, records, files: sizes };
}

function readme(r: ExportRecords, renderedAudio: boolean, musicSeconds: number): string {
  const name = String(r.client.displayName ?? 'client');
  const lines = [
    `Hearth export for ${name}`,
    `Exported ${r.exportedAt}`,
    '',
    'What is in this folder',
    '- records.json: every record in the app for this person, in the same shapes the app uses',
    '  (profile, sessions, artworks with how they were made and their version lineage (parentId),',
    '  drawing strokes, check-ins, PHQ-9/GAD-7, reflections, homework and answers, music pieces',
    '  and listenings, recordings, session notes with addenda and signature hashes, treatment',
    '  plans, alerts, consent history when recorded, and who accessed the record).',
    '- artworks/: the original images, decrypted, byte for byte as stored.',
    '- music/recordings/: the original recordings uploaded to the music studio.',
    renderedAudio
      ? '- music/: each music piece rendered as a WAV file.'
      : `- music/: not rendered — the pieces total ${Math.round(musicSeconds / 60)} minutes (more than ${MAX_EXPORT_MUSIC_SECONDS / 60}). Each piece is stored as its plan and seed in records.json (musicPieces[].plan, .seed, .seconds, .sampleRate); Hearth renders the identical audio again from these (open the piece in the app, or GET /api/music/<id>/audio).`,
    '- summary.pdf: a readable summary: works with their reflections, questionnaires with a chart,',
    '  homework and plans.',
    '- fhir/: each PHQ-9 and GAD-7 as a FHIR R4 QuestionnaireResponse (LOINC-coded answers and total).',
  ];
  const omitted = Object.entries(r.omitted);
  if (omitted.length > 0) lines.push('', 'Not included in this export', ...omitted.map(([k, why]) => `- ${k}: ${why}`));
  lines.push('', 'Questionnaire scores describe how someone answered at one moment; they are not a diagnosis.', '');
  return lines.join('\n');
}
