/** The shape of `records.json` in a client's export (read by the export builder and the PDF summary). */

type Json = Record<string, unknown>;

/** Everything in records.json. Sections the caller may not see are listed in `omitted`. */
export interface ExportRecords {
  format: 'hearth-export';
  version: 1;
  exportedAt: string;
  client: Json;
  sessions: Json[];
  /** Reminders of the sessions shown to the client inside Hearth, with when they were seen or dismissed. */
  reminders: Json[];
  artworks: (Json & { strokes: unknown })[];
  /** Studio works outside the gallery: drafts not kept yet and the drawings kept works were made from. */
  studio: { drafts: (Json & { strokes: unknown })[]; history: (Json & { strokes: unknown })[]; staleAfterDays: number } | null;
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
  /** Series (storybooks; each also as `stories/<id>.pdf`) and works marked as self-portraits. */
  stories: Json | null;
  /** Visual supports (each also as `supports/<id>.pdf`), with the ticks of their routines. */
  supports: Json | null;
  /** The cultural traditions the client chose as their own. */
  traditions: Json | null;
  accessHistory: Json[];
  /** The client's own part in group work (their strokes, the works they contributed to), no other member's details. */
  groupWork: Json | null;
  /** Transfers of the client's care between therapists. */
  careHistory: Json[];
  /** Sections left out, with why (e.g. "therapist only"). */
  omitted: Record<string, string>;
}
