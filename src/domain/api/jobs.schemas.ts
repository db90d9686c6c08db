/** Shapes of the job API: a picture being made by a model server, watched and cancelled. */
import { z } from 'zod';
import { Screened } from './schemas.ts';

export const JobParams = z.object({ id: z.uuid(), jobId: z.uuid() });

/** The job started; `crisis` when the prompt was screened positive. */
export const JobAccepted = z.object({ jobId: z.uuid() }).extend(Screened.shape);

export const JobInfo = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  /** Which backend is making it: `builtin` or a configured server's id. */
  backendId: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  /** 0..1, never goes backwards. */
  progress: z.number().min(0).max(1),
  stage: z.string(),
  /** The artworks it made, when done. */
  artworkIds: z.array(z.uuid()),
  error: z.object({ code: z.string(), message: z.string(), fallback: z.literal('builtin').optional() }).nullable(),
});

/** The image backends a studio can choose from ("Made by"): built-in first, then each configured server. */
export const StudioBackends = z.object({
  backends: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string(), external: z.boolean() })),
});
