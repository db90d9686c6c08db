/** Request and response shapes for configuring model servers (/api/backends). */
import { z } from 'zod';
import { MODEL_SERVER_KIND_IDS } from '../backend-kinds.ts';

/** A configurable kind of model server (src/domain/backend-kinds.ts). */
export const BackendKind = z.enum(MODEL_SERVER_KIND_IDS);

const ServerUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (s) => URL.canParse(s) && ['http:', 'https:'].includes(new URL(s).protocol),
    'The address must start with http:// or https://, e.g. http://gpu.clinic.lan:8188.',
  )
  .refine(
    (s) => !URL.canParse(s) || (new URL(s).username === '' && new URL(s).password === ''),
    'Put the user name and password in their own fields, not in the address.',
  )
  .refine((s) => !URL.canParse(s) || (new URL(s).search === '' && new URL(s).hash === ''), 'The address must not contain ? or #.');

export const CreateBackendBody = z.object({
  kind: BackendKind,
  label: z.string().trim().min(1, 'Give the server a name people will recognise.').max(100),
  url: ServerUrl,
  model: z.string().trim().min(1).max(200).optional(),
  user: z.string().max(200).optional(),
  password: z.string().max(500).optional(),
  apiKey: z.string().max(500).optional(),
  /** Offer it to every therapist of the practice (the practice owner or an operator only). */
  practiceWide: z.boolean().optional(),
});

export const BackendInfo = z.object({
  id: z.uuid(),
  kind: BackendKind,
  label: z.string(),
  url: z.string(),
  model: z.string().nullable(),
  hasCredentials: z.boolean(),
  createdAt: z.string(),
  /** Offered to every therapist of the practice. */
  practiceWide: z.boolean(),
  /** Whether the caller may remove it (their own; practice-wide ones only for the practice owner). */
  editable: z.boolean(),
});

export const BackendList = z.object({ backends: z.array(BackendInfo), canAddPracticeWide: z.boolean() });
export const BackendTest = z.object({ ok: z.boolean(), message: z.string() });
