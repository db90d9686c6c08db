/** Request and response shapes for configuring model servers (/api/backends). */
import { z } from 'zod';
import { MODEL_FILE_NAME, MODEL_SERVER_KIND_IDS } from '../backend-kinds.ts';

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

/** A model file name as the server lists it (checked against MODEL_FILE_NAME). */
const ModelFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(MODEL_FILE_NAME, 'A model name may use letters, digits, spaces, . _ - + ( ) [ ] and / between folders (no “..”).');

export const CreateBackendBody = z.object({
  kind: BackendKind,
  label: z.string().trim().min(1, 'Give the server a name people will recognise.').max(100),
  url: ServerUrl,
  model: z.string().trim().min(1).max(200).optional(),
  /** The sketch adapter and inpainting checkpoint names (ComfyUI, AUTOMATIC1111); left out = the showcase's. */
  files: z.object({ adapter: ModelFileName.optional(), inpaintCheckpoint: ModelFileName.optional() }).strict().optional(),
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
  /** The model files it runs, defaults filled in (null: the server's loaded one); empty for kinds without them. */
  files: z.object({ adapter: z.string().nullable().optional(), inpaintCheckpoint: z.string().nullable().optional() }),
  hasCredentials: z.boolean(),
  createdAt: z.string(),
  /** Offered to every therapist of the practice. */
  practiceWide: z.boolean(),
  /** Whether the caller may remove it (their own; practice-wide ones only for the practice owner). */
  editable: z.boolean(),
});

export const BackendList = z.object({ backends: z.array(BackendInfo), canAddPracticeWide: z.boolean() });
export const BackendTest = z.object({ ok: z.boolean(), message: z.string() });
