/**
 * Request and response schemas of the HTTP API. The server validates with them and generates
 * /api/openapi.json from them; the web app uses their inferred types.
 */
import { z } from 'zod';
import { ALERT_SOURCES } from '../alert-sources.ts';
import { LOCALES } from '../i18n/locales.ts';
import { MEASURE_IDS, MEASURES, answerRange, maxTotalOf } from '../measures/index.ts';
import { MusicSteering } from './music-steering.schemas.ts';
import { ReminderMinutes } from './reminders.schemas.ts';

export const IdParams = z.object({ id: z.uuid() });

const Email = z.email().max(254);
const Password = z.string().min(1).max(128);
const Name = z.string().trim().min(1, 'Please enter a name.').max(120);

export const Role = z.enum(['therapist', 'client', 'admin']);

export const Me = z.object({
  userId: z.uuid(),
  role: Role,
  displayName: z.string(),
  email: z.string(),
  clientId: z.uuid().nullable(),
  /** The language the account chose; null or absent: the browser's. */
  locale: z.enum(LOCALES).nullable().optional(),
  csrfToken: z.string(),
});
/** Choose the language Hearth speaks to you (null: follow the browser). */
export const LocaleBody = z.object({ locale: z.enum(LOCALES).nullable() });
export const LocaleResult = z.object({ locale: z.enum(LOCALES).nullable() });
export type Me = z.infer<typeof Me>;

export const SetupStatus = z.object({ needsSetup: z.boolean() });
export const SetupBody = z.object({ displayName: Name, email: Email, password: Password, locale: z.enum(LOCALES).optional() });
export const LoginBody = z.object({ email: z.string().max(254), password: Password });
export const ReauthBody = z.object({ password: Password });
export const EraseBody = z.object({ confirmName: z.string().max(200) });

export const Client = z.object({
  id: z.uuid(),
  displayName: z.string(),
  pronouns: z.string().nullable(),
  goals: z.string(),
  status: z.enum(['active', 'archived']),
  hasAccount: z.boolean(),
  artworkCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof Client>;
export const ClientList = z.object({ clients: z.array(Client) });
export const CaseloadQuery = z.object({ archived: z.enum(['true', 'false']).optional() });
export const CreateClientBody = z.object({ displayName: Name, pronouns: z.string().trim().max(40).optional(), goals: z.string().max(4000).optional() });
export const UpdateClientBody = z
  .object({
    displayName: Name.optional(),
    pronouns: z.string().trim().max(40).nullable().optional(),
    goals: z.string().max(4000).optional(),
    status: z.enum(['active', 'archived']).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change.');

export const Invite = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['open', 'used', 'revoked', 'expired']),
  /** Only present right after creation: the link is shown once. */
  url: z.string().optional(),
});
export type Invite = z.infer<typeof Invite>;
export const InviteList = z.object({ invites: z.array(Invite) });
export const InviteTokenParams = z.object({ token: z.string().min(10).max(100) });
/** `?locale=es`: the language the new client starts in (else their therapist's). */
export const InviteQuery = z.object({ locale: z.enum(LOCALES).optional() });
export const InvitePeek = z.object({
  valid: z.boolean(),
  /** The language the join page and the new account start in (the invite's, else the therapist's); null: the browser's. */
  locale: z.enum(LOCALES).nullable().optional(),
  clientName: z.string().optional(),
  therapistName: z.string().optional(),
  reason: z.string().optional(),
});
export const AcceptInviteBody = z.object({ email: Email, password: Password, displayName: Name.optional() });

export const SessionStatus = z.enum(['scheduled', 'in_progress', 'completed', 'cancelled']);
export const TherapySession = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(['individual', 'group']),
  status: SessionStatus,
  title: z.string(),
  scheduledAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type TherapySession = z.infer<typeof TherapySession>;
export const TherapySessionList = z.object({ sessions: z.array(TherapySession) });
export const CreateSessionBody = z.object({
  title: z.string().trim().max(200).optional(),
  scheduledAt: z.iso.datetime({ offset: true }),
  kind: z.enum(['individual', 'group']).optional(),
  /** Reminders for the client, in minutes before; omitted: the day before and an hour before; []: none. */
  reminders: ReminderMinutes.optional(),
});
export const UpdateSessionBody = z
  .object({
    status: SessionStatus.optional(),
    title: z.string().trim().max(200).optional(),
    scheduledAt: z.iso.datetime({ offset: true }).optional(),
    /** Replaces the session's reminders (minutes before; [] turns them off). */
    reminders: ReminderMinutes.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change.');

export const Artwork = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  parentId: z.uuid().nullable(),
  sessionId: z.uuid().nullable(),
  kind: z.enum(['sketch', 'upload', 'generated', 'inpainted']),
  title: z.string(),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  createdAt: z.string(),
  createdByClient: z.boolean(),
  /** Which generator made it (`builtin`, …), null for uploads and sketches. */
  backend: z.string().nullable(),
  seed: z.number().nullable(),
  /** How it was made: prompt, negativePrompt, style, sketchStrength, feather, … */
  params: z.record(z.string(), z.unknown()),
  /** Recorded strokes of this drawing, or of the drawing it was made from (replay). */
  hasStrokes: z.boolean(),
  /** `gallery`: in the gallery; `draft`: made in the studio, not kept yet; `process`: the history of a kept work (the drawing it came from). */
  state: z.enum(['gallery', 'draft', 'process']),
  imageUrl: z.string(),
  thumbUrl: z.string(),
});
export type Artwork = z.infer<typeof Artwork>;
export const ArtworkList = z.object({ artworks: z.array(Artwork) });
export const UpdateArtworkBody = z.object({ title: z.string().trim().max(200) });

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
});
export const AuditList = z.object({ entries: z.array(AuditEntry) });

export const AdminUsers = z.object({
  users: z.array(z.object({ id: z.uuid(), role: Role, email: z.string(), displayName: z.string(), createdAt: z.string(), disabled: z.boolean() })),
});

export const Health = z.object({ status: z.enum(['ok', 'unavailable']), database: z.string(), version: z.string(), uptimeSeconds: z.number() });
export const Ok = z.object({ ok: z.literal(true) });

/** What a client sees at once when their words were screened positive (services/safety). */
export const CrisisNotice = z.object({
  level: z.enum(['concern', 'urgent']),
  heading: z.string(),
  message: z.string(),
  contacts: z.array(z.object({ label: z.string(), detail: z.string() })),
});
/** Present when a client's words were screened positive: show it to them at once. */
export const Screened = z.object({ crisis: CrisisNotice.nullable() });

// ---- Studio -------------------------------------------------------------------------------

/** A PNG/JPEG/WebP image as a data URL (`data:image/png;base64,…`); checked by content like uploads. */
export const ImageDataUrl = z
  .string()
  .max(24_000_000)
  .regex(/^data:image\/[a-z+]+;base64,[A-Za-z0-9+/=]+$/, 'Expected an image data URL (data:image/png;base64,…).');

export const StudioInfo = z.object({
  backend: z.object({ id: z.string(), label: z.string(), external: z.boolean() }),
  styles: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  maxSize: z.number().int(),
});

export const SaveSketchBody = z.object({
  title: z.string().trim().max(200).optional(),
  /** The canvas as a PNG data URL. */
  image: ImageDataUrl,
  /** The recorded strokes (StrokeDocument, versioned; see src/engines/analysis/stroke-document.ts). */
  strokes: z.unknown(),
  sessionId: z.uuid().optional(),
  /** A studio draft (the drawing pictures are being made from): not in the gallery until a picture from it, or it, is kept. */
  draft: z.boolean().optional(),
});

const StudioBackendId = z.union([z.literal('builtin'), z.uuid()], 'Choose the built-in engine or a configured model server.');

export const GenerateBody = z.object({
  prompt: z.string().trim().min(1, 'Say in a few words what you would like to see.').max(1000),
  negativePrompt: z.string().trim().max(1000).default(''),
  style: z.string().max(40).optional(),
  sketchStrength: z.number().min(0).max(1).default(0.7),
  /** Omit for a fresh random seed; the seed used is stored so the image can be remade exactly. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  count: z.number().int().min(1).max(4).default(1),
  width: z.number().int().min(64).max(2048).default(768),
  height: z.number().int().min(64).max(2048).default(576),
  /** A sketch or upload of this client to follow (uploads are turned into clean lines first). */
  sourceArtworkId: z.uuid().optional(),
  /** An uploaded photo is used whole (not cropped to the sheet of paper in it and straightened). */
  wholePhoto: z.boolean().optional(),
  title: z.string().trim().max(200).optional(),
  sessionId: z.uuid().optional(),
  /** `builtin` (default) or the id of a configured model server (GET /api/studio/backends). */
  backendId: StudioBackendId.optional(),
  /** Answer 202 {jobId} at once and make the pictures in the background (progress and cancel under /api/clients/:id/jobs). */
  async: z.boolean().optional(),
});
export type GenerateBody = z.input<typeof GenerateBody>;

export const InpaintBody = z.object({
  /** Same size as the artwork: white = repaint, black = keep. */
  mask: ImageDataUrl,
  prompt: z.string().trim().min(1, 'Say what should change in the painted area.').max(1000),
  negativePrompt: z.string().trim().max(1000).default(''),
  style: z.string().max(40).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  feather: z.number().int().min(0).max(64).default(8),
  title: z.string().trim().max(200).optional(),
  /** `builtin` (default) or the id of a configured model server. */
  backendId: StudioBackendId.optional(),
});
export type InpaintBody = z.input<typeof InpaintBody>;

/** What the built-in engine made of the words and the sketch (one per variation): see art/generate.ts GenerateReport. */
export const GenerateReport = z.object({
  words: z.array(
    z.object({
      word: z.string(),
      as: z.enum(['thing', 'figure', 'motif', 'feeling', 'colour', 'style', 'tone', 'left-out', 'not-drawn']),
      drawn: z.string().optional(),
      shape: z.string().optional(),
      /** True when the client drew it and the engine painted their shape (not a second copy). */
      fromSketch: z.boolean().optional(),
      where: z
        .array(
          z.object({ box: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }), layer: z.enum(['sky', 'far', 'middle', 'near', 'water']) }),
        )
        .optional(),
    }),
  ),
  notDrawn: z.array(z.string()),
  leftOut: z.array(z.string()),
  style: z.string(),
  seed: z.number(),
  width: z.number(),
  height: z.number(),
  horizon: z.object({ y: z.number(), drawn: z.boolean() }),
  light: z.enum(['left', 'right']),
  sketch: z
    .object({
      horizonY: z.number().nullable(),
      enclosedShapes: z.number(),
      skyObjects: z.number(),
      paths: z.number(),
      figures: z.number(),
      ownColours: z.boolean(),
    })
    .optional(),
});
/** What happened to an uploaded photo: the sheet of paper found and straightened, or the whole photo used. */
export const PaperNote = z.object({
  straightened: z.boolean(),
  /** In plain words, e.g. "paper found and straightened: corners (131, 106), …, 1080×810". */
  note: z.string(),
  /** The photo's area the picture follows (photo px: top-left, top-right, bottom-right, bottom-left). */
  corners: z.array(z.tuple([z.number(), z.number()])).optional(),
  width: z.number().optional(),
  height: z.number().optional(),
});
export const GeneratedArtworks = z
  .object({
    artworks: z.array(Artwork),
    /** Built-in engine only: per variation, what each word became, words not drawn, style, seed and size. */
    reports: z.array(GenerateReport).optional(),
    /** The source was an uploaded photo: what was done with it (send `wholePhoto: true` to use it whole). */
    paper: PaperNote.optional(),
  })
  .extend(Screened.shape);
/** An artwork just written with words in it (title, prompt), with the screen's notice. */
export const ScreenedArtwork = Artwork.extend(Screened.shape);
/** Every version in the lineage of an artwork: the root and all its descendants. */
export const VersionTree = z.object({ rootId: z.uuid(), artworks: z.array(Artwork) });
export const StrokesResponse = z.object({ strokes: z.unknown() });
/** Keep a studio draft: it joins the gallery with this title; the drafts it was made from become its history. */
export const KeepBody = z.object({ title: z.string().trim().min(1, 'Give your picture a title.').max(200) });
/** The client's studio works outside the gallery, newest first; none is ever dropped without the client. */
export const StudioDrafts = z.object({
  /** Made in the studio and not kept yet. */
  drafts: z.array(Artwork),
  /** The drawings kept works were made from (their history: version tree and replay). */
  history: z.array(Artwork),
  /** Drafts older than this many days are listed apart so the client can keep or let go of them. */
  staleAfterDays: z.number().int(),
});
export const DiscardedDrafts = z.object({ discarded: z.number().int() });

// ---- Check-ins, measures, reflections, alerts, directives -----------------------------------

export const CheckinBody = z.object({
  moment: z.enum(['before', 'after', 'standalone']).default('standalone'),
  /** What the check-in belongs to, e.g. `studio`, `music`, `homework:<id>`. */
  activity: z.string().trim().max(100).optional(),
  /** −1 (unpleasant) … 1 (pleasant). */
  valence: z.number().min(-1).max(1),
  /** −1 (calm, low energy) … 1 (activated). */
  arousal: z.number().min(-1).max(1),
  /** 0 (none) … 10 (the most distress imaginable). */
  distress: z.number().int().min(0).max(10),
  note: z.string().trim().max(4000).optional(),
  /** The homework this check-in belongs to, if any. */
  homeworkId: z.uuid().optional(),
});
export const Checkin = z.object({
  id: z.uuid(),
  moment: z.enum(['before', 'after', 'standalone']),
  activity: z.string().nullable(),
  valence: z.number(),
  arousal: z.number(),
  distress: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const CheckinList = z.object({ checkins: z.array(Checkin) });
export const CheckinCreated = Screened.extend({ checkin: Checkin });

/** Any registered measure (src/domain/measures/registry.ts). */
export const MeasureId = z.enum(MEASURE_IDS);
/** Highest answer value and total of any registered measure (each measure's own range is checked when scoring). */
const MAX_ANSWER = Math.max(...MEASURES.map((m) => answerRange(m).max));
const MAX_TOTAL = Math.max(...MEASURES.map(maxTotalOf));
export const MeasureBody = z.object({ measure: MeasureId, answers: z.array(z.number().int().min(0).max(MAX_ANSWER)).max(100) });
export const MeasureResult = z.object({
  id: z.uuid(),
  measure: MeasureId,
  total: z.number().int(),
  maxTotal: z.number().int(),
  band: z.string(),
  answers: z.array(z.number().int()),
  safetyFlag: z.boolean(),
  createdAt: z.string(),
  /** Change from this client's previous response to the same measure, when there is one. */
  change: z.object({ from: z.number().int(), change: z.number().int(), threshold: z.number(), outcome: z.string() }).nullable(),
});
export const MeasureList = z.object({ responses: z.array(MeasureResult) });
export const MeasureCreated = Screened.extend({ response: MeasureResult });
export const MeasureDefinitions = z.object({
  measures: z.array(
    z.object({
      id: MeasureId,
      title: z.string(),
      instructions: z.string(),
      items: z.array(z.string()),
      options: z.array(z.object({ value: z.number().int(), label: z.string() })),
      /** Bands from the lowest total up; `severity` 0 is the least concern (for shading). */
      bands: z.array(
        z.object({ min: z.number().int(), max: z.number().int(), label: z.string(), id: z.string(), severity: z.number().int(), chartLabel: z.string() }),
      ),
      /** Display name, e.g. "PHQ-9". */
      name: z.string(),
      /** The total is the sum of the answers times this (WHO-5: 4, for 0–100); 1 otherwise. */
      multiplier: z.number().int(),
      maxTotal: z.number().int(),
      /** `lower`: fewer symptoms is better (PHQ-9, GAD-7, PCL-5); `higher`: more wellbeing is better (WHO-5). */
      better: z.enum(['lower', 'higher']),
      /** 1-based number of the item whose answer above 0 raises an urgent alert (PHQ-9 item 9), else null. */
      safetyItem: z.number().int().nullable(),
      languages: z.array(z.string()),
      copyright: z.string(),
    }),
  ),
});

export const ReflectionBody = z.object({ text: z.string().trim().min(1, 'Write a few words first.').max(10_000), artworkId: z.uuid().optional() });
export const Reflection = z.object({ id: z.uuid(), artworkId: z.uuid().nullable(), text: z.string(), createdAt: z.string(), byClient: z.boolean() });
export const ReflectionList = z.object({ reflections: z.array(Reflection) });
export const ReflectionCreated = Screened.extend({ reflection: Reflection });

export const Alert = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  source: z.enum(ALERT_SOURCES),
  level: z.enum(['concern', 'urgent']),
  categories: z.array(z.string()),
  reasons: z.array(z.string()),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export const AlertQuery = z.object({ all: z.enum(['true', 'false']).optional() });

export const Directive = z.object({
  id: z.string(),
  title: z.string(),
  goal: z.string(),
  goalTags: z.array(z.string()),
  mode: z.string(),
  durationMinutes: z.object({ min: z.number(), max: z.number() }),
  instructions: z.array(z.string()),
  reflectionQuestions: z.array(z.string()),
  suitableFor: z.array(z.string()),
  unsuitableFor: z.array(z.string()),
  therapistNotes: z.string(),
  source: z.string(),
});
export const DirectiveParams = z.object({ directiveId: z.string().regex(/^[a-z0-9-]{1,80}$/) });

// ---- Homework ------------------------------------------------------------------------------

export const HomeworkStatus = z.enum(['assigned', 'in_progress', 'completed', 'cancelled']);
export const AssignHomeworkBody = z.object({
  directiveId: z.string().regex(/^[a-z0-9-]{1,80}$/),
  dueAt: z.iso.datetime({ offset: true }).optional(),
  note: z.string().trim().max(2000).optional(),
});
export const Homework = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  directiveId: z.string(),
  title: z.string(),
  mode: z.string(),
  goal: z.string(),
  instructions: z.array(z.string()),
  reflectionQuestions: z.array(z.string()),
  note: z.string().nullable(),
  dueAt: z.string().nullable(),
  status: HomeworkStatus,
  overdue: z.boolean(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type Homework = z.infer<typeof Homework>;
export const HomeworkList = z.object({ homework: z.array(Homework) });
export const UpdateHomeworkBody = z.object({ status: HomeworkStatus });
export const HomeworkAnswersBody = z.object({
  answers: z
    .array(z.object({ question: z.string().trim().max(500), text: z.string().trim().min(1, 'Write a few words first.').max(10_000) }))
    .min(1)
    .max(20),
  /** Mark the homework completed with these answers. */
  complete: z.boolean().default(false),
});
export const HomeworkAnswered = Screened.extend({ homework: Homework, reflections: z.array(Reflection) });
export const AttachArtworkBody = z.object({ artworkId: z.uuid() });
const Mood = z.object({ valence: z.number(), arousal: z.number(), distress: z.number().int() }).nullable();
export const HomeworkHistory = z.object({
  items: z.array(
    z.object({
      homework: Homework,
      artworks: z.array(Artwork),
      reflections: z.array(Reflection.extend({ question: z.string().nullable() })),
      mood: z.object({ before: Mood, after: Mood, distressChange: z.number().int().nullable() }),
    }),
  ),
});

// ---- Music -----------------------------------------------------------------------------------

const MoodReading = z.object({ valence: z.number().min(-1).max(1), arousal: z.number().min(-1).max(1), distress: z.number().int().min(0).max(10) });
export const MusicInfo = z.object({
  instruments: z.array(z.string()),
  textures: z.array(z.string()),
  sampleRates: z.array(z.number().int()),
  maxSeconds: z.number().int(),
});
export const ComposeBody = z.object({
  prompt: z.string().trim().min(1, 'Describe the music in a few words.').max(500),
  seconds: z.number().int().min(30).max(3600).default(120),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  sampleRate: z.union([z.literal(32000), z.literal(44100), z.literal(48000)]).default(44100),
  mood: z.object({ valence: z.number().min(-1).max(1), arousal: z.number().min(-1).max(1) }).optional(),
  /** A recording of this client's (uploaded first) to continue: its key, mode and tempo are kept. */
  sampleId: z.uuid().optional(),
});
/** A client's recording as the analyser measured it. */
export const MusicSample = z.object({
  id: z.uuid(),
  seconds: z.number(),
  sampleRate: z.number().int(),
  channels: z.number().int(),
  bpm: z.number(),
  key: z.string(),
  mode: z.string(),
  lufs: z.number(),
  createdAt: z.string(),
});
export const MusicSampleList = z.object({ samples: z.array(MusicSample) });
export const Listen = z.object({ id: z.uuid(), before: MoodReading, after: MoodReading, secondsListened: z.number().int(), createdAt: z.string() });
export const MusicPiece = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  prompt: z.string(),
  seconds: z.number().int(),
  seed: z.number().int(),
  sampleRate: z.number().int(),
  plan: z.object({
    key: z.string(),
    mode: z.string(),
    bpm: z.number(),
    instruments: z.array(z.string()),
    textures: z.array(z.string()),
    register: z.string(),
    melody: z.boolean(),
    percussion: z.boolean(),
  }),
  createdAt: z.string(),
  audioUrl: z.string(),
  listens: z.array(Listen),
  /** The recording this piece continues, if any. */
  sampleId: z.uuid().nullable(),
  /** Playbacks the listener steered (calmer, slower…), oldest first, with every command. */
  steering: z.array(MusicSteering),
});
export const MusicPieceList = z.object({ pieces: z.array(MusicPiece) });
/** A piece just composed from the client's words, with the screen's notice. */
export const ScreenedMusicPiece = MusicPiece.extend(Screened.shape);
export const ListenBody = z.object({
  before: MoodReading,
  after: MoodReading,
  secondsListened: z
    .number()
    .int()
    .min(0)
    .max(4 * 3600),
  /** The steered playback this listening followed, if it was steered. */
  steeringId: z.uuid().optional(),
});
export const RecommendationQuery = z.object({
  valence: z.coerce.number().min(-1).max(1),
  arousal: z.coerce.number().min(-1).max(1),
  distress: z.coerce.number().int().min(0).max(10),
});
export const MusicRecommendation = z.object({
  prompt: z.string(),
  bpm: z.number(),
  mode: z.string(),
  instruments: z.array(z.string()),
  tempoPath: z.array(z.number()),
  /** Why, sentence by sentence: `music` message keys (`helps.why.*`) with their arguments, worded by the reader's language. */
  explanation: z.array(z.object({ key: z.string(), args: z.record(z.string(), z.union([z.string(), z.number()])) })),
  listenings: z.number().int(),
});

// ---- Insights --------------------------------------------------------------------------------

export const InsightWork = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.string(),
  createdAt: z.string(),
  thumbUrl: z.string(),
  values: z.record(z.string(), z.number()),
});
export const Observation = z.object({
  feature: z.string(),
  direction: z.enum(['higher', 'lower']),
  runLength: z.number().int(),
  workIds: z.array(z.string()),
  sentence: z.string(),
  usual: z.object({ median: z.number(), low: z.number(), high: z.number() }),
});
export const Insights = z.object({
  works: z.array(InsightWork),
  observations: z.array(Observation),
  /** Works needed before a baseline exists, and how many there are. */
  baseline: z.object({ needed: z.number().int(), have: z.number().int() }),
  note: z.string(),
});
export const ArtworkFeaturesResponse = z.object({ features: z.unknown(), process: z.unknown().nullable() });

// ---- Session notes -------------------------------------------------------------------------

export const NoteFormat = z.enum(['SOAP', 'DAP', 'BIRP']);
export const NoteSection = z.object({ key: z.string().max(40), label: z.string().max(80), text: z.string().max(20_000) });
export const DraftNoteBody = z.object({ format: NoteFormat.default('SOAP') });
export const UpdateNoteBody = z.object({ sections: z.array(NoteSection).min(1).max(10) });
export const AddendumBody = z.object({ text: z.string().trim().min(1, 'Write the addendum first.').max(20_000) });
export const Note = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  sessionId: z.uuid().nullable(),
  format: NoteFormat,
  status: z.enum(['draft', 'signed']),
  sections: z.array(NoteSection),
  draftedBy: z.string(),
  contentHash: z.string().nullable(),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the signed content still matches its recorded hash. */
  integrity: z.enum(['draft', 'intact', 'altered']),
  addenda: z.array(z.object({ id: z.uuid(), text: z.string(), createdAt: z.string(), contentHash: z.string() })),
});
export const NoteList = z.object({ notes: z.array(Note) });

// ---- Treatment plans -----------------------------------------------------------------------

const Text = z.string().trim().min(1).max(2000);
/**
 * A measurable objective: e.g. GAD-7 below 10 by 2027-06-30, or WHO-5 above 50. `below` for a
 * measure where lower is better, `above` where higher is better (checked against the measure's
 * range when the plan is saved).
 */
export const MeasureTarget = z
  .object({
    measure: MeasureId,
    below: z.number().int().min(1).max(MAX_TOTAL).optional(),
    above: z.number().int().min(0).max(MAX_TOTAL).optional(),
    by: z.iso.date(),
  })
  .refine((t) => (t.below === undefined) !== (t.above === undefined), 'Give the target as either below or above a score.');
export const Objective = z.object({ id: z.string().max(40), text: Text, target: MeasureTarget.optional() });
export const PlanContent = z.object({
  problems: z.array(Text).max(20),
  goals: z
    .array(z.object({ id: z.string().max(40), text: Text, objectives: z.array(Objective).max(20) }))
    .min(1)
    .max(20),
  interventions: z.array(Text).max(30),
});
export const CreatePlanBody = PlanContent.extend({ shared: z.boolean().default(false) });
export const UpdatePlanBody = z
  .object({ content: PlanContent.optional(), shared: z.boolean().optional(), status: z.enum(['active', 'archived']).optional() })
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change.');
export const ObjectiveProgress = z.object({
  goalId: z.string(),
  objectiveId: z.string(),
  measure: z.string(),
  target: z.number(),
  by: z.string(),
  /** Whether the target is to get below or above `target`. */
  direction: z.enum(['below', 'above']),
  first: z.number().nullable(),
  latest: z.number().nullable(),
  latestAt: z.string().nullable(),
  status: z.enum(['no_data', 'met', 'not_yet', 'overdue']),
});
export const Plan = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  content: PlanContent,
  shared: z.boolean(),
  status: z.enum(['active', 'archived']),
  createdAt: z.string(),
  updatedAt: z.string(),
  progress: z.array(ObjectiveProgress),
});
export const PlanList = z.object({ plans: z.array(Plan) });
