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
 * The ZIP is built in memory: a few hundred artworks and ten minutes of audio come to roughly
 * 150 MB at most. Music longer than ten minutes in total is exported as plan + seed only.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { consentRefusal } from '../../domain/consent.ts';
import type { ConsentScope } from '../../domain/consent.ts';
import type { Role } from '../../domain/index.ts';
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
import { listPieces, listRecordings, pieceWav } from '../music/music.service.ts';
import type { MusicDeps } from '../music/music.service.ts';
import { listNotes } from '../notes/notes.service.ts';
import { listPlans } from '../plans/plans.service.ts';
import { readStories, storybookExportFiles } from '../series/series.service.ts';
import { listSupports, readTraditions, supportExportFiles } from '../supports/supports.service.ts';
import { listSessions } from '../sessions/sessions.service.ts';
import type { ExportRecords } from './export-records.ts';
import { summaryPdf } from './summary-pdf.ts';
import { slugOf, zipPath } from './zip-names.ts';

/** Total music length up to which rendered WAVs are included (seconds). */
export const MAX_EXPORT_MUSIC_SECONDS = 10 * 60;

export type ExportDeps = MusicDeps;

export interface ExportOptions {
  now: Date;
  /** Largest total length of music rendered into WAVs; longer → plan + seed only. */
  maxMusicSeconds?: number;
}

export interface ClientExport {
  zip: Uint8Array;
  records: ExportRecords;
  /** Name → size of every file in the ZIP. */
  files: Record<string, number>;
}

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
];

/**
 * Builds the export of `subject.client` as `actor` sees it. The caller has already checked that
 * the actor may reach the client (the route's scope, or the CLI acting as the client's therapist).
 */
export async function buildClientExport(deps: ExportDeps, actor: Actor, subject: Subject, opts: ExportOptions): Promise<ClientExport> {
  const { store } = deps;
  const client = subject.client;
  const clientId = client.id;
  const omitted: Record<string, string> = {};
  const read = new Map<string, unknown>();
  for (const s of SECTIONS) {
    if (!s.roles.includes(actor.role)) {
      omitted[s.name] = 'not available to this account (therapist only)';
    } else if (s.consent && !(await store.consents.has(clientId, s.consent))) {
      omitted[s.name] = `not included: ${consentRefusal(client.displayName, s.consent)}`;
    } else {
      read.set(s.name, await s.read(deps, actor, subject));
    }
  }
  const list = (name: string): Json[] => (read.get(name) as Json[] | undefined) ?? [];
  const single = (name: string): Json | null => (read.has(name) ? asJson(read.get(name)) : null);

  const files: Zippable = {};
  const put = (path: string, bytes: Uint8Array, compress: boolean) => {
    files[path] = [bytes, { level: compress ? 6 : 0 }];
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
      if (bytes) put(name, bytes, false);
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
    const bytes = rec && rec.clientId === clientId ? await store.files.get(clientId, rec.blobKey) : undefined;
    const name = zipPath('music', 'recordings', `${String(s.id)}.wav`);
    if (bytes) put(name, bytes, true);
    sampleOut.push({ ...s, file: bytes ? name : null });
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
      put(file, await pieceWav(deps, actor, { client, music: rec }), true);
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
    put(zipPath('fhir', `QuestionnaireResponse-${id}.json`), strToU8(JSON.stringify(qr, null, 2) + '\n'), true);
  }

  // Each series as its printable storybook.
  if (read.has('stories')) {
    for await (const book of storybookExportFiles(deps, actor, subject)) put(zipPath('stories', `${slugOf(book.title)}-${book.name}`), book.bytes, false);
  }
  // Each visual support (social story, schedule, emotion cards) as its printable PDF.
  if (read.has('supports')) {
    for await (const doc of supportExportFiles(deps, actor, subject)) put(zipPath('supports', `${slugOf(doc.title)}-${doc.name}`), doc.bytes, false);
  }

  const records: ExportRecords = {
    format: 'hearth-export',
    version: 1,
    exportedAt: opts.now.toISOString(),
    client: single('client') ?? {},
    sessions: list('sessions'),
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

/** The export's file name: `hearth-<client>-<date>.zip`. */
export const exportFileName = (displayName: string, now: Date): string => `hearth-${slugOf(displayName, 30)}-${now.toISOString().slice(0, 10)}.zip`;

function readme(r: ExportRecords, renderedAudio: boolean, musicSeconds: number): string {
  const name = String(r.client.displayName ?? 'client');
  const measureNames = MEASURES.map((m) => m.name).join(', ');
  const lines = [
    `Hearth export for ${name}`,
    `Exported ${r.exportedAt}`,
    '',
    'What is in this folder',
    '- records.json: every record in the app for this person, in the same shapes the app uses',
    '  (profile, sessions, artworks with how they were made and their version lineage (parentId),',
    `  drawing strokes, check-ins, questionnaires (${measureNames}), reflections, homework and answers,`,
    '  music pieces and listenings, recordings, session notes with addenda and signature hashes,',
    '  treatment plans, alerts, consent history when recorded, and who accessed the record).',
    '- artworks/: the original images, decrypted, byte for byte as stored.',
    '- music/recordings/: the original recordings uploaded to the music studio.',
    renderedAudio
      ? '- music/: each music piece rendered as a WAV file.'
      : `- music/: not rendered — the pieces total ${Math.round(musicSeconds / 60)} minutes (more than ${MAX_EXPORT_MUSIC_SECONDS / 60}). ` +
        'Each piece is stored as its plan and seed in records.json (musicPieces[].plan, .seed, .seconds, .sampleRate); Hearth renders the identical ' +
        'audio again from these (open the piece in the app, or GET /api/music/<id>/audio).',
    '- summary.pdf: a readable summary: works with their reflections, questionnaires with a chart,',
    '  homework and plans.',
    '- stories/: each series (storybook) as a printable PDF: a cover, then one chapter per page with its picture and words.',
    '- supports/: each visual support (social story, schedule, emotion cards) as a printable PDF.',
    '- fhir/: each questionnaire as a FHIR R4 QuestionnaireResponse (LOINC-coded where LOINC codes the form; answers and total).',
  ];
  const omitted = Object.entries(r.omitted);
  if (omitted.length > 0) lines.push('', 'Not included in this export', ...omitted.map(([k, why]) => `- ${k}: ${why}`));
  lines.push('', 'Questionnaire scores describe how someone answered at one moment; they are not a diagnosis.', '');
  return lines.join('\n');
}
