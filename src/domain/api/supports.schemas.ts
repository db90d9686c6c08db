/**
 * Request and response schemas of visual supports: social stories, visual schedules (first/then
 * and a daily routine the client ticks off) and emotion cards, which the therapist prepares and
 * the client (or carer) uses.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';

/** Limits: a story or routine a person can follow on one or two printed pages. */
export const SUPPORT_LIMITS = { items: 24, title: 120, text: 200, helps: 200, symbol: 60 } as const;

export const SupportKind = z.enum(['story', 'schedule', 'cards']);
export const SupportParams = z.object({ id: z.uuid(), supportId: z.uuid() });
export const SymbolParams = z.object({ word: z.string().trim().min(1).max(SUPPORT_LIMITS.symbol) });

/** A picture: a symbol from the shape library named by a word (en/es/de), or one of the client's works. */
export const SupportPictureInput = z.union([
  z.object({ symbol: z.string().trim().min(1).max(SUPPORT_LIMITS.symbol) }).strict(),
  z.object({ artworkId: z.uuid() }).strict(),
]);

export const SupportItemInput = z.object({
  picture: SupportPictureInput.nullable(),
  /** A story's sentence, a schedule step's label, or a card's feeling word. */
  text: z.string().trim().max(SUPPORT_LIMITS.text),
  /** On an emotion card: what helps when I feel this. */
  helps: z.string().trim().max(SUPPORT_LIMITS.helps).optional(),
});

export const SupportOptions = z.object({
  largePrint: z.boolean(),
  highContrast: z.boolean(),
  /** Pictures only: the words are left off the screen and the print (kept for screen readers). */
  symbolOnly: z.boolean(),
});

export const SupportBody = z.object({
  kind: SupportKind,
  title: z.string().trim().min(1, 'Give it a title.').max(SUPPORT_LIMITS.title),
  scheduleMode: z.enum(['first_then', 'routine']).optional(),
  options: SupportOptions,
  items: z.array(SupportItemInput).min(1, 'Add at least one panel, step or card.').max(SUPPORT_LIMITS.items),
});

export const SupportItem = z.object({
  picture: SupportPictureInput.nullable(),
  /** Where the picture is served (null when none, or when the work went to the bin). */
  pictureUrl: z.string().nullable(),
  text: z.string(),
  helps: z.string(),
  /** Story sentences only: gentle warnings (not first person, not present tense, too long). */
  warnings: z.array(z.enum(['too_long', 'not_first_person', 'not_present', 'several_sentences'])),
});

export const Support = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: SupportKind,
  title: z.string(),
  scheduleMode: z.enum(['first_then', 'routine']),
  options: SupportOptions,
  items: z.array(SupportItem),
  /** Routine schedules: the steps ticked, per day (most recent first, up to 14 days). */
  ticks: z.array(z.object({ day: z.string(), steps: z.array(z.number().int()) })),
  createdAt: z.string(),
  updatedAt: z.string(),
  pdfUrl: z.string(),
});

export const Supports = z.object({ supports: z.array(Support) });
export const SavedSupport = z.object({ support: Support });

export const TicksBody = z.object({
  /** The calendar day on the client's device. */
  day: z.iso.date(),
  steps: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(SUPPORT_LIMITS.items - 1),
    )
    .max(SUPPORT_LIMITS.items),
});
export const Ticks = z.object({ day: z.string(), steps: z.array(z.number().int()) });

/** Directives ranked for one client, each with a one-line reason; for the therapist to approve (assign) or pass over. */
export const DirectiveSuggestions = z.object({
  suggestions: z.array(z.object({ directiveId: z.string(), title: z.string(), mode: z.string(), goalTags: z.array(z.string()), reason: z.string() })),
  /**
   * What the ranking rested on: how many goals, the latest GAD-7 and PHQ-9 bands, how many directives were completed, how many
   * of those the client checked in before and after (their rating), how many recent-work trends and how many music listenings.
   */
  basedOn: z.object({
    goals: z.number().int(),
    gad7: z.string().nullable(),
    phq9: z.string().nullable(),
    completed: z.number().int(),
    rated: z.number().int(),
    trends: z.number().int(),
    listenings: z.number().int(),
  }),
  /** Who worded the reasons: Hearth's built-in sentences, or the practice's language model (checked, with the built-in ones as fallback). */
  wordedBy: z.enum(['builtin', 'model']),
});
/** The language the reasons are said in (default: the account's). */
export const DirectiveSuggestionsQuery = z.object({ lang: z.enum(LOCALES).optional() });

/** The traditions a client chose as their own (ids from the list). */
export const TraditionsBody = z.object({ traditions: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(10) });
export const ClientTraditions = z.object({
  traditions: z.array(z.string()),
  /** Every tradition on offer, with its names, motif words and what to draw on and avoid. */
  available: z.array(
    z.object({
      id: z.string(),
      names: z.object({ en: z.string(), es: z.string(), de: z.string() }),
      motifs: z.array(z.string()),
      drawOn: z.string(),
      avoid: z.string(),
    }),
  ),
});
