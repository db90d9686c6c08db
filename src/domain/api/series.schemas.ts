/**
 * Request and response schemas of stories: series (storybooks) of a client's works in chapters,
 * the self-portrait tag on works, and the series a therapist attaches to a session note.
 */
import { z } from 'zod';
import { Screened } from './schemas.ts';

/** Limits of a series: enough for a year told month by month, small enough for one PDF. */
export const SERIES_LIMITS = { chapters: 60, title: 200, words: 4000, description: 2000 } as const;

export const SeriesParams = z.object({ id: z.uuid(), seriesId: z.uuid() });

export const ChapterInput = z.object({
  /** The work this chapter shows (one of the client's; null for a chapter of words only). */
  artworkId: z.uuid().nullable(),
  title: z.string().trim().max(SERIES_LIMITS.title),
  /** The client's words for this chapter (screened). */
  words: z.string().trim().max(SERIES_LIMITS.words),
  /** A piece that plays while this chapter shows, instead of the series' own. */
  musicId: z.uuid().nullable().optional(),
});

/** A whole series as the editor saves it: chapters in their order (saving replaces the chapters). */
export const SeriesBody = z.object({
  title: z.string().trim().min(1, 'Give the series a title.').max(SERIES_LIMITS.title),
  description: z.string().trim().max(SERIES_LIMITS.description).optional(),
  musicId: z.uuid().nullable().optional(),
  chapters: z.array(ChapterInput).max(SERIES_LIMITS.chapters, `A series holds at most ${SERIES_LIMITS.chapters} chapters.`),
});

export const Chapter = z.object({
  id: z.uuid(),
  artworkId: z.uuid().nullable(),
  /** The work's thumbnail and image, when the work is still in the gallery (not in the bin). */
  thumbUrl: z.string().nullable(),
  imageUrl: z.string().nullable(),
  title: z.string(),
  words: z.string(),
  musicId: z.uuid().nullable(),
});

export const Series = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  title: z.string(),
  description: z.string(),
  musicId: z.uuid().nullable(),
  chapters: z.array(Chapter),
  byClient: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  pdfUrl: z.string(),
});

export const SavedSeries = Screened.extend({ series: Series });

/** A client's stories: their series and the works they marked as self-portraits (oldest first). */
export const Stories = z.object({
  series: z.array(Series),
  selfPortraits: z.array(z.object({ artworkId: z.uuid(), title: z.string(), createdAt: z.string(), thumbUrl: z.string(), imageUrl: z.string() })),
});

export const SelfPortraitBody = z.object({ selfPortrait: z.boolean() });
export const SelfPortraitState = z.object({ artworkId: z.uuid(), selfPortrait: z.boolean() });

export const NoteSeriesBody = z.object({ seriesIds: z.array(z.uuid()).max(20) });
export const NoteSeries = z.object({ series: z.array(z.object({ id: z.uuid(), title: z.string(), chapters: z.number().int() })) });
